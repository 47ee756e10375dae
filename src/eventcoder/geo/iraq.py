"""Iraq's governorates and districts as bundled with eventcoder (``data/geo/iraq.json``), and the
canonical admin1 spelling of each governorate with its accepted aliases."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .normalize import name_key

__all__ = ["District", "Governorate", "BundledPlace", "iraq_governorates", "iraq_places", "iraq_data_text",
           "canonical_iraq_admin1"]


@dataclass(frozen=True, slots=True)
class District:
    name: str
    seat: str
    latitude: float
    longitude: float
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Governorate:
    name: str  # the canonical spelling eventcoder writes
    iso: str | None
    capital: str
    latitude: float
    longitude: float
    aliases: tuple[str, ...]
    districts: tuple[District, ...]


@dataclass(frozen=True, slots=True)
class BundledPlace:
    name: str
    governorate: str
    district: str
    latitude: float
    longitude: float
    kind: str  # square, bridge, neighbourhood, airport, base, town, mountain, street
    aliases: tuple[str, ...]


def iraq_data_text() -> str:
    """The bundled file's text (its hash is part of the index fingerprint)."""
    return resources.files("eventcoder").joinpath("data/geo/iraq.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(iraq_data_text())


@lru_cache(maxsize=1)
def iraq_governorates() -> tuple[Governorate, ...]:
    """The 19 governorates (18 plus Halabja), each with its districts."""
    out = []
    for g in _data()["governorates"]:
        districts = tuple(District(d[0], d[1], float(d[2]), float(d[3]), tuple(d[4])) for d in g["districts"])
        out.append(Governorate(g["name"], g["iso"], g["capital"], float(g["lat"]), float(g["lon"]),
                               tuple(g["aliases"]), districts))
    return tuple(out)


@lru_cache(maxsize=1)
def iraq_places() -> tuple[BundledPlace, ...]:
    """Well-known squares, bridges, neighbourhoods and sites that news reports name."""
    return tuple(BundledPlace(p[0], p[1], p[2], float(p[3]), float(p[4]), p[5], tuple(p[6])) for p in _data()["places"])


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for g in iraq_governorates():
        for alias in (g.name, *g.aliases):
            table[name_key(alias)] = g.name
    return table


def canonical_iraq_admin1(name: str) -> str | None:
    """The canonical governorate name for any accepted spelling ("Thi-Qar" -> "Dhi Qar"), else None."""
    key = name_key(_strip_admin_words(name))
    return _alias_table().get(key) or _alias_table().get(name_key(name))


def _strip_admin_words(name: str) -> str:
    words = [w for w in name.replace("-", " ").split()
             if w.lower() not in {"governorate", "province", "muhafazat", "mohafazat", "muhafazah"}]
    return " ".join(words)
