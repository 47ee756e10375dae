"""The matcher skips the patterns whose words are absent from a text; that must never change what it finds."""

from __future__ import annotations

import re

import pytest

from eventcoder.actors import matching
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


def _plain_alternation(phrases: list[str], *, flexible: bool = True, ignore_case: bool) -> str:
    """The alternation before phrases were grouped by first character: every phrase a branch, longest first."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(matching._phrase(p) if flexible else re.escape(p) for p in ordered)


@pytest.mark.parametrize("text", [*TEXTS, "Syrian and Turkish forces; syrian army, SYRIAN ARMY; Iraqi Kurdish Peshmerga forces."])
def test_phrases_grouped_by_first_character_match_what_one_branch_each_matches(
        text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    grouped = ActorMatcher(load_lexicon())
    monkeypatch.setattr(matching, "_alternation", _plain_alternation)
    monkeypatch.setattr(matching, "_bounded_phrases",
                        lambda phrases: matching._bounded(_plain_alternation(phrases, ignore_case=True)))
    plain = ActorMatcher(load_lexicon())
    assert grouped.find(text, offset=3) == plain.find(text, offset=3)
    for mine, theirs in [(grouped._state, plain._state), (grouped._formal, plain._formal)]:
        assert [m.groupdict() | {"span": m.span()} for m in mine.finditer(text)] == \
               [m.groupdict() | {"span": m.span()} for m in theirs.finditer(text)]


def test_grouping_keeps_the_order_of_phrases_that_share_a_first_letter() -> None:
    pattern = re.compile(matching._alternation(["Kurdish", "Kurdistan Region", "kurd", "army"], ignore_case=True), re.I)
    assert [m.group() for m in pattern.finditer("KURDISTAN REGION army of the \u212aurdish kurds")] == \
           ["KURDISTAN REGION", "army", "\u212aurdish", "kurd"]


_PHRASES = ["Houthi forces", "houthis", "Kurdish fighters", "kurd", "Islamic State", "5th brigade",
            "self-defence militia", "Sunni tribes", "sunni"]


@pytest.mark.parametrize("text", [
    "Houthis and pro-Houthi forces; PRO-HOUTHI FORCES, anti-Houthi forces, non-Kurdish fighters, xhouthis.",
    "5th Brigade\nKurd-Sunni tribes; \u212aurdish fighters, \u0130SLAM\u0130C STATE, \u0131slamic state, \u017funni",
    "kurd", "-kurd", "Pro-kurd", "self defence militia, selfdefence militia, self--defence militia", ""])
def test_phrases_opened_by_their_first_characters_match_what_the_word_bounded_alternation_matches(text: str) -> None:
    skipping = re.compile(matching._bounded_phrases(_PHRASES), re.I)
    bounded = re.compile(matching._bounded(matching._alternation(_PHRASES, ignore_case=True)), re.I)
    assert [m.span() for m in skipping.finditer(text)] == [m.span() for m in bounded.finditer(text)]


def test_the_characters_that_can_open_a_phrase_are_all_those_a_case_blind_pattern_takes() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    any_of_them = re.compile(f"[{letters}]", re.I)
    taken = [c for c in map(chr, range(0x110000)) if any_of_them.fullmatch(c)]
    for char in letters:
        assert matching._case_blind(char) == {c for c in taken if re.fullmatch(char, c, re.I)}


def test_a_piece_asked_for_again_gives_the_same_matches_and_a_list_of_its_own() -> None:
    document = "\n\n".join(TEXTS)
    matcher = ActorMatcher(load_lexicon())
    first = matcher.find(TEXTS[0], offset=0, within=document)
    first.clear()
    assert matcher.find(TEXTS[0], offset=0, within=document) == ActorMatcher(load_lexicon()).find(TEXTS[0])
    assert matcher.find(TEXTS[0], offset=0, country="Iraq", within=document) == \
           ActorMatcher(load_lexicon()).find(TEXTS[0], country="Iraq")


@pytest.mark.parametrize("text", ["MIT agents", "she committed it", "mit", "the PKK and the MIT", "pro-PKK", ""])
def test_an_acronym_pattern_that_skips_texts_without_its_acronyms_finds_what_the_regex_finds(text: str) -> None:
    source = matching._acronyms(["MIT", "PKK"])
    skipping = matching._LazyPattern(source, needs=("MIT", "PKK"))
    assert [m.span() for m in skipping.finditer(text)] == [m.span() for m in re.finditer(source, text)]
