"""Event filters, turned into a parameterised SQL WHERE clause (article text is untrusted: no SQL is
ever built from values)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

__all__ = ["EventFilter", "ORDER_FIELDS", "where_clause", "order_clause"]

#: Columns events may be ordered by (``-`` in front for descending).
ORDER_FIELDS: tuple[str, ...] = (
    "event_date", "fatalities", "country", "admin1", "location", "event_type", "sub_event_type",
    "actor1", "n_documents", "n_mentions", "confidence", "event_id",
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to show; every field is optional and they combine with AND.

    ``actor`` matches actor1/actor2/assoc actors, ``text`` notes, location and actors (both are
    case-insensitive substrings). Dates and the confidence range are inclusive. ``conflicted``:
    only events whose reports disagree (True) or agree (False); ``reviewed``: only events an analyst
    has acted on (a correction, a wrong mark or a *reviewed* mark) or only the others.
    ``include_wrong`` keeps events marked wrong.
    """

    date_from: dt.date | str | None = None
    date_to: dt.date | str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    text: str | None = None
    include_wrong: bool = False
    min_confidence: float | None = None
    max_confidence: float | None = None
    conflicted: bool | None = None
    reviewed: bool | None = None


def _as_date(value: dt.date | str, name: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"{name}: {value!r} is not a date; use YYYY-MM-DD") from None


def _like(value: str) -> str:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(filters: EventFilter, alias: str = "e") -> tuple[str, list[Any]]:
    """``("WHERE ...", params)`` for the filters over the events table aliased ``alias``."""
    a = alias
    parts: list[str] = []
    params: list[Any] = []
    if filters.date_from:
        parts.append(f"{a}.event_date >= ?")
        params.append(_as_date(filters.date_from, "date_from"))
    if filters.date_to:
        parts.append(f"{a}.event_date <= ?")
        params.append(_as_date(filters.date_to, "date_to"))
    for name in ("country", "admin1", "event_type", "sub_event_type"):
        value = getattr(filters, name)
        if value:
            parts.append(f"lower({a}.{name}) = lower(?)")
            params.append(value)
    if filters.actor:
        cols = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
        parts.append("(" + " OR ".join(f"lower(coalesce({a}.{c}, '')) LIKE ? ESCAPE '\\'" for c in cols) + ")")
        params.extend([_like(filters.actor)] * len(cols))
    if filters.text:
        cols = ("notes", "location", "admin1", "admin2", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "source")
        parts.append("(" + " OR ".join(f"lower(coalesce({a}.{c}, '')) LIKE ? ESCAPE '\\'" for c in cols) + ")")
        params.extend([_like(filters.text)] * len(cols))
    if filters.min_confidence is not None:
        parts.append(f"{a}.confidence >= ?")
        params.append(float(filters.min_confidence))
    if filters.max_confidence is not None:
        parts.append(f"{a}.confidence <= ?")
        params.append(float(filters.max_confidence))
    if filters.conflicted is not None:
        parts.append(f"{a}.conflicts {'<>' if filters.conflicted else '='} '[]'")
    if filters.reviewed is not None:
        reviewed = f"({a}.corrected <> '[]' OR {a}.status = 'wrong')"
        parts.append(reviewed if filters.reviewed else f"NOT {reviewed}")
    if not filters.include_wrong:
        parts.append(f"{a}.status <> 'wrong'")
    return ("WHERE " + " AND ".join(parts)) if parts else "", params


def order_clause(order_by: str, alias: str = "e") -> str:
    """``ORDER BY`` for a whitelisted field; raises ValueError naming the allowed ones otherwise."""
    descending = order_by.startswith("-")
    name = order_by.lstrip("-+")
    if name not in ORDER_FIELDS:
        raise ValueError(f"cannot order by {name!r}; use one of {', '.join(ORDER_FIELDS)} (prefix - for descending)")
    direction = "DESC" if descending else "ASC"
    tie = "" if name == "event_id" else f", {alias}.event_id ASC"
    return f"ORDER BY {alias}.{name} {direction} NULLS LAST{tie}"
