"""Saved benchmark figures and the comparison that makes a slowdown visible."""

from __future__ import annotations

import json

import pytest

from eventcoder.engine.baseline import compare_figures, load_baseline, save_baseline
from eventcoder.documents import Document
from eventcoder.errors import EventcoderError
from eventcoder.pipeline import Pipeline

SAVED = {"time_ratio": 1.25, "peak_rss_mib": 400.0, "words_per_second": 3000.0,
         "stage_share": {"parse": 0.8, "places": 0.2}}


def test_a_slower_ratio_or_more_memory_is_a_regression() -> None:
    lines, regressed = compare_figures({**SAVED, "time_ratio": 1.5}, SAVED)
    assert regressed and any("time ratio" in line and "REGRESSION" in line for line in lines)
    _, regressed = compare_figures({**SAVED, "peak_rss_mib": 480.0}, SAVED)
    assert regressed


def test_small_noise_and_improvements_are_not_regressions() -> None:
    lines, regressed = compare_figures({**SAVED, "time_ratio": 1.3, "words_per_second": 1000.0,
                                        "stage_share": {"parse": 0.9, "actors": 0.1}}, SAVED)
    assert not regressed
    assert any("share actors" in line for line in lines) and any("share places" in line for line in lines)


def test_saving_keeps_the_other_runs(tmp_path) -> None:
    path = tmp_path / "baseline.json"
    assert load_baseline(path) == {}
    save_baseline(path, "a", SAVED, note="machine X")
    save_baseline(path, "b", {"time_ratio": 2.0})
    assert set(load_baseline(path)) == {"a", "b"}
    assert json.loads(path.read_text(encoding="utf-8"))["note"] == "machine X"


def test_a_file_that_is_not_a_baseline_is_refused(tmp_path) -> None:
    path = tmp_path / "other.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(EventcoderError, match="not a baseline file"):
        load_baseline(path)


class _Stage:
    def __init__(self, name: str) -> None:
        self.name, self.requires, self.assigns = name, ("doc",), (name,)

    def __call__(self, analysis) -> None:
        pass


def test_the_pipeline_adds_up_time_per_stage() -> None:
    import spacy

    pipeline = Pipeline(spacy.blank("en"), [_Stage("first"), _Stage("second")])
    results = list(pipeline.process([Document("a", "One text."), Document("b", "Another text.")]))
    assert len(results) == 2 and all(r.error is None for r in results)
    assert list(pipeline.stage_seconds) == ["parse", "first", "second"]
    assert all(seconds > 0 for seconds in pipeline.stage_seconds.values())
