"""Issue 17: one store, many users at once. `eventcoder serve` runs while another process ingests
new documents, `eventcoder events` exports and `eventcoder merge` rebuilds, all on the same file;
the dashboard answers throughout and shows the new events without a restart."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from store_stub import StubPipeline, article, event_fields

from eventcoder.documents import document_from_dict
from eventcoder.store import EventStore

WORKER = Path(__file__).parent / "ingest_worker.py"
CLI = [sys.executable, "-c", "import sys; from eventcoder.cli import main; sys.argv[0] = 'eventcoder'; main()"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


def town_articles(prefix: str, count: int, day: int) -> list[dict[str, Any]]:
    """One protest per article, each in its own town (so none merge)."""
    return [article(f"{prefix}-{i}", event_fields(event_date=f"2020-02-{day:02d}", location=f"{prefix} town {i}",
                                                  latitude=30.0 + i / 10, longitude=47.0))
            for i in range(count)]


def wait_until(check: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def test_serve_ingest_events_and_merge_share_one_store(tmp_path: Path) -> None:
    db = tmp_path / "shared.duckdb"
    with EventStore.open(db) as store:
        store.ingest_documents([document_from_dict(a) for a in town_articles("old", 5, 1)], processor=StubPipeline())
    corpus = tmp_path / "new.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in town_articles("new", 24, 2)), encoding="utf-8")

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port), "--user", "tester"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        wait_until(lambda: _up(base) or server.poll() is not None, 60, "the dashboard to start")
        assert server.poll() is None, server.communicate()[1]
        assert get(f"{base}/api/events")["total"] == 5
        stamp = get(f"{base}/api/stamp")["stamp"]

        # the dashboard is read all along, from another thread, while the other processes work
        failures: list[str] = []
        answers = [0]
        stop = threading.Event()

        def browse() -> None:
            while not stop.is_set():
                try:
                    get(f"{base}/api/events?limit=5")
                    get(f"{base}/api/map")
                    answers[0] += 1
                except Exception as exc:  # noqa: BLE001 - every failure is reported
                    failures.append(repr(exc))

        reader = threading.Thread(target=browse, daemon=True)
        reader.start()
        ingest = subprocess.Popen([sys.executable, str(WORKER), str(db), str(corpus)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True,
                                  env={**env, "INGEST_LINGER": "0", "STUB_DELAY": "0.05"})
        export = tmp_path / "during.csv"
        exported = subprocess.run([*CLI, "events", "--db", str(db), "-f", "csv", "-o", str(export)],
                                  capture_output=True, text=True, env=env, timeout=120)
        out, err = ingest.communicate(timeout=180)
        assert ingest.returncode == 0, err
        assert "done 24" in out
        merged = subprocess.run([*CLI, "merge", "--db", str(db)], capture_output=True, text=True, env=env, timeout=120)
        stop.set()
        reader.join(timeout=30)

        assert exported.returncode == 0, exported.stderr
        assert export.read_text(encoding="utf-8").count("\n") >= 6  # header and at least the old events
        assert merged.returncode == 0, merged.stderr
        assert failures == []
        assert answers[0] > 0
        # the running dashboard shows the new events: no restart
        page = get(f"{base}/api/events?limit=500")
        assert page["total"] == 29
        assert sum(e["location"].startswith("new town") for e in page["events"]) == 24
        assert get(f"{base}/api/stamp")["stamp"] != stamp
        after = tmp_path / "after.csv"
        final = subprocess.run([*CLI, "events", "--db", str(db), "-f", "csv", "-o", str(after)],
                               capture_output=True, text=True, env=env, timeout=120)
        assert final.returncode == 0, final.stderr
        assert after.read_text(encoding="utf-8").count("\n") == 30
    finally:
        server.terminate()
        server.communicate(timeout=30)


def _up(base: str) -> bool:
    try:
        return bool(get(f"{base}/api/health")["ok"])
    except OSError:
        return False
