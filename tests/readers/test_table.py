"""Tables of articles (CSV, TSV, Parquet): one document per row, columns found by their usual
names or named with --text-column and the like."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from eventcoder.documents import Document
from eventcoder.errors import DocumentError
from eventcoder.readers import Columns, ReadOptions, read_documents

ROWS = [
    {"Article ID": "a-1", "Headline": "Police kill two protesters in Nasiriyah", "Pub Date": "Thu, 16 Jan 2020 09:15:00 GMT",
     "Body": "Iraqi security forces shot dead two protesters in Nasiriyah on Wednesday, medical sources said.",
     "Outlet": "The Gulf Ledger", "Notes for editor": "Gunmen kill 5 in Kaduna (check)"},
    {"Article ID": "a-2", "Headline": "Teachers march in Niamey", "Pub Date": "2020-03-05T10:00:00+01:00",
     "Body": "Thousands of teachers held a peaceful demonstration in Niamey, Niger, on Wednesday.",
     "Outlet": "Sahel Monitor", "Notes for editor": ""},
]


def _write(path, rows, delimiter=","):
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_csv_columns_are_found_by_their_usual_names(tmp_path):
    first, second = read_documents([_write(tmp_path / "articles.csv", ROWS)])
    assert (first.id, first.title, first.source, first.published) == (
        "a-1", "Police kill two protesters in Nasiriyah", "The Gulf Ledger", dt.date(2020, 1, 16))
    assert first.text.startswith("Iraqi security forces") and "Kaduna" not in first.text  # other columns are not text
    assert second.published == dt.date(2020, 3, 5)


def test_columns_named_on_the_command_line_win(tmp_path):
    rows = [{"story": "Protesters marched in Basra.", "when": "2020-01-02", "headline": "March", "text": "not this"}]
    options = ReadOptions(columns=Columns(text="story", date="when"))
    (doc,) = read_documents([_write(tmp_path / "t.tsv", rows, "\t")], options=options)
    assert (doc.id, doc.text, doc.published) == ("t-1", "Protesters marched in Basra.", dt.date(2020, 1, 2))


def test_a_missing_named_column_is_an_error_listing_the_columns(tmp_path):
    (error,) = read_documents([_write(tmp_path / "t.csv", ROWS)], options=ReadOptions(columns=Columns(text="story")))
    assert isinstance(error, DocumentError) and "no column 'story'" in str(error) and "Headline" in str(error)


def test_a_table_without_a_text_column_says_how_to_name_it(tmp_path):
    (error,) = read_documents([_write(tmp_path / "t.csv", [{"a": "1", "b": "2"}])])
    assert "--text-column" in str(error)


def test_a_bad_row_is_reported_and_the_rest_read(tmp_path):
    rows = [dict(ROWS[0], Body=""), ROWS[1]]
    error, doc = read_documents([_write(tmp_path / "t.csv", rows)])
    assert isinstance(error, DocumentError) and "row 1" in str(error) and error.field == "text"
    assert isinstance(doc, Document) and doc.id == "a-2"


def test_parquet_rows_with_date_values(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.table({"id": [7, 8], "text": ["Protesters marched in Basra.", "Police arrested 3 in Mosul."],
                      "date": [dt.date(2020, 1, 2), dt.date(2020, 1, 3)]})
    pq.write_table(table, tmp_path / "articles.parquet")
    first, second = read_documents([tmp_path / "articles.parquet"])
    assert (first.id, first.published, second.published) == ("7", dt.date(2020, 1, 2), dt.date(2020, 1, 3))


@pytest.mark.slow
def test_csv_rows_give_their_events(tmp_path, events_of):
    events = events_of(read_documents([_write(tmp_path / "articles.csv", ROWS)]))
    assert {(e.doc_id, e.location) for e in events} >= {("a-1", "Nasiriyah"), ("a-2", "Niamey")}
    assert not [e for e in events if e.location == "Kaduna" or e.fatalities == 5]
