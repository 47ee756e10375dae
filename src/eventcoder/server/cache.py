"""The dashboard's response cache: answers to read requests kept until the store changes.

Every read endpoint's answer is a function of the request (path and query string) and of the store's
contents, so :class:`ResponseCache` keeps successful answers keyed by the request and the store's
*generation* (``EventStore.generation``: it moves with every write of this process and every time the
file is reopened after another process could write it, and is unknown while the file is not held).

* **Fresh by construction.** An answer is kept only when the generation was known and the same before
  and after it was computed, so it was read from the contents of that generation. A lookup uses the
  generation of the moment: after any write (review, merge, ingest, here or in another process) no
  earlier answer can be served. While the generation is unknown nothing is served from the cache.
* **One computation per answer.** Requests for an answer being computed wait for it instead of
  computing it again (a write empties the cache; fifty pages asking again at once cost one query).
* **Bounded work.** At most ``workers`` answers are computed at a time; other misses queue. Many
  parallel DuckDB queries and Python threads on a few cores only slow each other down.
* Bounded memory: at most ``max_bytes`` of bodies, least recently used dropped first.

Only GET requests to the read endpoints in :data:`CACHED_PATHS` (and event details) are cached, only
their 200 answers; the outer middleware (the guard) still checks every request and adds its headers.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from .security import ASGIApp, Message, Receive, Scope, Send  # the ASGI types the guard defines

__all__ = ["ResponseCache", "CACHED_PATHS", "DEFAULT_CACHE_BYTES", "DEFAULT_WORKERS"]


#: Read endpoints whose answers depend only on the request and the store (plus ``/api/events/{id}``).
CACHED_PATHS = frozenset({"/api/events", "/api/map", "/api/timeline", "/api/admin1", "/api/facets", "/api/stamp",
                          "/api/audit"})
_DETAIL_PREFIX = "/api/events/"
DEFAULT_CACHE_BYTES = 64 * 1024 * 1024
#: Answers computed at once: a few more than the cores, so DuckDB's waits overlap Python's work.
DEFAULT_WORKERS = 4

Key = tuple[str, bytes]


@dataclass(frozen=True)
class _Answer:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes


def cacheable(scope: Scope) -> bool:
    """Whether the request is a GET of a read endpoint."""
    if scope["type"] != "http" or scope["method"] != "GET":
        return False
    path: str = scope["path"]
    return path in CACHED_PATHS or (path.startswith(_DETAIL_PREFIX) and "/" not in path[len(_DETAIL_PREFIX):])


class ResponseCache:
    """ASGI middleware: the cache, the coalescing of equal misses and the bound on work (see above).

    ``generation()`` returns the store's generation or None; it must not block.
    """

    def __init__(self, app: ASGIApp, *, generation: Callable[[], int | None], max_bytes: int = DEFAULT_CACHE_BYTES,
                 workers: int = DEFAULT_WORKERS) -> None:
        self.app = app
        self.generation = generation
        self.max_bytes = max_bytes
        self.workers = max(1, workers)
        self._answers: OrderedDict[Key, _Answer] = OrderedDict()
        self._answers_of: int | None = None  # the generation every kept answer belongs to
        self._bytes = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots = asyncio.Semaphore(self.workers)
        self._pending: dict[tuple[Key, int], asyncio.Future[None]] = {}

    # -- the kept answers ---------------------------------------------------------------------------

    def _get(self, key: Key, generation: int) -> _Answer | None:
        if generation != self._answers_of:
            return None
        answer = self._answers.get(key)
        if answer is not None:
            self._answers.move_to_end(key)
        return answer

    def _put(self, key: Key, generation: int, answer: _Answer) -> None:
        if len(answer.body) > self.max_bytes // 4:
            return
        if generation != self._answers_of:
            self._answers.clear()
            self._bytes = 0
            self._answers_of = generation
        old = self._answers.pop(key, None)
        if old is not None:
            self._bytes -= len(old.body)
        self._answers[key] = answer
        self._bytes += len(answer.body)
        while self._bytes > self.max_bytes:
            _, dropped = self._answers.popitem(last=False)
            self._bytes -= len(dropped.body)

    # -- serving --------------------------------------------------------------------------------------

    def _bind_loop(self) -> None:
        """Semaphores and futures belong to one event loop; a test client may start another."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._loop = loop
            self._slots = asyncio.Semaphore(self.workers)
            self._pending = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not cacheable(scope):
            await self.app(scope, receive, send)
            return
        self._bind_loop()
        key: Key = (scope["path"], scope.get("query_string", b""))
        generation = self.generation()
        if generation is not None:
            pending = self._pending.get((key, generation))
            if self._get(key, generation) is None and pending is not None:
                await asyncio.shield(pending)  # the same answer is being computed: wait (once) for it
            if await self._serve_kept(key, send):
                return
        leading = generation is not None and (key, generation) not in self._pending
        if leading:
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._pending[(key, generation)] = done  # type: ignore[index]
        try:
            async with self._slots:
                if not await self._serve_kept(key, send):  # computed while this request queued
                    await self._compute(key, scope, receive, send)
        finally:
            if leading:
                del self._pending[(key, generation)]  # type: ignore[index]
                done.set_result(None)

    async def _serve_kept(self, key: Key, send: Send) -> bool:
        generation = self.generation()
        answer = None if generation is None else self._get(key, generation)
        if answer is None:
            return False
        await _replay(answer, send)
        return True

    async def _compute(self, key: Key, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the app; keep its answer when it is a complete 200 read from one known generation."""
        before = self.generation()
        status = 0
        headers: list[tuple[bytes, bytes]] = []
        chunks: list[bytes] = []
        complete = False

        async def keep(message: Message) -> None:
            nonlocal status, headers, complete
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                complete = not message.get("more_body", False)
            await send(message)

        await self.app(scope, receive, keep)
        if before is not None and status == 200 and complete and self.generation() == before:
            self._put(key, before, _Answer(status, tuple(headers), b"".join(chunks)))


async def _replay(answer: _Answer, send: Send) -> None:
    await send({"type": "http.response.start", "status": answer.status, "headers": list(answer.headers)})
    await send({"type": "http.response.body", "body": answer.body})
