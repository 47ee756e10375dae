"""Known misses of issue 14 (reading journalism) left by earlier rounds, on sentences written for these tests
(docs/READING.md, stop 20: leftovers8): people taken away in a raid, a barrage of words, a day that only schedules,
a participle the parser took for the main verb, two clauses on two days, one verb told of two places ("two in
Khartoum and another in Omdurman"), the dateline's day as the day the story
tells from, and "itself" inside a list of places."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.pipeline import Pipeline
from reading import read


# --- people taken away are arrested (classify/rules/, data/classify/cues.json) ---------------------------------

def test_people_taken_away_by_the_police_are_arrests_not_a_clash(pipeline: Pipeline) -> None:
    result = read(pipeline, "Officers raided the offices of a teachers' union in Bulawayo on Monday and took away "
                            "nine of its organisers.", published="2025-03-12", country="Zimbabwe")
    assert [e.sub_event_type for e in result.events] == ["Arrests"]
    result = read(pipeline, "Five journalists were led away by soldiers in Bamako on Monday.", published="2025-03-12")
    assert [e.sub_event_type for e in result.events] == ["Arrests"]


def test_things_taken_away_leave_the_arrest_after_them(pipeline: Pipeline) -> None:
    result = read(pipeline, "Police took away their phones and arrested five men in Harare on Monday.",
                  published="2025-03-12", country="Zimbabwe")
    assert [(e.sub_event_type, e.arrests) for e in result.events] == [("Arrests", 5)]


def test_things_taken_away_are_no_arrest(pipeline: Pipeline) -> None:
    result = read(pipeline, "The new law took away the pensions of retired teachers in Bulawayo on Monday.",
                  published="2025-03-12", country="Zimbabwe")
    assert not [e for e in result.events if e.sub_event_type == "Arrests"]


# --- a barrage of words is a figure of speech (article/figurative.py) ---------------------------------------------

def test_bombarded_with_messages_is_no_shelling(pipeline: Pipeline) -> None:
    for text in ("The health ministry bombarded residents of Mombasa with text messages and adverts on Sunday.",
                 "Reporters peppered the governor with questions in Mombasa on Sunday."):
        assert not read(pipeline, text, published="2025-03-12").events, text


def test_bombarded_with_rockets_is_still_shelling(pipeline: Pipeline) -> None:
    result = read(pipeline, "Militants bombarded the town of Mandera with rockets and mortars on Sunday.",
                  published="2025-03-12")
    assert [e.sub_event_type for e in result.events] == ["Shelling/artillery/missile attack"]


# --- a day that only schedules dates nothing (stages/dates.py) ----------------------------------------------------

def test_a_day_in_a_schedule_does_not_date_an_old_arrest(pipeline: Pipeline) -> None:
    story = ("CAPE TOWN — A new room at the city's library recalls the march of 1976 when police fired on "
             "schoolchildren, killing dozens.\n\n"
             "The room, which opens to visitors on Friday, holds the court papers of students detained in the "
             "months that followed. A guide shows where the marchers gathered.\n\n"
             "Entry is free for pupils.")
    result = read(pipeline, story, published="2025-03-12", country="South Africa")
    assert not result.events


def test_an_event_on_a_day_in_the_present_keeps_it(pipeline: Pipeline) -> None:
    """A verb in the present that is the event's own trigger keeps its day: only schedules lose theirs."""
    result = read(pipeline, "Thousands march in Bulawayo on Monday against the new tax, organisers said.",
                  published="2025-03-12", country="Zimbabwe")
    assert [e.event_date for e in result.events] == [dt.date(2025, 3, 10)]


# --- a participle the parser made the main verb (classify/rules/) -----------------------------------------------

def test_a_reduced_relative_does_not_steal_the_protest(pipeline: Pipeline) -> None:
    result = read(pipeline, "Families of 12 farmers abducted last month in Zamfara protested in Gusau on Thursday, "
                            "demanding their release.", published="2025-03-12", country="Nigeria")
    assert [(e.sub_event_type, e.event_date) for e in result.events] == [("Peaceful protest", dt.date(2025, 3, 6))]


def test_an_abduction_told_as_the_main_verb_stays(pipeline: Pipeline) -> None:
    result = read(pipeline, "Gunmen abducted 12 farmers in Zamfara on Thursday and demanded a ransom.",
                  published="2025-03-12", country="Nigeria")
    assert [e.sub_event_type for e in result.events] == ["Abduction/forced disappearance"]


# --- two clauses, two days: two events (classify/detect.py) -------------------------------------------------------

def test_a_riot_after_a_shooting_two_days_before_is_two_events(pipeline: Pipeline) -> None:
    # published on Wednesday 2025-03-12: the riot is Friday the 7th, the shooting Wednesday the 5th
    result = read(pipeline, "Protesters burned tyres in Kisumu on Friday, after a student was shot dead by police "
                            "on Wednesday.", published="2025-03-12", country="Kenya")
    riots = [e for e in result.events if e.event_type in {"Riots", "Protests"}]
    shootings = [e for e in result.events if e.fatalities == 1]
    assert [e.event_date for e in riots] == [dt.date(2025, 3, 7)] and riots[0].fatalities == 0
    assert [e.event_date for e in shootings] == [dt.date(2025, 3, 5)]


def test_the_dead_a_protest_speaks_of_are_no_event_of_their_own(pipeline: Pipeline) -> None:
    """A day of its own in a clause that describes a noun ("those killed ... on March 5") tells what the protest is
    about, not a second event."""
    result = read(pipeline, "On Monday, protesters in Kirkuk demanded that the government care for the families of "
                            "those killed in the uprising on March 5.", published="2025-03-12", country="Iraq")
    assert [e.sub_event_type for e in result.events] == ["Peaceful protest"]


def test_two_clauses_on_one_day_stay_one_event(pipeline: Pipeline) -> None:
    result = read(pipeline, "Protesters burned tyres in Kisumu on Friday, after police fired tear gas at them on "
                            "Friday morning.", published="2025-03-12", country="Kenya")
    assert len(result.events) == 1


# --- one verb, two events: "two in Khartoum and another in Omdurman" (classify/detect.py, stages/counts.py) -----

def test_a_gapped_second_part_is_an_event_with_its_own_figure_place_and_day(pipeline: Pipeline) -> None:
    result = read(pipeline, "Soldiers shot dead three miners in Kidal on Monday and another in Gao on Tuesday, a "
                            "local official said.", published="2025-03-12", country="Mali")
    found = sorted((e.location, e.event_date, e.fatalities) for e in result.events)
    assert found == [("Gao", dt.date(2025, 3, 11), 1), ("Kidal", dt.date(2025, 3, 10), 3)]


def test_figures_joined_at_one_place_stay_one_event(pipeline: Pipeline) -> None:
    result = read(pipeline, "Gunmen killed three soldiers and two civilians in Kidal on Sunday.", published="2025-03-12",
                  country="Mali")
    assert [(e.location, e.fatalities) for e in result.events] == [("Kidal", 5)]


def test_arrests_told_by_place_are_one_event_each(pipeline: Pipeline) -> None:
    result = read(pipeline, "Police arrested 14 people in Lagos and 6 in Ibadan on Monday.", published="2025-03-12",
                  country="Nigeria")
    assert sorted((e.location, e.arrests) for e in result.events) == [("Ibadan", 6), ("Lagos", 14)]


# --- the dateline's day is the day the story tells from (stages/dates.py) -----------------------------------------

_IZMAIL = "Russian drones hit a grain terminal in Izmail {when}, injuring three workers, the regional governor said."


@pytest.mark.parametrize(("dateline", "when", "expected"), [
    # yesterday counts back from the dateline's day
    ("ODESA, Feb 20 (Reuters) - ", "yesterday", dt.date(2025, 2, 19)),
    # a weekday too: Feb 20 2025 is a Thursday, so Monday is the 17th
    ("ODESA, Feb 20 (Reuters) - ", "on Monday", dt.date(2025, 2, 17)),
    # the body's own date stands above the dateline
    ("ODESA, Feb 20 (Reuters) - ", "on Feb 14", dt.date(2025, 2, 14)),
    # without a dated dateline, yesterday counts from publication
    ("ODESA (Reuters) - ", "yesterday", dt.date(2025, 2, 25)),
], ids=["yesterday", "weekday", "body-date", "undated-dateline"])
def test_relative_dates_count_from_the_datelines_day(pipeline: Pipeline, dateline: str, when: str,
                                                     expected: dt.date) -> None:
    result = read(pipeline, dateline + _IZMAIL.format(when=when), published="2025-02-26")
    assert [e.event_date for e in result.events] == [expected]


# --- "itself" inside a list of places (geo/lists.py, geo/finder.py) -----------------------------------------------

def test_itself_does_not_break_a_list_of_places(pipeline: Pipeline) -> None:
    result = read(pipeline, "Ukrainian forces repelled Russian attacks near Kostiantynivka itself and Druzhkivka "
                            "on Monday.", published="2025-03-12")
    assert {e.admin1 for e in result.events} == {"Donetsk"} and len(result.events) == 2
