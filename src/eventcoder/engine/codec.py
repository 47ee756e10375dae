"""Plain-data forms of pipeline results, for Parquet partitions and for any transport that wants JSON.

``result_from_dict(result_to_dict(r))`` gives back a result equal to ``r``, field by field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from ..documents import Document
from ..errors import DocumentError
from ..pipeline import DocumentResult
from ..record import AggregateClaim, Event, Span

__all__ = ["result_to_dict", "result_from_dict", "document_to_dict", "document_from_plain", "error_from_dict",
           "aggregate_from_dict"]


def document_to_dict(document: Document) -> dict[str, Any]:
    """A :class:`Document` as JSON-ready data (``published`` as an ISO date)."""
    data = asdict(document)
    data["published"] = document.published.isoformat() if document.published else None
    data["warnings"] = list(document.warnings)
    return data


def document_from_plain(data: dict[str, Any]) -> Document:
    """The inverse of :func:`document_to_dict` (no validation: the data came from a valid Document)."""
    published = data.get("published")
    return Document(id=data["id"], text=data["text"],
                    published=dt.date.fromisoformat(published) if published else None,
                    country=data.get("country"), source=data.get("source"), url=data.get("url"),
                    title=data.get("title"), warnings=tuple(data.get("warnings") or ()),
                    language=data.get("language"))


def error_from_dict(data: dict[str, Any]) -> DocumentError:
    """The inverse of :meth:`DocumentError.to_dict`."""
    return DocumentError(data["message"], doc_id=data.get("doc_id"), field=data.get("field"),
                         source=data.get("source"), stage=data.get("stage"))


def aggregate_from_dict(data: dict[str, Any]) -> AggregateClaim:
    """The inverse of :meth:`AggregateClaim.to_dict`."""
    values = {k: v for k, v in data.items() if k != "kind"}
    span = values.get("span")
    values["span"] = Span(**span) if span else None
    return AggregateClaim(**values)


def result_to_dict(result: DocumentResult) -> dict[str, Any]:
    """A :class:`DocumentResult` as JSON-ready data."""
    return {
        "doc_id": result.doc_id,
        "content_hash": result.content_hash,
        "events": [event.to_dict() for event in result.events],
        "aggregates": [claim.to_dict() for claim in result.aggregates],
        "warnings": list(result.warnings),
        "error": result.error.to_dict() if result.error is not None else None,
        "document": document_to_dict(result.document) if result.document is not None else None,
        "explanation": result.explanation,
    }


def result_from_dict(data: dict[str, Any]) -> DocumentResult:
    """The inverse of :func:`result_to_dict`."""
    return DocumentResult(
        data.get("doc_id"),
        events=[Event.from_dict(e) for e in data.get("events") or []],
        aggregates=[aggregate_from_dict(a) for a in data.get("aggregates") or []],
        warnings=list(data.get("warnings") or []),
        error=error_from_dict(data["error"]) if data.get("error") else None,
        content_hash=data.get("content_hash"),
        document=document_from_plain(data["document"]) if data.get("document") else None,
        explanation=data.get("explanation"),
    )
