"""The date-expression finder: what it finds, and the role its context gives each expression."""

from __future__ import annotations

import pytest

from eventcoder.temporal import find_date_expressions


def only(text: str):
    found = find_date_expressions(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "kind", "parts"), [
    ("On 28 November 2019, protesters", "date", {"year": 2019, "month": 11, "day": 28}),
    ("On Nov 28, protesters", "date", {"year": None, "month": 11, "day": 28}),
    ("On June 28th, militants", "date", {"month": 6, "day": 28}),
    ("On 15 January, 2020, a man", "date", {"year": 2020, "month": 1, "day": 15}),
    ("On 05 06 2019, a bomb", "date", {"year": 2019, "month": 6, "day": 5}),
    ("on 2020-01-19 police", "date", {"year": 2020, "month": 1, "day": 19}),
    ("in early November 2019", "month", {"year": 2019, "month": 11, "part": "early"}),
    ("at the end of March", "month", {"month": 3, "part": "late"}),
    ("protests on Sunday.", "weekday", {"weekday": 6}),
    ("a wound sustained Monday in", "weekday", {"weekday": 0}),
    ("late Tuesday night", "weekday", {"weekday": 1, "time_of_day": "night"}),
    ("overnight, rockets hit", "relative", {"offset": -1}),
    ("two days ago", "relative", {"offset": -2}),
    ("reports that night showed", "anaphoric", {"offset": 0}),
    ("the day before, police", "anaphoric", {"offset": -1}),
    ("three days later", "anaphoric", {"offset": 3}),
    ("earlier this month", "period", {"part": "earlier this month"}),
    ("last week", "period", {"part": "last week"}),
])
def test_kinds_and_parts(text: str, kind: str, parts: dict) -> None:
    expr = only(text)
    assert expr.kind == kind
    for name, value in parts.items():
        assert getattr(expr, name) == value, name


@pytest.mark.parametrize(("text", "role"), [
    ("Around 16 September 2020 (as reported), IS militants", "report"),
    ("As reported on Apr 09, 2 policemen were wounded", "report"),
    ("Sky News reported on November 2.", "report"),
    ("Around 18 November 2019, armed men", "approximate"),
    ("Since October 2019, many people flooded the streets", "since"),
    ("since the operation began on May 27, militants", "since"),
    ("as part of the operation launched on May 27, militants", "background"),
    ("families of those killed in the protests which erupted in Oct 2019 protested", "background"),
    ("demonstrators of the October 2019 revolution demanded justice", "background"),
    ("the curfew lasts until 30 June 2020", "until"),
    ("they will march on Friday", "future"),
    ("protesters will return next Friday", "future"),
    ("On Sunday, protesters", "event"),
])
def test_roles(text: str, role: str) -> None:
    assert only(text).role == role


def test_spans_point_into_the_text_and_take_an_offset() -> None:
    text = "Police said that on Sunday night two were killed."
    expr = only(text)
    assert text[expr.start:expr.end] == expr.text == "Sunday night"
    shifted = find_date_expressions(text, offset=100)[0]
    assert (shifted.start, shifted.end) == (expr.start + 100, expr.end + 100)


@pytest.mark.parametrize("text", [
    "They may protest again.",  # "may" the verb
    "Protesters march through the city.",  # "march" the verb
    "killed 3 people and wounded 12",
    "The 2019 protests",
])
def test_no_false_dates(text: str) -> None:
    assert find_date_expressions(text) == []
