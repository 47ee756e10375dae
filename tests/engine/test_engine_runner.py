"""The engines stream results in input order, read their input lazily and isolate bad documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventcoder.documents import Document
from eventcoder.engine import EngineStats, check_options, read_partitions, result_to_dict, run, run_to_partitions
from eventcoder.engine.worker import process_batch
from eventcoder.errors import DocumentError, EventcoderError, StoreError
from eventcoder.pipeline import DocumentResult, PipelineConfig


class Counting:
    """An input stream that remembers how many items were taken from it."""

    def __init__(self, items: list[Document | DocumentError]) -> None:
        self.items, self.taken = items, 0

    def __iter__(self) -> Iterator[Document | DocumentError]:
        for item in self.items:
            self.taken += 1
            yield item


def test_inprocess_keeps_input_order_and_passes_errors_through(corpus: list, blank_config: PipelineConfig) -> None:
    stats = EngineStats()
    results = list(run(corpus, blank_config, batch_size=4, stats=stats))
    assert [r.doc_id for r in results] == [item.doc_id if isinstance(item, DocumentError) else item.id for item in corpus]
    broken = results[3]
    assert broken.error is not None and broken.error.field == "text" and broken.document is None
    assert all(r.document is item for r, item in zip(results, corpus) if isinstance(item, Document))
    assert stats.documents == len(corpus) and stats.batches == -(-len(corpus) // 4)


def test_input_is_read_only_as_results_are_taken(corpus: list, blank_config: PipelineConfig) -> None:
    stream = Counting(corpus)
    results = run(stream, blank_config, batch_size=5)
    next(results)
    assert stream.taken == 5  # one batch in flight in process, not the corpus
    results.close()


def test_a_document_that_breaks_the_batch_fails_alone() -> None:
    class Fragile:
        def process(self, documents: list[Document]) -> Iterator[DocumentResult]:
            if any("boom" in d.text for d in documents):
                raise ValueError("tokenizer exploded")
            return iter([DocumentResult(d.id, content_hash=d.content_hash) for d in documents])

    documents = [Document("a", "fine"), Document("b", "boom"), Document("c", "fine too")]
    results = process_batch(Fragile(), documents)  # type: ignore[arg-type]
    assert [r.doc_id for r in results] == ["a", "b", "c"]
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].error is not None and "tokenizer exploded" in str(results[1].error)
    assert results[1].error.doc_id == "b" and results[1].error.stage == "parse"


@pytest.mark.parametrize(("engine", "workers", "scheduler", "batch_size", "message"), [
    ("spark", 1, None, 8, "unknown engine"),
    ("local", 0, None, 8, "--workers must be at least 1"),
    ("local", 2, None, 0, "--batch-size must be at least 1"),
    ("local", 2, "tcp://h:8786", 8, "--scheduler needs --engine dask"),
])
def test_options_that_do_not_fit_are_refused(engine: str, workers: int, scheduler: str | None, batch_size: int,
                                             message: str) -> None:
    with pytest.raises(EventcoderError, match=message):
        check_options(engine, workers, scheduler, batch_size)


@pytest.mark.slow
def test_local_processes_stream_with_bounded_work_in_flight(corpus: list, blank_config: PipelineConfig) -> None:
    stream = Counting(corpus)
    stats = EngineStats()
    results = run(stream, blank_config, engine="local", workers=2, batch_size=3, stats=stats)
    first = next(results)
    assert stream.taken <= 3 * 4  # two batches per worker at most
    rest = list(results)
    assert [first.doc_id, *(r.doc_id for r in rest)] == [item.doc_id if isinstance(item, DocumentError) else item.id
                                                         for item in corpus]
    assert 1 <= len(stats.peak_rss_by_worker) <= 2 and all(v > 0 for v in stats.peak_rss_by_worker.values())


def test_workers_write_partitions_that_read_back_as_the_stream(corpus: list, blank_config: PipelineConfig,
                                                              tmp_path: Path) -> None:
    streamed = [result_to_dict(r) for r in run(corpus, blank_config)]
    infos = run_to_partitions(corpus, blank_config, tmp_path / "out", partition_size=6)
    assert [Path(i.path).name for i in infos] == [f"part-0000{n}.parquet" for n in range(4)]
    assert sum(i.rows for i in infos) == len(corpus) and sum(i.errors for i in infos) == 1
    assert [result_to_dict(r) for r in read_partitions(tmp_path / "out")] == streamed
    with pytest.raises(StoreError, match="already holds"):
        run_to_partitions(corpus, blank_config, tmp_path / "out")


def test_an_unreachable_scheduler_says_what_to_do(monkeypatch: pytest.MonkeyPatch, blank_config: PipelineConfig) -> None:
    from eventcoder.engine import dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1)
    with pytest.raises(EventcoderError, match="cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'.*dask scheduler"):
        list(run([], blank_config, engine="dask", scheduler="tcp://127.0.0.1:9"))
    with pytest.raises(EventcoderError, match="'localhost'.*tcp://HOST:PORT"):
        list(run([], blank_config, engine="dask", scheduler="localhost"))
