"""Publication dates as documents give them: ISO 8601 (with or without time and zone), RFC 2822
(feeds and mail headers), PDF metadata dates, and dates written in file names.

Only the calendar date matters to the pipeline; a time with a zone is taken as given (the date the
publisher wrote), not converted to UTC, so "2020-01-16T23:30:00-05:00" stays the 16th.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

__all__ = ["parse_date", "date_in_name"]

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{1,2}:\d{2})")
_ISO_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T\d{4})")
_SLASHED = re.compile(r"^(\d{4})/(\d{2})/(\d{2})\b")  # 2020/01/16 (year first is never ambiguous)
_PDF = re.compile(r"^D:(\d{4})(\d{2})(\d{2})")  # PDF 1.7, 7.9.4: D:YYYYMMDDHHmmSSOHH'mm
# Dates written out with a month name, as bylines and spreadsheets give them (day-month order is
# never guessed for all-digit dates such as 01/02/2020).
_WRITTEN = ("%a, %d %b %Y", "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %b. %Y", "%b. %d, %Y")
# A date in a file name: 2020-01-16, 2020_01_16, 2020.01.16 or 20200116, not inside a longer number.
_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")


def _date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(value: str) -> dt.date | None:
    """The calendar date in ``value``, or None when it is not a date in a format documents use.

    >>> parse_date("Thu, 16 Jan 2020 09:15:00 GMT")
    datetime.date(2020, 1, 16)
    >>> parse_date("2020-01-16T09:15:00+03:00")
    datetime.date(2020, 1, 16)
    """
    text = value.strip()
    for pattern in (_ISO, _ISO_BASIC, _SLASHED, _PDF):
        match = pattern.match(text)
        if match:
            return _date(*match.groups())
    if not re.search(r"[A-Za-z]{3}", text):
        return None
    for layout in _WRITTEN:
        try:
            return dt.datetime.strptime(text, layout).date()
        except ValueError:
            continue
    try:  # RFC 2822 ("Thu, 16 Jan 2020 09:15:00 GMT"; day name optional)
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed is not None else None


def date_in_name(name: str) -> dt.date | None:
    """A date written in a file name ("2020-01-16_basra.txt", "report_20200116.pdf"), if exactly one."""
    found = {d for m in _IN_NAME.finditer(name) if (d := _date(m.group(1), m.group(3), m.group(4)))}
    return found.pop() if len(found) == 1 else None
