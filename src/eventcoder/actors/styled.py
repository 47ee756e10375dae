"""A faction that calls its forces the state's: the Houthis' statements speak of "the Yemeni Armed Forces", which
journalists quote ("Yemeni Armed Forces spokesman Yahya Saree said they targeted a ship"). A state force of the
faction's country is read as the faction where the story shows the faction's voice, or where the sentence tells an
attack only the faction makes, unless the sentence names the recognised government's forces or the faction as the
other side. The data is the unit's ``styled`` table in the lexicon."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .lexicon import ActorLexicon, UnitEntry
from .matching import ActorMatch

__all__ = ["StyledReading"]

#: Who owns the forces named next: "loyal to the Houthis", "Houthi-run", "the Houthis' Yemeni Armed Forces".
_OWNER_BEFORE = re.compile(r"\b(?:loyal\s+to|affiliated\s+with|aligned\s+with|run\s+by|controlled\s+by|led\s+by|"
                           r"belonging\s+to|part\s+of|of)\s+(?:the\s+)?$|\(\s*$", re.I)
_OWNER_AFTER = re.compile(r"(?:['’]s?|[\-\s](?:run|led|controlled|aligned|affiliated)\b|\s*\))", re.I)


@lru_cache(maxsize=256)
def _phrases(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(re.escape(w).replace(r"\ ", r"[\s\-]+").replace(r"\-", r"[\s\-]?")
                    for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w])", re.I)


def _found(words: tuple[str, ...], text: str, start: int = 0, end: int | None = None) -> bool:
    pattern = _phrases(words)
    return pattern is not None and pattern.search(text, start, len(text) if end is None else end) is not None


class StyledReading:
    """Reads state forces named in a faction's own words as the faction (see the module's doc)."""

    def __init__(self, lexicon: ActorLexicon) -> None:
        self.units = [u for u in lexicon.units if u.styled is not None]

    def __call__(self, text: str, start: int, end: int, matches: list[ActorMatch],
                 country: str | None) -> list[ActorMatch]:
        """``matches`` (of the sentence ``text[start:end]``) with the faction's styled forces read as the faction."""
        if not self.units:
            return matches
        out = []
        for match in matches:
            unit = self._faction(text, start, end, match, matches, country)
            out.append(match if unit is None else replace(
                match, kind="unit", unit=unit, force=None, country=match.country,
                weak=None if self._voiced(text, unit) else f"'{match.text}' read as {unit.unit} from the sentence's target"))
        return out

    def _voiced(self, text: str, unit: UnitEntry) -> bool:
        assert unit.styled is not None
        return _found(unit.styled.voice, text)

    def _faction(self, text: str, start: int, end: int, match: ActorMatch, matches: list[ActorMatch],
                 country: str | None) -> UnitEntry | None:
        if match.kind != "state" or match.force != "Military Forces" or match.enemy:
            return None
        for unit in self.units:
            state = match.country.name if match.country is not None else country
            if state != unit.country or match.country is None and country != unit.country:
                continue
            styled = unit.styled
            assert styled is not None
            if _found(styled.rival, text, start, end) or _found(styled.rival, match.text):
                return None  # ("Yemeni government forces", "the internationally recognised government's army")
            if any(other.unit is unit and not _owner(text, other) for other in matches if other is not match):
                return None  # ("Yemeni armed forces repelled a Houthi attack"): the faction is the other side
            if self._voiced(text, unit):
                return unit
            if match.qualified and _found(styled.targets, text, start, end):
                return unit  # ("Yemeni forces fired a missile at a tanker in the Red Sea"): weaker
        return None


def _owner(text: str, match: ActorMatch) -> bool:
    """The faction named as the owner of the forces ("loyal to the Houthis", "Houthi-run"), not as a side."""
    return bool(_OWNER_BEFORE.search(text, max(0, match.start - 25), match.start) or _OWNER_AFTER.match(text, match.end))

