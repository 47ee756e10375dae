"""Records to documents: every reader hands its records here, so every input kind goes through
:func:`~eventcoder.documents.document_from_dict` (validation and text repair, once, at reading)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from ..documents import Document, document_from_dict
from ..errors import DocumentError
from .options import ReadOptions

__all__ = ["build"]


def build(record: dict[str, Any], *, where: str, options: ReadOptions,
          fallback_date: dt.date | None = None) -> Iterator[Document | DocumentError]:
    """The document for ``record``, or the error that makes it unusable (yielded, never raised).

    A record's own date wins; then ``fallback_date`` (a file name's date or the file's metadata);
    then the --published default.
    """
    published = fallback_date or options.published
    try:
        yield document_from_dict(record, where=where, published=published, country=options.country)
    except DocumentError as exc:
        yield exc
