"""Throughput and memory of a run, next to spaCy's own ``nlp.pipe`` over the same texts.

The clock starts once the workers have their models loaded (start-up is reported apart), so the
rates are what a long corpus sees. Use a corpus of a few thousand documents: with fewer, the
first and last batches (when some workers idle) weigh on the figures.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from ..documents import Document
from ..errors import DocumentError
from ..nlp import load_nlp
from ..pipeline import PipelineConfig
from .corpus import count_words
from .runner import DEFAULT_BATCH_SIZE, EngineStats, check_options, open_engine
from .worker import cached_pipeline, peak_rss_bytes

__all__ = ["Throughput", "BenchReport", "measure_engine", "measure_spacy", "benchmark"]

Items = Callable[[], Iterable[Document | DocumentError]]


@dataclass
class Throughput:
    """Documents and words over the timed part of a run."""

    documents: int = 0
    words: int = 0
    seconds: float = 0.0
    startup_seconds: float = 0.0  # not in ``seconds``: starting workers and loading models
    first_result_seconds: float = 0.0  # within ``seconds``: latency of the first batch

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def add(self, words: int, started: float) -> None:
        self.documents += 1
        self.words += words
        if self.documents == 1:
            self.first_result_seconds = time.perf_counter() - started

    def summary(self) -> dict[str, float]:
        return {"documents": self.documents, "words": self.words, "seconds": round(self.seconds, 3),
                "startup_seconds": round(self.startup_seconds, 3),
                "first_result_seconds": round(self.first_result_seconds, 3),
                "docs_per_second": round(self.docs_per_second, 2), "words_per_second": round(self.words_per_second, 1)}


@dataclass
class BenchReport:
    """What ``eventcoder bench`` prints."""

    engine: str
    workers: int
    batch_size: int
    stages: list[str]
    eventcoder: Throughput
    events: int = 0
    errors: int = 0
    parent_peak_rss: int = 0
    peak_rss_by_worker: dict[str, int] = field(default_factory=dict)
    spacy: Throughput | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)  # all workers together, "parse" included

    @property
    def ratio_to_spacy(self) -> float | None:
        """eventcoder's words/s over plain ``nlp.pipe``'s (1.0 = as fast as parsing alone)."""
        if self.spacy is None or not self.spacy.words_per_second:
            return None
        return self.eventcoder.words_per_second / self.spacy.words_per_second

    def to_dict(self) -> dict[str, Any]:
        mib = 1024 * 1024
        data = {k: v for k, v in asdict(self).items() if k not in {"eventcoder", "spacy", "peak_rss_by_worker"}}
        data["eventcoder"] = self.eventcoder.summary()
        data["spacy_nlp_pipe"] = self.spacy.summary() if self.spacy else None
        data["ratio_to_spacy"] = round(self.ratio_to_spacy, 3) if self.ratio_to_spacy is not None else None
        # the same the other way up: the pipeline's time over nlp.pipe's (1.0 = the stages cost nothing)
        data["time_ratio"] = round(1 / self.ratio_to_spacy, 3) if self.ratio_to_spacy else None
        data["parent_peak_rss_mib"] = round(self.parent_peak_rss / mib, 1)
        data["peak_rss_mib_by_worker"] = {k: round(v / mib, 1) for k, v in sorted(self.peak_rss_by_worker.items())}
        data["stage_seconds"] = {k: round(v, 3) for k, v in self.stage_seconds.items()}
        total = sum(self.stage_seconds.values())
        data["stage_share"] = {k: round(v / total, 4) for k, v in self.stage_seconds.items()} if total else {}
        del data["parent_peak_rss"]
        return data


def _words(item: Document | DocumentError | None) -> int:
    return count_words(item.text) if isinstance(item, Document) else 0


def measure_engine(items: Iterable[Document | DocumentError], config: PipelineConfig, *, engine: str,
                   workers: int, scheduler: str | None, batch_size: int) -> BenchReport:
    """Start ``engine``, wait until its workers are ready, then time it over ``items`` (results discarded)."""
    stats, throughput = EngineStats(), Throughput()
    report = BenchReport(engine, workers, batch_size, ["parse", *config.stages], throughput)
    check_options(engine, workers, scheduler, batch_size)
    started = time.perf_counter()
    with open_engine(config, engine=engine, workers=workers, scheduler=scheduler) as session:
        session.warm_up()
        throughput.startup_seconds = time.perf_counter() - started
        # in process, the pipeline may have run before: its totals so far are not this run's
        before = dict(cached_pipeline(config).stage_seconds) if engine == "inprocess" else {}
        started = time.perf_counter()
        for result in session.run(items, batch_size=batch_size, stats=stats):
            throughput.add(_words(result.document), started)
            report.events += len(result.events)
            report.errors += result.error is not None
        throughput.seconds = time.perf_counter() - started
    report.workers = stats.workers
    report.parent_peak_rss = peak_rss_bytes()
    report.peak_rss_by_worker = dict(stats.peak_rss_by_worker)
    report.stage_seconds = {name: seconds - before.get(name, 0.0) for name, seconds in stats.stage_seconds.items()}
    return report


def measure_spacy(items: Iterable[Document | DocumentError], config: PipelineConfig, *, processes: int) -> Throughput:
    """Plain ``nlp.pipe`` (the same model, batch size and number of processes) over the same texts.

    The model is loaded before the clock starts; with ``processes > 1`` spaCy starts its worker
    processes inside ``pipe``, so that start-up is inside ``seconds`` (it cannot be separated).
    """
    throughput = Throughput()
    started = time.perf_counter()
    nlp = load_nlp(config.nlp_package)
    throughput.startup_seconds = time.perf_counter() - started
    texts = (item.text for item in items if isinstance(item, Document))
    started = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=config.batch_size, n_process=processes):
        throughput.add(len(doc.text.split()), started)
    throughput.seconds = time.perf_counter() - started
    return throughput


def benchmark(items: Items, config: PipelineConfig, *, engine: str = "inprocess", workers: int = 1,
              scheduler: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
              baseline: bool = True) -> BenchReport:
    """Measure the engine over ``items()``, then (if ``baseline``) spaCy alone over ``items()`` again.

    ``items`` is called once per run so a corpus is streamed, never held.
    """
    report = measure_engine(items(), config, engine=engine, workers=workers, scheduler=scheduler,
                            batch_size=batch_size)
    if baseline:
        report.spacy = measure_spacy(items(), config, processes=max(1, report.workers))
    return report
