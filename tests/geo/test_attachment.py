"""Dependency paths from a place name to the event's verb (eventcoder.geo.attachment), on hand-built docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventcoder.geo.attachment import Attachment


def test_same_sentence_agrees_with_the_sentences_of_the_parse() -> None:
    words = ["Shelling", "hit", "Homs", ".", "Two", "died", ".", "Protests", "went", "on", "in", "Basra", "."]
    starts = [True, False, False, False, True, False, False, True, False, False, False, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=starts)
    paths = Attachment(doc)
    for a in doc:
        for b in doc:
            assert paths.same_sentence(a, b) == (a.sent == b.sent), (a.i, b.i)
