"""JSON Lines: one record per line, as described in the README (``id``, ``text``, ``published``...)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from ..documents import Document
from ..errors import DocumentError
from .build import build
from .options import ReadOptions

__all__ = ["read_jsonl", "read_jsonl_file", "utf8_lines", "NOT_UTF8"]

#: What :func:`utf8_lines` yields for a line that is not UTF-8 (the reader reports it).
NOT_UTF8 = "\x00not-utf8\n"


def read_jsonl(lines: Iterable[str], name: str, options: ReadOptions) -> Iterator[Document | DocumentError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        if line == NOT_UTF8:
            yield DocumentError("line is not UTF-8; convert the file to UTF-8", source=where)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(f"invalid JSON ({exc.msg} at column {exc.colno})", source=where)
            continue
        if not isinstance(record, dict):
            yield DocumentError(f"expected a JSON object, got {type(record).__name__}", source=where)
            continue
        yield from build(record, where=where, options=options)


def read_jsonl_file(path: Path, options: ReadOptions) -> Iterator[Document | DocumentError]:
    with path.open(encoding="utf-8", errors="strict", newline="") as stream:
        yield from read_jsonl(utf8_lines(stream), str(path), options)


def utf8_lines(stream: TextIO) -> Iterator[str]:
    """Lines of a text stream; a line that is not UTF-8 becomes :data:`NOT_UTF8`."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        yield from stream
        return
    for raw in buffer:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield NOT_UTF8
