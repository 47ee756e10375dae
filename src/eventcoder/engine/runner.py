"""Run the pipeline over a stream of documents in this process, in local worker processes, or on Dask.

All three engines cut the stream into batches, keep only a few batches in flight (so memory stays
flat however long the corpus), and hand back batches in input order. Workers build the pipeline
once and call the same :func:`~eventcoder.engine.worker.process_batch`, so the events are the same
whatever the engine, the number of workers and the batch size.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from ..documents import Document
from ..errors import DocumentError, EventcoderError
from ..pipeline import DocumentResult, PipelineConfig
from .parquet import PartitionInfo, check_empty_output
from .worker import BatchOutput, run_batch, warm_worker, write_batch

__all__ = ["ENGINES", "DEFAULT_BATCH_SIZE", "DEFAULT_PARTITION_SIZE", "EngineStats", "EngineSession", "Backend",
           "open_engine", "run", "run_to_partitions", "check_options"]

ENGINES: tuple[str, ...] = ("inprocess", "local", "dask")

#: Documents per task sent to a worker: big enough to amortise the hop, small enough to stay balanced.
DEFAULT_BATCH_SIZE = 64
#: Documents per task (and per Parquet file) when workers write partitions themselves.
DEFAULT_PARTITION_SIZE = 2_000

Item = Document | DocumentError


@dataclass
class EngineStats:
    """What a run did: filled in as results stream out (pass one to :func:`run` to read it after)."""

    engine: str = ""
    workers: int = 0
    documents: int = 0
    batches: int = 0
    seconds: float = 0.0
    peak_rss_by_worker: dict[str, int] = field(default_factory=dict)  # worker -> bytes
    stage_seconds_by_worker: dict[str, dict[str, float]] = field(default_factory=dict)  # worker -> stage -> s

    def record(self, worker: str, peak_rss: int, stage_seconds: dict[str, float] | None = None) -> None:
        self.peak_rss_by_worker[worker] = max(peak_rss, self.peak_rss_by_worker.get(worker, 0))
        if stage_seconds:
            self.stage_seconds_by_worker[worker] = dict(stage_seconds)

    @property
    def stage_seconds(self) -> dict[str, float]:
        """Seconds per stage, all workers together (their pipelines' totals, warm-up included)."""
        total: dict[str, float] = {}
        for seconds in self.stage_seconds_by_worker.values():
            for name, value in seconds.items():
                total[name] = total.get(name, 0.0) + value
        return total


@dataclass
class Backend:
    """How an engine runs a task: ``submit(function, *args)`` returns a handle, ``wait(handle)`` its value."""

    submit: Callable[..., Any]
    wait: Callable[[Any], Any]
    workers: int
    warm_up: Callable[[], None]
    in_flight: int  # tasks submitted ahead of the one awaited


def check_options(engine: str, workers: int, scheduler: str | None, batch_size: int) -> None:
    """Raise an :class:`EventcoderError` that says what to change when the options do not fit together."""
    if engine not in ENGINES:
        raise EventcoderError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if workers < 1:
        raise EventcoderError(f"--workers must be at least 1, got {workers}")
    if batch_size < 1:
        raise EventcoderError(f"--batch-size must be at least 1, got {batch_size}")
    if scheduler is not None and engine != "dask":
        raise EventcoderError("--scheduler needs --engine dask")


class EngineSession:
    """An open engine (pool or cluster started): run one or more streams through it."""

    def __init__(self, engine: str, config: PipelineConfig, backend: Backend) -> None:
        self.engine, self.config, self.backend = engine, config, backend

    @property
    def workers(self) -> int:
        return self.backend.workers

    def warm_up(self) -> None:
        """Wait until every worker has its pipeline loaded (for timing runs without start-up)."""
        self.backend.warm_up()

    def run(self, items: Iterable[Item], *, batch_size: int = DEFAULT_BATCH_SIZE,
            stats: EngineStats | None = None) -> Iterator[DocumentResult]:
        """One result per item, in input order."""
        stats = self._start(stats)
        started = time.perf_counter()
        try:
            for batch, output in _ordered(items, self.backend, batch_size, self._submit_batch):
                yield from _merge(batch, output, stats)
        finally:
            stats.seconds = time.perf_counter() - started

    def run_to_partitions(self, items: Iterable[Item], out_dir: Path, *, partition_size: int = DEFAULT_PARTITION_SIZE,
                          stats: EngineStats | None = None) -> Iterator[PartitionInfo]:
        """Workers write one Parquet partition per ``partition_size`` items into ``out_dir`` (which
        they must all reach); yields a summary of each partition, in order. Results never pass
        through this process."""
        check_empty_output(out_dir)
        stats = self._start(stats)
        started, position, number = time.perf_counter(), 0, 0

        def submit(batch: list[Item]) -> Any:
            nonlocal position, number
            handle = self.backend.submit(write_batch, self.config, batch, str(out_dir), number, position)
            position, number = position + len(batch), number + 1
            return handle

        try:
            for batch, info in _ordered(items, self.backend, partition_size, submit):
                stats.record(str(info.pid), info.peak_rss)
                stats.documents += len(batch)
                stats.batches += 1
                yield info
        finally:
            stats.seconds = time.perf_counter() - started

    def _start(self, stats: EngineStats | None) -> EngineStats:
        stats = stats if stats is not None else EngineStats()
        stats.engine, stats.workers = self.engine, self.workers
        return stats

    def _submit_batch(self, batch: list[Item]) -> Any:
        documents = [item for item in batch if isinstance(item, Document)]
        return self.backend.submit(run_batch, self.config, documents) if documents else None


def _ordered(items: Iterable[Item], backend: Backend, batch_size: int,
             submit: Callable[[list[Item]], Any]) -> Iterator[tuple[list[Item], Any]]:
    """``(batch, value)`` in input order, with at most ``backend.in_flight`` batches submitted."""
    iterator = iter(items)
    pending: deque[tuple[list[Item], Any]] = deque()

    def oldest() -> tuple[list[Item], Any]:
        batch, handle = pending.popleft()
        return batch, (backend.wait(handle) if handle is not None else None)

    try:
        while batch := list(islice(iterator, batch_size)):
            pending.append((batch, submit(batch)))
            if len(pending) >= backend.in_flight:
                yield oldest()
        while pending:
            yield oldest()
    finally:
        for _, handle in pending:  # the consumer stopped early: drop work not yet started
            if hasattr(handle, "cancel"):
                handle.cancel()


def _merge(batch: list[Item], output: BatchOutput | None, stats: EngineStats) -> Iterator[DocumentResult]:
    """The batch's results in order: the workers' for documents, the reader's errors in place."""
    stats.batches += 1
    if output is not None:
        stats.record(str(output.pid), output.peak_rss, output.stage_seconds)
    results = iter(output.results if output is not None else ())
    for item in batch:
        stats.documents += 1
        if isinstance(item, DocumentError):
            yield DocumentResult(item.doc_id, error=item)
            continue
        result = next(results)
        result.document = item
        yield result


@contextmanager
def open_engine(config: PipelineConfig, *, engine: str = "inprocess", workers: int = 1,
                scheduler: str | None = None) -> Iterator[EngineSession]:
    """Start ``engine`` (see :func:`run`); it closes, with its workers, on exit."""
    check_options(engine, workers, scheduler, 1)
    opener = {"inprocess": _inprocess, "local": _local_processes, "dask": _dask}[engine]
    with opener(config, workers, scheduler) as backend:
        yield EngineSession(engine, config, backend)


def run(items: Iterable[Item], config: PipelineConfig, *, engine: str = "inprocess", workers: int = 1,
        scheduler: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
        stats: EngineStats | None = None) -> Iterator[DocumentResult]:
    """One :class:`DocumentResult` per item, in input order, computed by ``engine``.

    ``inprocess``: this process. ``local``: ``workers`` processes on this machine. ``dask``: a
    dask.distributed LocalCluster of ``workers`` processes, or the cluster at ``scheduler``.
    At most about two batches per worker are in flight; the input is read as results are consumed.
    """
    check_options(engine, workers, scheduler, batch_size)
    with open_engine(config, engine=engine, workers=workers, scheduler=scheduler) as session:
        yield from session.run(items, batch_size=batch_size, stats=stats)


def run_to_partitions(items: Iterable[Item], config: PipelineConfig, out_dir: str | Path, *,
                      engine: str = "inprocess", workers: int = 1, scheduler: str | None = None,
                      partition_size: int = DEFAULT_PARTITION_SIZE,
                      stats: EngineStats | None = None) -> list[PartitionInfo]:
    """Process ``items`` and have the workers write the results as Parquet partitions in ``out_dir``
    (the layout of :func:`~eventcoder.engine.parquet.write_partitions`; read them back with
    :func:`~eventcoder.engine.parquet.read_partitions`). On a multi-machine cluster ``out_dir``
    must be a path every worker can write (a shared file system)."""
    check_options(engine, workers, scheduler, partition_size)
    with open_engine(config, engine=engine, workers=workers, scheduler=scheduler) as session:
        return list(session.run_to_partitions(items, Path(out_dir), partition_size=partition_size, stats=stats))


@contextmanager
def _inprocess(config: PipelineConfig, workers: int, scheduler: str | None) -> Iterator[Backend]:
    warm_worker(config)  # load now: a bad model name fails before any input is read
    yield Backend(lambda function, *args: function(*args), lambda value: value, 1, lambda: None, 1)


def _start_method() -> str:
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


@contextmanager
def _local_processes(config: PipelineConfig, workers: int, scheduler: str | None) -> Iterator[Backend]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(_start_method()))

    def wait(future: Future[Any]) -> Any:
        try:
            return future.result()
        except BrokenProcessPool:
            raise EventcoderError("a worker process died (out of memory?); try fewer --workers or a smaller "
                                  "--batch-size") from None

    def warm_up() -> None:  # all at once, so that each lands on its own new process
        for future in [executor.submit(warm_worker, config) for _ in range(workers)]:
            wait(future)

    try:
        yield Backend(executor.submit, wait, workers, warm_up, 2 * workers)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _dask(config: PipelineConfig, workers: int, scheduler: str | None) -> AbstractContextManager[Backend]:
    from .dask_engine import dask_backend  # dask is imported only when asked for

    return dask_backend(config, workers, scheduler)
