"""Fixtures for the dashboard API tests: the sample store in memory and in the DuckDB event store."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from clients import build_app, make_client
from samples import make_event_store, make_store


def _test_client_class() -> Any:
    # starlette warns that it prefers httpx2 over httpx (the project's pinned test client); the warning
    # is about packaging, not behaviour, so it is silenced for this import only.
    from starlette.exceptions import StarletteDeprecationWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient
    return TestClient


@pytest.fixture(params=["memory", "duckdb"])
def store(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The sample store, once as the in-memory stand-in and once as the real event store."""
    if request.param == "memory":
        yield make_store()
        return
    event_store = make_event_store()
    yield event_store
    event_store.close()


@pytest.fixture
def client(store: Any) -> Iterator[Any]:
    with make_client(build_app(store)) as test_client:
        yield test_client


@pytest.fixture
def client_factory() -> Any:
    """Build a client for any app (for apps with special settings); it sends no CSRF token."""
    return _test_client_class()
