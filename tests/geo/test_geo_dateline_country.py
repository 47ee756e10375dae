"""A dateline that states its country ("SPRINGFIELD, Australia (AP) -") files the story in that country: its place
is that country's namesake, never a larger one abroad, and the document's country follows it (reader 3, C1); the
body's own place beats the dateline when the name is a foreign namesake's start or a coast (C2).
Over a small registry-like world of invented towns; every sentence is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder

from entity_labels import EntityLabels

# (name, country, admin1 code, latitude, longitude, population)
_TOWNS = [("Springfield", "US", "IL", 39.80, -89.60, 700_000), ("Springfield", "AU", "NSW", -33.80, 151.00, 150_000),
          ("Springfield", "NZ", "AUK", -36.80, 174.70, 120_000), ("Riverton", "US", "TX", 29.70, -95.40, 2_000_000),
          ("Farland", "FR", "IDF", 48.80, 2.30, 400_000)]
_ADMIN1 = {("US", "IL"): "Illinois", ("US", "TX"): "Texas", ("AU", "NSW"): "New South Wales", ("NZ", "AUK"): "Auckland",
           ("FR", "IDF"): "Ile-de-France"}
_COUNTRIES = {"US": {"name": "United States", "capital": "Washington"}, "AU": {"name": "Australia"},
              "NZ": {"name": "New Zealand"}, "FR": {"name": "France"}}


@pytest.fixture(scope="module")
def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _ADMIN1)


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("SPRINGFIELD, Australia (AP) - Gunmen shot dead two workers in an unnamed hamlet on Monday.", "AU", "New South Wales"),
    ("SPRINGFIELD, New Zealand (Stuff) \u2014 Protesters blocked a road near the port on Monday.", "NZ", "Auckland"),
    ("SPRINGFIELD, Australia, March 3 - Farmers marched through the town on Monday.", "AU", "New South Wales"),
])
def test_the_datelines_stated_country_holds_its_place(world: GazetteerIndex, text: str, country: str, admin1: str) -> None:
    geocoder = Geocoder(world)
    dateline = (0, len("SPRINGFIELD"))
    places = geocoder.analyse(text, dateline=dateline)
    assert places.country == country
    filed = geocoder.dateline_place(places, *dateline, text)
    assert filed is not None and (filed.place.country, filed.place.admin1) == (country, admin1)


def test_without_a_stated_country_the_largest_namesake_still_votes(world: GazetteerIndex) -> None:
    text = "SPRINGFIELD (AP) - Hundreds rallied at the statehouse on Saturday."
    assert Geocoder(world).analyse(text, dateline=(0, len("SPRINGFIELD"))).country == "US"


@pytest.mark.parametrize(("text", "name"), [
    ("SPRINGFIELD, Australia (AP) - Gunmen shot dead two workers in Farland Jaya regency on Monday.", "Farland Jaya"),
    ("SPRINGFIELD, Australia (AP) - Gunmen burned houses near Farland Hills village on Monday.", "Farland Hills"),
    ("SPRINGFIELD, Australia (AP) - Rebels attacked a post in Farland Baru district on Monday.", "Farland Baru"),
])
def test_a_foreign_name_that_is_only_the_start_of_a_longer_one_leaves_it_named_at_home(
        world: GazetteerIndex, text: str, name: str) -> None:
    geocoder = Geocoder(world)
    places = geocoder.analyse(text, dateline=(0, len("SPRINGFIELD")))
    place = geocoder.event_place(places, (0, len(text)), text=text)
    assert place is not None and place.country == "Australia"
    assert (place.location, place.unresolved) == (name, True)


@pytest.mark.parametrize("text", [
    "Gunmen abducted two fishermen off the coast of Farland on Monday.",
    "Pirates seized a trawler off the coast of Farland, the navy said.",
    "Rebels fired on a patrol boat on the coast of Farland on Monday.",
])
def test_a_coast_is_a_place_though_the_parser_calls_it_a_person(
        world: GazetteerIndex, text: str) -> None:
    geocoder = Geocoder(world)
    labels = EntityLabels(text, {"Farland": "PERSON"})
    places = geocoder.analyse(text, doc=labels, country="France")
    place = geocoder.event_place(places, (0, len(text)), text=text)
    assert place is not None and place.location == "Farland"
