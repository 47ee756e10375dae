"""``ingest --watch``: poll folders, feeds and URLs, and ingest what is new, round after round.

Idempotent and resumable by construction: every round hands its documents to the store's ingest,
which skips documents whose id and content are stored already and writes one transaction per batch;
so a round repeated, or a watch killed at any moment (kill -9 included) and started again, stores
each article once. Within one run, files are re-read only when their size or modification time
changes, and a file still being written (modified within ``settle`` seconds) waits for the next round;
a feed URL is fetched every round but only its new items are read (their pages fetched once).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from ..documents import Document
from ..errors import DocumentError, InputError
from . import SUFFIXES, read_path
from .fetch import Fetcher, is_url
from .options import ReadOptions

__all__ = ["Watcher", "watch"]

Summary = TypeVar("Summary")
Items = Iterable[Document | DocumentError]


class Watcher:
    """What is new in the sources since the last round (files by size and mtime; URLs every round)."""

    def __init__(self, sources: list[str], options: ReadOptions, *, settle: float = 2.0) -> None:
        for source in sources:
            if not is_url(source) and not Path(source).exists():
                raise InputError(f"{source}: no such file or folder to watch")
        self.sources = sources
        self.options = options
        self.settle = settle
        self.fetcher = Fetcher(timeout=options.timeout, max_bytes=options.max_bytes, delay=options.delay)
        self._seen: dict[Path, tuple[int, int]] = {}
        self._items: dict[str, set[str]] = {}  # feed URL -> ids of its items read in this run

    def _changed_files(self, source: Path) -> list[Path]:
        files = [source] if source.is_file() else sorted(
            p for p in source.rglob("*") if p.is_file() and not p.name.startswith("."))
        now = time.time()
        changed = []
        for path in files:
            if path.suffix.lower() not in SUFFIXES:
                continue
            try:
                stat = path.stat()
            except FileNotFoundError:  # removed since listed
                continue
            stamp = (stat.st_mtime_ns, stat.st_size)
            if self._seen.get(path) != stamp and now - stat.st_mtime >= self.settle:
                changed.append(path)
                self._seen[path] = stamp
        return changed

    def round(self) -> Iterator[Document | DocumentError]:
        """The documents of new and changed files, of new items of feed URLs, and of page URLs, in source order."""
        from . import read_url

        for source in self.sources:
            if is_url(source):
                yield from read_url(source, self.options, self.fetcher, self._items.setdefault(source, set()))
                continue
            for path in self._changed_files(Path(source)):
                yield from read_path(path, self.options, self.fetcher)


def watch(sources: list[str], ingest: Callable[[Items], Summary], options: ReadOptions, *, interval: float = 60.0,
          rounds: int | None = None, settle: float = 2.0, on_round: Callable[[int, Summary], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> None:
    """Poll ``sources`` every ``interval`` seconds and pass each round's documents to ``ingest``
    (e.g. ``EventStore.ingest_documents``), forever or for ``rounds`` rounds; stop with Ctrl-C."""
    watcher = Watcher(sources, options, settle=settle)
    number = 0
    while rounds is None or number < rounds:
        number += 1
        summary = ingest(watcher.round())
        if on_round is not None:
            on_round(number, summary)
        if rounds is None or number < rounds:
            sleep(interval)
