"""Stop 20 (lead), written for these tests: what a capture took decides its kind. A person named with a role
("a senior militant commander", "the group's top bomb maker") is arrested, not territory taken, and the place said
after the name is where, not what; a name taken "from" an armed side is a place, though the parser reads it as a
person's; a weapon word that names a person ("bomb maker") is no explosion."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "country"), [
    ("Security forces captured Ahmed Rashid Khan, a senior militant commander, in Peshawar on Monday.", "Pakistan"),
    ("On Monday, police captured Omar Farouk Saleh, the group's top bomb maker, in Mombasa.", "Kenya"),
])
def test_a_person_captured_is_an_arrest(pipeline: Pipeline, text: str, country: str) -> None:
    result = read(pipeline, text, published="2024-06-11", country=country)
    assert [e.sub_event_type for e in result.events] == ["Arrests"]


def test_a_name_taken_from_an_armed_side_is_territory(pipeline: Pipeline) -> None:
    result = read(pipeline, "Soldiers captured Tal Afar from the militants on Monday.", published="2024-06-11",
                  country="Iraq")
    assert [(e.sub_event_type, e.location) for e in result.events] == [("Government regains territory", "Tal Afar")]


def test_a_bomb_that_went_off_is_still_an_explosion(pipeline: Pipeline) -> None:
    result = read(pipeline, "A bomb exploded in a market in Mombasa on Monday, killing two people.",
                  published="2024-06-11", country="Kenya")
    assert [(e.sub_event_type, e.fatalities) for e in result.events] == [("Remote explosive/landmine/IED", 2)]


def test_a_person_captured_is_never_the_place(pipeline: Pipeline) -> None:
    result = read(pipeline, "On Monday, they captured Abu Khalid Rahimi, the group's top coordinator, in Pakistan.",
                  published="2024-06-11")
    assert [(e.location, e.country) for e in result.events] == [(None, "Pakistan")]
