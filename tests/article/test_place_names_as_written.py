"""Place names as wire copy and translated press write them: French joined names, a country's possessive that
places, Mali's cercles, oblasts, named roads, and the regions France has had since 2016. Sentences written for
these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def events(pipeline: Pipeline, text: str, country: str | None = None):
    return read(pipeline, text, published="2026-03-05", country=country).events


@pytest.mark.parametrize("text", [
    "Gunmen attacked a police station in Port-au-Prince on Monday.",
    "Hundreds of protesters marched in Port-au-Prince on Monday against the transitional council.",
])
def test_a_french_name_joined_by_au_is_one_name(pipeline: Pipeline, text: str) -> None:
    (event,) = events(pipeline, text)
    assert (event.country, event.location) == ("Haiti", "Port-au-Prince")


def test_a_countrys_possessive_before_a_region_places_the_story(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Separatist fighters killed two gendarmes at a checkpoint in Bali Nyonga, in "
                                "Cameroon's North-West region, on Wednesday.")
    assert event.country == "Cameroon"


def test_a_countrys_possessive_before_a_body_does_not(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Australia's Defence Department said its jets struck a target near Deir Ezzor on "
                                "Monday.")
    assert event.country == "Syria"


@pytest.mark.parametrize("text", [
    "The positions of the Malian Armed Forces in Boni, circle of Douentza, were the target of a complex attack on "
    "Sunday.",
    "Jihadists attacked the army camp in Boni, in the Douentza circle, on Sunday.",
])
def test_a_town_the_index_lacks_in_a_cercle_stays_named_and_is_held_by_it(pipeline: Pipeline, text: str) -> None:
    (event,) = events(pipeline, text, "Mali")
    assert (event.location, event.admin1, event.geo_precision) == ("Boni", "Mopti", 2)  # (no Bonn in Germany)
    assert [s.text for s in event.evidence["location_unresolved"]] == ["Boni"]


def test_oblasts_listed_are_provinces_not_their_capitals(pipeline: Pipeline) -> None:
    found = events(pipeline, "Russia launched 52 drones overnight against Kharkiv and Dnipropetrovsk oblasts, the "
                             "air force said on Monday.", "Ukraine")
    assert sorted((e.admin1, e.geo_precision) for e in found) == [("Dnipropetrovsk", 3), ("Kharkiv", 3)]


def test_a_named_highway_is_no_place_the_region_around_it_is(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Protesters blocked the Pan-American highway at several points in the southern Puno "
                                "region on Monday.", "Peru")
    assert event.location != "Pan-American" and event.admin1 == "Puno"


@pytest.mark.parametrize(("town", "region"), [("Toulouse", "Occitanie"), ("Lille", "Hauts-de-France"),
                                              ("Strasbourg", "Grand Est"), ("Bordeaux", "Nouvelle-Aquitaine")])
def test_french_towns_are_in_the_regions_of_2016(pipeline: Pipeline, town: str, region: str) -> None:
    (event,) = events(pipeline, f"Farmers blocked roads with tractors in {town} on Monday to protest fuel prices.",
                      "France")
    assert event.admin1 == region


def test_a_march_through_a_city_the_parser_calls_a_person_is_in_that_city(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Tens of thousands of students marched peacefully through Novi Sad on Saturday "
                                "demanding accountability.", "Serbia")
    assert event.location == "Novi Sad"
