"""The store's tables, as an ordered list of named migrations applied once each, in a transaction.

Add a migration by appending ``Migration(next_version, "what_it_does", [statements])``; never edit
one that has shipped. A file whose schema is newer than this code is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError

__all__ = ["Migration", "MIGRATIONS", "SCHEMA_VERSION", "connect", "migrate", "applied_migrations",
           "MENTION_COLUMNS", "EVENT_COLUMNS"]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


#: The record fields kept for every mention and every event (ACLED's names).
_RECORD_COLUMNS = """
    event_date DATE, time_precision INTEGER, event_type VARCHAR, sub_event_type VARCHAR,
    actor1 VARCHAR, assoc_actor_1 VARCHAR, inter1 INTEGER, actor2 VARCHAR, assoc_actor_2 VARCHAR,
    inter2 INTEGER, interaction INTEGER, country VARCHAR, admin1 VARCHAR, admin2 VARCHAR, admin3 VARCHAR,
    location VARCHAR, latitude DOUBLE, longitude DOUBLE, geo_precision INTEGER, source VARCHAR,
    notes VARCHAR, fatalities INTEGER
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial_tables", (
        """CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, published DATE, country VARCHAR,
            source VARCHAR, url VARCHAR, title VARCHAR, text VARCHAR NOT NULL, warnings VARCHAR,
            n_mentions INTEGER NOT NULL, ingested_at TIMESTAMP NOT NULL)""",
        f"""CREATE TABLE mentions (
            mention_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL,
            pipeline_event_id VARCHAR, {_RECORD_COLUMNS}, fatalities_reported BOOLEAN NOT NULL,
            injuries INTEGER, arrests INTEGER, confidence DOUBLE,
            claims VARCHAR, evidence VARCHAR, field_confidence VARCHAR)""",
        "CREATE INDEX mentions_doc ON mentions (doc_id)",
        """CREATE TABLE aggregates (
            claim_id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, measure VARCHAR, figure INTEGER,
            period_start DATE, period_end DATE, place VARCHAR, claimed_by VARCHAR, span VARCHAR, text VARCHAR)""",
        "CREATE INDEX aggregates_doc ON aggregates (doc_id)",
        """CREATE TABLE ingest_errors (
            error_key VARCHAR PRIMARY KEY, doc_id VARCHAR, content_hash VARCHAR, source VARCHAR,
            stage VARCHAR, field VARCHAR, message VARCHAR NOT NULL, seen_at TIMESTAMP NOT NULL)""",
        f"""CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY, anchor_mention VARCHAR NOT NULL, year INTEGER,
            {_RECORD_COLUMNS}, injuries INTEGER, arrests INTEGER, confidence DOUBLE,
            n_mentions INTEGER NOT NULL, n_documents INTEGER NOT NULL, sources VARCHAR NOT NULL,
            conflicts VARCHAR NOT NULL, corrected VARCHAR NOT NULL, status VARCHAR NOT NULL)""",
        "CREATE TABLE event_mentions (event_id VARCHAR NOT NULL, mention_id VARCHAR PRIMARY KEY)",
        "CREATE INDEX event_mentions_event ON event_mentions (event_id)",
        """CREATE TABLE corrections (
            correction_id INTEGER PRIMARY KEY, kind VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
            field VARCHAR, value VARCHAR, mention_ids VARCHAR NOT NULL, who VARCHAR NOT NULL,
            why VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL)""",
        "CREATE TABLE store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    )),
    Migration(2, "aggregate_perpetrator", (
        "ALTER TABLE aggregates ADD COLUMN actor1 VARCHAR",
    )),
)

SCHEMA_VERSION = MIGRATIONS[-1].version

MENTION_COLUMNS: tuple[str, ...] = (
    "mention_id", "doc_id", "ordinal", "pipeline_event_id", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "country",
    "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities", "fatalities_reported", "injuries", "arrests", "confidence", "claims", "evidence",
    "field_confidence",
)

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "anchor_mention", "year", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "country",
    "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities", "injuries", "arrests", "confidence", "n_mentions", "n_documents", "sources", "conflicts",
    "corrected", "status",
)


def _ensure_migration_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)""")


def applied_migrations(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    rows = con.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").fetchall()
    return [{"version": v, "name": n, "applied_at": a} for v, n, a in rows]


def migrate(con: duckdb.DuckDBPyConnection, path: Path | str = "<store>") -> list[str]:
    """Apply the migrations this file lacks, each in its own transaction; returns their names."""
    _ensure_migration_table(con)
    done = {row["version"] for row in applied_migrations(con)}
    if done and max(done) > SCHEMA_VERSION:
        raise StoreError(f"{path}: store schema version {max(done)} is newer than this eventcoder "
                         f"(knows up to {SCHEMA_VERSION}); upgrade eventcoder")
    applied: list[str] = []
    for migration in MIGRATIONS:
        if migration.version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in migration.statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, current_timestamp)",
                        [migration.version, migration.name])
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"{path}: migration {migration.version} {migration.name!r} failed: {exc}") from exc
        applied.append(migration.name)
    return applied


def connect(path: Path | str, *, read_only: bool = False, migrate_schema: bool = True) -> duckdb.DuckDBPyConnection:
    """Open the DuckDB file (``":memory:"`` allowed) and bring its schema up to date (unless
    ``migrate_schema`` is false: the caller did it on an earlier opening)."""
    name = str(path)
    try:
        if name != ":memory:":
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(name, read_only=read_only)
    except duckdb.Error as exc:
        raise StoreError(f"{name}: cannot open the store ({exc}); is another eventcoder process writing it?") from exc
    if read_only or not migrate_schema:
        return con
    try:
        migrate(con, name)
    except BaseException:
        con.close()
        raise
    return con
