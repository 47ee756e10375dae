"""Web pages: the article's text, title, date, outlet and language, read by trafilatura, with the
page's furniture (navigation, advertising, related links, scripts, comments) left out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..documents import Document
from ..errors import DocumentError
from .build import build
from .dates import date_in_name
from .options import ReadOptions

__all__ = ["read_html_file", "html_documents", "article_record"]

# Only dates the page states as its publication date: no guessing from other dates in the page.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Fewer words than this is a page's leftovers (a menu item, a caption), not an article.
_MIN_WORDS = 8
_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def article_record(html: bytes | str, *, url: str | None = None) -> dict[str, Any] | None:
    """The article in a page as a document record (no id), or None when the page holds no article text."""
    import trafilatura  # imported here: only pages need it

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False, date_extraction_params=_DATE_PARAMS)
    if extracted is None or len((extracted.text or "").split()) < _MIN_WORDS:
        return None
    raw = html.encode("utf-8", errors="replace") if isinstance(html, str) else html
    lang = _HTML_LANG.search(raw[:20_000])
    return {
        # trafilatura puts one paragraph per line; a blank line between paragraphs keeps headlines
        # and paragraphs out of each other's sentences
        "text": "\n\n".join(line.strip() for line in extracted.text.splitlines() if line.strip()),
        "title": extracted.title,
        "published": extracted.date,
        "source": extracted.sitename or extracted.hostname,
        "url": extracted.url or url,
        "language": lang.group(1).decode("ascii").lower() if lang else None,
    }


def html_documents(html: bytes | str, *, doc_id: str, where: str, options: ReadOptions, url: str | None = None,
                   fallback_date: dt.date | None = None) -> Iterator[Document | DocumentError]:
    """The document of one page (or the error saying why there is none)."""
    try:
        record = article_record(html, url=url)
    except Exception as exc:  # a page that breaks the extractor is that page's error, not the batch's
        yield DocumentError(f"cannot read the page: {type(exc).__name__}: {exc}", doc_id=doc_id, field="text",
                            source=where)
        return
    if record is None:
        yield DocumentError("no article text found in the page", doc_id=doc_id, field="text", source=where)
        return
    record["id"] = doc_id
    yield from build({k: v for k, v in record.items() if v is not None}, where=where, options=options,
                     fallback_date=fallback_date)


def read_html_file(path: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    yield from html_documents(path.read_bytes(), doc_id=path.stem, where=str(path), options=options,
                              fallback_date=date_in_name(path.name))
