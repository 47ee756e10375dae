"""Results as a pandas DataFrame: ``eventcoder.to_frame(eventcoder.extract(texts))``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .record import ACLED_COLUMNS, Event

if TYPE_CHECKING:
    import pandas

__all__ = ["to_frame", "FRAME_EXTRA_COLUMNS"]

#: Columns after ACLED's: what eventcoder knows beyond ACLED's export.
FRAME_EXTRA_COLUMNS = ("doc_id", "injuries", "arrests", "confidence", "sources", "claims")


def _rows(items: Iterable[Any]) -> Iterable[dict[str, Any]]:
    from .export import acled_row
    from .pipeline import DocumentResult

    for item in items:
        if isinstance(item, DocumentResult):
            yield from _rows(item.events)
        elif isinstance(item, Event):
            row = item.acled_row()
            row.update(doc_id=item.doc_id, injuries=item.injuries, arrests=item.arrests,
                       confidence=item.confidence, sources=list(item.sources),
                       claims=[c for c in item.to_dict()["claims"]])
            yield row
        elif isinstance(item, dict):  # a store row (EventStore.query_events / iter_events)
            row = acled_row(item)
            row.update({k: item.get(k) for k in FRAME_EXTRA_COLUMNS if k in item})
            yield row
        else:
            raise TypeError(f"to_frame takes Events, DocumentResults or store rows, not {type(item).__name__}")


def to_frame(items: Iterable[Event | Any]) -> "pandas.DataFrame":
    """One row per event, ACLED's columns in ACLED's order then :data:`FRAME_EXTRA_COLUMNS`;
    ``event_date`` as a pandas datetime. Takes Events (``extract``), DocumentResults (``process``)
    or store rows (``EventStore.query_events``)."""
    import pandas as pd

    columns = [*ACLED_COLUMNS, *FRAME_EXTRA_COLUMNS]
    frame = pd.DataFrame(list(_rows(items)), columns=columns)
    frame["event_date"] = pd.to_datetime(frame["event_date"], format="ISO8601")
    for name in ("fatalities", "year", "inter1", "inter2", "interaction", "time_precision", "geo_precision",
                 "injuries", "arrests", "iso"):
        frame[name] = frame[name].astype("Int64")
    return frame
