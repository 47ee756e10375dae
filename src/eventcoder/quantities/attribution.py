"""Who says so: the reporter of a figure or fact in a sentence ("medical sources said", "according to
the ministry", "Sky News reported", "Activists say").

Pure regular expressions over one sentence; returns the reporter phrase and its span. A sentence
with no reporter is the article's own statement (``None``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Attribution", "find_attributions", "attribution_for", "told_by_pronoun", "REPORTING_VERBS"]

REPORTING_VERBS = ("said", "says", "say", "reported", "reports", "report", "stated", "states", "claimed", "claims",
                   "claim", "told", "announced", "announces", "confirmed", "confirms", "added", "tweeted", "wrote",
                   "estimated", "estimates", "alleged", "alleges", "noted", "posted", "accused", "documented")
_VERBS = "|".join(REPORTING_VERBS)
# (a name may carry its acronym in brackets: "The West Papua National Liberation Army (TPNPB) said")
_REPORTER = (r"(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’.-]*|[a-z][\w'’-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|for|in|and|[a-z][\w'’-]*)){0,6}?"
             r"(?:\s+\([A-Z][A-Za-z0-9.\-]{1,11}\))?")

_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "according to medical sources", "according to the Iraqi High Commission for Human Rights"
    re.compile(rf"\b(?i:according)\s+to\s+(?P<who>{_REPORTER})(?=\s*(?:[,.;:)]|$|\s+(?:who|which|that|on|in)\b))"),
    # "as reported by Reuters", "reported by local media"
    re.compile(rf"\b(?i:(?:as\s+)?reported\s+by)\s+(?P<who>{_REPORTER})(?=\s*(?:[,.;:)]|$|\s+(?:on|in)\b))"),
    # "..., medical sources said." / "..., police said on Monday"
    re.compile(rf"[,“”\"]\s*(?P<who>{_REPORTER})\s+(?:{_VERBS})\b(?=\s*(?:[,.;:]|$|\s+(?:on|in|late|early|that|to|at)\b))"),
    # "..., said a police officer."
    re.compile(rf"[,“”\"]\s*(?:{_VERBS})\s+(?P<who>{_REPORTER})(?=\s*(?:[,.;:]|$))"),
    # "Activists say the security forces killed...", "Sky News reported that ...", "BEIRUT - The ministry says ..."
    # ('The army said "dozens" of fighters had been killed': the figure may open with a quotation mark)
    re.compile(rf"(?:^|(?<=[.;:]\s)|(?<=\s[-\u2013\u2014]\s))\s*(?P<who>{_REPORTER})\s+(?:{_VERBS})(?:\s+that)?\s+(?=[a-zA-Z\d\"“])"),
    # "..., but Turkish sources confirmed one death", "while the government says 3 died"
    re.compile(rf"\b(?:but|while|whereas|and)\s+(?P<who>{_REPORTER})\s+(?:{_VERBS})(?:\s+that)?\s+(?=[a-zA-Z\d])"),
    # "Medical sources: 5 dead"
    re.compile(r"\b(?P<who>(?:medical|security|police|hospital|local|government|official|military)\s+sources?)\b"),
)

#: The only characters outside ASCII that a case-blind pattern matches to an ASCII letter (İ, ı, ſ, Kelvin K).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _can_match(sentence: str) -> tuple[bool, ...]:
    """For each pattern, whether ``sentence`` holds a word it needs (a pattern without one is not run)."""
    folded = sentence.translate(_FOLD).lower()
    verb = any(v in sentence for v in REPORTING_VERBS)
    return "according" in folded, "reported" in folded, verb, verb, verb, verb, "source" in sentence


_NOT_REPORTERS = re.compile(r"(?i)^(?:it|this|that|which|who|he|she|they|we|i|there|as|when|after|while|on|in|also|"
                            r"the\s+statement|and|but|the\s+source|source"
                            # an article alone: ", a claim that could not be verified" names no one
                            r"|a|an|the"
                            # a correction's "An earlier version of this article said ...": no one's claim
                            r"|(?:an?\s+|the\s+)?(?:earlier|previous|original)\s+version\b.*)$")
_LEADING = re.compile(r"(?i)^(?:and|but|while|as|also)\s+")


@dataclass(frozen=True, slots=True)
class Attribution:
    """A reporter phrase found at ``start``..``end`` (document offsets when an offset was given)."""

    reporter: str
    start: int
    end: int


# an auxiliary or a sentence's full stop caught with the reporter ("The Taliban have claimed", "according to
# the International Crisis Group.", "according to OCHA."); "U.N." keeps its stop
_TRAILING = re.compile(r"\s+(?i:have|has|had)(?:\s+(?i:also|now|since))?$|(?<![A-Z])\.$|(?<=[A-Za-z]{2})\.$"
                       r"|\s+(?i:previously|earlier|later|also|separately|yesterday|today)$")


def _clean(who: str) -> str:
    who = _TRAILING.sub("", _LEADING.sub("", who.strip(" ,“”\"")))
    return re.sub(r"\s+", " ", who)


def find_attributions(sentence: str, *, offset: int = 0) -> list[Attribution]:
    """Reporter phrases in one sentence, in reading order, without duplicates."""
    return list(_attributions(sentence, offset))


@lru_cache(maxsize=256)
def _attributions(sentence: str, offset: int) -> tuple[Attribution, ...]:
    # (kept for the sentences read last: each figure of a sentence, and the claims stage, ask for its reporters)
    found: dict[tuple[int, int], Attribution] = {}
    for pattern, possible in zip(_PATTERNS, _can_match(sentence), strict=True):
        if not possible:
            continue
        for match in pattern.finditer(sentence):
            who = _clean(match.group("who"))
            if not who or _NOT_REPORTERS.match(who) or len(who.split()) > 8:
                continue
            start = match.start("who") + match.group("who").find(who.split()[0])
            key = (start, start + len(who))
            if not any(s <= key[0] < e or key[0] <= s < key[1] for s, e in found):
                found[key] = Attribution(who, start + offset, start + len(who) + offset)
    return tuple(sorted(found.values(), key=lambda a: a.start))


_CLAUSE_SPLIT = re.compile(r"[;,]|\b(?:but|while|whereas|although)\b")


def attribution_for(sentence: str, position: int, *, offset: int = 0) -> Attribution | None:
    """The reporter of the figure or fact at ``position`` (document offset) in ``sentence``: the one
    in the same clause ("HPG claimed 7 were killed but Turkish sources confirmed one death"), else
    the nearest one in the sentence ("At least 50 were wounded, medical sources said")."""
    attributions = find_attributions(sentence, offset=offset)
    if not attributions:
        return None
    local = position - offset
    cuts = [0, *(m.start() for m in _CLAUSE_SPLIT.finditer(sentence)), len(sentence)]
    clause = next(((a, b) for a, b in zip(cuts, cuts[1:]) if a <= local < b), (0, len(sentence)))
    same = [a for a in attributions if clause[0] <= a.start - offset < clause[1]]
    return min(same or attributions, key=lambda a: min(abs(a.start - position), abs(a.end - position)))


#: A reporter named by a pronoun ("..., it said.", "They said 8 had died"): the one the sentence before named.
_PRONOUN_REPORTER = re.compile(rf"[,“”\"]\s*(?i:it|they|he|she)\s+(?:{_VERBS})\b"
                               rf"(?=\s*(?:[,.;:]|$|\s+(?:on|that|in)\b))"
                               rf"|^\s*(?i:it|they|he|she)\s+(?:{_VERBS})\s+(?:that\s+)?(?=[\w\d])")


def told_by_pronoun(sentence: str) -> bool:
    """Whether ``sentence`` names its reporter only by a pronoun ("... have left 8 dead since December, it said.")."""
    return _PRONOUN_REPORTER.search(sentence) is not None
