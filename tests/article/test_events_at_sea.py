"""Events at sea (issue 14, reader 5 A4): a sea is no place on land, a ship's name and flag are no place, and an
attack at sea is coded to the coast of the state that takes part (ACLED codes events at sea to the nearest
coast). Sentences written for these tests."""

from __future__ import annotations

import pytest
from reading import read

from eventcoder.geo.waters import coastal_states, water_named
from eventcoder.pipeline import Pipeline


@pytest.mark.parametrize(("text", "water"), [
    ("a tanker was hit in the Red Sea on Monday", "Red Sea"),
    ("ships leaving the Gulf of Aden", "Gulf of Aden"),
    ("a drone over the Bab el-Mandeb strait", "Bab el-Mandeb"),
    ("a protest in Port Sudan, in Red Sea state", None),
    ("the Red Sea Governorate's capital", None),
])
def test_water_bodies_are_read_as_water(text: str, water: str | None) -> None:
    found = water_named(text)
    assert (found.group(0) if found else None) == water


def test_coasts_of_a_sea() -> None:
    assert "Yemen" in coastal_states("the Red Sea") and "Somalia" in coastal_states("Gulf of Aden")
    assert coastal_states("Lake Kivu") == ()


@pytest.mark.parametrize("text", [
    "Houthi fighters fired two missiles at a Panamanian-flagged bulk carrier in the Red Sea on Monday.",
    "The Houthis said on Monday they had launched a drone at the tanker Nordic Star in the Gulf of Aden.",
])
def test_a_houthi_attack_at_sea_is_coded_to_yemen(pipeline: Pipeline, text: str) -> None:
    (event,) = read(pipeline, text).events
    assert event.country == "Yemen" and event.geo_precision == 3 and event.location is None
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Yemen")


def test_a_foreign_navy_at_sea_is_coded_to_the_coast_of_its_target(pipeline: Pipeline) -> None:
    (event,) = read(pipeline, "US warplanes struck two Houthi boats in the Red Sea on Monday.").events
    assert event.country == "Yemen"
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of the United States")


def test_a_land_unit_named_after_a_sea_stays_on_land(pipeline: Pipeline) -> None:
    (event,) = read(pipeline, "Hundreds of traders protested in Port Sudan, in Red Sea state, on Monday.").events
    assert event.country == "Sudan" and event.location == "Port Sudan"
