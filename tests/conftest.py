"""Fixtures shared by every test folder. Unit tests use hand-built objects; tests marked ``slow``
load the real spaCy model (installed from its registry package, never downloaded)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def seed_records() -> list[dict]:
    """The two bundled example articles (examples/seeds.jsonl)."""
    with (EXAMPLES / "seeds.jsonl").open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


@pytest.fixture(scope="session")
def nlp():
    """The real English model, loaded once per test session."""
    from eventcoder.nlp import load_nlp

    return load_nlp()
