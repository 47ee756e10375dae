"""ACLED's ``source_scale``: how far the outlets that report an event reach (bundled table
``data/export/outlets.json``).

Each known outlet has a scale (International, Regional, National, Subnational) and, for most, a home
country. Seen from the event's country an outlet is:

* at home: National (Subnational stays Subnational): the BBC reporting Britain is a national source;
* abroad: International if it reports the world, Regional if the event is in a region it covers;
  a national or subnational outlet abroad, or a regional one outside its regions, has no known scale.

An event's scale is known only when every outlet's is: one unknown outlet (or no country) leaves the
column blank, since its scale could change the value. The scales combine as ACLED writes them: one
scale alone, two as ``lower-higher`` ("National-International"); ACLED's values never name three, so
three or more give the lowest and the highest.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .regions import region_of

__all__ = ["SCALES", "Outlet", "outlet_table", "outlet_named", "outlet_scale", "source_scale"]

#: ACLED's geographic scales, narrowest first (the order of a combined value).
SCALES: tuple[str, ...] = ("Local", "Subnational", "National", "Regional", "International")

# Words a reporter's name can end with that do not change the outlet ("Reuters news agency", "Rudaw TV").
_GENERIC_TAIL = re.compile(r"\s(?:news agency|agency|newspaper|tv|television|channel|website|reported|reports)$")


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    scale: str  # one of SCALES
    home: str | None = None  # ISO alpha-3 of the country it is national to
    regions: tuple[str, ...] = ()  # ACLED regions a Regional outlet covers


def outlet_key(name: str) -> str:
    """A name folded for lookup: no accents, case or punctuation, no leading "the" or "www."."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("&", " and ")
    text = " ".join(re.sub(r"[^\w]+", " ", text).split())
    return re.sub(r"^(?:the|www) ", "", text)


@lru_cache(maxsize=1)
def outlet_table() -> dict[str, Outlet]:
    """Every known outlet by the key of its name and of each alias."""
    text = resources.files("eventcoder").joinpath("data/export/outlets.json").read_text(encoding="utf-8")
    table: dict[str, Outlet] = {}
    for row in json.loads(text)["outlets"]:
        outlet = Outlet(row["name"], row["scale"], row.get("home"), tuple(row.get("regions", ())))
        if outlet.scale not in SCALES:
            raise ValueError(f"data/export/outlets.json: {outlet.name}: unknown scale {outlet.scale!r}")
        for name in (row["name"], *row.get("aliases", ())):
            key = outlet_key(name)
            if table.get(key, outlet) != outlet:
                raise ValueError(f"data/export/outlets.json: {name!r} names {table[key].name} and {outlet.name}")
            table[key] = outlet
    return table


def outlet_named(name: str) -> Outlet | None:
    """The known outlet ``name`` spells ("Reuters", "the Associated Press", "AFP news agency"), or None."""
    key = outlet_key(name)
    table = outlet_table()
    return table.get(key) or table.get(_GENERIC_TAIL.sub("", key))


def outlet_scale(outlet: Outlet, iso3: str) -> str | None:
    """The scale of ``outlet`` for an event in the country ``iso3``; None when it is not known."""
    if outlet.home == iso3:
        return "Subnational" if outlet.scale == "Subnational" else "National"
    if outlet.scale == "International":
        return "International"
    if outlet.scale == "Regional" and region_of(iso3) in outlet.regions:
        return "Regional"
    return None


@lru_cache(maxsize=4096)
def source_scale(source: str | None, iso3: str | None) -> str | None:
    """ACLED's source_scale of an event reported by ``source`` (outlets, ``;``-joined) in the country ``iso3``."""
    if not source or not iso3:
        return None
    scales = set()
    for name in filter(None, (part.strip() for part in source.split(";"))):
        outlet = outlet_named(name)
        scale = outlet_scale(outlet, iso3.upper()) if outlet else None
        if scale is None:
            return None  # one outlet of unknown reach: the event's scale is unknown
        scales.add(scale)
    if not scales:
        return None
    ordered = sorted(scales, key=SCALES.index)
    return ordered[0] if len(ordered) == 1 else f"{ordered[0]}-{ordered[-1]}"
