"""Resolve date expressions to ACLED dates against a publication date (the anchor) and the discourse.

ACLED's time_precision: 1 the day is known; 2 only the week or weekend (dated mid-week, or the
Saturday of a weekend) or the date is approximate ("around", "as reported on"); 3 only the month
(dated mid-month, or its first/last day for "beginning/end of"). A resolved date is never after the
publication date. Without a publication date only expressions that carry their year resolve.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .calendar import acled_week_start, add_months, infer_year, mid_month, mid_week, month_end, most_recent_weekday
from .expressions import EVENT_ROLES, DateExpression, find_date_expressions

_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
#: What opens the cause or forerunner of an event told before it ("..., after a teenager was shot dead on Tuesday").
_AFTER_WHAT = re.compile(r"(?i)\b(?:after|following|days\s+after|in\s+the\s+wake\s+of|sparked\s+by|triggered\s+by)\b")

__all__ = ["TemporalValue", "resolve_expression", "resolve_text", "publication_fallback", "YEAR_SLIP"]


@dataclass(frozen=True, slots=True)
class TemporalValue:
    """A resolved date with ACLED's time_precision, a confidence (0..1) and the rule that gave it."""

    date: dt.date
    precision: int
    confidence: float
    rule: str


def _clamp(value: TemporalValue, published: dt.date | None) -> TemporalValue:
    if published is None or value.date <= published:
        return value
    return TemporalValue(published, value.precision, min(value.confidence, 0.3), value.rule + ", after publication: clamped")


def _absolute(expr: DateExpression, published: dt.date | None) -> TemporalValue | None:
    assert expr.month is not None
    year = expr.year
    if year is None:
        if published is None:
            return None
        if expr.years_back is not None:  # "October last year": the year before publication's
            year = published.year - expr.years_back
        else:
            year = infer_year(expr.month, expr.day, published)
        if year is None:
            return None
    if expr.kind == "date":
        try:
            day = dt.date(year, expr.month, expr.day or 1)
        except ValueError:
            return None
        return TemporalValue(day, 1, 0.95 if expr.year else 0.9, "explicit date")
    day = (dt.date(year, expr.month, 1) if expr.part == "early" else
           month_end(year, expr.month) if expr.part == "late" else mid_month(year, expr.month))
    if published is not None and day > published and (year, expr.month) == (published.year, published.month):
        day = _middle_of_month_so_far(published)  # the current month: mid-month would be after publication
    return TemporalValue(day, 3, 0.8, "month")


def _middle_of_month_so_far(published: dt.date) -> dt.date:
    """The middle of the days from the month's first to publication: ACLED's middle date of what the words allow
    ("earlier this month" said on 6 December: 3 December, not the day of publication)."""
    first = published.replace(day=1)
    return first + dt.timedelta(days=(published - first).days // 2)


def _weekday(expr: DateExpression, published: dt.date | None) -> TemporalValue | None:
    if published is None or expr.weekday is None:
        return None
    strictly_before = expr.part in ("last", "past")
    day = most_recent_weekday(expr.weekday, published, strictly_before=strictly_before)
    confidence = 0.85 if day != published else 0.7  # "Monday" said on a Monday: usually that day
    if expr.part == "last" and (published - day).days == 1:
        # "since last Friday" written on a Saturday: the day before is "yesterday", so the Friday of the week before
        return TemporalValue(day - dt.timedelta(days=7), 1, 0.7, "weekday")
    return TemporalValue(day, 1, confidence, "weekday")


def _period(expr: DateExpression, published: dt.date | None) -> TemporalValue | None:
    if published is None or expr.part is None:
        return None
    phrase = expr.part
    if "weekend" in phrase:
        saturday = most_recent_weekday(5, published, strictly_before="last" in phrase or "past" in phrase or "previous" in phrase)
        return TemporalValue(saturday, 2, 0.7, "weekend")
    if "week" in phrase and "weeks" not in phrase:
        start = acled_week_start(published)
        if any(w in phrase for w in ("last", "past", "previous")):
            start -= dt.timedelta(days=7)
        return TemporalValue(min(mid_week(start), published), 2, 0.7, "week")
    if "month" in phrase:
        year, month = published.year, published.month
        if phrase.startswith("last"):
            year, month = add_months(year, month, -1)
            return TemporalValue(mid_month(year, month), 3, 0.6, "month")
        middle = mid_month(year, month)
        return TemporalValue(middle if middle <= published else _middle_of_month_so_far(published), 3, 0.6, "month")
    if "days" in phrase:
        return TemporalValue(published - dt.timedelta(days=3), 2, 0.3, "recent days")
    return TemporalValue(published, 3, 0.2, "recently")  # "recently", "in recent weeks"


def resolve_expression(expr: DateExpression, published: dt.date | None,
                       reference: dt.date | None = None) -> TemporalValue | None:
    """The date ``expr`` points to, or None when it cannot be resolved (or is not an event date:
    "since", "until" and future expressions resolve only for their own role).

    ``reference`` is the date the discourse is about (for "that night", "the next day"); anaphoric
    expressions fall back to the publication date without one.
    """
    value: TemporalValue | None
    if expr.kind in ("date", "month"):
        value = _absolute(expr, published)
    elif expr.kind == "weekday":
        if expr.role == "future":
            return None
        value = _weekday(expr, published)
    elif expr.kind == "relative":
        if published is None or expr.offset is None:
            return None
        # "overnight" is the night before publication (its date the evening's), as news uses it.
        value = TemporalValue(published + dt.timedelta(days=expr.offset), 1, 0.8 if expr.part != "overnight" else 0.6,
                              f"relative: {expr.part}")
    elif expr.kind == "anaphoric":
        base = reference or published
        if base is None or expr.offset is None or reference is None and expr.role == "background":
            return None  # ("two days before the election", with nothing dated before it: that day is unknown)
        rule = "anaphoric" if reference is not None else "anaphoric without antecedent: publication date"
        value = TemporalValue(base + dt.timedelta(days=expr.offset), 1, 0.75 if reference else 0.4, rule)
    else:
        value = _period(expr, published)
    if value is None:
        return None
    if expr.role in ("report", "approximate") and value.precision == 1:
        value = TemporalValue(value.date, 2, value.confidence * 0.9, f"{value.rule}, {expr.role}")
    return _clamp(value, published)


#: How far into a text its opening date may stand ("On 29 April 2019, in Talca, ..."), and how many days before
#: publication its day and month must fall for a wrong year to be read as a slip.
_LEAD_CHARS = 25
_SLIP_DAYS = 7
#: The words that open a report's lead with its event's date.
_LEAD_OPENING = re.compile(r"^\W*(?:(?:on|around|about|by|since)\s+)?$", re.I)
YEAR_SLIP = "explicit date, its year a slip"


def _year_slip(expr: DateExpression, value: TemporalValue, text: str, published: dt.date | None,
               offset: int) -> TemporalValue | None:
    """A report that opens with a full date whose day and month fall in the week before publication but whose
    year is one or two years earlier ("On 29 April 2019, fishermen protested ..." published on 2 May 2020) has
    its year wrong: a lead reports news, and an old event would be told as one ("a year ago", "the anniversary
    of"). The publication's year is taken instead."""
    if published is None or expr.kind != "date" or expr.year is None or expr.day is None or expr.month is None:
        return None
    start = expr.start - offset
    if start > _LEAD_CHARS or not _LEAD_OPENING.match(text[:start]):
        return None
    year = infer_year(expr.month, expr.day, published)
    if year is None or not 1 <= year - expr.year <= 2:
        return None
    day = dt.date(year, expr.month, expr.day)
    if not 0 <= (published - day).days <= _SLIP_DAYS:
        return None
    return TemporalValue(day, value.precision, min(value.confidence, 0.6), YEAR_SLIP)


def publication_fallback(published: dt.date, *, precision: int = 2) -> TemporalValue:
    """The date of an event whose text gives none: the publication date, week (2) or month (3) precision."""
    return TemporalValue(published, precision, 0.3, "publication date")


#: An interview's question about last week, and the answer line after it ("Q: What happened in X last week?\nA: On
#: Tuesday our fighters ..."): the answer's weekday is of the week asked about.
_QUESTION_OF_LAST_WEEK = re.compile(r"(?im)^\s*Q\s*[:.\-]\s*[^\n]*\b(?:last|past|previous)\s+week\b[^\n]*\?[^\n]*\n"
                                    r"(?:\s*\n)*\s*A\s*[:.\-]\s*")


def _week_asked_about(text: str, expr: DateExpression, offset: int, published: dt.date | None) -> dt.date | None:
    """The Monday of the week before publication when ``expr`` is a bare weekday in the answer to a question about
    "last week", or None."""
    if expr.kind != "weekday" or expr.part is not None or published is None:
        return None
    local = expr.start - offset
    line_start = text.rfind("\n", 0, local)
    question_start = text.rfind("\n", 0, max(line_start, 0))
    question_start = text.rfind("\n", 0, question_start) if text[question_start + 1:line_start].strip() == "" \
        and question_start > 0 else question_start
    found = _QUESTION_OF_LAST_WEEK.match(text, max(question_start + 1, 0))
    if found is None or found.end() > local or "\n" in text[found.end():local]:
        return None
    return published - dt.timedelta(days=published.weekday() + 7)


def resolve_text(text: str, published: dt.date | None, *, offset: int = 0
                 ) -> list[tuple[DateExpression, TemporalValue | None]]:
    """Every date expression in ``text`` with its resolution, in reading order.

    Anaphoric expressions ("that night") resolve against the latest event date resolved before them.
    """
    reference: dt.date | None = None
    reference_end = 0
    resolved: list[tuple[DateExpression, TemporalValue | None]] = []
    for expr in find_date_expressions(text, offset=offset):
        value = resolve_expression(expr, published, reference)
        if not resolved and value is not None:
            value = _year_slip(expr, value, text, published, offset) or value
        if (expr.part == "overnight" and reference is not None
                and not _SENTENCE_END.search(text, reference_end - offset, expr.start - offset)):
            value = TemporalValue(reference, 1, 0.8, "overnight: the night of the date before it")  # "On 14 June, overnight, ..."
        asked = _week_asked_about(text, expr, offset, published)
        if asked is not None:  # "Q: What happened last week? A: On Tuesday ...": that week's Tuesday
            value = TemporalValue(asked + dt.timedelta(days=expr.weekday or 0), 1, 0.7,
                                  "weekday, in the week the question asked about")
        if (expr.kind == "weekday" and value is not None and reference is not None and value.date > reference
                and _AFTER_WHAT.search(text, reference_end - offset, expr.start - offset)
                and not _SENTENCE_END.search(text, reference_end - offset, expr.start - offset)):
            # "rioted overnight Thursday to Friday, after a teenager was shot dead on Tuesday": that Tuesday came
            # before the Thursday told first, not in the days after it
            value = TemporalValue(most_recent_weekday(expr.weekday or 0, reference, strictly_before=True), 1, 0.8,
                                  "weekday, before the day it was told after")
        resolved.append((expr, value))
        anchored = expr.kind == "anaphoric" and expr.role == "background"  # ("a day after the vote"): not the story's day
        if value is not None and expr.role in EVENT_ROLES and value.precision <= 2 and value.confidence >= 0.4 \
                and not anchored:
            reference, reference_end = value.date, expr.end
    return resolved
