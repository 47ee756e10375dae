"""Fuzzing, briefly: arbitrary bytes into the reader, arbitrary text through the screen and the number
reader, and a few dozen mutated documents through the real pipeline. A long run is
``benchmarks/fuzz_extract.py --count 100000`` (docs/HARDENING.md)."""

from __future__ import annotations

import json
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder.budget import Budget, screen
from eventcoder.documents import Document, read_documents
from eventcoder.errors import DocumentError
from eventcoder.fuzz import MUTATIONS, SEEDS, mutate, mutated_lines
from eventcoder.quantities.numbers import find_numbers

_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_JSONISH = st.lists(st.one_of(st.binary(max_size=40), st.sampled_from(
    [b'{"id": "a", "text": "x"}', b"[" * 50, b"]", b'"\\ud800"', b"9" * 5_000, b"\xff\xfe", b"\x00", b'{"text":']
)), max_size=8).map(b"".join)


def _non_blank(lines: list[bytes]) -> int:
    return sum(1 for line in lines if not _decodes(line) or line.decode("utf-8").strip())


def _decodes(line: bytes) -> bool:
    try:
        line.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


@_FAST
@given(st.lists(_JSONISH, max_size=6))
def test_the_reader_gives_one_document_or_error_per_line_whatever_the_bytes(tmp_path_factory, lines):
    lines = [line.replace(b"\n", b" ") for line in lines]
    path = tmp_path_factory.mktemp("fuzz") / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(read_documents([path]))
    assert all(isinstance(item, (Document, DocumentError)) for item in items)
    assert len(items) == _non_blank(lines)


@_FAST
@given(st.text(alphabet=st.sampled_from("ab 1(,.-\n\u00e9\ud800\U0001F525"), max_size=600),
       st.integers(min_value=1, max_value=20), st.integers(min_value=1, max_value=20))
def test_the_screen_leaves_no_run_over_its_limits(text, punct, token):
    budget = Budget(max_punct_run=punct, max_token_chars=token, max_chars=10_000)
    result = screen(Document("d", text), budget)
    assert all(len(run) <= punct for run in re.findall(r"[^\w\s]+", result.text))
    assert all(len(chunk) <= token for chunk in result.text.split())


@_FAST
@given(st.text(alphabet=st.sampled_from("0123456789, -anddozenshundredtwo"), max_size=400))
def test_reading_numbers_never_raises(text):
    for quantity in find_numbers(text):
        assert 0 <= quantity.start < quantity.end <= len(text)


def test_mutations_are_reproducible_single_lines():
    first = list(mutated_lines(200, seed=3))
    assert first == list(mutated_lines(200, seed=3))
    assert all(b"\n" not in line and line.decode("utf-8", "replace").strip() for line, _ in first)
    used = {name for _, names in first for name in names}
    assert used == set(MUTATIONS)


@pytest.mark.slow
def test_mutated_documents_through_the_pipeline_each_give_one_result(tmp_path):
    from eventcoder.pipeline import Pipeline

    rng = random.Random(20)
    lines = [mutate(rng, dict(rng.choice(SEEDS)))[0] for _ in range(40)] + [json.dumps(SEEDS[0]).encode()]
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    results = list(Pipeline.from_config().process(read_documents([path])))
    assert len(results) == len(lines)
    assert results[-1].error is None and results[-1].events
    for result in results:
        assert (result.error is None) or isinstance(result.error, DocumentError)


def test_the_fuzz_harness_reads_the_extract_summary_line() -> None:
    import importlib.util
    from pathlib import Path

    from eventcoder.commands.extract import ExtractSummary

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "fuzz_extract.py"
    spec = importlib.util.spec_from_file_location("fuzz_extract", path)
    harness = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(harness)  # type: ignore[union-attr]
    summary = ExtractSummary()
    summary.documents, summary.processed, summary.errors, summary.events = 10, 7, 3, 12
    summary.undated, summary.not_coded, summary.slowest = 2, 1, (1.5, "doc-9")
    match = harness._SUMMARY.search("warning: something\n" + summary.line() + "\n")
    assert match is not None
    assert [int(g) for g in match.groups()[:5]] == [10, 7, 12, 0, 3]
    assert (match.group(6), match.group(7)) == ("'doc-9'", "1.50")
