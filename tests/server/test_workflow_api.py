"""Issue 17 through the API: the new filters, export of the filter, names that help, review that
keeps records valid, reviewed marks and bulk actions."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from test_api import basra_event, events


def correct(client: Any, event_id: str, field: str, value: Any) -> Any:
    return client.post(f"/api/events/{event_id}/corrections", json={"field": field, "value": value, "why": "review"})


def test_sub_type_filter_and_unknown_parameter(client: Any) -> None:
    peaceful = events(client, sub_event_type="Peaceful protest")
    assert peaceful["total"] >= 1 and {e["sub_event_type"] for e in peaceful["events"]} == {"Peaceful protest"}
    assert client.get("/api/events", params={"sub_type": "Attack"}).status_code == 422


def test_table_rows_carry_sub_type_and_actor2(client: Any) -> None:
    row = basra_event(client)
    assert row["sub_event_type"] == "Excessive force against protesters"
    assert row["actor2"].startswith("Police Forces of Iraq")


def test_confidence_conflict_and_review_filters(client: Any) -> None:
    total = events(client)["total"]
    assert events(client, min_confidence=0, max_confidence=1)["total"] + \
        events(client, reviewed="true")["total"] >= 0  # accepted
    assert events(client, conflicts="false")["total"] + events(client, conflicts="true")["total"] == total
    assert events(client, reviewed="true")["total"] == 0
    target = basra_event(client)["event_id"]
    done = client.post(f"/api/events/{target}/reviewed", json={"why": "read both reports"})
    assert done.status_code == 200, done.text
    reviewed = events(client, reviewed="true")["events"]
    assert [e["event_id"] for e in reviewed] == done.json()["event_ids"]
    assert "reviewed" in reviewed[0]["corrected"]
    assert events(client, reviewed="false")["total"] == total - 1
    assert client.get("/api/events", params={"min_confidence": 2}).status_code == 422


def test_bulk_marks_the_filtered_set(client: Any) -> None:
    response = client.post("/api/bulk", json={"action": "reviewed", "why": "checked the day",
                                              "filters": {"date_from": "2019-10-07", "date_to": "2019-10-08"}})
    assert response.status_code == 200, response.text
    marked = set(response.json()["event_ids"])
    assert marked == {e["event_id"] for e in events(client, reviewed="true")["events"]}
    assert marked == {e["event_id"] for e in events(client, date_from="2019-10-07", date_to="2019-10-08")["events"]}
    assert client.post("/api/bulk", json={"action": "delete", "why": "x", "filters": {}}).status_code == 422


@pytest.mark.parametrize("fmt", ["csv", "geojson", "jsonl"])
def test_export_gives_exactly_the_filtered_events(client: Any, fmt: str) -> None:
    wanted = {e["event_id"] for e in events(client, admin1="Dhi Qar")["events"]}
    response = client.get("/api/export", params={"format": fmt, "admin1": "Dhi Qar"})
    assert response.status_code == 200, response.text
    assert "attachment" in response.headers["content-disposition"]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert {r["event_id_cnty"] for r in rows} == wanted
        assert {"injuries", "arrests"} <= set(rows[0])
    elif fmt == "geojson":
        features = json.loads(response.text)["features"]
        assert {f["id"] for f in features} == wanted
    else:
        assert {json.loads(line)["event_id"] for line in response.text.splitlines()} == wanted


def test_names_resolve_or_list_close_matches(client: Any) -> None:
    iraq = events(client, country="Iraq")["total"]
    assert iraq >= 3
    assert events(client, country="IQ")["total"] == iraq and events(client, country="IRQ")["total"] == iraq
    assert events(client, admin1="Dhi Qar")["total"] == events(client, admin1="dhi qar")["total"] >= 1
    assert events(client, admin1="Basrah")["total"] == events(client, admin1="Basra")["total"]  # another spelling
    wrong_type = client.get("/api/events", params={"event_type": "Protest"})
    assert wrong_type.status_code == 400 and "'Protests'" in wrong_type.json()["detail"]
    wrong_country = client.get("/api/events", params={"country": "Irak"})
    assert wrong_country.status_code in (200, 400)  # a fuzzy match of a real country name is accepted
    nowhere = client.get("/api/events", params={"admin1": "Qwertyzz"})
    assert nowhere.status_code == 400 and "no admin1" in nowhere.json()["detail"]


def test_sub_type_must_belong_to_the_type(client: Any) -> None:
    target = basra_event(client)["event_id"]
    invalid = correct(client, target, "event_type", "Riots")  # its sub-type is a Protests one
    assert invalid.status_code == 400 and "Excessive force against protesters" in invalid.json()["detail"]
    moved = correct(client, target, "sub_event_type", "Violent demonstration")  # the sub-type decides the type
    assert moved.status_code == 200, moved.text
    event = client.get(f"/api/events/{moved.json()['event_ids'][0]}").json()["event"]
    assert (event["event_type"], event["sub_event_type"]) == ("Riots", "Violent demonstration")
    assert correct(client, target, "sub_event_type", "Shouting").status_code in (400, 404)


def test_clearing_an_actor_recomputes_inter_and_interaction(client: Any) -> None:
    target = basra_event(client)["event_id"]
    response = correct(client, target, "actor2", None)
    assert response.status_code == 200, response.text
    event = client.get(f"/api/events/{response.json()['event_ids'][0]}").json()["event"]
    assert event["actor2"] is None and event["inter2"] is None
    assert event["interaction"] == 60  # protesters alone
    renamed = correct(client, event["event_id"], "actor2", "Rioters (Iraq)")
    event = client.get(f"/api/events/{renamed.json()['event_ids'][0]}").json()["event"]
    assert (event["inter2"], event["interaction"]) == (5, 56)


@pytest.mark.parametrize("field, value", [
    ("inter1", 9), ("inter1", "x"), ("geo_precision", 4), ("time_precision", 0), ("injuries", -1),
    ("arrests", 1.5), ("latitude", 91), ("event_date", "2020-13-01"), ("actor1", ""), ("fatalities", True),
])
def test_every_field_is_validated(client: Any, field: str, value: Any) -> None:
    target = basra_event(client)["event_id"]
    response = correct(client, target, field, value)
    assert response.status_code in (400, 422), (field, value, response.text)


def test_codes_precisions_injuries_and_arrests_can_be_corrected(client: Any) -> None:
    target = basra_event(client)["event_id"]
    for field, value in (("injuries", 12), ("arrests", 4), ("geo_precision", 2), ("time_precision", 2),
                         ("inter1", 5)):
        response = correct(client, target, field, value)
        assert response.status_code == 200, (field, response.text)
        target = response.json()["event_ids"][0]
    event = client.get(f"/api/events/{target}").json()["event"]
    assert (event["injuries"], event["arrests"], event["geo_precision"], event["time_precision"]) == (12, 4, 2, 2)
    assert (event["inter1"], event["interaction"]) == (5, 15)
