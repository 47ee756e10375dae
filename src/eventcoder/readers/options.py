"""What a reader needs besides its input: defaults for missing fields, column names, fetching."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = ["Columns", "ReadOptions", "TEXT_COLUMNS", "DATE_COLUMNS", "ID_COLUMNS", "TITLE_COLUMNS",
           "URL_COLUMNS", "SOURCE_COLUMNS", "COUNTRY_COLUMNS"]

# Column names tried, in order, when a table does not name its columns with --text-column etc.
# (compared without case, spaces, dashes or underscores).
TEXT_COLUMNS = ("text", "body", "content", "article", "fulltext", "articletext", "story", "maintext", "notes")
DATE_COLUMNS = ("published", "publicationdate", "publishdate", "pubdate", "publishedat", "datepublished", "date",
                "eventdate")
ID_COLUMNS = ("id", "docid", "documentid", "articleid", "guid", "uuid")
TITLE_COLUMNS = ("title", "headline", "heading")
URL_COLUMNS = ("url", "link", "sourceurl", "articleurl")
SOURCE_COLUMNS = ("source", "outlet", "publisher", "sitename", "newspaper", "domain")
COUNTRY_COLUMNS = ("country",)


@dataclass(frozen=True, slots=True)
class Columns:
    """The columns of a table to read; None means: the first of the usual names the table has."""

    text: str | None = None
    date: str | None = None
    id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Options of every reader. ``published`` and ``country`` fill documents that lack them.

    ``blocks``: plain text (stdin or .txt) is one document per blank-line-separated block.
    ``fetch_pages``: a feed item's page is fetched and its article read in place of the summary.
    ``delay``: seconds between two requests to one host (robots.txt's Crawl-delay when longer).
    """

    published: dt.date | None = None
    country: str | None = None
    columns: Columns = field(default_factory=Columns)
    blocks: bool = False
    fetch_pages: bool = False
    timeout: float = 20.0
    max_bytes: int = 10_000_000
    delay: float = 1.0
