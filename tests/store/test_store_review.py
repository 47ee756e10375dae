"""Review: corrections kept as an audit trail, surviving re-ingest and re-merge."""

from __future__ import annotations

import pytest
from store_stub import StubPipeline, article, event_fields, snapshot

from eventcoder.documents import document_from_dict
from eventcoder.store import EventFilter, EventNotFoundError, EventStore


def _protest_event(store: EventStore, admin1: str = "Dhi Qar") -> dict:
    rows, total = store.query_events(EventFilter(event_type="Protests", admin1=admin1))
    assert total == 1
    return rows[0]


@pytest.fixture
def loaded(store, corpus_documents, coded) -> EventStore:
    store.ingest_documents(corpus_documents, processor=StubPipeline(coded))
    return store


def test_field_correction_is_applied_audited_and_survives_remerge_and_reingest(loaded, corpus_documents, coded):
    event = _protest_event(loaded)
    updated = loaded.correct_field(event["event_id"], "fatalities", "3", who="ana", why="hospital list names three")
    assert updated["fatalities"] == 3 and updated["corrected"] == ["fatalities"]
    assert updated["event_id"] == event["event_id"]
    loaded.merge()
    loaded.ingest_documents(corpus_documents, processor=StubPipeline(coded), force=True)
    assert _protest_event(loaded)["fatalities"] == 3
    [entry] = loaded.audit_trail(event["event_id"])
    assert (entry["kind"], entry["field"], entry["value"], entry["who"], entry["why"], entry["applied"]) == (
        "field", "fatalities", 3, "ana", "hospital list names three", True)
    assert entry["created_at"] is not None


def test_correction_follows_its_event_when_a_new_report_joins(loaded):
    event = _protest_event(loaded)
    loaded.correct_field(event["event_id"], "notes", "Checked by hand.", who="ana", why="rewrite")
    later = document_from_dict(article("epsilon-0125", event_fields(
        event_date="2020-01-20", admin1="Dhi Qar", location="Nasiriyah", latitude=31.058, longitude=46.257),
        published="2020-01-25"))
    loaded.ingest_documents([later], processor=StubPipeline())
    merged = _protest_event(loaded)
    assert merged["n_documents"] == 4 and merged["notes"] == "Checked by hand."


def test_merge_and_split_survive_remerge(loaded):
    basra = _protest_event(loaded, "Basrah")
    nasiriyah = _protest_event(loaded, "Dhi Qar")
    merged = loaded.merge_events([basra["event_id"], nasiriyah["event_id"]], who="ana", why="same march")
    assert merged["n_mentions"] == 5
    loaded.merge()
    rows, total = loaded.query_events(EventFilter(event_type="Protests"))
    assert total == 1 and rows[0]["event_id"] == merged["event_id"]

    full = loaded.get_event(merged["event_id"])
    moving = [m["mention_id"] for m in full["mentions"] if m["admin1"] == "Basrah"]
    stay, new = loaded.split_event(merged["event_id"], moving, who="bo", why="two marches after all")
    assert (stay["n_mentions"], new["n_mentions"]) == (3, 2)
    before = snapshot(loaded.con)
    loaded.merge()
    assert snapshot(loaded.con) == before, "a re-merge keeps the analysts' merge and split"
    assert [c["kind"] for c in loaded.audit_trail()] == ["split", "merge"]


def test_marked_wrong_events_leave_queries_until_unmarked(loaded):
    event = _protest_event(loaded, "Basrah")
    loaded.mark_wrong(event["event_id"], who="ana", why="a commemoration, not a protest")
    loaded.merge()
    assert loaded.query_events(EventFilter(admin1="Basrah", event_type="Protests"))[1] == 0
    rows, _ = loaded.query_events(EventFilter(admin1="Basrah", event_type="Protests", include_wrong=True))
    assert rows[0]["status"] == "wrong"
    loaded.mark_wrong(event["event_id"], who="ana", why="it was a protest", wrong=False)
    assert _protest_event(loaded, "Basrah")["status"] == "ok"


def test_corrections_are_validated(loaded):
    event_id = _protest_event(loaded)["event_id"]
    with pytest.raises(ValueError, match="cannot be corrected"):
        loaded.correct_field(event_id, "event_id", "x", who="a", why="b")
    with pytest.raises(ValueError, match="not a date"):
        loaded.correct_field(event_id, "event_date", "20 January", who="a", why="b")
    with pytest.raises(ValueError, match="not an ACLED sub-event type"):
        loaded.correct_field(event_id, "sub_event_type", "Sit-in", who="a", why="b")
    with pytest.raises(ValueError, match="why"):
        loaded.correct_field(event_id, "fatalities", 1, who="a", why=" ")
    with pytest.raises(EventNotFoundError):
        loaded.correct_field("ev-missing", "fatalities", 1, who="a", why="b")
    with pytest.raises(ValueError, match="some, but not all"):
        loaded.split_event(event_id, [], who="a", why="b")
    assert loaded.counts()["corrections"] == 0


def test_inter_correction_updates_interaction_and_date_updates_year(loaded):
    event_id = _protest_event(loaded)["event_id"]
    row = loaded.correct_field(event_id, "inter2", 3, who="a", why="militia, not police")
    assert row["interaction"] == 36
    row = loaded.correct_field(event_id, "event_date", "2019-12-31", who="a", why="late report")
    assert (row["event_date"], row["year"]) == ("2019-12-31", 2019)
