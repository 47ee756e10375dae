"""What the text says about where a place lies: "Town, Province", "X village in Y district", named ranges
that span provinces, streets and quarters the gazetteer cannot know, and ASCII output names."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.geo.finder import find_toponyms
from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder
from eventcoder.geo.store import add_dump

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory: pytest.TempPathFactory) -> Geocoder:
    """Bundled Iraq data plus villages sharing a name across provinces (Tall Zahra in Dhi Qar and Kirkuk)."""
    folder = tmp_path_factory.mktemp("namesakes")
    _, index = add_dump(FIXTURES / "IQ-namesakes.txt", folder, admin1_codes=FIXTURES / "admin1-mini.txt",
                        include_registry=False)
    return Geocoder(index)


def place_of(geocoder: Geocoder, text: str, country: str | None = "Iraq"):
    places = geocoder.analyse(text, country=country)
    return geocoder.event_place(places, (0, len(text)), text=text)


@pytest.mark.parametrize(("province", "latitude"), [("Kirkuk", 35.3), ("Dhi Qar", 31.3)])
def test_province_after_a_town_picks_the_namesake_inside_it(namesakes: Geocoder, province: str, latitude: float):
    place = place_of(namesakes, f"Gunmen attacked a checkpoint in Tall Zahra, {province}, on Monday.")
    assert place.admin1 == province and place.latitude == pytest.approx(latitude)
    assert place.location == "Qaryat Tall Zahra" and place.geo_precision == 1


def test_a_known_name_that_starts_a_longer_one_is_still_held(namesakes: Geocoder):
    text = "Two men were found dead in Umm Rawan Sharqi, Kirkuk, on Monday."
    place = place_of(namesakes, text)
    # the name the text gives stays the location, coded where Kirkuk is, and flagged for an analyst
    assert place.admin1 == "Kirkuk" and place.location == "Umm Rawan" and place.confidence <= 0.5 and place.unresolved
    assert text[place.span.start:place.span.end] == "Umm Rawan"


def test_town_known_only_in_another_province_stands_for_the_named_province(namesakes: Geocoder):
    text = "Mortars fell near Umm Rawan, Kirkuk. Later, shots were heard near Umm Rawan."
    place = place_of(namesakes, text)
    assert place.admin1 == "Kirkuk" and place.location == "Umm Rawan" and place.confidence <= 0.5 and place.unresolved
    assert text[place.span.start:place.span.end] == "Umm Rawan"
    later = namesakes.analyse(text, country="Iraq").toponyms[-1]
    assert later.place.admin1 == "Kirkuk"  # the document's other mention of the name follows


def test_unknown_town_before_a_province_gives_the_province(geocoder: Geocoder):
    place = place_of(geocoder, "Protesters blocked the main road in Souairi, Dhi Qar on Sunday.")
    assert place.admin1 == "Dhi Qar" and place.location == "Souairi" and place.geo_precision == 2 and place.unresolved
    assert (place.latitude, place.longitude) == _coordinates(geocoder, "Nasiriyah")  # the province's seat


def test_unknown_district_in_parentheses_reads_the_province(geocoder: Geocoder):
    place = place_of(geocoder, "Airstrikes hit a desert area (Wadi Abu Foo, Anbar) on Monday.")
    assert place.admin1 == "Anbar" and place.location == "Wadi Abu Foo" and place.geo_precision == 2 and place.unresolved
    assert (place.latitude, place.longitude) == _coordinates(geocoder, "Ramadi")


def test_a_list_of_provinces_is_not_a_town_and_its_province(geocoder: Geocoder):
    place = place_of(geocoder, "Thousands protested in Kut, Basra and Najaf on Friday.")
    assert place.admin1 == "Wasit" and place.location == "Kut" and place.geo_precision == 1


def test_village_in_a_district_in_a_province(namesakes: Geocoder):
    place = place_of(namesakes, "Fields were burned in Tall Zahra village in Dibis district in Kirkuk province.")
    assert place.admin1 == "Kirkuk" and place.latitude == pytest.approx(35.3)


def test_quarter_of_a_town_named_like_a_city(geocoder: Geocoder):
    place = place_of(geocoder, "Residents of Baghdad neighborhood in Basra city protested over services.")
    # a quarter of Basra called Baghdad: named as the text names it, coded to Basra
    assert place.admin1 == "Basra" and place.location == "Baghdad" and place.unresolved
    assert (place.latitude, place.longitude) == _coordinates(geocoder, "Basra")


def test_range_takes_the_province_the_text_names(geocoder: Geocoder):
    place = place_of(geocoder, "The PMF killed a militant near the Hamrin mountains in Diyala province.")
    assert place.admin1 == "Diyala" and place.location == "Hamrin Mountains" and place.geo_precision == 2
    assert place_of(geocoder, "Airstrikes hit IS hideouts in the Hamrin mountains.").admin1 == "Salah al-Din"


def test_province_word_keeps_the_province_over_its_capital(geocoder: Geocoder):
    place = place_of(geocoder, "Turkish jets struck the Gara mountain in the Duhok province.")
    assert place.location == "Gara Mountain" and place.admin1 == "Duhok"
    place = place_of(geocoder, "Clashes were reported in the Duhok province.")
    assert place.geo_precision == 3


def test_quarter_and_street_names_do_not_match_towns(bundled_index: GazetteerIndex):
    text = "A man was found dead in Colonia Kut Nueva and another on Rue Basra in Najaf."
    assert [t.text for t in find_toponyms(text, bundled_index, country="IQ")] == ["Najaf"]


def test_output_names_are_plain_ascii(namesakes: Geocoder):
    place = place_of(namesakes, "An IED exploded in the village of Kani Suran, Kirkuk.")
    assert place.location == "Kani Suran" and place.admin1 == "Kirkuk"


def test_a_neighbourhood_area_is_the_neighbourhood(geocoder: Geocoder):
    place = place_of(geocoder, "Rockets landed on houses in the Karrada area of Baghdad.")
    assert place.location == "Karrada" and place.geo_precision == 1
    assert place_of(geocoder, "IS militants attacked a checkpoint in the Jalawla area.").geo_precision == 2


def test_a_political_family_name_is_not_a_place(namesakes: Geocoder):
    text = "Followers gathered in Najaf, denouncing the statements towards Al-Sadr."
    assert [t.toponym.text for t in namesakes.analyse(text, country="Iraq").toponyms] == ["Najaf"]
    assert place_of(namesakes, "Gunmen raided Qaryat as Sadr at dawn.").location == "Qaryat as Sadr"


@pytest.mark.parametrize("text", ["An airstrike hit a cave in a desert area southwest Hatra.",
                                  "Gunmen killed two shepherds in the Rutba desert."])
def test_compass_point_without_of_and_desert_are_precision_2(geocoder: Geocoder, text: str):
    assert place_of(geocoder, text).geo_precision == 2


def _coordinates(geocoder: Geocoder, name: str) -> tuple[float, float]:
    town = next(p for p in geocoder.gazetteer.lookup(name) if p.country == "IQ" and p.kind == "city")
    return town.latitude, town.longitude
