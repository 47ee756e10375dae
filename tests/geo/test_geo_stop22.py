"""Places stop 22 (places11): district seats the registry lists without a population, reached by a looser spelling
where the text states their province. Towns and sentences are invented for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from placing import event_place_of as _place

from eventcoder.geo.finder import find_toponyms
from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder

# (name, country, admin1 code, latitude, longitude, population[, alternate names]); a population under 500 is a seat
# (GeoNames' cities500 lists smaller places only as seats of administrative divisions)
_TOWNS = [
    ("Darvaz", "AF", "01", 34.50, 69.20, 3_000_000), ("Pul-e Khumar", "AF", "02", 35.60, 69.40, 0),
    ("Nawur-e Kuhnah", "AF", "03", 34.90, 62.50, 0), ("Harvand", "AF", "03", 34.35, 62.20, 400_000),
    ("Bamyar", "AF", "02", 36.10, 68.70, 100_000), ("Shegal", "AF", "04", 35.00, 69.50, 0),
    ("Tolgar", "AF", "05", 34.40, 70.45, 200_000),
]
_ADMIN1 = {("AF", "01"): "Darvaz", ("AF", "02"): "Bamyar", ("AF", "03"): "Harvand", ("AF", "04"): "Parvaz",
           ("AF", "05"): "Tolgar"}
_COUNTRIES = {"AF": {"name": "Afghanistan", "capital": "Darvaz"}}


@pytest.fixture(scope="module")
def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _ADMIN1)


@pytest.fixture(scope="module")
def geocoder(world: GazetteerIndex) -> Geocoder:
    return Geocoder(world)


def test_a_district_named_by_its_seats_other_spelling_is_that_seat(geocoder: Geocoder) -> None:
    place = _place(geocoder, "Militants attacked a convoy in Puli Khumar district, Bamyar, on Sunday.", "Afghanistan")
    assert (place.location, place.admin1, place.geo_precision) == ("Pul-e Khumar", "Bamyar", 2)
    assert (round(place.latitude, 1), round(place.longitude, 1)) == (35.6, 69.4)


def test_a_village_of_such_a_district_is_coded_to_the_seat(geocoder: Geocoder) -> None:
    text = "Two soldiers were killed at a checkpoint in the Qalazai village of Nawuri Kuhna district, Harvand."
    place = _place(geocoder, text, "Afghanistan")
    assert (place.location, place.admin1, place.geo_precision) == ("Qalazai", "Harvand", 2)
    assert (round(place.latitude, 1), round(place.longitude, 1)) == (34.9, 62.5)  # the seat, not the province's city


def test_a_seat_in_a_province_the_text_does_not_name_is_not_reached(world: GazetteerIndex, geocoder: Geocoder) -> None:
    text = "Women protested in Shigal district, Tolgar, on Monday."  # (the seat Shegal lies in Parvaz)
    assert all(t.text != "Shigal" for t in find_toponyms(text, world, country="AF"))
    place = _place(geocoder, text, "Afghanistan")
    assert (place.location, place.admin1) == ("Shigal", "Tolgar")


def test_the_seats_own_spelling_needs_no_province(geocoder: Geocoder) -> None:
    place = _place(geocoder, "Clashes were reported in Shegal district on Monday.", "Afghanistan")
    assert (place.location, place.admin1) == ("Shegal", "Parvaz")

