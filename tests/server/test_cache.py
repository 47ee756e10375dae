"""The response cache: answers kept per store generation, never served once the store changed
(a review here, a write by another store object or by another process), equal misses computed once,
and at most ``workers`` answers computed at a time."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest
from clients import build_app, make_client
from samples import make_event_store

from eventcoder.server.cache import ResponseCache, cacheable
from eventcoder.store import EventStore


class CountingApp:
    """An ASGI app answering ``<path>?<query> #<n>`` (n counts its calls), or ``status`` when set."""

    def __init__(self, status: int = 200, pause: float = 0.0) -> None:
        self.calls = 0
        self.running = 0
        self.most_running = 0
        self.status = status
        self.pause = pause
        self.during: Any = None  # called while an answer is being computed

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.calls += 1
        self.running += 1
        self.most_running = max(self.most_running, self.running)
        if self.during is not None:
            self.during()
        await asyncio.sleep(self.pause)
        self.running -= 1
        body = f"{scope['path']}?{scope['query_string'].decode()} #{self.calls}".encode()
        await send({"type": "http.response.start", "status": self.status,
                    "headers": [(b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


async def ask(app: Any, path: str, query: bytes = b"", method: str = "GET") -> tuple[int, bytes]:
    sent: list[Any] = []

    async def receive() -> Any:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        sent.append(message)

    await app({"type": "http", "method": method, "path": path, "query_string": query, "headers": []}, receive, send)
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def test_only_reads_of_the_store_are_cacheable() -> None:
    def scope(method: str, path: str) -> dict[str, Any]:
        return {"type": "http", "method": method, "path": path}

    assert cacheable(scope("GET", "/api/events")) and cacheable(scope("GET", "/api/events/ev-1"))
    assert cacheable(scope("GET", "/api/map")) and cacheable(scope("GET", "/api/stamp"))
    assert not cacheable(scope("POST", "/api/events/ev-1/reviewed"))
    assert not cacheable(scope("GET", "/api/events/ev-1/reviewed"))
    assert not cacheable(scope("GET", "/api/config")) and not cacheable(scope("GET", "/api/export"))


def test_an_answer_is_kept_until_the_generation_moves() -> None:
    inner = CountingApp()
    generation = [1]
    cache = ResponseCache(inner, generation=lambda: generation[0])

    async def scenario() -> list[bytes]:
        first = await ask(cache, "/api/events", b"limit=5")
        again = await ask(cache, "/api/events", b"limit=5")
        other = await ask(cache, "/api/events", b"limit=6")
        generation[0] = 2
        after_write = await ask(cache, "/api/events", b"limit=5")
        return [first[1], again[1], other[1], after_write[1]]

    first, again, other, after_write = asyncio.run(scenario())
    assert first == again == b"/api/events?limit=5 #1"
    assert other == b"/api/events?limit=6 #2"
    assert after_write == b"/api/events?limit=5 #3"


def test_nothing_is_kept_or_served_while_the_generation_is_unknown() -> None:
    inner = CountingApp()
    generation: list[int | None] = [None]
    cache = ResponseCache(inner, generation=lambda: generation[0])

    async def scenario() -> None:
        await ask(cache, "/api/facets")
        generation[0] = 5
        await ask(cache, "/api/facets")  # computed: nothing was kept under the unknown generation
        generation[0] = None
        await ask(cache, "/api/facets")  # kept under 5, but 5 may be stale now

    asyncio.run(scenario())
    assert inner.calls == 3


def test_an_answer_computed_across_a_write_is_not_kept() -> None:
    inner = CountingApp()
    generation = [1]
    cache = ResponseCache(inner, generation=lambda: generation[0])

    def write_now() -> None:
        generation[0] += 1

    async def scenario() -> None:
        inner.during = write_now
        await ask(cache, "/api/timeline")
        inner.during = None
        await ask(cache, "/api/timeline")
        await ask(cache, "/api/timeline")

    asyncio.run(scenario())
    assert inner.calls == 2  # the first answer may hold rows of either generation: computed again


def test_errors_and_writes_are_never_kept() -> None:
    inner = CountingApp(status=404)
    cache = ResponseCache(inner, generation=lambda: 1)

    async def scenario() -> None:
        for _ in range(2):
            await ask(cache, "/api/events/missing")
            await ask(cache, "/api/merge", method="POST")

    asyncio.run(scenario())
    assert inner.calls == 4


def test_equal_requests_at_once_are_computed_once_and_work_is_bounded() -> None:
    inner = CountingApp(pause=0.05)
    cache = ResponseCache(inner, generation=lambda: 1, workers=2)

    async def scenario() -> list[tuple[int, bytes]]:
        same = [ask(cache, "/api/admin1") for _ in range(10)]
        different = [ask(cache, "/api/admin1", f"country=C{i}".encode()) for i in range(6)]
        return await asyncio.gather(*same, *different)

    answers = asyncio.run(scenario())
    assert {body for _, body in answers[:10]} == {answers[0][1]}
    assert inner.calls == 7
    assert inner.most_running == 2


def test_kept_answers_stay_within_the_memory_bound() -> None:
    inner = CountingApp()
    cache = ResponseCache(inner, generation=lambda: 1, max_bytes=200)

    async def scenario() -> None:
        for i in range(20):
            await ask(cache, "/api/events", f"offset={i}".encode())
        await ask(cache, "/api/events", b"offset=19")  # recent: still kept
        await ask(cache, "/api/events", b"offset=0")  # dropped long ago

    asyncio.run(scenario())
    assert inner.calls == 21
    assert cache._bytes <= 200


# -- over the event store ---------------------------------------------------------------------------


def _fatalities(client: Any, event_id: str) -> int:
    response = client.get(f"/api/events/{event_id}")
    assert response.status_code == 200
    return int(response.json()["event"]["fatalities"])


def _listed(client: Any, event_id: str) -> int:
    rows = client.get("/api/events", params={"limit": 50}).json()["events"]
    return next(int(r["fatalities"]) for r in rows if r["event_id"] == event_id)


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    make_event_store(path).close()
    return path


def test_a_review_is_seen_by_the_next_request(store_file: Path) -> None:
    store = EventStore.open(store_file, linger=30)
    with make_client(build_app(store)) as client:
        event_id = client.get("/api/events").json()["events"][0]["event_id"]
        before = _fatalities(client, event_id)
        assert _fatalities(client, event_id) == before and _listed(client, event_id) == before  # now kept
        response = client.post(f"/api/events/{event_id}/corrections",
                               json={"field": "fatalities", "value": before + 7, "why": "hospital"})
        assert response.status_code == 200
        assert _fatalities(client, event_id) == before + 7
        assert _listed(client, event_id) == before + 7
        assert any(e["kind"] == "field" for e in client.get("/api/audit").json())
    store.close()


def test_a_write_through_another_store_object_is_seen(store_file: Path) -> None:
    store = EventStore.open(store_file, linger=30)
    with make_client(build_app(store)) as client:
        event_id = client.get("/api/events").json()["events"][0]["event_id"]
        before = _fatalities(client, event_id)
        _fatalities(client, event_id)
        other = EventStore.open(store_file, linger=0)  # same file, same process: one DuckDB database
        other.correct_field(event_id, "fatalities", before + 3, who="ana", why="second source")
        other.close()
        assert _fatalities(client, event_id) == before + 3
    store.close()


WRITER = textwrap.dedent("""
    import sys
    from eventcoder.store import EventStore
    store = EventStore.open(sys.argv[1], linger=0, wait=30)
    store.correct_field(sys.argv[2], "fatalities", int(sys.argv[3]), who="cli", why="another process")
    store.close()
""")


def test_a_write_by_another_process_is_seen(store_file: Path) -> None:
    """The dashboard holds the file while it answers; the writer waits its turn (the dashboard lets
    go), writes and leaves; the next request must not be answered from before the write."""
    store = EventStore.open(store_file, linger=0.3)
    with make_client(build_app(store)) as client:
        event_id = client.get("/api/events").json()["events"][0]["event_id"]
        before = _fatalities(client, event_id)
        stop = threading.Event()

        def browse() -> None:  # keeps the file busy and the answers kept while the writer waits
            while not stop.is_set():
                _fatalities(client, event_id)

        browser = threading.Thread(target=browse)
        browser.start()
        try:
            done = subprocess.run([sys.executable, "-c", WRITER, str(store_file), event_id, str(before + 11)],
                                  capture_output=True, text=True, timeout=60, env=_env())
        finally:
            stop.set()
            browser.join(timeout=10)
        assert done.returncode == 0, done.stderr
        assert _fatalities(client, event_id) == before + 11
        assert _listed(client, event_id) == before + 11
    store.close()


def _env() -> dict[str, str]:
    import os

    src = str(Path(__file__).resolve().parents[2] / "src")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}


def test_the_in_memory_store_is_not_cached() -> None:
    from samples import make_store

    store = make_store()
    with make_client(build_app(store)) as client:
        event_id = client.get("/api/events").json()["events"][0]["event_id"]
        before = _fatalities(client, event_id)
        store.correct_field(event_id, "fatalities", before + 1, who="ana", why="direct")
        assert _fatalities(client, event_id) == before + 1
