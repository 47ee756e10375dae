"""A road the text names by the towns it connects: the event is on the road out of the first town (issue 15), over a
small registry-like world (the registry functions are replaced by fixtures)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder

# (name, country, admin1 code, latitude, longitude, population)
_TOWNS = [("Acapulco", "MX", "12", 16.86, -99.88, 650_000), ("Zihuatanejo", "MX", "12", 17.64, -101.55, 70_000),
          ("Iguala", "MX", "12", 18.35, -99.54, 120_000), ("Mexico City", "MX", "09", 19.43, -99.13, 8_900_000)]
_ADMIN1 = {("MX", "12"): "Guerrero", ("MX", "09"): "Mexico City"}
_COUNTRIES = {"MX": {"name": "Mexico", "capital": "Mexico City"}}


@pytest.fixture(scope="module")
def mexico(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _ADMIN1)


def _place(world: GazetteerIndex, text: str):
    geocoder = Geocoder(world)
    return geocoder.event_place(geocoder.analyse(text, country="Mexico"), (0, len(text)), text=text)


@pytest.mark.parametrize("text", [
    "On 6 May 2020, on the road that connects Acapulco to Zihuatanejo, Guerrero, bus drivers protested.",
    "Bus drivers blocked the highway linking Acapulco and Zihuatanejo on Wednesday.",
    "Gunmen ambushed a bus on the road from Acapulco to Zihuatanejo on Monday.",
])
def test_a_road_between_two_towns_is_coded_to_the_first_at_precision_2(mexico: GazetteerIndex, text: str):
    place = _place(mexico, text)
    assert (place.admin1, place.location, place.geo_precision) == ("Guerrero", "Acapulco", 2)


def test_a_town_reached_by_road_is_still_the_place(mexico: GazetteerIndex):
    place = _place(mexico, "Teachers travelled from Acapulco and protested in Zihuatanejo on Monday.")
    assert (place.location, place.geo_precision) == ("Zihuatanejo", 1)
