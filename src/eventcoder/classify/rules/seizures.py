"""Taking people, goods and ground: abductions, arrests, weapons seized, territory changing hands,
displacement and mass graves.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cues import Cue, CueSet
from .common import (_a_group_of_people, _agent_tokens, _armed, _cues_in, Decision, _describes_the_displaced, _first,
                     _object_tokens, _people_taken, _PERSON_ROLES, _SEIZE_PEOPLE, _state_agent, _TITLES, _TRENDS)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["named_place_taken"]


def _displacement_or_graves(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    cue = next((c for c in clause.get("other_strong") if not _describes_the_displaced(doc, c)), None)
    if cue is not None:
        return Decision("Other", 0.7, f"{cue.phrase!r} -> Other", cue)
    return None


_CHARGING = frozenset({"suspect", "accuse", "charge", "convict", "allege", "blame"})


def _a_charge(token: "Token") -> bool:
    """"suspected of kidnapping", "accused of killing", "charged with abducting": what someone is said to have
    done, told as a description of them, not the event of the sentence."""
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _CHARGING and node.i < token.i:
            return True
    return False


def _abduction(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Abduction, or Attack when the victim is killed or tortured."""
    abduction = next((c for c in clause.get("abduction") if not _a_charge(doc[c.start])), None)
    if abduction is None:
        return None  # ("a man suspected of kidnapping a child was beaten up by locals": the charge, not this event)
    killed = [c for c in clause.get("violence") if c.phrase in {"kill", "killed", "dead", "execute", "executed",
                                                                 "behead", "murder", "torture", "body", "stab",
                                                                 "beat", "death", "shoot", "shot dead"}]
    if killed:  # (captives executed: an attack, however they were held)
        return Decision("Attack", 0.75, f"{abduction.phrase!r} then {killed[0].phrase!r} -> Attack", killed[0])
    abduction = next((c for c in clause.get("abduction") if not _a_charge(doc[c.start]) and not _people_held(doc, c)), None)
    if abduction is None:
        return None
    return Decision("Abduction/forced disappearance", 0.85, f"{abduction.phrase!r} -> Abduction/forced disappearance",
                    abduction)


_TAKING = frozenset({"take", "seize", "grab", "hold", "kidnap", "abduct", "capture", "snatch", "keep"})


def _people_held(doc: "Doc", cue: Cue) -> bool:
    """"talks on the release of the remaining hostages held in Gaza", "ready to free four captives": the noun
    names people held, a state of affairs, and "after a ransom was paid" how it ended; only an act of taking
    ("seized 30 hostages", "held the staff hostage", "a hostage-taking") tells an abduction."""
    word = doc[cue.start]
    if cue.phrase == "ransom":
        return True
    if cue.phrase not in {"hostage", "captive"} or word.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(t.lower_ in {"taking", "taker", "takers", "taken", "took"} for t in doc[word.i + 1:word.i + 3]):
        return False
    node = word
    while node.dep_ in {"conj", "appos", "compound", "amod", "nummod"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "as":  # "took farmers as hostages", "was taken as a hostage"
        node = node.head
    verb = node.head
    return not (node.dep_ in {"dobj", "oprd", "xcomp", "attr", "prep"} and verb.lemma_.lower() in _TAKING
                and verb.dep_ not in {"acl", "amod"})  # ("the hostages held in Gaza": a state)


_SEIZING = frozenset({"seize", "seized", "seizure", "confiscate", "confiscated", "dismantle", "dismantled",
                      "dismantling", "destroyed"})


def _goods_seized(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Goods other than weapons seized or a drug lab dismantled ("police seized two tons of cannabis"): the
    codebook's Looting/property destruction, which includes seizing goods; the arrests that go with it are
    part of the seizure. Weapons seized are Disrupted weapons use (decided before)."""
    for cue in clause.get("disrupt"):
        if cue.phrase not in _SEIZING or clause.has("weapon_object"):
            continue
        objects = _object_tokens(doc, cue)
        if _cues_in(clause, "goods_object", objects):
            return Decision("Looting/property destruction", 0.8,
                            f"{cue.phrase!r} goods, no weapons -> Looting/property destruction", cue)
    return None


def _occupied_by_people(doc: "Doc", clause: CueSet, cue: Cue, objects: set[int]) -> bool:
    """"Landless workers occupied three farms", "students occupied the rector's office": unarmed people taking
    over land or a building to press a demand (ACLED: a protest; violence told with it is read elsewhere)."""
    agents = _agent_tokens(doc, cue)
    people = _cues_in(clause, "civilian", agents) or _cues_in(clause, "crowd", agents) or _cues_in(clause, "protest", agents)
    return bool(people) and not _armed(clause, agents) and bool(_cues_in(clause, "property_object", objects)) \
        and not clause.has("violence", "clash")


#: Who takes people, not places: the police arrest "Kamau"; they take no town.
_ARRESTERS = frozenset({"police", "policeman", "policemen", "detective", "officer", "investigator", "agent"})
_NO_PLACE_ENTITIES = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def named_place_taken(doc: "Doc", clause: CueSet, cue: Cue) -> bool:
    """"M23 rebels captured Rubaya", "fighters seized Kalunguta", "took control of Hazm": a capitalised name that
    an armed side captures, seizes or takes control of is a place when nothing makes it a person: no title
    ("Colonel Mbaye"), no role ("Kamau, a commander"), not a person's full name, not a people ("Malians"). The small
    parser reads many an unknown town as a person's name, so a one-word PERSON is still a place here; the police
    arrest people and take no towns, and a passive capture ("Rubaya was captured") does not say it was a side's."""
    head = doc[cue.end - 1]
    verb = head.head if head.dep_ == "dobj" and head.lemma_.lower() == "control" else head
    agents = _agent_tokens(doc, cue)
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(doc[i].lemma_.lower() in _ARRESTERS for i in agents):
        return False
    if _state_agent(doc, clause, cue) is None and not _armed(clause, agents):
        return False
    names = [c for c in head.children if c.dep_ == "dobj"] + [
        o for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "over"} for o in p.children if o.dep_ == "pobj"]
    names = [n for n in names if n.pos_ == "PROPN" and n.text[:1].isupper()]
    if not names:
        return False
    for name in names:
        words = [name, *(c for c in name.children if c.dep_ in {"compound", "appos", "conj", "nmod", "amod"})]
        words += [t for w in words[1:] for t in w.subtree]
        if any(w.lower_.rstrip(".") in _TITLES or w.lemma_.lower() in _PERSON_ROLES for w in words):
            return False
        if name.ent_type_ in _NO_PLACE_ENTITIES or any(
                e.label_ == "PERSON" and len(e) > 1 and e.start <= name.i < e.end for e in doc.ents):
            return False
    return True


def _taken_from_a_side(doc: "Doc", clause: CueSet, cue: Cue) -> bool:
    """"Soldiers captured Tal Afar from the militants": a name taken from an armed side is a place (a person is
    captured, not taken from anyone), though the small parser may read the name as a person's."""
    head = doc[cue.end - 1]
    for obj in (c for c in head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"):
        froms = [c for t in (obj, head) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"]
        if any(_cues_in(clause, "armed_party", {t.i for t in f.subtree}) for f in froms):
            return True
    return False


def _territory(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """A place captured, retaken or handed over: who took it decides the sub-type."""
    territory = _first(clause, "territory")
    if territory is None or territory.phrase in {"enter", "entered"}:
        return None
    objects = _object_tokens(doc, territory)
    if territory.phrase in {"occupy", "occupied"} and _occupied_by_people(doc, clause, territory, objects):
        return Decision("Peaceful protest", 0.6, f"unarmed people {territory.phrase!r} land or a building -> "
                        "Peaceful protest", territory)
    if territory.phrase in _SEIZE_PEOPLE and _people_taken(doc, territory) and not _taken_from_a_side(doc, clause,
                                                                                                   territory):
        state = _state_agent(doc, clause, territory)
        if territory.phrase in {"seize", "seized"} and (state is False or state is None and _armed(
                clause, _agent_tokens(doc, territory))):  # ("Taliban fighters seized Mullah Omar Khan")
            return Decision("Abduction/forced disappearance", 0.65, f"a person {territory.phrase!r} by a non-state "
                            "group -> Abduction/forced disappearance", territory)  # ("gunmen seized Ahmed Hassan")
        if territory.phrase in {"seize", "seized"} and state and not clause.has("arrest"):
            return Decision("Arrests", 0.65, f"a person {territory.phrase!r} by the authorities -> Arrests",
                            territory)  # ("police seized Ahmed Hassan": seizing is no arrest cue of its own)
        return None  # "captured Omar Saleh, the group's top bomb maker, in Kenya": a person (the arrest rule reads it)
    if not (_cues_in(clause, "place_object", objects) or any(doc[i].ent_type_ in {"GPE", "LOC", "FAC"} for i in objects)
            or (territory.phrase in _SEIZE_PEOPLE and _taken_from_a_side(doc, clause, territory))
            or named_place_taken(doc, clause, territory)):
        return None
    if clause.has("withdraw") and not clause.has("clash", "violence"):
        return Decision("Non-violent transfer of territory", 0.6,
                        f"{territory.phrase!r} after a withdrawal -> Non-violent transfer of territory", territory)
    if _without_a_fight(doc, clause, territory):
        return Decision("Non-violent transfer of territory", 0.6,
                        f"{territory.phrase!r} without a fight -> Non-violent transfer of territory", territory)
    state = _state_agent(doc, clause, territory)
    if state:
        return Decision("Government regains territory", 0.6,
                        f"state forces {territory.phrase!r} an area -> Government regains territory", territory)
    if state is False:
        return Decision("Non-state actor overtakes territory", 0.6,
                        f"armed group {territory.phrase!r} an area -> Non-state actor overtakes territory", territory)
    if _armed(clause, _agent_tokens(doc, territory)):  # "Houthi fighters took control of Hazm": the actors stage
        return Decision("Non-state actor overtakes territory", 0.5,  # names the side, and so the sub-type
                        f"an armed side {territory.phrase!r} an area -> Non-state actor overtakes territory", territory)
    return None


#: What tells a place taken with no fighting, in its sentence or the next ("No casualties were reported").
_BLOODLESS = re.compile(r"\b(?:without (?:a fight|firing a (?:single )?shot|a (?:single )?shot|(?:any )?resistance|"
                        r"bloodshed|a struggle)|unopposed|bloodless|no casualties (?:were|was) reported|"
                        r"no (?:one|shots?) (?:was|were) (?:hurt|injured|killed|fired))\b", re.IGNORECASE)


def _without_a_fight(doc: "Doc", clause: CueSet, cue: Cue) -> bool:
    """"took control of the district headquarters without firing a shot", "took control of the town offices ...
    No casualties were reported.": a place changing hands with no fighting told (ACLED: Non-violent transfer)."""
    sentence = doc[cue.start].sent
    end = doc[sentence.end].sent.end if sentence.end < len(doc) else sentence.end
    told = doc[sentence.start:end]
    said = [(told.start_char + m.start(), told.start_char + m.end()) for m in _BLOODLESS.finditer(told.text)]
    if not said:
        return False
    fighting = [c for kind in ("clash", "violence", "shelling", "air") for c in clause.get(kind)]
    return not any(not any(a <= doc[c.start].idx < b for a, b in said) for c in fighting)  # ("firing a shot")


def _arrest(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Arrests by the state; by armed groups an abduction; with beating or killing an attack."""
    arrest = next((c for c in clause.get("arrest") if not _taking_of_things(doc, clause, c)), None)
    if arrest is None or clause.has("clash") or _apprehension(doc, arrest) or _booking_of_things(doc, arrest):
        return None
    if any(c.phrase == "kill" for c in clause.get("violence")) and not clause.has("abduction"):
        return None  # fighters killed and others arrested: the fighting is the event
    killed = [c for c in clause.get("violence") if c.phrase in {"kill", "execute", "executed", "behead", "murder"}]
    if killed and arrest.phrase in {"capture", "captured", "round up", "rounded up", "nab"}:
        return Decision("Attack", 0.75, f"{arrest.phrase!r} then {killed[0].phrase!r} -> Attack", killed[0])
    abuse = [c for c in clause.get("violence") if c.phrase in {"beat", "torture", "injure", "wound", "stab", "whip"}]
    if abuse:
        agents = _agent_tokens(doc, arrest)
        if (_cues_in(clause, "crowd", agents) or _a_group_of_people(doc, clause, agents)) and not _armed(clause, agents):
            # "a group of citizens captured a thief and beat him": mob justice (ACLED: Mob violence)
            return Decision("Mob violence", 0.7, f"a crowd {arrest.phrase!r} and {abuse[0].phrase!r} someone -> Mob "
                            "violence", abuse[0])
        return Decision("Attack", 0.7, f"{abuse[0].phrase!r} and {arrest.phrase!r} -> Attack", abuse[0])
    state = _state_agent(doc, clause, arrest)
    if state is False:
        return Decision("Abduction/forced disappearance", 0.7,
                        f"{arrest.phrase!r} by a non-state group -> Abduction/forced disappearance", arrest)
    if arrest.phrase in {"capture", "captured"} and _cues_in(clause, "place_object", _object_tokens(doc, arrest)):
        return None
    return Decision("Arrests", 0.75 if state else 0.65, f"{arrest.phrase!r} by the authorities -> Arrests", arrest)


def _apprehension(doc: "Doc", arrest: Cue) -> bool:
    """Arrest words used of things: "partymen are apprehending a loss of support" ('apprehend' as 'fear', its
    object not a person), "the army helped to arrest the deteriorating situation" (to halt a trend)."""
    head = doc[arrest.end - 1]
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children):
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if not objects:
        return False
    if head.lemma_.lower() == "arrest":
        return all(o.lemma_.lower() in _TRENDS for o in objects)
    return head.lemma_.lower() == "apprehend" and all(
        o.pos_ == "NOUN" and o.ent_type_ not in {"PERSON", "NORP", "CARDINAL"} and o.lemma_.lower() not in _PERSON_NOUNS
        for o in objects)


#: Who is booked, in South Asian usage ("police booked 12 people under the Arms Act"): people, not tickets.
_BOOKED = frozenset({"people", "person", "persons", "man", "men", "woman", "women", "youth", "youths", "activist",
                     "member", "leader", "worker", "supporter", "accused", "suspect", "protester", "student", "villager",
                     "resident", "traveller", "passenger", "rioter", "officer", "policeman", "official", "owner"})


def _booking_of_things(doc: "Doc", arrest: Cue) -> bool:
    """"Booked" is an arrest only when people are booked, or booked under a law ("booked the people under the
    railway act", "two men were booked for rioting"); not "booked a hotel", nor the noun "book"."""
    head = doc[arrest.end - 1]
    if head.lemma_.lower() != "book":
        return False
    if head.pos_ != "VERB":
        return True
    booked = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    people = any(t.lemma_.lower() in _BOOKED or t.lower_ in _BOOKED or t.ent_type_ in {"PERSON", "NORP"} or any(
        c.dep_ == "nummod" for c in t.children) for b in booked for t in b.subtree)  # ("a large number of people")
    under_law = any(c.dep_ == "prep" and c.lower_ in {"under", "for"} for c in head.children)
    return not (people or under_law)


def _taking_of_things(doc: "Doc", clause: CueSet, arrest: Cue) -> bool:
    """"Took away the 12 members", "three men were led away": people taken away are held; "took away their
    land", "the storm took away the roof" tell no arrest."""
    head = doc[arrest.start]
    if head.lemma_.lower() not in {"take", "lead"}:
        return False
    taken = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not taken:  # ("took away" before its object, parsed as a particle's object)
        taken = [c for i in range(arrest.start, arrest.end) for c in doc[i].children if c.dep_ in {"dobj", "pobj"}]
    heads = {b.i for b in taken}
    people = any(b.lemma_.lower() in _BOOKED or b.lower_ in _BOOKED or b.lemma_.lower() in _PERSON_NOUNS
                 or b.ent_type_ in {"PERSON", "NORP"} for b in taken) or _cues_in(clause, "civilian", heads) \
        or _cues_in(clause, "armed_party", heads)
    # ("took away nine of its organisers", "dozens of activists"; not "the pensions of retired teachers")
    return not (people or any(b.like_num or b.lower_ in _SOME_OF for b in taken))


#: Words that count people out of a group: "nine of its organisers", "dozens of activists".
_SOME_OF = frozenset({"dozens", "hundreds", "scores", "some", "several", "many", "most", "all", "others"})
#: Nouns for people that the authorities arrest; other things 'apprehended' are feared.
_PERSON_NOUNS = frozenset({"suspect", "accused", "culprit", "criminal", "militant", "terrorist", "man", "woman", "youth",
                           "person", "people", "member", "leader", "activist", "planner", "mastermind", "perpetrator",
                           "rioter", "protester", "gang", "driver", "official", "worker", "student", "boy", "girl"})
