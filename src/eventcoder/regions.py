"""ACLED's world regions (bundled table ``data/export/regions.json``): the ``region`` column of an export.

The table lists each region's countries by ISO 3166-1 alpha-3 code. A country it does not list gets no
region: the column stays blank rather than guessed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

__all__ = ["REGIONS", "region_table", "region_of"]

#: ACLED's region names, in the table's order.
REGIONS: tuple[str, ...] = (
    "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "Middle East",
    "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia", "Europe", "North America",
    "Central America", "South America", "Caribbean", "Oceania", "Antarctica",
)


@lru_cache(maxsize=1)
def region_table() -> dict[str, str]:
    """``{"IRQ": "Middle East", ...}``; a code listed under two regions is an error in the table."""
    text = resources.files("eventcoder").joinpath("data/export/regions.json").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for region, codes in json.loads(text)["regions"].items():
        if region not in REGIONS:
            raise ValueError(f"data/export/regions.json: unknown region {region!r}")
        for code in codes:
            if code in table:
                raise ValueError(f"data/export/regions.json: {code} is in {table[code]!r} and {region!r}")
            table[code] = region
    return table


def region_of(iso3: str | None) -> str | None:
    """ACLED's region of the country with ISO alpha-3 code ``iso3``; None when unknown."""
    return region_table().get(iso3.upper()) if iso3 else None
