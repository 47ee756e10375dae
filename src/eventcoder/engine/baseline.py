"""Saved benchmark figures, and how a new run compares with them (so a slowdown shows in review).

A baseline file is JSON: ``{"note": "...", "runs": {NAME: FIGURES}}``, where FIGURES holds some of
``time_ratio`` (the pipeline's time over spaCy's own ``nlp.pipe`` on the same texts: 1.0 means
the stages cost nothing), ``words_per_second``, ``docs_per_second``, ``peak_rss_mib`` and
``stage_share`` (stage -> fraction of the pipeline's time), and for a cold start
``start_cpu_seconds`` and ``start_wall_seconds``. Throughput and times depend on the machine; the
time ratio and the memory much less, so those two decide whether a run regressed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from ..errors import EventcoderError

__all__ = ["TOLERANCE", "load_baseline", "save_baseline", "compare_figures", "report_against_baseline"]

#: How much worse than the baseline the time ratio or the peak memory may get before it is called a regression.
TOLERANCE = 0.10


def load_baseline(path: Path) -> dict[str, Any]:
    """The runs of a baseline file (``{}`` for a file that does not exist yet)."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EventcoderError(f"cannot read the baseline file {path}: {exc}") from exc
    runs = data.get("runs") if isinstance(data, dict) else None
    if not isinstance(runs, dict):
        raise EventcoderError(f"{path} is not a baseline file: it needs a 'runs' object")
    return runs


def save_baseline(path: Path, name: str, figures: dict[str, Any], *, note: str | None = None) -> None:
    """Store ``figures`` as run ``name`` of the baseline file, keeping its other runs."""
    data: dict[str, Any] = {"note": note or "", "runs": {}}
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        if note:
            data["note"] = note
    data.setdefault("runs", {})[name] = figures
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def _change(new: float, old: float) -> str:
    return f"{(new - old) / old:+.0%}" if old else "new"


def compare_figures(current: dict[str, Any], saved: dict[str, Any], *,
                    tolerance: float = TOLERANCE) -> tuple[list[str], bool]:
    """Lines setting ``current`` beside ``saved``, and whether the time ratio or peak memory got
    worse by more than ``tolerance``."""
    lines: list[str] = []
    regressed = False
    for key, label, decides in (("time_ratio", "time ratio to nlp.pipe", True),
                                ("peak_rss_mib", "peak RSS MiB", True),
                                ("words_per_second", "words/s", False),
                                ("docs_per_second", "docs/s", False),
                                ("start_cpu_seconds", "cold start CPU s", False),
                                ("start_wall_seconds", "cold start wall s", False)):
        new, old = current.get(key), saved.get(key)
        if new is None or old is None:
            continue
        worse = decides and new > old * (1 + tolerance)
        regressed |= worse
        lines.append(f"  {label:<24} {old:>10,.2f} -> {new:>10,.2f}  ({_change(new, old)}){'  REGRESSION' if worse else ''}")
    old_shares, new_shares = saved.get("stage_share") or {}, current.get("stage_share") or {}
    for stage in [*new_shares, *(s for s in old_shares if s not in new_shares)]:
        old, new = old_shares.get(stage), new_shares.get(stage)
        lines.append(f"  share {stage:<18} {'-' if old is None else f'{old:.1%}':>10} -> {'-' if new is None else f'{new:.1%}':>10}")
    return lines, regressed


def report_against_baseline(path: Path, name: str, figures: dict[str, Any], *, save: bool = False,
                            out: TextIO = sys.stderr) -> bool:
    """Print ``figures`` beside run ``name`` of the baseline file (``REGRESSION`` when worse), store them
    there when ``save``; returns whether they regressed."""
    regressed = False
    saved = load_baseline(path).get(name)
    if saved:
        lines, regressed = compare_figures(figures, saved)
        print(f"compared with {path.name} [{name}]:", *lines, sep="\n", file=out)
        if regressed:
            print("REGRESSION: slower or larger than the saved baseline", file=out)
    if save:
        save_baseline(path, name, figures)
        print(f"saved as {name!r} in {path}", file=out)
    return regressed
