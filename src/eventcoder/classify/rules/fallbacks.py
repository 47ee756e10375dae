"""The last families: property destroyed, bases established, agreements, and weak cues that decide only when
nothing stronger did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cues import Cue, CueSet
from .common import Decision, _describes_the_displaced, _first, _LOST_LIVES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_STRONG_AGREEMENT = {"agreement", "agree", "agreed", "ceasefire", "cease - fire", "cease-fire", "truce", "peace deal",
                     "peace agreement", "peace accord", "reconcile", "reconciliation", "memorandum of understanding",
                     "prisoner exchange", "prisoner swap", "exchange of prisoners", "pact", "armistice",
                     "reached an agreement"}
_LOOT_ALONE = {"loot", "looting", "looted", "pillage", "pillaged", "plunder", "plundered", "ransack", "ransacked",
               "vandalism", "vandalise", "vandalize", "vandalised", "vandalized", "arson", "property destruction",
               "cattle rustling", "robbery", "robbed", "rob", "theft", "steal", "stole", "extortion",
               "extort"}  # words that need no property named


def _property_base_or_agreement(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    loot = _first(clause, "loot")
    if loot is not None and (clause.has("property_object") or loot.phrase in _LOOT_ALONE):
        return Decision("Looting/property destruction", 0.65, f"{loot.phrase!r} -> Looting/property destruction", loot)
    hq = _first(clause, "hq")
    if hq is not None and clause.has("hq_object"):
        return Decision("Headquarters or base established", 0.7,
                        f"{hq.phrase!r} a base -> Headquarters or base established", hq)
    if (cue := _first(clause, "agreement", _STRONG_AGREEMENT)) is not None:
        return Decision("Agreement", 0.7, f"{cue.phrase!r} -> Agreement", cue)
    return None


_BODY_FOUND = {"find", "recover", "discover", "dump", "exhume", "retrieve", "lie", "dead", "bullet", "decompose",
               "identify", "hand", "bury", "mutilate", "wound", "kill", "murder"}


def _a_dead_body(doc: "Doc", cue: Cue) -> bool:
    """"A body was found", "the bodies of two men were recovered"; not "a lawyers' body", "a body of jurists"."""
    if cue.phrase in {"found dead", "corpse"} or doc[cue.start].lower_ == "bodies":
        return True  # (the singular also names groups: "a governing body")
    return any(t.lemma_.lower() in _BODY_FOUND for t in doc[cue.start].sent)


def _a_named_settlement(doc: "Doc", cue: Cue) -> bool:
    """"the settlement of Novoolenivka", "the Donetsk settlement": a village, as Ukrainian and Russian official
    texts call it, not a deal."""
    if cue.phrase != "settlement":
        return False
    word = doc[cue.start]
    after = doc[word.i + 2] if word.i + 2 < len(doc) and doc[word.i + 1].lower_ == "of" else None
    return (after is not None and after.pos_ == "PROPN") or any(
        t.dep_ == "compound" and t.ent_type_ in {"GPE", "LOC"} for t in word.lefts)


#: Verbs that say a named event happened ("the shooting occurred in ...", "gunfire broke out").
_HAPPENED = {"occur", "happen", "take", "erupt", "break", "ring"}


def _a_shooting_happened(doc: "Doc", cue: Cue) -> bool:
    """"Saturday's shooting occurred in Nalchik", "gunfire rang out": a shooting told as an event, with no
    attacker or target named; not a weapon's name ("a shooting range") nor a verb of its own."""
    word = doc[cue.end - 1]
    return word.pos_ == "NOUN" and word.dep_ == "nsubj" and word.head.lemma_.lower() in _HAPPENED


def _weak_cues(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """The weaker cues skipped above: bodies found, deaths, displacement, deals, group changes."""
    for cue in clause.get("violence"):
        if cue.phrase in {"body", "bodies", "found dead", "corpse"} and _a_dead_body(doc, cue):
            return Decision("Attack", 0.5, "a body found -> Attack", cue, generic=True)
        if (cue.phrase == "die" and doc[cue.start].pos_ == "VERB") or cue.phrase in _LOST_LIVES:
            return Decision("Attack", 0.45, f"{cue.phrase!r} -> Attack", cue, generic=True)
    for cue in clause.get("small_arms"):
        if _a_shooting_happened(doc, cue):
            return Decision("Attack", 0.45, f"{cue.phrase!r} happened -> Attack", cue, generic=True)
    if (cue := next((c for c in clause.get("other") if not _describes_the_displaced(doc, c)), None)) is not None:
        return Decision("Other", 0.55, f"{cue.phrase!r} -> Other", cue)
    if (cue := next((c for c in clause.get("agreement") if not _a_named_settlement(doc, c)), None)) is not None:
        return Decision("Agreement", 0.45, f"{cue.phrase!r} -> Agreement", cue)
    for cue in clause.get("change_group"):
        if doc[cue.start].dep_ == "amod" and cue.end - cue.start == 1:
            continue  # "behind closed gates", "a launched satellite": a describing word, not an act
        if cue.phrase == "recruit" and doc[cue.start].tag_ == "NNS":
            continue  # "200 police recruits completed a course": people, not a recruitment
        if doc[cue.start].dep_ == "compound" and doc[cue.start].head.lemma_.lower() in _SCHOOLS:
            continue  # "at the training college": a name of a place
        if doc[cue.start].dep_ == "nsubj" and doc[cue.start].head.lemma_.lower() in _CONTAINING:
            continue  # "The drills included simulated riots": what a drill held, not a new activity
        if doc[cue.start].pos_ == "NOUN" and doc[cue.start].dep_ in ("nsubj", "nsubjpass") and any(
                c.phrase == cue.phrase for c in sentence.get("armed_party")):
            continue  # "An army patrol came under fire": the unit that acts or suffers, not a change of activity
        if _no_change_told(doc, cue):
            continue
        if _what_a_noun_was_doing(doc[cue.start]):
            continue  # "a helicopter attempting to evacuate soldiers came under fire": what the noun was doing
        return Decision("Change to group/activity", 0.5, f"{cue.phrase!r} -> Change to group/activity", cue)
    return None


_CONTAINING = frozenset({"include", "involve", "feature", "consist", "cover", "comprise"})
#: Premises and services that close or stop as a strike's or a curfew's effect: no group's change of activity.
_PREMISES = frozenset({"business", "shop", "store", "market", "school", "office", "bank", "university", "college",
                       "restaurant", "class", "trader", "transport", "traffic", "flight", "service"})
_WILL = frozenset({"will", "would", "shall", "'ll", "wo"})


def _what_a_noun_was_doing(token: "Token") -> bool:
    """"a UN helicopter attempting to evacuate soldiers ... came under fire": a participle that describes a noun
    (not "the president appointed X", which the parser may also read as describing)."""
    node = token
    for _ in range(3):
        if node.dep_ == "acl" and node.tag_ == "VBG":
            return True
        if node.head.i == node.i or node.dep_ not in {"xcomp", "acl", "aux"}:
            return False
        node = node.head
    return False


def _no_change_told(doc: "Doc", cue: Cue) -> bool:
    """What the weak change-of-activity words say without a group changing its activity: an announcement of what
    will be done ("unions announced that they will march next Wednesday": the plan, set aside as future, is the
    news), a launch of a book or a product ("200 guests attended the launch"), and premises or services that
    closed or stopped because of a strike ("In Istmina, businesses closed and river transport was suspended"; the
    strike declared is the event)."""
    word = doc[cue.end - 1]
    lemma = word.lemma_.lower()
    if lemma in {"announce", "declare"} and word.pos_ == "VERB":  # (not "announced that it was cutting its aid")
        return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _WILL for a in c.children)
                   for c in word.children) and not any(c.dep_ == "dobj" for c in word.children)
    if lemma == "launch" and word.pos_ == "NOUN":
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
    if lemma in {"close", "closed", "suspend"} and not any(c.dep_ == "dobj" for c in word.children):
        before = doc[max(word.sent.start, word.i - 3):word.i]  # ("river transport was suspended": misparsed often)
        return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _PREMISES for c in word.children) or any(
            t.lemma_.lower() in _PREMISES and t.pos_ == "NOUN" for t in before)
    return False


_SCHOOLS = frozenset({"college", "school", "academy", "centre", "center", "institute", "facility", "course"})
