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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.lexeme import Lexeme
    from spacy.tokens import Doc, Span as SpacySpan

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


def _word_keys(word: "Lexeme", lemma: str, propn: bool) -> tuple[str, ...]:
    """A token's lower-case form, lower-cased lemma and ``=`` surface form (``word`` is its lexeme)."""
    if propn and word.is_title:  # a capitalised common noun the tagger took for a name, as after a dateline
        return (word.lower_, lemma.lower(), "=" + word.orth_, _singular(word.lower_))
    return (word.lower_, lemma.lower(), "=" + word.orth_)


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
        self._words_of: tuple[Any, dict[tuple[int, int, bool], tuple[tuple[str, ...], tuple[str, ...]]]] = (None, {})

    def find(self, span: "SpacySpan | Doc") -> CueSet:
        """All cue phrases in a span of a Doc (overlapping matches of different categories kept)."""
        doc, first = span.doc, getattr(span, "start", 0)  # (a Doc is its own doc)
        words = self._words(doc, first, first + len(span))
        found: list[Cue] = []
        seen: set[tuple[str, int, int]] = set()
        index = self._index
        for i, (_, opening) in enumerate(words):
            if not opening:  # (most words open no phrase)
                continue
            following = words[i + 1][0] if i + 1 < len(words) else ()
            for key in opening:
                for category, phrase, parts in index[key]:
                    end = i + len(parts)
                    if end > i + 1 and (parts[1] not in following or end > len(words) or end > i + 2 and not all(
                            parts[k] in words[i + k][0] for k in range(2, len(parts)))):
                        continue
                    mark = (category, first + i, first + end)
                    if mark not in seen:
                        seen.add(mark)
                        found.append(Cue(category, phrase, first + i, first + end))
        return CueSet(found)

    def _words(self, doc: "Doc", start: int, end: int) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Each token's keys in [start, end), and those of its keys that open a phrase. Both depend only
        on the token's form, lemma, whether it is a PROPN and whether it is in a DATE: they are made once
        per such word of a vocabulary and kept."""
        vocab, strings = doc.vocab, doc.vocab.strings
        cached_vocab, words = self._words_of
        if cached_vocab is not vocab or len(words) > _MAX_CACHED_WORDS:  # (a bound on memory)
            words = {}
            self._words_of = (vocab, words)  # one assignment: a thread sharing the lexicon sees a pair that agrees
        date, propn = strings["DATE"], strings["PROPN"]
        out = []
        for orth, lemma, pos, ent in doc.to_array(_ATTRS)[start:end].tolist():
            if ent == date:
                out.append(_NO_WORD)
                continue
            key = (orth, lemma, pos == propn)
            word = words.get(key)
            if word is None:
                keys = _word_keys(vocab[orth], strings[lemma], pos == propn)
                word = words[key] = (keys, tuple(k for k in dict.fromkeys(keys) if k in self._index))
            out.append(word)
        for k, (keys, _) in enumerate(out):
            if "march" in keys and _month_of_a_day(doc, start + k):
                out[k] = _NO_WORD
        return out


def _month_of_a_day(doc: "Doc", i: int) -> bool:
    """"vadodara, march 10:", "on 4 march": the month beside a day's number, in lower-case text the parser leaves
    out of its DATE entities."""
    if doc[i].lower_ != "march":
        return False
    return any(0 <= j < len(doc) and doc[j].text.rstrip("thsndr").isdigit() and 1 <= int(doc[j].text.rstrip("thsndr")) <= 31
               for j in (i - 1, i + 1))


#: The token attributes the keys are made of, read from the parse in one call.
_ATTRS = ["ORTH", "LEMMA", "POS", "ENT_TYPE"]
#: Words inside DATE entities never match.
_NO_WORD: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
#: The distinct words a lexicon keeps keys for (past this, it starts again: a bound on memory).
_MAX_CACHED_WORDS = 200_000


@lru_cache(maxsize=1)
def load_lexicon() -> CueLexicon:
    """The bundled cue lexicon (keys starting with ``_`` are comments)."""
    text = resources.files("eventcoder").joinpath("data/classify/cues.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return CueLexicon({k: v for k, v in data.items() if not k.startswith("_")})
