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
    sections = []
    for i, (start, t, code) in enumerate(cues):
        paragraph = text.find("\n", t.end)
        end = len(text) if paragraph < 0 else paragraph
        if i + 1 < len(cues):
            end = min(end, cues[i + 1][0])
        sections.append(Section(start, end, code, text[start:t.end], (t.start, t.end)))
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
