"""What a story is about: political violence and protest, or another beat that borrows its words.

Sports reports "attack", markets "plunge" and "rally", forecasts "batter" a city, film reviews
"bomb". The words of each beat (data/article/topics.json) are counted over the whole document;
a story whose words are mostly of one other beat is that beat's news. Sentences that name a
conflict actor or weapon themselves still count ("fans clashed with police after the match").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

__all__ = ["Topic", "TopicLexicon", "load_topics", "CONFLICT", "OFF_TOPIC_MIN_WORDS", "OFF_TOPIC_RATIO"]

CONFLICT = "conflict"
#: Word lists that are kept beside the beats but name no beat of their own.
NOT_BEATS = frozenset({"casualty", "crowd", "idioms", "security", "people", "office"})
#: A beat needs at least this many of its words, and this many times the conflict words, to own a story.
OFF_TOPIC_MIN_WORDS = 4
OFF_TOPIC_RATIO = 2.0
_MAX_PHRASE = 5
#: Beat words that are nouns only: the verb of the same lemma is another word ("forcing a million to flee").
_NOUNS_ONLY = frozenset({"force", "base", "tank", "shell", "star", "share", "index", "title", "final"})


#: A match's score ("beat Chelsea 2-1", "won 4-0 at home") weighs as much as this many sports words.
SCORELINE_WEIGHT = 3
_SCORE = re.compile(r"^\d{1,2}[-\u2013]\d{1,2}$")
_DASHES = frozenset({"-", "\u2013"})


def _scorelines(tokens: "Doc | SpacySpan | list[Token]") -> int:
    """How many match scores the tokens hold: two small numbers joined by a dash ("4-0", "2 - 1"), followed by no
    noun and no number ("10-15 people", "3-4 March" are ranges) and not a range's words ("between", "aged")."""
    toks = list(tokens)
    found = 0
    for i, token in enumerate(toks):
        if _SCORE.match(token.text):
            end = i + 1
        elif (token.like_num and token.text.isdigit() and len(token.text) <= 2 and i + 2 < len(toks)
              and toks[i + 1].text in _DASHES and toks[i + 2].text.isdigit() and len(toks[i + 2].text) <= 2):
            end = i + 3
        else:
            continue
        before = toks[i - 1].lower_ if i else ""
        after = toks[end] if end < len(toks) else None
        if before in {"between", "from", "aged", "ages", "of"} or (
                after is not None and (after.pos_ in {"NOUN", "NUM", "PROPN"} or after.text in _DASHES)):
            continue
        found += 1
    return found


@dataclass(frozen=True, slots=True)
class Topic:
    """The beat a document reads as, with its word counts (``name`` is "conflict" for our news)."""

    name: str
    counts: dict[str, int]

    @property
    def off_topic(self) -> bool:
        return self.name != CONFLICT


class TopicLexicon:
    """Each beat's words: single words match a token's lower-case form or lemma; phrases match words in a row."""

    def __init__(self, topics: dict[str, list[str]]) -> None:
        self.single: dict[str, set[str]] = {}
        self.phrases: dict[tuple[str, ...], set[str]] = {}
        for topic, words in topics.items():
            for word in words:
                parts = tuple(word.lower().split())
                if len(parts) == 1:
                    self.single.setdefault(parts[0], set()).add(topic)
                else:
                    self.phrases.setdefault(parts[:_MAX_PHRASE], set()).add(topic)
        self.openers = frozenset(key[0] for key in self.phrases)  # a phrase can start only at one of these words

    def count(self, tokens: "Doc | SpacySpan | list[Token]") -> Counter[str]:
        """How many words of each beat the tokens hold."""
        counts: Counter[str] = Counter()
        words = [t.lower_ for t in tokens]
        lemmas = [t.lemma_.lower() for t in tokens]
        verbs = [t.pos_ == "VERB" for t in tokens]
        for i in range(len(words)):
            topics = self.single.get(words[i]) or (None if verbs[i] and lemmas[i] in _NOUNS_ONLY else self.single.get(lemmas[i]))
            if topics:
                counts.update(topics)
            if words[i] not in self.openers:
                continue
            for n in range(2, min(_MAX_PHRASE, len(words) - i) + 1):
                # a phrase's last word may be inflected ("suicide bombers", "falling trees")
                topics = self.phrases.get(tuple(words[i:i + n])) or self.phrases.get((*words[i:i + n - 1], lemmas[i + n - 1]))
                if topics:
                    counts.update(topics)
        scores = _scorelines(tokens)
        if scores:
            counts["sports"] += SCORELINE_WEIGHT * scores
        return counts

    def phrases_in(self, tokens: "Doc | SpacySpan", topic: str) -> list[tuple[str, int, int]]:
        """The phrases of ``topic`` found in ``tokens``, with their character offsets."""
        found = []
        words = [t.lower_ for t in tokens]
        for i in range(len(words)):
            if words[i] not in self.openers:
                continue
            for n in range(2, _MAX_PHRASE + 1):
                key = tuple(words[i:i + n])
                if len(key) == n and topic in self.phrases.get(key, ()):
                    last = tokens[i + n - 1]
                    found.append((" ".join(key), tokens[i].idx, last.idx + len(last.text)))
        return found

    def topic(self, doc: "Doc") -> Topic:
        """The document's beat: another beat when its words are many and outnumber conflict's."""
        counts = self.count(doc)
        # the police and the forces act in every beat (a police football club, a bank raid): they weigh half
        conflict = counts.get(CONFLICT, 0) - counts.get("security", 0) / 2
        others = [(n, t) for t, n in counts.items() if t != CONFLICT and t not in NOT_BEATS]
        best_count, best = max(others, default=(0, CONFLICT))
        if best_count >= OFF_TOPIC_MIN_WORDS and best_count >= OFF_TOPIC_RATIO * conflict:
            return Topic(best, dict(counts))
        return Topic(CONFLICT, dict(counts))


@lru_cache(maxsize=1)
def load_topics() -> TopicLexicon:
    """The bundled beats (data/article/topics.json)."""
    raw = json.loads(resources.files("eventcoder").joinpath("data/article/topics.json").read_text(encoding="utf-8"))
    return TopicLexicon({k: v for k, v in raw.items() if not k.startswith("_")})
