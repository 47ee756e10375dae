"""Resolving date expressions against the publication date, with ACLED's time_precision."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.temporal import find_date_expressions, resolve_expression, resolve_text

WEDNESDAY = dt.date(2020, 1, 22)
MONDAY = dt.date(2019, 12, 2)


def resolve(text: str, published: dt.date | None, reference: dt.date | None = None):
    expressions = find_date_expressions(text)
    assert len(expressions) == 1, expressions
    return resolve_expression(expressions[0], published, reference)


@pytest.mark.parametrize(("text", "published", "date", "precision"), [
    ("on Sunday", WEDNESDAY, dt.date(2020, 1, 19), 1),
    ("Saturday", WEDNESDAY, dt.date(2020, 1, 18), 1),
    ("on Wednesday", WEDNESDAY, WEDNESDAY, 1),  # said on that day: that day
    ("Monday", MONDAY, MONDAY, 1),
    ("last Monday", MONDAY, dt.date(2019, 11, 25), 1),
    # the day before is "yesterday": "last Tuesday" written on a Wednesday is the Tuesday of the week before
    ("last Tuesday", WEDNESDAY, dt.date(2020, 1, 14), 1),
    ("last Monday", WEDNESDAY, dt.date(2020, 1, 20), 1),
    ("on Tuesday", WEDNESDAY, dt.date(2020, 1, 21), 1),
    ("On Nov 28", MONDAY, dt.date(2019, 11, 28), 1),
    ("On Dec 30", dt.date(2020, 1, 3), dt.date(2019, 12, 30), 1),  # the year before publication
    ("On 28 November 2019", MONDAY, dt.date(2019, 11, 28), 1),
    ("Around 16 September 2020 (as reported)", dt.date(2020, 9, 20), dt.date(2020, 9, 16), 2),
    ("As reported on Apr 09", dt.date(2019, 4, 12), dt.date(2019, 4, 9), 2),
    ("yesterday", WEDNESDAY, dt.date(2020, 1, 21), 1),
    ("overnight", WEDNESDAY, dt.date(2020, 1, 21), 1),
    ("two days ago", WEDNESDAY, dt.date(2020, 1, 20), 1),
    # ACLED weeks run Saturday to Friday and are dated mid-week (Tuesday).
    ("last week", WEDNESDAY, dt.date(2020, 1, 14), 2),
    ("earlier this week", dt.date(2020, 1, 24), dt.date(2020, 1, 21), 2),
    ("over the weekend", dt.date(2020, 1, 20), dt.date(2020, 1, 18), 2),
    ("earlier this month", WEDNESDAY, dt.date(2020, 1, 15), 3),
    # mid-month would be after publication: the middle of the days so far (ACLED's middle date), not publication
    ("earlier this month", dt.date(2020, 1, 9), dt.date(2020, 1, 5), 3),
    ("last month", WEDNESDAY, dt.date(2019, 12, 15), 3),
    ("in November", WEDNESDAY, dt.date(2019, 11, 15), 3),
    ("at the beginning of November", WEDNESDAY, dt.date(2019, 11, 1), 3),
    ("at the end of November", WEDNESDAY, dt.date(2019, 11, 30), 3),
])
def test_resolution(text: str, published: dt.date, date: dt.date, precision: int) -> None:
    value = resolve(text, published)
    assert value is not None
    assert (value.date, value.precision) == (date, precision)
    assert value.date <= published


def test_anaphora_follow_the_reference_date() -> None:
    sunday = dt.date(2020, 1, 19)
    assert resolve("that night", WEDNESDAY, sunday).date == sunday
    assert resolve("the day before", WEDNESDAY, sunday).date == dt.date(2020, 1, 18)
    assert resolve("the next day", WEDNESDAY, sunday).date == dt.date(2020, 1, 20)
    without = resolve("that night", WEDNESDAY)
    assert without.date == WEDNESDAY and without.confidence < 0.5


def test_resolve_text_carries_the_reference_through_the_text() -> None:
    text = "Protests began on Sunday. Reports that night showed clashes. The day before, police had warned them."
    values = [v.date for _, v in resolve_text(text, WEDNESDAY)]
    assert values == [dt.date(2020, 1, 19), dt.date(2020, 1, 19), dt.date(2020, 1, 18)]


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    assert resolve("On 28 November 2019", None).date == dt.date(2019, 11, 28)
    assert resolve("in November 2019", None).precision == 3
    for text in ("on Sunday", "On Nov 28", "yesterday", "last week", "that night", "earlier this month"):
        assert resolve(text, None) is None, text


def test_never_after_publication() -> None:
    late = resolve("On 25 November 2019", dt.date(2019, 11, 20))
    assert late.date == dt.date(2019, 11, 20) and late.confidence <= 0.3 and "clamped" in late.rule
    slip = resolve("On Feb 12", dt.date(2020, 2, 11))  # a slip of a day is not a date a year earlier
    assert slip.date == dt.date(2020, 2, 11)


def test_future_weekdays_do_not_resolve() -> None:
    assert resolve("they will march on Friday", WEDNESDAY) is None


def test_since_keeps_its_date_for_the_period() -> None:
    (expr, value), = resolve_text("Since October 2019, many people flooded the streets", WEDNESDAY)
    assert expr.role == "since"
    assert value is not None and (value.date.year, value.date.month) == (2019, 10)


def test_overnight_after_a_date_in_the_same_sentence_is_that_night() -> None:
    (_, day), (_, night) = resolve_text("On 14 June 2020, overnight, jets struck targets near Sinjar.", dt.date(2020, 6, 18))
    assert night.date == day.date == dt.date(2020, 6, 14)
    (_, _), (_, later) = resolve_text("Protests on Sunday. Overnight, rockets hit the base.", dt.date(2020, 6, 18))
    assert later.date == dt.date(2020, 6, 17)  # a new sentence: the night before publication


@pytest.mark.parametrize(("text", "published", "date"), [
    # a report that opens with a full date in the week before publication, a year or two off: the year slipped
    ("On 29 April 2019, in Talca, fishermen protested against new quotas.", dt.date(2020, 5, 2), dt.date(2020, 4, 29)),
    ("On 1 May 2018, nurses marched through the city centre.", dt.date(2020, 5, 3), dt.date(2020, 5, 1)),
    # an old date further into the text, or far from the day of publication, or three years back, is history
    ("Nurses marched in the city centre. On 29 April 2019, they had held a rally.", dt.date(2020, 5, 2),
     dt.date(2019, 4, 29)),
    ("On 12 March 2019, fishermen protested against new quotas.", dt.date(2020, 5, 2), dt.date(2019, 3, 12)),
    ("On 29 April 2017, fishermen protested against new quotas.", dt.date(2020, 5, 2), dt.date(2017, 4, 29)),
])
def test_a_slipped_year_in_the_opening_date(text: str, published: dt.date, date: dt.date) -> None:
    resolved = [value for _, value in resolve_text(text, published) if value is not None]
    assert resolved[0].date == date


@pytest.mark.parametrize(("text", "phrase", "day"), [
    ("Supporters clashed with police on Sunday, a day after the presidential vote.", "a day after", 19),
    ("Police fired tear gas at marchers on Saturday, a day after the president was sworn in.", "a day after", 18),
    ("Students rallied on Friday, two days before the referendum.", "two days before", 17),
    ("Troops shelled the town on Monday, the day after rebels seized a checkpoint.", "the day after", 20),
])
def test_a_day_counted_from_something_named_is_not_the_events_day(text: str, phrase: str, day: int) -> None:
    resolved = resolve_text(text, WEDNESDAY)
    (anchored,) = [e for e, _ in resolved if e.text.lower() == phrase]
    assert anchored.role == "background"
    (weekday,) = [(e, v) for e, v in resolved if e.kind == "weekday"]
    assert weekday[0].role == "event" and weekday[1].date == dt.date(2020, 1, day)


def test_a_counted_day_never_becomes_the_discourses_day() -> None:
    text = "Protesters clashed with police on Sunday, a day after the vote. That night, looters struck."
    values = [(e.text, v.date) for e, v in resolve_text(text, WEDNESDAY) if v is not None]
    assert ("That night", dt.date(2020, 1, 19)) in values  # Sunday's night, not the Monday after the vote


def test_a_counted_day_with_nothing_dated_before_it_stays_unknown() -> None:
    for text in ("Students marched two days before the election.", "Rioting broke out a day after the verdict."):
        ((_, value),) = resolve_text(text, WEDNESDAY)
        assert value is None


@pytest.mark.parametrize("text", [
    "Rebels attacked the town on Sunday. The day after, troops retook it.",
    "Rebels attacked the town on Sunday, and troops retook it the day after.",
    "Rebels attacked the town on Sunday. Troops retook it the day after that.",
])
def test_the_day_after_the_discourses_day_still_follows_it(text: str) -> None:
    resolved = resolve_text(text, WEDNESDAY)
    after = next((e, v) for e, v in resolved if e.kind == "anaphoric")
    assert after[0].role == "event" and after[1].date == dt.date(2020, 1, 20)
