"""The bundled seed articles through the pipeline (without places and actors, which these checks do not
need): dates, counts and tallies (issue 5)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.pipeline import PipelineConfig, process

STAGES = ("mentions", "dates", "counts", "claims", "assemble")


@pytest.fixture(scope="module")
def results(seed_records):
    return {result.doc_id: result for result in process(seed_records, config=PipelineConfig(stages=STAGES))}


@pytest.mark.slow
def test_every_event_is_dated_and_none_after_publication(results, seed_records) -> None:
    published = {r["id"]: dt.date.fromisoformat(r["published"]) for r in seed_records}
    for doc_id, result in results.items():
        assert result.error is None
        assert result.events
        for event in result.events:
            assert event.event_date is not None and event.time_precision in (1, 2, 3)
            assert event.event_date <= published[doc_id]


@pytest.mark.slow
def test_no_aggregate_is_coded_as_an_event(results) -> None:
    result = results["seed-002"]
    assert all(event.fatalities < 600 for event in result.events)
    tallies = [a for a in result.aggregates if a.figure == 600]
    assert len(tallies) == 1
    (tally,) = tallies
    assert tally.measure == "fatalities" and tally.claimed_by == "Activists"
    assert tally.period_start is not None and tally.period_start.startswith("2019-10")


@pytest.mark.slow
def test_seed_dates_and_counts(results) -> None:
    events = results["seed-000"].events
    by_date = {e.event_date.isoformat() for e in events if e.event_date}
    assert {"2020-01-19", "2020-01-18", "2020-01-20", "2020-01-21"} <= by_date  # Sunday, Saturday, Monday, Tuesday
    baquba = [e for e in events if e.event_date == dt.date(2020, 1, 20)]
    assert any(e.fatalities == 1 and e.injuries == 50 for e in baquba)  # the death belongs to Monday's shooting
    assert any(c.source == "medical sources" for e in baquba for c in e.claims)
    tuesday = [e for e in events if e.event_date == dt.date(2020, 1, 21)]
    assert any(e.fatalities == 2 for e in tuesday)
    assert dt.date(2020, 11, 3) in {e.event_date for e in results["seed-002"].events}
