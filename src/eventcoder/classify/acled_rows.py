"""Rows of a user's ACLED export (CSV), for training and evaluation: read, checked, filtered by date."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from ..errors import InputError

__all__ = ["read_acled_rows", "parse_acled_date", "REQUIRED_COLUMNS"]

#: Columns training and evaluation cannot do without.
REQUIRED_COLUMNS = ("event_date", "event_type", "sub_event_type", "notes")
_DATE_FORMATS = ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%d %b %Y")


def parse_acled_date(value: str) -> dt.date | None:
    """An ACLED event_date in any of the formats its exports have used ("26-Oct-19", "2019-10-26",
    "26 October 2019"), or None when it is none of them."""
    text = (value or "").strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _as_date(value: str | dt.date | None, option: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    parsed = parse_acled_date(value)
    if parsed is None:
        raise InputError(f"{option} {value!r} is not a date; use YYYY-MM-DD")
    return parsed


def read_acled_rows(path: Path, *, since: str | dt.date | None = None,
                    until: str | dt.date | None = None) -> list[dict[str, str]]:
    """The rows of an ACLED CSV export with notes, sorted by date; ``since``/``until`` keep the rows
    dated on or after / strictly before a day, so ``--until D`` and ``--since D`` split a file in two."""
    start, end = _as_date(since, "--since"), _as_date(until, "--until")
    try:
        handle = Path(path).open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot read the ACLED file {path}: {exc.strerror}") from exc
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"{path} lacks the ACLED columns {missing}; export it from ACLED with notes included")
        rows: list[tuple[dt.date, int, dict[str, str]]] = []
        for index, row in enumerate(reader):
            day = parse_acled_date(row["event_date"])
            if day is None or not (row.get("notes") or "").strip():
                continue
            if (start and day < start) or (end and day >= end):
                continue
            rows.append((day, index, row))
    rows.sort(key=lambda item: (item[0], item[1]))
    return [row for _, _, row in rows]
