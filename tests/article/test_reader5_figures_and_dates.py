"""Stop 19 (reader 5), written for these tests: a toll over a range of dates is a tally; a march to mark an old
disaster takes neither its deaths nor a force; a correction's withdrawn toll gives way to the one that stands; a
tally's reporter named by "it"; a side's claim of its enemy's losses kept as a claim; a death dated "a day after"
by the funeral's day; a post's signed date; a date hung on the trigger; a weekday told as what came before."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def test_a_toll_over_a_range_of_dates_is_a_tally_not_an_event(pipeline: Pipeline) -> None:
    result = read(pipeline, "Between 3 February and 20 May 2025, 88 civilians were killed in Ituri province, "
                            "including 19 children, according to MONUSCO.", published="2025-05-22", country="DR Congo")
    assert result.events == []
    (tally,) = result.aggregates
    assert (tally.figure, tally.period_start, tally.period_end, tally.claimed_by) == (
        88, "2025-02-03", "2025-05-20", "MONUSCO")


def test_a_range_tally_leaves_the_days_event_its_own_figure(pipeline: Pipeline) -> None:
    result = read(pipeline, "Militiamen killed four villagers in Djugu on 19 May.\n\nBetween 3 February and 20 May "
                            "2025, 88 civilians were killed in Ituri province.", published="2025-05-22",
                  country="DR Congo")
    assert [(e.event_date, e.fatalities) for e in result.events] == [(dt.date(2025, 5, 19), 4)]
    assert [a.figure for a in result.aggregates] == [88]


def test_a_march_marking_an_old_disaster_takes_neither_its_deaths_nor_a_force(pipeline: Pipeline) -> None:
    result = read(pipeline, "Thousands of people marched silently through Kraljevo on Sunday to mark two years since "
                            "the collapse of a bridge that killed 11 people, a disaster that sparked a protest "
                            "movement against the government.", published="2025-05-12", country="Serbia")
    (event,) = result.events
    assert event.sub_event_type == "Peaceful protest"
    assert event.fatalities == 0 and event.actor2 is None


def test_force_on_the_march_itself_is_still_excessive_force(pipeline: Pipeline) -> None:
    result = read(pipeline, "Police opened fire on protesters in Kraljevo on Sunday, killing two people, an event "
                            "that sparked a protest movement.", published="2025-05-12", country="Serbia")
    assert [(e.sub_event_type, e.fatalities) for e in result.events] == [("Excessive force against protesters", 2)]


def test_a_correction_withdraws_its_toll_for_the_one_that_stands(pipeline: Pipeline) -> None:
    result = read(pipeline, "Correction: An earlier version of this story said 14 people were killed in the raid on "
                            "the Kumba depot on May 4. Officials have since said the toll is six. Separatist fighters "
                            "stormed the depot in Kumba on Sunday.", published="2025-05-06", country="Cameroon")
    assert [e.fatalities for e in result.events] == [6]
    assert all(c.value != 14 for e in result.events for c in e.claims)


def test_an_update_revising_the_toll_down(pipeline: Pipeline) -> None:
    result = read(pipeline, "UPDATE: Officials revised the death toll from Sunday's raid on the Kumba depot down to "
                            "six from 14. Separatist fighters stormed the depot on Sunday.", published="2025-05-06",
                  country="Cameroon")
    assert [e.fatalities for e in result.events] == [6]


def test_a_tally_said_by_it_is_claimed_by_the_reporter_before(pipeline: Pipeline) -> None:
    result = read(pipeline, "Farmers blocked the road to Cusco on Monday, and one farmer died after being shot during "
                            "clashes with police in Sicuani, the ombudsman's office said. The unrest has left 11 dead "
                            "since January, it said.", published="2025-03-12", country="Peru")
    (tally,) = result.aggregates
    assert (tally.figure, tally.claimed_by) == (11, "the ombudsman's office")


def test_a_sides_claim_of_enemy_losses_is_a_claim_not_deaths(pipeline: Pipeline) -> None:
    result = read(pipeline, "Last Friday, the positions of the army in Diafarabe were the target of an attack by "
                            "armed terrorist groups. The riposte of our forces has permitted to neutralize about forty "
                            "assailants. On the friendly side, we deplore 3 dead.", published="2025-03-12",
                  country="Mali")
    (event,) = result.events
    assert event.fatalities == 3
    assert ("claimed_enemy_losses", 40) in [(c.field, c.value) for c in event.claims]


def test_a_death_a_day_before_the_funeral(pipeline: Pipeline) -> None:
    # published on Sunday 2025-03-16: the funeral is Saturday the 15th, the strike the 14th
    result = read(pipeline, "Mourners buried the paramedic Samir Odeh in Deir al-Balah on Saturday, a day after he "
                            "was killed in an Israeli air strike on an ambulance.", published="2025-03-16",
                  country="Palestine")
    (event,) = result.events
    assert (event.event_date, event.time_precision) == (dt.date(2025, 3, 14), 1)


def test_a_strike_on_the_day_after_something_else_keeps_its_day(pipeline: Pipeline) -> None:
    result = read(pipeline, "Israeli aircraft struck a house in Deir al-Balah on Saturday, a day after the truce "
                            "talks stalled.", published="2025-03-16", country="Palestine")
    strikes = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert [e.event_date for e in strikes] == [dt.date(2025, 3, 15)]


def test_a_posts_signed_date_dates_its_event(pipeline: Pipeline) -> None:
    result = read(pipeline, "Our naval forces targeted the vessel OCEAN PEARL in the Gulf of Aden with two drones. "
                            "The hit was precise. \u2014 Military spokesman, February 3, 2025", published="2025-02-04")
    assert [(e.event_date, e.time_precision) for e in result.events] == [(dt.date(2025, 2, 3), 2)]


def test_a_date_hung_on_the_trigger_is_its_date(pipeline: Pipeline) -> None:
    result = read(pipeline, "Police said on Thursday that 12 farmers were abducted last month in Zamfara state by "
                            "bandits.", published="2025-03-14", country="Nigeria")
    abductions = [e for e in result.events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [(e.event_date, e.time_precision) for e in abductions] == [(dt.date(2025, 2, 15), 3)]


def test_a_shooting_told_after_the_riot_is_dated_before_it(pipeline: Pipeline) -> None:
    # published on Tuesday 2025-03-11; the riot is Thursday the 6th, so the shooting is Tuesday the 4th
    result = read(pipeline, "Youths set fire to cars in Creil overnight Thursday, after a teenager was shot dead by a "
                            "police officer during an identity check on Tuesday.", published="2025-03-11",
                  country="France")
    shootings = [e for e in result.events if e.fatalities == 1]
    assert shootings and all(e.event_date == dt.date(2025, 3, 4) for e in shootings)
    # the riot keeps its Thursday and takes no death (leftovers8: each clause names its own day)
    riots = [e for e in result.events if e.event_type == "Riots"]
    assert riots and all(e.event_date == dt.date(2025, 3, 6) and e.fatalities == 0 for e in riots)


def test_a_takeover_keeps_its_day_over_the_day_of_the_attack_before_it(pipeline: Pipeline) -> None:
    result = read(pipeline, "On 12 March 2025, rebels took control of the army base near Kiwanja following an "
                            "assault launched the previous day.", published="2025-03-14", country="DR Congo")
    assert result.events and all(e.event_date == dt.date(2025, 3, 12) for e in result.events)
