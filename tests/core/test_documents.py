"""Reading documents: every bad input is reported with its document and field; the rest goes on."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from eventcoder.documents import MAX_TEXT_CHARS, Document, document_from_dict, read_documents
from eventcoder.errors import DocumentError, InputError


def _jsonl(tmp_path, lines: list[str]):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_valid_record_becomes_document():
    doc = document_from_dict({"id": 7, "text": "Protesters gathered.", "published": "2020-01-22",
                              "country": "Iraq", "source": "AP"})
    assert doc == Document(id="7", text="Protesters gathered.", published=dt.date(2020, 1, 22),
                           country="Iraq", source="AP")


@pytest.mark.parametrize(("record", "field", "words"), [
    ({"id": "a", "text": ""}, "text", "empty"),
    ({"id": "a", "text": "   \n"}, "text", "empty"),
    ({"id": "a"}, "text", "no text"),
    ({"id": "a", "text": 12}, "text", "string"),
    ({"id": "a", "text": "x", "published": "yesterday"}, "published", "not a date"),
    ({"id": "a", "text": "x", "published": "2020-02-30"}, "published", "not a date"),
    ({"id": "a", "text": "x", "published": 20200101}, "published", "expected a date"),
    ({"text": "x"}, "id", "no id"),
    ({"id": "a", "text": "x", "country": ["Iraq"]}, "country", "expected text"),
])
def test_bad_record_names_field(record, field, words):
    with pytest.raises(DocumentError) as info:
        document_from_dict(record, where="f.jsonl:3")
    assert info.value.field == field
    assert words in str(info.value)
    assert "f.jsonl:3" in str(info.value)


def test_unknown_field_is_a_warning_not_an_error():
    doc = document_from_dict({"id": "a", "text": "x", "lang": "en", "published": "2020-01-02"})
    assert doc.warnings == ("unknown field 'lang' ignored",)


def test_oversized_document_is_rejected_with_its_size():
    with pytest.raises(DocumentError, match="split the document") as info:
        document_from_dict({"id": "big", "text": "a" * (MAX_TEXT_CHARS + 1)})
    assert info.value.doc_id == "big" and info.value.field == "text"


def test_batch_goes_on_after_bad_lines(tmp_path):
    path = _jsonl(tmp_path, [
        json.dumps({"id": "one", "text": "First."}),
        "{not json",
        json.dumps({"id": "two", "text": ""}),
        "",
        json.dumps({"id": "three", "text": "Third.", "published": "2020-11-05"}),
    ])
    items = list(read_documents([path]))
    assert [type(i).__name__ for i in items] == ["Document", "DocumentError", "DocumentError", "Document"]
    assert items[1].source.endswith("docs.jsonl:2") and "invalid JSON" in items[1].message
    assert items[2].doc_id == "two"
    assert items[3].published == dt.date(2020, 11, 5)


def test_non_utf8_lines_and_files(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "ok", "text": "fine"}\n{"id": "bad", "text": "caf\xe9"}\n')
    items = list(read_documents([path]))
    assert isinstance(items[0], Document)
    assert isinstance(items[1], DocumentError) and "UTF-8" in items[1].message
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Manifestation à Bagdad".encode("latin-1"))
    (error,) = read_documents([latin])
    assert isinstance(error, DocumentError) and error.field == "text" and error.doc_id == "latin"


def test_folder_of_text_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text("Protesters marched in Basra.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    _jsonl(tmp_path / "sub", [json.dumps({"id": "j1", "text": "Text."})])
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    items = list(read_documents([tmp_path], published=dt.date(2020, 1, 1), country="Iraq"))
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "j1"]
    (skipped,) = [e for e in items if isinstance(e, DocumentError)]  # said, not skipped silently
    assert "notes.md" in str(skipped) and "unknown input kind .md" in str(skipped)


def test_defaults_fill_missing_fields_only(tmp_path):
    path = _jsonl(tmp_path, [json.dumps({"id": "a", "text": "x", "published": "2019-10-01"}),
                             json.dumps({"id": "b", "text": "y"})])
    a, b = read_documents([path], published=dt.date(2020, 1, 1), country="Iraq")
    assert a.published == dt.date(2019, 10, 1) and b.published == dt.date(2020, 1, 1)
    assert a.country == b.country == "Iraq"


def test_stdin_and_missing_paths():
    stdin = io.StringIO('{"id": "s", "text": "From stdin."}\n')
    (doc,) = read_documents(["-"], stdin=stdin)
    assert doc.id == "s"
    with pytest.raises(InputError, match="no such file"):
        list(read_documents(["/nonexistent/file.jsonl"]))


def test_content_hash_changes_with_text_only_when_content_changes():
    a = document_from_dict({"id": "a", "text": "x", "published": "2020-01-01"})
    b = document_from_dict({"id": "a", "text": "x", "published": "2020-01-01", "url": "http://e.org/1"})
    c = document_from_dict({"id": "a", "text": "x.", "published": "2020-01-01"})
    assert a.content_hash == b.content_hash != c.content_hash
