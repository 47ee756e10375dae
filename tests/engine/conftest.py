"""Fixtures for the engine tests: small corpora and a fast tokenizer-only pipeline config."""

from __future__ import annotations

import datetime as dt

import pytest

from engine_corpus import small_corpus

from eventcoder.documents import Document
from eventcoder.errors import DocumentError
from eventcoder.pipeline import DocumentResult, PipelineConfig
from eventcoder.record import AggregateClaim, Claim, Event, Span, make_event_id

@pytest.fixture
def corpus() -> list[Document | DocumentError]:
    return small_corpus()


@pytest.fixture
def blank_config() -> PipelineConfig:
    """A tokenizer-only spaCy pipeline and no stages: exercises the engines without loading a model."""
    return PipelineConfig(nlp_package="blank:en", stages=())


@pytest.fixture(name="full_result")
def full_result_fixture() -> DocumentResult:
    """A result that fills every kind of field: events with claims and evidence, aggregates, warnings."""
    return full_result()


def full_result() -> DocumentResult:
    document = Document("d1", "Police killed 3 protesters in Basra on Sunday.", dt.date(2020, 1, 5), "Iraq",
                        "Wire", warnings=("unknown field 'x' ignored",))
    span = Span(14, 15, "3")
    event = Event(make_event_id("d1", 1), "d1", event_date="2020-01-05", time_precision=1, event_type="Protests",
                  sub_event_type="Excessive force against protesters", actor1="Police", inter1=1, latitude=30.508,
                  longitude=47.78, fatalities=3, claims=[Claim("fatalities", 3, "medical sources", span)],
                  evidence={"fatalities": [span]}, field_confidence={"event_date": 0.9}, confidence=0.8,
                  sources=["d1"])
    claim = AggregateClaim("ag-1", "d1", "fatalities", 600, "2019-10-01", None, "Iraq", "rights groups", span, "600")
    return DocumentResult("d1", events=[event], aggregates=[claim], warnings=["w"],
                          content_hash=document.content_hash, document=document)
