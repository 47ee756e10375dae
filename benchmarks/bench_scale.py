"""Scale-out measurements for docs/SCALE.md: throughput by engine and workers, and memory as the corpus grows.

Each measurement runs `eventcoder bench --json` in a fresh process, so peak memory figures are
those of that run alone. Usage (from the repository root):

    python benchmarks/bench_scale.py --docs 1000                 # throughput matrix + memory series
    python benchmarks/bench_scale.py --skip-throughput --memory-sizes 10000,100000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

EVENTCODER = [str(Path(sys.executable).with_name("eventcoder"))]


def bench(*args: str) -> dict[str, Any]:
    command = [*EVENTCODER, "bench", "--json", *args]
    print("$ eventcoder", " ".join(command[1:]), file=sys.stderr, flush=True)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def row(label: str, report: dict[str, Any]) -> str:
    ec, sp = report["eventcoder"], report["spacy_nlp_pipe"]
    workers = ", ".join(f"{v:.0f}" for v in report["peak_rss_mib_by_worker"].values())
    ratio = f"{report['ratio_to_spacy']:.2f}" if report["ratio_to_spacy"] is not None else "-"
    spacy = f"{sp['words_per_second']:,.0f}" if sp else "-"
    return (f"| {label} | {ec['documents']:,} | {ec['docs_per_second']:,.1f} | {ec['words_per_second']:,.0f} | "
            f"{spacy} | {ratio} | {report['parent_peak_rss_mib']:.0f} | {workers} | {ec['startup_seconds']:.1f} |")


HEADER = ("| run | docs | docs/s | words/s | nlp.pipe words/s | ratio | parent peak MiB | worker peak MiB | start-up s |\n"
          "|---|---|---|---|---|---|---|---|---|")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000, help="generated documents for the throughput runs")
    parser.add_argument("--memory-sizes", default="10000,100000", help="corpus sizes for the memory series")
    parser.add_argument("--memory-full-sizes", default="1000,10000",
                        help="corpus sizes for the memory series with the full pipeline (short documents)")
    parser.add_argument("--workers", default="1,2", help="worker counts for the local engine (e.g. 1,2,4,8,16)")
    parser.add_argument("--dask-workers", default="2", help="worker counts for the Dask engine (e.g. 1,2,4,8,16)")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--json-out", type=Path, help="also write every report here (JSON Lines)")
    args = parser.parse_args()
    reports: list[tuple[str, dict[str, Any]]] = []

    if not args.skip_throughput:
        runs: list[tuple[str, list[str]]] = [("inprocess", [])]
        for n in (int(w) for w in args.workers.split(",") if w):
            runs.append((f"local, {n} process{'es' if n > 1 else ''}", ["--engine", "local", "--workers", str(n)]))
        for n in (int(w) for w in args.dask_workers.split(",") if w):
            runs.append((f"dask LocalCluster, {n} worker{'s' if n > 1 else ''}", ["--engine", "dask", "--workers", str(n)]))
        for label, extra in runs:
            reports.append((f"full pipeline, {label}", bench("--generate", str(args.docs), *extra)))
    if not args.skip_memory:
        for size in [int(s) for s in args.memory_full_sizes.split(",") if s]:
            reports.append((f"memory: full pipeline, 1-2 sentences, inprocess",
                            bench("--generate", str(size), "--sentences", "1-2", "--no-baseline")))
        for size in [int(s) for s in args.memory_sizes.split(",") if s]:
            for label, extra in [("inprocess", []), ("local, 2 processes", ["--engine", "local", "--workers", "2"])]:
                reports.append((f"memory: tokenizer only (blank:en, no stages), {label}",
                                bench("--generate", str(size), "--nlp-package", "blank:en", "--stages", "none",
                                      "--no-baseline", *extra)))

    print(HEADER)
    for label, report in reports:
        print(row(label, report))
    if args.json_out:
        args.json_out.write_text("".join(json.dumps({"run": label, **r}) + "\n" for label, r in reports), encoding="utf-8")


if __name__ == "__main__":
    main()
