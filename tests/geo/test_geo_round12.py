"""Places round 12 (reader 6): a machine romanisation that is another town's name, a name steering by its own
namesake's province, a province known to a town only by a former name, a road's home end, a holder that is only a
road's end, a quoted title or a destination, and an event told at many unnamed places. Towns and sentences are
invented for the tests."""

from __future__ import annotations

import pytest
from placing import event_place_of as _place, small_world_fixtures

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder

# (name, country, admin1 code, latitude, longitude, population[, alternate names]); admin2 names a town's district
_TOWNS = [
    ("Dhanpur", "BD", "81", 23.80, 90.40, 9_000_000), ("Korangi", "BD", "85", 25.75, 89.25, 900_000, ["korampa"]),
    ("Korampa", "IN", "23", 30.20, 75.20, 40_000), ("Velmar", "BD", "85", 25.70, 89.30, 50_000, ["Velmara", "velmari"]),
    ("Santa Luzia", "MX", "01", 21.90, -102.30, 45_000), ("Santa Luzia", "MX", "25", 25.10, -107.45, 2_000),
    ("Piedras", "MX", "25", 24.80, -107.40, 800_000),
    ("Puerto Lamon", "PH", "14", 6.70, 121.97, 70_000, ["Tanaban", "Tanaban City"]),
    ("Lagoa", "KE", "04", -0.10, 34.76, 400_000), ("Mbeteni", "KE", "11", 0.28, 34.75, 1_800_000),
    ("Guayal", "EC", "10", -2.19, -79.89, 2_000_000), ("Quitana", "EC", "18", -0.22, -78.51, 1_500_000),
]
_ADMIN1 = {("BD", "81"): "Dhaka", ("BD", "85"): "Rangpur", ("IN", "23"): "Punjab", ("MX", "01"): "Aguascalientes",
           ("MX", "25"): "Sinaloa", ("PH", "14"): "Bangsamoro", ("KE", "04"): "Kisumu", ("KE", "11"): "Kakamega",
           ("EC", "10"): "Guayas", ("EC", "18"): "Pichincha"}
_ADMIN2 = {7: "Tanaban"}
_COUNTRIES = {"BD": {"name": "Bangladesh", "capital": "Dhanpur"}, "IN": {"name": "India", "capital": "Korampa"},
              "MX": {"name": "Mexico", "capital": "Piedras"}, "PH": {"name": "Philippines", "capital": "Puerto Lamon"},
              "KE": {"name": "Kenya", "capital": "Lagoa"}, "EC": {"name": "Ecuador", "capital": "Quitana"}}


world, geocoder = small_world_fixtures(_TOWNS, _COUNTRIES, _ADMIN1, _ADMIN2)


def _sentence(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, text.index(".", start) + 1


def test_a_lowercase_romanisation_that_is_another_towns_name_is_dropped(world: GazetteerIndex) -> None:
    assert {p.country for p in world.lookup("Korampa")} == {"IN"}
    assert {p.name for p in world.lookup("Velmara")} == {"Velmar"}  # a capitalised alternate name stays
    assert {p.name for p in world.lookup("velmari")} == {"Velmar"}  # and a romanisation no other town bears


def test_a_quarter_romanised_like_a_far_city_is_not_that_city(geocoder: Geocoder) -> None:
    place = _place(geocoder, "Students set fire to a police box in Korampa, Dhanpur, on Tuesday.", "Bangladesh")
    assert (place.admin1, place.location) == ("Dhaka", "Korampa")


def test_a_name_steers_by_the_provinces_other_names_state(geocoder: Geocoder) -> None:
    text = "Soldiers exchanged fire with gunmen in Santa Luzia on Tuesday. Shops stayed shut in Piedras, Sinaloa."
    place = _place(geocoder, text, "Mexico", sentence=_sentence(text, "Soldiers"))
    assert (place.location, place.admin1) == ("Santa Luzia", "Sinaloa")


def test_a_province_is_no_town_that_bears_its_name_only_as_a_former_name(geocoder: Geocoder) -> None:
    place = _place(geocoder, "In Tanaban, a soldier was wounded in a firefight on Sunday.", "Philippines")
    assert (place.admin2, place.geo_precision) == ("Tanaban", 2)


def test_a_road_named_by_two_towns_is_its_home_end(geocoder: Geocoder) -> None:
    text = "Shops were closed in Lagoa on Wednesday. Youths barricaded the Lagoa-Mbeteni road and clashed with police."
    place = _place(geocoder, text, "Kenya", sentence=_sentence(text, "Youths"))
    assert (place.admin1, place.geo_precision) == ("Kisumu", 2)


def test_a_later_unknown_name_is_not_held_by_where_a_road_leads(geocoder: Geocoder) -> None:
    text = "Youths blocked the Lagoa-Mbeteni road on Monday. Earlier, a car was torched in Nyawita village."
    place = _place(geocoder, text, "Kenya", sentence=_sentence(text, "Earlier"))
    assert (place.location, place.admin1) == ("Nyawita", "Kisumu")


def test_an_unknown_name_is_not_held_by_a_quoted_title(geocoder: Geocoder) -> None:
    text = "Leaders said the 'Mbeteni Chalo' march would go on. A sit-in began at Olilo border."
    place = _place(geocoder, text, "Kenya", sentence=_sentence(text, "A sit-in"))
    assert place.location == "Olilo" and place.admin1 != "Kakamega"


@pytest.mark.parametrize("words", ["riots broke out in several prisons", "people were killed across the country"])
def test_an_event_at_many_unnamed_places_takes_none_of_them(geocoder: Geocoder, words: str) -> None:
    text = f"Gunmen stormed a television studio in Guayal on Tuesday. On the same day, {words}."
    places = geocoder.analyse(text, country="Ecuador")
    sentence = _sentence(text, "On the same day")
    previous = geocoder.event_place(places, _sentence(text, "Gunmen"), text=text)
    place = geocoder.event_place(places, sentence, previous=previous, text=text)
    assert (place.country, place.location, place.latitude) == ("Ecuador", None, None)


def test_an_event_with_no_place_still_takes_the_previous_events(geocoder: Geocoder) -> None:
    text = "Gunmen stormed a television studio in Guayal on Tuesday. Police later arrested 13 attackers."
    places = geocoder.analyse(text, country="Ecuador")
    previous = geocoder.event_place(places, _sentence(text, "Gunmen"), text=text)
    place = geocoder.event_place(places, _sentence(text, "Police"), previous=previous, text=text)
    assert place.location == "Guayal"
