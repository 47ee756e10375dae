"""De-duplication rules, on hand-built mentions (no store, no pipeline)."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from eventcoder.store.merge import (MergeMention, cluster_mentions, compatible, merge_mentions, normalise_name,
                                   reconcile)


def mention(mention_id: str, **fields) -> MergeMention:
    base = dict(doc_id=f"doc-{mention_id}", published=dt.date(2020, 1, 21), event_date=dt.date(2020, 1, 20),
                time_precision=1, event_type="Protests", sub_event_type="Peaceful protest",
                actor1="Protesters (Iraq)", inter1=6, country="Iraq", admin1="Basrah", location="Basrah",
                latitude=30.5, longitude=47.8, geo_precision=1, confidence=0.5)
    base.update(fields)
    return MergeMention(mention_id=mention_id, **base)


def groups(mentions: list[MergeMention]) -> list[list[str]]:
    return sorted(sorted(m.mention_id for m in c) for c in cluster_mentions(m.prepare() for m in mentions))


def test_same_day_place_actors_and_type_merge():
    assert groups([mention("a"), mention("b", location="al-Basra"), mention("c")]) == [["a", "b", "c"]]


def test_different_day_place_type_or_actors_stay_apart():
    ms = [mention("a"), mention("day", event_date=dt.date(2020, 1, 21)),
          mention("place", admin1="Dhi Qar", location="Nasiriyah", latitude=31.0, longitude=46.2),
          mention("type", event_type="Riots", sub_event_type="Violent demonstration"),
          mention("town", location="Zubair", latitude=30.39, longitude=47.70),
          mention("country", country="Kuwait")]
    assert groups(ms) == [["a"], ["country"], ["day"], ["place"], ["town"], ["type"]]


def test_date_precision_gives_tolerance():
    week = mention("week", event_date=dt.date(2020, 1, 22), time_precision=2)
    month = mention("month", event_date=dt.date(2020, 1, 15), time_precision=3,
                    actor2="Police Forces of Iraq (2018-2020)")
    too_far = mention("far", event_date=dt.date(2020, 1, 24), time_precision=2)
    assert groups([mention("a"), week, too_far]) == [["a", "week"], ["far"]]
    assert groups([mention("a"), month]) == [["a", "month"]]


def test_region_precise_mention_fits_a_town_of_its_region_but_not_another_region():
    region = mention("region", location="Basrah", geo_precision=3, latitude=None, longitude=None)
    other = mention("other", admin1="Maysan", location="Amarah", geo_precision=3)
    town = mention("town", location="Zubair", latitude=30.39, longitude=47.70)
    assert groups([town, region, other]) == [["other"], ["region", "town"]]


def test_nearby_coordinates_count_as_one_place():
    assert groups([mention("a"), mention("b", location="Basra Center", latitude=30.51, longitude=47.81)]) == [["a", "b"]]


def test_actors_must_agree_but_missing_and_unidentified_fit_anything():
    police = mention("police", actor2="Police Forces of Iraq (2018-2020)", inter2=1)
    police_other_years = mention("police2", actor2="Police Forces of Iraq (2019-)", inter2=1)
    militia = mention("militia", actor2="Kataib Hezbollah", inter2=3)
    unknown = mention("unknown", actor2="Unidentified Armed Group (Iraq)", inter2=3)
    assert groups([police, police_other_years, mention("plain")]) == [["plain", "police", "police2"]]
    assert groups([police, militia]) == [["militia"], ["police"]]
    assert groups([police, unknown]) == [["police", "unknown"]]


def test_a_vague_mention_cannot_chain_two_events_together():
    """Complete linkage: the vague report joins one event, it does not glue both into one."""
    police = mention("police", actor2="Police Forces of Iraq (2018-2020)", inter2=1)
    militia = mention("militia", actor2="Kataib Hezbollah", inter2=3)
    vague = mention("vague", actor2=None)
    result = groups([police, militia, vague])
    assert len(result) == 2 and sorted(len(g) for g in result) == [1, 2]


def test_reconcile_takes_precise_fields_and_the_lowest_reported_toll():
    precise = mention("precise", fatalities=3, fatalities_reported=True, location="Zubair",
                      latitude=30.39, longitude=47.70, published=dt.date(2020, 1, 22))
    region = mention("region", fatalities=5, fatalities_reported=True, location="Basrah", geo_precision=3,
                     source="Outlet B")
    silent = mention("silent", fatalities=0, location="Zubair", latitude=30.39, longitude=47.70, source="Outlet A")
    [event] = merge_mentions([precise, region, silent])
    assert event["fatalities"] == 3, "0 from a report that says nothing about deaths is not a lower toll"
    assert (event["location"], event["geo_precision"], event["event_date"]) == ("Zubair", 1, dt.date(2020, 1, 20))
    assert event["source"] == "Outlet A; Outlet B"
    assert event["sources"] == ["doc-precise", "doc-region", "doc-silent"]
    assert {c["field"] for c in event["conflicts"]} == {"fatalities", "location"}


def test_the_most_precise_date_wins_and_the_other_is_a_conflict():
    week = mention("week", time_precision=2, event_date=dt.date(2020, 1, 22), published=dt.date(2020, 1, 20))
    [event] = merge_mentions([mention("day"), week])
    assert (event["event_date"], event["time_precision"]) == (dt.date(2020, 1, 20), 1)
    assert event["anchor_mention"] == "week"
    [conflict] = event["conflicts"]
    assert conflict["field"] == "event_date" and conflict["chosen"] == "2020-01-20"


def test_a_report_vague_in_both_time_and_place_joins_nothing():
    vague = mention("vague", location="Basrah", geo_precision=3, time_precision=2, event_date=dt.date(2020, 1, 21))
    town = mention("town", location="Zubair", latitude=30.39, longitude=47.70)
    assert groups([town, vague]) == [["town"], ["vague"]]


def test_two_different_near_towns_stay_apart_but_near_fits_its_town():
    near_a = mention("near_a", location="Zubair", latitude=30.39, longitude=47.70, geo_precision=2)
    near_b = mention("near_b", location="Abu al-Khasib", latitude=30.45, longitude=48.00, geo_precision=2)
    town = mention("town", location="Basrah", latitude=30.50, longitude=47.81)
    far = mention("far", location="Qurna", latitude=31.0, longitude=47.43, geo_precision=2)
    assert groups([near_a, near_b]) == [["near_a"], ["near_b"]]
    assert groups([town, near_b, far]) == [["far"], ["near_b", "town"]]


def test_reported_zero_deaths_is_the_conservative_figure():
    [event] = merge_mentions([mention("none", fatalities=0, fatalities_reported=True),
                              mention("some", fatalities=4, fatalities_reported=True)])
    assert event["fatalities"] == 0


def test_event_id_is_the_earliest_published_report():
    late = mention("late", published=dt.date(2020, 1, 25))
    early = mention("early", published=dt.date(2020, 1, 21))
    [event] = merge_mentions([late, early])
    assert event["anchor_mention"] == "early" and event["mention_ids"] == ["early", "late"]
    [alone] = merge_mentions([mention("early", published=dt.date(2020, 1, 21))])
    assert alone["event_id"] == event["event_id"], "a later report joining does not change the id"


def test_assoc_actors_are_united_on_the_right_side():
    a = mention("a", actor2="Police Forces of Iraq", assoc_actor_1="Students (Iraq)")
    b = mention("b", actor1="Police Forces of Iraq", actor2="Protesters (Iraq)", assoc_actor_2="Teachers (Iraq)")
    [event] = merge_mentions([a, b])
    assert event["assoc_actor_1"] == "Students (Iraq); Teachers (Iraq)"


def test_names_are_normalised_for_spelling_variants():
    assert normalise_name("Al-Nasiriyah") == normalise_name("Nasiriya") == normalise_name("nasiriyah")
    assert normalise_name("Baqubah") == normalise_name("Baquba")
    assert normalise_name("Basrah") != normalise_name("Baghdad")


_places = st.sampled_from([("Basrah", "Basrah", 30.5, 47.8), ("Basrah", "Zubair", 30.39, 47.70),
                           ("Dhi Qar", "Nasiriyah", 31.0, 46.2)])


@st.composite
def mentions_lists(draw) -> list[MergeMention]:
    count = draw(st.integers(1, 14))
    result = []
    for i in range(count):
        admin1, location, lat, lon = draw(_places)
        result.append(mention(
            f"m{i}", doc_id=f"d{draw(st.integers(0, 5))}", event_date=dt.date(2020, 1, draw(st.integers(18, 22))),
            time_precision=draw(st.sampled_from([1, 1, 2, 3])), geo_precision=draw(st.sampled_from([1, 1, 2, 3])),
            admin1=admin1, location=location, latitude=lat, longitude=lon,
            actor2=draw(st.sampled_from([None, "Police Forces of Iraq", "Kataib Hezbollah"])),
            fatalities=draw(st.integers(0, 4)), fatalities_reported=draw(st.booleans()),
            sub_event_type=draw(st.sampled_from(["Peaceful protest", "Protest with intervention"])),
            published=dt.date(2020, 1, draw(st.integers(20, 25)))))
    return result


@settings(max_examples=60, deadline=None)
@given(mentions_lists(), st.randoms(use_true_random=False))
def test_merge_is_deterministic_whatever_the_order_and_idempotent(ms, rnd: random.Random):
    first = merge_mentions(ms)
    shuffled = list(ms)
    rnd.shuffle(shuffled)
    assert merge_mentions(shuffled) == first
    # merging the merged events' mentions again gives the same events
    by_id = {m.mention_id: m for m in ms}
    again = [reconcile(sorted((by_id[i] for i in e["mention_ids"]), key=lambda m: m.order)) for e in first]
    assert again == first
    # every mention lands in exactly one event, and every event's members are pairwise compatible
    ids = sorted(i for e in first for i in e["mention_ids"])
    assert ids == sorted(by_id)
    assert all(e["fatalities"] <= max(by_id[i].fatalities for i in e["mention_ids"]) for e in first)
    for event in first:
        members = [by_id[i] for i in event["mention_ids"]]
        assert all(compatible(a, b) for a in members for b in members)
