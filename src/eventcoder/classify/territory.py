"""Territory changing hands (ACLED's three territory sub-types), read over a whole event clause.

A clash in the course of which a side takes a place is coded by who took it: "Government regains
territory" (state forces) or "Non-state actor overtakes territory"; a place handed over or left
without fighting is a "Non-violent transfer of territory" (ACLED codebook, Battles and Strategic
developments). The clause rules type "took control of Armanaya after clashes" as an Armed clash
and "forces withdrew, allowing Daesh to seize it" as a change to a group; :func:`retype_territory`
corrects both once the sentence's event candidates are known. The actors stage settles government
or non-state from the event's actor1 when the words leave it open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import Cue, CueSet
from .rules.common import _cues_in, _object_tokens, _state_agent
from .rules.seizures import named_place_taken

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .detect import Candidate

__all__ = ["retype_territory", "TERRITORY_TYPES"]

TERRITORY_TYPES = ("Government regains territory", "Non-state actor overtakes territory",
                   "Non-violent transfer of territory")
#: Words that tell of control held, not control changing ("an area under the control of"), or of a
#: passage ("entered") or a capture of people or arms.
_STATIC = {"control of", "under the control", "under control", "enter", "entered", "occupy", "occupied",
           "capture", "captured", "seize", "seized"}
_SEIZE_PLACE = {"capture", "captured", "seize", "seized"}  # change of hands only with a place as object
_RETYPED = {"Armed clash", "Change to group/activity"}
_PLACE_WORDS = {"territory", "area", "town", "village", "city", "district", "position", "base", "hill", "ground"}


#: "took full control of", "seized effective control over": a verb of taking with "control" as its object.
_TAKE_VERBS = {"take", "seize", "gain", "regain", "assume", "wrest", "impose", "establish", "retake", "restore"}
#: "recovered territory", "reclaimed the area": a verb of taking back with a place word as its object.
_RECOVER_VERBS = {"recover", "reclaim", "retake", "recapture", "regain", "liberate", "clear", "secure"}


def _is_place(doc: "Doc", cues: CueSet, tokens: set[int], *, names: bool = True) -> bool:
    return bool(_cues_in(cues, "place_object", tokens)) or any(
        doc[i].ent_type_ in {"GPE", "LOC", "FAC"} or (names and doc[i].pos_ == "PROPN") or doc[i].lower_ in {"it", "them"}
        for i in tokens)


def _control_taken(doc: "Doc", cues: CueSet, start: int, end: int) -> Cue | None:
    """"took full control of tribal areas": the verb, as a cue, when what it controls is a place."""
    for token in doc[start:end]:
        if (token.dep_ == "dobj" and token.head.lemma_ in _RECOVER_VERBS and token.lemma_ in _PLACE_WORDS
                and token.head.lemma_ in {"recover", "reclaim"}):
            return Cue("territory", f"{token.head.lower_} {token.lower_}", token.head.i, token.head.i + 1)
        if token.lemma_ != "control" or token.dep_ != "dobj" or token.head.lemma_ not in _TAKE_VERBS:
            continue
        places = {t.i for child in token.children if child.lower_ in {"of", "over"} for t in child.subtree}
        if places and _is_place(doc, cues, places):
            return Cue("territory", f"{token.head.lower_} control", token.head.i, token.head.i + 1)
    return None


def _place_taken(doc: "Doc", cues: CueSet, start: int, end: int) -> Cue | None:
    """The first territory word whose object is a place (a place word, a place name or a proper noun)."""
    for cue in cues.get("territory"):
        if cue.phrase in _STATIC and cue.phrase not in _SEIZE_PLACE:
            continue
        if doc[cue.start].pos_ == "PROPN" or doc[cue.start].ent_type_ in {"ORG", "NORP"}:
            continue  # a word of a group's name ("Ta'ang National Liberation Army"), no place taken
        if _is_place(doc, cues, _object_tokens(doc, cue), names=cue.phrase not in _SEIZE_PLACE) or (
                cue.phrase in _SEIZE_PLACE and named_place_taken(doc, cues, cue)):  # ("M23 rebels captured Rubaya")
            return cue
    return _control_taken(doc, cues, start, end)


def retype_territory(doc: "Doc", sentence: CueSet, candidate: "Candidate") -> None:
    """Give ``candidate`` a territory sub-type when its clause tells of a place changing hands."""
    if candidate.sub_event_type not in _RETYPED:
        return
    start, end = candidate.clause.start, candidate.clause.end
    if candidate.sub_event_type == "Change to group/activity":  # "withdrew ..., allowing Daesh to seize it"
        start, end = candidate.sentence.start, candidate.sentence.end
    clause = sentence.within(start, end)
    taken = _place_taken(doc, clause, start, end)
    if taken is None:
        return
    if clause.has("withdraw") and not clause.has("clash", "violence", "shelling", "air"):
        sub_type, reason = "Non-violent transfer of territory", "after a withdrawal, no fighting"
    else:
        state = _state_agent(doc, clause, taken)
        sub_type, reason = (("Government regains territory", "by state forces") if state
                            else ("Non-state actor overtakes territory", "by an armed group" if state is False
                                  else "by a side the actors stage names"))
    candidate.sub_event_type = sub_type
    candidate.rule = f"{candidate.rule} + {taken.phrase!r} a place {reason} -> {sub_type}"
