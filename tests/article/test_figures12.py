"""Figures and dates in journalism (stop 22, figures12; issue 14, reader 8), in sentences written for these tests:
a tally told after a list of incidents gives its figure to none of them and becomes an aggregate claim (E1); a
dateline's day leaves the body's first figure (E2); deaths told with a name, an idiom, an apposition or as a part at
its own place (E3); deaths a retaliation answers are not its own (E4); a claim's reporter (E6); the day a retaliation
answers (D3), a length of days (D4) and a weekday in the answer to a question about last week (D2)."""

from __future__ import annotations

import datetime as dt

import pytest
from reading import read

from eventcoder.pipeline import Pipeline
from eventcoder.quantities import attribution_for, find_counts, is_aggregate
from eventcoder.temporal import find_date_expressions, resolve_text

pytestmark = pytest.mark.slow

_BULLETS = ("Rights group says army bombed villages\n(Yangon) - The army has bombed villages in Magway Region, a "
            "rights group said today.\n- On 2 May 2025, a military jet bombed a village in Pauk township, killing 6 "
            "villagers.\n- On 9 May, an air strike hit a school near Gangaw, injuring ten pupils.\n")


@pytest.mark.parametrize("sentence", [
    "Since the 2021 coup, the army has killed more than 3,100 civilians, according to a monitoring group.",
    "The army has killed more than 3,100 civilians since the 2021 coup.",
    "The militia has killed at least 900 people since the invasion, officials say.",
])
def test_a_period_opened_by_an_upheaval_is_a_tally(sentence: str) -> None:
    assert is_aggregate(sentence) is not None


def test_a_year_without_since_is_no_tally() -> None:
    assert is_aggregate("Police said the 2021 coup leader was arrested in Yangon on Monday.") is None


def test_a_comparison_since_an_upheaval_keeps_the_days_figure(pipeline: Pipeline) -> None:
    text = "Gunmen killed three villagers in Pauk on Monday, the deadliest attack since the 2021 coup."
    result = read(pipeline, text, published="2025-05-20", country="Myanmar")
    assert [e.fatalities for e in result.events] == [3]
    assert not result.aggregates


def test_a_tally_after_a_list_of_incidents_is_no_figure_of_the_last_one(pipeline: Pipeline) -> None:
    text = _BULLETS + ("Since the 2021 coup, the army has killed more than 3,100 civilians, according to a monitoring "
                       "group.")
    result = read(pipeline, text, published="2025-05-20", country="Myanmar")
    assert 3100 not in [e.fatalities for e in result.events]
    claims = [(a.measure, a.figure, a.period_start, a.period_end, a.claimed_by) for a in result.aggregates]
    assert ("fatalities", 3100, "2021-01-01", "2025-05-20", "a monitoring group") in claims


def test_a_tally_the_mentions_stage_set_aside_gives_its_figure_to_no_event(pipeline: Pipeline) -> None:
    # "since last spring" is a period only the parse reads; the figure is still kept apart as a tally
    text = ("Police fired tear gas at protesters in Harare on Monday, injuring four. Security forces have killed 300 "
            "protesters since last spring, a rights group said.")
    result = read(pipeline, text, published="2025-05-20", country="Zimbabwe")
    assert [e.fatalities for e in result.events] == [0]
    assert [(a.measure, a.figure) for a in result.aggregates] == [("fatalities", 300)]


@pytest.mark.parametrize("text, figures", [
    ("JAMMU, June 10 - Seven pilgrims were killed and 21 injured when gunmen opened fire on a bus.",
     [("fatalities", 7), ("injuries", 21)]),
    ("JAMMU, June 10 - 12 pilgrims were killed when gunmen opened fire on a bus.", [("fatalities", 12)]),
    ("Between 10-12 people were killed on June 3.", [("fatalities", 10)]),
])
def test_a_figure_after_a_datelines_day_is_read_after_the_day(text: str, figures: list[tuple[str, int]]) -> None:
    dates = [(e.start, e.end) for e in find_date_expressions(text)]
    assert [(f.measure, f.value) for f in find_counts(text, excluded=dates)] == figures


def test_a_dateline_day_leaves_the_bodys_number_word(pipeline: Pipeline) -> None:
    text = ("JAMMU, June 10 - Seven pilgrims were killed and 21 injured when gunmen opened fire on a bus in Reasi "
            "district, police said.")
    result = read(pipeline, text, published="2025-06-11", country="India")
    assert [(e.fatalities, e.injuries) for e in result.events] == [(7, 21)]


@pytest.mark.parametrize("text, figures", [
    ("Unidentified gunmen shot dead reporter Ramon Vega Ortiz in Zamora on Tuesday.", [("fatalities", 1)]),
    ("Gunmen killed local councillor Ana Lopez and her son in Zamora.", [("fatalities", 2)]),
    ("Police arrested opposition leader Ana Lopez in Zamora.", [("arrests", 1)]),
    ("A dozen of soldiers lost their life in the attack of Kaya.", [("fatalities", 12)]),
    ("A soldier lost his life in the ambush.", [("fatalities", 1)]),
    ("The drone killed civilians, maybe 30 people, in the market.", [("fatalities", 30)]),
])
def test_deaths_told_with_a_name_an_idiom_or_an_apposition(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(f.measure, f.value) for f in find_counts(text)] == figures


@pytest.mark.parametrize("text, figures", [
    ("Gunmen killed outside Zamora on Tuesday.", []),
    ("Gunmen killed early Monday near the border.", []),
    ("He was sentenced to life in prison.", []),
    ("The drone killed civilians, 5 of them children.", [("fatalities", 3)]),
    ("The drone killed civilians, 12 people were wounded.", [("fatalities", 3), ("injuries", 12)]),
])
def test_no_name_idiom_or_apposition_where_none_is_told(text: str, figures: list[tuple[str, int]]) -> None:
    assert [(f.measure, f.value) for f in find_counts(text)] == figures


def test_a_part_of_a_spread_toll_told_at_its_own_place_is_that_events_figure(pipeline: Pipeline) -> None:
    text = ("KABUL (Reuters) - Militants killed at least 41 people in coordinated attacks across Kandahar province on "
            "Monday, including 25 people pulled off buses and shot in Spin Boldak district, officials said.")
    result = read(pipeline, text, published="2025-06-11", country="Afghanistan")
    assert [e.fatalities for e in result.events] == [25]
    assert [a.figure for a in result.aggregates] == [41]


def test_a_part_beside_its_whole_on_one_event_counts_for_nothing(pipeline: Pipeline) -> None:
    text = ("Gunmen killed 12 people in an attack on a wedding in Zamora on Monday, including 3 children shot in the "
            "courtyard of the Santa Rosa church.")
    result = read(pipeline, text, published="2025-06-11", country="Mexico")
    assert [e.fatalities for e in result.events] == [12]


@pytest.mark.parametrize("text", [
    "Hezbollah fired rockets at army posts in retaliation for the killing of three of its fighters the day before.",
    "Militants fired mortars at an army post in response to the killing of four of their commanders.",
    "The militia shelled the town, avenging the killing of two of its men.",
])
def test_deaths_a_retaliation_answers_are_no_figure_of_the_retaliation(text: str) -> None:
    assert [f.value for f in find_counts(text) if f.measure == "fatalities"] == []


def test_deaths_told_beside_a_response_still_count() -> None:
    text = "Police opened fire in response, killing three protesters."
    assert [(f.measure, f.value) for f in find_counts(text)] == [("fatalities", 3)]


@pytest.mark.parametrize("sentence, reporter", [
    ('The army said "dozens" of rebels had been killed, a claim that could not be independently verified.',
     "The army"),
    ("The army said “dozens” of rebels had been killed.", "The army"),
    ("Five rebels were killed, an assertion the group denied.", None),
])
def test_an_article_alone_is_no_reporter_and_a_quoted_figure_keeps_its_own(sentence: str, reporter: str | None) -> None:
    found = attribution_for(sentence, sentence.index("rebels"))
    assert (found.reporter if found else None) == reporter


def test_the_day_a_retaliation_answers_is_not_the_retaliations_day(pipeline: Pipeline) -> None:
    text = ("An Israeli drone strike on a car near Tyre killed a Hamas official on Friday, Lebanese state media said. "
            "Hezbollah later said it fired a barrage of rockets at Israeli army positions in the Golan Heights in "
            "retaliation for the killing of three of its fighters in Aitaroun the day before.")
    result = read(pipeline, text, published="2025-03-08", country="Lebanon")
    rockets = [e for e in result.events if e.actor1 and e.actor1.startswith("Hezbollah")]
    assert [(str(e.event_date), e.fatalities) for e in rockets] == [("2025-03-07", 0)]


def test_an_event_told_in_the_answered_phrase_keeps_its_own_day(pipeline: Pipeline) -> None:
    text = "Hezbollah fired rockets at Metula on Friday in retaliation for the killing of two of its fighters on Thursday."
    result = read(pipeline, text, published="2025-03-08", country="Lebanon")
    assert [str(e.event_date) for e in result.events] == ["2025-03-07"]


@pytest.mark.parametrize("text, found", [
    ("Authorities suspended internet services for five days after violent protests.", []),
    ("The sit-in lasted three days before police cleared it.", []),
    ("He was arrested two days after the attack.", ["two days after"]),
])
def test_a_length_of_days_is_no_day_counted_from_another(text: str, found: list[str]) -> None:
    assert [e.text for e in find_date_expressions(text)] == found


def test_a_curfews_weekday_dates_the_change_told_beside_it(pipeline: Pipeline) -> None:
    text = ("Authorities imposed an indefinite curfew in Shillong on Sunday and suspended internet services in "
            "Meghalaya for five days after violent protests.")
    result = read(pipeline, text, published="2025-09-15", country="India")
    assert [(str(e.event_date), e.time_precision) for e in result.events] == [("2025-09-14", 1)]


def test_a_weekday_answering_a_question_about_last_week_is_of_that_week() -> None:
    text = ("Q: What happened in Gondar last week?\nA: On Tuesday our fighters attacked the army camp near Gondar. "
            "The next day the army bombed Debark.\nQ: And this week?\nA: On Tuesday we rested.")
    days = [(e.text, str(v.date)) for e, v in resolve_text(text, dt.date(2024, 4, 20)) if e.kind != "period" and v]
    assert days == [("Tuesday", "2024-04-09"), ("The next day", "2024-04-10"), ("Tuesday", "2024-04-16")]
