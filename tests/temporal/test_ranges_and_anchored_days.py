"""Stop 19 (reader 5): a range of dates longer than a week is a period, not an event's day; a weekday told as what
came before an event ("..., after a man was shot on Tuesday") falls before that event's day."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.temporal import find_date_expressions, resolve_text
from eventcoder.temporal.expressions import long_ranges


def roles(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.role) for e in find_date_expressions(text)]


@pytest.mark.parametrize("text", [
    "Between 3 February and 20 May 2025, 88 people were killed in the province.",
    "From 3 February to 20 May, 88 people were killed in the province.",
    "From February to May, 88 people were killed in the province.",
])
def test_a_long_range_opens_and_closes_a_period(text: str) -> None:
    found = roles(text)
    assert [role for _, role in found] == ["since", "until"], found


@pytest.mark.parametrize("text", [
    "Gunmen killed five people between 3 and 5 March.",  # "3" alone is no date: one event date
    "Between 3 March and 6 March, gunmen killed five people.",  # three days: the first day's event
    "From Monday to Wednesday, traders blocked the road.",
])
def test_a_short_range_keeps_its_event_dates(text: str) -> None:
    assert all(role == "event" for _, role in roles(text)), roles(text)


def test_a_second_month_of_a_range_is_found_after_to() -> None:
    expressions = find_date_expressions("From January to April, 40 were killed.")
    assert [e.month for e in expressions] == [1, 4]
    assert len(long_ranges("From January to April, 40 were killed.", expressions)) == 1


def test_a_weekday_told_after_an_event_falls_before_its_day() -> None:
    # published on a Tuesday: "on Tuesday" alone is that day, but the shooting came before Thursday's riot
    text = "Youths burned cars in Creil on Thursday night, after a teenager was shot by police on Tuesday."
    values = {e.text: v.date for e, v in resolve_text(text, dt.date(2026, 3, 10)) if v is not None}
    assert values["Thursday night"] == dt.date(2026, 3, 5)
    assert values["Tuesday"] == dt.date(2026, 3, 3)


def test_a_weekday_before_the_day_it_follows_is_untouched() -> None:
    text = "Traders marched in Creil on Thursday, after police shut the market on Monday."
    values = {e.text: v.date for e, v in resolve_text(text, dt.date(2026, 3, 10)) if v is not None}
    assert values["Monday"] == dt.date(2026, 3, 2)
