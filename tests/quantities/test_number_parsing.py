"""Numbers as news writes them, read by ACLED's conservative rules; with property tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder.quantities import find_numbers, parse_number

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English number words for 0 <= n < 1,000,000 (written here, so the test does not trust the parser's library)."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        return TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + (" and " + words(rest) if rest else "")
    rest = n % 1000
    return words(n // 1000) + " thousand" + ((" and " if rest < 100 else " ") + words(rest) if rest else "")


@pytest.mark.parametrize(("phrase", "value"), [
    ("Two", 2), ("a dozen", 12), ("dozens", 12), ("dozens of", 12), ("tens of", 10), ("hundreds", 100),
    ("at least 50", 50), ("up to 12", 12), ("between 3 and 5", 3), ("3 to 5", 3), ("4 or 5", 4),
    ("1,200", 1200), ("twenty-five", 25), ("one hundred and five", 105), ("two dozen", 24), ("a hundred", 100),
    ("more than 20", 20), ("several", 3), ("a few", 3), ("a couple of", 2),
])
def test_parse_number(phrase: str, value: int) -> None:
    assert parse_number(phrase) == value


@pytest.mark.parametrize(("phrase", "exact"), [
    ("at least 50", True), ("50", True), ("dozens", False), ("up to 12", False), ("between 3 and 5", False),
    ("about 30", False), ("several", False),
])
def test_exactness(phrase: str, exact: bool) -> None:
    (quantity,) = find_numbers(phrase)
    assert quantity.exact is exact


def test_find_numbers_keeps_figures_apart() -> None:
    text = "killing 4 and injuring 84"
    assert [(q.value, text[q.start:q.end]) for q in find_numbers(text)] == [(4, "4"), (84, "84")]


def test_not_a_number() -> None:
    assert parse_number("protesters") is None
    assert find_numbers("Protesters gathered in the square.") == []


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_round_trip(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=999_999))
def test_number_words_round_trip(n: int) -> None:
    assert parse_number(words(n)) == n
    assert parse_number(words(n).capitalize()) == n


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_ranges_take_the_lowest_estimate(a: int, b: int) -> None:
    assert parse_number(f"between {a} and {b}") == min(a, b)
    assert parse_number(f"{a} to {b}") == min(a, b)


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from(["at least", "more than", "up to", "nearly", "some"]))
def test_hedges_keep_the_stated_figure(n: int, hedge: str) -> None:
    assert parse_number(f"{hedge} {n}") == n


@given(st.text(max_size=200))
def test_find_numbers_never_fails_and_spans_match(text: str) -> None:
    for quantity in find_numbers(text):
        assert text[quantity.start:quantity.end] == quantity.text
        assert quantity.value >= 0
