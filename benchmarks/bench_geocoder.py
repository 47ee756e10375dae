#!/usr/bin/env python3
"""Benchmark the geocoder alone: index build and load time, accuracy and throughput on ACLED notes.

Each ACLED note's first sentence stands in for the event mention (the rest of the note is context),
so the geocoder can be measured without the other stages. Scores use the same rules as the shared
acled_bench.py (admin1 with its spelling aliases, distance to the coded point, geo_precision).

  python benchmarks/bench_geocoder.py ACLED.csv [--limit 300] [--gazetteer-dir DIR] [--dump IQ.txt
        --admin1 admin1CodesASCII.txt --admin2 admin2Codes.txt] [--spacy] [--errors out.jsonl]

The ACLED file is read for measurement only; nothing from it is stored.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from eventcoder.geo.index import build_index, gazetteer_dir, index_path, km_between, load_gazetteer, save_index
from eventcoder.geo.index import _load_cached  # noqa: PLC2701 - cleared to time a cold load
from eventcoder.geo.resolver import Geocoder
from eventcoder.geo.store import add_dump


def _bench_module(path: str):  # the shared bench's admin1_key, for identical scoring
    spec = importlib.util.spec_from_file_location("acled_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def first_sentence(text: str) -> tuple[int, int]:
    m = re.search(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.\s+(?=[A-Z\[])", text)
    return (0, m.end() if m else len(text))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--gazetteer-dir", type=Path)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--admin1", type=Path)
    ap.add_argument("--admin2", type=Path)
    ap.add_argument("--spacy", action="store_true", help="parse with spaCy for entity labels (slower)")
    ap.add_argument("--rebuild", action="store_true", help="time a fresh build of the index")
    ap.add_argument("--errors", type=Path)
    ap.add_argument("--bench", default=str(Path(__file__).resolve().parents[2] / "shared" / "bench" / "acled_bench.py"))
    args = ap.parse_args()

    bench = _bench_module(args.bench)
    folder = gazetteer_dir(args.gazetteer_dir or Path(tempfile.mkdtemp(prefix="gz-")))
    timings: dict[str, float] = {}
    if args.rebuild or not index_path(folder).exists():
        t = time.perf_counter()
        index = build_index()
        timings["build_s"] = time.perf_counter() - t
        save_index(index, folder)
    if args.dump:
        t = time.perf_counter()
        add_dump(args.dump, folder, admin1_codes=args.admin1, admin2_codes=args.admin2)
        timings["add_dump_s"] = time.perf_counter() - t
    load_gazetteer(folder)  # make sure the index on disk is current
    _load_cached.cache_clear()
    t, cpu = time.perf_counter(), time.process_time()
    gz = load_gazetteer(folder)
    timings["load_s"] = time.perf_counter() - t
    timings["load_cpu_s"] = time.process_time() - cpu
    geocoder = Geocoder(gz)

    rows = bench.load_rows(args.csv, args.limit)
    nlp = None
    if args.spacy:
        from eventcoder.nlp import load_nlp
        nlp = load_nlp()
    hits = {"admin1": 0, "geo_precision": 0, "within_5km": 0, "within_25km": 0, "placed": 0}
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    t, cpu = time.perf_counter(), time.process_time()
    results = []
    for r in rows:
        text = r["notes"]
        doc = nlp(text) if nlp else None
        places = geocoder.analyse(text, doc=doc, country=r.get("country"))
        place = geocoder.event_place(places, first_sentence(text), text=text)
        results.append((r, place))
    seconds = time.perf_counter() - t
    cpu_seconds = time.process_time() - cpu
    for r, place in results:
        pred = place or None
        ok_admin1 = bool(pred) and bench.admin1_key(pred.admin1) == bench.admin1_key(r["admin1"])
        dist = (km_between(float(r["latitude"]), float(r["longitude"]), pred.latitude, pred.longitude)
                if pred and pred.latitude is not None else float("inf"))
        hits["placed"] += pred is not None
        hits["admin1"] += ok_admin1
        hits["within_5km"] += dist <= 5
        hits["within_25km"] += dist <= 25
        hits["geo_precision"] += bool(pred) and str(pred.geo_precision) == r["geo_precision"]
        if errors and (not ok_admin1 or dist > 25 or (pred and str(pred.geo_precision) != r["geo_precision"])):
            errors.write(json.dumps({"notes": r["notes"], "gold": {k: r[k] for k in ("admin1", "admin2", "location",
                                     "geo_precision")}, "km": None if dist == float("inf") else round(dist, 1),
                                     "pred": None if pred is None else {"admin1": pred.admin1, "location": pred.location,
                                     "precision": pred.geo_precision, "evidence": pred.span.text if pred.span else None}})
                         + "\n")
    n = len(rows)
    out = {k: round(v / n, 3) for k, v in hits.items()}
    out.update({k: round(v, 3) for k, v in timings.items()})
    out.update(documents=n, mentions_per_s=round(n / seconds, 1), mentions_per_cpu_s=round(n / cpu_seconds, 1), index=gz.info()["places"])
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    sys.exit(main())
