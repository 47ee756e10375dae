"""Places named as a list: "clashes in Baghdad, Nasiriyah and Basra" report one event in each.

ACLED codes one event per place (ACLED.md 1.6: protests in five provinces are five events). Given the
place chosen for an event, :func:`list_members` returns the other places of the list it stands in:
names joined only by commas and "and", in the same country, none of them an origin, an affiliation
or the province (or province seat) that holds another member ("in Nasiriyah, Dhi Qar" and "in Kufa,
Najaf" are one place each, not two).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .model import km_between
from .reforms import carved_out_of

__all__ = ["list_members"]

#: What may stand between two members of a list: ", ", " and ", ", and ", " & ", after the emphatic "itself" of the
#: member before ("near Pokrovsk itself and Myrnohrad": the town and, besides it, the next).
_SEPARATOR = re.compile(r"(?:\s+itself)?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", re.IGNORECASE)
#: Relations that never make a place an event location of its own.
_NOT_A_LOCATION = frozenset({"from", "affiliation", "route", "possessive"})
#: Words before a list that make it one area, not several places: "between Baghdad and Diyala", "the road linking
#: Mosul and Erbil".
_ONE_AREA_BEFORE = re.compile(r"\b(?:between|from|connects|connecting|links|linking|joins|joining)\s+(?:the\s+)?"
                              r"(?:\w+\s+(?:of\s+)?)?$", re.IGNORECASE)


class _Place(Protocol):
    kind: str
    country: str
    admin1: str | None
    latitude: float
    longitude: float


class _Toponym(Protocol):
    start: int
    end: int
    relation: str


class _Resolved(Protocol):
    toponym: _Toponym
    place: _Place


def list_members(chosen: _Resolved, candidates: Sequence[_Resolved], text: str) -> list[_Resolved]:
    """The places listed together with ``chosen`` (``candidates``: the sentence's resolved toponyms),
    in text order, ``chosen`` excluded."""
    ordered = sorted(candidates, key=lambda r: r.toponym.start)
    if chosen not in ordered:
        return []
    index = ordered.index(chosen)
    first = last = index
    while first > 0 and _joined(ordered[first - 1], ordered[first], text):
        first -= 1
    while last + 1 < len(ordered) and _joined(ordered[last], ordered[last + 1], text):
        last += 1
    chain = ordered[first:last + 1]
    if len(chain) < 2 or _ONE_AREA_BEFORE.search(text[max(0, chain[0].toponym.start - 40):chain[0].toponym.start]):
        return []
    return [r for r in chain if r is not chosen and r.place.country == chosen.place.country
            and r.toponym.relation not in _NOT_A_LOCATION and r.place.kind != "country" and not _holds_another(r, chain)]


def _holds_another(member: _Resolved, chain: list[_Resolved]) -> bool:
    """Is ``member`` the province of another member ("Nasiriyah, Dhi Qar"; "Kufa, Najaf")?"""
    if member.place.kind not in ("admin1", "admin2") and member.toponym.relation != "container":
        return False
    return any(other is not member and (member.place.admin1 in (
        other.place.admin1, carved_out_of(other.place.country, other.place.admin1)) or (
        member.toponym.relation == "container" and _km(member.place, other.place) <= _HOLDER_REACH_KM))
        for other in chain)  # ("Ivankiv, Kyiv": the city names the oblast around it, a unit of its own)


_HOLDER_REACH_KM = 150


def _km(a: _Place, b: _Place) -> float:
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude)


def _joined(left: _Resolved, right: _Resolved, text: str) -> bool:
    gap = text[left.toponym.end:right.toponym.start]
    return bool(_SEPARATOR.fullmatch(gap)) and right.toponym.relation not in _NOT_A_LOCATION
