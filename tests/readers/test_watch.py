"""``ingest --watch``: new articles are ingested as they arrive, each once, and a watch killed with
kill -9 resumes where it stopped. A stub stands in for the pipeline (no spaCy here)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from eventcoder.documents import Document
from eventcoder.errors import InputError
from eventcoder.pipeline import DocumentResult
from eventcoder.readers import ReadOptions
from eventcoder.readers.watch import watch
from eventcoder.store import EventStore

OPTIONS = ReadOptions(delay=0)


class CountingProcessor:
    """Results without events; remembers which documents reached the 'pipeline'."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, items):
        for item in items:
            if isinstance(item, Document):
                self.seen.append(item.id)
                yield DocumentResult(item.id, document=item, content_hash=item.content_hash)
            else:
                yield DocumentResult(item.doc_id, error=item)


def _article(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_watch_ingests_new_files_once_per_content(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _article(inbox, "2020-01-16_a.txt", "Protesters marched in Basra.")
    processor = CountingProcessor()
    rounds: list[int] = []

    def between_rounds(seconds: float) -> None:  # what arrives while the watcher sleeps
        if len(rounds) == 1:
            _article(inbox, "2020-01-17_b.txt", "Police arrested 3 in Mosul.")
            (inbox / "notes.tmp").write_text("not an article", encoding="utf-8")

    with EventStore.open(tmp_path / "w.duckdb") as store:
        def ingest(items):
            return store.ingest_documents(items, processor=processor, batch_size=1)

        watch([str(inbox)], ingest, OPTIONS, interval=0, rounds=3, settle=0, sleep=between_rounds,
              on_round=lambda n, summary: rounds.append(summary.new))
        assert store.counts()["documents"] == 2
    assert rounds == [1, 1, 0]
    assert processor.seen == ["2020-01-16_a", "2020-01-17_b"]


def test_watch_again_after_a_restart_changes_nothing(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _article(inbox, "a.txt", "Protesters marched in Basra.")
    db = tmp_path / "w.duckdb"
    for _ in range(2):
        processor = CountingProcessor()
        with EventStore.open(db) as store:
            watch([str(inbox)], lambda items: store.ingest_documents(items, processor=processor), OPTIONS,
                  interval=0, rounds=1, settle=0)
            assert store.counts()["documents"] == 1
    assert processor.seen == []  # the second run's pipeline saw nothing: stored unchanged


def test_watch_refuses_a_missing_folder(tmp_path):
    with pytest.raises(InputError, match="no such file or folder to watch"):
        watch([str(tmp_path / "nope")], lambda items: None, OPTIONS, rounds=1)


_KILLED_WATCH = textwrap.dedent("""
    import os, signal, sys
    from eventcoder.pipeline import DocumentResult
    from eventcoder.readers import ReadOptions
    from eventcoder.readers.watch import watch
    from eventcoder.store import EventStore

    def processor(items):
        for number, item in enumerate(items):
            if number == 2:  # the third document: killed mid-round, mid-batch
                os.kill(os.getpid(), signal.SIGKILL)
            yield DocumentResult(item.id, document=item, content_hash=item.content_hash)

    with EventStore.open(sys.argv[2]) as store:
        watch([sys.argv[1]], lambda items: store.ingest_documents(items, processor=processor, batch_size=1),
              ReadOptions(delay=0), interval=0, rounds=1, settle=0)
""")


@pytest.mark.skipif(not hasattr(os, "kill") or sys.platform == "win32", reason="needs SIGKILL")
def test_watch_killed_with_sigkill_resumes_and_stores_each_article_once(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for number in range(5):
        _article(inbox, f"article-{number}.txt", f"Report number {number}: protesters marched in Basra.")
    db = tmp_path / "w.duckdb"
    killed = subprocess.run([sys.executable, "-c", _KILLED_WATCH, str(inbox), str(db)], capture_output=True)
    assert killed.returncode == -9
    with EventStore.open(db) as store:
        stored_before = store.counts()["documents"]
        processor = CountingProcessor()
        watch([str(inbox)], lambda items: store.ingest_documents(items, processor=processor, batch_size=1),
              OPTIONS, interval=0, rounds=1, settle=0)
        assert store.counts()["documents"] == 5
    assert stored_before == 2
    assert processor.seen == [f"article-{n}" for n in range(2, 5)]  # only what the killed run had not stored


def test_watching_a_feed_url_reads_each_item_and_fetches_its_page_once(tmp_path, fixtures, site):
    page = (fixtures / "news_page.html").read_bytes()
    site.add("/iraq/nasiriyah", page)
    site.add("/iraq/basra", page)
    feed = (fixtures / "news_feed.rss").read_text(encoding="utf-8")
    feed = feed.replace("https://gulf-ledger.example/iraq/2020/01/nasiriyah-protest", site.base + "/iraq/nasiriyah")
    feed = feed.replace("https://gulf-ledger.example/iraq/2020/01/basra-students", site.base + "/iraq/basra")
    url = site.add("/feed.rss", feed, "application/rss+xml")
    processor = CountingProcessor()
    with EventStore.open(tmp_path / "w.duckdb") as store:
        watch([url], lambda items: store.ingest_documents(items, processor=processor),
              ReadOptions(delay=0, fetch_pages=True), interval=0, rounds=3, sleep=lambda _: None)
        assert store.counts()["documents"] == 2
    paths = [path for path, _ in site.requests]
    assert paths.count("/feed.rss") == 3 and paths.count("/iraq/nasiriyah") == 1 and paths.count("/iraq/basra") == 1
    assert len(processor.seen) == 2
