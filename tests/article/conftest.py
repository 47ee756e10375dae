"""The default pipeline, built once for the article tests (model, gazetteer and lexicons load once)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline, PipelineConfig


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.from_config(PipelineConfig())
