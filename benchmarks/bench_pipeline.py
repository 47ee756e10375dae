"""How much the eventcoder pipeline costs on top of spaCy's own nlp.pipe, stage by stage.

Usage: python benchmarks/bench_pipeline.py DOCS.jsonl [--limit N] [--repeat K]

DOCS.jsonl is in eventcoder's input format. To use ACLED notes (measurement only, never committed):
  python benchmarks/bench_pipeline.py --acled ../shared/data/acled/acled-iraq-2019-03_2020-06.csv --limit 1000
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import defaultdict
from itertools import islice
from pathlib import Path

from eventcoder.analysis import Analysis
from eventcoder.documents import Document, read_documents
from eventcoder.pipeline import Pipeline, PipelineConfig


class TimedStage:
    """Wraps a stage and adds up the time it takes."""

    def __init__(self, stage, totals: dict[str, float]) -> None:
        self.stage, self.totals = stage, totals
        self.name, self.requires, self.assigns = stage.name, stage.requires, stage.assigns

    def __call__(self, analysis: Analysis) -> None:
        start = time.perf_counter()
        self.stage(analysis)
        self.totals[self.name] += time.perf_counter() - start


def acled_documents(path: Path, limit: int) -> list[Document]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = [r for r in csv.DictReader(stream) if r.get("notes")]
    return [Document(id=str(i), text=r["notes"], country=r.get("country")) for i, r in enumerate(rows[:limit])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("docs", nargs="?", type=Path)
    parser.add_argument("--acled", type=Path, help="an ACLED CSV: use its notes as documents")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=1, help="repeat the documents K times (small inputs)")
    args = parser.parse_args()
    if args.acled:
        documents = acled_documents(args.acled, args.limit)
    else:
        documents = [d for d in islice(read_documents([args.docs]), args.limit) if isinstance(d, Document)]
    documents = documents * args.repeat
    words = sum(len(d.text.split()) for d in documents)

    pipeline = Pipeline.from_config(PipelineConfig())
    list(pipeline.process(documents[:2]))  # warm up: load gazetteer, lexicons, models

    start = time.perf_counter()
    for _ in pipeline.nlp.pipe((d.text for d in documents), batch_size=pipeline.config.batch_size):
        pass
    spacy_seconds = time.perf_counter() - start

    totals: dict[str, float] = defaultdict(float)
    pipeline.stages = [TimedStage(s, totals) for s in pipeline.stages]
    start = time.perf_counter()
    events = sum(len(r.events) for r in pipeline.process(documents))
    total_seconds = time.perf_counter() - start

    print(f"documents {len(documents)}, words {words}, events {events}")
    print(f"spaCy nlp.pipe alone : {spacy_seconds:8.2f} s  {len(documents) / spacy_seconds:8.1f} docs/s  {words / spacy_seconds:9.0f} words/s")
    print(f"eventcoder pipeline  : {total_seconds:8.2f} s  {len(documents) / total_seconds:8.1f} docs/s  {words / total_seconds:9.0f} words/s")
    print(f"ratio pipeline/spaCy : {total_seconds / spacy_seconds:8.2f}x")
    for name, seconds in totals.items():
        print(f"  stage {name:<10} {seconds:8.2f} s  ({100 * seconds / total_seconds:4.1f}% of the pipeline)")


if __name__ == "__main__":
    main()
