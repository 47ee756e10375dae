"""The in-memory stand-in store and the opening of --db paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from samples import make_store, sample_events

from eventcoder.errors import StoreError
from eventcoder.server import open_store


def test_opens_an_extract_output_file(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    lines = [json.dumps(e.to_dict()) for e in sample_events()]
    lines.append(json.dumps({"kind": "aggregate_claim", "claim_id": "c1"}))  # other records are skipped
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = open_store(path)
    rows, total = store.query_events(limit=None)
    assert total == len(sample_events())
    detail = store.get_event("ev-basra-1")
    assert detail is not None and detail["mentions"][0]["evidence"]["location"][0]["text"] == "Basra"


def test_bad_extract_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "events.jsonl"
    path.write_text('{"kind": "event", "event_id": "e", "doc_id": "d"}\nnot json\n', encoding="utf-8")
    with pytest.raises(StoreError, match=r"events.jsonl:2"):
        open_store(path)


def test_corrections_stay_when_the_pipeline_output_is_loaded_again() -> None:
    store = make_store()
    store.correct_field("ev-nasiriyah", "fatalities", 1, who="ana", why="later report")
    store.add_events(sample_events())  # re-ingest: the machine's records come in again
    row = store.get_event("ev-nasiriyah")
    assert row is not None and row["fatalities"] == 1 and row["corrected"] == ["fatalities"]
    assert row["mentions"][0]["fatalities"] == 0  # the machine's value is kept beside it


def test_split_needs_some_but_not_all_mentions() -> None:
    store = make_store()
    with pytest.raises(ValueError, match="some, but not all"):
        store.split_event("ev-basra-1", ["ev-basra-1", "ev-basra-2"], who="ana", why="x")
    with pytest.raises(KeyError):
        store.mark_wrong("ev-nope", who="ana", why="x")
