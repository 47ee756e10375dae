"""``eventcoder evaluate``: score the whole pipeline, field by field, against a user's ACLED export.

Each ACLED row becomes one document (its ``notes``), published a few days after the event (0-6,
fixed per event id) so relative dates must be resolved; the highest-confidence event extracted
from each document is compared with the row. Scores: share of rows where the field matches,
sub-event weighted/macro F1, per-sub-type F1 and the most frequent confusions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .classify.acled_rows import parse_acled_date, read_acled_rows
from .documents import Document
from .pipeline import Pipeline, PipelineConfig
from .record import Event

__all__ = ["EvaluationReport", "evaluate", "evaluate_rows", "f1_by_label", "format_report", "publication_date",
           "read_acled_rows", "row_document", "FIELDS"]

#: The fields scored, in the order they are reported.
FIELDS: tuple[str, ...] = ("found", "event_type", "sub_event_type", "event_date", "time_precision", "actor1",
                           "actor2", "inter1", "inter2", "interaction", "admin1", "admin2", "location",
                           "within_25km", "geo_precision", "fatalities")
_KM_PER_RADIAN = 6371.0


@dataclass(slots=True)
class EvaluationReport:
    """Field scores (share of rows matched) and sub-event-type detail."""

    rows: int
    scores: dict[str, float]
    sub_event_weighted_f1: float
    sub_event_macro_f1: float
    sub_event_f1: dict[str, float]
    confusions: list[tuple[str, str, int]]
    support: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def f1_by_label(gold: list[str], predicted: list[str]) -> tuple[dict[str, float], float, float]:
    """Per-label F1 over the gold labels, their support-weighted mean and their plain mean."""
    labels = sorted(set(gold))
    true_pos = Counter(g for g, p in zip(gold, predicted) if g == p)
    gold_n, pred_n = Counter(gold), Counter(predicted)
    f1 = {}
    for label in labels:
        precision = true_pos[label] / pred_n[label] if pred_n[label] else 0.0
        recall = true_pos[label] / gold_n[label]
        f1[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    weighted = sum(f1[label] * gold_n[label] for label in labels) / len(gold) if gold else 0.0
    macro = sum(f1.values()) / len(f1) if f1 else 0.0
    return f1, weighted, macro


def _norm(text: Any) -> str:
    value = str(text or "").lower().replace("\u2019", "'").replace("'", "").replace("-", " ")
    value = re.sub(r"[^a-z0-9() ]", " ", value)
    value = re.sub(r"\b(governorate|province|district|city|al|el|ar|as|ad|an)\b", " ", value)
    return re.sub(r"\s+", " ", value).strip()


def _as_int(value: Any) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def _distance_km(row: dict[str, str], event: Event) -> float | None:
    try:
        lat1, lon1 = math.radians(float(row["latitude"])), math.radians(float(row["longitude"]))
    except (KeyError, TypeError, ValueError):
        return None
    if event.latitude is None or event.longitude is None:
        return None
    lat2, lon2 = math.radians(event.latitude), math.radians(event.longitude)
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _KM_PER_RADIAN * math.asin(math.sqrt(min(1.0, h)))


def _field_matches(row: dict[str, str], event: Event | None) -> dict[str, bool]:
    if event is None:
        return {name: False for name in FIELDS}
    day = parse_acled_date(row.get("event_date", ""))
    distance = _distance_km(row, event)
    return {
        "found": True,
        "event_type": event.event_type == row.get("event_type"),
        "sub_event_type": event.sub_event_type == row.get("sub_event_type"),
        "event_date": bool(day) and event.event_date == day,
        "time_precision": event.time_precision == _as_int(row.get("time_precision")),
        "actor1": _norm(event.actor1) == _norm(row.get("actor1")),
        "actor2": _norm(event.actor2) == _norm(row.get("actor2")),
        "inter1": event.inter1 == _as_int(row.get("inter1")),
        "inter2": (event.inter2 or 0) == (_as_int(row.get("inter2")) or 0),
        "interaction": event.interaction == _as_int(row.get("interaction")),
        "admin1": _norm(event.admin1) == _norm(row.get("admin1")) and bool(row.get("admin1")),
        "admin2": _norm(event.admin2) == _norm(row.get("admin2")) and bool(row.get("admin2")),
        "location": _norm(event.location) == _norm(row.get("location")) and bool(row.get("location")),
        "within_25km": distance is not None and distance <= 25.0,
        "geo_precision": event.geo_precision == _as_int(row.get("geo_precision")),
        "fatalities": event.fatalities == _as_int(row.get("fatalities")),
    }


def publication_date(row: dict[str, str]) -> dt.date | None:
    """The event's day plus 0-6 days, fixed per event id: reports come out after the event."""
    day = parse_acled_date(row.get("event_date", ""))
    if day is None:
        return None
    key = row.get("event_id_cnty") or row.get("notes", "")
    offset = int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 7
    return day + dt.timedelta(days=offset)


def row_document(row: dict[str, str], index: int) -> Document:
    """The document an ACLED row stands for: its notes, published after the event, in its country."""
    doc_id = row.get("event_id_cnty") or f"row-{index}"
    return Document(id=doc_id, text=row["notes"], published=publication_date(row), country=row.get("country") or None)


def evaluate_rows(rows: list[dict[str, str]], *, config: PipelineConfig | None = None,
                  pipeline: Pipeline | None = None,
                  progress: Callable[[int], None] | None = None) -> EvaluationReport:
    """Run the pipeline over ACLED rows and score its best event per row against each row."""
    import time

    started = time.time()
    pipeline = pipeline or Pipeline.from_config(config)
    documents = [row_document(row, i) for i, row in enumerate(rows)]
    best: dict[str, Event] = {}
    for done, result in enumerate(pipeline.process(iter(documents)), start=1):
        for event in result.events:
            current = best.get(result.doc_id or "")
            if current is None or event.confidence > current.confidence:
                best[result.doc_id or ""] = event
        if progress is not None:
            progress(done)
    hits: Counter[str] = Counter()
    gold_subs, pred_subs = [], []
    for row, document in zip(rows, documents):
        event = best.get(document.id)
        for name, matched in _field_matches(row, event).items():
            hits[name] += matched
        gold_subs.append(row.get("sub_event_type", ""))
        pred_subs.append(event.sub_event_type or "NONE" if event else "NONE")
    n = len(rows) or 1
    f1, weighted, macro = f1_by_label(gold_subs, pred_subs)
    confusions = [(g, p, k) for (g, p), k in Counter((g, p) for g, p in zip(gold_subs, pred_subs) if g != p).most_common(20)]
    return EvaluationReport(len(rows), {name: hits[name] / n for name in FIELDS}, weighted, macro, f1, confusions,
                            dict(Counter(gold_subs)), time.time() - started)


def evaluate(csv_path: Path, *, model_dir: Path | None = None, since: str | dt.date | None = None,
             until: str | dt.date | None = None, limit: int | None = None,
             config: PipelineConfig | None = None, progress: Callable[[int], None] | None = None) -> EvaluationReport:
    """Score eventcoder on an ACLED CSV export (optionally with a trained model, on a date range,
    on the first ``limit`` rows by date)."""
    rows = read_acled_rows(Path(csv_path), since=since, until=until)
    if limit is not None:
        rows = rows[:limit]
    if config is None:
        config = PipelineConfig(model_dir=Path(model_dir) if model_dir else None)
    return evaluate_rows(rows, config=config, progress=progress)


def format_report(report: EvaluationReport, lines: Iterable[str] = ()) -> str:
    """The report as plain text: field scores, per-sub-type F1 and confusions."""
    out = list(lines)
    out.append(f"{'field':22} {'score':>6}")
    out.extend(f"{name:22} {report.scores[name]:6.3f}" for name in FIELDS)
    out.append(f"sub_event weighted F1  {report.sub_event_weighted_f1:6.3f}   macro F1 {report.sub_event_macro_f1:6.3f}")
    out.append("")
    out.append(f"{'sub-event type':40} {'n':>5} {'F1':>6}")
    for label, count in sorted(report.support.items(), key=lambda item: -item[1]):
        out.append(f"{label:40} {count:5d} {report.sub_event_f1.get(label, 0.0):6.3f}")
    if report.confusions:
        out.append("")
        out.append("most frequent confusions (ACLED -> eventcoder):")
        out.extend(f"  {k:5d}  {g} -> {p}" for g, p, k in report.confusions)
    out.append(f"\n{report.rows} rows in {report.seconds:.1f} s")
    return "\n".join(out)
