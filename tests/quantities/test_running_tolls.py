"""Reader 7 (E4, E5): a running toll ("The deaths bring the toll from a month of protests to 27") is read, and its
period runs the unrest's length back from publication; "by Tuesday" ends a count, it dates no event."""

from __future__ import annotations

import pytest

from eventcoder.quantities import days_back, find_counts
from eventcoder.temporal import find_date_expressions


@pytest.mark.parametrize("text, value", [
    ("The deaths bring the toll from three weeks of protests against the finance bill to 27, a rights group said.", 27),
    ("The strike brought the toll in the town to 12.", 12),
    ("Officials have since said the toll is nine.", 9),
])
def test_a_running_toll_is_read(text: str, value: int) -> None:
    (finding,) = find_counts(text)
    assert (finding.value, finding.is_toll) == (value, True)


@pytest.mark.parametrize("text, days", [
    ("The deaths bring the toll from a month of protests to 46.", 30),
    ("After three weeks of clashes in the north, 27 people have died.", 21),
    ("Over the last five days, 8 people were killed.", 5),
    ("After a month of talks, the two sides signed a deal.", None),
])
def test_a_length_of_unrest_sets_how_far_back_a_toll_runs(text: str, days: int | None) -> None:
    assert days_back(text) == days


def test_by_a_day_ends_a_count_and_dates_no_event() -> None:
    roles = [(e.text, e.role) for e in find_date_expressions(
        "Lawyers said 14 people had been killed and 300 arrested by Tuesday.")]
    assert roles == [("Tuesday", "until")]
    assert [e.role for e in find_date_expressions("Three shops were destroyed by Tuesday's blast in Kano.")] == ["event"]
