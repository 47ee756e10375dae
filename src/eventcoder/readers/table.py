"""Tables of articles: CSV, TSV and Parquet, one document per row. Columns are named with
``--text-column``/``--date-column``/... or found under their usual names (``text``, ``body``,
``published``, ``date``, ``headline``...)."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from ..documents import MAX_TEXT_CHARS, Document
from ..errors import DocumentError
from . import options as names
from .build import build
from .dates import date_in_name
from .options import Columns, ReadOptions

__all__ = ["read_table_file", "table_documents", "resolve_columns", "TABLE_SUFFIXES"]

TABLE_SUFFIXES = {".csv": ",", ".tsv": "\t", ".tab": "\t", ".parquet": None}
_USUAL = {"text": names.TEXT_COLUMNS, "date": names.DATE_COLUMNS, "id": names.ID_COLUMNS,
          "title": names.TITLE_COLUMNS, "url": names.URL_COLUMNS, "source": names.SOURCE_COLUMNS,
          "country": names.COUNTRY_COLUMNS}
_FIELD = {"date": "published"}  # the document field each column fills, where its name differs


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def resolve_columns(header: list[str], chosen: Columns) -> dict[str, str]:
    """Document field -> the table's column for it. Raises ValueError for a named column the table lacks."""
    by_key = {_key(name): name for name in reversed(header)}  # the first of equal keys wins
    mapping: dict[str, str] = {}
    for spec in fields(Columns):
        wanted = getattr(chosen, spec.name)
        if wanted is not None:
            if wanted not in header and _key(wanted) not in by_key:
                raise ValueError(f"no column {wanted!r} (given with --{spec.name}-column); the columns are "
                                 f"{', '.join(header)}")
            mapping[_FIELD.get(spec.name, spec.name)] = wanted if wanted in header else by_key[_key(wanted)]
            continue
        for usual in _USUAL[spec.name]:
            if usual in by_key and by_key[usual] not in mapping.values():
                mapping[_FIELD.get(spec.name, spec.name)] = by_key[usual]
                break
    return mapping


def table_documents(rows: Iterable[dict[str, Any]], header: list[str], *, name: str,
                    options: ReadOptions) -> Iterator[Document | DocumentError]:
    try:
        mapping = resolve_columns(header, options.columns)
    except ValueError as exc:
        yield DocumentError(str(exc), source=name)
        return
    if "text" not in mapping:
        yield DocumentError(f"no text column among {', '.join(header)}; name it with --text-column", source=name)
        return
    stem = Path(name).stem
    name_date = date_in_name(Path(name).name)
    for number, row in enumerate(rows, start=1):
        record = {field: row.get(column) for field, column in mapping.items()}
        record = {k: v for k, v in record.items() if v is not None and v != ""}
        record.setdefault("id", f"{stem}-{number}")
        yield from build(record, where=f"{name} row {number}", options=options, fallback_date=name_date)


def _csv_rows(path: Path, delimiter: str, options: ReadOptions) -> Iterator[Document | DocumentError]:
    csv.field_size_limit(MAX_TEXT_CHARS * 4)  # a long article is one field; the document check says if too long
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            reader = csv.DictReader(stream, delimiter=delimiter)
            header = list(reader.fieldnames or [])
            if not header:
                yield DocumentError("the table is empty (no header row)", source=str(path))
                return
            yield from table_documents(reader, header, name=str(path), options=options)
    except UnicodeDecodeError as exc:
        yield DocumentError(f"not UTF-8 (byte {exc.start}); convert the file to UTF-8", source=str(path))
    except csv.Error as exc:
        yield DocumentError(f"not a readable table: {exc}", source=str(path))


def _parquet_rows(path: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several kinds for a damaged file
        yield DocumentError(f"not a readable Parquet file: {exc}", source=str(path))
        return
    rows = (row for batch in table.iter_batches(batch_size=1024) for row in batch.to_pylist())
    yield from table_documents(rows, list(table.schema_arrow.names), name=str(path), options=options)


def read_table_file(path: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    delimiter = TABLE_SUFFIXES[path.suffix.lower()]
    if delimiter is None:
        yield from _parquet_rows(path, options)
    else:
        yield from _csv_rows(path, delimiter, options)
