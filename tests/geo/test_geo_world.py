"""Places outside Iraq over a small registry-like world (the registry functions are replaced by fixtures):
districts (admin2) built from the registry towns' admin2 names, and the country an adjective of nationality
gives a place ("the Lebanese city of Tripoli")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder

# (name, country, admin1 code, latitude, longitude, population, admin2 name or None)
_TOWNS = [("Guwahati", "IN", "03", 26.18, 91.75, 900_000, "Kamrup Metropolitan"),
          ("Silchar", "IN", "03", 24.83, 92.80, 170_000, "Cachar"), ("Lakhipur", "IN", "03", 24.80, 93.02, 10_000, "Cachar"),
          ("Chandigarh", "IN", "23", 30.73, 76.78, 900_000, None),
          ("Sangrur", "IN", "23", 30.25, 75.84, 90_000, None),  # (the registry gives the seat no district)
          ("Maler Kotla", "IN", "23", 30.53, 75.88, 130_000, "Sangrur"), ("New Delhi", "IN", "07", 28.61, 77.21, 300_000, None),
          ("Rio de Janeiro", "BR", "21", -22.91, -43.17, 6_000_000, "Rio de Janeiro"),
          ("Niteroi", "BR", "21", -22.88, -43.10, 500_000, "Niteroi"),
          ("Joao Pessoa", "BR", "17", -7.12, -34.86, 700_000, "Joao Pessoa"), ("Inga", "BR", "17", -7.28, -35.61, 18_000, "Inga"),
          ("Brasilia", "BR", "07", -15.78, -47.93, 2_200_000, "Brasilia"),
          ("Tripoli", "LY", "77", 32.89, 13.19, 1_100_000, None), ("Tripoli", "LB", "09", 34.44, 35.85, 230_000, None),
          ("Beirut", "LB", "04", 33.89, 35.50, 1_900_000, None),
          ("Santiago", "PH", "01", 16.69, 121.55, 130_000, None), ("Manila", "PH", "NCR", 14.60, 120.98, 1_600_000, None),
          ("Santiago", "CL", "12", -33.46, -70.65, 4_800_000, None),
          ("Algiers", "DZ", "01", 36.73, 3.09, 2_400_000, None), ("Tipaza", "DZ", "55", 36.59, 2.45, 15_000, None)]
_ADMIN1 = {("IN", "03"): "Assam", ("IN", "23"): "Punjab", ("IN", "07"): "NCT", ("BR", "21"): "Rio de Janeiro",
           ("BR", "17"): "Paraiba", ("BR", "07"): "Federal District", ("LY", "77"): "Tripoli", ("LB", "09"): "North",
           ("LB", "04"): "Beirut", ("PH", "01"): "Cagayan Valley", ("PH", "NCR"): "Metro Manila",
           ("CL", "12"): "Santiago Metropolitan",
           ("DZ", "01"): "Tipaza", ("DZ", "55"): "Tipaza"}  # (the registry's vote names Algiers' unit after a neighbour)
_COUNTRIES = {"IN": {"name": "India", "capital": "New Delhi"}, "BR": {"name": "Brazil", "capital": "Brasilia"},
              "LY": {"name": "Libya", "capital": "Tripoli"}, "LB": {"name": "Lebanon", "capital": "Beirut"},
              "PH": {"name": "Philippines", "capital": "Manila"}, "CL": {"name": "Chile", "capital": "Santiago"},
              "DZ": {"name": "Algeria", "capital": "Algiers"}, "IQ": {"name": "Iraq", "capital": "Baghdad"}}


@pytest.fixture(scope="module")
def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _ADMIN1, {i: t[6] for i, t in enumerate(_TOWNS) if t[6]})


def _place(world: GazetteerIndex, text: str, country: str | None):
    geocoder = Geocoder(world)
    return geocoder.event_place(geocoder.analyse(text, country=country), (0, len(text)), text=text)


def test_a_district_the_text_names_is_coded_to_its_largest_town(world: GazetteerIndex):
    place = _place(world, "Unidentified assailants attacked five labourers in Cachar district of Assam.", "India")
    assert (place.admin1, place.admin2, place.location, place.geo_precision) == ("Assam", "Cachar", "Silchar", 2)


def test_a_district_named_like_a_town_of_its_state_is_seated_there(world: GazetteerIndex):
    [district] = [p for p in world.lookup("Sangrur") if p.kind == "admin2"]
    assert (district.seat, district.admin1) == ("Sangrur", "Punjab")
    place = _place(world, "Party workers staged a protest in different areas of Sangrur district (Punjab).", "India")
    assert (place.admin2, place.location) == ("Sangrur", "Sangrur")


def test_an_untyped_name_is_a_town_not_a_far_district(world: GazetteerIndex):
    place = _place(world, "In Niteroi, Rio de Janeiro, police raided the Morro do Palacio, in Inga, and a suspect died.",
                   "Brazil")
    assert (place.admin1, place.location) == ("Rio de Janeiro", "Niteroi")


def test_a_town_outside_iraq_gets_its_district(world: GazetteerIndex):
    place = _place(world, "Protesters blocked a road in Lakhipur on Monday.", "India")
    assert (place.admin2, place.location, place.geo_precision) == ("Cachar", "Lakhipur", 1)


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Demonstrators in the Lebanese city of Tripoli torched banks overnight.", "Lebanon", "North"),
    ("Police fired tear gas at protesters in Santiago, the Chilean capital, on Friday.", "Chile", "Metropolitana"),
    ("Soldiers clashed with rebels near the Philippine town of Santiago.", "Philippines", "Cagayan Valley")])
def test_an_adjective_of_nationality_gives_the_place_its_country(world: GazetteerIndex, text: str, country: str,
                                                                 admin1: str):
    place = _place(world, text, None)
    assert (place.country, place.admin1) == (country, admin1)


def test_without_the_adjective_the_larger_namesake_wins(world: GazetteerIndex):
    assert _place(world, "Demonstrators in Tripoli torched banks overnight.", None).country == "Libya"


def test_a_capital_unit_named_after_a_neighbour_takes_its_capital_name(world: GazetteerIndex):
    assert _place(world, "Police dispersed protesters in Algiers on Friday.", "Algeria").admin1 == "Alger"  # (ISO 3166-2)
    assert _place(world, "Police dispersed protesters in Tipaza on Friday.", "Algeria").admin1 == "Tipaza"


def test_a_district_in_the_bracket_after_a_place_holds_it(world: GazetteerIndex):
    # ("Cachar" untyped elsewhere is no district; in the holder's bracket it is one)
    place = _place(world, "Gunmen attacked the village of Dudpatil (Borkhola, Cachar) on Monday.", "India")
    assert (place.location, place.admin1, place.admin2, place.unresolved) == ("Dudpatil", "Assam", "Cachar", True)
    assert place.latitude is not None
