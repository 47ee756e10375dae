"""Digests of datelined briefs (issue 14, reader 5 A2): each brief is read as a story of its own, with its own
dateline's place, country and date. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

from reading import read

from eventcoder.article.anatomy import read_anatomy
from eventcoder.documents import document_from_dict
from eventcoder.pipeline import Pipeline

DIGEST = ("WORLD IN BRIEF\n\n"
          "LUSAKA \u2014 Police fired tear gas at striking miners in Kitwe on Tuesday, union leaders said.\n\n"
          "ACCRA, March 10 (Reuters) - Hundreds of traders marched peacefully through Accra against a new levy.")


def test_a_digest_has_one_brief_per_dateline() -> None:
    anatomy = read_anatomy(DIGEST, published=dt.date(2025, 3, 12))
    assert [b.text.split(" ")[0] for b in anatomy.briefs] == ["LUSAKA", "ACCRA,"]
    assert all(DIGEST[b.start:b.end] == b.text for b in anatomy.briefs)
    assert anatomy.briefs[0].text.endswith("union leaders said.")


def test_a_story_with_one_dateline_has_no_briefs() -> None:
    text = ("KABUL, March 10 (Reuters) - A bomb killed four people at a market in Kabul on Monday.\n\n"
            "The Taliban said they were investigating.\n\n"
            "kandahar: a separate blast wounded two men.")  # a lower-case line inside a story files no brief
    assert read_anatomy(text, published=dt.date(2025, 3, 12)).briefs == []


def test_a_later_dateline_after_an_unfinished_line_opens_no_brief() -> None:
    text = "LAGOS \u2014 Protesters gathered in Lagos on Monday, shouting\nABUJA \u2014 and waving flags."
    assert read_anatomy(text, published=dt.date(2025, 3, 12)).briefs == []


def test_each_brief_is_coded_to_its_own_dateline_country(pipeline: Pipeline) -> None:
    result = read(pipeline, DIGEST)
    by_country = {e.country: e for e in result.events}
    assert set(by_country) == {"Zambia", "Ghana"}
    zambia, ghana = by_country["Zambia"], by_country["Ghana"]
    assert zambia.actor1 is not None and zambia.actor1.endswith("(Zambia)")
    assert ghana.actor1 == "Protesters (Ghana)" and ghana.location == "Accra"
    assert ghana.event_date == dt.date(2025, 3, 10)  # its own dateline's date, not the first brief's Tuesday
    assert zambia.event_date == dt.date(2025, 3, 11)
    # evidence keeps the digest's own offsets
    for event in result.events:
        for spans in event.evidence.values():
            assert all(DIGEST[s.start:s.end] == s.text for s in spans)
    assert len({e.event_id for e in result.events}) == 2
    assert [b["dateline"]["place"] for b in result.explanation["briefs"]] == ["LUSAKA", "ACCRA"]


def test_a_posts_first_line_of_sentences_is_no_headline() -> None:
    text = ("\u26a1 Our units shot down a helicopter near the village of Pisky during the night. Glory to the heroes! "
            "\U0001f1fa\U0001f1e6\nAir defence also downed four drones.")
    assert read_anatomy(text, published=dt.date(2025, 3, 12)).headline is None


def test_our_forces_in_a_ministry_post_are_the_ministrys(pipeline: Pipeline) -> None:
    row = {"id": "t", "published": "2025-03-12", "country": "Ukraine", "source": "Russian Ministry of Defence",
           "text": "Our forces struck a Ukrainian command post near Kupiansk on Tuesday."}
    (result,) = pipeline.process([document_from_dict(row)])
    (event,) = result.events
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Russia")
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Ukraine")
