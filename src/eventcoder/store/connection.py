"""How a process holds the store file: one DuckDB database, opened when needed and let go when idle,
so that several processes (the dashboard, ``ingest``, ``events``, ``merge``) can take turns on it.

DuckDB lets one process at a time open a file for writing. A :class:`Connections` opens the file on
first use, hands each caller its own cursor (cursors of one database run queries in parallel),
serialises writers inside the process, and closes the file ``linger`` seconds after the last caller
is done (``linger=None``: kept open until :meth:`Connections.close`). When another process holds
the file, opening is retried with growing pauses for up to ``wait`` seconds, then a
:class:`~eventcoder.errors.StoreError` says the store is busy.

Taking turns is fair: a process that waits for the file writes its pid in ``<store>.waiting``
(refreshed while it waits). A process holding the file sees the note when a call ends, stops
handing out new cursors, and lets the file go as soon as its running calls finish, so a busy
dashboard cannot starve an ingest (and an ingest, which lets go after every batch, cannot starve
the dashboard). A note older than ``WAIT_NOTE_S`` (its writer gone) is ignored.

The *generation* of a file (:attr:`Connections.generation`) tells readers, at no cost, whether what
they read earlier may have changed: it moves whenever a writer in this process finishes, the raw
connection is handed out, or the file is (re)opened (another process may have written while it was
let go). While this process holds the file no other process can change it, so an unchanged
generation means unchanged contents; while the file is not held the generation is unknown (None).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from ..errors import StoreError
from .schema import connect

__all__ = ["Connections", "StoreBusyError", "DEFAULT_WAIT_S", "is_lock_conflict"]

#: How long a caller waits for another process to let go of the file.
DEFAULT_WAIT_S = 60.0
_FIRST_PAUSE_S = 0.01
_MAX_PAUSE_S = 0.25
#: A waiting note not refreshed for this long is stale.
WAIT_NOTE_S = 2.0


#: Per file (all the process's Connections of one path share a DuckDB database): changes counted so far.
_generations: dict[str, int] = {}
_generations_guard = threading.Lock()


def _file_key(path: str) -> str:
    return path if path == ":memory:" else os.path.realpath(path)


class StoreBusyError(StoreError):
    """Another process kept the store file longer than this one could wait."""


def is_lock_conflict(exc: BaseException) -> bool:
    """Whether DuckDB refused the file because another process holds it."""
    text = str(exc).lower()
    return "lock" in text and ("conflicting" in text or "could not set" in text)


class Connections:
    """The store file as shared by this process's threads and taken in turn with other processes."""

    def __init__(self, path: str | Path, *, read_only: bool = False, linger: float | None = None,
                 wait: float = DEFAULT_WAIT_S) -> None:
        self.path = str(path)
        self.read_only = read_only
        self.linger = None if self.path == ":memory:" else linger
        self.wait = wait
        self._guard = threading.Lock()  # the root connection and the user count
        self._write = threading.RLock()  # one writer at a time in this process
        self._root: duckdb.DuckDBPyConnection | None = None
        self._users = 0
        self._timer: threading.Timer | None = None
        self._last_read = 0.0  # when a caller last asked for the generation of the file held
        self._migrated = read_only
        self._closed = False
        self._draining = False  # another process waits: no new cursors until the file is let go
        self._note = None if self.path == ":memory:" else Path(self.path + ".waiting")
        self._pid = str(os.getpid())
        # a :memory: database is private to its connection; a file is shared by the process's Connections
        self._key = f":memory:{id(self)}" if self.path == ":memory:" else _file_key(self.path)
        if self.linger is None:
            self._root = self._open()  # fail now, as the store always did, when the file cannot be opened

    # -- opening and closing ----------------------------------------------------------------------

    def _open(self) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.wait
        pause = _FIRST_PAUSE_S
        waited = False
        while True:
            try:
                con = connect(self.path, read_only=self.read_only, migrate_schema=not self._migrated)
                self._migrated = True
                self._changed()  # another process may have written while the file was not held
                if waited:
                    self._clear_note()
                return con
            except StoreError as exc:
                cause = exc.__cause__
                if cause is None or not is_lock_conflict(cause) or time.monotonic() >= deadline:
                    if cause is not None and is_lock_conflict(cause):
                        raise StoreBusyError(f"{self.path}: the store is busy: another process kept it for more "
                                             f"than {self.wait:.0f} s; try again when it has finished") from cause
                    if waited:
                        self._clear_note()
                    raise
            waited = True
            self._write_note()
            time.sleep(pause)
            pause = min(pause * 2, _MAX_PAUSE_S)

    # -- the generation -----------------------------------------------------------------------------

    def _changed(self) -> None:
        with _generations_guard:
            _generations[self._key] = _generations.get(self._key, 0) + 1

    @property
    def generation(self) -> int | None:
        """A number that moves whenever what this file holds may have changed, or None while the file
        is not held (it may be changing in another process). Never blocks: safe on an event loop.

        Asking counts as using the file (the caller serves what it read from it): the file is let go
        ``linger`` seconds after the last call *or* the last such question, and, when another
        process waits for it, at the end of the next call or at the latest after ``linger``."""
        if self._root is None or self._draining or self._closed:
            return None
        self._last_read = time.monotonic()
        return _generations.get(self._key)

    # -- the waiting note ---------------------------------------------------------------------------

    def _write_note(self) -> None:
        if self._note is not None:
            try:
                self._note.write_text(self._pid, encoding="ascii")
            except OSError:
                pass  # a read-only folder: turns are then only as fair as the retries make them

    def _clear_note(self) -> None:
        if self._note is not None:
            try:
                if self._note.read_text(encoding="ascii") == self._pid:
                    self._note.unlink()
            except OSError:
                pass

    def _someone_waits(self) -> bool:
        """Whether another process has noted, recently, that it waits for the file."""
        if self._note is None or self.linger is None:
            return False
        try:
            fresh = time.time() - self._note.stat().st_mtime < WAIT_NOTE_S
            return fresh and self._note.read_text(encoding="ascii") != self._pid
        except OSError:
            return False

    @property
    def root(self) -> duckdb.DuckDBPyConnection:
        """The open database connection (opened if needed). For a store kept open (``linger=None``).
        Whoever takes it may write through it: the generation moves."""
        with self._guard:
            if self._closed:
                raise StoreError(f"{self.path}: the store is closed")
            if self._root is None:
                self._root = self._open()
            self._changed()
            return self._root

    def _acquire(self) -> duckdb.DuckDBPyConnection:
        while True:
            with self._guard:
                if self._closed:
                    raise StoreError(f"{self.path}: the store is closed")
                if self._timer is not None:
                    self._timer.cancel()
                    self._timer = None
                if self._root is not None and not self._draining and self._someone_waits():
                    self._draining = True
                if self._draining and not self._users:
                    self._close_root()
                    self._draining = False
                    time.sleep(_FIRST_PAUSE_S)  # let the waiting process in before trying again
                if not self._draining:
                    if self._root is None:
                        self._root = self._open()
                    self._users += 1
                    return self._root.cursor()
            time.sleep(_FIRST_PAUSE_S)  # running calls finish, then the file is let go

    def _release(self, cursor: duckdb.DuckDBPyConnection) -> None:
        cursor.close()
        with self._guard:
            self._users -= 1
            if self._users or self.linger is None or self._root is None:
                return
            if self._draining or self.linger <= 0 or self._someone_waits():
                self._draining = False
                self._close_root()
            elif self.linger <= 0:
                self._close_root()
            else:
                self._start_timer(self.linger)

    def _start_timer(self, seconds: float) -> None:
        self._timer = threading.Timer(seconds, self._close_if_idle)
        self._timer.daemon = True
        self._timer.start()

    def _close_if_idle(self) -> None:
        with self._guard:
            if self._users or self._root is None or self._timer is None:
                return
            # answers served from what was read (see `generation`) count as use, unless someone waits
            quiet = time.monotonic() - self._last_read
            if quiet < (self.linger or 0) and not self._someone_waits():
                self._start_timer((self.linger or 0) - quiet)
                return
            self._timer = None
            self._close_root()

    def _close_root(self) -> None:
        if self._root is not None:
            self._root.close()
            self._root = None

    def close(self) -> None:
        """Close the file; later calls raise StoreError."""
        with self._guard:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._close_root()
            self._closed = True
        if self.path == ":memory:":
            with _generations_guard:
                _generations.pop(self._key, None)

    # -- use ----------------------------------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for reading; readers run in parallel."""
        cursor = self._acquire()
        try:
            yield cursor
        finally:
            self._release(cursor)

    @contextmanager
    def writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor for writing; writers in this process take turns. The generation moves when the
        writer is done (after its commits, so a reader that saw the old generation read old rows)."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; open the store without read_only to change it")
        with self._write:
            cursor = self._acquire()
            try:
                yield cursor
            finally:
                self._changed()
                self._release(cursor)
