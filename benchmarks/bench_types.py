#!/usr/bin/env python3
"""Score the mentions stage alone on an ACLED export: event type, sub-event type, per-sub-type F1
and the confusions that remain (the highest-confidence mention of each note against its row).

  python benchmarks/bench_types.py ACLED.csv [--limit N] [--model DIR] [--since DATE] [--until DATE]
                                             [--errors errors.jsonl] [--seed 0]

ACLED files are used only to measure; nothing from them is written into the project.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

from eventcoder.analysis import Analysis
from eventcoder.documents import Document
from eventcoder.evaluate import f1_by_label, read_acled_rows
from eventcoder.nlp import load_nlp
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import mentions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--since", default=None)
    parser.add_argument("--until", default=None)
    parser.add_argument("--errors", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=0, help="sample --limit rows at random with this seed")
    args = parser.parse_args()

    rows = read_acled_rows(args.csv, since=args.since, until=args.until)
    if args.limit and args.limit < len(rows):
        rows = random.Random(args.seed).sample(rows, args.limit)
    stage = mentions.create(PipelineConfig(model_dir=args.model))
    nlp = load_nlp()
    started = time.time()
    gold_types, pred_types, gold_subs, pred_subs = [], [], [], []
    errors = []
    found = 0
    for row, doc in zip(rows, nlp.pipe((r["notes"] for r in rows), batch_size=64)):
        analysis = Analysis(document=Document(id=row["event_id_cnty"], text=row["notes"]), doc=doc)
        stage(analysis)
        best = max(analysis.mentions, key=lambda m: m.confidence, default=None)
        found += best is not None
        gold_types.append(row["event_type"])
        gold_subs.append(row["sub_event_type"])
        pred_types.append(best.event_type if best else "NONE")
        pred_subs.append(best.sub_event_type if best else "NONE")
        if best is None or best.sub_event_type != row["sub_event_type"]:
            errors.append({"id": row["event_id_cnty"], "gold": row["sub_event_type"],
                           "pred": best.sub_event_type if best else None, "rule": best.rule if best else None,
                           "trigger": best.trigger.text if best else None, "text": row["notes"]})
    n = len(rows)
    seconds = time.time() - started
    type_acc = sum(g == p for g, p in zip(gold_types, pred_types)) / n
    sub_acc = sum(g == p for g, p in zip(gold_subs, pred_subs)) / n
    f1, weighted, macro = f1_by_label(gold_subs, pred_subs)
    support = Counter(gold_subs)
    print(f"{'sub-event type':40} {'n':>5} {'F1':>6}")
    for label in sorted(support, key=lambda lab: -support[lab]):
        print(f"{label:40} {support[label]:5d} {f1[label]:6.3f}")
    print("\nmost frequent confusions (gold -> predicted):")
    for (g, p), k in Counter((g, p) for g, p in zip(gold_subs, pred_subs) if g != p).most_common(15):
        print(f"  {k:4d}  {g} -> {p}")
    print(f"\nSUMMARY docs={n} found={found / n:.3f} event_type={type_acc:.3f} sub_event_type={sub_acc:.3f} "
          f"sub_weighted_f1={weighted:.3f} sub_macro_f1={macro:.3f} seconds={seconds:.1f}")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as out:
            for item in errors:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
