"""The small corpus the engine tests share (a uniquely named module: every test folder has a conftest)."""

from __future__ import annotations

import json
from pathlib import Path

from eventcoder.documents import Document, document_from_dict
from eventcoder.engine import synthetic_documents
from eventcoder.errors import DocumentError

__all__ = ["small_corpus", "SEEDS"]

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds.jsonl"


def small_corpus(synthetic: int = 20) -> list[Document | DocumentError]:
    """The bundled seeds, some synthetic reports and one unusable record, as the reader would yield them."""
    records = [json.loads(line) for line in SEEDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    records += list(synthetic_documents(synthetic, seed=7))
    items: list[Document | DocumentError] = [document_from_dict(r, where=f"corpus:{i}") for i, r in enumerate(records)]
    items.insert(3, DocumentError("text is empty", doc_id="broken", field="text", source="corpus:x"))
    return items
