"""Districts news names that no registry package carries ("North Waziristan", "Bajaur", "Kurram Agency"), with
the province that holds each and its headquarters: ``src/eventcoder/data/geo/districts.json``, each country's
reform cited there. Read at look-up time, after the index and the named areas, so a town of the same name always
wins and the index needs no rebuild.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from .model import Place
from .normalize import name_key

__all__ = ["bundled_district"]

_FIRST_ID = -2_000  # below the named areas' ids: no rows of the index


@lru_cache(maxsize=1)
def _table() -> dict[str, list[Place]]:
    text = resources.files("eventcoder").joinpath("data/geo/districts.json").read_text(encoding="utf-8")
    found: dict[str, list[Place]] = {}
    for i, row in enumerate(json.loads(text)["districts"]):
        place = Place(id=_FIRST_ID - i, name=row["name"], country=row["country"], kind="admin2", latitude=row["lat"],
                      longitude=row["lon"], admin1=row["admin1"], admin2=row["name"], seat=row["seat"],
                      source="bundled")
        for name in [row["name"], *row.get("aliases", [])]:
            found.setdefault(name_key(name), []).append(place)
    return found


def bundled_district(key: str) -> list[Place]:
    """The bundled districts whose name or alias has this key."""
    return list(_table().get(key, ()))
