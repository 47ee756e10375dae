"""Issue 20: no input stops a run. Each failure found by probing and fuzzing is a test here."""

from __future__ import annotations

import io
import json
import threading

import pytest
from typer.testing import CliRunner

from eventcoder.analysis import Analysis
from eventcoder.budget import Budget, TimeBudgetExceeded, screen, time_limit
from eventcoder.cli import app
from eventcoder.commands.extract import OutputFormat, run_extract
from eventcoder.documents import Document, read_documents
from eventcoder.readers.jsonl import MAX_JSON_DEPTH
from eventcoder.errors import DocumentError
from eventcoder.pipeline import DocumentResult, Pipeline, PipelineConfig
from eventcoder.quantities.numbers import find_numbers

GOOD = {"id": "good", "text": "Police killed two protesters in Basra on Monday.", "published": "2020-01-20"}


def _read(tmp_path, lines: list[str]) -> list[Document | DocumentError]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_documents([path]))


# Reading ---------------------------------------------------------------------------------------

def test_a_line_nested_10000_levels_is_its_own_error_and_keeps_the_lines_around_it(tmp_path):
    items = _read(tmp_path, [json.dumps(GOOD), "[" * 10_000 + "]" * 10_000,
                             json.dumps({**GOOD, "extra": {"a": "[" * 50}, "id": "g2"})])
    assert [type(i).__name__ for i in items] == ["Document", "DocumentError", "Document"]
    assert f"nested more than {MAX_JSON_DEPTH} levels" in str(items[1]) and items[1].source.endswith(":2")


def test_an_integer_of_100000_digits_is_read_as_text(tmp_path):
    (item,) = _read(tmp_path, ['{"id": ' + "9" * 100_000 + ', "text": "Two died."}'])
    assert isinstance(item, Document) and item.id == "9" * 100_000


def test_lone_surrogates_in_any_field_are_replaced_so_the_record_can_be_written(tmp_path):
    (item,) = _read(tmp_path, ['{"id": "s\\udc00", "text": "Protesters \\ud800 marched.", "title": "T\\udfff", '
                               '"source": "\\ud800"}'])
    assert isinstance(item, Document)
    for value in (item.id, item.text, item.title, item.source):
        value.encode("utf-8")  # raised UnicodeEncodeError before
    assert any("surrogates" in w for w in item.warnings)


def test_an_error_never_echoes_a_large_input(tmp_path):
    (item,) = _read(tmp_path, [json.dumps({**GOOD, "published": "9" * 5_000})])
    assert isinstance(item, DocumentError) and len(str(item)) < 300


# Counts ----------------------------------------------------------------------------------------

def test_a_100000_digit_number_is_no_count_and_raises_nothing():
    text = f"Officials said {'7' * 100_000} people were killed and 3 were injured."
    assert [q.value for q in find_numbers(text)] == [3]


# Budgets: the screen ---------------------------------------------------------------------------

@pytest.mark.parametrize("run", ["(" * 10_000, "," * 10_000, "(,." * 4_000])
def test_runs_of_punctuation_are_cut_and_named(run):
    document = screen(Document("p", f"Protest in Basra {run} today."), Budget(max_punct_run=32))
    assert max(len(chunk) for chunk in document.text.split()) <= 32
    assert document.text.startswith("Protest in Basra ") and document.text.endswith(" today.")
    assert any("punctuation cut to 32" in w for w in document.warnings)


def test_a_token_of_100000_characters_is_cut():
    document = screen(Document("t", "x" * 100_000 + " Two died."), Budget(max_token_chars=200))
    assert document.text == "x" * 200 + " Two died."
    assert any("without a space cut to 200" in w for w in document.warnings)


def test_endless_repetition_and_oversize_fail_before_parsing_with_what_to_change():
    with pytest.raises(DocumentError, match="over the per-document budget of 200,000; .*--max-chars") as over:
        screen(Document("r", "Two died. " * 199_999), Budget())
    assert over.value.stage == "budget" and over.value.doc_id == "r"
    with pytest.raises(DocumentError, match="endlessly repetitive"):
        screen(Document("r", "Two died. " * 5_000), Budget())


def test_too_many_tokens_fail_before_parsing():
    text = " ".join("a-" * 99 + "a" for _ in range(400))  # no run over the limits, 80,000 tokens
    with pytest.raises(DocumentError, match="about 79,600 words and marks, over the per-document budget of 60,000"):
        screen(Document("t", text), Budget(min_compression=0.0))


def test_ordinary_text_passes_the_screen_untouched():
    document = Document("n", "BAGHDAD (Reuters) - Police said: \"Two died...\" -- see http://example.org/a/b?c=d.")
    assert screen(document, Budget()) is document


# Budgets: time ---------------------------------------------------------------------------------

def _spin(limit: int = 200_000_000) -> None:
    for _ in range(limit):  # ends on its own, so a broken limit fails the test instead of hanging it
        pass


def test_the_time_limit_interrupts_a_step_in_the_main_thread():
    with pytest.raises(TimeBudgetExceeded, match="time budget of 0.05 s"):
        with time_limit(0.05):
            _spin()


def test_off_the_main_thread_the_time_limit_is_checked_between_steps():
    caught: list[BaseException] = []

    def work() -> None:
        try:
            with time_limit(0.01) as check:
                _spin(2_000_000)
                _spin(2_000_000)
                check()
        except TimeBudgetExceeded as exc:
            caught.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert len(caught) == 1


class _Stage:
    def __init__(self, name: str, action) -> None:
        self.name, self.requires, self.assigns, self.action = name, (), (), action

    def __call__(self, analysis: Analysis) -> None:
        self.action(analysis.document.text)


@pytest.fixture(scope="module")
def blank_nlp():
    import spacy

    nlp = spacy.blank("en")

    @spacy.Language.component("issue20_fragile")
    def fragile(doc):  # stands for a failure inside spaCy on one text
        if "BOOM" in doc.text:
            raise UnicodeEncodeError("utf-8", doc.text, 0, 1, "surrogates not allowed")
        return doc

    nlp.add_pipe("issue20_fragile")
    return nlp


def test_a_slow_document_becomes_its_error_and_the_others_go_on(blank_nlp):
    slow = _Stage("counts", lambda text: _spin() if text == "SLOW" else None)
    pipeline = Pipeline(blank_nlp, [slow], PipelineConfig(budget=Budget(max_seconds=0.05)))
    results = list(pipeline.process([Document("a", "One."), Document("s", "SLOW"), Document("b", "Two.")]))
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].error.stage == "counts" and "time budget of 0.05 s" in results[1].error.message


def test_a_parse_failure_costs_only_its_document(blank_nlp):
    pipeline = Pipeline(blank_nlp, [])
    results = list(pipeline.process([Document("a", "One."), Document("x", "BOOM"), Document("b", "Two.")]))
    assert [r.doc_id for r in results] == ["a", "x", "b"]
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].error.stage == "parse" and "UnicodeEncodeError" in results[1].error.message


def test_screen_failures_are_results_in_place(blank_nlp):
    pipeline = Pipeline(blank_nlp, [], PipelineConfig(budget=Budget(max_chars=10)))
    results = list(pipeline.process([Document("a", "One."), Document("long", "x " * 20), Document("b", "Two.")]))
    assert [(r.doc_id, r.error is None) for r in results] == [("a", True), ("long", False), ("b", True)]
    assert results[1].error.stage == "budget"


# The errors file -------------------------------------------------------------------------------

def test_errors_are_flushed_record_by_record(tmp_path):
    path = tmp_path / "errors.jsonl"
    seen_on_disk: list[str] = []

    def results():
        yield DocumentResult("d1", error=DocumentError("bad", doc_id="d1"))
        seen_on_disk.append(path.read_text(encoding="utf-8"))  # as a killed run would leave it
        yield DocumentResult("d2", error=DocumentError("bad", doc_id="d2"))

    with path.open("w", encoding="utf-8") as errors_out:
        run_extract(results(), io.StringIO(), OutputFormat.jsonl, aggregates_out=None, errors_out=errors_out,
                    err=io.StringIO())
    assert json.loads(seen_on_disk[0])["doc_id"] == "d1"


# End to end ------------------------------------------------------------------------------------

@pytest.mark.slow
def test_extract_survives_every_probe_of_issue20(tmp_path):
    lines = [json.dumps(GOOD),
             '{"id": "surrogate", "text": "Protesters \\ud800 marched in Baghdad."}',
             "[" * 10_000 + "]" * 10_000,
             json.dumps({"id": "digits", "text": f"Officials said {'7' * 100_000} people died in Mosul."}),
             json.dumps({"id": "repeated", "text": "Two died. " * 199_999}),
             json.dumps({"id": "parens", "text": "(" * 10_000}),
             json.dumps({"id": "commas", "text": "Protest " + "," * 10_000 + " in Basra."}),
             json.dumps({**GOOD, "id": "good-2"})]
    path = tmp_path / "probes.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, errors = tmp_path / "events.jsonl", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["extract", str(path), "-o", str(out), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert "8 documents, 6 processed" in result.output and "2 errors" in result.output
    assert "Traceback" not in result.output
    failed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [(f["doc_id"], f["stage"]) for f in failed] == [(None, None), ("repeated", "budget")]
    event_docs = {json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert {"good", "good-2", "surrogate"} <= event_docs


def test_a_line_too_long_to_hold_is_skipped_unread(tmp_path, monkeypatch):
    import eventcoder.readers.jsonl as jsonl

    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 300)
    items = _read(tmp_path, [json.dumps(GOOD), json.dumps({"id": "big", "text": "x" * 1_000}), json.dumps(GOOD)])
    assert [type(i).__name__ for i in items] == ["Document", "DocumentError", "Document"]
    assert "over 300 bytes" in str(items[1]) and items[1].source.endswith(":2")


def test_what_stages_load_on_first_use_is_not_charged_to_the_first_document(blank_nlp):
    loaded: list[bool] = []

    def load_once(text: str) -> None:
        if not loaded:
            _spin(20_000_000)  # stands for a gazetteer or model loaded on first use
            loaded.append(True)

    pipeline = Pipeline(blank_nlp, [_Stage("places", load_once)], PipelineConfig(budget=Budget(max_seconds=0.05)),
                        warm_up=True)
    (result,) = pipeline.process([Document("first", "One.")])
    assert result.error is None


def test_a_stage_that_catches_every_exception_cannot_swallow_the_time_limit(blank_nlp):
    ran_on: list[bool] = []

    def careless(text: str) -> None:
        try:
            _spin()
        except Exception:  # noqa: BLE001 - what a careless stage does
            pass
        ran_on.append(True)

    pipeline = Pipeline(blank_nlp, [_Stage("actors", careless)], PipelineConfig(budget=Budget(max_seconds=0.05)))
    (result,) = pipeline.process([Document("d", "One.")])
    assert result.error is not None and result.error.stage == "actors"
    assert not ran_on
