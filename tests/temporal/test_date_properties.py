"""Property tests for the date parser and resolver (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.temporal import find_date_expressions, resolve_expression, resolve_text
from eventcoder.temporal.calendar import acled_week_start, mid_week, most_recent_weekday

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

days = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31))
lags = st.integers(min_value=0, max_value=6)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def formats(day: dt.date) -> list[str]:
    name, abbr = MONTH_NAMES[day.month - 1], MONTH_ABBREVIATIONS[day.month - 1]
    return [f"On {day.day} {name} {day.year}", f"On {name} {day.day}, {day.year}", f"On {abbr} {day.day}",
            f"On {ordinal(day.day)} of {name}", f"on {name} {ordinal(day.day)}", f"On {day.day:02d} {name}, {day.year}",
            f"on {day.isoformat()}", f"On {day.day}/{day.month}/{day.year}"]


def resolve_one(text: str, published: dt.date | None):
    expressions = find_date_expressions(text)
    assert len(expressions) == 1, (text, expressions)
    return resolve_expression(expressions[0], published)


@given(days, lags)
@settings(max_examples=100, deadline=None)
def test_absolute_dates_round_trip(day: dt.date, lag: int) -> None:
    published = day + dt.timedelta(days=lag)
    for text in formats(day):
        value = resolve_one(text + ", protesters gathered.", published)
        assert value is not None and value.date == day and value.precision == 1, text


@given(days, lags)
def test_weekday_is_the_latest_such_day_on_or_before_publication(day: dt.date, lag: int) -> None:
    published = day + dt.timedelta(days=lag)
    value = resolve_one(f"Protesters gathered on {WEEKDAY_NAMES[day.weekday()]}.", published)
    assert value is not None and value.date == day


@given(days, st.integers(min_value=0, max_value=6))
def test_most_recent_weekday(anchor: dt.date, weekday: int) -> None:
    found = most_recent_weekday(weekday, anchor)
    assert found.weekday() == weekday and 0 <= (anchor - found).days <= 6
    strictly = most_recent_weekday(weekday, anchor, strictly_before=True)
    assert strictly.weekday() == weekday and 1 <= (anchor - strictly).days <= 7


@given(days)
def test_acled_weeks_run_saturday_to_friday(day: dt.date) -> None:
    start = acled_week_start(day)
    assert start.weekday() == 5 and 0 <= (day - start).days <= 6
    assert mid_week(start).weekday() == 1


PHRASES = st.sampled_from([
    "on Sunday", "Monday night", "last Friday", "On Nov 28", "on 3 March 2031", "On December 31", "last week",
    "this week", "over the weekend", "earlier this month", "last month", "in late May", "in June 2030",
    "yesterday", "overnight", "two days ago", "that night", "the next day", "three days later", "recently",
    "Around 16 September 2020 (as reported)", "As reported on Apr 09", "the day before", "at the end of December",
])


@given(st.lists(PHRASES, min_size=1, max_size=5), days)
@settings(max_examples=100, deadline=None)
def test_nothing_resolves_after_publication(phrases: list[str], published: dt.date) -> None:
    text = ". ".join(f"Protesters gathered {p}" for p in phrases) + "."
    for _, value in resolve_text(text, published):
        if value is not None:
            assert value.date <= published
            assert value.precision in (1, 2, 3)
            assert 0.0 <= value.confidence <= 1.0


@given(st.lists(PHRASES, min_size=1, max_size=5))
def test_without_publication_only_dates_with_a_year_resolve(phrases: list[str]) -> None:
    """...and anaphora that point back to one ("On 3 March 2031 ... that night")."""
    text = ". ".join(f"Protesters gathered {p}" for p in phrases) + "."
    anchored = False
    for expr, value in resolve_text(text, None):
        if value is None:
            continue
        assert expr.year is not None or (expr.kind == "anaphoric" and anchored), expr
        anchored = anchored or expr.year is not None


@given(st.text(max_size=200))
def test_the_finder_never_fails_and_spans_match(text: str) -> None:
    for expr in find_date_expressions(text):
        assert text[expr.start:expr.end] == expr.text
