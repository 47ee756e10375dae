"""Names in filters, resolved to what the store holds: event types from the codebook, countries by
name or ISO 3166 code, places by ACLED's or a common spelling ("Idlib" finds "Idleb"). A name that
matches nothing is an error that lists the close matches, never a silent empty answer.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from ..taxonomy import EVENT_TYPES, SUB_EVENT_TYPES
from .filters import EventFilter
from .merge import spelling_key

__all__ = ["resolve_filter", "resolve_name", "country_code", "spelling_key"]


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO 3166 alpha-3 code of a country name or code ("Syria", "SY", "SYR" -> "SYR"), or None."""
    import pycountry

    text = name.strip()
    if not text:
        return None
    try:
        return str(pycountry.countries.lookup(text).alpha_3)
    except LookupError:
        pass
    if len(text) <= 3:
        return None
    try:
        return str(pycountry.countries.search_fuzzy(text)[0].alpha_3)
    except LookupError:
        return None


def _close(value: str, choices: Iterable[str]) -> str:
    pool = sorted(set(choices))
    lowered = {c.casefold(): c for c in pool}
    near = [lowered[m] for m in difflib.get_close_matches(value.casefold(), list(lowered), n=5, cutoff=0.6)]
    if not near:
        near = [c for c in pool if value.casefold()[:3] in c.casefold()][:5]
    return f"; did you mean {', '.join(repr(n) for n in near)}?" if near else ""


def resolve_name(kind: str, value: str, known: Sequence[str]) -> str:
    """``value`` as spelled in ``known`` (case-insensitive, then by spelling key), or ValueError."""
    folded = {k.casefold(): k for k in known}
    if value.casefold() in folded:
        return folded[value.casefold()]
    key = spelling_key(value)
    same = sorted(k for k in known if key and spelling_key(k) == key)
    if same:
        return same[0]
    raise ValueError(f"{kind}: no {kind} {value[:60]!r} in the store{_close(value, known)}")


def _resolve_country(value: str, known: Sequence[str]) -> str:
    folded = {k.casefold(): k for k in known}
    if value.casefold() in folded:
        return folded[value.casefold()]
    code = country_code(value)
    if code is None:
        raise ValueError(f"country: {value[:60]!r} is neither a country name nor an ISO 3166 code"
                         f"{_close(value, known)}")
    for name in known:
        if country_code(name) == code:
            return name
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return str(getattr(country, "common_name", None) or country.name) if country else value


def resolve_filter(filters: EventFilter, facets: Mapping[str, Sequence[str]]) -> EventFilter:
    """``filters`` with its names as the store spells them; ValueError naming close matches for a name
    that matches nothing (event types against the codebook, places against the store)."""
    changes: dict[str, str] = {}
    if filters.event_type:
        changes["event_type"] = resolve_name("event_type", filters.event_type, list(EVENT_TYPES))
    if filters.sub_event_type:
        changes["sub_event_type"] = resolve_name("sub_event_type", filters.sub_event_type, list(SUB_EVENT_TYPES))
    if filters.country:
        changes["country"] = _resolve_country(filters.country, facets.get("country", []))
    if filters.admin1:
        changes["admin1"] = resolve_name("admin1", filters.admin1, facets.get("admin1", []))
    return dataclasses.replace(filters, **changes) if changes else filters
