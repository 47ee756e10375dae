"""The same corpus gives the same results, field by field, whatever the engine, workers and batch size.

These run the real pipeline (spaCy model) in a real multiprocessing pool and a real dask.distributed
LocalCluster with 2 worker processes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventcoder.documents import Document
from eventcoder.engine import EngineStats, read_partitions, result_to_dict, run, run_to_partitions
from eventcoder.pipeline import PipelineConfig

from engine_corpus import small_corpus

pytestmark = pytest.mark.slow


def comparable(results: list[Any]) -> list[dict[str, Any]]:
    return [result_to_dict(r) for r in results]


@pytest.fixture(scope="module")
def reference() -> list[dict[str, Any]]:
    """The in-process engine, one big batch: what every other way of running must reproduce."""
    return comparable(list(run(small_corpus(), PipelineConfig(), engine="inprocess", batch_size=1000)))


def assert_same(results: list[dict[str, Any]], reference: list[dict[str, Any]]) -> None:
    assert [r["doc_id"] for r in results] == [r["doc_id"] for r in reference]
    for got, want in zip(results, reference):
        assert got["error"] == want["error"], got["doc_id"]
        assert got["warnings"] == want["warnings"], got["doc_id"]
        assert got["aggregates"] == want["aggregates"], got["doc_id"]
        assert len(got["events"]) == len(want["events"]), got["doc_id"]
        for event, expected in zip(got["events"], want["events"]):
            for name in expected:  # field by field, so a failure names the field
                assert event[name] == expected[name], (got["doc_id"], expected["event_id"], name)
    assert results == reference


def test_reference_covers_documents_and_errors(reference: list[dict[str, Any]]) -> None:
    assert len(reference) == 23 and sum(r["error"] is not None for r in reference) == 1
    assert all(r["content_hash"] for r in reference if r["error"] is None)
    assert sum(len(r["events"]) for r in reference) > 0, "no events at all: the comparisons below would prove nothing"


def test_small_batches_in_process_give_the_same_events(reference: list[dict[str, Any]]) -> None:
    assert_same(comparable(list(run(small_corpus(), PipelineConfig(), batch_size=2))), reference)


def test_two_local_processes_give_the_same_events(reference: list[dict[str, Any]]) -> None:
    stats = EngineStats()
    results = list(run(small_corpus(), PipelineConfig(), engine="local", workers=2, batch_size=3, stats=stats))
    assert_same(comparable(results), reference)
    assert stats.batches == 8


def test_dask_local_cluster_with_two_workers_gives_the_same_events(reference: list[dict[str, Any]]) -> None:
    stats = EngineStats()
    results = list(run(small_corpus(), PipelineConfig(), engine="dask", workers=2, batch_size=5, stats=stats))
    assert_same(comparable(results), reference)
    assert stats.engine == "dask" and stats.workers == 2


def test_dask_workers_write_partitions_with_the_same_results(reference: list[dict[str, Any]], tmp_path: Path) -> None:
    infos = run_to_partitions(small_corpus(), PipelineConfig(), tmp_path, engine="dask", workers=2, partition_size=4)
    assert len(infos) == 6 and sum(i.rows for i in infos) == len(reference)
    assert sum(i.events for i in infos) == sum(len(r["events"]) for r in reference)
    assert_same(comparable(list(read_partitions(tmp_path))), reference)


def test_dask_workers_load_the_pipeline_once_each() -> None:
    from distributed import default_client

    from eventcoder.engine.dask_engine import dask_backend
    from eventcoder.engine.worker import run_batch

    config = PipelineConfig()
    with dask_backend(config, 2, None) as backend:
        client = default_client()
        before = client.run(_pipeline_ids)  # the plugin loaded it when each worker joined
        documents = [item for item in small_corpus()[:12] if isinstance(item, Document)]
        outputs = [backend.wait(f) for f in [backend.submit(run_batch, config, [d]) for d in documents]]
        after = client.run(_pipeline_ids)
        worker_pids = {str(pid) for pid in client.run(_pid).values()}
    assert backend.workers == 2 and len(before) == 2
    assert all(len(ids) == 1 for ids in before.values())
    assert after == before  # still the same single pipeline object in each worker
    assert len(outputs) == 11 and {str(o.pid) for o in outputs} <= worker_pids


def _pipeline_ids() -> list[int]:
    from eventcoder.engine.worker import _PIPELINES

    return [id(p) for p in _PIPELINES.values()]


def _pid() -> int:
    import os

    return os.getpid()


def test_an_existing_cluster_is_used_through_its_scheduler_address(reference: list[dict[str, Any]]) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=":0") as cluster:
        results = list(run(small_corpus(), PipelineConfig(), engine="dask", scheduler=cluster.scheduler_address,
                           batch_size=4))
    assert_same(comparable(results), reference)
