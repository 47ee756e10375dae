"""The matcher skips the patterns whose words are absent from a text; that must never change what it finds."""

from __future__ import annotations

import pytest

from eventcoder.actors.lexicon import load_lexicon
from eventcoder.actors.matching import ActorMatcher

TEXTS = [
    "Islamic State militants attacked a Peshmerga post near Makhmour; two Kurdish soldiers were killed.",
    "ISLAMIC STATE fighters and Kataib Hezbollah members clashed with Iraqi police in the city.",
    "Protesters in Nasiriyah burned tyres; riot police fired tear gas at the demonstrators.",
    "Unidentified gunmen on a motorbike shot dead an activist; pro-Houthi forces shelled a village.",
    "The PKK said Turkish warplanes struck its fighters; the Turkish military confirmed the strike.",
    "Al-Shabaab and al Shabaab: AlShabaab militants, Al\u2011Shabaab, and Al Shaba'ab were named.",
    "\u0130SLAM\u0130C STATE militants (dotted capitals) and \u0131slamic state (dotless i) attacked.",
    "Unknown a\u017fsailants and \u212aurdish fighters were seen; no one else was there.",
    "",
]


def _unfiltered(matcher: ActorMatcher) -> ActorMatcher:
    matcher._entries = [(pattern, kind, entry, None) for pattern, kind, entry, _ in matcher._entries]
    matcher._always = list(range(len(matcher._entries)))
    matcher._state_anchors = matcher._formal_anchors = None
    return matcher


@pytest.mark.parametrize("text", TEXTS)
def test_skipping_patterns_finds_exactly_what_running_them_all_finds(text: str) -> None:
    lexicon = load_lexicon()
    assert ActorMatcher(lexicon).find(text, offset=7) == _unfiltered(ActorMatcher(lexicon)).find(text, offset=7)


def test_case_blind_matches_through_special_capitals_are_kept() -> None:
    found = ActorMatcher(load_lexicon()).find(TEXTS[6])
    assert any(m.group is not None and m.group.name == "Islamic State" for m in found)


def test_screening_the_whole_document_finds_what_each_piece_finds_alone() -> None:
    document = "\n\n".join(TEXTS)
    screened, alone = ActorMatcher(load_lexicon()), ActorMatcher(load_lexicon())
    start = 0
    for text in TEXTS:
        piece = document[start:start + len(text)]
        assert screened.find(piece, offset=start, within=document) == alone.find(piece, offset=start)
        assert screened.find(piece, offset=start, within=document) == _unfiltered(ActorMatcher(load_lexicon())).find(piece, offset=start)
        start += len(text) + 2


@pytest.mark.parametrize("text", [*TEXTS, "isis-k, ab, a1b2c3 pkkpkk", "x" * 5])
def test_anchor_index_finds_every_anchor_a_plain_search_finds(text: str) -> None:
    matcher = ActorMatcher(load_lexicon())
    index = matcher._anchors
    anchors = {*index.short, *(a for group in index.by_gram.values() for a in group)}
    folded = text.lower()
    assert index.present(folded) == {a for a in anchors if a in folded}
