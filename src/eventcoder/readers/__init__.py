"""Readers: every input kind analysts have, turned into :class:`~eventcoder.documents.Document` objects.

One module per kind: :mod:`.jsonl` (JSON Lines), :mod:`.text` (``.txt`` files and standard input),
:mod:`.html` (saved web pages), :mod:`.feed` (RSS and Atom), :mod:`.table` (CSV, TSV, Parquet),
:mod:`.office` (``.docx``, ``.pdf``), :mod:`.fetch` (URLs, politely). Every reader builds its
documents with :func:`~eventcoder.documents.document_from_dict`, so validation and text repair
happen once, at reading. A bad document is yielded as a :class:`~eventcoder.errors.DocumentError`
in its place; only an input that cannot be read at all raises :class:`~eventcoder.errors.InputError`.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from ..documents import Document
from ..errors import DocumentError, InputError
from .fetch import Fetcher, FetchError, is_url
from .options import Columns, ReadOptions

__all__ = ["read_documents", "read_path", "read_url", "ReadOptions", "Columns", "SUFFIXES", "Fetcher"]

#: Input kind of each file suffix; a folder is read for every file with one of these.
SUFFIXES: dict[str, str] = {
    ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl",
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".csv": "table", ".tsv": "table", ".tab": "table", ".parquet": "table",
    ".docx": "docx", ".pdf": "pdf",
}
_KINDS_HELP = "use .jsonl, .txt, .html, .rss/.atom/.xml, .csv/.tsv/.parquet, .docx, .pdf, a folder, a URL or -"


def read_documents(inputs: Iterable[str | Path], *, published: dt.date | None = None, country: str | None = None,
                   stdin: TextIO | None = None, options: ReadOptions | None = None) -> Iterator[Document | DocumentError]:
    """Stream documents from files, folders, http(s) URLs or ``-`` (standard input), in input order.

    ``published``/``country`` (or the same fields of ``options``) fill documents that lack them.
    """
    options = options or ReadOptions()
    if published is not None or country is not None:
        options = replace(options, published=published or options.published, country=country or options.country)
    fetcher: Fetcher | None = None
    for item in inputs:
        text = str(item)
        if text == "-":
            from .text import read_stdin

            yield from read_stdin(stdin or sys.stdin, options)
        elif is_url(text):
            fetcher = fetcher or Fetcher(timeout=options.timeout, max_bytes=options.max_bytes, delay=options.delay)
            yield from read_url(text, options, fetcher)
        else:
            if options.fetch_pages and fetcher is None:
                fetcher = Fetcher(timeout=options.timeout, max_bytes=options.max_bytes, delay=options.delay)
            yield from _read_local(Path(item), options, fetcher)


def _read_local(path: Path, options: ReadOptions, fetcher: Fetcher | None) -> Iterator[Document | DocumentError]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        readable = [p for p in files if p.suffix.lower() in SUFFIXES]
        if not readable:
            raise InputError(f"{path}: folder holds no readable files ({_KINDS_HELP})")
        for file in files:
            if file.suffix.lower() in SUFFIXES:
                yield from read_path(file, options, fetcher)
            else:
                yield DocumentError(f"skipped: unknown input kind {file.suffix or '(no suffix)'}; {_KINDS_HELP}",
                                    source=str(file))
    elif path.is_file():
        if path.suffix.lower() not in SUFFIXES:
            raise InputError(f"{path}: unknown input kind {path.suffix or '(no suffix)'}; {_KINDS_HELP}")
        yield from read_path(path, options, fetcher)
    else:
        raise InputError(f"{path}: no such file or folder")


def read_path(path: Path, options: ReadOptions, fetcher: Fetcher | None = None) -> Iterator[Document | DocumentError]:
    """The documents of one file, by its suffix (see :data:`SUFFIXES`)."""
    kind = SUFFIXES[path.suffix.lower()]
    if kind == "jsonl":
        from .jsonl import read_jsonl_file

        yield from read_jsonl_file(path, options)
    elif kind == "text":
        from .text import read_text_file

        yield from read_text_file(path, options)
    elif kind == "html":
        from .html import read_html_file

        yield from read_html_file(path, options)
    elif kind == "feed":
        from .feed import read_feed_file

        yield from read_feed_file(path, options, fetcher)
    elif kind == "table":
        from .table import read_table_file

        yield from read_table_file(path, options)
    else:
        from .office import read_docx_file, read_pdf_file

        yield from (read_docx_file if kind == "docx" else read_pdf_file)(path, options)


def read_url(url: str, options: ReadOptions, fetcher: Fetcher,
             seen: set[str] | None = None) -> Iterator[Document | DocumentError]:
    """The documents at a URL: a feed's items, or a page's article. A failed fetch is that URL's error.

    ``seen``: ids of feed items read already (see :func:`.feed.feed_documents`)."""
    from .feed import feed_documents, looks_like_feed
    from .html import html_documents

    try:
        page = fetcher.fetch(url)
    except FetchError as exc:
        yield DocumentError(f"could not fetch: {exc.reason}", source=url)
        return
    is_feed = "rss" in page.content_type or "atom" in page.content_type or (
        "html" not in page.content_type and looks_like_feed(page.body))
    if is_feed:
        yield from feed_documents(page.body, name=url, options=options, fetcher=fetcher, seen=seen)
    else:
        yield from html_documents(page.body, doc_id=page.url, where=url, options=options, url=page.url)
