"""Hand-made documents and events for the dashboard tests (invented text, no real data).

``XSS_DOC`` carries script and HTML payloads in its text, title and actor names: the page must
show them as plain text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from eventcoder.documents import Document
from eventcoder.pipeline import DocumentResult
from eventcoder.record import Claim, Event, Span
from eventcoder.server import MemoryStore

__all__ = ["make_store", "make_event_store", "sample_documents", "sample_events", "span_of", "DOCS", "XSS_DOC",
           "PAYLOADS", "MARKER"]

#: Set by any payload that manages to run; the browser test checks it stays undefined.
MARKER = "__pwned"
PAYLOADS = (
    f"<script>window.{MARKER}=1</script>",
    f"<img src=x onerror=\"window.{MARKER}=2\">",
    f"<svg onload=\"window.{MARKER}=3\"></svg>",
    "<b>bold claim</b>",
)

DOCS = {
    "doc-basra": ("Protests in Basra", "Daily Example",
                  "Hundreds of protesters gathered in Basra on Monday to demand jobs and electricity. "
                  "Security forces fired tear gas, and medical sources said two protesters were killed."),
    "doc-basra-2": ("Basra clashes", "Example Wire",
                    "Two demonstrators died in Basra on Monday when police dispersed a sit-in, a hospital official said."),
    "doc-nasiriyah": ("Nasiriyah sit-in", "Daily Example",
                      "Students held a peaceful sit-in in Nasiriyah on Tuesday, calling for reform."),
}
XSS_DOC = ("doc-xss", f"{PAYLOADS[0]} Headline {PAYLOADS[3]}", "Hostile Source",
           f"Residents of Karbala {PAYLOADS[0]} rallied on Wednesday. {PAYLOADS[1]} Police {PAYLOADS[2]} "
           f"arrested three men.")


def span_of(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece), piece)


def _event(event_id: str, doc_id: str, text: str, **fields: object) -> Event:
    evidence = {name: [span_of(text, piece)] for name, piece in fields.pop("evidence", {}).items()}  # type: ignore[union-attr]
    claims = fields.pop("claims", [])
    return Event(event_id=event_id, doc_id=doc_id, evidence=evidence, claims=claims, **fields)  # type: ignore[arg-type]


def sample_documents() -> list[Document]:
    """The four sample documents (three plain, one hostile)."""
    docs = [Document(id=doc_id, text=text, title=title, source=source, published=dt.date(2019, 10, 8))
            for doc_id, (title, source, text) in DOCS.items()]
    xss_id, xss_title, xss_source, xss_text = XSS_DOC
    docs.append(Document(id=xss_id, text=xss_text, title=xss_title, source=xss_source, published=dt.date(2019, 10, 9)))
    return docs


def make_store() -> MemoryStore:
    """A memory store: two Basra reports of one event, a Nasiriyah protest and a hostile document."""
    store = MemoryStore()
    for doc in sample_documents():
        store.add_document(doc.id, doc.text, title=doc.title, source=doc.source,
                           published=doc.published.isoformat() if doc.published else None)
    store.add_events(sample_events())
    store.link(["ev-basra-1", "ev-basra-2"])  # the real store merges these two reports itself
    return store


def make_event_store(path: Path | str = ":memory:") -> Any:
    """The same documents and events in the project's DuckDB event store (its own merging applies)."""
    from eventcoder.store import EventStore

    by_doc: dict[str, list[Event]] = {}
    for event in sample_events():
        by_doc.setdefault(event.doc_id, []).append(event)

    def processor(items: Iterable[Any]) -> Iterable[DocumentResult]:
        for doc in items:
            yield DocumentResult(doc.id, events=by_doc.get(doc.id, []), content_hash=doc.content_hash, document=doc)

    store = EventStore.open(path)
    store.ingest_documents(sample_documents(), processor=processor)
    return store


def sample_events() -> list[Event]:
    """Pipeline-like records for the sample documents, with evidence spans and claims."""
    basra, basra2, nas = DOCS["doc-basra"][2], DOCS["doc-basra-2"][2], DOCS["doc-nasiriyah"][2]
    xss_id, _, xss_source, xss_text = XSS_DOC
    return [
        _event("ev-basra-1", "doc-basra", basra, event_date="2019-10-07", event_type="Protests",
               sub_event_type="Excessive force against protesters", actor1="Protesters (Iraq)",
               actor2="Police Forces of Iraq (2018-2022)", country="Iraq", admin1="Basra", location="Basrah",
               latitude=30.51, longitude=47.81, fatalities=2, source="Daily Example",
               evidence={"location": "Basra", "event_date": "Monday", "actor1": "Hundreds of protesters",
                         "actor2": "Security forces"},
               claims=[Claim("fatalities", 2, "medical sources", span_of(basra, "two protesters were killed"))]),
        _event("ev-basra-2", "doc-basra-2", basra2, event_date="2019-10-07", event_type="Protests",
               sub_event_type="Excessive force against protesters", actor1="Protesters (Iraq)",
               actor2="Police Forces of Iraq (2018-2022)", country="Iraq", admin1="Basra", location="Basrah",
               latitude=30.51, longitude=47.81, fatalities=2, source="Example Wire",
               evidence={"location": "Basra", "actor2": "police"},
               claims=[Claim("fatalities", 2, "a hospital official", span_of(basra2, "Two demonstrators died"))]),
        _event("ev-nasiriyah", "doc-nasiriyah", nas, event_date="2019-10-08", event_type="Protests",
               sub_event_type="Peaceful protest", actor1="Protesters (Iraq)", country="Iraq", admin1="Dhi Qar",
               location="Nasiriyah", latitude=31.05, longitude=46.26, fatalities=0, source="Daily Example",
               evidence={"location": "Nasiriyah", "event_date": "Tuesday", "actor1": "Students"}),
        _event("ev-xss", xss_id, xss_text, event_date="2019-10-09", event_type="Protests",
               sub_event_type="Peaceful protest", actor1=f"Protesters {PAYLOADS[1]}",
               actor2=f"Police {PAYLOADS[0]}", country="Iraq", admin1=f"Karbala{PAYLOADS[2]}",
               location=f"Karbala {PAYLOADS[3]}", latitude=32.61, longitude=44.02, fatalities=0,
               notes=f"Note {PAYLOADS[0]}", source=xss_source,
               evidence={"location": f"Karbala {PAYLOADS[0]}", "actor2": f"Police {PAYLOADS[2]}"},
               claims=[Claim("arrests", 3, f"witness {PAYLOADS[1]}", span_of(xss_text, "arrested three men"))]),
    ]
