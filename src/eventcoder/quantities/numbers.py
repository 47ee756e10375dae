"""Numbers as news writes them: digits, number words, vague words and ranges, read conservatively.

ACLED takes the lowest estimate: "at least 50" -> 50, "between 3 and 5" -> 3, "dozens" -> 12,
"tens" -> 10, "hundreds" -> 100. :func:`find_numbers` returns every figure in a text with its
character span; :func:`parse_number` reads one phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

__all__ = ["Quantity", "find_numbers", "parse_number", "VAGUE_QUANTITIES"]

#: Vague quantity words in ACLED's conservative reading (codebook: tens 10, dozens 12, hundreds 100).
VAGUE_QUANTITIES: dict[str, int] = {
    "a couple of": 2, "a couple": 2, "a few": 3, "few": 3, "several": 3, "some": 3, "a number of": 3,
    "many": 3, "numerous": 3, "multiple": 3, "a handful of": 3, "a group of": 3,
    "an unknown number of": 3, "an unspecified number of": 3, "an undisclosed number of": 3,
    "an undetermined number of": 3, "unknown number of": 3, "unspecified number of": 3,
    "half a dozen": 6, "a dozen": 12, "dozen": 12, "dozens of": 12, "dozens": 12,
    "tens of": 10, "tens": 10, "scores of": 20, "scores": 20,
    "hundreds of": 100, "hundreds": 100, "thousands of": 1000, "thousands": 1000,
}

_UNITS = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          "fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SCALES = "hundred|thousand|million"
_WORD = rf"(?:{_TENS})(?:[- ](?:{_UNITS}))?|{_UNITS}|{_SCALES}"
_WORD_NUMBER = rf"(?:{_WORD})(?:(?:\s+and\s+|[- ]|\s+)(?:{_WORD}))*"
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+"
_VAGUE = "|".join(sorted((re.escape(k) for k in VAGUE_QUANTITIES), key=len, reverse=True))
_MULTIPLIED = (rf"(?:(?P<mult>{_DIGITS}|{_WORD_NUMBER}|a|several)\s+(?P<scale>dozen)"
               rf"|(?P<mult2>{_DIGITS}|a)\s+(?P<scale2>hundred|thousand))(?:\s+of)?")

_LOWER = (r"(?:at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|more\s+than|over|upwards\s+of|some|about|around|"
          r"approximately|nearly|almost|roughly|an\s+estimated|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than)")
_RANGE_JOIN = r"(?:\s*(?:-|–|to|or|and)\s*)"
_NUMBER = rf"(?:{_DIGITS}|{_WORD_NUMBER})"

_PATTERN = re.compile(
    rf"(?<![\w.,])(?:(?P<qual>{_LOWER})\s+)?"
    rf"(?:between\s+(?P<lo>{_NUMBER})\s+and\s+(?P<hi>{_NUMBER})"
    rf"|{_MULTIPLIED}"
    rf"|(?P<num>{_NUMBER})(?:{_RANGE_JOIN}(?P<num2>{_NUMBER}))?"
    rf"|(?P<vague>{_VAGUE}))(?![\w])",
    re.IGNORECASE,
)

_INEXACT_QUALIFIERS = ("up to", "as many as", "about", "around", "approximately", "nearly", "almost",
                       "roughly", "an estimated", "fewer than", "less than", "some")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure found in text: ``value`` is ACLED's conservative reading, ``exact`` False for vague words,
    ranges and hedges ("up to", "about")."""

    value: int
    start: int
    end: int
    text: str
    exact: bool = True


def _word_value(phrase: str) -> int | None:
    cleaned = re.sub(r"\s+", " ", phrase.lower().replace("-", " ")).strip()
    try:
        return int(text2num(cleaned, "en"))
    except ValueError:
        if " and " in cleaned:  # "one and two" is two numbers: keep the first
            return _word_value(cleaned.split(" and ")[0])
        return None


#: More digits than this is no count of people (and Python refuses to read over 4,300).
_MAX_DIGITS = 12


def _value(token: str) -> int | None:
    token = token.strip()
    if re.fullmatch(_DIGITS, token):
        digits = token.replace(",", "")
        return int(digits) if len(digits) <= _MAX_DIGITS else None
    return _word_value(token)


def _read(match: re.Match[str]) -> tuple[int, bool] | None:
    qualifier = re.sub(r"\s+", " ", (match.group("qual") or "").lower())
    hedged = qualifier in _INEXACT_QUALIFIERS
    if match.group("lo"):
        lo, hi = _value(match.group("lo")), _value(match.group("hi"))
        if lo is None or hi is None:
            return None
        return min(lo, hi), False
    if match.group("scale") or match.group("scale2"):
        mult_text = (match.group("mult") or match.group("mult2")).lower()
        scale = {"dozen": 12, "hundred": 100, "thousand": 1000}[(match.group("scale") or match.group("scale2")).lower()]
        mult = 1 if mult_text == "a" else 2 if mult_text == "several" else _value(mult_text)
        if mult is None:
            return None
        return mult * scale, mult_text not in ("a",) and not hedged and mult_text != "several"
    if match.group("num"):
        first = _value(match.group("num"))
        if first is None:
            return None
        if match.group("num2"):
            second = _value(match.group("num2"))
            if second is None:
                return first, not hedged
            return min(first, second), False
        return first, not hedged
    vague = re.sub(r"\s+", " ", match.group("vague").lower())
    return VAGUE_QUANTITIES[vague], False


def find_numbers(text: str) -> list[Quantity]:
    """Every figure in ``text``, left to right, with spans relative to ``text``."""
    found: list[Quantity] = []
    for match in _PATTERN.finditer(text):
        read = _read(match)
        if read is None:
            continue
        value, exact = read
        found.append(Quantity(value, match.start(), match.end(), match.group(0), exact))
    return found


def parse_number(phrase: str) -> int | None:
    """The conservative value of one number phrase ("at least 50" -> 50, "dozens" -> 12), or None."""
    match = _PATTERN.fullmatch(phrase.strip())
    if match is None:
        return None
    read = _read(match)
    return read[0] if read else None
