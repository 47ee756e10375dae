"""Test clients that behave as the dashboard page does: they send the CSRF token with every request."""

from __future__ import annotations

import warnings
from typing import Any

from eventcoder.server import create_app

__all__ = ["TOKEN", "make_client", "build_app"]

#: The CSRF token the test apps are built with.
TOKEN = "test-csrf-token"


def make_client(app: Any, **headers: str) -> Any:
    """A test client that sends the page's CSRF token, as the page does."""
    from starlette.exceptions import StarletteDeprecationWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient
    return TestClient(app, headers={"X-CSRF-Token": TOKEN, **headers})


def build_app(store: Any, **options: Any) -> Any:
    """The app as `serve` builds it, also answering to the test client's host name ("testserver")."""
    options.setdefault("reviewer", "default-analyst")
    options.setdefault("allowed_hosts", ("testserver",))
    return create_app(store, csrf_token=TOKEN, **options)
