"""Stories whose violence is background (issue 14, "Is this an event report?"; docs/READING.md stop 21). Every
story was written for these tests (tests/fixtures/news/background.jsonl):

- ``recalled``: speeches, interviews and seminars that recall old attacks with no day or place of their own
  ("the security forces killed all the terrorists, he said" at a hospital's opening);
- ``background``: paragraphs about the consequences of old violence ("students had lost their books in the
  riots", "the violence, which has displaced ...");
- ``policy``: policy and politics stories that borrow violence's words ("crackdown on illegal liquor", "transfer
  of officers who acted against the rioters", "blueprint to rehabilitate the victims", an inquiry's report);
- ``control``: news told through speakers and briefings, which must stay one record.

``expect`` holds what a careful coder following ACLED's rules records: nothing, or the one event of the story
(its event type and deaths; places are the geo stage's and are not asserted here).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from eventcoder.pipeline import DocumentResult, PipelineConfig, process
from eventcoder.taxonomy import EVENT_TYPES

with (Path(__file__).parent / "fixtures" / "news" / "background.jsonl").open(encoding="utf-8") as _stream:
    STORIES = [json.loads(line) for line in _stream if line.strip()]
KINDS = {"recalled", "background", "policy", "control"}


def test_collection_is_well_formed() -> None:
    assert len(STORIES) >= 20 and len({story["id"] for story in STORIES}) == len(STORIES)
    for story in STORIES:
        assert story["kind"] in KINDS and story["title"] and dt.date.fromisoformat(story["published"])
        expect = story["expect"]
        assert expect["count"] in (0, 1), story["id"]
        assert (expect["count"] == 1) == ("event" in expect), story["id"]
        if "event" in expect:
            assert expect["event"]["event_type"] in EVENT_TYPES
    assert sum(story["expect"]["count"] == 0 for story in STORIES) >= 14


@pytest.fixture(scope="module")
def results() -> dict[str, DocumentResult]:
    documents = [{name: story[name] for name in ("id", "text", "published", "title")} for story in STORIES]
    return {result.doc_id: result for result in process(documents, config=PipelineConfig())}


def _describe(result: DocumentResult) -> str:
    return "\n".join(f"{e.event_date} {e.location} {e.sub_event_type} fatalities={e.fatalities}" for e in result.events)


@pytest.mark.slow
@pytest.mark.parametrize("story", STORIES, ids=[story["id"] for story in STORIES])
def test_background_story_gives_its_one_event_or_none(results, story: dict[str, Any]) -> None:
    result = results[story["id"]]
    assert result.error is None, result.error
    expect = story["expect"]
    assert len(result.events) == expect["count"], f"{story['note']}; got:\n{_describe(result)}"
    if expect["count"]:
        (event,) = result.events
        assert event.event_type == expect["event"]["event_type"], _describe(result)
        assert event.fatalities == expect["event"]["fatalities"], _describe(result)


@pytest.mark.slow
def test_background_reasons_are_named_for_explain(results) -> None:
    """Each rule's reason is written by ``--explain`` (the document's ``set_aside``)."""
    reasons = {story["id"]: [d["reason"] for d in (results[story["id"]].explanation or {}).get("set_aside", [])]
               for story in STORIES}
    assert any(r.startswith("recalled:") for r in reasons["rc-01-hospital-speech"])
    assert any(r.startswith("recalled:") for r in reasons["rc-05-party-convention"])
    assert any(r.startswith("background: told in the past perfect") for r in reasons["bg-06-harvest"])
    assert any(r.startswith("a reference: the subject of an inquiry") for r in reasons["pp-05-inquiry-report"])
    assert any(r.startswith("names people") for r in reasons["pp-02-transfers"])
