"""A battle told after an attack on civilians, naming who fought, is its own event with its own dead (ACLED codes the
attack and the troops' answer apart); stop 21, lead. Stories written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("second", ["Soldiers killed four militants.", "Soldiers later killed four of the attackers."])
def test_the_troops_answer_keeps_its_own_dead(pipeline: Pipeline, second: str) -> None:
    text = f"BAMAKO, Mali - Jihadists attacked a wedding in the village of Sirakoro on Friday, killing 12 guests. {second}"
    result = read(pipeline, text, published="2025-03-08")
    deaths = {e.sub_event_type: e.fatalities for e in result.events}
    assert deaths == {"Attack": 12, "Armed clash": 4}


def test_a_killing_told_after_an_attack_on_a_post_stays_the_battles(pipeline: Pipeline) -> None:
    text = "KABUL - Taliban fighters attacked an army post in Helmand on Friday. Soldiers killed four of the attackers."
    result = read(pipeline, text, published="2025-03-08")
    assert [(e.sub_event_type, e.fatalities) for e in result.events] == [("Armed clash", 4)]
