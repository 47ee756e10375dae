"""Text repair at reading: damaged journalism becomes clean text, and the document says what changed."""

from eventcoder.documents import document_from_dict
from eventcoder.textrepair import repair_text


def test_mojibake_and_entities_are_repaired_and_named() -> None:
    repaired = repair_text("police didnâ€™t act &amp; mobs burned shops")
    assert repaired.text == "police didn\u2019t act & mobs burned shops"
    assert set(repaired.repairs) == {"mojibake", "html entities"}


def test_clean_text_is_untouched() -> None:
    text = "Protesters gathered in Baghdad on Tuesday. \u201cWe want jobs,\u201d one said."
    assert repair_text(text) == (text, ())


def test_lone_surrogates_and_control_characters_cannot_survive() -> None:
    repaired = repair_text("two\ud800 killed\x00 in\u00a0Kut\u200b")
    assert repaired.text == "two\ufffd killed in Kut"
    assert repaired.text.encode("utf-8")  # spaCy and every writer can encode it
    assert {"surrogates", "control characters", "odd spaces"} <= set(repaired.repairs)


def test_a_surrogate_pair_written_as_escapes_becomes_its_character() -> None:
    assert repair_text("\ud83d\ude00 crowd").text == "\U0001F600 crowd"


def test_document_reports_the_repair_as_a_warning() -> None:
    doc = document_from_dict({"id": "d1", "text": "rajkot: police didnâ€™t fire", "title": "riots &amp; curfew"})
    assert doc.text == "rajkot: police didn\u2019t fire"
    assert doc.title == "riots & curfew"
    assert any(w.startswith("text repaired: mojibake") for w in doc.warnings)


def test_text_of_control_characters_only_is_an_error_naming_the_field() -> None:
    import pytest

    from eventcoder.errors import DocumentError

    with pytest.raises(DocumentError) as caught:
        document_from_dict({"id": "d2", "text": "\x00\x01\x02"})
    assert caught.value.field == "text" and caught.value.doc_id == "d2"


def test_sentences_run_together_by_a_scraper_are_separated() -> None:
    repaired = repair_text("no casualties were reported till late in the evening.there was also a clash in deodhar.")
    assert repaired.text == "no casualties were reported till late in the evening. there was also a clash in deodhar."
    assert repaired.repairs == ("run-on sentences",)


def test_addresses_and_initials_keep_their_dots() -> None:
    for text in ("read it on timesofindia.indiatimes.com today", "write to desk@paper.in", "v.k. gupta said",
                 "see www.example.org/news.html", "the U.S. army"):
        assert repair_text(text).text == text
