"""``eventcoder serve``: a web dashboard to explore and review the events in a store.

    from eventcoder.server import create_app
    app = create_app(EventStore.open("events.duckdb"))   # any ASGI server can run it

See docs/DASHBOARD.md for the page, the JSON API and the security model.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["create_app", "assets_built", "content_security_policy", "STATIC_DIR", "DashboardStore",
           "MemoryStore", "open_store"]

_HOME = {"create_app": "app", "assets_built": "app", "content_security_policy": "app", "STATIC_DIR": "app",
         "DashboardStore": "backend", "MemoryStore": "backend", "open_store": "backend"}


def __getattr__(name: str) -> Any:
    """Names load on first use, so that the CLI can read the server's limits without FastAPI or DuckDB."""
    if name in _HOME:
        return getattr(importlib.import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
