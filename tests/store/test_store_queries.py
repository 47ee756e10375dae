"""Queries for the CLI and the web app, and exports of store rows."""

from __future__ import annotations

import csv
import io
import json

import polars as pl
import pytest
from store_stub import StubPipeline

from eventcoder.export import write_rows
from eventcoder.record import ACLED_COLUMNS
from eventcoder.store import EventFilter


@pytest.fixture
def loaded(store, corpus_documents, coded):
    store.ingest_documents(corpus_documents, processor=StubPipeline(coded))
    return store


def test_filters_combine(loaded):
    assert loaded.query_events(EventFilter(date_from="2020-01-21"))[1] == 1
    assert loaded.query_events(EventFilter(date_to="2020-01-20", admin1="dhi qar"))[1] == 2
    assert loaded.query_events(EventFilter(actor="police forces"))[1] == 1
    assert loaded.query_events(EventFilter(text="students"))[1] == 1
    assert loaded.query_events(EventFilter(country="Kuwait"))[1] == 0


def test_untrusted_text_is_a_value_not_sql(loaded):
    assert loaded.query_events(EventFilter(text="x' OR 1=1 --"))[1] == 0
    assert loaded.query_events(EventFilter(text="%"))[1] == 0, "LIKE wildcards are escaped"
    with pytest.raises(ValueError, match="cannot order by"):
        loaded.query_events(order_by="fatalities; DROP TABLE events")


def test_paging_and_order(loaded):
    rows, total = loaded.query_events(limit=2, offset=0, order_by="-fatalities")
    more, _ = loaded.query_events(limit=2, offset=2, order_by="-fatalities")
    assert total == 4 and [r["fatalities"] for r in rows + more] == [2, 1, 1, 0]
    assert len({r["event_id"] for r in rows + more}) == 4
    assert [r["event_id"] for r in loaded.iter_events(page_size=3)] == \
        [r["event_id"] for r in loaded.query_events(limit=None, order_by="event_date")[0]]


def test_timeline_and_admin1_counts(loaded):
    days = loaded.timeline()
    assert days == [{"period": "2020-01-20", "events": 3, "fatalities": 3},
                    {"period": "2020-01-21", "events": 1, "fatalities": 1}]
    weeks = loaded.timeline(interval="week")
    assert weeks == [{"period": "2020-01-18", "events": 4, "fatalities": 4}], "ACLED weeks start on Saturday"
    regions = {(r["admin1"], r["events"], r["fatalities"]) for r in loaded.admin1_counts()}
    assert regions == {("Dhi Qar", 2, 3), ("Basrah", 1, 0), ("Baghdad", 1, 1)}
    assert loaded.facets()["event_type"] == ["Explosions/Remote violence", "Protests", "Violence against civilians"]


def test_csv_export_uses_acled_columns_in_order(loaded):
    out = io.StringIO()
    count = write_rows(loaded.iter_events(), "csv", stream=out)
    out.seek(0)
    reader = csv.DictReader(out)
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    rows = list(reader)
    assert count == len(rows) == 4
    nasiriyah = next(r for r in rows if r["event_type"] == "Protests" and r["admin1"] == "Dhi Qar")
    assert (nasiriyah["fatalities"], nasiriyah["iso3"], nasiriyah["interaction"]) == ("2", "IRQ", "16")
    assert nasiriyah["source"] == "Alpha News; Beta Daily; Gamma Wire"


def test_jsonl_geojson_and_parquet_exports(loaded, tmp_path):
    out = io.StringIO()
    write_rows(loaded.iter_events(), "jsonl", stream=out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 4 and all(isinstance(r["sources"], list) for r in records)
    out = io.StringIO()
    write_rows(loaded.iter_events(), "geojson", stream=out)
    features = json.loads(out.getvalue())["features"]
    assert features[0]["geometry"]["type"] == "Point"
    path = tmp_path / "events.parquet"
    assert write_rows(loaded.iter_events(), "parquet", path=path) == 4
    frame = pl.read_parquet(path)
    assert frame.columns[:len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert frame["fatalities"].sum() == 4 and frame.height == 4


def test_aggregate_claims_are_stored(store):
    from eventcoder.documents import document_from_dict
    from eventcoder.pipeline import DocumentResult
    from eventcoder.record import AggregateClaim

    document = document_from_dict({"id": "agg", "text": "Over 600 protesters killed since October.", "published": "2020-01-10"})
    claim = AggregateClaim("ag-1", "agg", "fatalities", 600, "2019-10-01", None, "Iraq", "Amnesty", None, "Over 600")

    def processor(items):
        for item in items:
            yield DocumentResult(item.id, aggregates=[claim], content_hash=item.content_hash, document=item)

    summary = store.ingest_documents([document], processor=processor)
    assert summary.aggregates == 1 and summary.events == 0
    [stored] = store.aggregates(doc_id="agg")
    assert (stored["figure"], stored["period_start"], stored["claimed_by"]) == (600, "2019-10-01", "Amnesty")


def test_parquet_of_event_objects_keeps_every_field(tmp_path):
    from eventcoder.export import write_parquet
    from eventcoder.record import Claim, Event, Span

    event = Event("ev-1", "doc-1", event_date="2020-01-20", event_type="Protests", fatalities=2, latitude=30.5,
                  claims=[Claim("fatalities", 2, "medics", Span(0, 3, "two"))], sources=["doc-1"])
    path = tmp_path / "events.parquet"
    assert write_parquet([event, Event("ev-2", "doc-2")], path) == 2
    frame = pl.read_parquet(path)
    assert frame["event_id"].to_list() == ["ev-1", "ev-2"]
    assert str(frame["event_date"][0]) == "2020-01-20" and frame["fatalities"].to_list() == [2, 0]
    assert json.loads(frame["claims"][0])[0]["source"] == "medics"
