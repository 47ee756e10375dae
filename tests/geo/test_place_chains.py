"""A place named inside another ("X in Y", "the X suburb of Y", "Umm X"): the event is at the inner one.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline, PipelineConfig

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.from_config(PipelineConfig())


def located(pipeline: Pipeline, text: str, country: str | None = None):
    from eventcoder.documents import document_from_dict

    record = {"id": "t", "text": text, "published": "2019-06-05", **({"country": country} if country else {})}
    (result,) = pipeline.process([document_from_dict(record)])
    assert result.error is None, result.error
    (event,) = result.events
    return event


@pytest.mark.parametrize("text, country, inner", [
    ("On 3 June, IS snipers killed a soldier in Al Hadd al Akhdar of Muqdadiyah district, Diyala.", "Iraq",
     "Al Hadd al Akhdar"),
    ("On 3 June, an IED killed two soldiers in Abu Teban of Hit district, Anbar.", "Iraq", "Abu Teban"),
    ("Some 30 residents were killed on Monday in the Deir al-Asafir suburb of Damascus by an air strike.", "Syria",
     "Deir al-Asafir"),
    ("Seven people were killed on Monday in a clash between two clans near El Meram in West Kordofan.", "Sudan",
     "El Meram"),
])
def test_the_inner_place_of_a_chain_is_the_events(pipeline: Pipeline, text: str, country: str, inner: str) -> None:
    event = located(pipeline, text, country)
    spans = [s.text for s in event.evidence.get("location", [])]
    assert inner in spans, (event.location, spans)


def test_a_name_opened_by_umm_is_not_the_town_its_last_word_names(pipeline: Pipeline) -> None:
    event = located(pipeline, "On Monday, the army shelled the town of Umm Batna in the Golan Heights with mortars.")
    assert event.country != "Algeria"  # Batna is an Algerian city; Umm Batna is not it
    assert "Umm Batna" in [s.text for s in event.evidence.get("location", [])]


def test_a_namesake_in_another_province_is_not_held_by_the_next_name(pipeline: Pipeline) -> None:
    event = located(pipeline, "On October 26, dozens of people in the al-Sadiya area of al-Rashid in Baghdad "
                              "protested against corruption.", "Iraq")
    assert event.admin1 == "Baghdad"
