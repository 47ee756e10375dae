"""Dates in news text: find date expressions and resolve them to ACLED dates with time_precision.

Pure Python (no spaCy): :func:`find_date_expressions` finds "on Sunday", "On Nov 28", "last week",
"that night", "since October 2019"...; :func:`resolve_expression` and :func:`resolve_text` turn them
into :class:`TemporalValue` (date, precision, confidence, rule) against the publication date.
"""

from __future__ import annotations

from .calendar import acled_week_start, mid_week, most_recent_weekday
from .expressions import EVENT_ROLES, DateExpression, find_date_expressions
from .resolve import TemporalValue, publication_fallback, resolve_expression, resolve_text

__all__ = [
    "DateExpression", "TemporalValue", "EVENT_ROLES", "find_date_expressions", "resolve_expression",
    "resolve_text", "publication_fallback", "most_recent_weekday", "acled_week_start", "mid_week",
]
