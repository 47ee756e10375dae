"""The dashboard's guard: what a request must show before the app sees it (see docs/DASHBOARD.md,
"Threat model").

* **Host allow-list**: the Host header must name this machine (127.0.0.1, localhost, ::1) or a name
  the user configured; a page on another site that points its own name at 127.0.0.1 (DNS
  rebinding) is refused.
* **State changes** (any method but GET, HEAD, OPTIONS) need the page's CSRF token in the
  ``X-CSRF-Token`` header (the page reads it from ``/api/config``, which another site's page cannot
  read), an ``Origin``, when sent, equal to this server's, and no ``Sec-Fetch-Site: cross-site``.
* **Body limit**: a body longer than ``max_body`` bytes is refused (413) as soon as its declared
  length or its first bytes past the limit arrive, before anything parses it.
* Every response carries the page's security headers.

Refusals are short JSON ``{"detail": ...}`` messages that never repeat what the request sent.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Guard", "LOCAL_HOSTS", "host_name", "DEFAULT_MAX_BODY"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Names of this machine, always allowed in the Host header.
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
#: Largest request body accepted (review requests are a few hundred bytes; notes at most 10,000 chars).
DEFAULT_MAX_BODY = 64 * 1024
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def host_name(host: str) -> str:
    """The name in a Host header, without the port, lower case (``[::1]:8000`` -> ``::1``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else ""
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    """ASGI middleware applying the checks above, then adding ``headers`` to every response."""

    def __init__(self, app: ASGIApp, *, token: str, allowed_hosts: Iterable[str] = (),
                 max_body: int = DEFAULT_MAX_BODY, headers: Callable[[str], list[tuple[bytes, bytes]]]) -> None:
        self.app = app
        self.token = token.encode()
        self.hosts = LOCAL_HOSTS | {host_name(h) for h in allowed_hosts if h}
        self.max_body = max_body
        self.headers = headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self.headers(scope.get("path", ""))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        host = headers.get("host", "")
        if host_name(host) not in self.hosts:
            await _refuse(send_with_headers, 400, "this server answers only to the names it was started with "
                          "(127.0.0.1, localhost or serve --allow-host); open the page by one of them")
            return
        if scope["method"] not in _SAFE_METHODS:
            problem = self._unsafe_request_problem(headers, host)
            if problem:
                await _refuse(send_with_headers, 403, problem)
                return
            body = await self._read_body(headers, receive)
            if body is None:
                await _refuse(send_with_headers, 413, f"request body over {self.max_body} bytes; refused unread")
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send_with_headers)

    def _unsafe_request_problem(self, headers: dict[str, str], host: str) -> str | None:
        origin = headers.get("origin")
        if origin is not None:
            parts = urlsplit(origin)
            if parts.scheme not in ("http", "https") or parts.netloc.lower() != host.strip().lower():
                return "cross-origin request refused: changes are accepted only from this server's own page"
        if headers.get("sec-fetch-site") == "cross-site":
            return "cross-site request refused: changes are accepted only from this server's own page"
        if not hmac.compare_digest(headers.get("x-csrf-token", "").encode(), self.token):
            return "missing or wrong X-CSRF-Token header: send the token from /api/config with every change"
        return None

    async def _read_body(self, headers: dict[str, str], receive: Receive) -> bytes | None:
        """The whole body, or None as soon as it is known to be over the limit."""
        declared = headers.get("content-length")
        if declared is not None and (not declared.strip().isdigit() or int(declared) > self.max_body):
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _refuse(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
