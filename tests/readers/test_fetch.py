"""URLs fetched politely from a local server: user agent, robots.txt, size limit, a clear error per URL."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.documents import Document
from eventcoder.errors import DocumentError
from eventcoder.readers import ReadOptions, read_documents
from eventcoder.readers.fetch import USER_AGENT, Fetcher, FetchError

FAST = ReadOptions(delay=0, timeout=5)


def test_a_page_url_is_read_as_an_article(fixtures, site):
    url = site.add("/iraq/nasiriyah", (fixtures / "news_page.html").read_bytes())
    (doc,) = read_documents([url], options=FAST)
    assert isinstance(doc, Document) and doc.id == url
    assert doc.title == "Security forces kill two protesters in Nasiriyah" and doc.published == dt.date(2020, 1, 16)
    assert "Kaduna" not in doc.text
    assert all(agent == USER_AGENT for _, agent in site.requests)
    assert [path for path, _ in site.requests] == ["/robots.txt", "/iraq/nasiriyah"]  # robots.txt asked first


def test_a_feed_url_gives_its_items(fixtures, site):
    url = site.add("/feed", (fixtures / "news_feed.atom").read_bytes(), "application/atom+xml")
    docs = list(read_documents([url], options=FAST))
    assert [d.source for d in docs] == ["Sahel Monitor", "Sahel Monitor"]


def test_each_failed_url_is_its_own_error_and_the_rest_goes_on(fixtures, site):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    good = site.add("/ok", (fixtures / "news_page.html").read_bytes())
    forbidden = site.add("/private/page", (fixtures / "news_page.html").read_bytes())
    missing = site.base + "/missing"
    items = list(read_documents([missing, forbidden, good], options=FAST))
    assert isinstance(items[2], Document)
    (not_found, disallowed) = items[:2]
    assert isinstance(not_found, DocumentError) and not_found.source == missing and "HTTP 404" in str(not_found)
    assert "robots.txt does not allow" in str(disallowed) and forbidden in str(disallowed)
    assert "/private/page" not in [path for path, _ in site.requests]


def test_pages_over_the_size_limit_are_refused(site):
    url = site.add("/big", "<html><body>" + "<p>word</p>" * 2000 + "</body></html>")
    with pytest.raises(FetchError, match="over the 1,000 limit|over the 1,000 byte limit"):
        Fetcher(max_bytes=1000, delay=0).fetch(url)


def test_an_unreachable_host_is_a_clear_error():
    fetcher = Fetcher(timeout=2, delay=0)
    with pytest.raises(FetchError, match="cannot connect|connection failed|robots.txt unavailable"):
        fetcher.fetch("http://127.0.0.1:9/article")  # the discard port: nothing listens


def test_a_server_error_on_robots_txt_means_nothing_is_fetched(site):
    site.add("/robots.txt", "oops", "text/plain", status=503)
    url = site.add("/page", "<html><body><p>Text</p></body></html>")
    with pytest.raises(FetchError, match="robots.txt unavailable"):
        Fetcher(delay=0).fetch(url)
    assert "/page" not in [path for path, _ in site.requests]
