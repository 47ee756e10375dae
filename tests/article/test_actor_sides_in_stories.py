"""Stop 20 (actors9), stories written for these tests: the sides of events in whole stories. Forces that fire as
demonstrators push in make no battle with their own government; a named group's wave of attacks owns the unnamed
attackers of the attacks told after it that day; a hostage-taking is the gunmen's, not the president's who answered
it; an Israeli strike is Israel's."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def test_forces_firing_as_demonstrators_push_in_make_one_demonstration(pipeline: Pipeline) -> None:
    result = read(pipeline, "LUSAKA - On Thursday police opened fire as demonstrators pushed into the ministry compound "
                            "in Lusaka; a rights group said two people were killed.", published="2024-03-10")
    (event,) = result.events
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor2 and event.actor2.startswith("Police Forces of Zambia")


def test_a_named_groups_wave_owns_the_unnamed_attackers_of_its_attacks(pipeline: Pipeline) -> None:
    text = ("PESHAWAR: Fighters of the Tehreek-e-Taliban Pakistan (TTP) staged a wave of attacks across Khyber "
            "Pakhtunkhwa on Sunday, officials said. In Lakki Marwat district, gunmen ambushed a bus and killed nine "
            "passengers.")
    result = read(pipeline, text, published="2024-09-02", country="Pakistan")
    lakki = next(e for e in result.events if e.fatalities == 9)
    assert lakki.actor1 == "TTP: Tehrik-i-Taliban"


@pytest.mark.parametrize("text", [
    # another day
    "PESHAWAR: Fighters of the Tehreek-e-Taliban Pakistan (TTP) staged a wave of attacks across Khyber Pakhtunkhwa on "
    "Sunday, officials said. On Tuesday, gunmen ambushed a bus in Lakki Marwat district and killed nine passengers.",
    # another incident
    "PESHAWAR: Fighters of the Tehreek-e-Taliban Pakistan (TTP) staged a wave of attacks across Khyber Pakhtunkhwa on "
    "Sunday, officials said. In a separate incident, gunmen ambushed a bus in Lakki Marwat district and killed nine "
    "passengers.",
    # one attack, not a wave
    "PESHAWAR: Fighters of the Tehreek-e-Taliban Pakistan (TTP) attacked a police post in Bannu on Sunday, officials "
    "said. In Lakki Marwat district, gunmen ambushed a bus and killed nine passengers.",
])
def test_unnamed_attackers_outside_the_wave_stay_unnamed(pipeline: Pipeline, text: str) -> None:
    result = read(pipeline, text, published="2024-09-04", country="Pakistan")
    lakki = next(e for e in result.events if e.fatalities == 9)
    assert lakki.actor1 == "Unidentified Armed Group (Pakistan)"


def test_a_hostage_taking_is_the_gunmens_not_the_presidents(pipeline: Pipeline) -> None:
    text = ("QUITO - The president declared a state of emergency on Monday after masked gunmen stormed a radio station "
            "in Manta, taking its presenters hostage. Police later detained eight of the attackers.")
    result = read(pipeline, text, published="2024-02-06", country="Ecuador")
    abduction = next(e for e in result.events if e.sub_event_type == "Abduction/forced disappearance")
    assert abduction.actor1 == "Unidentified Armed Group (Ecuador)"


def test_an_israeli_strike_is_israels(pipeline: Pipeline) -> None:
    result = read(pipeline, "NABATIEH - An Israeli strike flattened a house in Kfar Roummane on Wednesday, killing six "
                            "people, the health ministry said.", published="2024-10-17", country="Lebanon")
    (event,) = result.events
    assert event.actor1 and event.actor1.startswith("Military Forces of Israel")
