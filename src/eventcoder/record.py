"""The records eventcoder produces: ACLED-format events and aggregate claims, with evidence.

Field meanings and the ACLED conventions they follow are documented in docs/FIELDS.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from typing import Any

from .outlets import source_scale
from .regions import region_of

__all__ = ["Span", "Claim", "Event", "AggregateClaim", "ACLED_COLUMNS", "make_event_id", "country_codes"]

#: ACLED's export columns, names and order as in ACLED's CSV exports (31-column schema).
ACLED_COLUMNS: tuple[str, ...] = (
    "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
    "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the document: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Claim:
    """Who reports a figure or fact: ``field`` is the record field it supports (``fatalities``...)."""

    field: str
    value: Any
    source: str | None  # "medical sources", "Sky News", None when the article states it itself
    span: Span | None = None


@dataclass(slots=True)
class Event:
    """One event: one day, one place, one kind of action, in ACLED's columns plus evidence."""

    event_id: str
    doc_id: str
    event_date: dt.date | None = None  # ISO text given here is read as a date
    time_precision: int | None = None  # 1 day, 2 week/weekend, 3 month
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None  # "; "-joined, as ACLED
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None  # 1 town, 2 near/part of region, 3 region only
    source: str | None = None
    notes: str | None = None
    fatalities: int = 0
    injuries: int | None = None
    arrests: int | None = None
    claims: list[Claim] = field(default_factory=list)
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    field_confidence: dict[str, float] = field(default_factory=dict)
    confidence: float = 0.0  # overall, 0..1
    sources: list[str] = field(default_factory=list)  # doc ids that report this event (several after merging)

    def __post_init__(self) -> None:
        self.event_date = _as_date(self.event_date)

    def to_dict(self) -> dict[str, Any]:
        """Every field, JSON-ready (the date as ISO text)."""
        data = asdict(self)
        data["event_date"] = self.event_date.isoformat() if self.event_date else None
        return {"kind": "event", **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["claims"] = [Claim(**{**c, "span": Span(**c["span"]) if c.get("span") else None})
                            for c in data.get("claims") or []]
        values["evidence"] = {k: [Span(**s) for s in v] for k, v in (data.get("evidence") or {}).items()}
        return cls(**values)

    def acled_row(self) -> dict[str, Any]:
        """The record in ACLED's export columns (see ACLED_COLUMNS). ``region`` comes from the country,
        ``source_scale`` from the outlets in ``source`` where their reach is known (docs/FIELDS.md);
        ``data_id`` and ``timestamp`` (the writers stamp it) are left empty."""
        row: dict[str, Any] = {c: getattr(self, c, None) for c in ACLED_COLUMNS}
        row["event_id_cnty"] = self.event_id
        row["event_date"] = self.event_date.isoformat() if self.event_date else None
        row["year"] = self.event_date.year if self.event_date else None
        iso = country_codes(self.country)
        row["iso"], row["iso3"] = iso if iso else (None, None)
        row["region"] = region_of(row["iso3"])
        row["source_scale"] = source_scale(self.source, row["iso3"])
        return row


@dataclass(slots=True)
class AggregateClaim:
    """A figure that sums many events ("killed at least 600 protesters since October 2019").

    Never coded as one event: kept as a claim with its period, place, figure and who makes it.
    """

    claim_id: str
    doc_id: str
    measure: str  # fatalities | injuries | arrests | abductions | events
    figure: int
    period_start: str | None  # ISO date
    period_end: str | None
    place: str | None
    claimed_by: str | None
    span: Span | None = None
    text: str = ""
    actor1: str | None = None  # who inflicted the figure, when its sentence says ("73 died in police firing")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "aggregate_claim", **asdict(self)}


def _as_date(value: Any) -> dt.date | None:
    """A date from a date, a datetime or ISO text (``"2020-01-22"``); None for empty text."""
    if value is None or type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ValueError(f"event_date: {text[:40]!r} is not a date; use YYYY-MM-DD") from None


def _fold(name: str) -> str:
    text = unicodedata.normalize("NFKD", name.strip())
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _country_table() -> dict[str, tuple[int, str]]:
    """Folded country names and codes -> (ISO numeric, alpha-3): GeoNames' names (the gazetteer's), then
    ISO and usual names. GeoNames gives Kosovo its user-assigned codes (0, XKX), as ACLED does."""
    from .geo.sources import country_aliases, registry_countries

    countries = registry_countries()
    by_alpha2 = {cc: (int(row["isonumeric"]), row["iso3"]) for cc, row in countries.items()}
    table: dict[str, tuple[int, str]] = {}
    for cc, row in countries.items():
        for name in (row["name"], cc, row["iso3"]):
            table.setdefault(_fold(name), by_alpha2[cc])
    for cc, names in country_aliases().items():
        for name in names:
            if cc in by_alpha2:
                table.setdefault(_fold(name), by_alpha2[cc])
    return table


@lru_cache(maxsize=1024)
def country_codes(country: str | None) -> tuple[int, str] | None:
    """ISO 3166 numeric and alpha-3 codes of a country name or code, in any spelling the gazetteer or
    pycountry knows ("Turkey", "Ivory Coast", "Democratic Republic of the Congo", "IQ")."""
    if not country or not country.strip():
        return None
    known = _country_table().get(_fold(country))
    if known:
        return known
    import pycountry

    try:
        found = pycountry.countries.lookup(country)
    except LookupError:
        try:
            found = pycountry.countries.search_fuzzy(country)[0]
        except LookupError:
            return None
    return int(found.numeric), found.alpha_3


def make_event_id(*parts: Any) -> str:
    """A stable id from content: the same inputs always give the same id, on any machine."""
    payload = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return "ev-" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
