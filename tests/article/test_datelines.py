"""Datelines of any outlet, end to end, on stories written for these tests: the dateline's date and
place are fallbacks, never above the body's own weekday or place."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def extract(pipeline: Pipeline, text: str, published: str, country: str | None = None):
    return read(pipeline, text, published=published, country=country).events


@pytest.mark.parametrize(("text", "published", "day"), [
    # a Saturday paper; Tuesday is the 16th
    ("NAMPULA, Mozambique, June 20 (Noticias) - Insurgents killed four villagers in Mecuburi district on Tuesday, "
     "local sources said.", "2026-06-20", "2026-06-16"),
    ("Khulna, Nov 10 (BSS) \u2014 Pickets set fire to three buses in the city on Sunday during a strike, police said.",
     "2026-11-10", "2026-11-08"),
    ("KAOLACK, Senegal, March 6 (APS) - Police fired tear gas at students protesting in the town on Wednesday.",
     "2026-03-06", "2026-03-04"),
])
def test_the_bodys_weekday_beats_the_datelines_date(pipeline: Pipeline, text: str, published: str, day: str) -> None:
    events = extract(pipeline, text, published)
    assert events and all(e.event_date.isoformat() == day for e in events)
    assert all(e.time_precision == 1 for e in events)


def test_a_roundups_day_headings_date_their_lines_and_are_no_dateline(pipeline: Pipeline) -> None:
    events = extract(pipeline, (
        "Weekly security roundup\n\n"
        "Monday, Nov 2 \u2014 Kohat: Two policemen were killed when militants attacked a police post with grenades.\n"
        "Tuesday, Nov 3 \u2014 Tank: Security forces killed four militants in an operation near the town.\n"
        "Wednesday, Nov 4 \u2014 Turbat: A grenade attack on a shop in the main bazaar injured three people.\n"),
        "2026-11-09", "Pakistan")
    assert sorted((str(e.event_date), e.time_precision) for e in events) == [
        ("2026-11-02", 1), ("2026-11-03", 1), ("2026-11-04", 1)]


def test_an_undated_lead_takes_the_day_its_next_sentence_gives(pipeline: Pipeline) -> None:
    events = extract(pipeline, (
        "SRINAGAR: Two militants were killed in an encounter with security forces in the Keran sector of Kupwara "
        "district, the Army said on Tuesday. The infiltration bid was foiled along the Line of Control late on "
        "Monday, officials said."), "2026-05-06", "India")
    assert [(str(e.event_date), e.time_precision) for e in events] == [("2026-05-04", 1)]
