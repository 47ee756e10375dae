"""RSS and Atom feeds: one document per item with its title, link, date and summary; the item's
page fetched and read instead of the summary when asked (from a local server)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.errors import DocumentError
from eventcoder.readers import ReadOptions, read_documents
from eventcoder.readers.feed import fragment_text


def test_rss_items_become_documents(fixtures):
    first, second = read_documents([fixtures / "news_feed.rss"])
    assert first.id == "gulf-ledger-20200116-0001"
    assert first.title == "Security forces kill two protesters in Nasiriyah"
    assert first.url == "https://gulf-ledger.example/iraq/2020/01/nasiriyah-protest"
    assert first.published == dt.date(2020, 1, 16)  # "Thu, 16 Jan 2020 09:15:00 GMT"
    assert first.source == "The Gulf Ledger - Iraq"
    assert first.text.startswith("Iraqi security forces shot dead two protesters")
    assert "Read more" not in first.text and "<p>" not in first.text
    assert second.published == dt.date(2020, 1, 16) and "Basra" in second.text


def test_atom_entries_become_documents(fixtures):
    first, second = read_documents([fixtures / "news_feed.atom"])
    assert first.id == "urn:uuid:0a7c54e2-3d8e-4b6f-8f1e-2b3c4d5e6f70"
    assert first.published == dt.date(2020, 3, 4)  # <published>, not <updated>
    assert second.published == dt.date(2020, 3, 5)  # only <updated>
    assert first.source == "Sahel Monitor" and first.url == "https://sahel-monitor.example/2020/03/mopti-attack"
    assert "seven civilians" in first.text and "teachers" in second.text


def test_summary_html_becomes_paragraphs():
    assert fragment_text("<p>Police &amp; army fired.</p><p>Two died.<br>Many fled.</p><script>x()</script>") == \
        "Police & army fired.\n\nTwo died.\n\nMany fled."


def test_a_file_that_is_not_a_feed_is_an_error_for_that_file(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text("<notes><note>hello</note></notes>", encoding="utf-8")
    (error,) = read_documents([path])
    assert isinstance(error, DocumentError) and "not an RSS or Atom feed" in str(error) and "notes.xml" in str(error)


def test_feed_url_with_pages_fetched_from_a_local_server(fixtures, site):
    page = (fixtures / "news_page.html").read_bytes()
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.add("/iraq/nasiriyah", page)
    feed = (fixtures / "news_feed.rss").read_text(encoding="utf-8").replace(
        "https://gulf-ledger.example/iraq/2020/01/nasiriyah-protest", site.base + "/iraq/nasiriyah").replace(
        "https://gulf-ledger.example/iraq/2020/01/basra-students", site.base + "/private/basra")
    url = site.add("/feed.rss", feed, "application/rss+xml")
    options = ReadOptions(fetch_pages=True, delay=0)
    full, summary_only = read_documents([url], options=options)
    assert "wounding at least 14 people" in full.text  # from the page, not in the feed's summary
    assert full.title == "Security forces kill two protesters in Nasiriyah" and full.url == site.base + "/iraq/nasiriyah"
    assert "Kaduna" not in full.text
    assert "Basra" in summary_only.text  # robots.txt forbids its page: the summary, with a warning why
    assert any("robots.txt" in w for w in summary_only.warnings)
    assert "/private/basra" not in [path for path, _ in site.requests]


@pytest.mark.slow
def test_feed_items_give_their_events(fixtures, events_of):
    events = events_of(read_documents([fixtures / "news_feed.rss", fixtures / "news_feed.atom"]))
    by_place = {e.location: e for e in events}
    assert by_place["Nasiriyah"].fatalities == 2 and by_place["Nasiriyah"].event_date.isoformat() == "2020-01-15"
    assert by_place["Mopti"].country == "Mali" and by_place["Mopti"].fatalities == 7
    assert by_place["Niamey"].event_type == "Protests"
