"""The document: one news report as the pipeline reads it, validated from a record by :func:`document_from_dict`.

Every reader in :mod:`eventcoder.readers` (JSON Lines, text, web pages, feeds, tables, office files,
URLs) builds its documents through :func:`document_from_dict`, so validation and text repair happen
once, at reading, the same way for every input kind. Reading never stops at a bad document: each
problem becomes a :class:`DocumentError` yielded in place of the document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .errors import DocumentError
from .textrepair import repair_text

if TYPE_CHECKING:
    from .readers import ReadOptions

__all__ = ["Document", "read_documents", "document_from_dict", "MAX_TEXT_CHARS", "KNOWN_FIELDS", "NO_DATE_WARNING"]

#: Longest article text accepted. Longer texts are rejected, not truncated, so nothing is silently lost.
MAX_TEXT_CHARS = 2_000_000
_SURROGATES = re.compile("[\ud800-\udfff]")
KNOWN_FIELDS = frozenset({"id", "text", "published", "country", "source", "url", "title", "language"})
#: The warning of a document with no publication date anywhere (its relative dates cannot be resolved).
NO_DATE_WARNING = ("no publication date (none in the document, its metadata or its file name): relative dates "
                   "('on Sunday') cannot be resolved; pass --published YYYY-MM-DD")


@dataclass(frozen=True, slots=True)
class Document:
    """One news report. ``published`` anchors relative dates; ``country`` helps place names resolve."""

    id: str
    text: str
    published: dt.date | None = None
    country: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)
    language: str | None = None  # as declared by the record or page (ISO 639-1); the pipeline detects its own

    @property
    def content_hash(self) -> str:
        """sha256 of everything that changes what the pipeline extracts from this document."""
        payload = json.dumps([self.text, self.published.isoformat() if self.published else None,
                              self.country, self.source, self.title], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _parse_published(value: Any, doc_id: str, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if not isinstance(value, str):
        raise DocumentError(f"expected a date like 2020-01-22, got {type(value).__name__} {_shown(value)}",
                            doc_id=doc_id, field="published", source=where)
    from .readers.dates import parse_date  # here: the readers package imports this module

    parsed = parse_date(value)
    if parsed is None:
        raise DocumentError(f"{_shown(value)} is not a date; use YYYY-MM-DD, ISO 8601 with time and zone, or RFC 2822 "
                            "('Thu, 16 Jan 2020 09:15:00 GMT')", doc_id=doc_id, field="published", source=where)
    return parsed


def _shown(value: Any, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters: an error never echoes a large input."""
    try:
        text = repr(value) if not isinstance(value, (list, dict)) or len(value) < limit else type(value).__name__
    except ValueError:  # an int too long to print
        text = type(value).__name__
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


def _optional_str(record: dict[str, Any], name: str, doc_id: str, where: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise DocumentError(f"expected text, got {type(value).__name__}", doc_id=doc_id, field=name, source=where)
    return _no_surrogates(value.strip()) or None


def _no_surrogates(value: str) -> str:
    """``value`` with lone surrogates (bad JSON escapes) replaced: they cannot be written as UTF-8."""
    return _SURROGATES.sub("\ufffd", value)


def _repaired(value: str | None) -> str | None:
    return repair_text(value).text.strip() or None if value else value


def document_from_dict(record: Any, *, where: str = "<input>", default_id: str | None = None,
                       published: dt.date | None = None, country: str | None = None) -> Document:
    """Validate one input record into a :class:`Document`, or raise a :class:`DocumentError` saying why.

    ``published`` and ``country`` are defaults for records that lack them (the CLI's --published/--country).
    """
    if not isinstance(record, dict):
        raise DocumentError(f"expected a JSON object, got {type(record).__name__}", source=where)
    raw_id = record.get("id", default_id)
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        raise DocumentError("document has no id", field="id", source=where)
    if not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
        raise DocumentError(f"id must be text or a number, got {type(raw_id).__name__}", field="id", source=where)
    doc_id = _no_surrogates(str(raw_id).strip())
    text = record.get("text")
    if text is None:
        raise DocumentError("document has no text", doc_id=doc_id, field="text", source=where)
    if not isinstance(text, str):
        raise DocumentError(f"text must be a string, got {type(text).__name__}", doc_id=doc_id, field="text", source=where)
    if not text.strip():
        raise DocumentError("text is empty", doc_id=doc_id, field="text", source=where)
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(f"text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit; split the document",
                            doc_id=doc_id, field="text", source=where)
    unknown = sorted(set(record) - KNOWN_FIELDS)
    warnings = [f"unknown field {_shown(name)} ignored" for name in unknown]
    text, repairs = repair_text(text)
    if repairs:
        warnings.append(f"text repaired: {', '.join(repairs)}")
    if not text.strip():
        raise DocumentError("text is empty after repair (only control characters)", doc_id=doc_id, field="text", source=where)
    published = _parse_published(record.get("published"), doc_id, where) or published
    if published is None:
        warnings.append(NO_DATE_WARNING)
    language = _optional_str(record, "language", doc_id, where)
    return Document(
        id=doc_id,
        text=text,
        published=published,
        country=_optional_str(record, "country", doc_id, where) or country,
        source=_optional_str(record, "source", doc_id, where),
        url=_optional_str(record, "url", doc_id, where),
        title=_repaired(_optional_str(record, "title", doc_id, where)),
        warnings=tuple(warnings),
        language=language.lower() if language else None,
    )


def read_documents(inputs: Iterable[str | Path], *, published: dt.date | None = None,
                   country: str | None = None, stdin: TextIO | None = None,
                   options: "ReadOptions | None" = None) -> Iterator[Document | DocumentError]:
    """Stream documents from files, folders, URLs or ``-`` (standard input); see :mod:`eventcoder.readers`.

    ``published``/``country`` are defaults for documents that lack them; ``options`` carries the rest
    (column names, blocks, page fetching). Yields a :class:`DocumentError` for each document that cannot
    be used, in input order; raises :class:`InputError` only for an input that cannot be read at all.
    """
    from . import readers

    return readers.read_documents(inputs, published=published, country=country, stdin=stdin, options=options)
