"""Applying a fitted classifier with numpy alone, and the cached default classifier."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from eventcoder.classify.linear import LinearTextModel
from eventcoder.classify.model import _VECTORIZER_OPTIONS, TextClassifier, cached_default_classifier

TEXTS = ["Soldiers clashed with rebels near the bridge.", "Rebels fought the army for two days.",
         "Protesters marched peacefully to the square.", "Students rallied outside the ministry.",
         "Police fired tear gas at the crowd of protesters.", "A car bomb exploded at the market."]
LABELS = ["Armed clash", "Armed clash", "Peaceful protest", "Peaceful protest", "Protest with intervention",
          "Remote explosive/landmine/IED"]
PROBES = ["the army clashed with rebels again", "a peaceful march of students", "tear gas and a bomb", "", "12 12 12"]


def _sklearn_pair(labels: list[str]):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(**_VECTORIZER_OPTIONS)
    model = LogisticRegression(C=4.0, max_iter=2000).fit(vectorizer.fit_transform(TEXTS), labels)
    return vectorizer, model


@pytest.mark.parametrize("labels", [LABELS, ["Armed clash"] * 2 + ["Peaceful protest"] * 4], ids=["many", "two"])
def test_numpy_scores_equal_scikit_learns(labels: list[str]) -> None:
    vectorizer, model = _sklearn_pair(labels)
    scorer = LinearTextModel.from_sklearn(vectorizer, model)
    expected = model.predict_proba(vectorizer.transform(PROBES))
    assert scorer.labels == [str(c) for c in model.classes_]
    assert np.allclose(scorer.probabilities(PROBES), expected, rtol=0, atol=1e-12)


def test_the_default_classifier_is_fitted_once_then_loaded_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    first = cached_default_classifier(tmp_path)
    assert len(list(tmp_path.iterdir())) == 1

    def no_fit(*args, **kwargs):
        raise AssertionError("the cached classifier was fitted again")

    monkeypatch.setattr(TextClassifier, "fit", no_fit)
    again = cached_default_classifier(tmp_path)
    assert again.labels == first.labels and again.name == first.name
    assert again.fallback_threshold == first.fallback_threshold
    assert np.array_equal(again.probabilities(PROBES), first.probabilities(PROBES))


def test_a_damaged_cache_entry_is_refitted(tmp_path: Path) -> None:
    first = cached_default_classifier(tmp_path)
    (entry,) = tmp_path.iterdir()
    (entry / "classifier.npz").write_bytes(b"not an archive")
    assert np.array_equal(cached_default_classifier(tmp_path).probabilities(PROBES), first.probabilities(PROBES))
    assert TextClassifier.load(entry).labels == first.labels  # the entry was written anew


def test_an_unwritable_cache_still_gives_the_classifier(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    model = cached_default_classifier(blocked / "classifier")
    assert model.best("Police fired tear gas to disperse the demonstrators.")[0] == "Protest with intervention"
