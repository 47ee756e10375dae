"""Places round 12 (reader 6, issue 14): a quarter or sub-place is not matched to another, bigger place, and an event
told at many unnamed places takes none of them. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def events(pipeline: Pipeline, text: str, country: str | None = None):
    return read(pipeline, text, published="2026-03-05", country=country).events


def test_a_quarter_is_no_city_known_by_a_machine_romanisation(pipeline: Pipeline) -> None:
    # GeoNames gives Rangpur the lower-case romanisation "rampura", the name of Indian towns and of a Dhaka quarter
    (event,) = events(pipeline, "DHAKA - Students set fire to a police box in Rampura on Tuesday, witnesses said.")
    assert (event.country, event.admin1) == ("Bangladesh", "Dhaka")
    assert event.location != "Rangpur"


def test_a_village_steers_by_the_province_other_names_state(pipeline: Pipeline) -> None:
    text = ("CULIACAN - Soldiers exchanged fire with gunmen in the Jesus Maria community on Tuesday. Shops stayed "
            "shut across Culiacan, Sinaloa.")
    event = next(e for e in events(pipeline, text) if e.location == "Jesus Maria")
    assert event.admin1 == "Sinaloa"


def test_a_road_named_by_two_towns_is_the_story_towns(pipeline: Pipeline) -> None:
    text = ("KISUMU - Shops were closed in Kisumu on Wednesday. On Tuesday, traders blocked the Kisumu-Kakamega "
            "road with burning tyres and clashed with police. Later, a truck was set alight in Nyalenda by a mob.")
    found = events(pipeline, text)
    assert found and all(e.admin1 == "Kisumu" for e in found)


def test_a_city_zone_is_no_hamlet_called_zone(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "RIO DE JANEIRO - Police officers shot dead two suspects during a raid in the North "
                                "Zone of Rio de Janeiro on Monday.")
    assert (event.admin1, event.location) == ("Rio de Janeiro", "Rio de Janeiro")


def test_a_complexo_is_a_quarter_not_a_town_of_its_name(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "RIO DE JANEIRO - A police raid against drug gangs in the Complexo do Lins in the "
                                "North Zone of the city on Monday left two people dead.")
    assert (event.admin1, event.location) == ("Rio de Janeiro", "Complexo do Lins")  # (no Lins of Sao Paulo)


def test_a_province_is_no_town_that_once_bore_its_name(pipeline: Pipeline) -> None:
    # Isabela City was once "Basilan City"; "in Basilan" is the province
    (event,) = events(pipeline, "ZAMBOANGA CITY - In Basilan, two marines were wounded in a firefight with "
                                "Abu Sayyaf gunmen on Sunday, the military said.")
    assert (event.admin2, event.geo_precision) == ("Basilan", 2)


def test_a_myanmar_township_holds_its_village(pipeline: Pipeline) -> None:
    text = ("Junta jets bombed Nyaung Pin village, Shwebo township, in Sagaing Region on Friday, killing seven "
            "villagers, local media said.")
    (event,) = events(pipeline, text)
    assert (event.admin1, event.geo_precision) == ("Sagaing", 2)
    assert abs(event.latitude - 22.57) < 0.1  # Shwebo's point, not the region's capital


def test_a_border_sit_in_is_not_held_by_a_quoted_march_name(pipeline: Pipeline) -> None:
    text = "Farm unions said on Monday that the 'Delhi Chalo' march was on hold. Farmers also began a sit-in at " \
           "Shambhu border."
    (event,) = events(pipeline, text, country="India")
    assert event.location == "Shambhu" and event.admin1 != "NCT of Delhi"


def test_a_prison_agency_is_no_prison(pipeline: Pipeline) -> None:
    text = ("QUITO - Gunmen attacked a police station in Esmeraldas on Monday. On the same day, riots broke out "
            "in several prisons, the SNAI prison agency said.")
    riot = next(e for e in events(pipeline, text) if e.location != "Esmeraldas")
    assert (riot.country, riot.location, riot.latitude) == ("Ecuador", None, None)


def test_a_province_named_like_its_town_stays_the_town(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Police arrested 40 teachers at a protest over unpaid salaries in Dahuk on Sunday.",
                      country="Iraq")
    assert (event.admin1, event.geo_precision) == ("Duhok", 1)


def test_a_province_known_to_its_seat_by_an_alternate_name_still_holds_a_village(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Marines clashed with Abu Sayyaf gunmen in Barangay Kanlagay, Patikul, Sulu, on "
                                "Monday, leaving one militant dead.", country="Philippines")
    assert event.admin1 == "Bangsamoro Autonomous Region in Muslim Mindanao"
