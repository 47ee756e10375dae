"""Figures in journalism (stop 22, figures11), in sentences written for these tests: a toll told over a range of
named days is a record a day with its deaths split, the remainder to the earliest days; a lead's total told again in
parts by the body counts once; deaths told by "gunned down" or with a relative clause on the victims count."""

from __future__ import annotations

import pytest
from reading import read

from eventcoder.pipeline import Pipeline
from eventcoder.quantities.casualties import find_counts
from eventcoder.stages.assemble import _shares

pytestmark = pytest.mark.slow


def _deaths(text: str) -> list[int]:
    return [f.value for f in find_counts(text) if f.measure == "fatalities"]


def _days(result) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return sorted((str(e.event_date), e.fatalities) for e in result.events)


# --- a range of named days: a record a day (ACLED.md 1.4, 1.5) ---

def test_a_toll_over_a_range_of_weekdays_is_a_record_a_day(pipeline: Pipeline) -> None:
    text = "From Monday to Wednesday, 15 people were killed in clashes between rival militias in Kismayo."
    result = read(pipeline, text, published="2022-06-17", country="Somalia")
    assert _days(result) == [("2022-06-13", 5), ("2022-06-14", 5), ("2022-06-15", 5)]
    assert len({e.event_id for e in result.events}) == 3
    assert len({e.location for e in result.events}) == 1


def test_a_range_told_after_the_toll_opens_on_its_first_day(pipeline: Pipeline) -> None:
    text = "Eight people died in fighting between two clans near Dhusamareb between Tuesday and Thursday, elders said."
    result = read(pipeline, text, published="2022-06-18", country="Somalia")
    assert _days(result) == [("2022-06-14", 3), ("2022-06-15", 3), ("2022-06-16", 2)]


def test_a_range_of_dates_spreads_the_remainder_to_the_earliest_days(pipeline: Pipeline) -> None:
    text = "Between 4 April and 6 April, soldiers killed ten insurgents in operations near Mocimboa da Praia."
    result = read(pipeline, text, published="2022-04-09", country="Mozambique")
    assert _days(result) == [("2022-04-04", 4), ("2022-04-05", 3), ("2022-04-06", 3)]


@pytest.mark.parametrize("value, days, shares", [(5, 2, [3, 2]), (7, 3, [3, 2, 2]), (2, 3, [1, 1, 0]), (0, 2, [0, 0])])
def test_shares_are_even_with_the_remainder_to_the_earliest_days(value: int, days: int, shares: list[int]) -> None:
    assert _shares(value, days) == shares
    assert sum(_shares(value, days)) == value


def test_a_night_told_by_its_two_days_stays_one_record(pipeline: Pipeline) -> None:
    text = "On Saturday night to Sunday, bandits killed three herders near Zurmi."
    result = read(pipeline, text, published="2022-06-20", country="Nigeria")
    assert [e.fatalities for e in result.events] == [3]


def test_a_range_longer_than_a_week_is_still_a_period(pipeline: Pipeline) -> None:
    text = "From 1 May to 20 May, 64 people were killed in clashes in Abyei, the United Nations said."
    result = read(pipeline, text, published="2022-06-01", country="South Sudan")
    assert not any(e.fatalities == 64 for e in result.events)
    assert len(result.events) <= 1


def test_two_named_days_still_split_the_odd_death_to_the_first(pipeline: Pipeline) -> None:
    text = "Jalandhar: In clashes between two groups in the old market on Tuesday and Wednesday, three people died."
    result = read(pipeline, text, published="2022-06-18", country="India")
    assert _days(result) == [("2022-06-14", 2), ("2022-06-15", 1)]


# --- a lead's total told again in parts ---

def test_a_leads_total_told_in_parts_by_the_body_counts_once(pipeline: Pipeline) -> None:
    text = ("Nine people were killed in attacks in Kenya's Mandera county on Monday.\n\n"
            "Six herders were killed when gunmen raided a watering point at Elwak. Three police officers were "
            "killed when their truck struck a roadside bomb near Rhamu.")
    result = read(pipeline, text, published="2022-06-15", country="Kenya", title="Nine killed in Mandera")
    assert sum(e.fatalities for e in result.events) == 9
    assert sorted(e.fatalities for e in result.events if e.fatalities) == [3, 6]


def test_parts_told_as_more_add_and_the_lead_still_counts_once(pipeline: Pipeline) -> None:
    text = ("Twelve people were killed in Katsina on Friday. Bandits killed seven villagers in Danmusa. "
            "Five more were killed in Safana by the same gang.")
    result = read(pipeline, text, published="2022-06-15", country="Nigeria", title="Twelve killed in Katsina")
    assert sum(e.fatalities for e in result.events) == 12


def test_a_lead_whose_parts_do_not_add_up_keeps_its_figure(pipeline: Pipeline) -> None:
    text = ("Nine people were killed in attacks in Kenya's Mandera county on Monday.\n\n"
            "Six herders were killed when gunmen raided a watering point at Elwak. Two police officers were "
            "killed when their truck struck a roadside bomb near Rhamu.")
    result = read(pipeline, text, published="2022-06-15", country="Kenya", title="Nine killed in Mandera")
    assert max(e.fatalities for e in result.events) == 9


@pytest.mark.parametrize("second", ["In a separate attack, two police officers were killed in Kayes.",
                                    "On Tuesday, two police officers were killed in Kayes.",
                                    "Two police officers were killed in Kayes."])
def test_figures_told_apart_from_the_lead_are_no_parts_of_it(pipeline: Pipeline, second: str) -> None:
    text = f"Five soldiers were killed in an ambush near Menaka on Monday. {second} Three civilians died in Nioro."
    result = read(pipeline, text, published="2022-06-15", country="Mali", title="Attacks in Mali")
    assert sum(e.fatalities for e in result.events) == 10


def test_more_after_a_figure_adds_it() -> None:
    (finding,) = [f for f in find_counts("Two more soldiers died in hospital.") if f.measure == "fatalities"]
    assert finding.additive and finding.value == 2
    (finding,) = [f for f in find_counts("Police killed 3 more than the year before.") if f.measure == "fatalities"]
    assert not finding.additive


# --- deaths told with a relative clause on the victims, and "gunned down" ---

@pytest.mark.parametrize("text, dead", [
    ("The police gunned down three men, who were wanted for extortion, in an encounter near Ballia on Monday.", [3]),
    ("Two smugglers, who were carrying arms across the border, were shot dead by troops on Sunday.", [2]),
    ("A robber was gunned down by villagers in Sitapur.", [1]),
    ("Four pilgrims were mowed down by a speeding truck.", [4]),
    ("A man, whose name was not released, was found dead near the canal.", [1]),
])
def test_deaths_told_with_a_relative_clause_or_gunned_down_count(text: str, dead: list[int]) -> None:
    assert _deaths(text) == dead


def test_a_relative_clause_that_tells_other_harm_is_no_aside() -> None:
    assert _deaths("The two suspects, who had killed a guard, were arrested on Friday.") == [1]


def test_the_police_events_deaths_told_with_a_relative_clause(pipeline: Pipeline) -> None:
    text = "The police gunned down two brothers, who were wanted in a kidnapping, in an encounter near Etah on Sunday."
    result = read(pipeline, text, published="2022-06-15", country="India")
    assert [e.fatalities for e in result.events] == [2]
    assert result.events[0].actor1 and result.events[0].actor1.startswith("Police Forces of India")


# --- already right on main (2a8bc05), kept as guards ---

def test_an_encounter_in_which_militants_were_killed_is_the_forces_event(pipeline: Pipeline) -> None:
    text = "Troops on Thursday launched an operation in Sopore in which two militants were killed, police said."
    result = read(pipeline, text, published="2022-06-17", country="India")
    assert [(e.event_type, e.fatalities) for e in result.events] == [("Battles", 2)]


def test_attackers_the_police_killed_count_on_the_armed_clash(pipeline: Pipeline) -> None:
    text = ("Gunmen attacked a police station in Tank on Saturday night. Police returned fire and killed three of the "
            "attackers, officials said.")
    result = read(pipeline, text, published="2022-06-20", country="Pakistan")
    assert [(e.sub_event_type, e.fatalities) for e in result.events] == [("Armed clash", 3)]
    assert result.events[0].actor1 is not None and not result.events[0].actor1.startswith("Police")


def test_more_dead_told_on_another_day_do_not_add_to_the_event_told_before(pipeline: Pipeline) -> None:
    text = ("A trader was hacked to death by a mob in the Raipur area of Ahmedabad on Sunday. One more person from "
            "Dariapur under treatment for burns succumbed on Saturday.")
    result = read(pipeline, text, published="2022-06-21", country="India")
    assert [e.fatalities for e in result.events if str(e.event_date) == "2022-06-19"] == [1]
