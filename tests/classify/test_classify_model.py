"""The learned text classifier: fitting, saving without pickle, loading, and the bundled examples."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from eventcoder.classify.model import CLASSIFIER_FILES, TextClassifier, default_classifier, load_examples
from eventcoder.errors import ModelError
from eventcoder.taxonomy import SUB_EVENT_TYPES


def test_bundled_examples_cover_all_25_sub_event_types() -> None:
    labels = {label for _, label in load_examples()}
    assert labels == set(SUB_EVENT_TYPES)


def test_default_classifier_reads_plain_descriptions() -> None:
    model = default_classifier()
    assert model.best("Police fired tear gas to disperse the demonstrators.")[0] == "Protest with intervention"
    assert model.best("Warplanes bombed the rebel positions.")[0] == "Air/drone strike"


def test_save_and_load_round_trip_gives_the_same_probabilities(tmp_path: Path) -> None:
    texts = ["soldiers clashed with rebels", "rebels fought the army", "protesters marched peacefully",
             "students rallied in the square"]
    labels = ["Armed clash", "Armed clash", "Peaceful protest", "Peaceful protest"]
    model = TextClassifier.fit(texts, labels, name="tiny")
    model.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(CLASSIFIER_FILES)
    json.loads((tmp_path / "classifier.json").read_text(encoding="utf-8"))  # plain JSON, no pickle
    loaded = TextClassifier.load(tmp_path)
    probe = ["the army clashed with rebels", "a peaceful march"]
    assert np.allclose(model.probabilities(probe), loaded.probabilities(probe))
    assert loaded.labels == ["Armed clash", "Peaceful protest"]


def test_labels_outside_the_codebook_are_rejected() -> None:
    with pytest.raises(ModelError, match="not ACLED sub-event types"):
        TextClassifier.fit(["a", "b"], ["Armed clash", "Riot"], name="bad")


def test_loading_an_empty_directory_says_how_to_make_a_model(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="eventcoder train"):
        TextClassifier.load(tmp_path)
