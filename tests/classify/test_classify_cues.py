"""Cue matching on hand-built docs (no model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventcoder.classify.cues import CueLexicon, load_lexicon


def make_doc(words: list[str], lemmas: list[str], ents: list[str] | None = None) -> Doc:
    return Doc(Vocab(), words=words, lemmas=lemmas, ents=ents)


def test_phrase_matches_lemmas_and_surface_forms() -> None:
    lexicon = CueLexicon({"intervention": ["tear gas", "disperse"]})
    doc = make_doc(["Police", "fired", "tear", "gas", "to", "disperse", "them"],
                   ["police", "fire", "tear", "gas", "to", "disperse", "they"])
    cues = lexicon.find(doc[:])
    assert [(c.phrase, c.start, c.end) for c in cues.get("intervention")] == [("tear gas", 2, 4), ("disperse", 5, 6)]


def test_exact_surface_token_keeps_the_group_is_apart_from_the_verb() -> None:
    lexicon = CueLexicon({"armed_party": ["=IS"]})
    doc = make_doc(["IS", "militants", "said", "it", "is", "over"], ["IS", "militant", "say", "it", "be", "over"])
    assert [c.start for c in lexicon.find(doc[:]).get("armed_party")] == [0]


def test_words_inside_dates_never_match() -> None:
    lexicon = CueLexicon({"protest": ["march"]})
    doc = make_doc(["On", "5", "March", "they", "marched"], ["on", "5", "March", "they", "march"],
                   ents=["O", "B-DATE", "I-DATE", "O", "O"])
    assert [c.start for c in lexicon.find(doc[:]).get("protest")] == [4]


def test_a_word_matching_two_phrases_keeps_its_surface_form_first() -> None:
    # "stolen" matches "stolen" (its form) and "steal" (its lemma); one cue per span is kept, and which one
    # must not depend on string hashing, or the rules' decisions would change from run to run
    lexicon = CueLexicon({"loot": ["steal", "stolen"]})
    doc = Doc(spacy.blank("en").vocab, words=["money", "stolen"], lemmas=["money", "steal"])  # with lower forms
    assert [c.phrase for c in lexicon.find(doc[:]).get("loot")] == ["stolen"]


def test_bundled_lexicon_has_the_categories_the_rules_use() -> None:
    categories = set(load_lexicon().categories)
    for needed in ("protest", "riot", "intervention", "excessive_force", "air", "shelling", "ied", "grenade",
                   "suicide", "clash", "violence", "armed_party", "civilian", "abduction", "arrest", "disrupt",
                   "territory", "loot", "agreement", "change_group", "other"):
        assert needed in categories


def test_the_same_form_with_another_lemma_or_tag_is_another_word() -> None:
    # the keys of a word are kept by form, lemma and tag: a form seen once must not lend its keys to the next
    lexicon = CueLexicon({"loot": ["steal"], "protest": ["protester"]})
    doc = Doc(spacy.blank("en").vocab, words=["Stolen", "stolen", "Protesters", "Protesters"],
              lemmas=["steal", "stolen", "Protesters", "Protesters"], pos=["VERB", "VERB", "PROPN", "NOUN"])
    cues = lexicon.find(doc[:])
    assert [c.start for c in cues.get("loot")] == [0]
    assert [c.start for c in cues.get("protest")] == [2]  # (a title-case name's plural read as a noun's)


def test_cues_of_a_span_carry_the_doc_token_indices() -> None:
    lexicon = CueLexicon({"intervention": ["tear gas"]})
    doc = make_doc(["They", "left", ".", "Police", "fired", "tear", "gas", "."],
                   ["they", "leave", ".", "police", "fire", "tear", "gas", "."])
    assert [(c.start, c.end) for c in lexicon.find(doc[3:8]).cues] == [(5, 7)]
    assert lexicon.find(doc[3:6]).cues == []  # a phrase cut by the span's end is not in it
    assert [(c.start, c.end) for c in lexicon.find(doc).cues] == [(5, 7)]
