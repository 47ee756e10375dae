"""Pipeline objects -> store rows (tuples in the tables' column order), and JSON helpers."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from dataclasses import asdict
from typing import Any

from ..documents import Document
from ..errors import DocumentError
from ..record import AggregateClaim, Event, Span

__all__ = ["to_json", "from_json", "document_row", "mention_rows", "aggregate_row", "error_row", "mention_id_for",
           "DOCUMENT_COLUMNS", "AGGREGATE_COLUMNS", "ERROR_COLUMNS"]

DOCUMENT_COLUMNS = ("doc_id", "content_hash", "published", "country", "source", "url", "title", "text", "warnings",
                    "n_mentions", "ingested_at")
AGGREGATE_COLUMNS = ("claim_id", "doc_id", "measure", "figure", "period_start", "period_end", "place", "claimed_by",
                     "span", "text", "actor1")
ERROR_COLUMNS = ("error_key", "doc_id", "content_hash", "source", "stage", "field", "message", "seen_at")


def to_json(value: Any) -> str:
    """Canonical JSON (sorted keys), so equal values give equal text."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def from_json(text: str | None, default: Any = None) -> Any:
    return default if text is None else json.loads(text)


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _span(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _hash(*parts: Any) -> str:
    return hashlib.sha256(to_json(parts).encode("utf-8")).hexdigest()[:20]


def mention_id_for(doc_id: str, event_id: str, occurrence: int) -> str:
    """Stable across re-ingests, and across document versions while the pipeline gives the same event id."""
    return "m-" + _hash(doc_id, event_id, occurrence)


def document_row(document: Document, n_mentions: int, now: dt.datetime) -> tuple[Any, ...]:
    return (document.id, document.content_hash, document.published, document.country, document.source,
            document.url, document.title, document.text, to_json(list(document.warnings)), n_mentions, now)


def _fatalities_reported(event: Event) -> bool:
    """Whether the text gives a death figure (a 0 from silence is not a report of no deaths)."""
    return event.fatalities > 0 or bool(event.evidence.get("fatalities")) or any(
        c.field == "fatalities" for c in event.claims)


def mention_rows(doc_id: str, events: list[Event]) -> list[tuple[Any, ...]]:
    """Rows for the ``mentions`` table (``MENTION_COLUMNS`` order)."""
    seen: Counter[str] = Counter()
    rows = []
    for ordinal, event in enumerate(events):
        occurrence = seen[event.event_id]
        seen[event.event_id] += 1
        claims = [{"field": c.field, "value": c.value, "source": c.source, "span": _span(c.span)} for c in event.claims]
        evidence = {name: [_span(s) for s in spans] for name, spans in event.evidence.items()}
        rows.append((
            mention_id_for(doc_id, event.event_id, occurrence), doc_id, ordinal, event.event_id,
            _date(event.event_date), event.time_precision, event.event_type, event.sub_event_type,
            event.actor1, event.assoc_actor_1, event.inter1, event.actor2, event.assoc_actor_2, event.inter2,
            event.interaction, event.country, event.admin1, event.admin2, event.admin3, event.location,
            event.latitude, event.longitude, event.geo_precision, event.source, event.notes, event.fatalities,
            _fatalities_reported(event), event.injuries, event.arrests, event.confidence,
            to_json(claims), to_json(evidence), to_json(event.field_confidence),
        ))
    return rows


def aggregate_row(claim: AggregateClaim) -> tuple[Any, ...]:
    data = asdict(claim)
    return (claim.claim_id, claim.doc_id, claim.measure, claim.figure, _date(claim.period_start),
            _date(claim.period_end), claim.place, claim.claimed_by, to_json(data["span"]), claim.text, claim.actor1)


def error_row(error: DocumentError, content_hash: str | None, now: dt.datetime) -> tuple[Any, ...]:
    key = "err-" + _hash(error.doc_id, error.source, content_hash, error.stage, error.field, error.message)
    return (key, error.doc_id, content_hash, error.source, error.stage, error.field, error.message, now)
