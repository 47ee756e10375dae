"""Attacks whose victim the report places in the criminal world, and abductions whose victim the report
tells was killed, read over the whole report.

ACLED codes a killing of a drug trafficker or a gang member by non-state attackers as an Armed clash
between criminal groups, not an Attack on civilians: the victim is a member of an armed, organised
group. Reports often say so in the victim's own words ("a drug dealer was shot dead") or a sentence
later ("The victim had charges against him for drug trafficking", "The victim was involved in a
gang"). Killings by the state's forces keep their type (ACLED codes police killings of drug suspects
as attacks).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .detect import Candidate

__all__ = ["CRIMINAL_VICTIM_RULE", "retype_criminal_victim", "retype_abduction_killed"]

#: A victim named by a criminal role in the event's sentence.
_CRIMINAL_VICTIM = re.compile(r"\b(?:drug[\s-](?:traffickers?|dealers?|lords?)|narco[\s-]?traffickers?|"
                              r"gang\s+members?|gangsters?|cartel\s+members?|members?\s+of\s+(?:a|the)\s+"
                              r"(?:drug\s+)?(?:gang|cartel|criminal\s+(?:group|gang|organi[sz]ation)))\b", re.I)
#: A later sentence about the victim's criminal role: "The victim had charges against him for drug
#: trafficking", "The victim was involved in a gang" (a robbery conviction makes no gang member).
_VICTIM_ROLE = re.compile(r"\bvictims?\b[^.;]{0,60}?\b(?:charges?|charged|convicted|involved|members?|belonged|linked|"
                          r"criminal\s+record|accused|suspected|wanted|arrested|fugitive)\b[^.;]{0,60}?"
                          r"\b(?:traffick\w*|gangs?|cartels?|drugs?|criminal\s+(?:groups?|gangs?|organi[sz]ations?))\b",
                          re.I)
#: Words before a criminal role that make it the attackers or what the victim worked on, not who the victim was.
_ABOUT = re.compile(r"\b(?:by|about|against|on|investigat\w*|report\w*|fight\w*|combat\w*|expos\w*)\W+(?:\w+\W+)?$",
                    re.I)
#: The state's forces: their killings of suspects stay attacks.
_STATE = re.compile(r"\b(?:police\w*|officers?|soldiers?|troops|army|military|marines?|agents?|guards?)\b", re.I)
_FOLLOWING_SENTENCES = 2
#: The words the retyping adds to a mention's rule: later stages keep such a battle ("a man was killed" names a
#: civilian to the actor rules, but the report has said what he was).
CRIMINAL_VICTIM_RULE = "victim told as"


def retype_criminal_victim(doc: "Doc", candidate: "Candidate") -> None:
    """An Attack by non-state attackers on someone the report calls a trafficker or a gang member becomes
    an Armed clash."""
    if candidate.sub_event_type != "Attack":
        return
    sentence = candidate.sentence
    if _STATE.search(sentence.text):
        return
    sentences = list(doc.sents)
    index = next((k for k, s in enumerate(sentences) if s.start == sentence.start), None)
    later = sentences[index + 1:index + 1 + _FOLLOWING_SENTENCES] if index is not None else []
    attackers = _attackers(doc, candidate)
    found = next((m for m in _CRIMINAL_VICTIM.finditer(sentence.text)
                  if not _ABOUT.search(sentence.text[max(0, m.start() - 30):m.start()])
                  and sentence.start_char + m.start() not in attackers), None) or next(
        (m for s in later if (m := _VICTIM_ROLE.search(s.text)) is not None), None)
    if found is None:
        return
    candidate.sub_event_type = "Armed clash"
    candidate.rule = f"{candidate.rule} + {CRIMINAL_VICTIM_RULE} {found.group(0)!r} -> Armed clash"


def _attackers(doc: "Doc", candidate: "Candidate") -> set[int]:
    """Character offsets of the words of the trigger's active subject: "Gang members killed four people"
    names the attackers, not the victims."""
    words = doc[candidate.trigger[0]:candidate.trigger[1]]  # ("shot dead": either word may hold the subject)
    return {t.idx for word in words for child in word.children if child.dep_ in {"nsubj", "csubj"}
            for t in child.subtree}


#: Words that tell someone was killed: "his corpse was found the next day", "the victims were killed".
_DEATH = re.compile(r"\b(?:killed|murdered|beheaded|executed|died|dead|bod(?:y|ies)|corpses?)\b", re.I)
_NO_DEATH = re.compile(r"\b(?:no(?:body| one)?|not|without)\s+(?:\w+\s+){0,2}$", re.I)


def retype_abduction_killed(doc: "Doc", candidate: "Candidate", *, short: bool) -> None:
    """An abduction in a short report (a brief or a coder's note) that tells the victim's death in another
    sentence ("kidnapped a man. The next day his corpse was found") is an Attack: the codebook types an
    abduction whose victim is killed as an attack. The death is told in the abduction's sentence or the next
    one: a death told before it, or further on, is another event's ("separatists killed three soldiers ...
    Separately, separatists abducted a principal")."""
    if candidate.sub_event_type != "Abduction/forced disappearance" or not short:
        return
    sentence = candidate.sentence
    end = doc[sentence.end].sent.end_char if sentence.end < len(doc) else sentence.end_char
    for found in _DEATH.finditer(doc.text, sentence.start_char, end):
        if not _NO_DEATH.search(doc.text[max(0, found.start() - 30):found.start()]):
            candidate.sub_event_type = "Attack"
            candidate.rule = f"{candidate.rule} + the victim {found.group(0)!r} -> Attack"
            return
