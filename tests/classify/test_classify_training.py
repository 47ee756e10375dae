"""ACLED rows, `train`, the model directory and the evaluation helpers, on an invented ACLED-format file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventcoder.classify.acled_rows import parse_acled_date, read_acled_rows
from eventcoder.classify.model_dir import MANIFEST, load_classifier, read_manifest
from eventcoder.errors import InputError, ModelError
from eventcoder.evaluate import f1_by_label, publication_date
from eventcoder.train import train


@pytest.mark.parametrize("text", ["26-Oct-19", "2019-10-26", "26 October 2019"])
def test_acled_date_formats(text: str) -> None:
    assert parse_acled_date(text) == dt.date(2019, 10, 26)


def test_since_and_until_split_a_file_without_overlap(acled_csv: Path) -> None:
    before = read_acled_rows(acled_csv, until="2020-01-10")
    after = read_acled_rows(acled_csv, since="2020-01-10")
    assert len(before) + len(after) == len(read_acled_rows(acled_csv)) == 60
    assert max(parse_acled_date(r["event_date"]) for r in before) < dt.date(2020, 1, 10)
    assert min(parse_acled_date(r["event_date"]) for r in after) == dt.date(2020, 1, 10)


def test_a_file_without_notes_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("event_date,event_type\n01-Jan-20,Protests\n", encoding="utf-8")
    with pytest.raises(InputError, match="notes"):
        read_acled_rows(path)


def test_bad_until_option_names_itself(acled_csv: Path) -> None:
    with pytest.raises(InputError, match="--until"):
        read_acled_rows(acled_csv, until="soon")


def test_train_writes_classifier_and_manifest(acled_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    report = train(acled_csv, out, actors=False)
    manifest = read_manifest(out)
    assert manifest["rows"] == report.rows == 60
    assert manifest["first_date"] == "2020-01-05" and manifest["last_date"] == "2020-01-14"
    assert manifest["trained"] == ["sub_event_type"]
    classifier = load_classifier(out)
    assert classifier.best("Police fired tear gas to disperse protesters.")[0] == "Protest with intervention"


def test_train_refuses_too_few_rows(acled_csv: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="at least"):
        train(acled_csv, tmp_path / "m", until="2020-01-06", actors=False)


def test_manifest_of_another_format_is_refused(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text(json.dumps({"format_version": 99}), encoding="utf-8")
    with pytest.raises(ModelError, match="retrain"):
        read_manifest(tmp_path)


def test_f1_by_label_weights_by_support() -> None:
    f1, weighted, macro = f1_by_label(["a", "a", "b", "b"], ["a", "a", "a", "b"])
    assert f1["a"] == pytest.approx(0.8) and f1["b"] == pytest.approx(2 / 3)
    assert weighted == pytest.approx((0.8 * 2 + 2 / 3 * 2) / 4)
    assert macro == pytest.approx((0.8 + 2 / 3) / 2)


def test_publication_date_is_after_the_event_and_stable() -> None:
    row = {"event_date": "26-Oct-19", "event_id_cnty": "X1", "notes": "n"}
    first = publication_date(row)
    assert first == publication_date(row)
    assert first is not None and 0 <= (first - dt.date(2019, 10, 26)).days <= 6
