#!/usr/bin/env python3
"""Did the police kill or arrest? Document-level answers from events alone, and from events plus aggregate claims.

  python benchmarks/bench_news_claims.py ../shared/data/news/ipe-dev.jsonl [--country India]

Reads a labelled file of news articles (JSON Lines with ``id``, ``text``, ``published`` and ``labels``, as
the IndiaPoliceEvents set gives them), runs the pipeline, and scores KILL and ARREST per document as
``news_bench.py ipe`` does from the events. A second line counts aggregate claims too: a tally of
deaths whose perpetrator is a state force ("officials said 73 people have died in police firing"), or
of arrests. Statewide tallies are kept out of the events by design (an ACLED event is one place and
one day); this shows how much of what the articles say the product still keeps, and where.
The file is only read: nothing from it is kept.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from eventcoder.documents import document_from_dict
from eventcoder.pipeline import Pipeline, PipelineConfig

STATE = re.compile(r"^(?:police|military) forces", re.IGNORECASE)
CROWD_FIRST = {"Violent demonstration", "Protest with intervention", "Excessive force against protesters"}


def f1(gold: list[bool], predicted: list[bool]) -> str:
    tp = sum(g and p for g, p in zip(gold, predicted))
    fp = sum(p and not g for g, p in zip(gold, predicted))
    fn = sum(g and not p for g, p in zip(gold, predicted))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"F1 {score:.3f} (P {precision:.3f} R {recall:.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--country", default="India")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.file.open(encoding="utf-8") if line.strip()]
    documents = [document_from_dict({"id": r["id"], "text": r["text"], "published": r["published"],
                                     "country": args.country}) for r in rows]
    results = {result.document.id: result for result in Pipeline.from_config(PipelineConfig()).process(documents)}
    answers: dict[str, list[tuple[bool, bool, bool]]] = {"KILL": [], "ARREST": []}
    for row in rows:
        result = results[row["id"]]
        events, claims = result.events, result.aggregates
        killed = any((e.fatalities or 0) > 0 and (STATE.match(e.actor1 or "") or (
            e.sub_event_type in CROWD_FIRST and STATE.match(e.actor2 or ""))) for e in events)
        killed_in_claims = any(c.measure == "fatalities" and c.figure > 0 and STATE.match(c.actor1 or "") for c in claims)
        arrested = any(e.sub_event_type == "Arrests" or (e.arrests or 0) > 0 for e in events)
        arrested_in_claims = any(c.measure == "arrests" and c.figure > 0 for c in claims)
        answers["KILL"].append(("KILL" in row["labels"], killed, killed or killed_in_claims))
        answers["ARREST"].append(("ARREST" in row["labels"], arrested, arrested or arrested_in_claims))
    for label, triples in answers.items():
        gold = [g for g, _, _ in triples]
        print(f"{label:<7} positives={sum(gold):4d}  events {f1(gold, [e for _, e, _ in triples])}   "
              f"events+claims {f1(gold, [c for _, _, c in triples])}")


if __name__ == "__main__":
    main()
