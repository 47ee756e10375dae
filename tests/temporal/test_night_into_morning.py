"""Reader 7 (D1): a night told by its two days ("overnight Tuesday into Wednesday") is the first day's; the morning it
ran into is its end, never a day of its own resolved a week back."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.analysis import Analysis, EventMention
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import dates
from eventcoder.temporal import find_date_expressions


@pytest.mark.parametrize("text, night", [
    ("Counter-protesters attacked a student camp in Leeds overnight Tuesday into Wednesday.", "Tuesday"),
    ("Gunmen stormed a police post in Bannu on Monday night into Tuesday, officials said.", "Monday night"),
    ("Rioters torched cars in Lyon overnight Friday to Saturday.", "Friday"),
    ("Drones struck a depot near Kherson on Saturday night to early Sunday.", "Saturday night"),
])
def test_the_morning_a_night_ran_into_is_its_end(text: str, night: str) -> None:
    found = [(e.text, e.role) for e in find_date_expressions(text)]
    assert found[0][1] == "event" and night in found[0][0], found
    assert found[1][1] == "until", found


def test_two_days_of_a_range_or_a_list_stay_events() -> None:
    for text in ("From Monday to Wednesday, traders blocked the road in Kano.",
                 "Protesters marched on Tuesday and clashed with police on Wednesday."):
        assert all(e.role == "event" for e in find_date_expressions(text)), text


def test_a_night_into_a_later_weekday_is_dated_its_first_day_not_a_week_back() -> None:
    text = "Counter-protesters attacked a student camp in Leeds overnight Tuesday into Wednesday, throwing bottles."
    analysis = Analysis(document=Document(id="d", text=text, published=dt.date(2024, 4, 30)))  # a Tuesday
    at = text.index("attacked")
    analysis.mentions.append(EventMention(sentence=analysis.span(0, len(text)), trigger=analysis.span(at, at + 8),
                                          event_type="Riots", sub_event_type="Mob violence", confidence=0.8))
    dates.create(PipelineConfig())(analysis)
    assert analysis.mentions[0].date.date == dt.date(2024, 4, 30)
