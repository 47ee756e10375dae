"""Police killings as South Asian papers tell them (stop 21, kill9), in sentences written for these tests: lives
that police firing claimed, wounds received in it, a day's toll in it, encounters, and communal riots that the
police dispersed. Each rule has beside it what must stay: a tally over many places or days is an aggregate claim."""

from __future__ import annotations

import pytest
from reading import read

from eventcoder.pipeline import Pipeline
from eventcoder.quantities.casualties import find_counts

pytestmark = pytest.mark.slow


def _events(pipeline: Pipeline, text: str):
    return read(pipeline, text, published="2002-03-06", country="India").events


@pytest.mark.parametrize("text, dead", [
    ("Vadodara: Police firing claimed two lives in the Fatehgunj area on Tuesday.", 2),
    ("Rajkot: The police firing at the vegetable market on Monday claimed the lives of three youths.", 3),
    ("Rajkot: A youth succumbed on Tuesday to bullet injuries sustained in police firing in the Bhaktinagar area.", 1),
    ("Bhavnagar: Two labourers died of bullet wounds they received in police firing near the port on Monday.", 2),
    ("Ahmedabad: The toll in police firing in Dariapur on Friday rose to five.", 5),
])
def test_deaths_the_police_firing_caused_are_an_attack_by_the_police(pipeline: Pipeline, text: str, dead: int) -> None:
    (event,) = _events(pipeline, text)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Attack", "Police Forces of India", "Civilians (India)")
    assert event.fatalities == dead


def test_a_tally_of_police_firing_across_the_state_stays_an_aggregate_claim(pipeline: Pipeline) -> None:
    for text in ("Officials said the toll in police firing across the state had risen to 73.",
                 "The toll in police firing across the state over the past week has risen to 40."):
        result = read(pipeline, text, published="2002-03-06", country="India")
        assert not any(e.fatalities for e in result.events)
        assert [(a.figure, a.actor1) for a in result.aggregates] in ([(73, "Police Forces of India")],
                                                                     [(40, "Police Forces of India")])


def test_a_rising_toll_with_no_day_of_its_own_is_still_no_event(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Godhra: The death toll in the train carnage has risen to 58.") == []


@pytest.mark.parametrize("text, dead", [
    ("Hazaribagh: Two militants were shot dead in an encounter with the police at Khirgaon on Monday.", 2),
    ("Ranchi: A wanted dacoit was killed in an encounter with the police near Doranda on Sunday.", 1),
])
def test_killed_in_an_encounter_names_the_police_first(pipeline: Pipeline, text: str, dead: int) -> None:
    (event,) = _events(pipeline, text)
    assert (event.sub_event_type, event.actor1) == ("Armed clash", "Police Forces of India")
    assert event.fatalities == dead


def test_rioters_the_police_dispersed_in_communal_violence_are_a_mob(pipeline: Pipeline) -> None:
    text = ("Baroda: In a fresh outbreak of communal violence in the city, a man was stabbed to death and the police "
            "fired in the air to disperse rioters throwing stones on Sunday.")
    (event,) = _events(pipeline, text)
    assert (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (India)")


def test_rioters_with_demands_fighting_the_police_stay_a_violent_demonstration(pipeline: Pipeline) -> None:
    text = ("Baroda: Police fired at rioters who were throwing stones at them in Wadi on Sunday, killing two. "
            "The rioters demanded the release of their leader.")
    (event,) = _events(pipeline, text)
    assert event.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text, figure", [
    ("The stampede cost five lives.", 5),
    ("The blast took the lives of 12 people.", 12),
    ("Firefighters saved many lives.", None),
    ("Two people lost their lives.", 2),
])
def test_lives_taken_are_deaths(text: str, figure: int | None) -> None:
    found = [f.value for f in find_counts(text) if f.measure == "fatalities"]
    assert found == ([] if figure is None else [figure])


def test_the_crowd_fired_on_is_not_who_killed_a_tallys_dead(pipeline: Pipeline) -> None:
    text = ("Ahmedabad: The chief minister said orders had been given to open fire on rioters and as a result as many "
            "as 45 persons had been killed in various places.")
    result = read(pipeline, text, published="2002-03-06", country="India")
    assert [(a.figure, a.actor1) for a in result.aggregates] == [(45, None)]


def test_the_rest_of_a_tally_has_no_figure_of_its_own(pipeline: Pipeline) -> None:
    text = ("Ahmedabad: Officials said 480 people have died in the violence across the state so far. Out of this, 90 "
            "died in police firing, while the remaining were killed in other incidents of mob violence.")
    result = read(pipeline, text, published="2002-03-06", country="India")
    assert sorted(a.figure for a in result.aggregates) == [90, 480]
    assert not any(e.fatalities for e in result.events)


def test_a_share_of_the_dead_killed_by_police_bullets_is_part_of_a_tally(pipeline: Pipeline) -> None:
    text = ("Gandhinagar: The minister told the assembly that about 600 people had died in the violence and that "
            "nearly 25 per cent of them had been killed by police bullets.")
    result = read(pipeline, text, published="2002-03-06", country="India")
    assert result.events == []  # (was an Attack by the police with 600 dead)
    assert [(a.figure, a.actor1) for a in result.aggregates] == [(600, None)]  # the police killed a part, not all


def test_deaths_in_separate_incidents_are_a_tally(pipeline: Pipeline) -> None:
    text = ("Ahmedabad: Barring late evening reports of the killing of 15 people in separate incidents, nothing "
            "adverse happened on Saturday night.")
    result = read(pipeline, text, published="2002-03-06", country="India")
    assert not any(e.fatalities for e in result.events)
    assert [a.figure for a in result.aggregates] == [15]


@pytest.mark.parametrize("text", [
    "He said the government could have averted the riots that claimed over 700 lives.",
    "Police have arrested three men in connection with the burning of the train near the station which claimed 58 lives.",
])
def test_lives_a_noun_claimed_in_a_relative_clause_are_no_figure_here(text: str) -> None:
    assert [f for f in find_counts(text) if f.measure == "fatalities"] == []


def test_a_citys_share_of_a_states_toll_is_part_of_the_tally(pipeline: Pipeline) -> None:
    text = ("Ahmedabad: Officials said the toll in the state had touched 427. Ahmedabad has been worst affected, "
            "accounting for over 210 deaths.")
    result = read(pipeline, text, published="2002-03-06", country="India")
    assert not any(e.fatalities for e in result.events)
    assert 210 in [a.figure for a in result.aggregates]


def test_a_share_of_costs_is_no_share_of_the_dead() -> None:
    from eventcoder.quantities.aggregates import aggregate_cue

    assert aggregate_cue("The state government will bear 50 per cent of these costs, the chief minister said.") is None
