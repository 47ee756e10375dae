#!/usr/bin/env python3
"""Score the actors part alone on an ACLED export: actor1/actor2/inter1 accuracy with the gold
sub-event type given, so type errors of other stages do not count.

  python benchmarks/bench_actors.py ACLED.csv [--limit N] [--model MODEL_DIR] [--last-fraction 0.2]
                                     [--train-fraction 0.8] [--errors errors.jsonl]

--train-fraction F trains an actor model on the first F of the rows by date (in a temporary
folder) and scores the rest with it: the `eventcoder train` path.

Each row's notes are one document published on the event date. ACLED data is read at run time
only; nothing from it is stored in the project.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

from eventcoder.actors.resolver import ActorResolver


def parse_date(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--model", type=Path, help="a model directory written by eventcoder train")
    ap.add_argument("--last-fraction", type=float, default=0.0, help="score only the latest rows by date")
    ap.add_argument("--train-fraction", type=float, default=0.0, help="train on the earliest rows, score the rest")
    ap.add_argument("--parse", action="store_true", help="parse the notes with spaCy so syntax cues are used")
    ap.add_argument("--errors")
    args = ap.parse_args()
    with open(args.csv, encoding="utf-8-sig", newline="") as f:
        rows = [r for r in csv.DictReader(f) if (r.get("notes") or "").strip()]
    resolver = ActorResolver()
    model = None
    if args.model:
        from eventcoder.actors.training import load_actor_model
        model = load_actor_model(args.model, resolver=resolver)
    if args.last_fraction or args.train_fraction:
        rows.sort(key=lambda r: parse_date(r["event_date"]))
    if args.train_fraction:
        import tempfile
        from eventcoder.actors.training import fit_actor_model, load_actor_model
        cut = int(len(rows) * args.train_fraction)
        folder = Path(tempfile.mkdtemp(prefix="actor-model-"))
        fit_actor_model(rows[:cut], folder, resolver=resolver)
        model = load_actor_model(folder, resolver=resolver)
        rows = rows[cut:]
    elif args.last_fraction:
        rows = rows[int(len(rows) * (1 - args.last_fraction)):]
    if args.limit:
        step = max(1, len(rows) // args.limit)
        rows = rows[::step][:args.limit]
    hits: Counter[str] = Counter()
    misses: Counter[tuple[str, str]] = Counter()
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    docs = [None] * len(rows)
    if args.parse:
        from eventcoder.nlp import load_nlp
        docs = list(load_nlp().pipe((r["notes"] for r in rows), batch_size=64))
    for r, doc in zip(rows, docs):
        text = r["notes"]
        when = parse_date(r["event_date"])
        context = resolver.context(r["country"], when, model.as_of if model is not None else None)
        roles = resolver.resolve(text, 0, len(text), r["sub_event_type"], context, doc)
        if model is not None:
            roles = model.refine(roles, text=text, sentence=text, sub_event_type=r["sub_event_type"], context=context)
        a1 = roles.actor1.name if roles.actor1 else ""
        a2 = roles.actor2.name if roles.actor2 else ""
        i1 = str(roles.actor1.inter) if roles.actor1 else ""
        hits["actor1"] += a1 == r["actor1"]
        hits["actor1_name"] += re.sub(r" \(\d{4}-(\d{4})?\)", "", a1) == re.sub(r" \(\d{4}-(\d{4})?\)", "", r["actor1"])
        hits["actor2"] += a2 == r["actor2"]
        hits["inter1"] += i1 == r["inter1"]
        if a1 != r["actor1"]:
            misses[(r["actor1"], a1)] += 1
        if errors and a1 != r["actor1"]:
            errors.write(json.dumps({"notes": text, "sub": r["sub_event_type"], "gold": r["actor1"], "pred": a1,
                                     "gold2": r["actor2"], "pred2": a2}) + "\n")
    n = len(rows)
    for key in ("actor1", "actor1_name", "actor2", "inter1"):
        print(f"{key:<12} {hits[key] / n:.3f}")
    print("most common actor1 confusions (gold -> predicted):")
    for (gold, pred), count in misses.most_common(15):
        print(f"  {count:4d}  {gold} -> {pred}")
    print(f"SUMMARY rows={n} actor1={hits['actor1'] / n:.3f} inter1={hits['inter1'] / n:.3f} actor2={hits['actor2'] / n:.3f}")


if __name__ == "__main__":
    main()
