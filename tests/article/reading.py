"""Run one written story through the pipeline, for the article tests (``from reading import read``: pytest puts
this folder on the path, as tests/geo's entity_labels)."""

from __future__ import annotations

from eventcoder.documents import document_from_dict
from eventcoder.pipeline import DocumentResult, Pipeline


def read(pipeline: Pipeline, text: str, *, published: str = "2025-03-12", country: str | None = None,
         title: str | None = None) -> DocumentResult:
    """The pipeline's result for one document built from ``text``; fails the test if the document failed."""
    row = {"id": "t", "text": text, "published": published}
    if country:
        row["country"] = country
    if title:
        row["title"] = title
    (result,) = pipeline.process([document_from_dict(row)])
    assert result.error is None, result.error
    return result
