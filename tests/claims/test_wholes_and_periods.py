"""Stop 20 (reader 6, figures8): a whole told beside its parts is a tally, not one more event; a tally's period
is the range, day or relative year its sentence names."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.quantities import find_counts, tally_scopes
from eventcoder.temporal import find_date_expressions, resolve_text

from eventcoder.analysis import Analysis
from claims_stages import build as build_in


def build(text: str, triggers: list[tuple[str, str, str]], *, published: dt.date) -> Analysis:
    return build_in(text, triggers, published=published, country="Iran")


def test_a_range_whose_days_are_told_one_by_one_is_a_tally() -> None:
    text = ("Soldiers shot dead at least 11 villagers in Dunmore between 4 and 9 March. Seven villagers were killed "
            "on 4 March. Four more were killed on 9 March.")
    analysis = build(text, [("shot dead", "Violence against civilians", "Attack"),
                            ("killed", "Violence against civilians", "Attack")], published=dt.date(2024, 3, 12))
    analysis_days = [(m.date.date.isoformat() if m.date else None, m.fatalities.value if m.fatalities else None)
                     for m in analysis.mentions]
    assert ("2024-03-04", 7) in analysis_days and all(f != 11 for _, f in analysis_days)
    (tally,) = analysis.aggregates
    assert (tally.figure, tally.period_start, tally.period_end) == (11, "2024-03-04", "2024-03-09")


def test_a_short_range_without_parts_stays_an_event() -> None:
    text = "Soldiers shot dead at least 11 villagers in Dunmore between 4 and 9 March."
    analysis = build(text, [("shot dead", "Violence against civilians", "Attack")], published=dt.date(2024, 3, 12))
    (event,) = analysis.mentions
    assert event.fatalities is not None and event.fatalities.value == 11
    assert analysis.aggregates == []


def test_the_first_day_of_a_range_told_with_one_month() -> None:
    found = [(e.text, e.day, e.month) for e in find_date_expressions("Fighting raged from 4 to 9 March in the hills.")]
    assert found == [("4", 4, 3), ("9 March", 9, 3)]
    found = [(e.text, e.day) for e in find_date_expressions("Fighting raged between March 4 and 9, officials said.")]
    assert found == [("March 4", 4), ("9", 9)]
    assert [e.text for e in find_date_expressions("From March 4 to 9 people were hurt.")] == ["March 4"]


@pytest.mark.parametrize(("text", "start"), [
    ("Officials say 1,200 people have been killed since August last year.", "2023-08-01"),
    ("Officials say 1,200 people have been killed since 2 August last year.", "2023-08-02"),
    ("Officials say 1,200 people have been killed since clashes escalated on 2 August.", "2024-08-02"),
])
def test_a_tally_since_a_relative_year_or_an_escalation(text: str, start: str) -> None:
    analysis = build(text, [], published=dt.date(2024, 10, 20))
    (tally,) = analysis.aggregates
    assert (tally.period_start, tally.period_end) == (start, "2024-10-20")


def test_a_tally_of_that_day_spans_that_day() -> None:
    text = ("Riot police fired on marchers in Lusaka on 14 May. Monitors said at least 21 people were killed "
            "across the country that day.")
    analysis = build(text, [("fired", "Protests", "Excessive force against protesters")], published=dt.date(2024, 5, 20))
    (tally,) = analysis.aggregates
    assert (tally.figure, tally.period_start, tally.period_end) == (21, "2024-05-14", "2024-05-14")


def test_attacks_across_a_named_region_are_a_tally_not_an_event() -> None:
    text = ("Insurgents staged raids across Kordestan on Sunday, killing at least 31 people, officials said. "
            "In Tarvan district, gunmen ambushed a bus and shot dead 12 farmers.")
    analysis = build(text, [("raids", "Violence against civilians", "Attack"),
                            ("ambushed", "Violence against civilians", "Attack")], published=dt.date(2024, 6, 4))
    assert [(m.trigger.text, m.fatalities.value if m.fatalities else None) for m in analysis.mentions] == [("ambushed", 12)]
    (tally,) = analysis.aggregates
    assert (tally.figure, tally.place) == (31, "Kordestan")


def test_an_act_across_a_region_in_a_clause_of_its_own_keeps_the_figure_of_another() -> None:
    scopes = tally_scopes("Police arrested 14 students in Tarvan on Sunday as rallies spread across Kordestan.", dated=True)
    assert all(not s.start <= 16 < s.end for s in scopes)


@pytest.mark.parametrize("sentence", [
    "At least 48 people were killed on Saturday alone, most of them in Tarvan.",
    "More than 900 people were killed in the following four days, the monitor said.",
    "The agency says 6,000 people have been killed in the war's first year.",
])
def test_figures_spread_over_places_or_days_are_tallies(sentence: str) -> None:
    (finding,) = find_counts(sentence)
    scopes = tally_scopes(sentence, dated=bool(find_date_expressions(sentence)))
    assert any(s.start <= finding.start < s.end for s in scopes), scopes


def test_the_share_of_one_place_is_not_the_tally_place() -> None:
    analysis = build("At least 48 people were killed nationwide on Saturday, most of them in Tarvan.", [],
                     published=dt.date(2024, 6, 4))
    (tally,) = analysis.aggregates
    assert tally.place != "Tarvan" and (tally.period_start, tally.period_end) == ("2024-06-01", "2024-06-01")


def test_earlier_this_month_said_early_in_the_month_is_its_middle_day() -> None:
    ((_, value),) = resolve_text("Earlier this month, a shop was torched.", dt.date(2024, 12, 6))
    assert value is not None and (value.date, value.precision) == (dt.date(2024, 12, 3), 3)


def test_an_event_told_before_a_period_cue_of_its_clause_stays_an_event() -> None:
    text = ("On 30 April 2024, a crowd gathered in Tarvan and held a vigil for the workers who lost their lives at the "
            "mine in 1987.")
    analysis = build(text, [("gathered", "Protests", "Peaceful protest")], published=dt.date(2024, 5, 3))
    assert [m.trigger.text for m in analysis.mentions] == ["gathered"]


def test_a_tally_over_the_following_days_runs_from_the_day_told_before() -> None:
    text = ("Gunmen ambushed a convoy near Tarvan on Thursday. Monitors said more than 400 people were killed in the "
            "following three days.")
    analysis = build(text, [("ambushed", "Battles", "Armed clash")], published=dt.date(2025, 3, 10))
    (tally,) = analysis.aggregates
    assert (tally.figure, tally.period_start, tally.period_end) == (400, "2025-03-07", "2025-03-09")
