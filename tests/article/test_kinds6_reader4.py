"""Separate acts and what is no act (issue 14, reader 4, stop 19): two acts of one subject at two places, a named
leader killed before the fighting his death set off, a hunt for attackers told far down a story, a roundup line's
own actors, "last Friday" written on a Saturday and a province the gazetteer lacks. Stories written for these
tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def test_two_acts_at_two_places_are_two_events(pipeline: Pipeline) -> None:
    text = ("Armed men torched three lorries at Ikot Ekpene in Akwa Ibom State on Monday and shot dead a trader at "
            "Aba in Abia State, police said.")
    found = read(pipeline, text, country="Nigeria").events
    assert sorted((e.location, e.sub_event_type) for e in found) == [
        ("Aba", "Attack"), ("Ikot Ekpene", "Looting/property destruction")]
    assert next(e for e in found if e.location == "Aba").fatalities == 1


def test_two_acts_at_one_place_stay_one_event(pipeline: Pipeline) -> None:
    text = "Gunmen stormed a village near Gwoza on Monday and killed five farmers, residents said."
    found = read(pipeline, text, country="Nigeria").events
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Attack", 5)]


def test_a_leader_killed_before_the_fighting_is_an_event_of_his_own(pipeline: Pipeline) -> None:
    text = ("Fighting erupted in Benghazi late on Sunday after the commander of the Saiqa unit, Ali Hassan, was killed "
            "at a checkpoint in the Sidi Khalifa district, residents said.")
    found = read(pipeline, text, country="Libya").events
    assert len(found) == 2
    killing = next(e for e in found if e.location != "Benghazi")
    assert killing.location == "Sidi Khalifa" and killing.fatalities == 1


def test_a_hunt_for_the_attackers_told_far_down_is_no_event(pipeline: Pipeline) -> None:
    text = ("Suspected militants ambushed an army patrol in Datu Saudi Ampatuan on Sunday, killing two soldiers. "
            "What did the army say? A spokesman said the soldiers were on a routine patrol. He said more troops were "
            "on the way. What comes next? Troops have launched a pursuit operation against the attackers.")
    found = read(pipeline, text, country="Philippines").events
    assert [e.event_type for e in found] == ["Battles"]


def test_a_roundup_line_does_not_take_the_actors_of_the_line_before(pipeline: Pipeline) -> None:
    text = ("Weekly roundup\n\nMonday, Mar 2 — Kohat: Two policemen killed when militants attacked Jangal Khel "
            "police station with grenades.\nTuesday, Mar 3 — Turbat: A hand grenade attack on a shop on Main Bazaar "
            "injured two people.")
    found = read(pipeline, text, country="Pakistan").events
    turbat = next(e for e in found if e.location == "Turbat")
    assert str(turbat.event_date) == "2025-03-03"
    assert not (turbat.actor2 or "").startswith("Police") and not (turbat.actor1 or "").startswith("Police")


def test_since_last_friday_written_on_a_saturday_and_a_province_the_gazetteer_lacks(pipeline: Pipeline) -> None:
    text = ("TARI — At least nine people have been killed in fighting between two clans near Koroba in Hela Province "
            "since last Friday, police said. Police found four bodies on Wednesday after a gunfight between the "
            "clans.")
    result = read(pipeline, text, published="2025-03-15", country="Papua New Guinea")  # a Saturday
    (claim,) = result.aggregates
    assert str(claim.period_start) == "2025-03-07"  # the Friday of the week before, not the day before
    assert [e.admin1 for e in result.events] == ["Hela"]
