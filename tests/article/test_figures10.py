"""Figures in journalism (stop 21, figures10), in sentences written for these tests: counts of cases are no deaths;
a death told after a quotation is the event's the quote is about; a later death told as its own event adds to the
event it is grouped with, while competing reports of one toll keep the lowest; a death from wounds told on a later
day makes no record of its own; an event told over two days at one place is two records with its deaths split."""

from __future__ import annotations

import pytest
from reading import read

from eventcoder.pipeline import Pipeline
from eventcoder.quantities.casualties import find_counts

pytestmark = pytest.mark.slow


def _deaths(text: str) -> list[int]:
    return [f.value for f in find_counts(text) if f.measure == "fatalities"]


@pytest.mark.parametrize("text, dead", [
    ("A bandit wanted in nine murder cases was shot dead by the police near Bhind on Sunday.", [1]),
    ("A history-sheeter facing 23 criminal cases was killed in an encounter on Monday.", [1]),
    ("The gangster, who had 11 FIRs against him, was shot dead by rivals on Friday.", [1]),
    ("Two robbers charged with four counts of murder were killed in a shootout.", [2]),
])
def test_counts_of_cases_charges_and_firs_are_no_deaths(text: str, dead: list[int]) -> None:
    assert _deaths(text) == dead


def test_figures_beside_cases_still_count() -> None:
    assert _deaths("Six villagers were killed, and police registered cases against 40 people.") == [6]
    assert _deaths("Gunmen killed 8 people in three separate attacks.") == [8]
    assert _deaths("Unknown assailants killed 4 in separate cases of arson on Sunday.") == [4]


def test_a_death_told_after_a_quotation_belongs_to_the_event_quoted_about(pipeline: Pipeline) -> None:
    text = ("Insurgents stormed a border outpost in Kurram district on Thursday night, officials said.\n\n"
            "\"They came in the dark and our men pushed them back within the hour,\" a security official told "
            "reporters.\n\nThree soldiers embraced shahadat during the exchange.")
    result = read(pipeline, text, published="2021-05-08", country="Pakistan", title="Outpost attacked")
    assert [e.fatalities for e in result.events if e.event_type == "Battles"] == [3]


def test_a_paragraph_that_is_no_quotation_still_stops_the_reach(pipeline: Pipeline) -> None:
    text = ("Insurgents stormed a border outpost in Kurram district on Thursday night, officials said.\n\n"
            "The region has seen a string of attacks since the spring.\n\n"
            "The provincial assembly met in Peshawar on Friday.\n\nThree soldiers embraced shahadat.")
    result = read(pipeline, text, published="2021-05-08", country="Pakistan", title="Outpost attacked")
    assert not any(e.fatalities == 3 and e.event_type == "Battles" for e in result.events)


def test_a_later_death_told_as_its_own_event_adds_to_the_event(pipeline: Pipeline) -> None:
    text = ("Nine people were killed in clashes between rival groups in Bauchi on Sunday. Later that night a mob "
            "burned a police constable to death in the same neighbourhood.")
    result = read(pipeline, text, published="2021-05-11", country="Nigeria", title="Clashes in Bauchi")
    assert sorted(e.fatalities for e in result.events) == [10]


def test_competing_reports_of_one_toll_keep_the_lowest(pipeline: Pipeline) -> None:
    text = ("Nine people were killed in clashes between rival groups in Bauchi on Sunday, residents said. Police said "
            "six people were killed in the clashes.")
    result = read(pipeline, text, published="2021-05-11", country="Nigeria", title="Clashes in Bauchi")
    assert [e.fatalities for e in result.events] == [6]


def test_a_death_from_wounds_on_a_later_day_makes_no_record_of_its_own(pipeline: Pipeline) -> None:
    text = ("Nine people were killed in clashes in Bauchi on Sunday. A soldier also died of his injuries on "
            "Monday.")
    result = read(pipeline, text, published="2021-05-11", country="Nigeria", title="Clashes in Bauchi")
    assert [(str(e.event_date), e.fatalities) for e in result.events] == [("2021-05-09", 10)]


def test_an_event_over_two_days_at_one_place_is_two_records_with_its_deaths_split(pipeline: Pipeline) -> None:
    text = "Meerut: In police firing in the old city on Sunday and Monday, seven people died, officials said."
    result = read(pipeline, text, published="2021-05-11", country="India")
    assert sorted((str(e.event_date), e.fatalities) for e in result.events) == [("2021-05-09", 4), ("2021-05-10", 3)]
    assert len({e.event_id for e in result.events}) == 2


def test_a_night_between_two_days_stays_one_record(pipeline: Pipeline) -> None:
    text = "Meerut: In police firing in the old city on the night between Sunday and Monday, two people died."
    result = read(pipeline, text, published="2021-05-11", country="India")
    assert [e.fatalities for e in result.events] == [2]
