"""Results survive the trip to plain data and back, field by field."""

from __future__ import annotations

import json

from eventcoder.engine import result_from_dict, result_to_dict
from eventcoder.errors import DocumentError
from eventcoder.pipeline import DocumentResult


def test_result_round_trips_through_json(full_result: DocumentResult) -> None:
    result = full_result
    back = result_from_dict(json.loads(json.dumps(result_to_dict(result))))
    assert back.events == result.events
    assert back.aggregates == result.aggregates
    assert back.document == result.document and back.document.warnings == result.document.warnings
    assert (back.doc_id, back.content_hash, back.warnings, back.error) == ("d1", result.content_hash, ["w"], None)


def test_error_round_trips_with_its_context() -> None:
    error = DocumentError("text is empty", doc_id="d2", field="text", source="in.jsonl:4", stage=None)
    back = result_from_dict(result_to_dict(DocumentResult("d2", error=error)))
    assert back.error is not None and back.error.to_dict() == error.to_dict()
    assert str(back.error) == str(error)
