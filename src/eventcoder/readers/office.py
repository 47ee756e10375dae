"""Word (.docx) and PDF files: their text (python-docx, pypdf), title and date from the file's own
properties. A date in the file name wins over the file's creation date, which may be the day it was
saved rather than published."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..documents import Document
from ..errors import DocumentError
from .build import build
from .dates import date_in_name, parse_date
from .options import ReadOptions

__all__ = ["read_docx_file", "read_pdf_file", "OFFICE_SUFFIXES"]

OFFICE_SUFFIXES = (".docx", ".pdf")


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date(value) if isinstance(value, str) else None


def _docx_record(path: Path) -> tuple[dict[str, Any], dt.date | None]:
    import docx  # python-docx; imported here: only .docx files need it

    word = docx.Document(str(path))
    paragraphs = [p.text.strip() for p in word.paragraphs if p.text.strip()]
    for table in word.tables:  # text laid out in tables is still the document's text
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                paragraphs.append(" | ".join(dict.fromkeys(cells)))
    props = word.core_properties
    return ({"text": "\n\n".join(paragraphs), "title": props.title or None,
             "language": (props.language or "")[:2] or None},
            _as_date(props.created))


def _pdf_record(path: Path) -> tuple[dict[str, Any], dt.date | None]:
    import pypdf  # imported here: only .pdf files need it

    reader = pypdf.PdfReader(str(path))
    pages = [(page.extract_text() or "").strip() for page in reader.pages]
    meta = reader.metadata
    title = meta.title if meta is not None else None
    created = meta.get("/CreationDate") if meta is not None else None
    return {"text": "\n\n".join(p for p in pages if p), "title": title or None}, _as_date(created)


def _read(path: Path, options: ReadOptions, reader: Any, kind: str) -> Iterator[Document | DocumentError]:
    try:
        record, created = reader(path)
    except Exception as exc:  # damaged or encrypted files raise many kinds of errors; each is this file's
        yield DocumentError(f"not a readable {kind} file: {type(exc).__name__}: {exc}", doc_id=path.stem,
                            source=str(path))
        return
    if not record["text"].strip():
        yield DocumentError(f"the {kind} file holds no text (a scanned {kind} needs OCR first)", doc_id=path.stem,
                            field="text", source=str(path))
        return
    record["id"] = path.stem
    yield from build({k: v for k, v in record.items() if v is not None}, where=str(path), options=options,
                     fallback_date=date_in_name(path.name) or created)


def read_docx_file(path: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    yield from _read(path, options, _docx_record, "Word")


def read_pdf_file(path: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    yield from _read(path, options, _pdf_record, "PDF")
