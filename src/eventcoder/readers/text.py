"""Plain text: a ``.txt`` file is one document (its name is the id, a date in its name its date);
standard input is JSON Lines when its first line is a JSON object, else plain text, one document or
one per blank-line-separated block (``blocks``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import TextIO

from ..documents import MAX_TEXT_CHARS, Document
from ..errors import DocumentError
from .build import build
from .dates import date_in_name
from .jsonl import NOT_UTF8, read_jsonl, utf8_lines
from .options import ReadOptions

__all__ = ["read_text_file", "read_stdin", "split_blocks", "looks_like_html"]

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
_AS_HTML = "the text is a web page (HTML): read as one, its furniture left out; name the file .html"


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a whole web page (a saved page renamed .txt, or piped in)."""
    return bool(_HTML_START.match(text[:5000]))


def split_blocks(text: str) -> list[str]:
    """The non-empty blocks of ``text`` separated by blank lines."""
    return [block.strip() for block in _BLANK_LINE.split(text.replace("\r\n", "\n")) if block.strip()]


def _text_documents(text: str, doc_id: str, where: str, options: ReadOptions,
                    name_date: dt.date | None = None) -> Iterator[Document | DocumentError]:
    if looks_like_html(text):  # a page read as text would turn its ads and menus into events
        from .html import html_documents

        for item in html_documents(text, doc_id=doc_id, where=where, options=options, fallback_date=name_date):
            yield dataclasses.replace(item, warnings=(*item.warnings, _AS_HTML)) if isinstance(item, Document) else item
        return
    if not options.blocks:
        yield from build({"id": doc_id, "text": text}, where=where, options=options, fallback_date=name_date)
        return
    blocks = split_blocks(text)
    if not blocks:
        yield DocumentError("text is empty", doc_id=doc_id, field="text", source=where)
    for number, block in enumerate(blocks, start=1):
        yield from build({"id": f"{doc_id}-{number}", "text": block}, where=f"{where} block {number}",
                         options=options, fallback_date=name_date)


def read_text_file(path: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    if path.stat().st_size > 4 * MAX_TEXT_CHARS:  # more characters than allowed whatever they are: not read
        yield DocumentError(f"file is {path.stat().st_size:,} bytes, over the {MAX_TEXT_CHARS:,} character limit; "
                            "split the document", doc_id=path.stem, field="text", source=str(path))
        return
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        yield DocumentError(f"not UTF-8 (byte {exc.start}); convert the file to UTF-8", doc_id=path.stem,
                            field="text", source=str(path))
        return
    yield from _text_documents(text, path.stem, str(path), options, date_in_name(path.name))


def read_stdin(stream: TextIO, options: ReadOptions) -> Iterator[Document | DocumentError]:
    """JSON Lines if the first non-blank line starts with ``{``, else plain text (document id ``stdin``)."""
    lines = utf8_lines(stream)
    head: list[str] = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    first = head[-1] if head else ""
    rest: Iterable[str] = chain(head, lines)
    if first.lstrip().startswith("{"):
        yield from read_jsonl(rest, "<stdin>", options)
        return
    if any(line == NOT_UTF8 for line in head):
        yield DocumentError("standard input is not UTF-8; convert it to UTF-8", source="<stdin>")
        return
    text = "".join(rest)
    if NOT_UTF8 in text:
        yield DocumentError("standard input is not UTF-8; convert it to UTF-8", source="<stdin>")
        return
    yield from _text_documents(text, "stdin", "<stdin>", options)
