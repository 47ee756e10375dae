"""The gazetteer's record of one place, and the kinds of place it knows."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Place", "KINDS", "ADMIN_KINDS", "POINT_KINDS"]

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
