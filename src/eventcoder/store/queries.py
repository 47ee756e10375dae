"""Reading the store: event pages, one event with its evidence, timelines and per-admin1 counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import duckdb

from .filters import EventFilter, order_clause, where_clause
from .rows import from_json
from .schema import EVENT_COLUMNS

__all__ = ["counts", "query_events", "iter_events", "event_row", "get_event", "timeline", "admin1_counts", "facets", "aggregates",
           "errors", "decode_event",
           "map_points", "stamp", "MAP_FIELDS"]

_EVENT_SELECT = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)


def _records(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description or []]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def decode_event(row: dict[str, Any]) -> dict[str, Any]:
    """JSON columns decoded, dates as ISO text."""
    row = dict(row)
    for name in ("sources", "conflicts", "corrected"):
        row[name] = from_json(row.get(name), [])
    row["event_date"] = _iso(row.get("event_date"))
    return row


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    tables = {"documents": "documents", "mentions": "mentions", "events": "events", "aggregates": "aggregates",
              "errors": "ingest_errors", "corrections": "corrections"}
    return {name: int(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
            for name, table in tables.items()}


def query_events(con: duckdb.DuckDBPyConnection, filters: EventFilter, *, limit: int | None = 50, offset: int = 0,
                 order_by: str = "-event_date") -> tuple[list[dict[str, Any]], int]:
    where, params = where_clause(filters)
    total = con.execute(f"SELECT count(*) FROM events e {where}", params).fetchall()[0][0]
    page = ""
    page_params: list[Any] = []
    if limit is not None:
        if limit < 0 or offset < 0:
            raise ValueError("limit and offset must be 0 or more")
        page = " LIMIT ? OFFSET ?"
        page_params = [int(limit), int(offset)]
    cursor = con.execute(f"SELECT {_EVENT_SELECT} FROM events e {where} {order_clause(order_by)}{page}",
                         params + page_params)
    return [decode_event(r) for r in _records(cursor)], int(total)


def iter_events(cursor: duckdb.DuckDBPyConnection, filters: EventFilter, *, order_by: str = "event_date",
                page_size: int = 10_000) -> Iterator[dict[str, Any]]:
    where, params = where_clause(filters)
    cursor.execute(f"SELECT {_EVENT_SELECT} FROM events e {where} {order_clause(order_by)}", params)
    names = [d[0] for d in cursor.description or []]
    while rows := cursor.fetchmany(page_size):
        for row in rows:
            yield decode_event(dict(zip(names, row)))


def event_row(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    rows = _records(con.execute(f"SELECT {_EVENT_SELECT} FROM events e WHERE e.event_id = ?", [event_id]))
    return decode_event(rows[0]) if rows else None


def get_event(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any] | None:
    event = event_row(con, event_id)
    if event is None:
        return None
    cursor = con.execute(
        """SELECT m.*, d.title AS doc_title, d.source AS doc_source, d.url AS doc_url, d.published AS doc_published,
                  d.text AS doc_text
           FROM event_mentions em JOIN mentions m USING (mention_id) JOIN documents d ON d.doc_id = m.doc_id
           WHERE em.event_id = ? ORDER BY d.published NULLS LAST, m.doc_id, m.ordinal""", [event_id])
    mentions = []
    for row in _records(cursor):
        document = {"doc_id": row["doc_id"], "title": row.pop("doc_title"), "source": row.pop("doc_source"),
                    "url": row.pop("doc_url"), "published": _iso(row.pop("doc_published")), "text": row.pop("doc_text")}
        row["claims"] = from_json(row["claims"], [])
        row["evidence"] = from_json(row["evidence"], {})
        row["field_confidence"] = from_json(row["field_confidence"], {})
        row["event_date"] = _iso(row["event_date"])
        row["document"] = document
        mentions.append(row)
    from .review import audit_trail

    event["mentions"] = mentions
    event["corrections"] = audit_trail(con, event_id)
    return event


MAP_FIELDS = ("event_id", "latitude", "longitude", "event_type", "fatalities", "event_date", "location")


def map_points(con: duckdb.DuckDBPyConnection, filters: EventFilter, *, limit: int) -> list[tuple[Any, ...]]:
    """Located events, newest first, as tuples of :data:`MAP_FIELDS` (one query, no row decoding)."""
    where, params = where_clause(filters)
    located = "e.latitude IS NOT NULL AND e.longitude IS NOT NULL"
    where = f"{where} AND {located}" if where else f"WHERE {located}"
    rows = con.execute(
        f"SELECT e.event_id, e.latitude, e.longitude, e.event_type, e.fatalities, CAST(e.event_date AS VARCHAR), "
        f"e.location FROM events e {where} ORDER BY e.event_date DESC NULLS LAST, e.event_id LIMIT ?",
        [*params, int(limit)]).fetchall()
    return [tuple(row) for row in rows]


def stamp(con: duckdb.DuckDBPyConnection) -> str:
    """Changes whenever documents, events or corrections change (for pages that refresh themselves)."""
    row = con.execute("""SELECT (SELECT count(*) FROM documents), (SELECT max(ingested_at) FROM documents),
                                (SELECT count(*) FROM events), (SELECT coalesce(max(correction_id), 0) FROM corrections),
                                (SELECT value FROM store_meta WHERE key = 'merge_needed')""").fetchall()[0]
    return ":".join(str(v) for v in row)


def timeline(con: duckdb.DuckDBPyConnection, filters: EventFilter, *, interval: str = "day") -> list[dict[str, Any]]:
    periods = {
        "day": "e.event_date",
        "week": "CAST(e.event_date - CAST((dayofweek(e.event_date) + 1) % 7 AS INTEGER) AS DATE)",  # Saturday starts
        "month": "CAST(date_trunc('month', e.event_date) AS DATE)",
    }
    if interval not in periods:
        raise ValueError(f"interval must be one of {', '.join(periods)}, not {interval!r}")
    where, params = where_clause(filters)
    where = f"{where} AND e.event_date IS NOT NULL" if where else "WHERE e.event_date IS NOT NULL"
    cursor = con.execute(f"SELECT {periods[interval]} AS period, count(*) AS events, "
                         f"CAST(coalesce(sum(e.fatalities), 0) AS BIGINT) AS fatalities "
                         f"FROM events e {where} GROUP BY period ORDER BY period", params)
    return [{**r, "period": _iso(r["period"])} for r in _records(cursor)]


def admin1_counts(con: duckdb.DuckDBPyConnection, filters: EventFilter) -> list[dict[str, Any]]:
    where, params = where_clause(filters)
    cursor = con.execute(f"""SELECT e.country, e.admin1, count(*) AS events,
                                    CAST(coalesce(sum(e.fatalities), 0) AS BIGINT) AS fatalities,
                                    avg(e.latitude) AS latitude, avg(e.longitude) AS longitude
                             FROM events e {where} GROUP BY e.country, e.admin1
                             ORDER BY events DESC, e.country NULLS LAST, e.admin1 NULLS LAST""", params)
    return _records(cursor)


def facets(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    result = {}
    for name in ("country", "admin1", "event_type", "sub_event_type"):
        rows = con.execute(f"SELECT DISTINCT {name} FROM events WHERE {name} IS NOT NULL ORDER BY {name}").fetchall()
        result[name] = [r[0] for r in rows]
    return result


def aggregates(con: duckdb.DuckDBPyConnection, *, doc_id: str | None = None) -> list[dict[str, Any]]:
    query = "SELECT * FROM aggregates"
    params: list[Any] = []
    if doc_id is not None:
        query += " WHERE doc_id = ?"
        params.append(doc_id)
    rows = _records(con.execute(query + " ORDER BY doc_id, claim_id", params))
    for row in rows:
        row["span"] = from_json(row["span"])
        row["period_start"], row["period_end"] = _iso(row["period_start"]), _iso(row["period_end"])
    return rows


def errors(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    cursor = con.execute("SELECT doc_id, source, stage, field, message, seen_at FROM ingest_errors "
                         "ORDER BY seen_at, source, doc_id")
    return _records(cursor)
