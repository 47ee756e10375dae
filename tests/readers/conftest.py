"""Fixtures of the reader tests: the written fixtures folder, a pipeline loaded once, and a local
HTTP server on 127.0.0.1 (tests never reach the internet)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def pipeline():
    """The real pipeline (spaCy model and gazetteer), built once for the slow tests of this folder."""
    from eventcoder.pipeline import Pipeline

    return Pipeline.from_config()


@dataclass
class Site:
    """What the local server answers: path -> (status, content type, body); and what it was asked."""

    pages: dict[str, tuple[int, str, bytes]] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, user agent)
    base: str = ""

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200) -> str:
        self.pages[path] = (status, content_type, body.encode("utf-8") if isinstance(body, str) else body)
        return self.base + path


@pytest.fixture
def site() -> Iterator[Site]:
    """A web site on 127.0.0.1 serving ``site.pages``; unknown paths are 404."""
    state = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            state.requests.append((self.path, self.headers.get("User-Agent", "")))
            status, content_type, body = state.pages.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def events_of(pipeline):
    """Every event the pipeline finds in some documents (a reader's output, errors included)."""
    def run(items):
        return [event for result in pipeline.process(items) for event in result.events]

    return run
