"""RSS and Atom feeds (files or URLs), read by feedparser: each item is a document with its title,
link, date and summary; with ``fetch_pages`` the item's page is fetched and its article read instead."""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..documents import Document
from ..errors import DocumentError
from .build import build
from .dates import parse_date
from .fetch import Fetcher, FetchError
from .html import article_record
from .options import ReadOptions

__all__ = ["read_feed_file", "feed_documents", "looks_like_feed", "fragment_text"]

_FEED_START = re.compile(rb"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
# A feed summary's last line that only links to the page ("Read more", "Continue reading...").
_MORE_LINK = re.compile(r"(?i)^[\[(]?(read more|read the full story|continue reading|more|full story)\W*$")
_BLOCK_END = re.compile(r"(?i)(</(?:p|div|li|h[1-6]|blockquote)>|<br\s*/?>)")


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a document are an RSS, Atom or RDF feed."""
    return bool(_FEED_START.search(head[:4096]))


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed summary), paragraphs separated by blank lines."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(_BLOCK_END.sub(r"\1\n\n", fragment), create_parent="div")
    except Exception:  # lxml rejects some damaged fragments; their text is still worth having
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for node in root.iter("script", "style"):
        node.drop_tree()
    blocks = (" ".join(block.split()) for block in re.split(r"\n\s*\n", root.text_content()))
    return "\n\n".join(block for block in blocks if block and not _MORE_LINK.match(block))


def _entry_text(entry: Any) -> str:
    texts = [fragment_text(c.get("value") or "") for c in entry.get("content") or ()]
    texts.append(fragment_text(entry.get("summary") or ""))
    return max(texts, key=len)


def _entry_date(entry: Any) -> Any:
    for raw, parsed in (("published", "published_parsed"), ("updated", "updated_parsed")):
        value = entry.get(raw)
        if value and parse_date(value) is not None:
            return value
        if entry.get(parsed):
            return time.strftime("%Y-%m-%d", entry[parsed])
    return None


def feed_documents(body: bytes, *, name: str, options: ReadOptions, fetcher: Fetcher | None = None,
                   seen: set[str] | None = None) -> Iterator[Document | DocumentError]:
    """One document per feed item, in feed order; a bad item is its own error.

    ``seen``: ids of items read already (by an earlier poll); they are skipped, their pages not fetched
    again, and the ids of the items read now are added.
    """
    import feedparser  # imported here: only feeds need it

    parsed = feedparser.parse(body)
    if not parsed.entries:
        reason = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield DocumentError(f"not an RSS or Atom feed with items{reason}", source=name)
        return
    outlet = parsed.feed.get("title")
    language = (parsed.feed.get("language") or "")[:2] or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{name} item {number}"
        link = entry.get("link")
        doc_id = entry.get("id") or link or f"{Path(name).stem}-{number}"
        if seen is not None:
            if doc_id in seen:
                continue
            seen.add(doc_id)
        record: dict[str, Any] = {
            "id": doc_id,
            "text": _entry_text(entry), "title": entry.get("title"), "published": _entry_date(entry),
            "source": outlet, "url": link, "language": language,
        }
        note = None
        if options.fetch_pages and link and fetcher is not None:
            record, note = _with_page(record, link, fetcher)
        if not record["text"]:
            yield DocumentError("feed item has no summary or content; use --fetch-pages to read its page",
                                doc_id=str(record["id"]), field="text", source=where)
            continue
        for item in build({k: v for k, v in record.items() if v is not None}, where=where, options=options):
            if note and isinstance(item, Document):
                item = dataclasses.replace(item, warnings=(*item.warnings, note))
            yield item


def _with_page(record: dict[str, Any], link: str, fetcher: Fetcher) -> tuple[dict[str, Any], str | None]:
    """The record with its page's article in place of the summary, or as it was with a warning why not."""
    try:
        page = fetcher.fetch(link)
        article = article_record(page.body, url=page.url)
    except FetchError as exc:
        return record, f"page not fetched, the feed's summary is used: {exc.reason}"
    except Exception as exc:  # a page that breaks the extractor leaves the summary
        return record, f"page not read, the feed's summary is used: {type(exc).__name__}: {exc}"
    if article is None:
        return record, "no article text in the item's page; the feed's summary is used"
    merged = dict(record, text=article["text"])
    for key in ("title", "published", "source", "language"):
        merged[key] = record.get(key) or article.get(key)
    return merged, None


def read_feed_file(path: Path, options: ReadOptions, fetcher: Fetcher | None = None) -> Iterator[Document | DocumentError]:
    yield from feed_documents(path.read_bytes(), name=str(path), options=options, fetcher=fetcher)
