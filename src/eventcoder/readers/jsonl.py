"""JSON Lines: one record per line, as described in the README (``id``, ``text``, ``published``...)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from ..documents import MAX_TEXT_CHARS, Document
from ..errors import DocumentError
from .build import build
from .options import ReadOptions

__all__ = ["read_jsonl", "read_jsonl_file", "utf8_lines", "NOT_UTF8", "TOO_LONG", "MAX_LINE_BYTES", "MAX_JSON_DEPTH",
           "MAX_INT_DIGITS"]

#: What :func:`utf8_lines` yields for a line that is not UTF-8 (the reader reports it).
NOT_UTF8 = "\x00not-utf8\n"
#: What :func:`utf8_lines` yields for a line over :data:`MAX_LINE_BYTES` (skipped without being held in memory).
TOO_LONG = "\x00too-long\n"
#: Longest JSON line read (a text at the character limit, every character escaped).
MAX_LINE_BYTES = 6 * MAX_TEXT_CHARS + 64_000
#: Deepest JSON nesting read (a document record needs 2); deeper lines are refused before parsing.
MAX_JSON_DEPTH = 32
#: Integers with more digits than this are kept as their text (no count or id needs more).
MAX_INT_DIGITS = 40
_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def read_jsonl(lines: Iterable[str], name: str, options: ReadOptions) -> Iterator[Document | DocumentError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        if line == NOT_UTF8:
            yield DocumentError("line is not UTF-8; convert the file to UTF-8", source=where)
            continue
        if line == TOO_LONG:
            yield DocumentError(f"line is over {MAX_LINE_BYTES:,} bytes; split the document", source=where)
            continue
        try:
            record = _loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(f"invalid JSON ({exc.msg} at column {exc.colno})", source=where)
            continue
        except (RecursionError, ValueError) as exc:
            yield DocumentError(f"invalid JSON ({exc})", source=where)
            continue
        if not isinstance(record, dict):
            yield DocumentError(f"expected a JSON object, got {type(record).__name__}", source=where)
            continue
        try:
            yield from build(record, where=where, options=options)
        except Exception as exc:  # a bug in reading must cost only this line
            yield DocumentError(f"internal error reading the document: {type(exc).__name__}: {exc}", source=where)


def _json_int(text: str) -> int | str:
    return int(text) if len(text.lstrip("-")) <= MAX_INT_DIGITS else text


def _loads(line: str) -> object:
    """One JSON value, with nesting bounded by :data:`MAX_JSON_DEPTH` and absurdly long integers kept as text."""
    if line.count("[") + line.count("{") > MAX_JSON_DEPTH and _depth(line) > MAX_JSON_DEPTH:
        raise ValueError(f"nested more than {MAX_JSON_DEPTH} levels deep")
    return json.loads(line, parse_int=_json_int)


def _depth(line: str) -> int:
    """Deepest bracket nesting outside strings (the line may be invalid JSON: that is json's to say)."""
    depth = deepest = 0
    for match in _STRING_OR_BRACKET.finditer(line):
        char = match.group()
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def read_jsonl_file(path: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    with path.open(encoding="utf-8", errors="strict", newline="") as stream:
        yield from read_jsonl(utf8_lines(stream), str(path), options)


def utf8_lines(stream: TextIO) -> Iterator[str]:
    """Lines of a text stream; a line that is not UTF-8 becomes :data:`NOT_UTF8`."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        yield from stream
        return
    while raw := buffer.readline(MAX_LINE_BYTES + 1):
        if len(raw) > MAX_LINE_BYTES:  # skip the rest of the line a piece at a time
            while not raw.endswith(b"\n") and (raw := buffer.readline(MAX_LINE_BYTES)):
                pass
            yield TOO_LONG
            continue
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield NOT_UTF8
