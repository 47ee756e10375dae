#!/usr/bin/env python3
"""Score the dates and counts stages alone against ACLED-coded events (no spaCy, no other stage).

Each row's ``notes`` becomes a document published 0-6 days after the event (the same lag as
acled_bench.py); one stand-in mention spans the first sentence. The dates, counts and claims stages
run on it and the mention's date, time_precision and fatalities are compared with the row.

  python benchmarks/bench_dates_counts.py ACLED.csv [--limit N] [--errors errors.jsonl]

The ACLED file is the user's (its terms forbid redistribution): this script only reads it to measure.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import time
from collections import Counter

from eventcoder.analysis import Analysis, EventMention
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import claims, counts, dates


def lag(event_id: str) -> int:
    return int(hashlib.sha256(event_id.encode()).hexdigest(), 16) % 7


def load_rows(path: str, limit: int) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        rows = [r for r in csv.DictReader(stream) if (r.get("notes") or "").strip()]
    rows.sort(key=lambda r: r.get("event_id_cnty") or r.get("data_id") or "")
    if limit:
        step = max(1, len(rows) // limit)
        rows = rows[::step][:limit]
    return rows


def analyse(doc_id: str, text: str, published: dt.date) -> Analysis:
    analysis = Analysis(document=Document(id=doc_id, text=text, published=published))
    first = counts.sentence_spans(analysis)[0]
    sentence = analysis.span(*first)
    analysis.mentions.append(EventMention(sentence=sentence, trigger=analysis.span(first[0], first[0] + 1),
                                          event_type="", sub_event_type="", confidence=1.0))
    config = PipelineConfig()
    for stage in (dates.create(config), counts.create(config), claims.create(config)):
        stage(analysis)
    return analysis


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("csv")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--errors", help="write the rows scored wrong here (JSON Lines)")
    args = parser.parse_args()
    rows = load_rows(args.csv, args.limit)
    hits: Counter[str] = Counter()
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    start = time.perf_counter()
    for row in rows:
        doc_id = row.get("event_id_cnty") or row["data_id"]
        gold_date = dt.datetime.strptime(row["event_date"], "%d-%b-%y").date()
        analysis = analyse(doc_id, row["notes"], gold_date + dt.timedelta(days=lag(doc_id)))
        mention = analysis.mentions[0] if analysis.mentions else None
        date = mention.date if mention else None
        fatalities = mention.fatalities.value if mention and mention.fatalities else 0
        ok = {
            "event_date": date is not None and date.date == gold_date,
            "time_precision": date is not None and str(date.precision) == row["time_precision"],
            "fatalities": str(fatalities) == row["fatalities"],
            "dated": date is not None,
            "not_after_publication": date is None or date.date <= analysis.document.published,  # type: ignore[operator]
        }
        hits.update(k for k, v in ok.items() if v)
        hits["kept"] += mention is not None
        if errors and not all(ok.values()):
            errors.write(json.dumps({"doc_id": doc_id, "notes": row["notes"], "published": str(analysis.document.published),
                                     "gold": {k: row[k] for k in ("event_date", "time_precision", "fatalities")},
                                     "pred": {"event_date": str(date.date) if date else None,
                                              "time_precision": date.precision if date else None,
                                              "rule": date.rule if date else None, "fatalities": fatalities},
                                     "wrong": [k for k, v in ok.items() if not v]}) + "\n")
    seconds = time.perf_counter() - start
    if errors:
        errors.close()
    n = len(rows)
    for key in ("event_date", "time_precision", "fatalities", "dated", "not_after_publication", "kept"):
        print(f"{key:<22} {hits[key] / n:.3f}")
    print(f"documents              {n}\nseconds                {seconds:.1f}")


if __name__ == "__main__":
    main()
