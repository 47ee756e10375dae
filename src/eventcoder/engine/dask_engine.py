"""The Dask engine: a dask.distributed LocalCluster (or an existing cluster) runs the batches.

A worker plugin builds the pipeline when each worker starts (and on workers that join later), so
models load once per worker; tasks reuse it. Workers of an existing cluster need eventcoder and its
model installed, at the same version as the client.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from distributed import Client, Future, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from ..errors import EventcoderError
from ..pipeline import PipelineConfig
from .runner import Backend
from .worker import cached_pipeline, warm_worker

__all__ = ["PipelinePlugin", "dask_backend", "CONNECT_TIMEOUT"]

#: Seconds to wait for a scheduler given with --scheduler.
CONNECT_TIMEOUT = 30


class PipelinePlugin(WorkerPlugin):
    """Loads the eventcoder pipeline once when a worker starts."""

    name = "eventcoder-pipeline"

    def __init__(self, config: PipelineConfig) -> None:
        self.config = config

    def setup(self, worker: Any) -> None:
        cached_pipeline(self.config)


def _connect(workers: int, scheduler: str | None) -> tuple[Client, LocalCluster | None]:
    if scheduler is not None:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT), None
        except (OSError, ValueError) as exc:  # unreachable, or not an address ("missing port number")
            raise EventcoderError(f"cannot reach the Dask scheduler at {scheduler!r} ({exc}); give its address "
                                  "as tcp://HOST:PORT, start one with `dask scheduler`, or leave out --scheduler "
                                  "to use a local cluster") from None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR)
    return Client(cluster), cluster


@contextmanager
def dask_backend(config: PipelineConfig, workers: int, scheduler: str | None) -> Iterator[Backend]:
    """The runner's backend on Dask; the client (and the local cluster) close on exit."""
    client, cluster = _connect(workers, scheduler)
    try:
        try:
            client.register_plugin(PipelinePlugin(config), name=PipelinePlugin.name)
        except EventcoderError:
            raise
        except Exception as exc:
            raise EventcoderError(f"the Dask workers could not load the pipeline: {exc}") from None
        size = max(1, len(client.scheduler_info().get("workers", {}))) if scheduler else workers
        run_id = uuid.uuid4().hex[:8]
        counter = iter(range(1 << 62))

        def submit(function: Callable[..., Any], *args: Any) -> Future:
            return client.submit(function, *args, key=f"eventcoder-{run_id}-{next(counter)}", pure=False)

        def wait(future: Future) -> Any:
            try:
                return future.result()
            except EventcoderError:
                raise
            except Exception as exc:
                raise EventcoderError(f"a Dask task failed: {type(exc).__name__}: {exc}") from None

        yield Backend(submit, wait, size, lambda: client.run(warm_worker, config) and None, 2 * size)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
