"""Cue phrases (data/classify/cues.json) found in a parsed text, matched on word forms and lemmas.

A phrase is a sequence of tokens separated by spaces. A phrase token matches a word when it equals
the word's lower-case form or its lemma; a token written ``=IS`` must equal the surface form
exactly (so the group "IS" never matches the verb "is"). Words inside DATE entities never match
(the month "March" is not a march).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

__all__ = ["Cue", "CueSet", "CueLexicon", "load_lexicon"]


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue phrase found in the text: ``start``/``end`` are token indices in the Doc."""

    category: str
    phrase: str
    start: int
    end: int


class CueSet:
    """The cues found in a stretch of text, by category."""

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self.by_category: dict[str, list[Cue]] = defaultdict(list)
        for cue in cues:
            self.by_category[cue.category].append(cue)

    def has(self, *categories: str) -> bool:
        return any(self.by_category.get(c) for c in categories)

    def get(self, category: str) -> list[Cue]:
        return self.by_category.get(category, [])

    def within(self, start: int, end: int) -> "CueSet":
        """The cues whose tokens lie in [start, end)."""
        return CueSet([c for c in self.cues if c.start >= start and c.end <= end])

    def without(self, start: int, end: int) -> "CueSet":
        """The cues that do not touch tokens [start, end)."""
        return CueSet([c for c in self.cues if c.end <= start or c.start >= end])

    def phrases(self, category: str) -> set[str]:
        return {c.phrase for c in self.get(category)}

    def __len__(self) -> int:
        return len(self.cues)


def _word_keys(token: "Token") -> tuple[str, ...]:
    if token.pos_ == "PROPN" and token.is_title:  # a capitalised common noun the tagger took for a name, as after
        return (token.lower_, token.lemma_.lower(), "=" + token.text, _singular(token.lower_))  # a dateline
    return (token.lower_, token.lemma_.lower(), "=" + token.text)


def _singular(word: str) -> str:
    """"protesters" -> "protester", "gunmen" -> "gunman": the lemma of a plural the tagger left whole."""
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


class CueLexicon:
    """Every cue phrase by category, indexed by its first token for a single pass over the text."""

    def __init__(self, phrases: dict[str, list[str]]) -> None:
        self.categories = sorted(phrases)
        self._index: dict[str, list[tuple[str, str, tuple[str, ...]]]] = defaultdict(list)
        for category, items in phrases.items():
            for phrase in items:
                parts = tuple(phrase.split())
                if parts:
                    self._index[parts[0]].append((category, phrase, parts))

    def find(self, span: "SpacySpan") -> CueSet:
        """All cue phrases in a span of a Doc (overlapping matches of different categories kept)."""
        tokens = list(span)
        keys = [_word_keys(t) if t.ent_type_ != "DATE" else () for t in tokens]
        found: list[Cue] = []
        seen: set[tuple[str, int, int]] = set()
        index = self._index
        for i, token_keys in enumerate(keys):
            opening = [key for key in token_keys if key in index]  # (most tokens open no phrase)
            for key in dict.fromkeys(opening):  # in order, so the cues found never depend on hashing
                for category, phrase, parts in index[key]:
                    end = i + len(parts)
                    if end > len(tokens):
                        continue
                    if all(parts[k] in keys[i + k] for k in range(1, len(parts))):
                        mark = (category, tokens[i].i, tokens[end - 1].i + 1)
                        if mark not in seen:
                            seen.add(mark)
                            found.append(Cue(category, phrase, tokens[i].i, tokens[end - 1].i + 1))
        return CueSet(found)


@lru_cache(maxsize=1)
def load_lexicon() -> CueLexicon:
    """The bundled cue lexicon (keys starting with ``_`` are comments)."""
    text = resources.files("eventcoder").joinpath("data/classify/cues.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return CueLexicon({k: v for k, v in data.items() if not k.startswith("_")})
