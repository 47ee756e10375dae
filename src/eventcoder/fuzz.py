"""Mutated input for fuzzing ``extract``: JSON Lines that a careless user or an attacker might send.

:func:`mutated_lines` turns a few well-formed seed records into an endless, reproducible stream of
lines, each a mutation of a seed: byte flips, truncation, splicing, punctuation runs, Unicode edge
cases (lone surrogates, NULs, controls, bidi marks, combining marks), deep nesting, huge tokens
and numbers, endless repetition, wrong field types. Most lines stay short so that many can be
run; a few are large on purpose. Each line is one line (no newline inside) and never blank, so the
reader yields exactly one document or one error per line.

Used by the fuzz tests (briefly, in every test run) and by ``benchmarks/fuzz_extract.py`` (long).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator, Sequence
from typing import Any

__all__ = ["SEEDS", "MUTATIONS", "mutated_lines", "mutate"]

#: Short reports written for fuzzing (not taken from any data set).
SEEDS: tuple[dict[str, Any], ...] = (
    {"id": "f-1", "text": "Police fired tear gas at protesters in Basra on Monday, injuring 12 people.",
     "published": "2020-01-20", "country": "Iraq"},
    {"id": "f-2", "text": "Gunmen killed three civilians near Kirkuk on Tuesday, officials said.", "published": "2020-02-04"},
    {"id": "f-3", "text": "BAGHDAD (Reuters) - Thousands marched in Tahrir Square on Friday demanding early elections. "
     "Security forces arrested 20 demonstrators.\n\nA rocket struck the Green Zone later that night.",
     "published": "2019-11-29", "country": "Iraq", "source": "Reuters"},
    {"id": "f-4", "text": "Farmers blocked the highway outside Lahore for a second day over wheat prices.",
     "title": "Farmers protest"},
    {"id": "f-5", "text": "An explosion at a market in Mogadishu killed at least 8 people and wounded dozens, "
     "police said. Al Shabaab claimed the attack.", "published": "2020-03-02", "country": "Somalia"},
    {"id": 6, "text": "Students rallied peacefully at the university in Khartoum."},
)

_PUNCTUATION = "(),.;:!?-–—'\"[]{}/\\*&%$#@^~`|<>+=_…«»“”"
_UNICODE = ("\ud800", "\udfff", "\x00", "\x07", "\x1b[31m", "\u202e", "\u200b", "\ufeff", "\u0301" * 50, "\U0001F525",
            "\uffff", "\u3000", "\u2028", "\x85", "Ã©", "&amp;", "\uFDD0", "\U0010FFFF", "ǅ", "İ", "ß" * 20)


def _text_of(record: dict[str, Any]) -> str:
    text = record.get("text")
    return text if isinstance(text, str) else ""


def _with_text(record: dict[str, Any], text: str) -> dict[str, Any]:
    return {**record, "text": text}


def _punctuation_run(rng: random.Random, record: dict[str, Any]) -> dict[str, Any]:
    text = _text_of(record)
    chars = rng.choice([rng.choice(_PUNCTUATION), "".join(rng.sample(_PUNCTUATION, 3))])
    run = chars * ((10_000 if rng.random() < 0.02 else rng.choice([10, 100, 1_000])) // len(chars))
    cut = rng.randint(0, len(text))
    return _with_text(record, text[:cut] + run + text[cut:])


def _unicode_edge(rng: random.Random, record: dict[str, Any]) -> dict[str, Any]:
    text = list(_text_of(record))
    for _ in range(rng.randint(1, 6)):
        text.insert(rng.randint(0, len(text)), rng.choice(_UNICODE))
    field = rng.choice(["text", "text", "text", "id", "title", "country"])
    value = "".join(text) if field == "text" else rng.choice(_UNICODE) + str(record.get(field, "x"))
    return {**record, field: value}


def _huge_token(rng: random.Random, record: dict[str, Any]) -> dict[str, Any]:
    size = 100_000 if rng.random() < 0.02 else rng.choice([300, 5_000])
    token = rng.choice(["7" * size, "x" * size, "http://example.org/" + "a/" * (size // 2), "1," * (size // 2),
                        "a-" * (size // 2), "(a" * (size // 2)])
    text = _text_of(record)
    cut = rng.randint(0, len(text))
    return _with_text(record, f"{text[:cut]} {token} {text[cut:]}")


def _repetition(rng: random.Random, record: dict[str, Any]) -> dict[str, Any]:
    unit = rng.choice(["Two died. ", _text_of(record) + " ", "protest ", "killed killed "])
    times = rng.choice([500, 5_000, 200_000]) if rng.random() < 0.02 else rng.choice([5, 50])
    return _with_text(record, (unit * times)[:1_999_000])


def _splice(rng: random.Random, record: dict[str, Any]) -> dict[str, Any]:
    other = _text_of(rng.choice(SEEDS))
    text = _text_of(record)
    return _with_text(record, text[:rng.randint(0, len(text))] + other[rng.randint(0, len(other)):])


def _wrong_type(rng: random.Random, record: dict[str, Any]) -> dict[str, Any]:
    field = rng.choice(["id", "text", "published", "country", "title", "source"])
    value = rng.choice([None, True, 0, -1, 1.5e308, [], {}, ["a"], {"text": "x"}, "", " ", "2020-13-45",
                        "9" * 5_000, "x" * 3_000])
    return {**record, field: value}


def _numbers(rng: random.Random, record: dict[str, Any]) -> dict[str, Any]:
    number = rng.choice(["9" * 100_000 if rng.random() < 0.1 else "9" * 300, "9" * 5_000, "1" + "0" * 30, "1,000,000,000,000", "-5", "3.14e999", "0x1F"])
    return _with_text(record, f"Officials said {number} people were killed. " + _text_of(record))


# Mutations of the record (the line is written by json.dumps afterwards).
_RECORD_MUTATIONS: dict[str, Callable[[random.Random, dict[str, Any]], dict[str, Any]]] = {
    "punctuation_run": _punctuation_run,
    "unicode_edge": _unicode_edge,
    "huge_token": _huge_token,
    "repetition": _repetition,
    "splice": _splice,
    "wrong_type": _wrong_type,
    "numbers": _numbers,
}


def _byte_flips(rng: random.Random, line: bytes) -> bytes:
    data = bytearray(line)
    for _ in range(rng.randint(1, 3)):  # the high bit breaks UTF-8; most flips keep it
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8 if rng.random() < 0.3 else 7)
    return bytes(data)


def _truncation(rng: random.Random, line: bytes) -> bytes:
    return line[:rng.randint(1, len(line))]


def _nesting(rng: random.Random, line: bytes) -> bytes:
    depth = 10_000 if rng.random() < 0.05 else rng.choice([2, 40, 1_000])
    if rng.random() < 0.5:
        return b"[" * depth + line + b"]" * depth
    inner = b'{"a": ' * depth + b"1" + b"}" * depth
    return line.rstrip(b"}") + b', "extra": ' + inner + b"}"


def _line_splice(rng: random.Random, line: bytes) -> bytes:
    other = json.dumps(rng.choice(SEEDS)).encode()
    return line[:rng.randint(0, len(line))] + other[rng.randint(0, len(other)):]


# Mutations of the raw line, after JSON encoding (they may break the JSON or the UTF-8).
_LINE_MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "byte_flips": _byte_flips,
    "truncation": _truncation,
    "nesting": _nesting,
    "line_splice": _line_splice,
}

MUTATIONS: tuple[str, ...] = (*_RECORD_MUTATIONS, *_LINE_MUTATIONS)

# Heavy mutations (large documents) are drawn rarely, so that a long run stays mostly short documents.
_WEIGHTS: dict[str, float] = {"huge_token": 0.3, "repetition": 0.5, "nesting": 0.5}


def mutate(rng: random.Random, record: dict[str, Any], names: Sequence[str] = MUTATIONS) -> tuple[bytes, list[str]]:
    """One mutated line (no newline) from ``record``, and the mutations applied (one to three)."""
    chosen = rng.choices(list(names), weights=[_WEIGHTS.get(n, 1.0) for n in names], k=rng.randint(1, 3))
    for name in chosen:
        if name in _RECORD_MUTATIONS:
            record = _RECORD_MUTATIONS[name](rng, record)
    line = json.dumps(record, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")
    for name in chosen:
        if name in _LINE_MUTATIONS:
            line = _LINE_MUTATIONS[name](rng, line)
    line = line.replace(b"\n", b" ").replace(b"\r", b" ")  # one record, one line
    if not line.decode("utf-8", "replace").strip():  # the reader skips blank lines; keep one per record
        line = b"?"
    return line, chosen


def mutated_lines(count: int, *, seed: int = 0, seeds: Sequence[dict[str, Any]] = SEEDS,
                  names: Sequence[str] = MUTATIONS) -> Iterator[tuple[bytes, list[str]]]:
    """``count`` mutated lines, the same for the same ``seed``; each comes with its mutations' names.
    A tenth of the lines are left well-formed, so events keep flowing beside the errors."""
    rng = random.Random(seed)
    for number in range(count):
        record = {**rng.choice(seeds), "id": f"fuzz-{seed}-{number}"}
        if rng.random() < 0.1:
            yield json.dumps(record).encode("utf-8"), []
            continue
        yield mutate(rng, record, names)
