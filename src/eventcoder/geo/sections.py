"""Round-up sections: the stretch of a wire round-up that a country cue opens ("In Mali, a drone strike ...",
"Elsewhere in Cameroon, ...", "In Somalia's Lower Shabelle region, ..."), up to the next cue or the end of
its paragraph. The events told there are that country's, whatever the story's main country is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .finder import Toponym

__all__ = ["Section", "country_sections", "section_at"]


@dataclass(frozen=True, slots=True)
class Section:
    """``text[start:end]`` tells of ``country`` (ISO alpha-2): its cue is ``cue`` ("In Mali"), the country's name
    at ``name`` (start, end)."""

    start: int
    end: int
    country: str
    cue: str
    name: tuple[int, int]


#: The words from a sentence's start to the country's name: "In", "Elsewhere in", "Meanwhile, in neighbouring",
#: "Across northern", "Elsewhere in the Sahel, in" (a sentence that opens so tells of that country).
_CUE = re.compile(r"(?i)(?:(?:elsewhere|meanwhile|separately|also|further\s+(?:north|south|east|west))"
                  r"(?:\s+in\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*,?\s+)?"  # ("Elsewhere in the Sahel, in Niger")
                  r"(?:in|across)\s+(?:the\s+)?"
                  r"(?:(?:neighbou?ring|nearby|(?:far[\s-]?)?(?:north|south|east|west|central)(?:[\s-]?(?:east|west))?"
                  r"(?:ern)?)\s+)*$")
#: After the name: a comma ("In Mali, ...") or a possessive that places ("In Cameroon's North-West region, ...").
_AFTER = re.compile(r"\s*(?:,|['’]s\s)")
#: A country a sentence states for the place it puts its event in: "in Baidoa, Somalia", "in the Tillaberi region of
#: neighbouring Niger", "in Niger's Tillaberi region" (the words before the country's name; its place is in or near).
_STATED_AFTER_UNIT = re.compile(r"(?i)\b(?:region|province|state|district|county|town|city|village|area|outskirts)"
                                r"\s+of\s+(?:the\s+)?(?:neighbou?ring\s+)?$")
_STATED_BEFORE = re.compile(r"(?i)\b(?:in|near|at|outside)\s+(?:the\s+)?(?:neighbou?ring\s+)?$")
_WHERE = ("in", "near", "outskirts", "direction", "part")
_SENTENCE_END = re.compile(r"[.!?](?=[\"'’”)\]]*(?:\s|$))|\n")
#: Where a sentence starts: the text's start, a line break, or a full stop and a space.
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"'’”)\]]*\s+)\s*")


def country_sections(text: str, toponyms: list[Toponym], country: str | None) -> list[Section]:
    """The round-up sections of ``text``, one per country cue that opens a sentence. A name that is also one of
    ``country``'s own provinces or towns ("In Georgia, ..." in an American story) opens none."""
    cues: list[tuple[int, Toponym, str]] = []
    for t in toponyms:
        codes = {p.country for p in t.candidates if p.kind == "country"}
        if len(codes) != 1 or not _AFTER.match(text, t.end):
            continue
        code = next(iter(codes))
        if country and code != country and any(p.country == country and p.kind != "country" for p in t.candidates):
            continue
        start = _sentence_start(text, t.start)
        if start is not None and _CUE.fullmatch(text, start, t.start):
            cues.append((start, t, code))
    stated = _stated_sentences(text, toponyms, country)
    sections = []
    for i, (start, t, code) in enumerate(cues):
        paragraph = text.find("\n", t.end)
        end = len(text) if paragraph < 0 else paragraph
        if i + 1 < len(cues):
            end = min(end, cues[i + 1][0])
        sections.append(Section(start, end, code, text[start:t.end], (t.start, t.end)))
    return stated + sections


def _stated_sentences(text: str, toponyms: list[Toponym], country: str | None) -> list[Section]:
    """Sentences that state the country of the place their event is in ("clashed with militants in Baidoa,
    Somalia"): each is a section of its own, whatever the paragraph's cue or the story's country."""
    sections: list[Section] = []
    for i, t in enumerate(toponyms):
        codes = {p.country for p in t.candidates if p.kind == "country"}
        if len(codes) != 1 or t.relation in ("from", "affiliation"):
            continue
        code = next(iter(codes))
        if country and code != country and any(p.country == country and p.kind != "country" for p in t.candidates):
            continue
        before = toponyms[i - 1] if i else None
        after = toponyms[i + 1] if i + 1 < len(toponyms) else None
        apposition = before is not None and before.relation in _WHERE and re.fullmatch(
            r",\s*", text[before.end:t.start]) is not None and code in {p.country for p in before.candidates}
        of_unit = _STATED_AFTER_UNIT.search(text, max(0, t.start - 40), t.start) is not None and before is not None \
            and t.start - before.end <= 40 and code in {p.country for p in before.candidates}
        possessive = _STATED_BEFORE.search(text, max(0, t.start - 20), t.start) is not None and after is not None \
            and re.match(r"['’]s\s", text[t.end:after.start]) is not None and code in {p.country for p in after.candidates}
        if not (apposition or of_unit or possessive):
            continue
        start = _sentence_start(text, t.start)
        stop = _SENTENCE_END.search(text, t.end)
        if start is None or any(s.start == start for s in sections):
            continue
        sections.append(Section(start, stop.end() if stop else len(text), code, text[start:t.end], (t.start, t.end)))
    return sections


def section_at(sections: list[Section], position: int) -> Section | None:
    """The section that holds ``position``, if any."""
    return next((s for s in sections if s.start <= position < s.end), None)


def _sentence_start(text: str, position: int) -> int | None:
    """Where the sentence holding ``position`` starts (within 80 characters before it), else None."""
    floor = max(0, position - 80)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, floor, position) if m.end() <= position]
    if floor == 0 and not starts:
        starts = [0]
    return starts[-1] if starts else None
