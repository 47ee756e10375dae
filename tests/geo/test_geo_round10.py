"""Places round 10 (issue 15): points more than 25 km off with the right province. A bundled town is no theatre
namesake, a road's end lies in the province the sentence names, a road's end the parser calls a person, a list of
unknown villages shares its holder, a protest's solidarity with another place's, a district written in a bracket's
first slot, "wa" inside an Arabic name, a "border district", a district named once without its type word, and a
sentence naming only the country takes the document's district. Sentences and towns are invented for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from placing import event_place_of as _place

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder

# (name, country, admin1 code, latitude, longitude, population); admin2 below names a town's district
_TOWNS = [("Sanaa", "YE", "26", 15.35, 44.21, 1_900_000), ("Bayt Rashid", "YE", "25", 15.64, 44.47, 2_000),
          ("Sayyan", "YE", "25", 15.17, 44.32, 5_000), ("Al Hazm", "YE", "21", 16.16, 44.78, 30_000),
          ("Ghayl Awad", "YE", "21", 16.71, 44.85, 3_000), ("Saadah", "YE", "15", 16.94, 43.76, 50_000),
          ("Wadi Rafid", "YE", "15", 16.86, 43.20, 2_500),
          ("Grodno", "BY", "03", 53.68, 23.83, 350_000), ("Lida", "BY", "03", 53.89, 25.30, 100_000)]
_ADMIN2 = {1: "Nihm", 4: "Khabb wa ash Sha'af", 6: "Shada'a"}
_ADMIN1 = {("YE", "26"): "Amanat al Asimah", ("YE", "25"): "Sanaa", ("YE", "21"): "Al Jawf", ("YE", "15"): "Sa'dah",
           ("BY", "03"): "Grodno"}
_COUNTRIES = {"YE": {"name": "Yemen", "capital": "Sanaa"}, "BY": {"name": "Belarus", "capital": "Minsk"}}


@pytest.fixture(scope="module")
def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _ADMIN1, _ADMIN2)


def test_a_bundled_town_is_no_namesake_of_the_theatre(geocoder: Geocoder):
    place = _place(geocoder, "Peshmerga fighters pushed back a night attack north of Jalawla on Sunday.", "Iraq")
    assert (place.admin1, place.location, place.geo_precision) == ("Diyala", "Jalawla", 2)


def test_the_end_of_a_road_inside_the_stated_province(geocoder: Geocoder):
    text = "Gunmen fired on a checkpoint on the Baghdad-Daquq road in Kirkuk province on Monday night."
    place = _place(geocoder, text, "Iraq")
    assert (place.admin1, place.admin2, place.geo_precision) == ("Kirkuk", "Daquq", 2)


def test_a_province_alone_stays_the_province(geocoder: Geocoder):
    place = _place(geocoder, "Gunmen fired on a checkpoint in Kirkuk province on Monday night.", "Iraq")
    assert (place.admin1, place.geo_precision) == ("Kirkuk", 3)


def test_a_road_end_the_parser_calls_a_person_beats_a_quoted_name(geocoder: Geocoder):
    text = "Protesters closed the Kut-Badra highway with tyres after the 'Nassriya deadline' expired on Monday."
    place = _place(geocoder, text, "Iraq", {"Kut": "PERSON", "Badra": "PERSON", "Nassriya": "WORK_OF_ART"})
    assert (place.admin1, place.geo_precision) == ("Wasit", 2)


def test_a_list_of_unknown_villages_shares_its_holder(geocoder: Geocoder):
    text = "Unknown men set fire to wheat fields in the villages of Tal Warda and Qara Shiran, near Dibis, on Friday."
    places = geocoder.analyse(text, country="Iraq")
    held = [r for r in places.toponyms if r.toponym.notes.get("unresolved")]
    assert [r.toponym.text for r in held] == ["Tal Warda", "Qara Shiran"]
    assert {r.place.name for r in held} == {"Dibis"}
    place = geocoder.event_place(places, (0, len(text)), text=text)
    assert (place.location, place.admin2, place.geo_precision, place.unresolved) == ("Tal Warda", "Dibis", 2, True)


def test_the_place_a_protest_backs_is_a_reference(world: GazetteerIndex):
    text = "About forty people rallied in Lida in solidarity with the striking workers in Grodno on Sunday."
    places = Geocoder(world).analyse(text, country="Belarus")
    assert {r.toponym.text: r.toponym.relation for r in places.toponyms} == {"Lida": "in", "Grodno": "reference"}


def test_a_district_in_the_first_slot_of_a_bracket(world: GazetteerIndex):
    place = _place(Geocoder(world), "Two fighters were hurt at a checkpoint in Marwan (Nihm, Sanaa) on Monday.", "Yemen")
    assert (place.admin1, place.admin2, place.location, place.geo_precision) == ("Sanaa", "Nihm", "Marwan", 2)
    assert (place.latitude, place.longitude) == (15.64, 44.47)


def test_a_district_named_once_without_its_type_word(world: GazetteerIndex):
    text = "Fighters clashed on Nihm front, northeast of the capital (Nihm, Sanaa), on Monday."
    place = _place(Geocoder(world), text, "Yemen")
    assert (place.admin2, place.geo_precision, place.latitude) == ("Nihm", 2, 15.64)


@pytest.mark.parametrize("text, admin2, latitude", [
    ("Six air raids hit Khabb wa ash Shaaf district (Al Jawf) on Tuesday.", "Khabb wa ash Sha'af", 16.71),
    ("Shelling hit farms in Shadaa border district (Saadah) on Tuesday.", "Shada'a", 16.86),
])
def test_a_district_written_with_wa_or_as_a_border_district(world: GazetteerIndex, text: str, admin2: str,
                                                             latitude: float):
    place = _place(Geocoder(world), text, "Yemen")  # (the district's seat, not the province's capital)
    assert (place.admin2, place.geo_precision, place.latitude) == (admin2, 2, latitude)


def test_a_sentence_naming_only_the_country_takes_the_documents_district(geocoder: Geocoder):
    text = "Turkish jets struck PKK hideouts in northern Iraq on Monday. The raids hit the Soran district, Erbil province."
    place = _place(geocoder, text, "Iraq", sentence=(0, text.index(".") + 1))
    assert (place.admin1, place.admin2, place.geo_precision) == ("Erbil", "Soran", 2)


# (name, country, admin1 code, latitude, longitude, population)
_MORE_TOWNS = [("Kyelang", "IN", "11", 32.57, 77.02, 1_500), ("Kyelang", "IN", "13", 8.88, 76.58, 9_000),
               ("Kolkata", "IN", "28", 22.56, 88.36, 4_600_000), ("Howrah", "IN", "28", 22.58, 88.31, 1_000_000),
               ("Vijayawada", "IN", "02", 16.51, 80.62, 1_000_000),
               ("Maripa", "VE", "06", 7.41, -65.19, 4_000), ("Ciudad Bolivar", "VE", "06", 8.12, -63.55, 340_000),
               ("Cumana", "VE", "19", 10.45, -64.17, 360_000),
               ("Aguililla", "MX", "16", 18.74, -102.79, 6_000), ("Morelia", "MX", "16", 19.70, -101.18, 700_000)]
_MORE_ADMIN2 = {5: "Sucre", 8: "Aguililla"}
_MORE_ADMIN1 = {("IN", "11"): "Himachal Pradesh", ("IN", "13"): "Kerala", ("IN", "28"): "West Bengal",
                ("IN", "02"): "Andhra Pradesh", ("VE", "06"): "Bolivar", ("VE", "19"): "Sucre",
                ("MX", "16"): "Michoacan"}
_MORE_COUNTRIES = {"IN": {"name": "India", "capital": "New Delhi"}, "VE": {"name": "Venezuela", "capital": "Caracas"},
                   "MX": {"name": "Mexico", "capital": "Mexico City"}}


@pytest.fixture(scope="module")
def more(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_MORE_TOWNS, _MORE_COUNTRIES, _MORE_ADMIN1, _MORE_ADMIN2)


def test_a_state_code_alone_in_a_bracket_states_the_state(more: GazetteerIndex):
    place = _place(Geocoder(more), "About forty women protested in Kyelang (HP) on Monday.", "India")
    assert (place.admin1, place.latitude) == ("Himachal Pradesh", 32.57)


def test_a_news_agency_after_a_dateline_is_no_state(more: GazetteerIndex):
    text = "KOLKATA (AP) - Police clashed with protesters in Howrah on Monday."
    places = Geocoder(more).analyse(text, country="India")
    assert "Andhra Pradesh" not in {r.place.admin1 for r in places.toponyms}


def test_a_municipality_named_like_another_state_is_no_second_state(more: GazetteerIndex):
    text = "Two guards were killed in Caura, Sucre municipality, Bolivar state, on Wednesday."
    place = _place(Geocoder(more), text, "Venezuela")
    assert (place.admin1, place.admin2, place.location, place.geo_precision) == ("Bolivar", "Sucre", "Caura", 2)


def test_an_unknown_place_takes_the_sentences_district_before_its_state(more: GazetteerIndex):
    text = "In Aguililla municipality, Michoacan, gunmen clashed with the National Guard in El Rancho comunidad."
    place = _place(Geocoder(more), text, "Mexico")
    assert (place.location, place.admin2, place.latitude) == ("El Rancho", "Aguililla", 18.74)
