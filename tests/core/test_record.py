"""Records: ACLED columns and codes, stable ids, lossless serialisation."""

from __future__ import annotations

import csv
import io
import json

from eventcoder.export import write_csv, write_geojson, write_jsonl
from eventcoder.record import ACLED_COLUMNS, Claim, Event, Span, make_event_id
from eventcoder.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES, interaction_code, is_valid_pair


def _event(**changes) -> Event:
    base = dict(event_id=make_event_id("d1", "2020-01-19", "Kufa"), doc_id="d1", event_date="2020-01-19",
                time_precision=1, event_type="Riots", sub_event_type="Violent demonstration",
                actor1="Rioters (Iraq)", inter1=5, interaction=50, country="Iraq", admin1="Najaf", location="Kufa",
                latitude=32.03, longitude=44.40, geo_precision=1, fatalities=0,
                claims=[Claim("fatalities", 0, None, Span(0, 4, "Kufa"))],
                evidence={"location": [Span(3, 7, "Kufa")]}, confidence=0.8)
    base.update(changes)
    return Event(**base)


def test_taxonomy_has_six_types_and_twenty_five_sub_types():
    assert len(EVENT_TYPES) == 6
    assert len(SUB_EVENT_TYPES) == 25
    assert is_valid_pair("Protests", "Protest with intervention")
    assert not is_valid_pair("Riots", "Protest with intervention")


def test_interaction_puts_lowest_code_first():
    assert interaction_code(3, 1) == 13
    assert interaction_code(1, 3) == 13
    assert interaction_code(2, None) == 20
    assert interaction_code(None, 7) == 70
    assert interaction_code(6, 6) == 66
    assert interaction_code(None, None) is None


def test_event_id_is_deterministic_and_content_sensitive():
    assert make_event_id("d1", "2020-01-19", "Kufa") == make_event_id("d1", "2020-01-19", "Kufa")
    assert make_event_id("d1", "2020-01-19", "Kufa") != make_event_id("d1", "2020-01-20", "Kufa")


def test_json_round_trip_keeps_evidence_and_claims():
    event = _event()
    again = Event.from_dict(json.loads(json.dumps(event.to_dict())))
    assert again == event


def test_csv_has_acled_columns_in_order_and_codes():
    out = io.StringIO()
    assert write_csv([_event()], out) == 1
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0][:len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert rows[0][len(ACLED_COLUMNS):] == ["injuries", "arrests", "claims"]  # kept after ACLED's
    row = dict(zip(rows[0], rows[1]))
    assert int(row["timestamp"]) > 0
    assert row["event_id_cnty"].startswith("ev-")
    assert (row["iso"], row["iso3"], row["year"]) == ("368", "IRQ", "2020")
    assert row["admin2"] == ""  # unknown stays empty, never "None"


def test_geojson_is_valid_and_skips_missing_coordinates():
    out = io.StringIO()
    write_geojson([_event(), _event(event_id="ev-2", latitude=None, longitude=None)], out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    first, second = collection["features"]
    assert first["geometry"] == {"type": "Point", "coordinates": [44.40, 32.03]}
    assert second["geometry"] is None
    assert "evidence" in first["properties"] and "claims" in first["properties"]


def test_jsonl_marks_the_record_kind():
    out = io.StringIO()
    write_jsonl([_event()], out)
    assert json.loads(out.getvalue())["kind"] == "event"
