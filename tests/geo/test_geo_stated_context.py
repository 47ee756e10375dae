"""Never invent a place (issue 15, round 8): a small namesake outside every province the text names loses to the
stated context, a street, building or company the index lacks yields to the known town that holds it, towns
listed after commas are members of the list, not each other's holders, and the dateline votes for the country.
Over a small registry-like world of invented towns (the registry functions are replaced by fixtures); every
sentence is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.lists import list_members
from eventcoder.geo.resolver import Geocoder

from entity_labels import EntityLabels

# (name, country, admin1 code, latitude, longitude, population)
_TOWNS = [("Riverton", "US", "TX", 29.70, -95.40, 2_000_000), ("Block", "US", "TN", 35.90, -84.60, 900),
          ("Midtown", "US", "TN", 35.80, -84.50, 1_300), ("Millbrook", "US", "TX", 30.20, -95.90, 40_000),
          ("Hilltown", "US", "TX", 29.55, -95.30, 30_000), ("Springfield", "US", "IL", 39.80, -89.60, 700_000),
          ("Springfield", "GB", "ENG", 51.50, -0.50, 30_000), ("Springfield", "AU", "NSW", -33.80, 151.00, 20_000),
          ("Springfield", "NZ", "AUK", -36.80, 174.70, 1_000), ("Farland", "FR", "IDF", 48.80, 2.30, 400_000),
          ("Alphaville", "KE", "01", -0.10, 34.75, 400_000), ("Betatown", "KE", "02", 0.52, 35.27, 470_000),
          ("Gammaford", "KE", "03", -0.30, 36.07, 570_000), ("Deltaport", "KE", "04", -4.05, 39.66, 1_200_000),
          ("Bigcity", "NG", "LA", 6.45, 3.39, 9_000_000), ("Capitalia", "NG", "FC", 9.06, 7.49, 2_600_000),
          ("Thirdtown", "NG", "KN", 12.00, 8.52, 3_000_000), ("Fourthport", "NG", "RV", 4.78, 7.01, 2_000_000)]
_ADMIN1 = {("US", "TX"): "Texas", ("US", "TN"): "Tennessee", ("US", "IL"): "Illinois", ("GB", "ENG"): "England",
           ("AU", "NSW"): "New South Wales", ("NZ", "AUK"): "Auckland", ("FR", "IDF"): "Ile-de-France",
           ("KE", "01"): "West", ("KE", "02"): "Rift", ("KE", "03"): "Lakes", ("KE", "04"): "Coast",
           ("NG", "LA"): "Lagoon", ("NG", "FC"): "Capital Territory", ("NG", "KN"): "North", ("NG", "RV"): "Delta"}
_COUNTRIES = {"US": {"name": "United States", "capital": "Washington"}, "GB": {"name": "United Kingdom"},
              "AU": {"name": "Australia"}, "NZ": {"name": "New Zealand"}, "FR": {"name": "France"},
              "KE": {"name": "Kenya"}, "NG": {"name": "Nigeria"}}


@pytest.fixture(scope="module")
def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _ADMIN1)


def _place(world: GazetteerIndex, text: str, country: str | None = "United States",
           sentence: tuple[int, int] | None = None):
    geocoder = Geocoder(world)
    return geocoder.event_place(geocoder.analyse(text, country=country), sentence or (0, len(text)), text=text)


def test_a_hamlet_in_another_state_loses_to_the_town_the_text_names(world: GazetteerIndex):
    place = _place(world, "A man was shot outside a bar in Midtown Riverton on Friday.")
    assert (place.location, place.admin1) == ("Riverton", "Texas")


def test_a_quarter_named_like_a_hamlet_elsewhere_is_coded_to_its_town(world: GazetteerIndex):
    place = _place(world, "A mob burned a shop in Block 12 of Riverton on Monday.")
    # the quarter keeps its name, at the town that holds it, never at the hamlet in Tennessee
    assert (place.admin1, place.latitude, place.longitude) == ("Texas", 29.70, -95.40)


def test_a_hamlet_in_a_state_the_text_names_is_kept(world: GazetteerIndex):
    place = _place(world, "Police dispersed a crowd in Midtown, Tennessee, on Friday.")
    assert (place.location, place.admin1) == ("Midtown", "Tennessee")


def test_a_building_the_text_puts_in_a_town_keeps_its_name_at_that_town(world: GazetteerIndex):
    place = _place(world, "Protesters rallied outside Pemberton Tower in Millbrook on Sunday.")
    assert (place.location, place.admin1, place.unresolved) == ("Pemberton Tower", "Texas", True)
    assert (place.latitude, place.longitude) == (30.20, -95.90)


def test_a_building_in_a_later_sentence_is_in_the_documents_town_of_that_state(world: GazetteerIndex):
    text = "The march began in Millbrook, Texas. It ended outside Pemberton Tower, where police made arrests."
    second = text.index("It ended")
    place = _place(world, text, sentence=(second, len(text)))
    assert (place.location, place.admin1, place.unresolved) == ("Millbrook", "Texas", False)
    assert (place.latitude, place.longitude) == (30.20, -95.90)


def test_a_company_is_not_a_place(world: GazetteerIndex):
    place = _place(world, "Workers at Acmecorp's appliance plant in Millbrook went on strike on Monday.")
    assert (place.location, place.geo_precision, place.unresolved) == ("Millbrook", 1, False)


def test_a_road_near_a_town_is_coded_to_the_town_at_precision_2(world: GazetteerIndex):
    place = _place(world, "Farmers blocked the Coastal Highway near Millbrook on Tuesday.")
    assert (place.location, place.geo_precision, place.unresolved) == ("Millbrook", 2, False)


def test_a_named_site_keeps_its_name(world: GazetteerIndex):
    place = _place(world, "Rebels attacked the Redrock Army Camp near Millbrook on Tuesday.")
    assert place.location == "Redrock Army Camp" and place.unresolved


def test_a_town_held_by_the_next_name_takes_its_in(world: GazetteerIndex):
    place = _place(world, "The violence spread to neighbouring Hilltown in Riverton district on Monday.")
    assert place.location == "Hilltown"


def test_towns_listed_after_commas_are_all_members(world: GazetteerIndex):
    geocoder = Geocoder(world)
    text = "Demonstrations also took place in Deltaport, Alphaville, Betatown and Gammaford on Tuesday."
    places = geocoder.analyse(text, country="Kenya")
    chosen = next(r for r in places.toponyms if r.toponym.text == "Deltaport")
    members = [r.toponym.text for r in list_members(chosen, places.toponyms, text)]
    assert members == ["Alphaville", "Betatown", "Gammaford"]


def test_a_city_larger_than_the_next_one_is_no_quarter_of_it(world: GazetteerIndex):
    geocoder = Geocoder(world)
    text = "Protesters marched in Bigcity, Capitalia, Thirdtown and Fourthport on Thursday."
    places = geocoder.analyse(text, country="Nigeria")
    first = places.toponyms[0]
    assert (first.toponym.text, first.place.name, first.toponym.notes.get("unresolved")) == ("Bigcity", "Bigcity", None)


def test_the_dateline_votes_for_the_country(world: GazetteerIndex):
    geocoder = Geocoder(world)
    text = "SPRINGFIELD (AP) - Hundreds rallied at the statehouse on Saturday, calling for peace in Farland."
    assert geocoder.analyse(text).country == "FR"  # (without the dateline, a name of towns in three countries)
    assert geocoder.analyse(text, dateline=(0, len("SPRINGFIELD"))).country == "US"


def test_a_name_in_a_countrys_possessive_province_is_held_by_that_province(world: GazetteerIndex):
    text = "Gunmen killed ten people on the outskirts of Stonecreek in France's Ile-de-France region on Saturday."
    geocoder = Geocoder(world)  # (the parser reads "Stonecreek in France's" as one organisation's name)
    places = geocoder.analyse(text, country="France", doc=EntityLabels(text, {"Stonecreek in France's": "ORG"}))
    place = geocoder.event_place(places, (0, len(text)), text=text)
    assert (place.location, place.admin1, place.unresolved) == ("Stonecreek", "Ile-de-France", True)


def test_a_side_is_not_a_place(world: GazetteerIndex):
    geocoder = Geocoder(world)
    text = "Jets destroyed two radar sites in Greenband-controlled areas of Millbrook on Saturday."
    names = [r.toponym.text for r in geocoder.analyse(text, country="United States").toponyms]
    assert "Greenband" not in names


def test_a_town_a_nationality_puts_abroad_is_not_coded_at_home(world: GazetteerIndex):
    text = "Fighting went on in Millbrook. The group also launched drones at the French city of Portvale."
    portvale = next(r for r in Geocoder(world).analyse(text, country="United States").toponyms
                    if r.toponym.text == "Portvale")
    assert (portvale.place.kind, portvale.place.country) == ("country", "FR")


def test_a_city_the_parser_calls_a_person_is_kept_in_a_list(world: GazetteerIndex):
    text = "Protesters marched in Bigcity, Capitalia, Thirdtown and Fourthport on Thursday."
    labels = EntityLabels(text, {"Bigcity": "GPE", "Capitalia": "PERSON", "Thirdtown": "GPE", "Fourthport": "GPE"})
    names = [r.toponym.text for r in Geocoder(world).analyse(text, country="Nigeria", doc=labels).toponyms]
    assert "Capitalia" in names
