"""The gazetteer's record of one place, and the kinds of place it knows."""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["Place", "KINDS", "ADMIN_KINDS", "POINT_KINDS", "km_between"]

#: Kinds of place, from the largest to the smallest. ``landmark`` covers squares, bridges, airports,
#: oil fields and bases: points that stand for a spot, coded to their own coordinates. ``area`` is a named
#: zone (mountains, valleys, a lake's shores), coded to its centre at geo_precision 2.
KINDS: tuple[str, ...] = ("country", "admin1", "admin2", "city", "village", "neighbourhood", "landmark", "area")
ADMIN_KINDS = frozenset({"country", "admin1", "admin2"})
POINT_KINDS = frozenset({"city", "village", "neighbourhood", "landmark", "area"})


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``admin1``/``admin2`` are canonical names; for an admin unit, the
    coordinates are its seat's (ACLED codes a region to its capital)."""

    id: int
    name: str
    country: str  # ISO 3166-1 alpha-2
    kind: str
    latitude: float
    longitude: float
    population: int = 0
    admin1: str | None = None
    admin2: str | None = None
    seat: str | None = None  # for admin units: the seat town's name
    source: str = "geonames"  # geonames | bundled | dump


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(min(1.0, h)))
