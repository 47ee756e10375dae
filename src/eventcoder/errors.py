"""The errors eventcoder raises. Each names the document and the field it is about, and says what to do."""

from __future__ import annotations

__all__ = ["EventcoderError", "DocumentError", "InputError", "ModelError", "GazetteerError", "StoreError"]


class EventcoderError(Exception):
    """Base class of every error eventcoder raises on purpose."""


class InputError(EventcoderError):
    """An input path or stream cannot be read at all (missing file, unknown format)."""


class DocumentError(EventcoderError):
    """One document is unusable or one of its fields is wrong; the rest of the batch goes on.

    ``source`` is where the document came from (``file.jsonl:12``), ``doc_id`` its id when known,
    ``field`` the offending field (``text``, ``published``...), ``stage`` the pipeline stage that
    failed when the error happened during processing.
    """

    def __init__(self, message: str, *, doc_id: str | None = None, field: str | None = None,
                 source: str | None = None, stage: str | None = None) -> None:
        self.message = message
        self.doc_id = doc_id
        self.field = field
        self.source = source
        self.stage = stage
        super().__init__(str(self))

    def __str__(self) -> str:
        where = []
        if self.source:
            where.append(self.source)
        if self.doc_id:
            where.append(f"document {self.doc_id!r}")
        if self.field:
            where.append(f"field {self.field!r}")
        if self.stage:
            where.append(f"stage {self.stage!r}")
        return f"{', '.join(where)}: {self.message}" if where else self.message

    def to_dict(self) -> dict[str, str | None]:
        return {"doc_id": self.doc_id, "field": self.field, "source": self.source,
                "stage": self.stage, "message": self.message}


class ModelError(EventcoderError):
    """The NLP model or a trained eventcoder model cannot be loaded."""


class GazetteerError(EventcoderError):
    """The gazetteer index cannot be built or loaded, or a dump file is malformed."""


class StoreError(EventcoderError):
    """The event store cannot be opened, migrated or written."""
