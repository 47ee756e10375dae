"""Ingest into the store: the written corpus merges right, re-runs change nothing, new versions replace."""

from __future__ import annotations

import dataclasses

import pytest
from corpus import EXPECTED
from store_stub import StubPipeline, article, event_fields, snapshot

from eventcoder.documents import document_from_dict
from eventcoder.errors import DocumentError, StoreError
from eventcoder.store import SCHEMA_VERSION, EventFilter, EventStore
from eventcoder.store import schema


def _merged(store: EventStore) -> list[tuple]:
    rows, _ = store.query_events(limit=None, order_by="event_type")
    return sorted((r["event_type"], r["location"], r["event_date"], r["fatalities"], r["sources"]) for r in rows)


def test_corpus_merges_into_one_event_per_real_event_with_every_source(store, corpus_documents, coded):
    summary = store.ingest_documents(corpus_documents, processor=StubPipeline(coded))
    assert (summary.new, summary.mentions, summary.errors) == (4, 9, 0)
    assert summary.events == len(EXPECTED) == 4
    assert _merged(store) == sorted(EXPECTED)


def test_merged_event_keeps_claims_conflicts_and_evidence(store, corpus_documents, coded):
    store.ingest_documents(corpus_documents, processor=StubPipeline(coded))
    rows, total = store.query_events(EventFilter(event_type="Protests", admin1="Dhi Qar"))
    assert total == 1
    event = store.get_event(rows[0]["event_id"])
    assert event["n_documents"] == 3 and event["source"] == "Alpha News; Beta Daily; Gamma Wire"
    conflicts = {c["field"]: c for c in event["conflicts"]}
    assert conflicts["fatalities"]["chosen"] == 2
    assert sorted(v["value"] for v in conflicts["fatalities"]["values"]) == [2, 3]
    assert conflicts["sub_event_type"]["chosen"] == "Excessive force against protesters"
    assert event["actor2"].startswith("Police Forces of Iraq")
    claimants = sorted(c["source"] for m in event["mentions"] for c in m["claims"] if c["field"] == "fatalities")
    assert claimants == ["a local activist", "medical sources", "the health directorate"]
    texts = {m["document"]["doc_id"]: m["document"]["text"] for m in event["mentions"]}
    assert "Nasiriyah" in texts["alpha-0121"]
    assert all(m["evidence"]["event_type"] for m in event["mentions"])


def test_reingest_changes_nothing_and_skips_the_pipeline(store, corpus_documents, coded):
    store.ingest_documents(corpus_documents, processor=StubPipeline(coded))
    before = snapshot(store.con)
    again = StubPipeline(coded)
    summary = store.ingest_documents(corpus_documents, processor=again)
    assert (summary.new, summary.updated, summary.unchanged) == (0, 0, 4)
    assert again.seen == []
    assert snapshot(store.con) == before


def test_merge_is_idempotent(store, corpus_documents, coded):
    store.ingest_documents(corpus_documents, processor=StubPipeline(coded))
    before = snapshot(store.con)
    store.merge()
    store.merge()
    assert snapshot(store.con) == before


def test_ingest_order_does_not_change_the_store(tmp_path, corpus_documents, coded):
    snapshots = []
    for name, documents in (("forward", corpus_documents), ("backward", corpus_documents[::-1])):
        with EventStore.open(tmp_path / f"{name}.duckdb") as store:
            for document in documents:  # one document per run: the merge runs after each
                store.ingest_documents([document], processor=StubPipeline(coded))
            snapshots.append(snapshot(store.con))
    assert snapshots[0] == snapshots[1]


def test_new_version_of_a_document_replaces_its_mentions(store):
    first = document_from_dict(article("doc-1", event_fields(), event_fields(location="Zubair")))
    store.ingest_documents([first], processor=StubPipeline())
    assert store.counts()["mentions"] == 2
    second = document_from_dict(article("doc-1", event_fields(fatalities=4)))
    summary = store.ingest_documents([second], processor=StubPipeline())
    assert (summary.updated, summary.new) == (1, 0)
    assert store.counts()["mentions"] == 1 and store.counts()["documents"] == 1
    rows, _ = store.query_events()
    assert [r["fatalities"] for r in rows] == [4]


def test_failed_documents_are_recorded_and_retried(store):
    bad = document_from_dict(article("bad", event_fields(fail=True)))
    reading_error = DocumentError("invalid JSON", source="in.jsonl:3")
    summary = store.ingest_documents([bad, reading_error], processor=StubPipeline())
    assert summary.errors == 2 and store.counts()["documents"] == 0
    assert {e["stage"] for e in store.errors()} == {"stub", None}
    stub = StubPipeline()
    store.ingest_documents([bad], processor=stub)
    assert stub.seen == ["bad"], "a failed document is tried again on the next run"
    assert store.counts()["errors"] == 2, "the same failure is recorded once"
    fixed = document_from_dict(article("bad", event_fields()))
    store.ingest_documents([fixed], processor=StubPipeline())
    assert [e["doc_id"] for e in store.errors()] == [None]


def test_store_records_migrations_and_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "s.duckdb"
    with EventStore.open(path) as store:
        assert [m["name"] for m in store.migrations()] == ["initial_tables", "aggregate_perpetrator"]
        assert store.migrations()[-1]["version"] == SCHEMA_VERSION
        store.con.execute("INSERT INTO schema_migrations VALUES (?, 'from_the_future', current_timestamp)",
                          [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match="newer than this eventcoder"):
        EventStore.open(path)


def test_a_store_of_the_first_schema_gains_the_tallies_perpetrator(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 1)
    with EventStore.open(path) as store:
        store.con.execute("INSERT INTO aggregates (claim_id, doc_id, measure, figure) VALUES ('c1', 'd1', 'fatalities', 73)")
    monkeypatch.undo()
    with EventStore.open(path) as store:
        assert [m["name"] for m in store.migrations()] == ["initial_tables", "aggregate_perpetrator"]
        (row,) = store.aggregates(doc_id="d1")
        assert row["figure"] == 73 and row["actor1"] is None, "the old claim is kept, its perpetrator unknown"


def test_a_file_that_is_not_a_store_is_reported(tmp_path):
    path = tmp_path / "notes.duckdb"
    path.write_text("not a database")
    with pytest.raises(StoreError, match="cannot open the store"):
        EventStore.open(path)


def test_progress_is_reported_per_batch(store):
    documents = [document_from_dict(article(f"d{i}", event_fields(event_date=f"2020-02-{i + 1:02d}")))
                 for i in range(5)]
    calls = []
    store.ingest_documents(documents, processor=StubPipeline(), batch_size=2,
                           progress=lambda done, summary: calls.append((done, summary.mentions)))
    assert calls == [(2, 2), (4, 4), (5, 5)]


def test_document_metadata_is_stored(store, corpus_documents, coded):
    store.ingest_documents(corpus_documents, processor=StubPipeline(coded))
    row = store.con.execute("SELECT source, published, content_hash FROM documents WHERE doc_id = ?",
                            ["gamma-0122"]).fetchall()[0]
    document = next(d for d in corpus_documents if d.id == "gamma-0122")
    assert row[0] == "Gamma Wire" and str(row[1]) == "2020-01-22" and row[2] == document.content_hash
    assert dataclasses.replace(document, title="New title").content_hash != document.content_hash


def test_a_read_only_store_can_be_queried(tmp_path, corpus_documents, coded):
    path = tmp_path / "shared.duckdb"
    with EventStore.open(path) as store:
        store.ingest_documents(corpus_documents, processor=StubPipeline(coded))
    with EventStore.open(path, read_only=True) as reader:
        assert reader.counts()["events"] == 4
        assert reader.query_events(EventFilter(country="iraq"))[1] == 4
