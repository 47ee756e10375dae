"""Scoring a fitted TF-IDF + logistic-regression model with numpy alone.

scikit-learn is needed to *fit* a :class:`~eventcoder.classify.model.TextClassifier`; to *apply*
one, its arrays suffice, and importing scikit-learn (about a second) is not paid by every process
that only reads documents. The arithmetic is scikit-learn's own: word 1- and 2-grams of the
lowercased text, sublinear term frequency, idf weights, l2 normalisation, then the softmax of the
linear scores (the logistic sigmoid for two classes).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

import numpy as np

__all__ = ["LinearTextModel", "TOKEN_PATTERN"]

#: Words and numbers, as the vectorizer reads them (kept in step with ``model._VECTORIZER_OPTIONS``).
TOKEN_PATTERN = r"(?u)\b[A-Za-z][A-Za-z\-']+\b|\b\d+\b"


class LinearTextModel:
    """The fitted arrays: term -> column, idf per column, one row of weights per label."""

    def __init__(self, labels: list[str], vocabulary: dict[str, int], idf: np.ndarray, coef: np.ndarray,
                 intercept: np.ndarray, *, token_pattern: str = TOKEN_PATTERN) -> None:
        self.labels = labels
        self.vocabulary = vocabulary
        self.idf = np.asarray(idf, dtype=np.float64)
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self._tokens = re.compile(token_pattern)

    @classmethod
    def from_sklearn(cls, vectorizer: Any, model: Any) -> "LinearTextModel":
        vocabulary = {str(term): int(i) for term, i in vectorizer.vocabulary_.items()}
        return cls([str(c) for c in model.classes_], vocabulary, vectorizer.idf_, model.coef_, model.intercept_,
                   token_pattern=vectorizer.token_pattern)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(columns, tf-idf values) of the known 1- and 2-grams of ``text``, l2-normalised."""
        words = self._tokens.findall(text.lower())
        grams = Counter(words)
        grams.update(f"{a} {b}" for a, b in zip(words, words[1:]))
        known = sorted((self.vocabulary[g], n) for g, n in grams.items() if g in self.vocabulary)
        columns = np.fromiter((c for c, _ in known), dtype=np.intp, count=len(known))
        values = np.fromiter((math.log(n) + 1.0 for _, n in known), dtype=np.float64, count=len(known))
        values *= self.idf[columns]
        norm = math.sqrt(float(np.dot(values, values)))
        if norm > 0.0:
            values /= norm
        return columns, values

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """One row of label probabilities per text (columns in the order of ``labels``)."""
        rows = []
        for text in texts:
            columns, values = self.features(text)
            rows.append(self.coef[:, columns] @ values + self.intercept)
        scores = np.array(rows, dtype=np.float64).reshape(len(texts), self.coef.shape[0])
        if self.coef.shape[0] == 1:  # two labels: one row of weights, the sigmoid gives the second's probability
            positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores
