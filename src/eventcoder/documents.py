"""Documents in: JSON Lines, plain text files, folders and standard input, validated one by one.

Reading never stops at a bad document: each problem becomes a :class:`DocumentError` yielded in
place of the document, so the caller can report it and go on with the rest of the batch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .errors import DocumentError, InputError
from .textrepair import repair_text

__all__ = ["Document", "read_documents", "document_from_dict", "MAX_TEXT_CHARS", "KNOWN_FIELDS"]

#: Longest article text accepted. Longer texts are rejected, not truncated, so nothing is silently lost.
MAX_TEXT_CHARS = 2_000_000
_NOT_UTF8 = "\x00not-utf8\n"
_TOO_LONG = "\x00too-long\n"
#: Longest JSON line read (a text at the character limit, every character escaped); longer lines are
#: skipped without being held in memory.
MAX_LINE_BYTES = 6 * MAX_TEXT_CHARS + 64_000
_SURROGATES = re.compile("[\ud800-\udfff]")
#: Deepest JSON nesting read (a document record needs 2); deeper lines are refused before parsing.
MAX_JSON_DEPTH = 32
#: Integers with more digits than this are kept as their text (no count or id needs more).
MAX_INT_DIGITS = 40
KNOWN_FIELDS = frozenset({"id", "text", "published", "country", "source", "url", "title"})


@dataclass(frozen=True, slots=True)
class Document:
    """One news report. ``published`` anchors relative dates; ``country`` helps place names resolve."""

    id: str
    text: str
    published: dt.date | None = None
    country: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def content_hash(self) -> str:
        """sha256 of everything that changes what the pipeline extracts from this document."""
        payload = json.dumps([self.text, self.published.isoformat() if self.published else None,
                              self.country, self.source, self.title], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _parse_published(value: Any, doc_id: str, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DocumentError(f"expected a date like 2020-01-22, got {type(value).__name__} {_shown(value)}",
                            doc_id=doc_id, field="published", source=where)
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise DocumentError(f"{_shown(value)} is not a date; use YYYY-MM-DD", doc_id=doc_id,
                            field="published", source=where) from None


def _shown(value: Any, limit: int = 60) -> str:
    """``repr(value)`` cut to ``limit`` characters: an error never echoes a large input."""
    try:
        text = repr(value) if not isinstance(value, (list, dict)) or len(value) < limit else type(value).__name__
    except ValueError:  # an int too long to print
        text = type(value).__name__
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters)"


def _optional_str(record: dict[str, Any], name: str, doc_id: str, where: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise DocumentError(f"expected text, got {type(value).__name__}", doc_id=doc_id, field=name, source=where)
    return _no_surrogates(value.strip()) or None


def _no_surrogates(value: str) -> str:
    """``value`` with lone surrogates (bad JSON escapes) replaced: they cannot be written as UTF-8."""
    return _SURROGATES.sub("\ufffd", value)


def _repaired(value: str | None) -> str | None:
    return repair_text(value).text.strip() or None if value else value


def document_from_dict(record: Any, *, where: str = "<input>", default_id: str | None = None,
                       published: dt.date | None = None, country: str | None = None) -> Document:
    """Validate one input record into a :class:`Document`, or raise a :class:`DocumentError` saying why.

    ``published`` and ``country`` are defaults for records that lack them (the CLI's --published/--country).
    """
    if not isinstance(record, dict):
        raise DocumentError(f"expected a JSON object, got {type(record).__name__}", source=where)
    raw_id = record.get("id", default_id)
    if raw_id is None or (isinstance(raw_id, str) and not raw_id.strip()):
        raise DocumentError("document has no id", field="id", source=where)
    if not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool):
        raise DocumentError(f"id must be text or a number, got {type(raw_id).__name__}", field="id", source=where)
    doc_id = _no_surrogates(str(raw_id).strip())
    text = record.get("text")
    if text is None:
        raise DocumentError("document has no text", doc_id=doc_id, field="text", source=where)
    if not isinstance(text, str):
        raise DocumentError(f"text must be a string, got {type(text).__name__}", doc_id=doc_id, field="text", source=where)
    if not text.strip():
        raise DocumentError("text is empty", doc_id=doc_id, field="text", source=where)
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(f"text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit; split the document",
                            doc_id=doc_id, field="text", source=where)
    unknown = sorted(set(record) - KNOWN_FIELDS)
    warnings = [f"unknown field {_shown(name)} ignored" for name in unknown]
    text, repairs = repair_text(text)
    if repairs:
        warnings.append(f"text repaired: {', '.join(repairs)}")
    if not text.strip():
        raise DocumentError("text is empty after repair (only control characters)", doc_id=doc_id, field="text", source=where)
    return Document(
        id=doc_id,
        text=text,
        published=_parse_published(record.get("published"), doc_id, where) or published,
        country=_optional_str(record, "country", doc_id, where) or country,
        source=_optional_str(record, "source", doc_id, where),
        url=_optional_str(record, "url", doc_id, where),
        title=_repaired(_optional_str(record, "title", doc_id, where)),
        warnings=tuple(warnings),
    )


def _read_jsonl(stream: TextIO, name: str, **defaults: Any) -> Iterator[Document | DocumentError]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        if line == _NOT_UTF8:
            yield DocumentError("line is not UTF-8; convert the file to UTF-8", source=where)
            continue
        if line == _TOO_LONG:
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
        try:
            yield document_from_dict(record, where=where, **defaults)
        except DocumentError as exc:
            yield exc
        except Exception as exc:  # a bug in reading must cost only this line
            yield DocumentError(f"internal error reading the document: {type(exc).__name__}: {exc}", source=where)


def _json_int(text: str) -> int | str:
    return int(text) if len(text.lstrip("-")) <= MAX_INT_DIGITS else text


def _loads(line: str) -> Any:
    """One JSON value, with nesting bounded by :data:`MAX_JSON_DEPTH` and absurdly long integers kept as text."""
    if line.count("[") + line.count("{") > MAX_JSON_DEPTH and _depth(line) > MAX_JSON_DEPTH:
        raise ValueError(f"nested more than {MAX_JSON_DEPTH} levels deep")
    return json.loads(line, parse_int=_json_int)


_STRING_OR_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


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


def _read_text_file(path: Path, **defaults: Any) -> Iterator[Document | DocumentError]:
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
    try:
        yield document_from_dict({"id": path.stem, "text": text}, where=str(path), **defaults)
    except DocumentError as exc:
        yield exc


def _open_utf8(path: Path) -> TextIO:
    return path.open(encoding="utf-8", errors="strict", newline="")


def _read_jsonl_file(path: Path, **defaults: Any) -> Iterator[Document | DocumentError]:
    with _open_utf8(path) as stream:
        lines = _utf8_lines(stream, str(path))
        yield from _read_jsonl(lines, str(path), **defaults)  # type: ignore[arg-type]


def _utf8_lines(stream: TextIO, name: str) -> Iterator[str]:
    """Lines of a text stream; a line that is not UTF-8 becomes a marker the JSONL reader reports."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        yield from stream
        return
    while raw := buffer.readline(MAX_LINE_BYTES + 1):
        if len(raw) > MAX_LINE_BYTES:  # skip the rest of the line a piece at a time
            while not raw.endswith(b"\n") and (raw := buffer.readline(MAX_LINE_BYTES)):
                pass
            yield _TOO_LONG
            continue
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield _NOT_UTF8


def read_documents(inputs: Iterable[str | Path], *, published: dt.date | None = None,
                   country: str | None = None, stdin: TextIO | None = None) -> Iterator[Document | DocumentError]:
    """Stream documents from paths (``.jsonl``/``.json``, ``.txt``, folders of those) or ``-`` for stdin.

    Yields a :class:`DocumentError` for each document that cannot be used, in input order.
    Raises :class:`InputError` only for a path that does not exist or has an unknown kind.
    """
    defaults: dict[str, Any] = {"published": published, "country": country}
    for item in inputs:
        if str(item) == "-":
            stream = stdin or sys.stdin
            yield from _read_jsonl(_utf8_lines(stream, "<stdin>"), "<stdin>", **defaults)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in {".txt", ".jsonl", ".json"})
            if not files:
                raise InputError(f"{path}: folder holds no .txt or .jsonl files")
            for file in files:
                yield from _read_path(file, defaults)
        elif path.is_file():
            yield from _read_path(path, defaults)
        else:
            raise InputError(f"{path}: no such file or folder")


def _read_path(path: Path, defaults: dict[str, Any]) -> Iterator[Document | DocumentError]:
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".json", ".ndjson"}:
        yield from _read_jsonl_file(path, **defaults)
    elif suffix == ".txt":
        yield from _read_text_file(path, **defaults)
    else:
        raise InputError(f"{path}: unknown input kind {suffix or '(no suffix)'}; use .jsonl, .txt, a folder or -")
