"""Sub-types the whole pipeline must keep beyond the Iraqi theatre (issue 16): what later stages (actors,
relevance) do to a type the classifier decided. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.documents import document_from_dict
from eventcoder.pipeline import Pipeline, PipelineConfig

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config(PipelineConfig())


def first_event(pipeline: Pipeline, text: str, country: str, published: str = "2024-05-09"):
    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": published,
                                                      "country": country})])
    assert result.error is None, result.error
    return max(result.events, key=lambda e: e.confidence, default=None)


def test_a_criminal_victim_named_only_as_a_man_stays_a_battle(pipeline: Pipeline) -> None:
    event = first_event(pipeline, "On 6 May 2024, a man was shot dead by two armed men on a motorcycle in the north of "
                                  "Recife. The victim had charges against him for drug trafficking.", "Brazil")
    assert event is not None and event.sub_event_type == "Armed clash"


def test_a_killing_over_a_private_dispute_is_kept_as_mob_violence(pipeline: Pipeline) -> None:
    event = first_event(pipeline, "On 6 May 2024, a farmer was attacked and killed over a land dispute in a village "
                                  "near Patna.", "India")
    assert event is not None and (event.sub_event_type, event.actor1) == ("Mob violence", "Rioters (India)")


def test_a_report_whose_opening_date_has_a_slipped_year_is_no_history(pipeline: Pipeline) -> None:
    event = first_event(pipeline, "On 6 May 2022, in Valparaiso, nearly 50 fishermen protested against the new "
                                  "quotas. The group demands more support.", "Chile")
    assert event is not None and (event.sub_event_type, event.event_date) == ("Peaceful protest", dt.date(2024, 5, 6))
