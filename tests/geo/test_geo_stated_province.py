"""The province a sentence states holds the sentence's other places, before it as after it; "(UP)" states
Uttar Pradesh, and a province's ISO 3166-2 code ends a place's bracket ("(Malappuram, KL)") (issue 15), over a small registry-like world (the registry functions are replaced by fixtures)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder

# (name, country, admin1 code, latitude, longitude, population, admin2 name or None)
_TOWNS = [("Hamirpur", "IN", "36", 25.95, 80.15, 50_000, None), ("Lucknow", "IN", "36", 26.85, 80.95, 2_800_000, None),
          ("Pratapgarh", "IN", "36", 25.90, 81.95, 30_000, None), ("Pratapgarh", "IN", "24", 24.03, 74.78, 45_000, None),
          ("Jaipur", "IN", "24", 26.92, 75.79, 3_000_000, None),
          ("Rapar", "IN", "09", 23.57, 70.64, 25_000, None), ("Bhuj", "IN", "09", 23.25, 69.67, 150_000, None),
          ("New Delhi", "IN", "07", 28.61, 77.21, 300_000, None),
          ("Muzaffarabad", "PK", "06", 34.37, 73.47, 700_000, None),
          ("Thiruvananthapuram", "IN", "13", 8.50, 76.95, 950_000, None), ("Palwal", "IN", "10", 28.14, 77.33, 130_000, None)]
_ADMIN1 = {("PK", "06"): "Azad Jammu and Kashmir", ("IN", "36"): "Uttar Pradesh", ("IN", "24"): "Rajasthan", ("IN", "09"): "Gujarat", ("IN", "07"): "NCT",
           ("IN", "13"): "Kerala", ("IN", "10"): "Haryana"}
_COUNTRIES = {"IN": {"name": "India", "capital": "New Delhi"}, "PK": {"name": "Pakistan", "capital": "Islamabad"}}


@pytest.fixture(scope="module")
def india(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _ADMIN1)


def _place(world: GazetteerIndex, text: str, sentence: tuple[int, int] | None = None, country: str = "India"):
    geocoder = Geocoder(world)
    return geocoder.event_place(geocoder.analyse(text, country=country), sentence or (0, len(text)), text=text)


def test_a_namesake_before_the_stated_province_is_not_the_place(india: GazetteerIndex):
    text = "Men attacked a family with sharp weapons in Hamirpur village near Rapar town (Kachchh, Gujarat), killing five."
    place = _place(india, text)
    # the village the index knows only in Uttar Pradesh keeps its name, coded near the town the text puts it by
    assert (place.admin1, place.location, place.unresolved) == ("Gujarat", "Hamirpur", True)
    assert (place.latitude, place.longitude) == (23.57, 70.64)


def test_the_stated_province_holds_only_its_own_sentence(india: GazetteerIndex):
    text = "A family was attacked in Rapar town (Kachchh, Gujarat). In Hamirpur, police arrested two men on Monday."
    second = text.index("In Hamirpur")
    place = _place(india, text, (second, len(text)))
    assert (place.admin1, place.location, place.unresolved) == ("Uttar Pradesh", "Hamirpur", False)


def test_a_sentence_stating_two_provinces_narrows_neither(india: GazetteerIndex):
    text = "Police raided Hamirpur and clashes were reported in Rapar (Kachchh, Gujarat) and Jaipur (Jaipur, Rajasthan)."
    toponyms = Geocoder(india).analyse(text, country="India").toponyms
    assert [t.place.admin1 for t in toponyms if t.toponym.text == "Hamirpur"] == ["Uttar Pradesh"]


def test_up_in_capitals_states_uttar_pradesh(india: GazetteerIndex):
    place = _place(india, "Two mobs clashed with each other in Pratapgarh (UP) over a property dispute.")
    assert (place.admin1, place.location, place.latitude) == ("Uttar Pradesh", "Pratapgarh", 25.90)


def test_up_in_lower_case_states_nothing(india: GazetteerIndex):
    place = _place(india, "Up to 30 people protested on Monday, police said.")
    assert (place.admin1, place.location, place.latitude) == (None, None, None)
    assert _place(india, "Up to 30 people protested in Pratapgarh on Monday.").admin1 == "Rajasthan"


def test_an_iso_code_closing_a_bracket_states_the_province(india: GazetteerIndex):
    place = _place(india, "Workers held a protest in Veliyankode village (Malappuram, KL) demanding to go home.")
    assert (place.admin1, place.location, place.unresolved) == ("Kerala", "Veliyankode", True)
    # a misspelt name's loose match in another state gives way to the state the bracket names
    place = _place(india, "Fishermen held a protest in Pulluvila village (Thiruvananthapuram, KL) on Saturday.")
    assert (place.admin1, place.location) == ("Kerala", "Pulluvila")


def test_a_code_outside_a_places_bracket_states_nothing(india: GazetteerIndex):
    place = _place(india, "Protesters gathered in Chennai (AP) and in Pratapgarh, the AP reported.")
    assert place.admin1 == "Rajasthan"
    # an abbreviation that is no ISO code keeps its meaning there ("AJK" is Azad Jammu and Kashmir)
    place = _place(india, "Troops exchanged fire at Hajipir sector area (Haveli district, AJK) on Friday.", country="Pakistan")
    assert place.admin1 == "Azad Jammu and Kashmir"
