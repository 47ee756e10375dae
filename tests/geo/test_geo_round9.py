"""Places round 9 (issue 15): district words of South Asia and East Africa, a unit's bracket the parser calls a
person, Spanish names written without their "de", a stated province narrowing a town's namesakes, where a road
leads, a road between two towns, a province that shares a city's name, a body's name after "in", and a sentence the
parser ends early. Sentences and towns are invented for the tests (a small registry-like world)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from entity_labels import EntityLabels

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder
from eventcoder.stages.places import whole_sentence

# (name, country, admin1 code, latitude, longitude, population)
_TOWNS = [("Comilla", "BD", "84", 23.46, 91.18, 600_000), ("Dhaka", "BD", "81", 23.71, 90.41, 10_000_000),
          ("Chittagong", "BD", "84", 22.34, 91.83, 3_900_000),
          ("Esperanza", "MX", "27", 27.58, -109.93, 39_000), ("Esperanza", "MX", "21", 18.86, -97.38, 7_800),
          ("Puebla", "MX", "21", 19.04, -98.20, 1_700_000), ("Tehuacan", "MX", "21", 18.46, -97.39, 250_000),
          ("San Andres Tuxtla", "MX", "30", 18.45, -95.21, 60_000), ("Xalapa", "MX", "30", 19.53, -96.92, 420_000),
          ("Saltillo", "MX", "07", 25.43, -100.97, 700_000), ("Garcia", "MX", "19", 25.81, -100.59, 90_000),
          ("Monterrey", "MX", "19", 25.67, -100.31, 1_100_000),
          ("Sanaa", "YE", "26", 15.35, 44.21, 1_900_000), ("Sayyan", "YE", "25", 15.17, 44.32, 5_000),
          ("Baghdad", "IQ", "07", 33.34, 44.40, 7_000_000), ("Baqubah", "IQ", "10", 33.75, 44.64, 150_000),
          ("Samarra", "IQ", "18", 34.20, 43.87, 150_000),
          ("Zanbur", "IQ", "10", 33.90, 45.10, 3_000)]
_ADMIN1 = {("BD", "84"): "Chittagong", ("BD", "81"): "Dhaka", ("MX", "27"): "Sonora", ("MX", "21"): "Puebla",
           ("MX", "30"): "Veracruz", ("MX", "07"): "Coahuila", ("MX", "19"): "Nuevo Leon",
           ("YE", "26"): "Amanat al Asimah", ("YE", "25"): "Sanaa", ("IQ", "07"): "Baghdad", ("IQ", "10"): "Diyala",
           ("IQ", "18"): "Salah al-Din"}
_COUNTRIES = {"BD": {"name": "Bangladesh", "capital": "Dhaka"}, "MX": {"name": "Mexico", "capital": "Mexico City"},
              "YE": {"name": "Yemen", "capital": "Sanaa"}, "IQ": {"name": "Iraq", "capital": "Baghdad"}}


@pytest.fixture(scope="module")
def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _ADMIN1)


def _place(world: GazetteerIndex, text: str, country: str, labels: dict[str, str] | None = None):
    geocoder = Geocoder(world)
    doc = EntityLabels(text, labels) if labels else None
    return geocoder.event_place(geocoder.analyse(text, doc=doc, country=country), (0, len(text)), text=text)


def test_an_upazila_and_its_bracketed_town_hold_a_village(world: GazetteerIndex):
    text = "Six people were hurt in an attack at Karimpur village of Lalbagh upazila (Comilla) on Monday."
    place = _place(world, text, "Bangladesh", {"Comilla": "PERSON"})  # the parser's person: the bracket says town
    assert (place.admin1, place.location, place.unresolved, place.geo_precision) == ("Chittagong", "Karimpur", True, 2)
    assert (place.latitude, place.longitude) == (23.46, 91.18)


def test_a_person_in_a_bracket_after_no_type_word_stays_a_person(world: GazetteerIndex):
    text = "Workers protested in Dhaka on Monday, the union leader (Comilla) said."
    place = _place(world, text, "Bangladesh", {"Comilla": "PERSON"})
    assert place.location == "Dhaka"


def test_a_spanish_name_written_with_its_de(world: GazetteerIndex):
    place = _place(world, "Two armed men attacked a man in San Andres de Tuxtla, Veracruz, on Thursday.", "Mexico")
    assert (place.admin1, place.location, place.geo_precision) == ("Veracruz", "San Andres Tuxtla", 1)


def test_the_stated_province_picks_the_namesake_inside_it(world: GazetteerIndex):
    text = "On the road that connects Esperanza to Tehuacan, Puebla, gunmen shot the son of a former mayor."
    place = _place(world, text, "Mexico")
    assert (place.admin1, place.location, place.latitude) == ("Puebla", "Esperanza", 18.86)


@pytest.mark.parametrize("text", [
    "In Garcia municipality, Nuevo Leon, a man was found beaten and blindfolded on the road to Saltillo.",
    "A man was found beaten in Garcia, Nuevo Leon, at the turn-off to Saltillo.",
])
def test_where_a_road_leads_is_not_the_place(world: GazetteerIndex, text: str):
    assert _place(world, text, "Mexico").location == "Garcia"


def test_a_road_leading_to_a_town_alone_is_near_it(world: GazetteerIndex):
    place = _place(world, "A man was found dead on the road to Saltillo.", "Mexico")
    assert (place.location, place.geo_precision) == ("Saltillo", 2)


def test_a_road_between_two_towns_yields_to_the_village_near_it(world: GazetteerIndex):
    text = "Militants attacked the highway between Baghdad and Baqubah near the village of Tell Hamid in Samarra."
    place = _place(world, text, "Iraq")
    assert (place.admin1, place.location) == ("Salah al-Din", "Tell Hamid")
    alone = _place(world, "Gunmen attacked a truck on the road between Baghdad and Baqubah.", "Iraq")
    assert (alone.location, alone.geo_precision) == ("Baghdad", 2)


def test_a_city_outside_the_province_of_its_name_is_the_province(world: GazetteerIndex):
    text = "Air raids were reported on Beit Harith area in the east of Sanaa (Khwlan, Sanaa) on Wednesday."
    place = _place(world, text, "Yemen")
    assert (place.admin1, place.location) == ("Sanaa", "Beit Harith")


def test_a_body_after_in_is_not_a_place(world: GazetteerIndex):
    text = "A bomb exploded at the home of an officer in Swift Response force in Umm Tina village in Samarra."
    place = _place(world, text, "Iraq")
    assert (place.admin1, place.location) == ("Salah al-Din", "Umm Tina")


def test_in_the_province_of_beats_the_town_it_lies_north_of(world: GazetteerIndex):
    text = "Families were expelled from their villages in the disputed Province of Salah al-Din, north of Baghdad."
    assert _place(world, text, "Iraq").admin1 == "Salah al-Din"


@pytest.mark.parametrize(("text", "cut", "whole"), [
    ("A drone strike by NATO forces [assumed US] killed 1 civilian in X village. Police said.", 29, 74),
    ("Police shot two men smuggling illegal\nKhat in Bura town. Two died.", 37, 56),
    ("A finished sentence. Another one.", 20, 20),
    ("Headline without a stop\n\nBody text follows here.", 23, 23),
])
def test_a_sentence_the_parser_ends_early_runs_to_its_full_stop(text: str, cut: int, whole: int):
    assert whole_sentence(text, 0, cut) == (0, whole)


def test_a_province_then_its_country_is_no_list(world: GazetteerIndex):
    text = "A rocket exploded in Nuevo Leon village, Tehuacan district of Puebla, Mexico, on Monday."
    place = _place(world, text, "Mexico")  # (the village named like another state is no state here)
    assert (place.admin1, place.location) == ("Puebla", "Nuevo Leon")


def test_a_city_the_text_calls_a_city_is_not_its_namesake_province(world: GazetteerIndex):
    text = "Gunmen seized a mall in Al Qa area of Sanaa city (Al Qa, Amanat al Asimah) on Thursday."
    place = _place(world, text, "Yemen")
    assert (place.admin1, place.location) == ("Amanat al Asimah", "Al Qa")


def test_a_bracket_after_a_town_holds_the_province_named_like_its_seat(world: GazetteerIndex):
    text = "Workers blocked roads in Tlacotepec (Puebla) to demand permanent jobs."
    place = _place(world, text, "Mexico", {"Tlacotepec": "PERSON", "Puebla": "PERSON"})
    assert (place.admin1, place.location, place.unresolved) == ("Puebla", "Tlacotepec", True)


def test_an_unnamed_unit_is_named_after_its_town_that_iso_names_a_subdivision(
        small_world: Callable[..., GazetteerIndex]):
    towns = [("Port of Spain", "TT", "05", 10.66, -61.52, 50_000), ("Sangre Grande", "TT", "SGE", 10.59, -61.13, 16_000)]
    index = small_world(towns, {"TT": {"name": "Trinidad and Tobago", "capital": "Port of Spain"}}, {})
    place = _place(index, "A police officer was shot in Sangre Grande on Friday.", "Trinidad and Tobago")
    assert (place.admin1, place.location) == ("Sangre Grande", "Sangre Grande")


def test_a_village_in_a_district_is_no_namesake_in_another_province(world: GazetteerIndex):
    text = "A roadside bomb wounded two civilians in the Zanbur village in Samarra district on Sunday."
    place = _place(world, text, "Iraq")  # (the only Zanbur the index knows lies in Diyala)
    assert (place.admin1, place.location, place.unresolved, place.geo_precision) == ("Salah al-Din", "Zanbur", True, 2)


def test_the_province_a_place_is_in_beats_the_one_it_borders(world: GazetteerIndex):
    text = "Forces shelled areas in Tell Kanan in Salah al-Din province, straddling the border with Diyala province."
    place = _place(world, text, "Iraq", {"Tell Kanan": "GPE"})
    assert place.admin1 == "Salah al-Din"


def test_the_second_slot_of_a_bracket_holds_a_district_the_parser_calls_a_person(
        small_world: Callable[..., GazetteerIndex]):
    towns = [("Fada", "BF", "78", 12.06, 0.36, 40_000, ["Gourma"]), ("Ouagadougou", "BF", "53", 12.37, -1.53, 1_500_000)]
    index = small_world(towns, {"BF": {"name": "Burkina Faso", "capital": "Ouagadougou"}},
                        {("BF", "78"): "Est", ("BF", "53"): "Centre"}, {0: "Gourma"})
    text = "Militants took control of the village of Zanre (Kouare, Gourma) on Saturday."
    place = _place(index, text, "Burkina Faso", {"Gourma": "PERSON"})
    assert (place.admin1, place.location, place.unresolved) == ("Est", "Zanre", True)
