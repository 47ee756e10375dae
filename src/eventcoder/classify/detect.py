"""Event mentions in a parsed document: clauses that report an event, each with its ACLED type.

For every sentence: split it into clauses, find cue phrases, apply ACLED's decision rules
(:mod:`.rules`), drop clauses that report no event that happened (:mod:`.clauses`), and merge
clauses of one sentence that describe the same event (a protest and the force used against it).
A learned text classifier (:mod:`.model`) can refine or replace the rules' sub-type, and types a
short report that no rule covers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..taxonomy import event_type_of
from .clauses import Clause, acts_at_two_places, non_event_reason, split_clauses
from .cues import Cue, CueLexicon, CueSet, load_lexicon
from .disputes import retype_dispute
from .rules import (PROTEST_SEVERITY, STRONG_RIOT, Decision, decide, decide_protest, describes_a_noun,
                    done_by_non_state, fighting_parties)
from .remote import retype_fire_returned, retype_heavy_fire, retype_remote
from .territory import retype_territory
from .victims import retype_abduction_killed, retype_criminal_victim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

    from .model import TextClassifier

__all__ = ["Candidate", "Skipped", "find_candidates", "SHORT_REPORT_CHARS", "MIN_ARTICLE_CONFIDENCE", "HARM_TOLD_AFTER"]

#: A text this short is read as one event report (a news snippet or a coder's note): when no rule
#: fires, the learned classifier still types its first sentence, with low confidence.
SHORT_REPORT_CHARS = 1200
#: In articles longer than SHORT_REPORT_CHARS, mentions below this confidence are dropped.
MIN_ARTICLE_CONFIDENCE = 0.25
_MODEL_CONTEXT_CHARS = 1000  # how much of a mention's story the trained classifier reads
_SUBORDINATE_PENALTY = 0.15
_POSITION_PENALTY = 0.03  # per sentence: the lead sentence usually reports the main event
_MAX_POSITION_PENALTY = 0.3


@dataclass(slots=True)
class Candidate:
    """One event mention before it becomes an :class:`~eventcoder.analysis.EventMention`."""

    sentence: "SpacySpan"
    clause: Clause
    sub_event_type: str
    confidence: float
    rule: str
    trigger: tuple[int, int]  # token range
    sentence_index: int
    evidence: list[tuple[int, int]] = field(default_factory=list)  # token ranges of supporting cues
    generic: bool = False  # typed from a generic violence word only

    @property
    def event_type(self) -> str:
        return event_type_of(self.sub_event_type)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A clause with an event word that was judged not to report an event, and why."""

    sentence_index: int
    trigger: tuple[int, int]
    sub_event_type: str
    reason: str


def _candidate(sentence: "SpacySpan", clause: Clause, decision: Decision, index: int) -> Candidate:
    trigger = (decision.trigger.start, decision.trigger.end) if decision.trigger else (clause.head, clause.head + 1)
    penalty = min(_POSITION_PENALTY * index, _MAX_POSITION_PENALTY)
    return Candidate(sentence, clause, decision.sub_event_type, round(max(decision.confidence - penalty, 0.05), 3),
                     decision.rule, trigger, index, [trigger], decision.generic)


#: Weakly-cued strategic developments: next to another event in the same sentence they are its context.
_CONTEXT_TYPES = {"Change to group/activity", "Other"}
_VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
_PROPERTY = "Looting/property destruction"
_PLACE_PREPS = {"in", "at", "near", "outside", "across", "inside", "around"}
_PLACE_KINDS = {"province", "city", "town", "district", "village", "region", "governorate", "state", "county", "area"}


def _has_own_place(doc: "Doc", clause: Clause) -> set[str]:
    """Place names in the clause: place entities, or proper nouns after "in", "at", "near"... (the
    small model often takes an unfamiliar town for a person)."""
    places = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"} and clause.start <= e.start < clause.end}
    for token in doc[clause.start:clause.end]:
        if token.pos_ != "PROPN" or token.ent_type_ in {"DATE", "TIME"}:
            continue
        head = token.head if token.dep_ in {"pobj", "compound"} else None
        while head is not None and head.dep_ == "compound":
            head = head.head
        if head is not None and head.lower_ == "of" and head.head.lemma_.lower() in _PLACE_KINDS:
            places.add(token.text)  # "the provinces of Babylon, Diwaniya and al-Mothana", whatever the tagger says
        elif token.ent_type_ not in {"ORG", "NORP"} and head is not None and (
                head.lower_ in _PLACE_PREPS or head.head.lower_ in _PLACE_PREPS):
            places.add(token.text)
    return places


def _has_own_date(doc: "Doc", clause: Clause) -> bool:
    return any(e.label_ in {"DATE", "TIME"} and clause.start <= e.start < clause.end for e in doc.ents)


#: Words that name a day in a date entity ("overnight Thursday", "on March 4", "yesterday"); times of day, "that
#: day" or "hours later" name none.
_DAY_WORD = re.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|"
                       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
                       r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b")


def _days_named(doc: "Doc", clause: Clause) -> set[str]:
    return {" ".join(m.group(0).lower().split()) for e in doc.ents if e.label_ in {"DATE", "TIME"}
            and clause.start <= e.start < clause.end for m in _DAY_WORD.finditer(e.text)}


def _on_two_days(doc: "Doc", a: Clause, b: Clause) -> bool:
    """"Youths set fire to cars overnight Thursday, after a teenager was shot dead by police on Tuesday": each
    clause names its own day, and not the same one: two events."""
    days_a, days_b = _days_named(doc, a), _days_named(doc, b)
    return bool(days_a and days_b) and not days_a & days_b


def _absorbs(kept: Candidate, cand: Candidate, doc: "Doc") -> bool:
    """Whether ``cand`` reports the same event as ``kept`` (so one mention is enough)."""
    family = {"Protests", "Riots"}
    if _on_two_days(doc, kept.clause, cand.clause) and not any(
            describes_a_noun(doc[c.trigger[0]]) for c in (kept, cand)):  # ("the families of those killed on ...")
        return False
    if kept.event_type in family and cand.sub_event_type in {"Attack", "Armed clash"} and _targets(doc, cand, kept):
        return True  # "police opened fire on protesters who stormed parliament, ..., killing five": the crowd's
    if acts_at_two_places(doc, kept.clause, cand.clause):
        return False  # "set ablaze two buses at Nsukka ... and shot a rider dead at Nnewi": two events
    places_a, places_b = _has_own_place(doc, kept.clause), _has_own_place(doc, cand.clause)
    if places_a and places_b and not places_a & places_b:
        return False
    if cand.sub_event_type in _CONTEXT_TYPES and kept.sub_event_type not in _CONTEXT_TYPES:
        return True  # "before police moved in": context of the event, not another one
    if _an_operation(doc, kept) and cand.event_type in _VIOLENT_TYPES:
        return True  # "in a separate operation, the army killed 40 fighters": the operation is the killing
    if _property_in_violence(kept, cand) or (_property_then_harm(kept, cand) and _harm_unattributed(doc, cand)):
        return not places_b  # property destroyed in the course of an attack or a battle is part of it
    if kept.event_type in family and cand.event_type in family:
        return True
    if cand.event_type in family and kept.sub_event_type in {"Attack", "Armed clash"} and _targets(doc, kept, cand):
        return True  # "two were killed (in Anantnag) when security forces opened fire on a mob": the crowd's event
    if cand.event_type in family and kept.sub_event_type == "Armed clash" and _clash_of_the_crowd(doc, kept, cand):
        return True  # "supporters clashed with police, with police firing tear gas and protesters throwing stones"
    if kept.event_type in family and cand.sub_event_type in {"Attack", "Armed clash", "Arrests",
                                                            "Looting/property destruction"}:
        # "Protesters set fire to stations and looted supermarkets in Santiago": the crowd's own acts
        return not places_b or (cand.sub_event_type == _PROPERTY and _one_subject(doc, kept.clause, cand.clause))
    if kept.sub_event_type == cand.sub_event_type:
        return True
    return kept.generic != cand.generic and "Explosions/Remote violence" in {kept.event_type, cand.event_type}


def _targets(doc: "Doc", attack: Candidate, crowd: Candidate) -> bool:
    """Whether force is used on the crowd's word ("opened fire on a mob", "fired at the protesters"), not a
    word nearby ("fired at an activist as he left the protest square")."""
    token = doc[crowd.trigger[0]]
    same_sentence = token.sent == doc[attack.trigger[0]].sent
    if token.pos_ == "VERB" and token.lemma_.lower() in _FORCE_VERBS:
        return same_sentence  # the crowd's event told by the force itself ("when troops fired at protesters")
    if token.dep_ in {"acl", "relcl"} and token.head.pos_ in {"NOUN", "PRON"}:
        token = token.head  # "shot at a group of people protesting", "opened fire on protesters who stormed it"
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = token.head.head  # "a group of people": the group
    if token.dep_ not in {"pobj", "dobj"}:
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _FORCE_VERBS and same_sentence


def _clash_of_the_crowd(doc: "Doc", clash: Candidate, crowd: Candidate) -> bool:
    """A clash told in the sentence that tells a crowd's violence: the crowd is a side of that clash (ACLED: a
    violent demonstration includes clashes with the police), not a battle of its own."""
    return clash.sentence_index == crowd.sentence_index and doc[clash.trigger[0]].lemma_.lower() in _CLASH_WORDS \
        and crowd.sub_event_type in {"Violent demonstration", "Mob violence"}


_CLASH_WORDS = frozenset({"clash", "scuffle", "fight", "battle"})
_FORCE_VERBS = frozenset({"open", "fire", "shoot", "charge", "lathi", "beat", "attack", "disperse", "shell", "bomb"})


_OPERATION_WORDS = frozenset({"operation", "mission", "sweep", "offensive"})


def _an_operation(doc: "Doc", cand: Candidate) -> bool:
    """A change of activity read from "operation" alone: the setting of whatever the operation did."""
    return cand.sub_event_type in _CONTEXT_TYPES and doc[cand.trigger[0]].lemma_.lower() in _OPERATION_WORDS


def _one_subject(doc: "Doc", a: Clause, b: Clause) -> bool:
    """Whether one clause's verb is a conjunct of the other's, sharing its subject ("set fire ... and looted")."""
    first, second = doc[a.head], doc[b.head]
    return (second.dep_ == "conj" and second.head.i == first.i) or (first.dep_ == "conj" and first.head.i == second.i)


def _property_in_violence(a: Candidate, b: Candidate) -> bool:
    """In one sentence, one of the two destroys or loots property, the other is violence (Battles,
    Explosions, Attacks). A later sentence's bare "the attack" does not count: it refers back."""
    kinds = {a.sub_event_type, b.sub_event_type}
    return (a.sentence_index == b.sentence_index and _PROPERTY in kinds
            and any(c.event_type in _VIOLENT_TYPES for c in (a, b)))


def _property_then_harm(a: Candidate, b: Candidate) -> bool:
    """Property destroyed, then people harmed told in the next sentence ("settlers set fire to four homes ...
    Three Palestinians were injured."): one attack, as ACLED codes it (the harm joins only when
    :func:`_harm_unattributed` agrees: nobody else named as its author)."""
    return a.sub_event_type == _PROPERTY and b.sub_event_type == "Attack" and b.generic \
        and b.sentence_index == a.sentence_index + 1


_HARMED = frozenset({"injure", "wound", "kill", "hurt", "die"})
#: The words the merge adds to the rule: the actors stage keeps such an attack, though its sentence names no victim.
HARM_TOLD_AFTER = "people harmed, told next"


def _harm_unattributed(doc: "Doc", cand: Candidate) -> bool:
    """"Three Palestinians were injured": harm in the passive, or dying, with no author of its own."""
    word = doc[cand.trigger[0]]
    if word.lemma_.lower() not in _HARMED or any(c.dep_ == "agent" for c in word.children):
        return False
    return word.lemma_.lower() == "die" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in word.children)


#: Scuffles: the pushing of a crowd and the police, not force that harms (ACLED: Protest with intervention).
_SCUFFLES = frozenset({"scuffle", "jostle", "jostling", "shove", "shoving", "scramble", "melee", "stampede"})


def _hurt_in_scuffles(cand: Candidate) -> bool:
    """"several people were injured in scuffles near parliament": the harm of a demonstration's pushing and
    shoving, told with no weapon or blow of its own."""
    word = cand.sentence.doc[cand.trigger[0]]
    return word.lemma_.lower() in _HARMED and any(
        p.dep_ == "prep" and p.lower_ in {"in", "during"} and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _SCUFFLES for o in p.children) for p in word.children)


def _combine(target: Candidate, cand: Candidate) -> None:
    """Fold ``cand`` into ``target``: the more telling type wins (ACLED's precedence)."""
    if cand.sub_event_type in _CONTEXT_TYPES and target.sub_event_type not in _CONTEXT_TYPES:
        return
    if target.sub_event_type in _CONTEXT_TYPES and cand.sub_event_type not in _CONTEXT_TYPES:
        target.evidence.append(target.trigger)  # the killing the operation was told for names the mention
        target.sub_event_type, target.rule, target.trigger, target.generic = (
            cand.sub_event_type, cand.rule, cand.trigger, cand.generic)
        target.confidence = max(target.confidence, cand.confidence)
        return
    if _property_in_violence(target, cand) and cand.sub_event_type == _PROPERTY:
        target.evidence.append(cand.trigger)
        target.confidence = max(target.confidence, cand.confidence)
        return
    if cand.event_type in {"Protests", "Riots"} and target.sub_event_type in {"Attack", "Armed clash"}:
        _combine_into_crowd(target, cand)
        return
    target.evidence.append(cand.trigger)
    if target.sentence_index == cand.sentence_index:
        target.clause = Clause(min(target.clause.start, cand.clause.start), max(target.clause.end, cand.clause.end),
                               target.clause.head)
    if cand.sub_event_type in PROTEST_SEVERITY and target.sub_event_type in PROTEST_SEVERITY:
        if PROTEST_SEVERITY.index(cand.sub_event_type) > PROTEST_SEVERITY.index(target.sub_event_type):
            target.sub_event_type, target.rule, target.trigger = cand.sub_event_type, cand.rule, cand.trigger
    elif cand.sub_event_type in {"Armed clash", "Mob violence"} and target.sub_event_type in PROTEST_SEVERITY[:3]:
        target.sub_event_type = "Violent demonstration"  # demonstrators fighting the police or stoning buses
        target.rule = f"demonstrators + {cand.rule.split(' -> ')[0]} -> Violent demonstration"
        target.trigger = cand.trigger
    elif cand.sub_event_type == "Attack" and target.sub_event_type in PROTEST_SEVERITY[:3] and _hurt_in_scuffles(cand):
        if target.sub_event_type == "Peaceful protest":  # pushing and shoving with the police: an intervention
            target.sub_event_type, target.trigger = "Protest with intervention", cand.trigger
            target.rule = "demonstrators hurt in scuffles -> Protest with intervention"
    elif cand.sub_event_type == "Attack" and target.sub_event_type in PROTEST_SEVERITY[:3]:
        target.sub_event_type = "Excessive force against protesters"
        target.rule = f"{cand.rule.split(' -> ')[0]} against demonstrators -> Excessive force against protesters"
        target.trigger = cand.trigger
    elif cand.sub_event_type == "Looting/property destruction" and target.event_type in {"Protests", "Riots"}:
        target.sub_event_type, target.trigger = "Violent demonstration", cand.trigger
        target.rule = f"demonstrators + {cand.rule.split(' -> ')[0]} -> Violent demonstration"
    elif cand.sub_event_type == "Arrests" and target.sub_event_type == "Peaceful protest":
        target.sub_event_type, target.trigger = "Protest with intervention", cand.trigger
        target.rule = "demonstrators arrested -> Protest with intervention"
    elif cand.sub_event_type == "Arrests" and target.event_type == "Riots":
        pass  # the rioters arrested afterwards: the riot stays the event
    elif _property_in_violence(target, cand) or _property_then_harm(target, cand):  # the violence is the event
        if target.sentence_index != cand.sentence_index:  # the burning's sentence names who did it: its trigger stays
            target.sub_event_type, target.rule = cand.sub_event_type, f"{target.rule} + {HARM_TOLD_AFTER} -> Attack"
        else:
            target.sub_event_type, target.rule, target.trigger, target.generic = (
                cand.sub_event_type, cand.rule, cand.trigger, cand.generic)
    elif target.generic and not cand.generic:
        target.sub_event_type, target.rule, target.trigger, target.generic = (
            cand.sub_event_type, cand.rule, cand.trigger, False)
    target.confidence = max(target.confidence, cand.confidence)


def _by_armed_men(attack: Candidate) -> bool:
    """Whether an attack's doer is named and is no state force (``rules.done_by_non_state``)."""
    start, end = attack.trigger
    return done_by_non_state(attack.sentence.doc, Cue("violence", "", start, end))


def _combine_into_crowd(target: Candidate, crowd: Candidate) -> None:
    """Force used on a crowd told first ("killed when forces fired on a mob"): the crowd's event names the
    mention, at least a violent demonstration or mob violence, with the force's act as its evidence."""
    target.evidence.append(target.trigger)
    sub_type = crowd.sub_event_type
    if sub_type in PROTEST_SEVERITY[:3]:  # peaceful or with intervention, but fired upon
        sub_type = "Excessive force against protesters" if target.sub_event_type == "Attack" else "Violent demonstration"
    target.sub_event_type, target.rule, target.trigger, target.generic = sub_type, crowd.rule, crowd.trigger, False
    target.confidence = max(target.confidence, crowd.confidence)


def _read_whole_sentence(doc: "Doc", cand: Candidate, cues: CueSet) -> None:
    """Re-read a sentence's only protest with all its cues ("teachers demonstrating ... clashed with
    police"): the more severe sub-type wins."""
    decision = decide_protest(doc, cues, cues)
    if decision.sub_event_type not in PROTEST_SEVERITY:
        return
    if PROTEST_SEVERITY.index(decision.sub_event_type) > PROTEST_SEVERITY.index(cand.sub_event_type):
        cand.sub_event_type, cand.rule = decision.sub_event_type, decision.rule
        if decision.trigger is not None:
            cand.trigger = (decision.trigger.start, decision.trigger.end)
            cand.evidence.append(cand.trigger)


#: Words that refer back to the sides a story named before ("clashes between the groups", "both sides").
_BACK_REFERENCES = frozenset({"group", "side", "rival", "faction", "force", "militia", "party"})


def _unnamed_party(doc: "Doc", party: set[int]) -> bool:
    tokens = [doc[i] for i in sorted(party)]
    return not any(t.pos_ == "PROPN" for t in tokens) and any(
        t.lemma_.lower() in _BACK_REFERENCES and t.tag_ == "NNS" for t in tokens)


def _retype_unnamed_fighting(doc: "Doc", cand: Candidate, earlier: list[Candidate]) -> None:
    """Fighting that names no side of its own ("Fighting continued on Tuesday in villages around Pauk",
    "Clashes between the groups killed 80"), after the story told armed violence: the fighting goes on
    between the armed sides told before, a battle, not mob violence between unarmed people."""
    if cand.sub_event_type != "Mob violence" or "between unarmed groups" not in cand.rule:
        return
    if not any(c.event_type in _ARMED for c in earlier):
        return
    word = doc[cand.trigger[1] - 1]
    if any(c.dep_ in {"amod", "compound"} for c in word.children):
        return  # a kind of fighting told ("communal clashes", "street fights"): whoever fought is not the armed sides
    parties = fighting_parties(doc, doc[cand.trigger[0]:cand.trigger[1]])
    if all(_unnamed_party(doc, p) for p in parties):
        cand.sub_event_type = "Armed clash"
        cand.rule = cand.rule.replace("between unarmed groups -> Mob violence",
                                      "naming no side, after armed violence in the story -> Armed clash")


_ARMED = {"Battles", "Explosions/Remote violence"}


def _merge_sentence(doc: "Doc", found: list[Candidate]) -> list[Candidate]:
    """One mention per event in a sentence: clauses about the same protest, or the same event told
    twice (a bomb and the deaths it caused), are merged."""
    merged: list[Candidate] = []
    for cand in found:
        target = next((kept for kept in merged if _absorbs(kept, cand, doc)), None)
        if target is None:
            merged.append(cand)
        elif target.sub_event_type in PROTEST_SEVERITY and cand.event_type != "Protests" \
                and describes_a_noun(doc[cand.trigger[0]]):
            target.evidence.append(cand.trigger)  # "demanding the arrest of traffickers attacking them": the
            # violence belongs to what the protest is about, not to the protest
        else:
            _combine(target, cand)
    return merged


def _named_after_a_preposition(doc: "Doc", clause: Clause) -> set[str]:
    """Proper nouns after "in", "at", "near"... in the clause, whatever the tagger calls them ("in Omdurman")."""
    return {t.text for t in doc[clause.start:clause.end] if t.pos_ == "PROPN" and t.ent_type_ not in {"DATE", "TIME"}
            and t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS}


def _gapped_parts(doc: "Doc", cand: Candidate) -> list[Candidate]:
    """"Security forces shot dead two protesters in Khartoum on Wednesday and another in Omdurman on Thursday": the
    words after "and" repeat the act with a figure and a place of their own, the verb left out (gapping). Each part
    is an event: the second is told by its figure ("another", "three"), the first keeps the words before "and"."""
    clause = cand.clause
    for k in range(cand.trigger[1], clause.end - 2):
        count = doc[k + 1]
        if doc[k].lower_ != "and" or not (count.like_num or count.lower_ == "another"):
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[k + 1:clause.end]):
            return [cand]  # ("and three were wounded": a clause of its own)
        first, second = Clause(clause.start, k, clause.head), Clause(k + 1, clause.end, clause.head)
        here, there = _named_after_a_preposition(doc, first), _named_after_a_preposition(doc, second)
        figure = any(t.like_num for t in doc[cand.trigger[1]:k])
        if not (here and there and figure) or here & there:
            return [cand]
        cand.clause = first
        return [cand, Candidate(cand.sentence, second, cand.sub_event_type, cand.confidence, cand.rule, (k + 1, k + 2),
                                cand.sentence_index, [cand.trigger, (k + 1, k + 2)], cand.generic)]
    return [cand]


def _told_by_pronoun(doc: "Doc", cand: Candidate) -> bool:
    """Whether the clause's subject is a pronoun ("They set fire to ..."), i.e. continues the story."""
    return any(t.dep_ == "nsubj" and t.pos_ == "PRON" for t in doc[cand.clause.start:cand.clause.end])


def _arrests_many(doc: "Doc", cand: Candidate) -> bool:
    """Whether an arrest names several people ("arrested 20", "they were detained", "26 arrested", "several
    arrests were made"): the demonstrators, not the one person whose arrest they protest ("He was arrested
    last week", "the blogger was arrested"; one person arrested is left alone too)."""
    if cand.sub_event_type != "Arrests":
        return False
    verb = doc[cand.trigger[1] - 1]
    if verb.pos_ == "NOUN":  # "Several arrests were made", not "scuffles broke out during the arrests"
        return verb.tag_ == "NNS" and verb.dep_ in {"nsubj", "nsubjpass", "dobj"}
    arrested = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    arrested += [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ == "CD"]  # "26 arrested for ..."
    if not arrested:  # a subject the parser lost ("At least 15 people, including two organisers, were arrested")
        arrested = [next((t for t in doc[verb.sent.start:verb.i] if t.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}), verb)]
    return any(t.tag_ in {"NNS", "NNPS", "CD"} or t.lower_ in {"them", "they"} for t in arrested)


#: How many sentences a protest's report may run on before it tells how the protest went: its demands, its
#: organisers, then "Police dispersed the group and arrested five" (no other event told in between).
_PROTEST_STORY_SENTENCES = 3


def _story_so_far(candidates: list[Candidate]) -> Candidate | None:
    """The event a later sentence may go on with: the last one told, or the protest told before a weakly cued
    context of its own ("They said the lockdown had left them without income")."""
    if len(candidates) > 1 and candidates[-1].sub_event_type in _CONTEXT_TYPES \
            and candidates[-2].event_type in {"Protests", "Riots"}:
        return candidates[-2]
    return candidates[-1] if candidates else None


def _right_after_protest(doc: "Doc", previous: Candidate, sentence_index: int) -> bool:
    """Whether a sentence goes on with the protest reported last: a few sentences back at most in a short
    report, the sentence just before in a long article (whose paragraphs tell other events)."""
    reach = _PROTEST_STORY_SENTENCES if _length(doc) <= SHORT_REPORT_CHARS else 1
    return previous.event_type in {"Protests", "Riots"} and (
        previous.sentence_index < sentence_index <= previous.sentence_index + reach)


_SAYING = frozenset({"claim", "say", "allege", "accuse", "insist", "believe", "complain", "fear"})


def _what_they_say(doc: "Doc", cand: Candidate) -> bool:
    """A later sentence's event word that tells the protesters' grievance ("They claimed their houses were
    damaged", "the return of looted funds"), not how the protest went."""
    token = doc[cand.trigger[0]]
    before = doc[max(token.i - 6, token.sent.start):token.i]
    looted_goods = token.dep_ == "amod" and token.tag_ == "VBN" and cand.trigger[1] - cand.trigger[0] == 1
    return looted_goods or any(t.lemma_.lower() in _SAYING for t in before)


def _aftermath_sentence(doc: "Doc", sentence: "SpacySpan", cues: CueSet, index: int) -> list[Candidate]:
    """A sentence after a protest that tells only how it went ("The police intervened", "Fires were
    set at intersections"): read as part of that protest, since those words alone report no event."""
    whole = Clause(sentence.start, sentence.end, sentence.root.i)
    decision = decide_protest(doc, cues, cues)
    if decision.trigger is None or not (decision.sub_event_type == "Protest with intervention" or (
            decision.sub_event_type == "Violent demonstration"
            and decision.trigger.phrase in STRONG_RIOT | {"barricade"})):
        return []
    if non_event_reason(doc, sentence, whole, decision.trigger.start, cues) is not None:
        return []
    candidate = _candidate(sentence, whole, decision, index)
    return [] if _what_they_say(doc, candidate) else [candidate]


#: Words for a demonstration's people: violence done to them goes on with the demonstration's story.
_CROWD_WORDS = frozenset({"protester", "protesters", "demonstrator", "demonstrators", "crowd", "crowds", "marcher",
                          "marchers", "protest", "protests", "demonstration", "march", "rally", "sit", "participant",
                          "participants", "they", "them", "mourner", "mourners"})


def _sides_of_its_own(doc: "Doc", cand: Candidate) -> bool:
    """"Police dispersed a protest ... Unknown assailants attacked a bus in the city, killing four": violence whose
    sentence names its own doer, armed men who are no state force, and a victim that is not the crowd, is another
    event with its own sides, not how the protest went."""
    if cand.event_type not in _VIOLENT_TYPES or not _by_armed_men(cand):
        return False
    word = doc[cand.trigger[0]]
    verb = word.head if word.dep_ in {"advcl", "xcomp", "conj"} and word.tag_ == "VBG" else word
    done_to = [t for v in {word, verb} for c in v.children if c.dep_ in {"dobj", "nsubjpass", "prep"}
               for t in c.subtree]
    return not any(t.lower_ in _CROWD_WORDS or t.lemma_.lower() in _CROWD_WORDS for t in done_to)


def _merge_follow_ups(doc: "Doc", candidates: list[Candidate]) -> list[Candidate]:
    """A sentence that goes on about the previous sentence's protest or attack (the arrests that
    followed, the toll of the bombing) with no place of its own joins that event. Further on in a
    protest's story, a rally told again is another gathering, not how the first one went."""
    merged: list[Candidate] = []
    for cand in candidates:
        previous = _story_so_far(merged)
        follow_up = (previous is not None and (cand.sentence_index == previous.sentence_index + 1 or (
                         _right_after_protest(doc, previous, cand.sentence_index)
                         and not (cand.sub_event_type == "Peaceful protest" and previous.event_type == "Protests")))
                     and not _has_own_place(doc, cand.clause) and not _has_own_date(doc, cand.clause)
                     and (cand.generic or (previous.event_type in {"Protests", "Riots"} and
                                            (cand.event_type in {"Protests", "Riots"} or _told_by_pronoun(doc, cand)
                                             or _arrests_many(doc, cand)))
                          or cand.sub_event_type == previous.sub_event_type)
                     and _absorbs(previous, cand, doc)
                     and not (previous.event_type in {"Protests", "Riots"} and (
                         _what_they_say(doc, cand) or _sides_of_its_own(doc, cand))))
        if follow_up and previous is not None:
            confidence = previous.confidence
            _combine(previous, cand)
            previous.confidence = confidence
        else:
            merged.append(cand)
    return merged


def _rank_later_arrests(candidates: list[Candidate]) -> None:
    """Arrests told after another event ("Police later arrested three suspects", "13 were arrested after
    the brawl") are its aftermath: the event reported first stays the main one."""
    for cand in candidates:
        if cand.sub_event_type != "Arrests":
            continue
        earlier = [c for c in candidates if c.sentence_index < cand.sentence_index and c.sub_event_type != "Arrests"]
        if earlier:
            cand.confidence = round(min(cand.confidence, max(c.confidence for c in earlier) - 0.05), 3)


#: How many readings of one clause to try when the first names no event that happened.
_MAX_READINGS = 3


#: Cue families of weapons in use; weapons found, seized or shown are only objects (``weapon_object``).
_WEAPONS_IN_USE = frozenset({"shelling", "air", "ied", "grenade", "small_arms", "suicide", "chemical"})
_FINDING = frozenset({"find", "recover", "seize", "discover", "confiscate", "uncover", "display", "show"})


def _found_not_used(doc: "Doc", cue: Cue) -> bool:
    """"Rocket launchers, magazines and other firearms were found in Patan": the weapons are what was found."""
    node = doc[cue.end - 1]
    while node.dep_ in {"conj", "appos", "compound"} and node.head.i != node.i:
        node = node.head
    return node.dep_ in {"nsubjpass", "dobj"} and node.head.lemma_.lower() in _FINDING


def _without_found_weapons(doc: "Doc", cues: CueSet) -> CueSet:
    if not any(cues.get(family) for family in _WEAPONS_IN_USE):
        return cues
    kept = [c for c in cues.cues if c.category not in _WEAPONS_IN_USE or not _found_not_used(doc, c)]
    return cues if len(kept) == len(cues.cues) else CueSet(kept)


def find_candidates(doc: "Doc", *, lexicon: CueLexicon | None = None,
                    classifier: "TextClassifier | None" = None) -> tuple[list[Candidate], list[Skipped]]:
    """The event mentions of a parsed document, and the event words that were set aside (with why)."""
    lexicon = lexicon or load_lexicon()
    candidates: list[Candidate] = []
    skipped: list[Skipped] = []
    sentences = list(doc.sents)
    for index, sentence in enumerate(sentences):
        cues = _without_found_weapons(doc, lexicon.find(sentence))
        if not len(cues):
            continue
        found: list[Candidate] = []
        clauses = split_clauses(sentence)
        for clause in clauses:
            clause_cues = cues.within(clause.start, clause.end)
            for _ in range(_MAX_READINGS):  # a demand or plan set aside may hide the event of its clause
                decision = decide(doc, clause_cues, cues)  # ("held a sit-in demanding a law against rape")
                if decision is None:
                    break
                trigger = decision.trigger.start if decision.trigger else clause.head
                reason = non_event_reason(doc, sentence, clause, trigger, cues)
                if reason is None:
                    found.append(_candidate(sentence, clause, decision, index))
                    break
                skipped.append(Skipped(index, (trigger, trigger + 1), decision.sub_event_type, reason))
                if decision.trigger is None:
                    break
                clause_cues = clause_cues.without(decision.trigger.start, decision.trigger.end)
        if not found and len(clauses) > 1:
            whole = Clause(sentence.start, sentence.end, sentence.root.i)
            decision = decide(doc, cues, cues)
            set_aside = {s.trigger[0] for s in skipped if s.sentence_index == index}
            trigger = decision.trigger.start if decision is not None and decision.trigger else whole.head
            # the whole sentence read at once never brings back an event word its own clause set aside
            if decision is not None and trigger not in set_aside and non_event_reason(doc, sentence, whole, trigger, cues) is None:
                found.append(_candidate(sentence, whole, decision, index))
        for candidate in [c for c in found if c.sub_event_type == "Arrests"]:
            behind = _dated_event_behind(doc, sentence, candidate.clause, cues, index)
            if behind is not None:
                found.append(behind)
        story = _story_so_far(candidates)
        if not found and story is not None and _right_after_protest(doc, story, index) \
                and cues.has("intervention", "riot"):
            found.extend(_aftermath_sentence(doc, sentence, cues, index))
        merged = [part for cand in _merge_sentence(doc, found) for part in _gapped_parts(doc, cand)]
        for candidate in merged:
            _retype_unnamed_fighting(doc, candidate, candidates)  # "Fighting continued" in a war story: a battle
            retype_territory(doc, cues, candidate)  # a clash in which a place changed hands (classify/territory.py)
            retype_remote(doc, cues, candidate)  # shelling that names an improvised device (classify/remote.py)
            retype_heavy_fire(doc, cues, candidate)  # heavy weapons fired with no fighting: shelling
            retype_criminal_victim(doc, candidate)  # a trafficker or gang member killed (classify/victims.py)
            retype_dispute(cues, candidate)  # a private dispute between ordinary people (classify/disputes.py)
            retype_abduction_killed(doc, candidate, short=_length(doc) <= SHORT_REPORT_CHARS)  # (victims.py)
            retype_fire_returned(doc, candidate)  # a grenade or shell whose target fires back: a battle
        protests = [c for c in merged if c.sub_event_type in PROTEST_SEVERITY]
        if len(protests) == 1:  # one gathering in the sentence: every clause of it tells how it went
            _read_whole_sentence(doc, protests[0], cues)
        if len(merged) > 1:  # the main clause's event outranks those in subordinate clauses ("as protests went on")
            for cand in merged:
                if doc[cand.clause.head].dep_ in {"advcl", "ccomp", "parataxis"}:
                    cand.confidence = round(max(cand.confidence - _SUBORDINATE_PENALTY, 0.05), 3)
        candidates.extend(merged)
    candidates = _merge_follow_ups(doc, candidates)
    chars = _length(doc)
    if chars <= SHORT_REPORT_CHARS:  # a report of one event; a long article's arrests are events of their own
        _rank_later_arrests(candidates)
    if chars > SHORT_REPORT_CHARS:  # in a long article, weak late mentions are mostly background
        candidates = [c for c in candidates if c.confidence >= MIN_ARTICLE_CONFIDENCE]
    if classifier is not None:
        for k, cand in enumerate(candidates):
            later = [c.sentence.start for c in candidates[k + 1:] if c.sentence_index > cand.sentence_index]
            end = min(later) if later else len(doc)
            context = doc[cand.sentence.start:end].text[:_MODEL_CONTEXT_CHARS]
            _refine(cand, context, classifier)
    if not candidates and not skipped and sentences and chars <= SHORT_REPORT_CHARS:
        fallback = _fallback(doc, sentences[0], classifier)
        if fallback is not None:
            retype_heavy_fire(doc, lexicon.find(sentences[0]), fallback)  # ("57 shots involving heavy machineguns")
            candidates.append(fallback)
    return candidates, skipped


#: Acts an arrest is made "in connection with" that, dated to a day of their own, are events of their own.
_CHARGED_ACTS = frozenset({"attack", "bombing", "blast", "ambush", "killing", "assault", "raid", "explosion", "murder"})


def _dated_event_behind(doc: "Doc", sentence: "SpacySpan", clause: Clause, cues: CueSet, index: int) -> Candidate | None:
    """"The accused were arrested on September 3 ... in connection with the attack on the Bannu police post on
    August 21, 2024, in which two policemen were martyred": the attack, with a day of its own, is an event too
    (a police note's or a court's past incident), read from the attack's own phrase."""
    for token in doc[clause.start:clause.end]:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in _CHARGED_ACTS or token.dep_ != "pobj":
            continue
        prep = token.head
        if not (prep.lower_ == "with" and prep.head.lower_ == "connection"):
            continue
        phrase = doc[token.i:token.right_edge.i + 1]
        if not any(t.ent_type_ == "DATE" and t.like_num and t.head.ent_type_ == "DATE" for t in phrase):
            continue  # ("in connection with the attack": the arrest's reason, no event of its own told)
        decision = decide(doc, cues.within(phrase.start, phrase.end), cues)
        if decision is None or event_type_of(decision.sub_event_type) not in _VIOLENT_TYPES:
            continue
        return _candidate(sentence, Clause(phrase.start, phrase.end, token.i), decision, index)
    return None


def _length(doc: "Doc") -> int:
    """``len(doc.text)``, without joining the text."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _refine(cand: Candidate, context: str, classifier: "TextClassifier") -> None:
    """Let a trained classifier decide the sub-type where it is sure. ``context`` is the mention's
    sentence and the ones after it, up to the next mention (the rest of its story)."""
    label, probability = classifier.best(context)
    if label != cand.sub_event_type and probability >= classifier.override_threshold:
        cand.rule = f"trained model ({probability:.2f}) -> {label}; rules said {cand.sub_event_type} ({cand.rule})"
        cand.sub_event_type = label
        cand.confidence = round(max(cand.confidence, probability) - min(_POSITION_PENALTY * cand.sentence_index, _MAX_POSITION_PENALTY), 3)
    elif label == cand.sub_event_type:
        cand.confidence = round(min(1.0, cand.confidence + 0.1 * probability), 3)


def _fallback(doc: "Doc", sentence: "SpacySpan", classifier: "TextClassifier | None") -> Candidate | None:
    from .model import default_classifier

    model = classifier or default_classifier()
    label, probability = model.best(sentence.text)
    if probability < model.fallback_threshold:
        return None
    root = sentence.root.i
    clause = Clause(sentence.start, sentence.end, root)
    rule = f"no rule fired; {model.name} ({probability:.2f}) -> {label}"
    return Candidate(sentence, clause, label, round(0.3 * probability, 3), rule, (root, root + 1), 0, [(root, root + 1)])
