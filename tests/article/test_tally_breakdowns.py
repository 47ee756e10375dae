"""Tallies as officials give them, written for these tests: official statistics, a "post-X" period or its
aftermath, and the breakdown of a toll told just before ("Out of this, 97 died in police firing"). Each is an
aggregate claim with the force that inflicted it when its own clause names it, and the region it sums when the
sentence says "the state"; none becomes an event."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow

POLICE = "Police Forces of India (2014-)"


def extract(pipeline: Pipeline, text: str):
    result = read(pipeline, text, published="2024-05-09", country="India")
    return result.events, result.aggregates


def test_official_statistics_without_a_day_are_a_tally(pipeline: Pipeline) -> None:
    events, aggregates = extract(pipeline, "The official statistics say that 99 persons have been killed in police "
                                           "firing. Curfew remained in force in the old city.")
    assert [(a.measure, a.figure, a.actor1) for a in aggregates] == [("fatalities", 99, POLICE)]
    assert not any(e.fatalities for e in events), "a tally gives no event its deaths"


def test_official_figures_about_one_day_keep_the_events_figure(pipeline: Pipeline) -> None:
    events, aggregates = extract(pipeline, "Official figures show 12 people were killed when gunmen attacked a bus "
                                           "near Anantnag on Tuesday.")
    assert aggregates == []
    assert [e.fatalities for e in events] == [12]


def test_a_post_period_is_a_tally_and_its_name_is_not_its_place(pipeline: Pipeline) -> None:
    events, aggregates = extract(pipeline, "The minister told the assembly that post-Ayodhya, 668 persons had died "
                                           "in communal violence, out of which 100 were killed in police firing.")
    assert events == []
    (toll,) = [a for a in aggregates if a.figure == 668]
    assert toll.actor1 is None, "the 668 died in communal violence: not the police's"
    assert toll.place != "Ayodhya"


def test_an_aftermath_toll_keeps_its_part_apart_from_the_police(pipeline: Pipeline) -> None:
    events, aggregates = extract(pipeline, "The control room confirmed that 486 deaths have taken place in the "
                                           "riots' aftermath, including 84 persons who have been killed in police firing.")
    assert events == []
    assert [(a.figure, a.actor1) for a in aggregates] == [(486, None)]


def test_a_breakdown_of_the_toll_told_before_is_part_of_that_tally(pipeline: Pipeline) -> None:
    events, aggregates = extract(pipeline, "The overall toll in the state touched the 544-mark by Wednesday. Out of "
                                           "this, 97 died in police firing, according to the police control room.")
    assert not any(e.fatalities == 97 for e in events)
    assert (97, POLICE) in [(a.figure, a.actor1) for a in aggregates]


def test_a_breakdown_needs_a_tally_before_it(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, "Police opened fire on a mob that torched shops in Naroda on Tuesday, killing "
                                  "14 people. Among them were 3 children.")
    assert [e.fatalities for e in events if e.fatalities] == [14]


def test_a_tally_in_the_state_is_placed_in_the_stories_state(pipeline: Pipeline) -> None:
    events, aggregates = extract(pipeline, "AHMEDABAD: Police fired on a mob in Naroda on Tuesday, killing two. "
                                           "Officials said 73 people have died in police firing across the state "
                                           "over the last five days.")
    assert [e.fatalities for e in events] == [2]
    assert [(a.figure, a.actor1, a.place) for a in aggregates] == [(73, POLICE, "Gujarat")]


def extract_on(pipeline: Pipeline, text: str, country: str, published: str = "2026-06-01"):
    result = read(pipeline, text, published=published, country=country)
    return result.events, result.aggregates


def test_a_wars_dead_in_a_relative_clause_are_a_tally_not_the_strikes(pipeline: Pipeline) -> None:
    events, aggregates = extract_on(pipeline, (
        "An air strike by government forces on the village of Ulang killed four people on Monday, a local official "
        "said. The violence has raised fears of a return to the 2013-2018 civil war, in which nearly 400,000 "
        "people died."), "South Sudan")
    assert [e.fatalities for e in events] == [4]
    assert [(a.figure, a.period_start, a.period_end) for a in aggregates] == [(400000, "2013-01-01", "2018-12-31")]


@pytest.mark.parametrize(("sentence", "period"), [
    ("The separatist conflict has killed more than 6,000 people since 2017, according to the International "
     "Crisis Group.", ("2017-01-01", "2026-06-01")),
    ("Gangs killed more than 5,600 people last year, the United Nations said.", ("2025-01-01", "2025-12-31")),
    ("In 2023, police killed 871 people across the country, a rights group said.", ("2023-01-01", "2023-12-31")),
])
def test_a_tally_told_in_years_has_its_period(pipeline: Pipeline, sentence: str, period: tuple[str, str]) -> None:
    _, aggregates = extract_on(pipeline, sentence, "Haiti")
    assert [(a.period_start, a.period_end) for a in aggregates] == [period]


def test_a_reporter_loses_its_full_stop_and_auxiliary() -> None:
    from eventcoder.quantities import find_attributions

    assert [a.reporter for a in find_attributions(
        "The conflict has killed 6,000 people, according to the International Crisis Group.")] == [
        "the International Crisis Group"]
    assert [a.reporter for a in find_attributions("The Taliban have claimed to have crushed the group.")] == [
        "The Taliban"]
    assert [a.reporter for a in find_attributions("At least 5 died, according to the U.N.")] == ["the U.N."]


@pytest.mark.parametrize(("sentence", "tally"), [
    ("Police detained over 200 bandh supporters across the state.", True),
    ("Across the state, police detained 200 bandh supporters.", True),
    ("Police arrested 85 opposition activists countrywide.", True),
    ("Police arrested 12 people across the street from the stadium.", False),
    ("Police detained 14 protesters in Naroda on Tuesday.", False),
])
def test_figures_across_the_land_are_a_tally(sentence: str, tally: bool) -> None:
    from eventcoder.quantities import is_aggregate

    assert (is_aggregate(sentence) is not None) is tally


def test_the_other_sides_quoted_toll_is_kept_as_a_claim_beside_the_figure_used(pipeline: Pipeline) -> None:
    events, _ = extract_on(pipeline, (
        "BANGUI, Jan 18 (AFP) - Rebels attacked an army position in the town of Bossangoa on Friday, killing two "
        "soldiers, the army said. The rebels claimed on social media to have killed \"more than 15\" soldiers."),
        "Central African Republic", published="2026-01-18")
    (event,) = events
    assert event.fatalities == 2
    assert sorted((c.value, c.source) for c in event.claims if c.field == "fatalities") == [
        (2, "the army"), (15, "The rebels")]


def test_many_killed_in_various_places_are_a_tally_a_few_are_not() -> None:
    from eventcoder.quantities import is_aggregate

    assert is_aggregate("As many as 47 persons have been killed in various places, including 13 in the city.")
    assert is_aggregate("Two people were killed in different parts of the town.") is None


@pytest.mark.parametrize(("sentence", "tally"), [
    ("The sudden spurt in the death toll from 544 to 607 between Wednesday and Thursday is the result of many "
     "more bodies having been found.", True),
    ("As many as 28 more deaths have been added to the tally during the 24 hours.", True),
    ("The death toll from the bombing rose from 12 to 15 on Tuesday.", False),
    ("The total death toll had hit the 350 mark by Saturday afternoon.", True),
    ("By Friday morning the death toll had crossed the 200-mark.", True),
    ("The death toll from the market bombing reached 15 on Friday.", False),
])
def test_a_running_count_that_moved_is_a_tally(sentence: str, tally: bool) -> None:
    from eventcoder.quantities import is_aggregate

    assert (is_aggregate(sentence) is not None) is tally


@pytest.mark.parametrize(("sentence", "period"), [
    ("Rights groups say 39 people had been killed in protest-related incidents since last year's demonstrations.",
     ("2025-01-01", "2026-06-01")),
    ("In 2007-08, more than 1,100 people died in post-election violence.", ("2007-01-01", "2008-12-31")),
])
def test_since_last_year_runs_to_publication_and_short_year_spans_are_read(
        pipeline: Pipeline, sentence: str, period: tuple[str, str]) -> None:
    _, aggregates = extract_on(pipeline, sentence, "Kenya")
    assert [(a.period_start, a.period_end) for a in aggregates] == [period]
    assert [a.figure for a in aggregates] in ([39], [1100]), "a span of years is no figure"


@pytest.mark.parametrize("sentence", [
    "The United Nations says more than 1,500 people have been killed in the city since the RSF siege began in May 2024.",
    "At least 18 people have been killed in the fighting since last Friday, police said.",
])
def test_a_siege_or_days_since_a_weekday_make_a_tally(sentence: str) -> None:
    from eventcoder.quantities import is_aggregate

    assert is_aggregate(sentence) is not None


@pytest.mark.parametrize(("text", "expected"), [
    ("One student, identified as Rakib Hasan, 21, has died of his injuries.", []),
    ("Three men died at the scene and two others died in hospital.", [("fatalities", 3), ("fatalities", 2)]),
    ("A medic said 25 wounded people had been received at the hospital.", [("injuries", 25)]),
])
def test_ages_places_of_death_and_wounded_people_are_read_as_they_are(text: str, expected: list) -> None:
    from eventcoder.quantities import find_counts

    assert [(f.measure, f.value) for f in find_counts(text)] == expected


def test_a_reporter_loses_a_trailing_adverb() -> None:
    from eventcoder.quantities import find_attributions

    assert [a.reporter for a in find_attributions(
        "Five taxi drivers were killed in the area in March, News24 previously reported.")] == ["News24"]


def test_a_tally_takes_the_place_its_sentence_names_and_no_perpetrator_from_the_sentence_before(
        pipeline: Pipeline) -> None:
    _, aggregates = extract_on(pipeline, (
        "JOS - Gunmen killed six farmers in Mushu village on Monday night, residents said. A youth leader said over "
        "200 people have been killed in Bokkos since January."), "Nigeria")
    assert [(a.figure, a.place, a.actor1) for a in aggregates] == [(200, "Bokkos", None)]
