#!/usr/bin/env python3
"""Does confidence mean something? Score it on hand-labelled records and measure it on ACLED notes.

1. The labelled set (benchmarks/data/confidence_set.jsonl: short texts written for this project, each
   with the records a reader expects from it) runs through the pipeline. Each record is matched to its
   label (a piece of its notes, and its location where one sentence gives several records): ``right``,
   ``wrong`` (a real event with the fields in ``wrong`` mistaken) or ``invented`` (no such event; every
   record of a ``no_event`` text is invented). Reported: the AUROC of the overall confidence for real
   against invented records and for right against the rest, and per field (type, location, date,
   actor1, fatalities) the AUROC of the field's confidence for right against wrong fields of real events.
   A label may name the sub-types a reader accepts (``types``) instead of a verdict: the record is right when
   its sub-type is one of them, else its kind is wrong. Texts carry a ``split`` ("tune": looked at while
   setting the values; "heldout": not); per part (the first texts have none), the AUROC of the type's
   confidence for records of the right kind against records of the wrong kind or invented ones.
2. With ``--acled E.jsonl ...`` (the ``--errors`` files of acled_bench.py: each document's ACLED row and
   the best predicted record), the accuracy of type, admin1 and actor1 by confidence bin. These rows
   are only measured here: nothing from them is kept in the project.

  python benchmarks/bench_confidence.py [--set FILE] [--events EVENTS.jsonl] [--acled E.jsonl ...]
                                         [--acled-bench acled_bench.py] [--json OUT] [--show]

With ``--acled-bench`` the admin1 and actor1 names are compared with that script's own keys (its spellings
of admin1 names), so the accuracies match its table; without it a plain lower-case comparison is used.

AUROC: the chance that a random record of the first kind scores above a random one of the second
(ties count half); 0.5 is no better than chance.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SET = Path(__file__).with_name("data") / "confidence_set.jsonl"
#: The labelled fields and the record's field_confidence key for each.
FIELDS = {"type": "event_type", "location": "location", "date": "event_date", "actor1": "actor1",
          "fatalities": "fatalities"}
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def auroc(positives: Iterable[float], negatives: Iterable[float]) -> float | None:
    pos, neg = list(positives), list(negatives)
    if not pos or not neg:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def load_set(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def extract(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from eventcoder.pipeline import extract as run

    items = [{k: d[k] for k in ("id", "text", "published", "country", "title") if d.get(k)} for d in docs]
    return [event.to_dict() for event in run(items)]


def label_records(docs: list[dict[str, Any]], records: list[dict[str, Any]]) -> tuple[list[tuple[dict, dict]], list[dict]]:
    """Each record with its label; and the records no label matches (to be labelled)."""
    by_doc = {d["id"]: d for d in docs}
    labelled, unlabelled = [], []
    for record in records:
        doc = by_doc.get(record["doc_id"])
        if doc is None:
            continue
        if doc.get("no_event"):
            labelled.append((record, {"label": "invented"}))
            continue
        notes = record.get("notes") or ""
        found = [lab for lab in doc["events"] if lab["notes"] in notes
                 and lab.get("location", record.get("location")) == record.get("location")]
        if len(found) == 1:
            labelled.append((record, _typed(found[0], record)))
        else:
            unlabelled.append(record)
    return labelled, unlabelled


def _typed(label: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
    """A label that names the sub-types a reader accepts (``types``) instead of a verdict: right when the record's
    sub-type is one of them, else a wrong type (written from the text alone, before the record was seen)."""
    if "label" in label or "types" not in label:
        return label
    if record.get("sub_event_type") in label["types"]:
        return {**label, "label": "right"}
    return {**label, "label": "wrong", "wrong": ["type"]}


def score_types(labelled: list[tuple[dict, dict]]) -> dict[str, Any]:
    """Is this a real event of this kind? The type's confidence for records of the right kind against records of
    the wrong kind and invented ones, and the overall confidence for real against invented records."""
    good, bad = [], []
    for record, lab in labelled:
        value = (record.get("field_confidence") or {}).get("event_type", 0.0)
        (bad if lab["label"] == "invented" or "type" in lab.get("wrong", []) else good).append(value)
    real = [r["confidence"] for r, lab in labelled if lab["label"] != "invented"]
    invented = [r["confidence"] for r, lab in labelled if lab["label"] == "invented"]
    return {"records": len(labelled), "right_type": len(good), "wrong_or_invented": len(bad),
            "auroc_type": auroc(good, bad), "auroc_real_vs_invented": auroc(real, invented)}


def score_set(labelled: list[tuple[dict, dict]]) -> dict[str, Any]:
    real = [r["confidence"] for r, lab in labelled if lab["label"] != "invented"]
    invented = [r["confidence"] for r, lab in labelled if lab["label"] == "invented"]
    right = [r["confidence"] for r, lab in labelled if lab["label"] == "right"]
    rest = [r["confidence"] for r, lab in labelled if lab["label"] != "right"]
    fields: dict[str, Any] = {}
    for name, key in FIELDS.items():
        good, bad = [], []
        for record, lab in labelled:
            if lab["label"] == "invented":
                continue
            value = (record.get("field_confidence") or {}).get(key)
            if value is None:
                continue
            (bad if name in lab.get("wrong", []) else good).append(value)
        fields[name] = {"auroc": auroc(good, bad), "right": len(good), "wrong": len(bad),
                        "mean_right": _mean(good), "mean_wrong": _mean(bad)}
    return {"records": len(labelled), "right": len(right), "wrong": len(rest) - len(invented), "invented": len(invented),
            "auroc_real_vs_invented": auroc(real, invented), "auroc_right_vs_rest": auroc(right, rest),
            "mean_real": _mean(real), "mean_invented": _mean(invented), "fields": fields,
            "bins": _bins([(r["confidence"], lab["label"] != "invented") for r, lab in labelled])}


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def _bins(pairs: list[tuple[float, bool]]) -> list[dict[str, Any]]:
    """The share of true outcomes in each confidence bin."""
    rows = []
    for low, high in zip(BINS, BINS[1:]):
        inside = [ok for value, ok in pairs if low <= value < high]
        if inside:
            rows.append({"bin": f"{low:.1f}-{min(high, 1.0):.1f}", "n": len(inside), "share": round(sum(inside) / len(inside), 3)})
    return rows


def _norm(text: str | None) -> str:
    text = re.sub(r"\b(governorate|province|region|state)\b", " ", (text or "").lower())
    text = re.sub(r"^(al|as|an|ad|at|az)[ -]", "", re.sub(r"[^a-z0-9 -]", "", text).strip())
    return re.sub(r"[\s-]+", " ", text).strip()


def _actor(name: str | None) -> str:
    return re.sub(r"\s*\(\d{4}-\d{0,4}\)", "", (name or "").strip().lower())


#: ACLED field, whether the prediction has it right, and the field_confidence key that should say so.
ACLED_CHECKS = {
    "type": (lambda g, p: p.get("event_type") == g["event_type"], "event_type"),
    "admin1": (lambda g, p: bool(p.get("admin1")) and _norm(p.get("admin1")) == _norm(g["admin1"]), "location"),
    "actor1": (lambda g, p: _actor(p.get("actor1")) == _actor(g["actor1"]), "actor1"),
}


def use_bench_keys(script: Path) -> None:
    """Compare admin1 and actor1 as the ACLED bench script does (its admin1_key and actor_key)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("acled_bench", script)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    ACLED_CHECKS["admin1"] = (lambda g, p: bench.admin1_key(p.get("admin1")) == bench.admin1_key(g["admin1"]), "location")
    ACLED_CHECKS["actor1"] = (lambda g, p: bench.actor_key(p.get("actor1")) == bench.actor_key(g["actor1"]), "actor1")


def score_acled(path: Path) -> dict[str, Any]:
    """Accuracy of type, admin1 and actor1 by their confidence bin, over the documents with a record."""
    with open(path, encoding="utf-8") as stream:
        rows = [json.loads(line) for line in stream if line.strip()]
    found = [r for r in rows if r.get("pred")]
    result: dict[str, Any] = {"documents": len(rows), "with_record": len(found)}
    for name, (check, key) in ACLED_CHECKS.items():
        pairs = [((r["pred"].get("field_confidence") or {}).get(key, 0.0), check(r["gold"], r["pred"])) for r in found]
        good = [v for v, ok in pairs if ok]
        bad = [v for v, ok in pairs if not ok]
        result[name] = {"accuracy": round(len(good) / len(pairs), 3) if pairs else None, "auroc": auroc(good, bad),
                        "bins": _bins(pairs)}
    pairs = [(r["pred"].get("confidence") or 0.0, ACLED_CHECKS["type"][0](r["gold"], r["pred"])) for r in found]
    result["overall_vs_type"] = {"auroc": auroc([v for v, ok in pairs if ok], [v for v, ok in pairs if not ok]),
                                 "bins": _bins(pairs)}
    return result


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=SET, help="the labelled texts (JSON Lines)")
    parser.add_argument("--events", type=Path, help="score these extracted records instead of running the pipeline")
    parser.add_argument("--acled", type=Path, nargs="*", default=[], help="acled_bench.py --errors files to measure")
    parser.add_argument("--acled-bench", type=Path, help="acled_bench.py, to compare names with its keys")
    parser.add_argument("--json", type=Path, help="write every number here")
    parser.add_argument("--show", action="store_true", help="print each labelled record with its confidence")
    args = parser.parse_args()

    docs = load_set(args.set)
    if args.acled_bench:
        use_bench_keys(args.acled_bench)
    if args.events:
        with open(args.events, encoding="utf-8") as stream:
            records = [json.loads(line) for line in stream if line.strip()]
    else:
        records = extract(docs)
    records = [r for r in records if r.get("kind", "event") == "event"]
    labelled, unlabelled = label_records(docs, records)
    report: dict[str, Any] = {"set": score_set(labelled), "unlabelled": len(unlabelled)}
    splits = {d["id"]: d.get("split", "first") for d in docs}
    report["splits"] = {name: score_types([p for p in labelled if splits.get(p[0]["doc_id"]) == name])
                        for name in dict.fromkeys(splits.values())}
    report["splits"]["all"] = score_types(labelled)
    s = report["set"]
    print(f"labelled set: {len(docs)} texts, {s['records']} records ({s['right']} right, {s['wrong']} with a wrong field, "
          f"{s['invented']} invented), {len(unlabelled)} unlabelled")
    print(f"overall confidence AUROC  real vs invented {_fmt(s['auroc_real_vs_invented'])}   right vs rest "
          f"{_fmt(s['auroc_right_vs_rest'])}   (mean real {_fmt(s['mean_real'])}, invented {_fmt(s['mean_invented'])})")
    print("share real by overall confidence: " + "  ".join(f"{b['bin']}: {b['share']:.2f} (n={b['n']})" for b in s["bins"]))
    for name, f in s["fields"].items():
        print(f"  {name:<10} AUROC right vs wrong {_fmt(f['auroc'])}  (right {f['right']}, mean {_fmt(f['mean_right'])}; "
              f"wrong {f['wrong']}, mean {_fmt(f['mean_wrong'])})")
    print("type confidence, right kind vs wrong kind or invented (and overall, real vs invented), by part of the set:")
    for name, t in report["splits"].items():
        print(f"  {name:<8} {t['records']:>4} records ({t['right_type']} right kind, {t['wrong_or_invented']} wrong or "
              f"invented)  type AUROC {_fmt(t['auroc_type'])}  overall real vs invented {_fmt(t['auroc_real_vs_invented'])}")
    for record in unlabelled:
        print(f"  unlabelled: {record['doc_id']} {record.get('sub_event_type')} {record.get('location')}: "
              f"{(record.get('notes') or '')[:80]}")
    if args.show:
        for record, lab in sorted(labelled, key=lambda p: p[0]["confidence"]):
            print(f"  {record['confidence']:.3f} {lab['label']:<8} {','.join(lab.get('wrong', [])):<16} {record['doc_id']:<14} "
                  f"{record.get('sub_event_type')} | {record.get('location')}")
    for path in args.acled:
        a = score_acled(path)
        report[str(path)] = a
        print(f"ACLED {path.name}: {a['with_record']} of {a['documents']} documents with a record")
        for name in (*ACLED_CHECKS, "overall_vs_type"):
            f = a[name]
            head = f"accuracy {_fmt(f['accuracy'])} " if "accuracy" in f else ""
            print(f"  {name:<16} {head}AUROC {_fmt(f['auroc'])}  by bin: "
                  + "  ".join(f"{b['bin']}: {b['share']:.2f} (n={b['n']})" for b in f["bins"]))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
