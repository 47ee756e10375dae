"""Places round 11 (issue 15): Indonesia's Papua provinces of 2022, and a reformed unit carved out of one that
lives on keeps no alias of it. Sentences written for the tests; towns and codes as a registry-like world."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder

# (name, country, admin1 code, latitude, longitude, population): GeoNames codes the towns of the 2022 provinces
# by regency (PT, PE, PS, PD), while the registry still names those codes after Papua and West Papua
_TOWNS = [("Jayapura", "ID", "36", -2.53, 140.72, 410_000), ("Biak", "ID", "36", -1.18, 136.08, 40_000),
          ("Timika", "ID", "PT", -4.55, 136.89, 140_000), ("Nabire", "ID", "PT", -3.36, 135.50, 100_000),
          ("Ilaga", "ID", "PT", -3.98, 137.62, 1_000),
          ("Wamena", "ID", "PE", -4.10, 138.95, 66_000), ("Merauke", "ID", "PS", -8.50, 140.41, 117_000),
          ("Manokwari", "ID", "39", -0.86, 134.06, 130_000), ("Sorong", "ID", "PD", -0.88, 131.26, 220_000),
          ("Ambon", "ID", "28", -3.70, 128.18, 350_000),
          ("Accra", "GH", "01", 5.56, -0.20, 2_000_000), ("Tamale", "GH", "06", 9.40, -0.85, 370_000),
          ("Damongo", "GH", "17", 9.08, -1.82, 20_000), ("Bole", "GH", "17", 9.03, -2.49, 20_000)]
_REGISTRY_ADMIN1 = {("ID", "36"): "Papua", ("ID", "PT"): "Papua", ("ID", "PE"): "Papua", ("ID", "PS"): "Papua",
                    ("ID", "39"): "West Papua", ("ID", "PD"): "West Papua", ("ID", "28"): "Maluku",
                    ("GH", "01"): "Greater Accra", ("GH", "06"): "Northern", ("GH", "17"): "Northern"}
_COUNTRIES = {"ID": {"name": "Indonesia", "capital": "Jakarta"}, "GH": {"name": "Ghana", "capital": "Accra"}}


@pytest.fixture(scope="module")
def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _REGISTRY_ADMIN1)


def _place(world: GazetteerIndex, text: str, country: str):
    geocoder = Geocoder(world)
    places = geocoder.analyse(text, country=country)
    return geocoder.event_place(places, (0, len(text)), text=text)


@pytest.mark.parametrize(("town", "province"), [("Timika", "Central Papua"), ("Ilaga", "Central Papua"),
                                                ("Wamena", "Highland Papua"), ("Merauke", "South Papua"),
                                                ("Sorong", "Southwest Papua"), ("Jayapura", "Papua"),
                                                ("Manokwari", "West Papua")])
def test_towns_are_in_the_provinces_of_2022(world: GazetteerIndex, town: str, province: str):
    assert _place(world, f"Students rallied in {town} on Monday against the mining permits.", "Indonesia").admin1 \
        == province


@pytest.mark.parametrize(("unit", "capital"), [("Central Papua", "Nabire"), ("Highland Papua", "Wamena"),
                                               ("South Papua", "Merauke"), ("Southwest Papua", "Sorong")])
def test_each_new_province_is_coded_to_its_capital_by_law(world: GazetteerIndex, unit: str, capital: str):
    place = world.admin1_place("ID", unit)
    assert place is not None and place.seat == capital  # Central Papua's capital, not its largest town


def test_papua_named_alone_is_the_province_that_lives_on(world: GazetteerIndex):
    assert [p.name for p in world.lookup("Papua") if p.kind == "admin1"] == ["Papua"]
    place = _place(world, "Security forces dispersed a rally in Papua province on Monday.", "Indonesia")
    assert (place.admin1, place.geo_precision, place.location) == ("Papua", 3, "Jayapura")


def test_the_local_name_of_a_new_province_is_its_name(world: GazetteerIndex):
    place = _place(world, "Security forces dispersed a rally in Papua Tengah province on Monday.", "Indonesia")
    assert (place.admin1, place.geo_precision) == ("Central Papua", 3)


def test_a_region_carved_out_of_one_that_lives_on_keeps_no_alias_of_it(world: GazetteerIndex):
    assert [p.name for p in world.lookup("Northern") if p.kind == "admin1"] == ["Northern"]
    assert [p.name for p in world.lookup("Savannah") if p.kind == "admin1"] == ["Savannah"]
