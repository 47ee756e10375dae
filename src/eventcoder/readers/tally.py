"""Counts taken while documents stream past, for the summary of a run that does not see them itself
(``ingest``: the store writes each document's warnings, the command line says how many lack a date)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..documents import NO_DATE_WARNING, Document
from ..errors import DocumentError

__all__ = ["ReadTally"]


class ReadTally:
    """Iterate through this in place of the documents; afterwards ``undated`` lists the ids read without a date."""

    def __init__(self, items: Iterable[Document | DocumentError]) -> None:
        self._items = items
        self.undated: list[str] = []

    def __iter__(self) -> Iterator[Document | DocumentError]:
        for item in self._items:
            if isinstance(item, Document) and NO_DATE_WARNING in item.warnings:
                self.undated.append(item.id)
            yield item

    def summary(self, shown: int = 5) -> str | None:
        """One warning line for the documents without a publication date, or None when there are none."""
        if not self.undated:
            return None
        ids = ", ".join(repr(i) for i in self.undated[:shown]) + (", ..." if len(self.undated) > shown else "")
        return (f"{len(self.undated)} documents without a publication date ({ids}): their relative dates are "
                "unresolved; pass --published YYYY-MM-DD or put dates in the documents")
