"""Whose figure is it, in a story with a title (written for these tests): a hospital's count in the next
paragraph is the event's just told; arrests told with no event of their own are the crowd's; the injured of a
crowd met with tear gas are that crowd's, not an attack told two sentences before."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def extract(pipeline: Pipeline, title: str, text: str, country: str):
    return read(pipeline, text, published="2026-10-03", country=country, title=title).events


def test_a_hospitals_count_in_the_next_paragraph_is_the_events(pipeline: Pipeline) -> None:
    events = extract(pipeline, "Shelling kills 30 in Darfur camp", (
        "Paramilitary fighters shelled the Zamzam displacement camp near El Fasher on Thursday, killing at least "
        "30 civilians, local volunteers said.\n\nA doctor at the camp's clinic said 18 wounded people had been "
        "received. The army did not comment."), "Sudan")
    assert [(e.fatalities, e.injuries) for e in events] == [(30, 18)]


def test_arrests_with_no_event_of_their_own_are_the_crowds(pipeline: Pipeline) -> None:
    events = extract(pipeline, "Residents block roads over power cuts", (
        "Residents of Soshanguve blocked roads with burning tyres on Wednesday, demanding electricity.\n\n"
        "A police spokesperson said officers dispersed the crowd. Nine people were arrested for public violence."),
        "South Africa")
    assert [e.arrests for e in events if e.event_type in ("Riots", "Protests")] == [9]


def test_injured_protesters_are_not_an_earlier_attacks(pipeline: Pipeline) -> None:
    events = extract(pipeline, "Violence in Manipur", (
        "A drone bomb attack on a village in Bishnupur district injured a farmer on Friday. In Imphal, hundreds "
        "of students staged a sit-in demanding the removal of the police chief. Police used tear gas when they "
        "tried to march towards the governor's house; 30 students were injured."), "India")
    injuries = {e.sub_event_type: e.injuries for e in events}
    assert injuries.get("Air/drone strike") == 1
    assert 30 in injuries.values() and injuries.get("Air/drone strike") != 30
