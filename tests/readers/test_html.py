"""Saved web pages: the article's text, title, date and outlet; navigation, ads, related links,
scripts and footers left out, so their headlines never become events."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.documents import Document
from eventcoder.errors import DocumentError
from eventcoder.readers import read_documents


def _page(fixtures):
    (doc,) = read_documents([fixtures / "news_page.html"])
    assert isinstance(doc, Document)
    return doc


def test_page_gives_the_article_and_its_metadata(fixtures):
    doc = _page(fixtures)
    assert doc.id == "news_page"
    assert doc.title == "Security forces kill two protesters in Nasiriyah"
    assert doc.published == dt.date(2020, 1, 16)
    assert doc.source == "The Gulf Ledger"
    assert doc.url == "https://gulf-ledger.example/iraq/2020/01/nasiriyah-protest"
    assert doc.text.startswith("Security forces kill two protesters in Nasiriyah")
    assert "shot dead two protesters" in doc.text and "wounding at least 14 people" in doc.text
    assert "students marched peacefully" in doc.text


@pytest.mark.parametrize("furniture", ["Kaduna", "Idlib", "Green Zone", "cookies", "Subscribe", "Related stories",
                                       "All rights reserved", "dataLayer", "pageview", "Business", "Staff Reporter"])
def test_page_furniture_is_left_out(fixtures, furniture):
    assert furniture not in _page(fixtures).text


def test_a_page_without_article_text_is_an_error_for_that_page(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>", encoding="utf-8")
    (error,) = read_documents([path])
    assert isinstance(error, DocumentError) and error.doc_id == "empty" and "no article text" in str(error)


@pytest.mark.slow
def test_page_gives_the_articles_events_and_none_from_the_furniture(fixtures, events_of):
    events = events_of([_page(fixtures)])
    nasiriyah = [e for e in events if e.location == "Nasiriyah"]
    assert nasiriyah and nasiriyah[0].fatalities == 2 and nasiriyah[0].admin1 == "Dhi Qar"
    assert nasiriyah[0].event_date.isoformat() == "2020-01-15"  # "on Wednesday", against the page's date
    assert any(e.location in ("Basrah", "Basra") and e.event_type == "Protests" for e in events)
    assert not [e for e in events if e.fatalities == 5 or e.country in ("Nigeria", "Syria")
                or e.location in ("Kaduna", "Idlib")]


def test_a_saved_page_named_txt_or_piped_in_is_read_as_a_page(fixtures, tmp_path):
    import io

    html = (fixtures / "news_page.html").read_text(encoding="utf-8")
    (tmp_path / "page.txt").write_text(html, encoding="utf-8")
    for doc in (*read_documents([tmp_path / "page.txt"]), *read_documents(["-"], stdin=io.StringIO(html))):
        assert isinstance(doc, Document) and "Kaduna" not in doc.text and "shot dead two protesters" in doc.text
        assert doc.published == dt.date(2020, 1, 16)
        assert any("read as one" in w for w in doc.warnings)


def test_a_page_without_a_date_is_not_given_one_by_guessing(tmp_path):
    from eventcoder.documents import NO_DATE_WARNING

    body = ("<p>Hundreds of protesters blocked roads in Basra on Wednesday, demanding jobs and services.</p>"
            "<p>The movement began in 2019 and police have detained dozens since 12 March 2020.</p>")
    (tmp_path / "basra.html").write_text(f"<html><body><article>{body}</article>"
                                         "<footer>&copy; 2021 The Gulf Ledger</footer></body></html>", encoding="utf-8")
    (doc,) = read_documents([tmp_path / "basra.html"])
    assert doc.published is None and NO_DATE_WARNING in doc.warnings
