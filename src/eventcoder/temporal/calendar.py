"""Calendar arithmetic for ACLED dates: weekdays on or before an anchor, ACLED weeks, mid-month."""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = ["MONTHS", "WEEKDAYS", "most_recent_weekday", "acled_week_start", "mid_week", "mid_month",
           "month_end", "infer_year", "add_months", "NEAR_FUTURE_DAYS"]

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                            "saturday": 5, "sunday": 6}


def most_recent_weekday(weekday: int, anchor: dt.date, *, strictly_before: bool = False) -> dt.date:
    """The latest day with ``weekday`` (Monday 0) on or before ``anchor`` (before it if ``strictly_before``)."""
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return anchor - dt.timedelta(days=back)


def acled_week_start(day: dt.date) -> dt.date:
    """The Saturday that starts the ACLED week (Saturday to Friday) holding ``day``."""
    return day - dt.timedelta(days=(day.weekday() - 5) % 7)


def mid_week(week_start: dt.date) -> dt.date:
    """The middle day of the ACLED week starting on ``week_start`` (its Tuesday)."""
    return week_start + dt.timedelta(days=3)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def mid_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, 15)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


#: A day-month up to this many days after the anchor is read in the anchor's year (then clamped by the
#: resolver): "On Feb 12" published on 11 February is a slip or a plan, not a date a year earlier.
NEAR_FUTURE_DAYS = 14


def infer_year(month: int, day: int | None, anchor: dt.date) -> int | None:
    """The year that puts ``month``/``day`` on or before ``anchor`` and closest to it (None if ``day`` is invalid).

    A date at most NEAR_FUTURE_DAYS after the anchor keeps the anchor's year.
    """
    try:
        same_year = dt.date(anchor.year, month, day or 1)
    except ValueError:
        same_year = None
    if same_year is not None and same_year <= anchor + dt.timedelta(days=NEAR_FUTURE_DAYS):
        return anchor.year
    for year in (anchor.year - 1, anchor.year - 2, anchor.year - 3, anchor.year - 4):
        try:
            candidate = dt.date(year, month, day or 1)
        except ValueError:
            continue  # 29 February in a common year
        if candidate <= anchor:
            return year
    return None
