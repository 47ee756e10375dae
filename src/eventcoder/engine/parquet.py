"""Results as Parquet partitions: written as they stream, read back in order, merged into the store later.

One row per document, in input order across ``part-00000.parquet``, ``part-00001.parquet``...
Columns: ``position`` (0-based, over the whole run), ``doc_id``, ``content_hash``, ``n_events``,
``failed``, and JSON text for ``events``, ``aggregates``, ``warnings``, ``error``, ``document`` and ``explanation``
(the forms of :mod:`eventcoder.engine.codec`). DuckDB reads them with
``read_parquet('DIR/part-*.parquet')`` and ``json_extract``/``unnest(from_json(...))`` where needed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..pipeline import DocumentResult
from .codec import result_from_dict, result_to_dict

__all__ = ["write_partitions", "read_partitions", "write_partition", "partition_paths", "partition_path",
           "check_empty_output", "PartitionInfo", "ROWS_PER_PARTITION", "SCHEMA_VERSION"]

#: Documents per Parquet file. A partition is held in memory while it is written.
ROWS_PER_PARTITION = 5_000
SCHEMA_VERSION = "eventcoder.results.v1"
_JSON_COLUMNS = ("events", "aggregates", "warnings", "error", "document", "explanation")


def _schema() -> Any:
    import pyarrow as pa

    fields = [pa.field("position", pa.int64(), nullable=False), pa.field("doc_id", pa.string()),
              pa.field("content_hash", pa.string()), pa.field("n_events", pa.int32(), nullable=False),
              pa.field("failed", pa.bool_(), nullable=False),
              *(pa.field(name, pa.string()) for name in _JSON_COLUMNS)]
    return pa.schema(fields, metadata={"eventcoder.schema": SCHEMA_VERSION})


def _row(position: int, result: DocumentResult) -> dict[str, Any]:
    data = result_to_dict(result)
    row: dict[str, Any] = {"position": position, "doc_id": data["doc_id"], "content_hash": data["content_hash"],
                           "n_events": len(result.events), "failed": result.error is not None}
    for name in _JSON_COLUMNS:
        row[name] = None if data[name] is None else json.dumps(data[name], ensure_ascii=False)
    return row


@dataclass(frozen=True, slots=True)
class PartitionInfo:
    """One partition written: where, how many documents, events and failures, and by which worker."""

    path: str
    rows: int
    events: int
    errors: int
    pid: int = 0
    peak_rss: int = 0  # bytes, the writing worker's peak so far


def partition_path(out_dir: str | Path, number: int) -> Path:
    """The file of partition ``number`` (``part-00042.parquet``): names sort in input order."""
    return Path(out_dir) / f"part-{number:05d}.parquet"


def check_empty_output(out_dir: str | Path) -> None:
    """Create ``out_dir``; refuse one that already holds partitions (two runs must not mix)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if partition_paths(out):
        raise StoreError(f"{out} already holds result partitions; choose an empty folder or delete them first")


def write_partition(results: list[DocumentResult], path: Path, first_position: int) -> PartitionInfo:
    """Write one partition; it appears complete or not at all (temporary name, then rename)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [_row(first_position + i, result) for i, result in enumerate(results)]
    temporary = path.with_suffix(".parquet.tmp")
    pq.write_table(pa.Table.from_pylist(rows, schema=_schema()), temporary, compression="zstd")
    os.replace(temporary, path)
    return PartitionInfo(str(path), len(results), sum(len(r.events) for r in results),
                         sum(r.error is not None for r in results))


def partition_paths(out_dir: Path) -> list[Path]:
    """The partition files of ``out_dir`` in order."""
    return sorted(Path(out_dir).glob("part-*.parquet"))


def write_partitions(results: Iterable[DocumentResult], out_dir: str | Path, *,
                     rows_per_partition: int = ROWS_PER_PARTITION) -> list[Path]:
    """Write results as numbered Parquet partitions in ``out_dir`` (created; must hold no partitions yet).

    Streams: at most one partition is in memory. Each file appears complete or not at all (written
    under a temporary name, then renamed). Returns the paths written, in order.
    """
    if rows_per_partition < 1:
        raise StoreError(f"rows_per_partition must be at least 1, got {rows_per_partition}")
    check_empty_output(out_dir)
    written: list[Path] = []
    position = 0
    iterator = iter(results)
    while chunk := list(islice(iterator, rows_per_partition)):
        written.append(Path(write_partition(chunk, partition_path(out_dir, len(written)), position).path))
        position += len(chunk)
    return written


def read_partitions(out_dir: str | Path, *, batch_rows: int = 1_000) -> Iterator[DocumentResult]:
    """Stream the results stored by :func:`write_partitions`, in their original order."""
    import pyarrow.parquet as pq

    paths = partition_paths(Path(out_dir))
    if not paths:
        raise StoreError(f"{out_dir}: no result partitions (part-*.parquet) found")
    for path in paths:
        parquet = pq.ParquetFile(path)
        version = (parquet.schema_arrow.metadata or {}).get(b"eventcoder.schema", b"").decode()
        if version != SCHEMA_VERSION:
            raise StoreError(f"{path}: schema {version or 'unknown'!r}, expected {SCHEMA_VERSION!r}; "
                             "rewrite it with this version of eventcoder")
        for batch in parquet.iter_batches(batch_size=batch_rows, columns=["doc_id", "content_hash", *_JSON_COLUMNS]):
            for row in batch.to_pylist():
                data = {k: (json.loads(v) if k in _JSON_COLUMNS and v is not None else v) for k, v in row.items()}
                yield result_from_dict(data)
