"""Records that should not exist, found by the lead at stop 22 on political news (docs/READING.md, stop 22: lead):
a model's guess of violence where only people are named, "engaged in" anything but a fight, and an aircraft
crash. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read


@pytest.mark.parametrize("text", [
    # people named, no word of conflict: the fallback model's guess of violence is no event
    "A six-member delegation of the minorities commission met the governor in Gandhinagar on Thursday.",
    "The prime minister spoke to the governor on the telephone on Friday and praised the state administration.",
    # engaged in something else than a fight
    "Business houses in Gujarat were engaged in setting up schools and hospitals, the minister said on Monday.",
    "The seer was engaged in talks with the government in Lucknow on Monday.",
    # an aircraft crash with nothing told downing it
    "The minister condoled the death of the speaker in a helicopter crash in Andhra Pradesh on Sunday.",
    "A military helicopter crashed in Kupwara on Sunday, killing two pilots.",
])
def test_no_event_is_made(pipeline: Pipeline, text: str) -> None:
    assert read(pipeline, text, published="2002-03-15").events == [], text


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("Troops engaged in heavy clashes with militants in Kupwara on Monday.", "Armed clash"),
    ("Security forces were engaged in a gunfight with militants in Sopore on Monday.", "Armed clash"),
    ("A Russian drone crashed into an apartment block in Kharkiv on Sunday, killing two.", "Air/drone strike"),
    ("Hundreds of people shut down the main market in Basra on Sunday in a campaign of civil disobedience.",
     "Peaceful protest"),
])
def test_real_events_stay(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    events = read(pipeline, text, published="2002-03-15").events
    assert [e.sub_event_type for e in events] == [sub_event_type], text


# --- a raid met with fire is the clash (stages/assemble.py) ------------------------------------------------------

def test_a_raid_that_harmed_nobody_told_with_a_clash_is_that_clash(pipeline: Pipeline) -> None:
    text = "Soldiers raided the Tanla refugee camp overnight, where Ansaru fighters exchanged fire with the soldiers."
    events = read(pipeline, text, published="2024-05-10", country="Nigeria").events
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_raid_that_killed_stays_an_attack_beside_the_clash(pipeline: Pipeline) -> None:
    text = ("Soldiers raided the Tanla refugee camp overnight, killing two civilians, and Ansaru fighters exchanged fire "
            "with the soldiers.")
    events = read(pipeline, text, published="2024-05-10", country="Nigeria").events
    assert sorted(e.sub_event_type for e in events) == ["Armed clash", "Attack"]


# --- force on a protest told in the next sentence names its doer (stages/actors.py) --------------------------------

def test_gunmen_who_fire_on_the_crowd_told_next_are_the_excessive_forces_actor2(pipeline: Pipeline) -> None:
    text = "Hundreds protested in Kut on Tuesday. Gunmen opened fire on the crowd, killing two."
    (event,) = read(pipeline, text, published="2025-03-12", country="Iraq").events
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor2 is not None and event.actor2.startswith("Unidentified Armed Group")
