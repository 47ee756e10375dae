"""Stop 20 (reader 6, figures8), written for these tests: a whole told beside its parts (a range of days told day
by day, attacks across a named province) is a tally, not an event; a killing told on another day or at another
place keeps its own death; a clause set on another day gives its arrest to no one; the attackers killed add to
their victims; a tally's period is its range, its day or its relative year."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def test_a_range_told_day_by_day_is_a_tally_beside_its_days(pipeline: Pipeline) -> None:
    result = read(pipeline, "Soldiers shot dead at least 11 villagers in Kalehe between 4 and 9 March. Seven were "
                            "killed on 4 March. Four more were killed on 9 March.", published="2025-03-12",
                  country="DR Congo")
    assert sorted((e.event_date, e.fatalities) for e in result.events) == [
        (dt.date(2025, 3, 4), 7), (dt.date(2025, 3, 9), 4)]
    (tally,) = result.aggregates
    assert (tally.figure, tally.period_start, tally.period_end) == (11, "2025-03-04", "2025-03-09")


def test_attacks_across_a_province_are_a_tally_and_no_event_at_the_dateline(pipeline: Pipeline) -> None:
    result = read(pipeline, "PESHAWAR - Militants carried out coordinated attacks across Khyber Pakhtunkhwa on "
                            "Tuesday, killing at least 27 people, officials said. In Bannu district, gunmen shot dead "
                            "nine policemen.", published="2024-09-04", country="Pakistan")
    assert [e.fatalities for e in result.events] == [9]
    assert all(e.location != "Peshawar" for e in result.events)
    (tally,) = result.aggregates
    assert (tally.figure, tally.place) == (27, "Khyber Pakhtunkhwa")


def test_a_killing_told_at_another_place_keeps_its_death(pipeline: Pipeline) -> None:
    result = read(pipeline, "YALA - A bomb exploded outside a school in Bannang Sata district on Monday, wounding "
                            "two rangers. Earlier on the same day, gunmen shot dead a teacher in Tak Bai district.",
                  published="2024-05-08", country="Thailand")
    by_place = {e.location: (e.fatalities, e.injuries) for e in result.events}
    assert by_place.get("Tak Bai", (None,))[0] == 1
    assert all(fatalities == 0 for place, (fatalities, _) in by_place.items() if place != "Tak Bai")


def test_an_arrest_told_as_the_day_before_is_not_the_protest_arrests(pipeline: Pipeline) -> None:
    result = read(pipeline, "ANKARA - Police fired tear gas at students marching on parliament in Ankara on Tuesday, "
                            "a day after the union leader was detained. The governor's office said 52 people were "
                            "detained.", published="2025-02-12", country="Turkey")
    assert [e.arrests for e in result.events if e.event_date == dt.date(2025, 2, 11)] == [52]


def test_the_gunmen_killed_add_to_their_victims(pipeline: Pipeline) -> None:
    result = read(pipeline, "Two gunmen opened fire on diners at a cafe in Hebron on Friday, killing five people. "
                            "Both attackers were shot dead by soldiers, the army said.", published="2024-06-09",
                  country="Palestine")
    assert [e.fatalities for e in result.events] == [7]


@pytest.mark.parametrize(("text", "period"), [
    ("TRIPOLI - The health ministry says more than 1,300 people have been killed in Libya since August last year.",
     ("2023-08-01", "2024-10-02")),
    ("Monitors say more than 300 people have been killed in Sirte since fighting escalated on 2 August.",
     ("2024-08-02", "2024-10-02")),
    ("Police fired on marchers in Misrata on 20 September. Monitors said at least 17 people were killed across the "
     "country that day.", ("2024-09-20", "2024-09-20")),
])
def test_a_tally_period_is_its_relative_year_escalation_or_day(pipeline: Pipeline, text: str,
                                                               period: tuple[str, str]) -> None:
    result = read(pipeline, text, published="2024-10-02", country="Libya")
    (tally,) = result.aggregates
    assert (tally.period_start, tally.period_end) == period
