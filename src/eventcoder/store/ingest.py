"""Documents -> pipeline -> store, a batch of documents per transaction, resumable after any interruption.

A document whose id and content hash are stored already is skipped before the pipeline sees it, so
re-running an ingest changes nothing and a run killed half-way resumes where it stopped.
"""

from __future__ import annotations

import datetime as dt
import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

import duckdb

from ..documents import Document
from ..errors import DocumentError, StoreError
from ..pipeline import DocumentResult
from .rows import (AGGREGATE_COLUMNS, DOCUMENT_COLUMNS, ERROR_COLUMNS, aggregate_row, document_row, error_row,
                   mention_rows)
from .schema import MENTION_COLUMNS


__all__ = ["IngestSummary", "Processor", "ProgressCallback", "ingest_documents", "ingest_results", "default_processor", "set_dirty"]

#: Turns documents (and reading errors) into DocumentResults, in order: the pipeline or an engine.
Processor = Callable[[Iterable[Document | DocumentError]], Iterable[DocumentResult]]


@dataclass
class IngestSummary:
    """What an ingest did. ``documents`` counts every document read (errors included)."""

    documents: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    mentions: int = 0
    aggregates: int = 0
    events: int | None = None  # events in the store after the merge (None when not merged)
    seconds: float = 0.0
    error_messages: list[str] = field(default_factory=list)  # the first few, for the CLI

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "error_messages"}


#: Called after each written batch with (documents handled so far, the running summary).
ProgressCallback = Callable[[int, IngestSummary], None]


def default_processor(config: Any = None, *, engine: str = "inprocess", workers: int = 1,
                      scheduler: str | None = None) -> Processor:
    """The in-process pipeline, or ``eventcoder.engine.run`` for other engines (imported only then)."""
    from ..pipeline import Pipeline, PipelineConfig

    config = config or PipelineConfig()
    if engine == "inprocess" and scheduler is None:
        return Pipeline.from_config(config).process
    try:
        engines = importlib.import_module("eventcoder.engine")
    except ModuleNotFoundError as exc:
        if exc.name != "eventcoder.engine":
            raise
        raise StoreError(f"engine {engine!r} needs eventcoder.engine, which this installation lacks; "
                         "use --engine inprocess") from None

    def run(items: Iterable[Document | DocumentError]) -> Iterable[DocumentResult]:
        return engines.run(items, config, engine=engine, workers=workers, scheduler=scheduler)

    return run


#: Gives a connection for one write (a batch, the merge); the store file is free in between.
Opener = Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]]


def _opener(db: Any) -> Opener:
    """``db`` is a connection (kept for the whole run) or a :class:`~.connection.Connections`."""
    if isinstance(db, duckdb.DuckDBPyConnection):
        return lambda: nullcontext(db)
    return db.writing  # type: ignore[no-any-return]


def set_dirty(con: duckdb.DuckDBPyConnection, dirty: bool) -> None:
    """Whether mentions changed since the last merge (kept in the same transaction as the change)."""
    con.execute("INSERT OR REPLACE INTO store_meta VALUES ('merge_needed', ?)", ["1" if dirty else "0"])


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]],
            *, replace: bool = False) -> None:
    if rows:
        verb = "INSERT OR REPLACE INTO" if replace else "INSERT INTO"
        marks = ", ".join("?" * len(columns))
        con.executemany(f"{verb} {table} ({', '.join(columns)}) VALUES ({marks})", rows)


class _Writer:
    """Writes finished DocumentResults, one transaction per batch."""

    def __init__(self, opener: Opener, summary: IngestSummary, known: dict[str, str]) -> None:
        self.opener = opener
        self.summary = summary
        self.known = known  # doc_id -> content hash as stored

    def write(self, results: list[tuple[DocumentResult, Document | None, DocumentError | None]]) -> None:
        with self.opener() as con:
            self._write(con, results)

    def _write(self, con: duckdb.DuckDBPyConnection,
               results: list[tuple[DocumentResult, Document | None, DocumentError | None]]) -> None:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        con.execute("BEGIN TRANSACTION")
        try:
            for result, document, read_error in results:
                if read_error is not None or result.error is not None or document is None:
                    error = read_error or result.error or DocumentError("the pipeline returned no document",
                                                                        doc_id=result.doc_id)
                    content_hash = document.content_hash if document else None
                    _insert(con, "ingest_errors", ERROR_COLUMNS, [error_row(error, content_hash, now)], replace=True)
                    self.summary.errors += 1
                    if len(self.summary.error_messages) < 20:
                        self.summary.error_messages.append(str(error))
                    continue
                previous = self.known.get(document.id)
                if previous is not None:
                    con.execute("DELETE FROM mentions WHERE doc_id = ?", [document.id])
                    con.execute("DELETE FROM aggregates WHERE doc_id = ?", [document.id])
                    con.execute("DELETE FROM documents WHERE doc_id = ?", [document.id])
                con.execute("DELETE FROM ingest_errors WHERE doc_id = ?", [document.id])
                rows = mention_rows(document.id, result.events)
                _insert(con, "documents", DOCUMENT_COLUMNS, [document_row(document, len(rows), now)])
                _insert(con, "mentions", MENTION_COLUMNS, rows)
                _insert(con, "aggregates", AGGREGATE_COLUMNS, [aggregate_row(a) for a in result.aggregates],
                        replace=True)
                self.known[document.id] = document.content_hash
                self.summary.mentions += len(rows)
                self.summary.aggregates += len(result.aggregates)
                if previous is None:
                    self.summary.new += 1
                else:
                    self.summary.updated += 1
            set_dirty(con, True)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def ingest_documents(db: Any, items: Iterable[Document | DocumentError], *,
                     processor: Processor | None = None, config: Any = None, engine: str = "inprocess",
                     workers: int = 1, scheduler: str | None = None, batch_size: int = 64,
                     force: bool = False, merge: bool = True,
                     progress: ProgressCallback | None = None) -> IngestSummary:
    """See :meth:`eventcoder.store.EventStore.ingest_documents`."""
    started = time.perf_counter()
    summary = IngestSummary()
    opener = _opener(db)
    with opener() as con:
        known = dict(con.execute("SELECT doc_id, content_hash FROM documents").fetchall())
    queued: set[tuple[str, str]] = set()  # (id, hash) already sent to the pipeline in this run
    pending: dict[str, list[Document]] = {}  # doc id -> documents sent and not yet written
    read_errors: list[DocumentError] = []

    def to_process() -> Iterator[Document]:
        for item in items:
            summary.documents += 1
            if isinstance(item, DocumentError):
                read_errors.append(item)
                continue
            key = (item.id, item.content_hash)
            if not force and (known.get(item.id) == item.content_hash or key in queued):
                summary.unchanged += 1
                continue
            queued.add(key)
            pending.setdefault(item.id, []).append(item)
            yield item

    documents = to_process()
    first = next(documents, None)  # the pipeline (spaCy) is loaded only when there is work for it
    if first is None:
        results: Iterable[DocumentResult] = ()
    else:
        run = processor or default_processor(config, engine=engine, workers=workers, scheduler=scheduler)
        results = run(chain([first], documents))
    writer = _Writer(opener, summary, known)
    batch: list[tuple[Any, Document | None, DocumentError | None]] = []
    handled = 0

    def flush() -> None:
        nonlocal batch, handled
        batch.extend((DocumentResult(e.doc_id, error=e), None, e) for e in read_errors)
        read_errors.clear()
        if batch:
            writer.write(batch)
            handled += len(batch)
            batch = []
            if progress is not None:
                progress(handled, summary)

    for result in results:
        document = result.document
        waiting = pending.get(result.doc_id or "")
        if waiting:
            sent = waiting.pop(0)
            document = document or sent
            if not waiting:
                del pending[result.doc_id or ""]
        if document is None and result.error is None:
            result.error = DocumentError("the pipeline returned a result for an unknown document", doc_id=result.doc_id)
        batch.append((result, document, None))
        if len(batch) + len(read_errors) >= batch_size:
            flush()
    flush()
    return _finish(opener, summary, merge=merge, started=started)


def _finish(opener: Opener, summary: IngestSummary, *, merge: bool, started: float) -> IngestSummary:
    if merge:
        from .merge import merge_store

        with opener() as con:
            needed = con.execute("SELECT value FROM store_meta WHERE key = 'merge_needed'").fetchall()
            if not needed or needed[0][0] == "1":
                merge_store(con)
            summary.events = con.execute("SELECT count(*) FROM events WHERE status <> 'wrong'").fetchall()[0][0]
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def ingest_results(db: Any, results: Iterable[DocumentResult], *, batch_size: int = 64,
                   force: bool = False, merge: bool = True,
                   progress: ProgressCallback | None = None) -> IngestSummary:
    """Store results computed elsewhere (e.g. read back with ``eventcoder.engine.read_partitions``).

    Each result must carry its document. Unchanged documents (same id and hash) are skipped unless ``force``.
    """
    started = time.perf_counter()
    summary = IngestSummary()
    opener = _opener(db)
    with opener() as con:
        known = dict(con.execute("SELECT doc_id, content_hash FROM documents").fetchall())
    writer = _Writer(opener, summary, known)
    batch: list[tuple[DocumentResult, Document | None, DocumentError | None]] = []
    handled = 0
    for result in results:
        summary.documents += 1
        document = result.document
        if document is not None and not force and known.get(document.id) == document.content_hash:
            summary.unchanged += 1
            continue
        if document is None and result.error is None:
            result.error = DocumentError("the result carries no document; write results with their documents",
                                         doc_id=result.doc_id)
        batch.append((result, document, None))
        if len(batch) >= batch_size:
            writer.write(batch)
            handled, batch = handled + len(batch), []
            if progress is not None:
                progress(handled, summary)
    if batch:
        writer.write(batch)
        if progress is not None:
            progress(handled + len(batch), summary)
    return _finish(opener, summary, merge=merge, started=started)
