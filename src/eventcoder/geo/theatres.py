"""Conflict theatres (bundled table ``data/geo/theatres.json``): the provinces a report's own words point to.

"The OSCE SMM observed 6 projectiles near Vesele" names no province, and Ukraine has a dozen Veseles: the
mission's name says the one on the Donbas front is meant. :func:`theatre_of` finds the theatre a document
names; the resolver prefers places in its provinces and falls back to its first province, not the capital.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Theatre", "theatres", "theatre_of", "theatres_text"]


@dataclass(frozen=True, slots=True)
class Theatre:
    name: str
    country: str  # ISO alpha-2
    admin1: tuple[str, ...]  # canonical admin1 names; the first is the fallback
    cues: re.Pattern[str]


@lru_cache(maxsize=1)
def theatres_text() -> str:
    return resources.files("eventcoder").joinpath("data/geo/theatres.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def theatres() -> tuple[Theatre, ...]:
    rows = json.loads(theatres_text())["theatres"]
    return tuple(Theatre(row["name"], row["country"], tuple(row["admin1"]),
                         re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in row["cues"]) + r")(?![\w-])"))
                 for row in rows)


def theatre_of(text: str, country: str | None) -> Theatre | None:
    """The theatre of ``country`` (ISO alpha-2) that ``text`` names, if any."""
    if not country:
        return None
    return next((t for t in theatres() if t.country == country and t.cues.search(text)), None)
