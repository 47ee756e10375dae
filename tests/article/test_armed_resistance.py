"""Stop 20 (lead), written for these tests: an armed group's attack that a state's forces fought back ("returned
fire") is an armed clash between the two (ACLED: an attack met by armed resistance), told in the attack's sentence
or the next; an attack nobody fought back stays an attack on civilians."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Militants attacked a Hindu temple in Jammu on Saturday. Policemen guarding the shrine returned fire and killed "
    "three of the attackers.",
    "Militants attacked a Hindu temple in Jammu on Saturday. Three militants were killed when policemen returned fire.",
    "Gunmen stormed a village market in Jammu on Saturday, but soldiers posted nearby fired back and the attackers fled.",
])
def test_an_attack_the_forces_fought_back_is_an_armed_clash(pipeline: Pipeline, text: str) -> None:
    result = read(pipeline, text, published="2024-06-10", country="India")
    (event,) = result.events
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 and event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2 and event.actor2.startswith(("Police Forces of India", "Military Forces of India"))
    assert event.evidence.get("actor2"), "the resisting force is a phrase of the text, not a default"


def test_the_forces_killing_the_attackers_count_in_the_clash(pipeline: Pipeline) -> None:
    result = read(pipeline, "Militants attacked a Hindu temple in Jammu on Saturday. Policemen returned fire and "
                            "killed three of the attackers.", published="2024-06-10", country="India")
    (event,) = result.events
    assert event.fatalities == 3


def test_an_attack_nobody_fought_back_stays_an_attack(pipeline: Pipeline) -> None:
    result = read(pipeline, "Gunmen attacked a church in Kaduna on Sunday, killing five worshippers. Police arrived "
                            "hours later and cordoned off the area.", published="2024-06-10", country="Nigeria")
    (event,) = result.events
    assert (event.sub_event_type, event.fatalities) == ("Attack", 5)
    assert event.actor2 and event.actor2.startswith("Civilians")


@pytest.mark.parametrize("text", [
    "A police convoy came under attack from militants near Pulwama on Monday.",
    "An army patrol came under heavy fire from militants near Pulwama on Monday; two soldiers were injured.",
])
def test_a_force_that_came_under_attack_is_its_target(pipeline: Pipeline, text: str) -> None:
    result = read(pipeline, text, published="2024-06-11", country="India")
    (event,) = result.events  # (the patrol is the unit attacked, not a change of activity)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 and event.actor1.startswith("Unidentified Armed Group")
    assert event.actor2 and event.actor2.startswith(("Police Forces of India", "Military Forces of India"))
