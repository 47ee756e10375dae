"""Cold start: a fresh `eventcoder extract` of one document, from process start to its events written.

Usage: python benchmarks/bench_coldstart.py [DOC.jsonl] [--runs N] [--src DIR ...] [--save]

Each run is a new process (the model, the gazetteer and the lexicons load from disk, as for a
user's first command). It reports the wall time, the CPU time (user + system, which other jobs
on a shared machine disturb far less) and the peak resident memory of that process. With
several ``--src`` folders (``src`` of older checkouts) the runs alternate between them, so they
are compared back to back on the same machine. The default document is the first seed article.
Compile the sources first (``python -m compileall -q src``) to time what an installed package
does; without bytecode files every start compiles eventcoder's modules again.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventcoder.engine.baseline import report_against_baseline

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "benchmarks" / "baseline.json"
COMMAND = "from eventcoder.cli import main; main()"


def one_run(document: Path, src: Path | None) -> dict[str, float]:
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH", "")]))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "events.jsonl"
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", COMMAND, "extract", str(document), "-o", str(out)],
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        if status != 0 or not out.exists() or not out.read_text(encoding="utf-8").strip():
            raise SystemExit(f"the run with src={src} failed or wrote no event (status {status})")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_mib": usage.ru_maxrss / 1024}


def first_document(path: Path) -> Path:
    line = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    target = Path(tempfile.mkdtemp()) / "one.jsonl"
    target.write_text(line + "\n", encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("docs", nargs="?", type=Path, default=ROOT / "examples" / "seeds.jsonl",
                        help="JSON Lines; its first document is used (default: the first seed article)")
    parser.add_argument("--runs", type=int, default=3, help="runs per source folder")
    parser.add_argument("--src", type=Path, action="append", help="a src folder to time (repeatable; default: installed)")
    parser.add_argument("--name", default="cold-start-seed", help="the run's name in the baseline file")
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    parser.add_argument("--save", action="store_true", help="store the (first --src's) figures in the baseline file")
    args = parser.parse_args()
    document = first_document(args.docs)
    sources: list[Path | None] = list(args.src) if args.src else [None]
    runs: dict[str, list[dict[str, float]]] = {str(s): [] for s in sources}
    one_run(document, sources[0])  # the first start after a while also pays for the disk cache
    for _ in range(args.runs):
        for src in sources:
            runs[str(src)].append(one_run(document, src))
    results = {}
    for src, items in runs.items():
        figures = {"start_wall_seconds": round(statistics.median(r["wall"] for r in items), 2),
                   "start_cpu_seconds": round(statistics.median(r["cpu"] for r in items), 2),
                   "peak_rss_mib": round(max(r["rss_mib"] for r in items), 1), "runs": len(items)}
        results[src] = figures
        walls = ", ".join(f"{r['wall']:.2f}" for r in items)
        print(f"{'installed' if src == 'None' else src}: median wall {figures['start_wall_seconds']:.2f} s, "
              f"median CPU {figures['start_cpu_seconds']:.2f} s, peak RSS {figures['peak_rss_mib']:.0f} MiB "
              f"({len(items)} runs, wall {walls})")
    first = results[str(sources[0])]
    report_against_baseline(args.baseline, args.name, first, save=args.save)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
