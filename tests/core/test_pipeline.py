"""The pipeline runs stages in declared order and never lets one document sink the batch."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder.analysis import Analysis
from eventcoder.documents import Document
from eventcoder.errors import DocumentError, EventcoderError
from eventcoder.pipeline import Pipeline, check_stage_order, split_for_parsing


class Recorder:
    def __init__(self, name: str, requires=(), assigns=(), fail_on: str | None = None):
        self.name, self.requires, self.assigns, self.fail_on = name, tuple(requires), tuple(assigns), fail_on
        self.seen: list[str] = []

    def __call__(self, analysis: Analysis) -> None:
        if analysis.document.id == self.fail_on:
            raise ValueError("boom")
        self.seen.append(analysis.document.id)


@pytest.fixture(scope="module")
def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_stage_requirements_are_checked_when_built():
    with pytest.raises(EventcoderError, match="requires"):
        check_stage_order([Recorder("places", requires=["mentions"])])
    check_stage_order([Recorder("mentions", requires=["doc"], assigns=["mentions"]),
                       Recorder("places", requires=["mentions"], assigns=["mentions.place"])])


def test_a_failing_stage_names_document_and_stage_and_the_batch_goes_on(blank_nlp):
    first = Recorder("mentions", assigns=["mentions"], fail_on="bad")
    second = Recorder("assemble", requires=["mentions"], assigns=["events"])
    pipeline = Pipeline(blank_nlp, [first, second])
    items = [Document("good-1", "A text."), DocumentError("invalid JSON", source="x.jsonl:2"),
             Document("bad", "Another."), Document("good-2", "Third.")]
    results = list(pipeline.process(items))
    assert [r.doc_id for r in results] == ["good-1", None, "bad", "good-2"]
    assert results[1].error is items[1]
    assert results[2].error.stage == "mentions" and results[2].error.doc_id == "bad"
    assert "boom" in str(results[2].error)
    assert second.seen == ["good-1", "good-2"]


def test_long_documents_are_parsed_in_pieces_with_exact_offsets(blank_nlp):
    paragraph = "Protesters gathered in the square. Police fired tear gas.\n\n"
    text = paragraph * 40
    pipeline = Pipeline(blank_nlp, [])
    pipeline.chunk_chars = 500
    assert len(split_for_parsing(text, 500)) > 1
    short, long, other = pipeline.parse([Document("a", "Short one."), Document("long", text), Document("b", "Last.")])
    assert (short.text, long.text, other.text) == ("Short one.", text, "Last.")
    starts = [s.start_char for s in long.sents]
    assert text.rindex("Police fired") in starts


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=400), st.integers(min_value=5, max_value=60))
def test_split_for_parsing_loses_nothing(text, limit):
    pieces = split_for_parsing(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces[:-1])
