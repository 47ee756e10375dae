"""A stand-in for the NLP pipeline in store tests, deterministic and fast, so tests exercise the real
ingest, merge and review code without spaCy.

A document's events come from ``coded[doc_id]`` (hand-coded fields for a written article) or, when
the document is not in ``coded``, from its text read as a JSON list of event fields.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator
from typing import Any

from eventcoder.documents import Document
from eventcoder.errors import DocumentError
from eventcoder.pipeline import DocumentResult
from eventcoder.record import Claim, Event, Span, make_event_id

__all__ = ["process", "StubPipeline", "article", "event_fields", "snapshot"]


def event_fields(**fields: Any) -> dict[str, Any]:
    """Event fields with the defaults a protest report would have."""
    base: dict[str, Any] = {"event_date": "2020-01-05", "time_precision": 1, "event_type": "Protests",
                            "sub_event_type": "Peaceful protest", "actor1": "Protesters (Iraq)", "inter1": 6,
                            "interaction": 60, "country": "Iraq", "admin1": "Basrah", "location": "Basrah",
                            "geo_precision": 1, "latitude": 30.5, "longitude": 47.8, "fatalities": 0}
    base.update(fields)
    return base


def article(doc_id: str, *events: dict[str, Any], published: str = "2020-01-06", source: str | None = None) -> dict[str, Any]:
    """A document (input-format dict) whose 'text' the stub turns into ``events``."""
    record: dict[str, Any] = {"id": doc_id, "text": json.dumps(list(events)), "published": published}
    if source:
        record["source"] = source
    return record


def _events(document: Document, coded: dict[str, list[dict[str, Any]]]) -> list[Event]:
    specs = coded[document.id] if document.id in coded else json.loads(document.text)
    events = []
    for index, spec in enumerate(specs):
        spec = dict(spec)
        if spec.pop("fail", False):
            raise ValueError("stub failure")
        claims = []
        evidence: dict[str, list[Span]] = {"event_type": [Span(0, 1, document.text[0:1])]}
        if spec.get("fatalities"):
            claims.append(Claim("fatalities", spec["fatalities"], spec.pop("claimed_by", None), Span(1, 2, document.text[1:2])))
            evidence["fatalities"] = [Span(1, 2, document.text[1:2])]
        spec.pop("claimed_by", None)
        events.append(Event(event_id=make_event_id(document.id, index, spec), doc_id=document.id,
                            source=document.source, notes=f"note from {document.id}", claims=claims,
                            evidence=evidence, confidence=0.5 + 0.01 * index, **spec))
    return events


class StubPipeline:
    """Same contract as ``Pipeline.process``. ``STUB_DELAY`` (seconds per document) slows it down."""

    def __init__(self, coded: dict[str, list[dict[str, Any]]] | None = None) -> None:
        self.coded = coded or {}
        self.seen: list[str] = []  # ids of the documents it was given, in order

    def __call__(self, items: Iterable[Document | DocumentError]) -> Iterator[DocumentResult]:
        delay = float(os.environ.get("STUB_DELAY", "0"))
        for item in items:
            if isinstance(item, DocumentError):
                yield DocumentResult(item.doc_id, error=item)
                continue
            self.seen.append(item.id)
            if delay:
                time.sleep(delay)
            try:
                events = _events(item, self.coded)
            except ValueError as exc:
                error = DocumentError(str(exc), doc_id=item.id, stage="stub")
                yield DocumentResult(item.id, error=error, content_hash=item.content_hash, document=item)
                continue
            yield DocumentResult(item.id, events=events, content_hash=item.content_hash, document=item)


def process(items: Iterable[Document | DocumentError]) -> Iterator[DocumentResult]:
    """A StubPipeline without hand-coded documents."""
    return StubPipeline()(items)


#: Columns that hold wall-clock times, which differ between two runs by design.
_CLOCK_COLUMNS = {"ingested_at", "seen_at", "applied_at", "created_at"}


def snapshot(con: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows (clock columns left out), in a fixed order: equal snapshots, equal stores."""
    tables = [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables ORDER BY table_name").fetchall()]
    result = {}
    for table in tables:
        columns = [r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                                             "ORDER BY ordinal_position", [table]).fetchall()]
        kept = [c for c in columns if c not in _CLOCK_COLUMNS]
        result[table] = con.execute(f"SELECT {', '.join(kept)} FROM {table} ORDER BY ALL").fetchall()
    return result
