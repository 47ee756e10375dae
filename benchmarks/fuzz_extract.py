"""Fuzz `eventcoder extract` with mutated documents and check that no input stops the run.

Usage: python benchmarks/fuzz_extract.py [--count N] [--seed S] [--workdir DIR] [-- EXTRA EXTRACT OPTIONS]

Writes N mutated JSON Lines (eventcoder.fuzz.mutated_lines) to DIR/corpus.jsonl, runs
``eventcoder extract DIR/corpus.jsonl -o DIR/events.jsonl --errors DIR/errors.jsonl`` once, and
prints a JSON report (also DIR/report.json):

* ``batch_failures``: 1 if the run did not end with its summary line or printed a traceback, else 0;
* ``unaccounted``: input documents minus (processed + errors), from the summary, checked against
  the errors file and the document ids in the events file;
* ``slowest_document_s``: the largest per-document time (stages plus a share of its parse group);
* ``peak_rss_mb``: the extract process's peak resident memory; ``seconds``: the run's wall time.

The run is one process, as a user would run it; ``--count 100000`` takes hours on a small machine.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from eventcoder.fuzz import mutated_lines

# the summary line of `eventcoder extract` (commands/extract.py, ExtractSummary.line): counts, then optional
# "; N without a publication date (...)", "; N not coded (...)", "; slowest document 'ID': S s"
_SUMMARY = re.compile(r"^(\d+) documents, (\d+) processed, (\d+) events, (\d+) aggregate claims, (\d+) errors"
                      r"(?:; (?!slowest document)[^;\n]*)*(?:; slowest document (.*): ([\d.]+) s)?$", re.MULTILINE)


def write_corpus(path: Path, count: int, seed: int) -> tuple[int, Counter[str], int]:
    """Write the corpus; returns (lines, mutations used, characters)."""
    used: Counter[str] = Counter()
    size = 0
    with path.open("wb") as out:
        for line, names in mutated_lines(count, seed=seed):
            used.update(names or ["none"])
            size += len(line)
            out.write(line + b"\n")
    return count, used, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=Path("fuzz-run"))
    parser.add_argument("extra", nargs="*", help="more options for extract (after --)")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus, events, errors = (args.workdir / n for n in ("corpus.jsonl", "events.jsonl", "errors.jsonl"))
    lines, used, size = write_corpus(corpus, args.count, args.seed)

    command = [str(Path(sys.executable).with_name("eventcoder")), "extract", str(corpus), "-o", str(events),
               "--errors", str(errors), *args.extra]
    started = time.perf_counter()
    with (args.workdir / "stderr.txt").open("w", encoding="utf-8") as err:
        returncode = subprocess.run(command, stderr=err, stdout=subprocess.DEVNULL).returncode
    seconds = time.perf_counter() - started
    peak_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux

    stderr = (args.workdir / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    match = _SUMMARY.search(stderr)
    documents, processed, n_events, _, n_errors = (int(g) for g in match.groups()[:5]) if match else (0,) * 5
    error_records = [json.loads(line) for line in errors.open(encoding="utf-8")] if errors.exists() else []
    event_docs = {json.loads(line)["doc_id"] for line in events.open(encoding="utf-8")} if events.exists() else set()
    failed_docs = {r["doc_id"] for r in error_records if r["doc_id"] is not None}
    report = {
        "input_documents": lines,
        "input_chars": size,
        "mutations": dict(sorted(used.items())),
        "exit_code": returncode,
        "batch_failures": int(match is None or "Traceback (most recent call last)" in stderr),
        "documents": documents,
        "processed": processed,
        "errors": n_errors,
        "error_records": len(error_records),
        "events": n_events,
        "documents_with_events": len(event_docs),
        "unaccounted": lines - processed - n_errors,
        "events_from_failed_documents": len(event_docs & failed_docs),
        "slowest_document": match.group(6) if match else None,
        "slowest_document_s": float(match.group(7)) if match and match.group(7) else None,
        "peak_rss_mb": round(peak_rss),
        "seconds": round(seconds, 1),
        "documents_per_second": round(lines / seconds, 1),
    }
    text = json.dumps(report, indent=2)
    (args.workdir / "report.json").write_text(text + "\n", encoding="utf-8")
    print(text)
    ok = (report["batch_failures"] == 0 and report["unaccounted"] == 0 and documents == lines
          and len(error_records) == n_errors)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
