"""Issue 17: the Python API as users expect it: one text or a list of texts, dates as
datetime.date, results as a pandas DataFrame; exports still write ISO dates."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator

import pytest

import eventcoder
from eventcoder.documents import Document
from eventcoder.export import write_csv, write_jsonl
from eventcoder.pipeline import DocumentResult
from eventcoder.record import Event

TEXT = "Police fired tear gas at protesters in Basra on Monday."


class OneEventPerDocument:
    """Stands in for the pipeline: every document gives one protest event dated 2020-01-20."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def process(self, items: Iterable[Document]) -> Iterator[DocumentResult]:
        for doc in items:
            self.texts.append(doc.text)
            event = Event(event_id=f"ev-{doc.id}", doc_id=doc.id, event_date="2020-01-20", event_type="Protests",
                          sub_event_type="Excessive force against protesters", actor1="Protesters (Iraq)",
                          country="Iraq", fatalities=2, injuries=5)
            yield DocumentResult(doc.id, events=[event])


def test_one_text_is_one_document() -> None:
    fake = OneEventPerDocument()
    events = list(eventcoder.extract(TEXT, pipeline=fake))  # type: ignore[arg-type]
    assert fake.texts == [TEXT] and len(events) == 1


def test_a_list_of_texts_is_one_document_each() -> None:
    fake = OneEventPerDocument()
    results = list(eventcoder.process([TEXT, "Rioters burned tyres in Najaf."], pipeline=fake))  # type: ignore[arg-type]
    assert fake.texts == [TEXT, "Rioters burned tyres in Najaf."] and len(results) == 2


def test_event_date_is_a_date_and_serialises_as_iso_text() -> None:
    event = Event(event_id="e", doc_id="d", event_date="2020-01-20", country="Iraq")
    assert event.event_date == dt.date(2020, 1, 20)
    assert Event.from_dict(json.loads(json.dumps(event.to_dict()))).event_date == dt.date(2020, 1, 20)
    assert event.acled_row()["event_date"] == "2020-01-20" and event.acled_row()["year"] == 2020
    out = io.StringIO()
    write_jsonl([event], out)
    assert json.loads(out.getvalue())["event_date"] == "2020-01-20"
    out = io.StringIO()
    write_csv([event], out)
    assert next(csv.DictReader(io.StringIO(out.getvalue())))["event_date"] == "2020-01-20"
    with pytest.raises(ValueError, match="event_date"):
        Event(event_id="e", doc_id="d", event_date="20th of January")


def test_to_frame_gives_acled_columns_and_dates() -> None:
    fake = OneEventPerDocument()
    frame = eventcoder.to_frame(eventcoder.process([TEXT, TEXT + " Again."], pipeline=fake))  # type: ignore[arg-type]
    assert list(frame.columns[:3]) == ["data_id", "iso", "event_id_cnty"]
    assert len(frame) == 2 and frame["injuries"].tolist() == [5, 5]
    assert str(frame["event_date"].dtype).startswith("datetime64")
    assert frame["event_date"].dt.date.tolist() == [dt.date(2020, 1, 20)] * 2


def test_extract_csv_keeps_injuries_arrests_and_claims_and_geojson_keeps_evidence() -> None:
    from eventcoder.export import write_geojson
    from eventcoder.record import Claim, Span

    event = Event(event_id="e", doc_id="d", event_date="2020-01-20", country="Iraq", latitude=30.5, longitude=47.8,
                  fatalities=2, injuries=14, arrests=3,
                  claims=[Claim("fatalities", 2, "medical sources", Span(0, 9, "two died."))],
                  evidence={"fatalities": [Span(0, 9, "two died.")]})
    out = io.StringIO()
    write_csv([event], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["injuries"], row["arrests"]) == ("14", "3")
    assert json.loads(row["claims"]) == [{"field": "fatalities", "value": 2, "source": "medical sources"}]
    out = io.StringIO()
    write_geojson([event], out)
    properties = json.loads(out.getvalue())["features"][0]["properties"]
    assert properties["claims"][0]["source"] == "medical sources"
    assert properties["evidence"]["fatalities"][0]["text"] == "two died."
    assert properties["event_date"] == "2020-01-20"
