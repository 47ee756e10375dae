"""The learned part: a TF-IDF + logistic-regression text classifier over ACLED sub-event types.

The default instance is fitted, in a fraction of a second, on the example sentences the project
wrote itself from the codebook's definitions (data/classify/examples.jsonl). ``eventcoder train``
fits another on a user's own ACLED export. A fitted classifier is saved as plain arrays (.npz,
no pickle) and a JSON vocabulary, so loading a model directory never runs code from it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from ..taxonomy import SUB_EVENT_TYPES
from .linear import TOKEN_PATTERN, LinearTextModel

__all__ = ["TextClassifier", "default_classifier", "load_examples", "CLASSIFIER_FILES"]

#: The files a saved classifier consists of, inside a model directory.
CLASSIFIER_FILES = ("classifier.json", "classifier.npz")

_VECTORIZER_OPTIONS: dict[str, Any] = {"ngram_range": (1, 2), "sublinear_tf": True, "lowercase": True,
                                       "token_pattern": TOKEN_PATTERN}


class TextClassifier:
    """Text -> sub-event type with a probability. ``override_threshold`` is how sure it must be to
    overrule the rules; ``fallback_threshold`` how sure to type a short report no rule covers."""

    def __init__(self, name: str, scorer: LinearTextModel, *, override_threshold: float = 0.6,
                 fallback_threshold: float = 0.2) -> None:
        self.name = name
        self.scorer = scorer
        self.override_threshold = override_threshold
        self.fallback_threshold = fallback_threshold

    @property
    def labels(self) -> list[str]:
        return list(self.scorer.labels)

    @classmethod
    def fit(cls, texts: list[str], labels: list[str], *, name: str, min_df: int = 1, c: float = 4.0,
            **thresholds: float) -> "TextClassifier":
        """Fit on texts and their sub-event types (labels outside ACLED's 25 are rejected)."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        unknown = sorted({label for label in labels if label not in SUB_EVENT_TYPES})
        if unknown:
            raise ModelError(f"training labels {unknown} are not ACLED sub-event types; fix the input's sub_event_type column")
        if len(set(labels)) < 2:
            raise ModelError("training needs examples of at least two sub-event types")
        vectorizer = TfidfVectorizer(min_df=min_df, **_VECTORIZER_OPTIONS)
        features = vectorizer.fit_transform(texts)
        model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
        model.fit(features, labels)
        return cls(name, LinearTextModel.from_sklearn(vectorizer, model), **thresholds)

    def probabilities(self, texts: list[str]) -> np.ndarray:
        return self.scorer.probabilities(texts)

    def best(self, text: str) -> tuple[str, float]:
        """The most likely sub-event type of a text and its probability."""
        row = self.probabilities([text])[0]
        k = int(np.argmax(row))
        return self.labels[k], float(row[k])

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        scorer = self.scorer
        meta = {"name": self.name, "labels": self.labels, "vocabulary": scorer.vocabulary,
                "override_threshold": self.override_threshold, "fallback_threshold": self.fallback_threshold}
        (directory / CLASSIFIER_FILES[0]).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(directory / CLASSIFIER_FILES[1], idf=scorer.idf, coef=scorer.coef, intercept=scorer.intercept)

    @classmethod
    def load(cls, directory: Path) -> "TextClassifier":
        meta_path, arrays_path = (directory / name for name in CLASSIFIER_FILES)
        if not meta_path.exists() or not arrays_path.exists():
            raise ModelError(f"{directory} holds no trained classifier ({', '.join(CLASSIFIER_FILES)}); "
                             "create one with `eventcoder train ACLED.csv -o DIR`")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            with np.load(arrays_path, allow_pickle=False) as arrays:
                idf, coef, intercept = arrays["idf"], arrays["coef"], arrays["intercept"]
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(f"cannot read the classifier in {directory}: {exc}; retrain it with `eventcoder train`") from exc
        scorer = LinearTextModel(list(meta["labels"]), meta["vocabulary"], idf, coef, intercept)
        return cls(meta["name"], scorer, override_threshold=meta["override_threshold"],
                   fallback_threshold=meta["fallback_threshold"])


def load_examples() -> list[tuple[str, str]]:
    """The project's own labelled sentences, (text, sub_event_type), written from the codebook."""
    path = resources.files("eventcoder").joinpath("data/classify/examples.jsonl")
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            pairs.append((item["text"], item["sub_event_type"]))
    return pairs


_DEFAULT_FIT: dict[str, Any] = {"name": "codebook-examples model", "c": 10.0, "override_threshold": 1.01,
                                 "fallback_threshold": 0.0}


@lru_cache(maxsize=1)
def default_classifier() -> TextClassifier:
    """The classifier fitted on the bundled examples (never on ACLED rows).

    Fitting takes seconds (scikit-learn's import included), so the fitted arrays are kept in the
    user cache (``$EVENTCODER_HOME/classifier``, else ``~/.cache/eventcoder/classifier``) under a
    fingerprint of the examples and the fit options; later processes load them in milliseconds."""
    home = os.environ.get("EVENTCODER_HOME")
    return cached_default_classifier((Path(home) if home else Path.home() / ".cache" / "eventcoder") / "classifier")


def cached_default_classifier(cache: Path) -> TextClassifier:
    """The default classifier from ``cache``, fitted and stored there first if it is missing or stale.
    A cache that cannot be written only costs the fit."""
    path = resources.files("eventcoder").joinpath("data/classify/examples.jsonl")
    recipe = json.dumps([_DEFAULT_FIT, _VECTORIZER_OPTIONS, _sklearn_version()], sort_keys=True, default=str)
    digest = hashlib.sha256(path.read_bytes() + recipe.encode("utf-8")).hexdigest()[:16]
    folder = cache / digest
    if folder.is_dir():
        try:
            return TextClassifier.load(folder)
        except ModelError:  # a damaged entry: refitted and written anew below
            shutil.rmtree(folder, ignore_errors=True)
    texts, labels = zip(*load_examples())
    options = dict(_DEFAULT_FIT)
    model = TextClassifier.fit(list(texts), list(labels), name=options.pop("name"), c=options.pop("c"), **options)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=cache, prefix=".fit-"))
        model.save(staging)
        try:
            os.replace(staging, folder)  # atomic: a reader never sees half an entry
        except OSError:  # another process stored it first
            shutil.rmtree(staging, ignore_errors=True)
    except OSError:
        pass
    return model


def _sklearn_version() -> str:
    try:
        return metadata.version("scikit-learn")
    except metadata.PackageNotFoundError:
        return "-"
