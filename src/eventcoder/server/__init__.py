"""``eventcoder serve``: a web dashboard to explore and review the events in a store.

    from eventcoder.server import create_app
    app = create_app(EventStore.open("events.duckdb"))   # any ASGI server can run it

See docs/DASHBOARD.md for the page, the JSON API and the security model.
"""

from __future__ import annotations

from .app import STATIC_DIR, assets_built, content_security_policy, create_app
from .backend import DashboardStore, MemoryStore, open_store

__all__ = ["create_app", "assets_built", "content_security_policy", "STATIC_DIR", "DashboardStore",
           "MemoryStore", "open_store"]
