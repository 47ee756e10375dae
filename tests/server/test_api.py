"""The dashboard's JSON API over the sample store (in memory and in the DuckDB event store)."""

from __future__ import annotations

from typing import Any

from samples import DOCS, PAYLOADS


def events(client: Any, **params: Any) -> dict[str, Any]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def basra_event(client: Any) -> dict[str, Any]:
    page = events(client, admin1="Basra")
    assert page["total"] >= 1
    return page["events"][0]


def test_lists_events_newest_first_with_totals(client: Any) -> None:
    page = events(client)
    dates = [e["event_date"] for e in page["events"]]
    assert dates == sorted(dates, reverse=True)
    assert page["total"] == len(page["events"]) >= 3
    assert events(client, limit=1)["total"] == page["total"]
    assert len(events(client, limit=1)["events"]) == 1


def test_filters_combine(client: Any) -> None:
    assert {e["admin1"] for e in events(client, admin1="Dhi Qar")["events"]} == {"Dhi Qar"}
    assert {e["event_date"] for e in events(client, date_from="2019-10-08", date_to="2019-10-08")["events"]} == {"2019-10-08"}
    assert events(client, actor="police")["total"] >= 2  # Basra and the hostile document
    assert events(client, actor="police", admin1="Dhi Qar")["total"] == 0
    assert events(client, q="nasiriyah")["events"][0]["location"] == "Nasiriyah"
    assert events(client, event_type="Battles")["total"] == 0


def test_sorts_by_a_whitelisted_field_only(client: Any) -> None:
    deadly = events(client, order_by="-fatalities")["events"]
    assert deadly[0]["fatalities"] == 2
    assert events(client, order_by="fatalities")["events"][-1]["fatalities"] == 2
    response = client.get("/api/events", params={"order_by": "notes; DROP TABLE events"})
    assert response.status_code == 400
    assert "order" in response.json()["detail"]
    assert events(client)["total"] >= 3  # nothing was dropped


def test_rejects_bad_dates_and_page_sizes(client: Any) -> None:
    assert client.get("/api/events", params={"date_from": "yesterday"}).status_code == 400
    assert client.get("/api/events", params={"limit": 100_000}).status_code == 422


def test_timeline_counts_events_and_fatalities(client: Any) -> None:
    days = client.get("/api/timeline").json()
    by_day = {d["period"]: d for d in days}
    assert by_day["2019-10-07"]["fatalities"] == 2
    assert by_day["2019-10-08"]["events"] == 1
    weeks = client.get("/api/timeline", params={"interval": "week"}).json()
    assert sum(w["events"] for w in weeks) == sum(d["events"] for d in days)
    assert client.get("/api/timeline", params={"interval": "year"}).status_code == 422


def test_admin1_counts_and_map_points(client: Any) -> None:
    regions = {r["admin1"]: r for r in client.get("/api/admin1").json()}
    assert regions["Basra"]["fatalities"] == 2
    assert abs(regions["Basra"]["latitude"] - 30.51) < 1e-6
    answer = client.get("/api/map", params={"admin1": "Basra"}).json()
    points = [dict(zip(answer["fields"], row)) for row in answer["points"]]
    assert points and all(abs(p["longitude"] - 47.81) < 1e-6 for p in points)
    assert {p["event_date"] for p in points} == {"2019-10-07"}


def test_event_view_has_documents_evidence_and_claims(client: Any) -> None:
    detail = client.get(f"/api/events/{basra_event(client)['event_id']}").json()
    texts = {d["doc_id"]: d["text"] for d in detail["documents"]}
    assert texts["doc-basra"] == DOCS["doc-basra"][2]
    for mention in detail["mentions"]:
        text = texts[mention["doc_id"]]
        for span in mention["evidence"] + [c["span"] for c in mention["claims"] if c["span"]]:
            assert text[span["start"]:span["end"]] == span["text"]
    claims = [c for m in detail["mentions"] for c in m["claims"]]
    assert {"field": "fatalities", "source": "medical sources"}.items() <= claims[0].items() or any(
        c["source"] == "medical sources" and c["value"] == 2 for c in claims)


def test_unknown_event_is_404(client: Any) -> None:
    response = client.get("/api/events/ev-nope")
    assert response.status_code == 404
    assert "ev-nope" in response.json()["detail"]


def test_correction_is_applied_and_audited(client: Any) -> None:
    event_id = basra_event(client)["event_id"]
    response = client.post(f"/api/events/{event_id}/corrections",
                           json={"field": "fatalities", "value": 3, "why": "hospital update"})
    assert response.status_code == 200, response.text
    event_id = response.json()["event_ids"][0]
    detail = client.get(f"/api/events/{event_id}").json()
    assert detail["event"]["fatalities"] == 3
    assert "fatalities" in detail["corrected"]
    entry = detail["audit"][0]
    assert (entry["who"], entry["why"], entry["field"], entry["kind"]) == ("default-analyst", "hospital update",
                                                                           "fatalities", "field")
    assert entry["created_at"]
    assert any(e["why"] == "hospital update" for e in client.get("/api/audit").json())


def test_correction_needs_a_reason_and_a_known_field(client: Any) -> None:
    event_id = basra_event(client)["event_id"]
    url = f"/api/events/{event_id}/corrections"
    assert client.post(url, json={"field": "fatalities", "value": 3}).status_code == 422
    assert client.post(url, json={"field": "event_id", "value": "x", "why": "no"}).status_code == 400
    assert client.post("/api/events/ev-nope/corrections",
                       json={"field": "notes", "value": "x", "why": "y"}).status_code == 404


def test_reviewer_is_the_servers_user_and_no_request_can_name_another(client: Any) -> None:
    event_id = basra_event(client)["event_id"]
    url = f"/api/events/{event_id}/corrections"
    forged = client.post(url, json={"field": "notes", "value": "x", "why": "y", "who": "forged-admin"})
    assert forged.status_code == 422
    assert client.post(url, json={"field": "notes", "value": "checked", "why": "read it"}).status_code == 200
    assert [e["who"] for e in client.get("/api/audit").json()] == ["default-analyst"]


def test_marked_wrong_events_leave_the_lists(client: Any) -> None:
    target = events(client, admin1="Dhi Qar")["events"][0]["event_id"]
    total = events(client)["total"]
    assert client.post(f"/api/events/{target}/wrong", json={"why": "not an event"}).status_code == 200
    assert events(client)["total"] == total - 1
    assert events(client, include_wrong=True)["total"] == total
    assert client.get(f"/api/events/{target}").json()["status"] == "wrong"
    assert target not in {row[0] for row in client.get("/api/map").json()["points"]}
    assert target in {row[0] for row in client.get("/api/map", params={"include_wrong": True}).json()["points"]}
    client.post(f"/api/events/{target}/wrong", json={"why": "it was", "wrong": False})
    assert events(client)["total"] == total


def test_merge_then_split(client: Any) -> None:
    first = events(client, admin1="Dhi Qar")["events"][0]["event_id"]
    second = basra_event(client)["event_id"]
    total = events(client)["total"]
    merged = client.post("/api/merge", json={"event_ids": [first, second], "why": "same sit-in"})
    assert merged.status_code == 200, merged.text
    merged_id = merged.json()["event_ids"][0]
    assert events(client)["total"] == total - 1
    detail = client.get(f"/api/events/{merged_id}").json()
    docs = {m["doc_id"] for m in detail["mentions"]}
    assert "doc-nasiriyah" in docs and "doc-basra" in docs
    moved = [m["mention_id"] for m in detail["mentions"] if m["doc_id"] == "doc-nasiriyah"]
    split = client.post(f"/api/events/{merged_id}/split", json={"mention_ids": moved, "why": "different city"})
    assert split.status_code == 200, split.text
    assert len(split.json()["event_ids"]) == 2
    assert events(client)["total"] == total
    assert client.post("/api/merge", json={"event_ids": [first], "why": "x"}).status_code == 422


def test_untrusted_text_comes_back_verbatim_as_json(client: Any) -> None:
    page = events(client, q="karbala")
    hostile = page["events"][0]
    assert hostile["actor2"] == f"Police {PAYLOADS[0]}"
    detail = client.get(f"/api/events/{hostile['event_id']}")
    assert detail.headers["content-type"].startswith("application/json")
    assert PAYLOADS[1] in detail.text.replace("\\\"", "\"")


def test_payload_in_filters_is_data_not_sql(client: Any) -> None:
    total = events(client)["total"]
    assert events(client, q="' OR 1=1 --")["total"] == 0
    assert events(client, actor="%")["total"] == 0
    refused = client.get("/api/events", params={"admin1": "Basra' OR '1'='1"})
    assert refused.status_code == 400 and "did you mean 'Basra'" in refused.json()["detail"]
    assert events(client)["total"] == total
