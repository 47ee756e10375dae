"""Writers for event records: JSON Lines (everything), CSV (ACLED's columns), GeoJSON (map-ready)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from .record import ACLED_COLUMNS, AggregateClaim, Event

__all__ = ["FORMATS", "write_jsonl", "write_csv", "write_geojson", "write_events"]

FORMATS = ("jsonl", "csv", "geojson")


def write_jsonl(records: Iterable[Event | AggregateClaim], stream: TextIO) -> int:
    """One JSON object per line, every field including evidence and claims. Returns the count written."""
    count = 0
    for record in records:
        stream.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(events: Iterable[Event], stream: TextIO, *, extra_columns: bool = False) -> int:
    """ACLED's columns, in ACLED's order; ``extra_columns`` appends injuries, arrests, confidence, doc_id."""
    extras = ("injuries", "arrests", "confidence", "doc_id") if extra_columns else ()
    writer = csv.DictWriter(stream, fieldnames=[*ACLED_COLUMNS, *extras], extrasaction="ignore")
    writer.writeheader()
    count = 0
    for event in events:
        row = event.acled_row()
        row.update({name: getattr(event, name) for name in extras})
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        count += 1
    return count


def _feature(event: Event) -> dict[str, Any]:
    properties = {k: v for k, v in event.to_dict().items() if k not in {"evidence", "claims"}}
    geometry = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": properties}


def write_geojson(events: Iterable[Event], stream: TextIO) -> int:
    """A GeoJSON FeatureCollection, written feature by feature so memory stays flat."""
    stream.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for event in events:
        stream.write((",\n" if count else "") + json.dumps(_feature(event), ensure_ascii=False))
        count += 1
    stream.write("\n]}\n")
    return count


def write_events(events: Iterable[Event], stream: TextIO, fmt: str) -> int:
    """Write events in one of :data:`FORMATS`."""
    if fmt == "jsonl":
        return write_jsonl(events, stream)
    if fmt == "csv":
        return write_csv(events, stream)
    if fmt == "geojson":
        return write_geojson(events, stream)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
