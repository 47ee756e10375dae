"""The event store: an embedded DuckDB file holding documents, per-document mentions, merged events
and the analysts' corrections.

    from eventcoder.store import EventStore, EventFilter

    with EventStore.open("events.duckdb") as store:
        summary = store.ingest(["articles.jsonl"])      # pipeline -> documents + mentions, then merge
        rows, total = store.query_events(EventFilter(country="Iraq"), limit=50)
        event = store.get_event(rows[0]["event_id"])   # with mentions, document texts, evidence, claims
        store.correct_field(event["event_id"], "fatalities", 3, who="ana", why="hospital report")

Layout (see ``schema.py`` for the tables):

* ``documents``: one row per document id, with its content hash; re-ingesting the same content
  changes nothing, a new version replaces the document's mentions.
* ``mentions``: one row per event record the pipeline found in a document, with evidence and claims.
* ``events``: mentions of the same event merged (same day, place, actors and activity, with tolerance
  for date and place precision), rebuilt deterministically by :meth:`EventStore.merge`.
* ``corrections``: the review audit trail. Corrections point at *mention ids*, not event ids, so they
  survive re-ingest and re-merge: they are re-applied after every merge.

Event ids are stable while the event's *anchor* mention (the earliest-published one) stays in the
event; a merge or split changes the id of the events involved. All SQL is parameterised.

Several processes can use one store file (DuckDB lets one process hold it at a time): open it with
``linger=`` (seconds to keep the file after the last call; ``0`` lets go at once) and each call takes
the file, retrying while another process holds it (up to ``wait`` seconds), and lets it go after; an
ingest takes it per batch. The dashboard and the CLI commands open stores this way (see
``connection.py`` and docs/DASHBOARD.md). Without ``linger`` the file is held until :meth:`close`.
Inside one process an :class:`EventStore` may be shared between threads: reads run in parallel on
cursors of their own, writes take turns.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from ..documents import Document
from ..errors import DocumentError
from ..pipeline import DocumentResult
from .filters import ORDER_FIELDS, EventFilter
from .ingest import IngestSummary, Processor, ProgressCallback
from .review import CORRECTABLE_FIELDS, EventNotFoundError
from .connection import DEFAULT_WAIT_S, Connections, StoreBusyError
from .schema import SCHEMA_VERSION, applied_migrations

__all__ = [
    "EventStore", "EventFilter", "IngestSummary", "Processor", "ProgressCallback", "ORDER_FIELDS",
    "SCHEMA_VERSION", "DEFAULT_DB", "DB_ENV_VAR", "default_db_path", "CORRECTABLE_FIELDS", "EventNotFoundError",
    "StoreBusyError",
]

#: Environment variable naming the store file; else ``DEFAULT_DB`` in the working directory.
DB_ENV_VAR = "EVENTCODER_DB"
DEFAULT_DB = "eventcoder.duckdb"

def default_db_path() -> Path:
    """``$EVENTCODER_DB`` if set, else ``eventcoder.duckdb`` in the working directory."""
    return Path(os.environ.get(DB_ENV_VAR) or DEFAULT_DB)


class EventStore:
    """One open store file. Build with :meth:`open`; use as a context manager or call :meth:`close`."""

    #: Reads may run in parallel threads (the web app relies on it).
    concurrent = True

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False, linger: float | None = None,
                 wait: float = DEFAULT_WAIT_S) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.read_only = read_only
        self._db = Connections(path if path == ":memory:" else self.path, read_only=read_only, linger=linger,
                               wait=wait)

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False, linger: float | None = None,
             wait: float = DEFAULT_WAIT_S) -> "EventStore":
        """Open (creating and migrating if needed) the store at ``path`` (default: :func:`default_db_path`).

        ``":memory:"`` gives a throw-away store. Without ``linger`` the file is opened now and held
        until :meth:`close`; with ``linger`` (seconds) it is opened per call and let go that long after
        the last one, so other processes can use it in between. Raises
        :class:`~eventcoder.errors.StoreError` when the file cannot be opened (a newer schema, not a
        DuckDB file), :class:`StoreBusyError` when another process held it longer than ``wait`` seconds.
        """
        return cls(path, read_only=read_only, linger=linger, wait=wait)

    @property
    def con(self) -> Any:
        """The DuckDB connection of a store held open (for tests and benchmarks)."""
        return self._db.root

    @property
    def generation(self) -> int | None:
        """A number that moves whenever the store's contents may have changed (a write by this process,
        the file reopened after another process could use it), or None while the file is not held.
        Costs nothing and never blocks: the dashboard keys its response cache by it."""
        return self._db.generation

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- schema -------------------------------------------------------------------------------------

    def migrations(self) -> list[dict[str, Any]]:
        """The migrations applied to this file: ``{"version", "name", "applied_at"}``, oldest first."""
        with self._db.reading() as con:
            return applied_migrations(con)

    # -- ingest and merge ---------------------------------------------------------------------------

    def ingest(self, inputs: Iterable[str | Path], *, published: dt.date | None = None, country: str | None = None,
               processor: Processor | None = None,
               config: Any = None, engine: str = "inprocess", workers: int = 1,
               scheduler: str | None = None, batch_size: int = 64, force: bool = False,
               merge: bool = True, progress: ProgressCallback | None = None) -> IngestSummary:
        """Read documents from paths (as :func:`eventcoder.documents.read_documents`, with its
        ``published``/``country`` defaults for documents that lack them) and store them.

        See :meth:`ingest_documents`; this only adds the reading.
        """
        from ..documents import read_documents

        items = read_documents(inputs, published=published, country=country)
        return self.ingest_documents(items, processor=processor, config=config, engine=engine,
                                     workers=workers, scheduler=scheduler, batch_size=batch_size, force=force,
                                     merge=merge, progress=progress)

    def ingest_documents(self, items: Iterable[Document | DocumentError], *, processor: Processor | None = None,
                         config: Any = None, engine: str = "inprocess", workers: int = 1,
                         scheduler: str | None = None, batch_size: int = 64, force: bool = False,
                         merge: bool = True, progress: ProgressCallback | None = None) -> IngestSummary:
        """Run documents through the pipeline and store documents, mentions, aggregate claims and errors.

        Documents whose id and content hash are already stored are skipped *before* the pipeline runs
        (so re-runs and resumed runs cost nothing for them) unless ``force``. A document stored with
        another hash is replaced: its old mentions go. Results are written ``batch_size`` documents per
        transaction, so a run killed at any moment leaves a consistent store and the next run resumes.

        ``processor`` maps an iterable of documents to DocumentResults (tests inject a stub); by default
        the in-process pipeline built from ``config`` (a PipelineConfig), or
        ``eventcoder.engine.run(..., engine=, workers=, scheduler=)`` for engine "local" or "dask".
        ``progress(done_documents, summary)`` is called after each written batch.
        With ``merge`` (default) the events are rebuilt at the end (see :meth:`merge`).
        """
        from .ingest import ingest_documents

        return ingest_documents(self._db, items, processor=processor, config=config, engine=engine,
                                workers=workers, scheduler=scheduler, batch_size=batch_size, force=force,
                                merge=merge, progress=progress)

    def ingest_results(self, results: Iterable[DocumentResult], *, batch_size: int = 64, force: bool = False,
                       merge: bool = True, progress: ProgressCallback | None = None) -> IngestSummary:
        """Store DocumentResults computed elsewhere, each carrying its document (e.g. the Parquet
        partitions of ``eventcoder.engine.write_partitions``, read back with ``read_partitions``).
        Same skipping, transactions and merge as :meth:`ingest_documents`."""
        from .ingest import ingest_results

        return ingest_results(self._db, results, batch_size=batch_size, force=force, merge=merge,
                              progress=progress)

    def merge(self) -> dict[str, int]:
        """Rebuild the events from all mentions, then re-apply every correction, in one transaction.

        Deterministic and idempotent: the same mentions and corrections always give the same events
        (same ids, same fields). Returns ``{"mentions", "events", "conflicted"}`` counts.
        """
        from .merge import merge_store

        with self._db.writing() as con:
            return merge_store(con)

    def counts(self) -> dict[str, int]:
        """``{"documents", "mentions", "events", "aggregates", "errors", "corrections"}`` row counts."""
        from .queries import counts

        with self._db.reading() as con:
            return counts(con)

    # -- queries for the CLI and the web app ----------------------------------------------------------

    def query_events(self, filters: EventFilter | None = None, *, limit: int | None = 50, offset: int = 0,
                     order_by: str = "-event_date") -> tuple[list[dict[str, Any]], int]:
        """One page of events matching ``filters`` and the total number matching.

        Rows are dicts of the ``events`` columns (ACLED names; ``sources`` and ``conflicts`` decoded
        to lists, ``corrected`` to a list of field names, ``status`` "ok" or "wrong"). ``order_by`` is
        one of :data:`ORDER_FIELDS`, ``-`` in front for descending; ties are broken by event id.
        Events marked wrong are left out unless ``filters.include_wrong``. ``limit=None``: all rows.
        """
        from .queries import query_events

        with self._db.reading() as con:
            return query_events(con, filters or EventFilter(), limit=limit, offset=offset, order_by=order_by)

    def iter_events(self, filters: EventFilter | None = None, *, order_by: str = "event_date",
                    page_size: int = 10_000) -> Iterator[dict[str, Any]]:
        """Every event matching ``filters``, streamed ``page_size`` rows at a time (for exports).
        Reads through its own cursor, so other calls may run while it is consumed."""
        from .queries import iter_events

        with self._db.reading() as cursor:
            yield from iter_events(cursor, filters or EventFilter(), order_by=order_by, page_size=page_size)

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """One event with everything behind it, or None.

        The event row (as in :meth:`query_events`) plus ``mentions``: a list of mention dicts
        (the per-document record fields, ``mention_id``, ``doc_id``, ``evidence``
        ``{field: [{"start", "end", "text"}]}``, ``claims`` ``[{"field", "value", "source", "span"}]``,
        ``field_confidence``) each with ``document``: ``{"doc_id", "title", "source", "url",
        "published", "text"}``; plus ``corrections``: this event's audit trail (see :meth:`audit_trail`).
        """
        from .queries import get_event

        with self._db.reading() as con:
            return get_event(con, event_id)

    def timeline(self, filters: EventFilter | None = None, *, interval: str = "day") -> list[dict[str, Any]]:
        """Events and fatalities per ``interval`` ("day", "week" (ACLED weeks start Saturday) or
        "month"): ``[{"period": date, "events": n, "fatalities": n}]`` in date order."""
        from .queries import timeline

        with self._db.reading() as con:
            return timeline(con, filters or EventFilter(), interval=interval)

    def admin1_counts(self, filters: EventFilter | None = None) -> list[dict[str, Any]]:
        """Events and fatalities per admin1: ``[{"country", "admin1", "events", "fatalities",
        "latitude", "longitude"}]`` (mean coordinates, for a map), most events first."""
        from .queries import admin1_counts

        with self._db.reading() as con:
            return admin1_counts(con, filters or EventFilter())

    def map_points(self, filters: EventFilter | None = None, *, limit: int = 100_000) -> list[tuple[Any, ...]]:
        """Located events matching ``filters``, newest first, as tuples of
        ``(event_id, latitude, longitude, event_type, fatalities, event_date, location)``."""
        from .queries import map_points

        with self._db.reading() as con:
            return map_points(con, filters or EventFilter(), limit=limit)

    def stamp(self) -> str:
        """A value that changes whenever documents, events or corrections change."""
        from .queries import stamp

        with self._db.reading() as con:
            return stamp(con)

    def facets(self) -> dict[str, list[str]]:
        """Distinct values for filter drop-downs: ``{"country", "admin1", "event_type", "sub_event_type"}``."""
        from .queries import facets

        with self._db.reading() as con:
            return facets(con)

    def aggregates(self, *, doc_id: str | None = None) -> list[dict[str, Any]]:
        """Stored aggregate claims ("600 killed since October"), optionally for one document."""
        from .queries import aggregates

        with self._db.reading() as con:
            return aggregates(con, doc_id=doc_id)

    def errors(self) -> list[dict[str, Any]]:
        """Documents that failed in the latest attempt: ``{"doc_id", "source", "stage", "field", "message"}``."""
        from .queries import errors

        with self._db.reading() as con:
            return errors(con)

    # -- review: corrections kept as an audit trail and re-applied after every merge ------------------

    def correct_field(self, event_id: str, field: str, value: Any, *, who: str, why: str) -> dict[str, Any]:
        """Set one field of an event (one of :data:`CORRECTABLE_FIELDS`); returns the updated event row.

        ``value`` is validated (dates ISO, codes integers, types in the ACLED taxonomy); a ``ValueError``
        says what is wrong. The correction is stored against the event's mentions and re-applied after
        every later merge to the event that then holds most of them.
        """
        from .review import correct_field

        with self._db.writing() as con:
            return correct_field(con, event_id, field, value, who=who, why=why)

    def merge_events(self, event_ids: list[str], *, who: str, why: str) -> dict[str, Any]:
        """Merge two or more events into one (kept through re-merges); returns the merged event row."""
        from .review import merge_events

        with self._db.writing() as con:
            return merge_events(con, event_ids, who=who, why=why)

    def split_event(self, event_id: str, mention_ids: list[str], *, who: str, why: str) -> list[dict[str, Any]]:
        """Move ``mention_ids`` out of an event into a new event of their own (kept through re-merges);
        returns ``[remaining event row, new event row]``."""
        from .review import split_event

        with self._db.writing() as con:
            return split_event(con, event_id, mention_ids, who=who, why=why)

    def mark_wrong(self, event_id: str, *, who: str, why: str, wrong: bool = True) -> dict[str, Any]:
        """Mark an event as wrong (not an event, or not in scope); ``wrong=False`` takes the mark back.
        Wrong events stay in the store but leave queries and exports unless asked for."""
        from .review import mark_wrong

        with self._db.writing() as con:
            return mark_wrong(con, event_id, who=who, why=why, wrong=wrong)

    def mark_reviewed(self, event_id: str, *, who: str, why: str) -> dict[str, Any]:
        """Record that an analyst checked the event; it then counts as reviewed (``EventFilter.reviewed``)."""
        from .review import mark_reviewed

        with self._db.writing() as con:
            return mark_reviewed(con, event_id, who=who, why=why)

    def audit_trail(self, event_id: str | None = None) -> list[dict[str, Any]]:
        """Corrections, newest first: ``{"correction_id", "kind" ("field"|"merge"|"split"|"wrong"),
        "event_id" (when made), "field", "value", "mention_ids", "who", "why", "created_at",
        "applied" (whether it still applies after the latest merge)}``; with ``event_id``, only
        the corrections that apply to that event now or were made on it."""
        from .review import audit_trail

        with self._db.reading() as con:
            return audit_trail(con, event_id)
