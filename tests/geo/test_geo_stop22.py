"""Places stop 22 (places11): district seats the registry lists without a population, reached by a looser spelling
where the text states their province; the small places of the town a sentence opens on; a holder the text calls
a state. Towns and sentences are invented for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from placing import event_place_of as _place, small_world_fixtures

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


world, geocoder = small_world_fixtures(_TOWNS, _COUNTRIES, _ADMIN1)


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


# a town that opens the sentence, and villages named like places of it elsewhere
_MX_TOWNS = [
    ("Ciudad Norte", "MX", "01", 19.40, -99.10, 9_000_000), ("Tolumba", "MX", "02", 18.90, -96.90, 200_000),
    ("Marimba", "MX", "02", 18.80, -97.40, 1_700), ("Marimba", "MX", "03", 16.80, -99.80, 900),
    ("Cerrito", "MX", "02", 18.95, -96.95, 800),
]
_MX_ADMIN1 = {("MX", "01"): "Mexico City", ("MX", "02"): "Veracina", ("MX", "03"): "Guerrana"}
_MX_COUNTRIES = {"MX": {"name": "Mexico", "capital": "Ciudad Norte"}}


@pytest.fixture(scope="module")
def mx_geocoder(small_world: Callable[..., GazetteerIndex]) -> Geocoder:
    return Geocoder(small_world(_MX_TOWNS, _MX_COUNTRIES, _MX_ADMIN1))


@pytest.mark.parametrize("sentence", [
    "On 2 May 2020, in Tolumba, Veracina, residents of Marimba village blocked the road to the dump.",
    "On 2 May 2020, in Tolumba municipality, Veracina, families living in the Marimba community were evicted.",
    "On 2 May 2020, in Tolumba, Veracina, a body was found in the village of Marimba.",
])
def test_a_village_far_from_the_town_a_sentence_opens_on_is_a_part_of_that_town(mx_geocoder: Geocoder,
                                                                               sentence: str) -> None:
    places = mx_geocoder.analyse(sentence, country="Mexico")
    (village,) = [r for r in places.toponyms if r.toponym.text == "Marimba"]
    assert (village.place.name, village.place.admin1) == ("Tolumba", "Veracina")  # not the Marimba 50 km off


def test_a_village_near_the_town_a_sentence_opens_on_stays_itself(mx_geocoder: Geocoder) -> None:
    places = mx_geocoder.analyse("On 2 May 2020, in Tolumba, Veracina, residents of Cerrito village blocked a road.",
                                 country="Mexico")
    (village,) = [r for r in places.toponyms if r.toponym.text == "Cerrito"]
    assert village.place.name == "Cerrito"


def test_a_village_that_states_its_own_holder_or_an_untyped_town_is_left_alone(mx_geocoder: Geocoder) -> None:
    places = mx_geocoder.analyse("On 2 May 2020, in Tolumba, Veracina, police said the attackers fled to Marimba.",
                                 country="Mexico")
    (town,) = [r for r in places.toponyms if r.toponym.text == "Marimba"]
    assert town.place.name == "Marimba"


# a capital whose neighbouring state has a district named like the state, its seat a few km from the capital
_VE_TOWNS = [("Carvallo", "VE", "01", 10.50, -66.90, 3_000_000), ("Puerto Marino", "VE", "02", 10.60, -66.93, 80_000)]
_VE_ADMIN1 = {("VE", "01"): "Capital District", ("VE", "02"): "Marinas"}
_VE_ADMIN2 = {0: "Libertador", 1: "Marinas"}


@pytest.fixture(scope="module")
def ve_world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_VE_TOWNS, {"VE": {"name": "Venezuela", "capital": "Carvallo"}}, _VE_ADMIN1, _VE_ADMIN2)


def test_a_holder_the_text_calls_a_state_rules_out_a_loose_reading_in_another_state(ve_world: GazetteerIndex) -> None:
    text = "On 5 May 2020, in Carvalla, Marinas state, officers arrived to secure the area."
    assert all(t.text != "Carvalla" for t in find_toponyms(text, ve_world, country="VE"))
    place = _place(Geocoder(ve_world), text, "Venezuela")
    assert (place.location, place.admin1) == ("Carvalla", "Marinas")  # not the capital, 12 km from the district's seat


def test_an_untyped_holder_still_counts_its_district(ve_world: GazetteerIndex) -> None:
    (found,) = [t for t in find_toponyms("Police clashed with vendors in Carvalla, Marinas.", ve_world, country="VE")
                if t.text == "Carvalla"]
    assert found.loose and found.candidates[0].name == "Carvallo"


# a municipality whose seat the coordinate join left out of it: only a smaller town of it carries its name
_SEAT_TOWNS = [
    ("Ciudad Norte", "MX", "01", 19.40, -99.10, 9_000_000),
    ("Tolcingo", "MX", "03", 17.55, -99.50, 180_000, ["Tolcingo de los Bravo"]),
    ("Dos Palmas", "MX", "03", 17.22, -99.52, 20_000), ("Villa Lejos", "MX", "03", 18.40, -100.40, 30_000),
    ("Rio Claro", "MX", "03", 18.90, -98.00, 50_000, ["Santa Ana"]),
]
_SEAT_ADMIN2 = {2: "Tolcingo de los Bravo", 3: "Santa Ana"}


@pytest.fixture(scope="module")
def seat_world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_SEAT_TOWNS, _MX_COUNTRIES, _MX_ADMIN1, _SEAT_ADMIN2)


def test_a_district_is_seated_in_the_town_that_answers_to_its_name(seat_world: GazetteerIndex) -> None:
    (district,) = [p for p in seat_world.lookup("Tolcingo de los Bravo") if p.kind == "admin2"]
    assert (district.seat, round(district.latitude, 2)) == ("Tolcingo", 17.55)  # not Dos Palmas, 37 km off
    place = _place(Geocoder(seat_world), "On 4 May 2020, in Tolcingo de los Bravo, Guerrana, armed men shot at a car "
                                         "wash.", "Mexico")
    assert (round(place.latitude, 2), place.admin1) == (17.55, "Guerrana")


def test_a_town_of_the_districts_name_out_of_reach_is_no_seat(seat_world: GazetteerIndex) -> None:
    (district,) = [p for p in seat_world.lookup("Santa Ana") if p.kind == "admin2"]
    assert district.seat == "Villa Lejos"  # (its own town: the Rio Claro that answers to the name lies 280 km off)
