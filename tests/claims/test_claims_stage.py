"""The claims stage on hand-built analyses: claims per field, tallies as aggregate claims, outlets."""

from __future__ import annotations

import datetime as dt

from eventcoder.pipeline import PipelineConfig
from eventcoder.record import AggregateClaim
from eventcoder.stages import claims

from claims_stages import build


def test_stage_contract() -> None:
    stage = claims.create(PipelineConfig())
    assert stage.requires == ("doc", "mentions")
    assert stage.assigns == ("mentions.claims", "aggregates")


def test_each_figure_gets_its_reporter() -> None:
    text = "On Monday police fired on protesters in Baquba, where at least 50 demonstrators were wounded, medical sources said."
    analysis = build(text, [("fired", "Protests", "Excessive force against protesters")])
    (mention,) = analysis.mentions
    by_field = {c.field: c for c in mention.claims}
    assert by_field["injuries"].value == 50 and by_field["injuries"].source == "medical sources"
    assert by_field["injuries"].span is not None and by_field["injuries"].span.text == "at least 50"
    assert by_field["event"].source == "medical sources"
    assert mention.injuries is not None and mention.injuries.claimed_by == "medical sources"


def test_the_article_own_statement_has_no_reporter() -> None:
    analysis = build("Two protesters died on Tuesday as police fought street battles.",
                     [("fought", "Protests", "Excessive force against protesters")])
    (claim,) = analysis.mentions[0].claims
    assert (claim.field, claim.value, claim.source) == ("fatalities", 2, None)


def test_an_aggregate_is_a_claim_not_an_event() -> None:
    text = ("On November 3, Iraqi protesters resumed their protests in Baghdad. Since October 2019, many people "
            "flooded the streets. Activists say the security forces killed at least 600 protesters. However, no one "
            "has stood trial so far.")
    analysis = build(text, [("resumed", "Protests", "Peaceful protest"), ("flooded", "Protests", "Peaceful protest"),
                            ("killed", "Protests", "Excessive force against protesters")])
    assert [m.trigger.text for m in analysis.mentions] == ["resumed"]
    assert all(m.fatalities is None or m.fatalities.value < 600 for m in analysis.mentions)
    (aggregate,) = analysis.aggregates
    assert isinstance(aggregate, AggregateClaim)
    assert (aggregate.measure, aggregate.figure, aggregate.claimed_by) == ("fatalities", 600, "Activists")
    assert aggregate.period_start == "2019-10-01"  # "since October 2019" starts with the month
    assert aggregate.period_end == "2020-11-05"
    assert aggregate.place == "Iraq"
    assert aggregate.span is not None and aggregate.span.text == "at least 600"
    assert aggregate.claim_id.startswith("ev-") and aggregate.doc_id == "doc-1"
    removed = {entry["trigger"].text for entry in analysis.extras["claims.removed"]}
    assert removed == {"flooded", "killed"}


def test_aggregate_ids_are_stable() -> None:
    text = "Security forces have killed more than 500 people since the protests began in October."
    first = build(text, [("killed", "Protests", "Excessive force against protesters")])
    second = build(text, [("killed", "Protests", "Excessive force against protesters")])
    assert first.aggregates[0].claim_id == second.aggregates[0].claim_id
    assert first.mentions == []


def test_a_dated_event_keeps_its_figure_and_the_toll_becomes_an_aggregate() -> None:
    text = "Two protesters were killed in Nasiriyah on Tuesday, bringing the death toll to 450."
    analysis = build(text, [("killed", "Protests", "Excessive force against protesters")], published=dt.date(2020, 1, 22))
    (mention,) = analysis.mentions
    assert mention.fatalities is not None and mention.fatalities.value == 2
    (aggregate,) = analysis.aggregates
    assert aggregate.figure == 450


def test_outlets() -> None:
    text = "“Protesters resumed demonstrations,” Sky News reported on November 2. Police said 3 were hurt."
    analysis = build(text, [("resumed", "Protests", "Peaceful protest")], source="Iraqi News")
    assert analysis.extras["outlets"] == ["Iraqi News", "Sky News"]
