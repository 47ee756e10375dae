"""Writers for event records: JSON Lines (everything), CSV (ACLED's columns), GeoJSON (map-ready), Parquet.

Two kinds of input: :class:`~eventcoder.record.Event` objects (``extract``) and event rows read from
the store (dicts in ACLED's column names, as :meth:`eventcoder.store.EventStore.iter_events` yields).
Every format carries ACLED's ``region`` and ``source_scale`` (blank where unknown, see docs/FIELDS.md);
CSV and store Parquet also ``timestamp``, the Unix time the file was written.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import time
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from .outlets import source_scale
from .record import ACLED_COLUMNS, AggregateClaim, Event, country_codes
from .regions import region_of

__all__ = ["FORMATS", "ROW_FORMATS", "ROW_EXTRA_COLUMNS", "write_jsonl", "write_csv", "write_geojson", "write_events",
           "write_parquet", "acled_row", "write_rows_jsonl", "write_rows_csv", "write_rows_geojson",
           "write_rows_parquet", "write_rows", "CSV_EXTRA_COLUMNS", "derived_fields"]

FORMATS = ("jsonl", "csv", "geojson")


def derived_fields(country: str | None, source: str | None) -> dict[str, str | None]:
    """ACLED's ``region`` and ``source_scale`` of an event in ``country`` reported by ``source``."""
    codes = country_codes(country)
    iso3 = codes[1] if codes else None
    return {"region": region_of(iso3), "source_scale": source_scale(source, iso3)}


def _event_dict(record: Event | AggregateClaim) -> dict[str, Any]:
    data = record.to_dict()
    if isinstance(record, Event):
        data.update(derived_fields(record.country, record.source))
    return data


def write_jsonl(records: Iterable[Event | AggregateClaim], stream: TextIO) -> int:
    """One JSON object per line, every field including evidence and claims (and an event's region and
    source_scale). Returns the count written."""
    count = 0
    for record in records:
        stream.write(json.dumps(_event_dict(record), ensure_ascii=False) + "\n")
        count += 1
    return count


#: Columns ``write_csv`` always adds after ACLED's: what a report says beyond ACLED's export.
CSV_EXTRA_COLUMNS = ("injuries", "arrests", "claims")


def _claims_text(event: Event) -> str:
    """The claims as JSON text: [{"field", "value", "source"}] (who says which figure)."""
    claims = [{"field": c.field, "value": c.value, "source": c.source} for c in event.claims]
    return json.dumps(claims, ensure_ascii=False, default=str) if claims else ""


def write_csv(events: Iterable[Event], stream: TextIO, *, extra_columns: bool = False) -> int:
    """ACLED's columns, in ACLED's order, then injuries, arrests and claims (JSON); ``extra_columns``
    appends confidence and doc_id too. ``timestamp`` is the Unix time the file was written (ACLED's:
    when the row was last changed)."""
    extras = (*CSV_EXTRA_COLUMNS, *(("confidence", "doc_id") if extra_columns else ()))
    writer = csv.DictWriter(stream, fieldnames=[*ACLED_COLUMNS, *extras], extrasaction="ignore")
    writer.writeheader()
    stamp = int(time.time())
    count = 0
    for event in events:
        row = event.acled_row()
        row["timestamp"] = row.get("timestamp") or stamp
        row.update({name: getattr(event, name) for name in extras if name != "claims"})
        row["claims"] = _claims_text(event)
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        count += 1
    return count


def _feature(event: Event) -> dict[str, Any]:
    properties = {k: v for k, v in _event_dict(event).items() if k != "kind"}  # claims and evidence included
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


# -- Parquet for Event objects -------------------------------------------------------------------------------

#: Rows per Parquet row group (and per batch held in memory while writing).
PARQUET_BATCH = 50_000


def _parquet_value(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


def _write_parquet_dicts(rows: Iterable[dict[str, Any]], path: str | Path, columns: list[str],
                         types: dict[str, Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, types.get(c, pa.string())) for c in columns])
    count = 0
    iterator: Iterator[dict[str, Any]] = iter(rows)
    with pq.ParquetWriter(str(path), schema) as writer:
        while batch := list(islice(iterator, PARQUET_BATCH)):
            data = {c: [_parquet_value(r.get(c)) for r in batch] for c in columns}
            writer.write_table(pa.table({c: pa.array(v, type=schema.field(c).type) for c, v in data.items()}))
            count += len(batch)
    return count


def _parquet_types() -> dict[str, Any]:
    import pyarrow as pa

    types: dict[str, Any] = {"event_date": pa.date32(), "latitude": pa.float64(), "longitude": pa.float64(),
                             "confidence": pa.float64()}
    for name in ("data_id", "iso", "event_id_no_cnty", "timestamp", "year", "time_precision", "inter1", "inter2", "interaction", "geo_precision", "fatalities",
                 "injuries", "arrests", "n_mentions", "n_documents"):
        types[name] = pa.int64()
    return types


def _date_or_none(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def write_parquet(events: Iterable[Event], path: str | Path) -> int:
    """Every Event field as a Parquet column (claims, evidence, sources as JSON text). Returns the count."""
    names = [name for name in Event.__dataclass_fields__]

    def rows() -> Iterator[dict[str, Any]]:
        for event in events:
            row = event.to_dict()
            row["event_date"] = _date_or_none(row["event_date"])
            yield row

    return _write_parquet_dicts(rows(), path, names, _parquet_types())


# -- store rows (dicts in ACLED's column names) ----------------------------------------------------------------

ROW_FORMATS = ("jsonl", "csv", "geojson", "parquet")
#: Store columns beyond ACLED's, appended by ``write_rows_csv(..., extra_columns=True)``.
ROW_EXTRA_COLUMNS = ("injuries", "arrests", "confidence", "n_mentions", "n_documents", "sources", "status")


def acled_row(row: dict[str, Any]) -> dict[str, Any]:
    """A store event row in ACLED's export columns, filled as :meth:`Event.acled_row` fills them."""
    date = row.get("event_date")
    values = {**row, "event_date": date.isoformat() if isinstance(date, dt.date) else date,
              "event_id": row.get("event_id") or row.get("event_id_cnty") or "", "doc_id": "",
              "claims": [], "evidence": {}}
    return Event.from_dict(values).acled_row()


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    """The row JSON-ready, with its region and source_scale."""
    data = {k: v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v for k, v in row.items()}
    data.update(derived_fields(row.get("country"), row.get("source")))
    return data


def write_rows_jsonl(rows: Iterable[dict[str, Any]], stream: TextIO) -> int:
    """One JSON object per store row, every column (conflicts and sources as lists), region and source_scale."""
    count = 0
    for row in rows:
        stream.write(json.dumps(_jsonable(row), ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def write_rows_csv(rows: Iterable[dict[str, Any]], stream: TextIO, *, extra_columns: bool = False) -> int:
    """ACLED's columns in ACLED's order (loads where ACLED exports load); ``extra_columns`` appends
    :data:`ROW_EXTRA_COLUMNS` (``sources`` as ``;``-joined document ids)."""
    extras = ROW_EXTRA_COLUMNS if extra_columns else ()
    writer = csv.DictWriter(stream, fieldnames=[*ACLED_COLUMNS, *extras], extrasaction="ignore")
    writer.writeheader()
    stamp = int(time.time())
    count = 0
    for row in rows:
        out = acled_row(row)
        out["timestamp"] = out.get("timestamp") or stamp
        for name in extras:
            value = row.get(name)
            out[name] = "; ".join(value) if isinstance(value, list) else value
        writer.writerow({k: "" if v is None else v for k, v in out.items()})
        count += 1
    return count


def write_rows_geojson(rows: Iterable[dict[str, Any]], stream: TextIO) -> int:
    """A GeoJSON FeatureCollection of store rows (events without coordinates get a null geometry)."""
    stream.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for row in rows:
        properties = _jsonable(row)
        geometry = None
        if row.get("latitude") is not None and row.get("longitude") is not None:
            geometry = {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]}
        feature = {"type": "Feature", "id": row.get("event_id"), "geometry": geometry, "properties": properties}
        stream.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False, default=str))
        count += 1
    stream.write("\n]}\n")
    return count


def write_rows_parquet(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Store rows as Parquet: ACLED's columns first, then the store's (lists as JSON text)."""
    iterator = iter(rows)
    first = next(iterator, None)
    names = list(ACLED_COLUMNS) + [c for c in (first or {}) if c not in ACLED_COLUMNS and c != "event_id"]
    stamp = int(time.time())

    def prepared() -> Iterator[dict[str, Any]]:
        for row in ([first] if first is not None else []):
            yield _with_acled(row)
        for row in iterator:
            yield _with_acled(row)

    def _with_acled(row: dict[str, Any]) -> dict[str, Any]:
        out = {**row, **acled_row(row)}
        out["event_date"] = _date_or_none(out["event_date"])
        out["timestamp"] = out.get("timestamp") or stamp
        return out

    return _write_parquet_dicts(prepared(), path, names, _parquet_types())


def write_rows(rows: Iterable[dict[str, Any]], fmt: str, *, stream: TextIO | None = None,
               path: str | Path | None = None, extra_columns: bool = False) -> int:
    """Write store rows in one of :data:`ROW_FORMATS`; Parquet needs ``path``, the others ``stream``."""
    if fmt == "parquet":
        if path is None:
            raise ValueError("parquet output needs a file path (use -o FILE.parquet)")
        return write_rows_parquet(rows, path)
    if stream is None:
        raise ValueError(f"{fmt} output needs a stream")
    if fmt == "jsonl":
        return write_rows_jsonl(rows, stream)
    if fmt == "csv":
        return write_rows_csv(rows, stream, extra_columns=extra_columns)
    if fmt == "geojson":
        return write_rows_geojson(rows, stream)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(ROW_FORMATS)}")
