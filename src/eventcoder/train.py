"""``eventcoder train``: fit eventcoder's learned parts on a user's own ACLED export.

The model directory gets the sub-event classifier (text -> sub_event_type, fitted on the rows'
``notes``), the actor model when the actors package provides one, and a manifest.json that says
what was trained on how many rows over which dates. ``eventcoder extract --model DIR`` uses it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .classify.acled_rows import parse_acled_date, read_acled_rows
from .classify.model import TextClassifier
from .classify.model_dir import write_manifest
from .errors import InputError, ModelError

__all__ = ["TrainReport", "train", "MIN_TRAINING_ROWS"]

log = logging.getLogger(__name__)

#: Fewer rows than this cannot teach the classifier anything useful.
MIN_TRAINING_ROWS = 50


@dataclass(slots=True)
class TrainReport:
    """What ``train`` did: rows used, date span, per-sub-type counts and notes on skipped parts."""

    model_dir: Path
    rows: int
    first_date: str | None
    last_date: str | None
    sub_event_types: dict[str, int] = field(default_factory=dict)
    parts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fit_actors(rows: list[dict[str, str]], out_dir: Path, report: TrainReport) -> None:
    """Call the actors package's ``fit_actor_model(rows, out_dir)`` when it exists."""
    try:
        module = importlib.import_module("eventcoder.actors.training")
    except ImportError:
        report.notes.append("actor model not trained: eventcoder.actors.training is not available")
        return
    fit = getattr(module, "fit_actor_model", None)
    if fit is None:
        report.notes.append("actor model not trained: eventcoder.actors.training has no fit_actor_model")
        return
    fit(rows, out_dir)
    report.parts.append("actors")


def train(csv_path: Path, out_dir: Path, *, since: str | dt.date | None = None, until: str | dt.date | None = None,
          actors: bool = True) -> TrainReport:
    """Fit the sub-event classifier (and the actor model) on an ACLED CSV export; write ``out_dir``.

    ``since``/``until`` keep rows dated on or after / strictly before a day (e.g. train on the first
    80 % of a file by date and evaluate on the rest with ``evaluate(..., since=...)``).
    """
    csv_path, out_dir = Path(csv_path), Path(out_dir)
    rows = read_acled_rows(csv_path, since=since, until=until)
    if len(rows) < MIN_TRAINING_ROWS:
        raise InputError(f"{csv_path} has {len(rows)} usable rows (with notes and a date) in the chosen period; "
                         f"training needs at least {MIN_TRAINING_ROWS}")
    texts = [row["notes"] for row in rows]
    labels = [row["sub_event_type"].strip() for row in rows]
    counts = Counter(labels)
    classifier = TextClassifier.fit(texts, labels, name=f"trained on {csv_path.name}", min_df=2, c=8.0,
                                    override_threshold=0.4, fallback_threshold=0.0)
    out_dir.mkdir(parents=True, exist_ok=True)
    classifier.save(out_dir)
    dates = [parse_acled_date(row["event_date"]) for row in rows]
    report = TrainReport(out_dir, len(rows), min(dates).isoformat() if dates else None,  # type: ignore[type-var]
                         max(dates).isoformat() if dates else None, dict(counts.most_common()), ["sub_event_type"])
    if actors:
        try:
            _fit_actors(rows, out_dir, report)
        except (ModelError, InputError) as exc:
            report.notes.append(f"actor model not trained: {exc}")
    write_manifest(out_dir, source_file=csv_path.name, source_sha256=_file_sha256(csv_path), rows=len(rows),
                   first_date=report.first_date, last_date=report.last_date, since=str(since) if since else None,
                   until=str(until) if until else None, trained=report.parts, sub_event_types=report.sub_event_types,
                   notes=report.notes)
    log.info("trained %s on %d rows into %s", ", ".join(report.parts), len(rows), out_dir)
    return report
