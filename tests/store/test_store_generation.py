"""The store's generation: unchanged across reads, moved by every write and by every reopening of the
file (another process may have written in between), unknown while the file is not held."""

from __future__ import annotations

import time

from store_stub import StubPipeline

from eventcoder.store import EventFilter, EventStore


def test_reads_keep_the_generation_and_writes_move_it(store, corpus_documents, coded):
    start = store.generation
    assert start is not None
    store.ingest_documents(corpus_documents, processor=StubPipeline(coded))
    after_ingest = store.generation
    assert after_ingest is not None and after_ingest > start
    rows, _ = store.query_events(EventFilter())
    store.get_event(rows[0]["event_id"])
    store.timeline()
    store.facets()
    assert store.generation == after_ingest
    store.mark_reviewed(rows[0]["event_id"], who="ana", why="checked")
    after_review = store.generation
    assert after_review is not None and after_review > after_ingest
    store.merge()
    assert store.generation is not None and store.generation > after_review
    moved = store.generation
    store.con.execute("SELECT 1")  # the raw connection could write: assumed to
    assert store.generation is not None and store.generation > moved


def test_two_store_objects_of_one_file_share_the_generation(tmp_path, corpus_documents, coded):
    path = tmp_path / "shared.duckdb"
    with EventStore.open(path) as dashboard:
        before = dashboard.generation
        with EventStore.open(path, linger=0) as other:
            other.ingest_documents(corpus_documents, processor=StubPipeline(coded))
        assert dashboard.generation is not None and before is not None and dashboard.generation > before


def _let_go(store: EventStore, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while store._db._root is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    return store._db._root is None


def test_the_generation_is_unknown_while_the_file_is_let_go_and_moves_on_reopening(tmp_path):
    with EventStore.open(tmp_path / "linger.duckdb", linger=0.05) as store:
        with store._db.reading():
            first = store.generation
        assert first is not None
        assert _let_go(store)
        assert store.generation is None  # let go: another process may be writing
        with store._db.reading():
            held = store.generation
        assert held is not None and held > first


def test_serving_what_was_read_keeps_the_file_like_a_call(tmp_path):
    """The dashboard answers from its cache after asking the generation: that is use of the file."""
    with EventStore.open(tmp_path / "linger.duckdb", linger=0.2) as store:
        store.counts()
        began = time.monotonic()
        while time.monotonic() - began < 0.6:
            assert store.generation is not None
            time.sleep(0.02)
        assert _let_go(store)
