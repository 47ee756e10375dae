"""Issue 20, dashboard part: each protection of the localhost service, tested without a browser.

A foreign Host (DNS rebinding), a foreign Origin, a missing CSRF token, a forged reviewer, an
oversized body, absurd integers and unknown parameters are refused; errors never repeat the input.
"""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from clients import TOKEN, build_app, make_client
from samples import make_event_store, make_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "browser"))

from chromium import LiveServer  # noqa: E402


def wrong_url(client: Any) -> str:
    event_id = client.get("/api/events", params={"admin1": "Dhi Qar"}).json()["events"][0]["event_id"]
    return f"/api/events/{event_id}/wrong"


def test_foreign_host_is_refused_even_for_reads(client: Any) -> None:
    url = wrong_url(client)
    rebinding = {"Host": "evil.example"}
    assert client.get("/api/events", headers=rebinding).status_code == 400
    refused = client.post(url, json={"why": "rebound"}, headers=rebinding)
    assert refused.status_code == 400
    assert client.get("/api/audit").json() == []  # nothing was marked
    for host in ("127.0.0.1:8000", "localhost:8000", "[::1]:8000", "testserver"):
        assert client.get("/api/health", headers={"Host": host}).status_code == 200, host


def test_configured_host_names_are_allowed(client_factory: Any) -> None:
    with make_client(build_app(make_store(), allowed_hosts=("testserver", "dash.lan"))) as client:
        assert client.get("/api/health", headers={"Host": "dash.lan:8000"}).status_code == 200
        assert client.get("/api/health", headers={"Host": "dash.lan.evil.example"}).status_code == 400


def test_foreign_origin_cannot_change_anything(client: Any) -> None:
    url = wrong_url(client)
    for origin in ("https://evil.example", "null", "http://127.0.0.1:9999"):
        response = client.post(url, json={"why": "csrf"}, headers={"Origin": origin})
        assert response.status_code == 403, origin
    assert client.post(url, json={"why": "cross"}, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert client.get("/api/audit").json() == []
    same = client.post(url, json={"why": "checked it"}, headers={"Origin": "http://testserver"})
    assert same.status_code == 200, same.text


def test_changes_need_the_csrf_token(client_factory: Any) -> None:
    app = build_app(make_store())
    with client_factory(app) as bare:  # sends no token, as another site's form or script could not
        url = wrong_url(bare)
        missing = bare.post(url, json={"why": "no token"})
        assert missing.status_code == 403 and "X-CSRF-Token" in missing.json()["detail"]
        assert bare.post(url, json={"why": "bad"}, headers={"X-CSRF-Token": "guess"}).status_code == 403
        assert bare.get("/api/audit").json() == []
        assert bare.get("/api/config").json()["csrf_token"] == TOKEN  # the page reads it (same origin only)
        assert bare.post(url, json={"why": "ok"}, headers={"X-CSRF-Token": TOKEN}).status_code == 200


def test_reviewer_comes_from_the_server_not_the_request(client: Any) -> None:
    url = wrong_url(client)
    assert client.post(url, json={"why": "x", "who": "forged-admin"}).status_code == 422
    assert client.post(url, json={"why": "seen"}).status_code == 200
    assert {e["who"] for e in client.get("/api/audit").json()} == {"default-analyst"}
    assert client.get("/api/config").json()["reviewer"] == "default-analyst"


def test_absurd_integers_and_unknown_parameters_are_422(client: Any) -> None:
    for params in ({"offset": "10000000000000000000"}, {"offset": "-1"}, {"limit": "100000"}, {"limit": "1e3"}):
        assert client.get("/api/events", params=params).status_code == 422, params
    unknown = client.get("/api/events", params={"sub_type": "Attack"})
    assert unknown.status_code == 422 and "sub_type" in unknown.json()["detail"]
    assert "sub_event_type" in unknown.json()["detail"]  # says what the endpoint takes
    assert client.get("/api/map", params={"colour": "red"}).status_code == 422
    assert client.get("/api/timeline", params={"interval": "day", "x": "1"}).status_code == 422


def test_errors_never_repeat_large_input(client: Any) -> None:
    event_id = client.get("/api/events").json()["events"][0]["event_id"]
    url = f"/api/events/{event_id}/corrections"
    big = "A" * 60_000
    for body in ({"field": "fatalities", "value": big, "why": "x"}, {"field": big[:5000], "value": 1, "why": "x"},
                 {"field": "notes", "value": [big[:20_000]], "why": "x"}):
        response = client.post(url, json=body)
        assert response.status_code in (400, 413, 422), response.status_code
        assert len(response.content) < 2000 and "AAAAAAAAAA" not in response.text
    long_param = client.get("/api/events", params={"q": "B" * 5000})
    assert long_param.status_code == 422 and "BBBBBBBBBB" not in long_param.text


def test_oversized_body_is_refused_unread_while_health_answers() -> None:
    """A 50 MB body is refused from its declared length, at once, and the server keeps answering."""
    store = make_event_store()
    app = build_app(store)
    with LiveServer(app) as server:
        port = server.port
        health_times: list[float] = []
        stop = threading.Event()

        def poll_health() -> None:
            while not stop.is_set():
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                began = time.monotonic()
                conn.request("GET", "/api/health")
                assert conn.getresponse().status == 200
                health_times.append(time.monotonic() - began)
                conn.close()
                time.sleep(0.02)

        poller = threading.Thread(target=poll_health, daemon=True)
        poller.start()
        size = 50 * 1024 * 1024
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.putrequest("POST", "/api/merge")
        conn.putheader("Content-Type", "application/json")
        conn.putheader("Content-Length", str(size))
        conn.putheader("X-CSRF-Token", TOKEN)
        conn.endheaders()
        began = time.monotonic()
        conn.send(b'{"event_ids": [' + b'"x",' * 1000)  # the start of a huge array; the rest never comes
        response = conn.getresponse()
        answered = time.monotonic() - began
        assert response.status == 413
        assert len(response.read()) < 500
        time.sleep(0.2)
        stop.set()
        poller.join(timeout=5)
        conn.close()
    store.close()
    assert answered < 1.0
    assert health_times and max(health_times) < 1.0


def test_chunked_oversized_body_is_cut_at_the_limit(client: Any) -> None:
    def chunks() -> Any:
        for _ in range(200):
            yield b"[" * 1024

    response = client.post("/api/merge", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_reads_run_in_parallel_over_the_event_store() -> None:
    """The event store is marked concurrent: the app takes no global lock around its reads (two
    different requests: equal ones are answered by one computation, see tests/server/test_cache.py)."""
    store = make_event_store()
    assert getattr(store, "concurrent", False)
    started = threading.Barrier(2, timeout=5)
    original = store.query_events

    def slow_query(*args: Any, **kwargs: Any) -> Any:
        started.wait()  # both requests must be inside the store at once, or this times out
        return original(*args, **kwargs)

    store.query_events = slow_query  # type: ignore[method-assign]
    with make_client(build_app(store)) as client:
        results: list[int] = []
        threads = [threading.Thread(target=lambda n=n: results.append(client.get(f"/api/events?limit={n}").status_code))
                   for n in (1, 2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=10)
    store.close()
    assert results == [200, 200]


@pytest.mark.parametrize("payload", ["[" * 10_000, json.dumps({"why": "x", "event_ids": ["a"] * 20_000})])
def test_deep_or_long_json_is_refused_cleanly(client: Any, payload: str) -> None:
    response = client.post("/api/merge", content=payload.encode(), headers={"Content-Type": "application/json"})
    assert response.status_code in (400, 413, 422)
    assert len(response.content) < 2000
