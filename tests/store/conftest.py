"""Store test fixtures: a throw-away store and the written corpus as documents."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from corpus import ARTICLES, CODED  # noqa: E402

from eventcoder.documents import Document, document_from_dict  # noqa: E402
from eventcoder.store import EventStore  # noqa: E402


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EventStore]:
    with EventStore.open(tmp_path / "test.duckdb") as opened:
        yield opened


@pytest.fixture
def corpus_documents() -> list[Document]:
    return [document_from_dict(a) for a in ARTICLES]


@pytest.fixture
def coded() -> dict:
    return CODED
