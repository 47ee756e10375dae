"""How much the eventcoder pipeline costs on top of spaCy's own nlp.pipe, stage by stage, against a saved baseline.

Usage: python benchmarks/bench_pipeline.py DOCS.jsonl [--limit N] [--repeat K] [--name NAME] [--save]

DOCS.jsonl is in eventcoder's input format. To use ACLED notes (measurement only, never committed):
  python benchmarks/bench_pipeline.py --acled ../shared/data/acled/acled-iraq-2019-03_2020-06.csv --limit 1000
  python benchmarks/bench_pipeline.py examples/seeds.jsonl --repeat 20

Both runs happen in this one process, after a warm-up (model, gazetteer, lexicons loaded), with
the same texts and batch size: spaCy's nlp.pipe alone, then the whole pipeline, ``--rounds``
times in turn (default 2); each keeps its best round. The time ratio is taken on CPU time (this process's
user + system seconds), which other jobs on a shared machine disturb far less than wall time.
The figures are compared with the run of the same name in the baseline file
(benchmarks/baseline.json); ``--save`` stores them there.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import time
from itertools import islice
from pathlib import Path

from eventcoder.documents import Document, read_documents
from eventcoder.engine.baseline import report_against_baseline
from eventcoder.pipeline import Pipeline, PipelineConfig

BASELINE = Path(__file__).resolve().parent / "baseline.json"


def acled_documents(path: Path, limit: int) -> list[Document]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = [r for r in csv.DictReader(stream) if r.get("notes")]
    return [Document(id=str(i), text=r["notes"], country=r.get("country")) for i, r in enumerate(rows[:limit])]


def clocks() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def timed_spacy(pipeline: Pipeline, documents: list[Document]) -> tuple[float, float]:
    wall, cpu = clocks()
    for _ in pipeline.nlp.pipe((d.text for d in documents), batch_size=pipeline.config.batch_size):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu


class TimedStage:
    """Wraps a stage and adds up the CPU time it takes (so this script also times older code)."""

    def __init__(self, stage, totals: dict[str, float]) -> None:
        self.stage, self.totals = stage, totals
        self.name, self.requires, self.assigns = stage.name, stage.requires, stage.assigns

    def __call__(self, analysis) -> None:
        start = time.process_time()
        try:
            self.stage(analysis)
        finally:
            self.totals[self.name] += time.process_time() - start


def timed_pipeline(pipeline: Pipeline, documents: list[Document]) -> tuple[float, float, int, dict[str, float]]:
    totals = {stage.name: 0.0 for stage in pipeline.stages}
    stages = pipeline.stages
    pipeline.stages = [TimedStage(stage, totals) for stage in stages]
    wall, cpu = clocks()
    try:
        events = sum(len(r.events) for r in pipeline.process(documents))
    finally:
        pipeline.stages = stages
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return wall, cpu, events, {"parse": max(cpu - sum(totals.values()), 0.0), **totals}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("docs", nargs="?", type=Path)
    parser.add_argument("--acled", type=Path, help="an ACLED CSV: use its notes as documents")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=1, help="repeat the documents K times (small inputs)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="time each side this many times, in turn, and keep the best (the first pass of either "
                             "fills spaCy's vocabulary and caches, which would favour the one that runs second)")
    parser.add_argument("--name", help="the run's name in the baseline file (default: from the input)")
    parser.add_argument("--baseline", type=Path, default=BASELINE, help="the baseline file (default: %(default)s)")
    parser.add_argument("--save", action="store_true", help="store this run's figures in the baseline file")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if args.acled:
        documents = acled_documents(args.acled, args.limit)
        name = args.name or f"{args.acled.stem.split('-')[1]}-{len(documents)}"
    elif args.docs:
        documents = [d for d in islice(read_documents([args.docs]), args.limit) if isinstance(d, Document)]
        name = args.name or f"{args.docs.stem}-x{args.repeat}"
    else:
        parser.error("give DOCS.jsonl or --acled CSV")
    documents = documents * args.repeat
    words = sum(len(d.text.split()) for d in documents)

    pipeline = Pipeline.from_config(PipelineConfig())
    list(pipeline.process(documents[:2]))  # warm up: load gazetteer, lexicons, models

    spacy_runs, pipeline_runs = [], []
    for _ in range(max(1, args.rounds)):
        spacy_runs.append(timed_spacy(pipeline, documents))
        pipeline_runs.append(timed_pipeline(pipeline, documents))
    spacy_wall, spacy_cpu = min(w for w, _ in spacy_runs), min(c for _, c in spacy_runs)
    best = min(pipeline_runs, key=lambda run: run[1])
    wall, cpu, events, stages = min(r[0] for r in pipeline_runs), best[1], best[2], best[3]
    staged = sum(stages.values()) or 1.0
    figures = {
        "documents": len(documents), "words": words, "events": events,
        "time_ratio": round(cpu / spacy_cpu, 3), "wall_ratio": round(wall / spacy_wall, 3),
        "cpu_seconds": round(cpu, 2), "spacy_cpu_seconds": round(spacy_cpu, 2),
        "words_per_second": round(words / cpu, 1), "docs_per_second": round(len(documents) / cpu, 2),
        "spacy_words_per_second": round(words / spacy_cpu, 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "stage_share": {k: round(v / staged, 4) for k, v in stages.items()},
    }
    if args.json:
        print(json.dumps({"name": name, **figures}, ensure_ascii=False))
    else:
        print(f"{name}: documents {len(documents)}, words {words}, events {events}")
        print(f"spaCy nlp.pipe alone : {spacy_cpu:8.2f} s CPU ({spacy_wall:.2f} s wall)  "
              f"{len(documents) / spacy_cpu:8.1f} docs/s  {words / spacy_cpu:9.0f} words/s")
        print(f"eventcoder pipeline  : {cpu:8.2f} s CPU ({wall:.2f} s wall)  "
              f"{len(documents) / cpu:8.1f} docs/s  {words / cpu:9.0f} words/s")
        print(f"time ratio pipeline/spaCy: {figures['time_ratio']:.2f}x CPU ({figures['wall_ratio']:.2f}x wall); "
              f"peak RSS {figures['peak_rss_mib']:.0f} MiB")
        for stage, seconds in stages.items():
            print(f"  stage {stage:<10} {seconds:8.2f} s CPU ({100 * seconds / staged:4.1f}% of the pipeline)")
    report_against_baseline(args.baseline, name, figures, save=args.save)


if __name__ == "__main__":
    main()
