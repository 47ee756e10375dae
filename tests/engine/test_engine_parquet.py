"""Result partitions: streamed out, read back in order, never half-written or mixed with an older run."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.engine import read_partitions, result_to_dict, write_partitions
from eventcoder.errors import DocumentError, StoreError
from eventcoder.pipeline import DocumentResult
from eventcoder.record import Event



def results(n: int, first: DocumentResult | None = None) -> list[DocumentResult]:
    out = []
    for i in range(n):
        if i % 4 == 3:
            out.append(DocumentResult(f"d{i}", error=DocumentError("bad", doc_id=f"d{i}", field="text")))
        else:
            out.append(DocumentResult(f"d{i}", events=[Event(f"ev-{i}", f"d{i}", fatalities=i)], content_hash=str(i)))
    return [first, *out] if first else out


def test_partitions_round_trip_in_order(tmp_path: Path, full_result: DocumentResult) -> None:
    original = results(10, full_result)
    paths = write_partitions(iter(original), tmp_path / "parts", rows_per_partition=5)
    assert [p.name for p in paths] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    back = list(read_partitions(tmp_path / "parts", batch_rows=2))
    assert [result_to_dict(r) for r in back] == [result_to_dict(r) for r in original]
    assert not list((tmp_path / "parts").glob("*.tmp"))


def test_duckdb_reads_partitions_as_a_table(tmp_path: Path) -> None:
    import duckdb

    write_partitions(results(9), tmp_path, rows_per_partition=3)
    rows = duckdb.sql(f"select position, doc_id, failed, n_events from read_parquet('{tmp_path}/part-*.parquet') "
                      "order by position").fetchall()
    assert [r[0] for r in rows] == list(range(9))
    assert rows[3] == (3, "d3", True, 0)


def test_refuses_to_mix_with_existing_partitions(tmp_path: Path) -> None:
    write_partitions(results(2), tmp_path)
    with pytest.raises(StoreError, match="already holds result partitions"):
        write_partitions(results(2), tmp_path)


def test_reading_an_empty_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no result partitions"):
        list(read_partitions(tmp_path))
