"""Event dates in whole stories, written for these tests (reader 3, D2 and D3): an explicit weekday beats a day
counted from something named in passing, a date the parser hangs on a description of the victims is the event's,
an event told as *later* is not dated to the day before it, and the telling's "later" changes nothing."""

from __future__ import annotations

import pytest

from eventcoder.documents import document_from_dict
from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow


def dates(pipeline: Pipeline, text: str, published: str) -> list[tuple[str, int]]:
    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": published})])
    assert result.error is None, result.error
    return [(e.event_date.isoformat(), e.time_precision) for e in result.events]


@pytest.mark.parametrize("text", [
    # published Monday 30 November 2026: Sunday is the 29th
    "MANAGUA \u2014 Opposition supporters clashed with police in Managua on Sunday, a day after the presidential vote, "
    "hurling stones as officers fired tear gas.",
    "LA PAZ \u2014 Riot police fired tear gas at miners marching in La Paz on Sunday, two days after the government "
    "raised fuel prices.",
    "QUITO \u2014 Students clashed with police in Quito on Sunday, the day after the president announced the decree.",
])
def test_the_weekday_beats_a_day_counted_from_something_named(pipeline: Pipeline, text: str) -> None:
    found = dates(pipeline, text, "2026-11-30")
    assert found and all(day == "2026-11-29" for day, _ in found)


@pytest.mark.parametrize("text", [
    # published Wednesday 22 July 2026: Sunday is the 19th
    "PORT-AU-PRINCE \u2014 A crowd in Delmas beat and burned to death four men they accused of belonging to a gang on "
    "Sunday, witnesses said.",
    "LAGOS \u2014 A mob in Ikeja lynched two men they suspected of being thieves on Sunday, police said.",
    "NAIROBI \u2014 Residents of Kibera beat to death a man they accused of being a robber on Sunday, police said.",
])
def test_a_date_on_the_victims_description_is_the_events(pipeline: Pipeline, text: str) -> None:
    found = dates(pipeline, text, "2026-07-22")
    assert ("2026-07-19", 1) in found


def test_the_tellings_later_keeps_the_carried_day(pipeline: Pipeline) -> None:
    text = ("KANO \u2014 Gunmen killed six villagers in Kano on Monday, police said. "
            "Officials later said two of the victims were children.")
    assert dates(pipeline, text, "2026-04-16")[:1] == [("2026-04-13", 1)]


def test_a_later_raid_is_not_dated_to_the_day_before_it(pipeline: Pipeline) -> None:
    text = ("KUPANG, Indonesia (Antara) \u2014 Gunmen shot dead two construction workers in Kupang on Monday, police said. "
            "Security forces later raided the group's hideout in Kupang and killed one rebel, a military spokesman "
            "said on Wednesday.")
    found = dates(pipeline, text, "2026-04-16")
    assert ("2026-04-13", 1) in found
    assert found[0] == ("2026-04-13", 1) and ("2026-04-13", 2) in found  # on or after Monday: week precision
