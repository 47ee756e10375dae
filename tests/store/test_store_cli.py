"""`eventcoder ingest`, `events` and `merge` from the command line."""

from __future__ import annotations

import csv
import io
import json

import polars as pl
import pytest
from store_stub import StubPipeline, article, event_fields
from typer.testing import CliRunner

from eventcoder.cli import app
from eventcoder.documents import document_from_dict
from eventcoder.record import ACLED_COLUMNS
from eventcoder.store import EventStore

runner = CliRunner()


@pytest.fixture
def db(tmp_path, corpus_documents, coded):
    path = tmp_path / "events.duckdb"
    with EventStore.open(path) as store:
        store.ingest_documents(corpus_documents, processor=StubPipeline(coded))
    return path


def test_events_table_lists_events(db):
    result = runner.invoke(app, ["events", "--db", str(db), "--type", "Protests"])
    assert result.exit_code == 0, result.output
    assert "2 of 2 events" in result.output and "Nasiriyah" in result.output


def test_events_csv_loads_with_acled_columns(db, tmp_path):
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["events", "--db", str(db), "--from", "2020-01-20", "--to", "2020-01-20",
                                 "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
        assert len(list(reader)) == 3
    frame = pl.read_csv(out)
    assert frame["event_date"].to_list() == ["2020-01-20"] * 3


def test_events_stdout_formats_and_parquet(db, tmp_path):
    result = runner.invoke(app, ["events", "--db", str(db), "-f", "jsonl", "--actor", "police"])
    lines = [json.loads(line) for line in io.StringIO(result.stdout) if line.startswith("{")]
    assert result.exit_code == 0 and len(lines) == 1 and lines[0]["n_documents"] == 3
    result = runner.invoke(app, ["events", "--db", str(db), "-f", "parquet"])
    assert result.exit_code == 2 and "needs -o" in result.output
    out = tmp_path / "e.parquet"
    assert runner.invoke(app, ["events", "--db", str(db), "-f", "parquet", "-o", str(out)]).exit_code == 0
    assert pl.read_parquet(out).height == 4


def test_events_without_a_store_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "eventcoder ingest" in result.output


def test_bad_order_and_date_are_reported(db):
    result = runner.invoke(app, ["events", "--db", str(db), "--order-by", "notes"])
    assert result.exit_code == 2 and "cannot order by" in result.output
    result = runner.invoke(app, ["events", "--db", str(db), "--from", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_merge_command_and_db_from_environment(db, monkeypatch):
    monkeypatch.setenv("EVENTCODER_DB", str(db))
    result = runner.invoke(app, ["merge"])
    assert result.exit_code == 0, result.output
    assert "9 mentions merged into 4 events" in result.output


@pytest.mark.slow
def test_ingest_command_through_the_real_pipeline_is_idempotent(tmp_path):
    from corpus import ARTICLES

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = tmp_path / "real.duckdb"
    first = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--no-progress"])
    assert first.exit_code == 0, first.output
    assert "4 documents (4 new" in first.output
    with EventStore.open(db, read_only=True) as store:
        counts = store.counts()
        rows, _ = store.query_events(limit=None)
    assert counts["documents"] == 4 and counts["events"] <= counts["mentions"]
    assert {d for r in rows for d in r["sources"]} <= {a["id"] for a in ARTICLES}
    again = runner.invoke(app, ["ingest", str(corpus), "--db", str(db), "--no-progress"])
    assert again.exit_code == 0 and "4 unchanged" in again.output
    with EventStore.open(db, read_only=True) as store:
        assert store.counts() == counts


def test_ingest_partitions_written_by_the_engine_equals_direct_ingest(tmp_path, corpus_documents, coded):
    from store_stub import snapshot

    from eventcoder.engine import write_partitions

    write_partitions(StubPipeline(coded)(corpus_documents), tmp_path / "parts", rows_per_partition=3)
    db = tmp_path / "from-parts.duckdb"
    result = runner.invoke(app, ["ingest", str(tmp_path / "parts"), "--partitions", "--db", str(db), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "4 documents (4 new" in result.output and "4 events" in result.output
    with EventStore.open(tmp_path / "direct.duckdb") as direct, EventStore.open(db, read_only=True) as parts:
        direct.ingest_documents(corpus_documents, processor=StubPipeline(coded))
        assert snapshot(parts.con) == snapshot(direct.con)
    again = runner.invoke(app, ["ingest", str(tmp_path / "parts"), "--partitions", "--db", str(db), "--no-progress"])
    assert "4 unchanged" in again.output


def test_events_filters_accept_codes_and_spellings_and_name_close_matches(db):
    iraq = runner.invoke(app, ["events", "--db", str(db), "--country", "Iraq", "-f", "jsonl"])
    for code in ("IQ", "IRQ", "iraq"):
        result = runner.invoke(app, ["events", "--db", str(db), "--country", code, "-f", "jsonl"])
        assert result.exit_code == 0, result.output
        assert result.stdout == iraq.stdout
    typo = runner.invoke(app, ["events", "--db", str(db), "--type", "Protest"])
    assert typo.exit_code == 2 and "'Protests'" in typo.output
    nowhere = runner.invoke(app, ["events", "--db", str(db), "--admin1", "Nowhereland"])
    assert nowhere.exit_code == 2 and "no admin1" in nowhere.output


def test_events_csv_fills_region_and_source_scale_where_known(tmp_path):
    """Issue 17: a merged event's outlets combine into one source_scale; unknown outlets leave it blank."""
    docs = [document_from_dict(article("known-1", event_fields(), source="Shafaq News")),
            document_from_dict(article("known-2", event_fields(), source="Reuters")),
            document_from_dict(article("unknown", event_fields(location="Kut", latitude=32.5, longitude=45.8),
                                       source="Gamma Wire"))]
    path = tmp_path / "events.duckdb"
    with EventStore.open(path) as store:
        store.ingest_documents(docs, processor=StubPipeline())
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["events", "--db", str(path), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as stream:
        rows = {row["location"]: row for row in csv.DictReader(stream)}
    assert rows["Basrah"]["source"] == "Reuters; Shafaq News"  # the two reports merged into one event
    assert (rows["Basrah"]["region"], rows["Basrah"]["source_scale"]) == ("Middle East", "National-International")
    assert (rows["Kut"]["region"], rows["Kut"]["source_scale"]) == ("Middle East", "")
    assert all(int(row["timestamp"]) > 1_700_000_000 for row in rows.values())
