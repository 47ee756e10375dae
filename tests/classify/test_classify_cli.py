"""`eventcoder train` / `eventcoder evaluate` from the command line, and a trained model in the stage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventcoder.analysis import Analysis
from eventcoder.cli import app
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import mentions


def test_train_command_writes_a_model_directory(acled_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    result = CliRunner().invoke(app, ["train", str(acled_csv), "-o", str(out), "--no-actors"])
    assert result.exit_code == 0, result.output
    assert "trained sub_event_type on 60 rows (2020-01-05 to 2020-01-14)" in result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["source_file"] == "acled.csv" and manifest["format_version"] == 1


def test_train_command_reports_a_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train", str(tmp_path / "nope.csv"), "-o", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert "cannot read the ACLED file" in result.output


@pytest.mark.slow
def test_evaluate_command_scores_every_field(acled_csv: Path, tmp_path: Path) -> None:
    report = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["evaluate", str(acled_csv), "--limit", "10", "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert "sub_event_type" in result.output and "most frequent confusions" in result.output or "F1" in result.output
    scores = json.loads(report.read_text(encoding="utf-8"))
    assert scores["rows"] == 10
    assert scores["scores"]["found"] == 1.0
    assert scores["scores"]["event_type"] >= 0.8


@pytest.mark.slow
def test_a_trained_model_refines_the_rules(nlp, acled_csv: Path, tmp_path: Path) -> None:
    from eventcoder.train import train

    train(acled_csv, tmp_path / "model", actors=False)
    stage = mentions.create(PipelineConfig(model_dir=tmp_path / "model"))
    text = "On 20 January, teachers held a sit-in outside the ministry demanding unpaid wages."
    analysis = Analysis(document=Document(id="t", text=text), doc=nlp(text))
    stage(analysis)
    (mention,) = analysis.mentions
    assert mention.sub_event_type == "Peaceful protest"
    assert mention.confidence > 0.8  # rules and the trained model agree
