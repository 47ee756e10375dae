"""Regions, valleys and mountains that news names and the gazetteer's towns do not hold ("Darfur",
"Eastern Ghouta", "Wadi Barada", "the Turkmen Mountains"), and spellings journalists use for places the
index knows by another ("Deir Ezzor"): ``src/eventcoder/data/geo/named_areas.json``, read at look-up
time, after the index, so that a town of the same name always wins and the index needs no rebuild.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from .model import Place
from .normalize import name_key

__all__ = ["named_area", "journalist_spelling"]

_FIRST_ID = -1_000  # named areas take negative ids: they are no rows of the index


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, list[Place]], dict[str, tuple[str, str]]]:
    text = resources.files("eventcoder").joinpath("data/geo/named_areas.json").read_text(encoding="utf-8")
    data = json.loads(text)
    areas: dict[str, list[Place]] = {}
    for i, row in enumerate(data["areas"]):
        place = Place(id=_FIRST_ID - i, name=row["name"], country=row["country"], kind="area", latitude=row["lat"],
                      longitude=row["lon"], admin1=row.get("admin1"), source="bundled")
        for name in [row["name"], *row.get("aliases", [])]:
            areas.setdefault(name_key(name), []).append(place)
    spellings = {name_key(variant): (country, canonical) for country, table in data["spellings"].items()
                 for variant, canonical in table.items()}
    return areas, spellings


def named_area(key: str) -> list[Place]:
    """The named areas whose name or alias has this key."""
    return list(_table()[0].get(key, ()))


def journalist_spelling(key: str) -> tuple[str, str] | None:
    """(country, the name the index knows) for a spelling news uses ("Deir Ezzor" -> "Deir ez-Zor"), else None."""
    return _table()[1].get(key)
