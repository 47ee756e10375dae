"""Plain text: .txt files and standard input (plain text or JSON Lines), one document or one per block."""

from __future__ import annotations

import datetime as dt
import io

from eventcoder.documents import NO_DATE_WARNING, Document
from eventcoder.errors import DocumentError
from eventcoder.readers import ReadOptions, read_documents


def test_plain_text_on_stdin_is_one_document_not_json():
    stdin = io.StringIO("Protesters blocked roads in Basra on Sunday.\n\nPolice fired tear gas.\n")
    (doc,) = read_documents(["-"], stdin=stdin, published=dt.date(2020, 1, 20))
    assert isinstance(doc, Document) and doc.id == "stdin"
    assert "Basra" in doc.text and "tear gas" in doc.text
    assert doc.published == dt.date(2020, 1, 20)


def test_blocks_flag_makes_one_document_per_blank_line_separated_block():
    stdin = io.StringIO("First report from Basra.\n\n  \nSecond report from Mosul.\nStill the second.\n")
    docs = list(read_documents(["-"], stdin=stdin, options=ReadOptions(blocks=True)))
    assert [(d.id, d.text) for d in docs] == [("stdin-1", "First report from Basra."),
                                              ("stdin-2", "Second report from Mosul.\nStill the second.")]


def test_json_lines_on_stdin_are_still_read_as_records():
    stdin = io.StringIO('\n{"id": "j1", "text": "From JSON.", "published": "2020-01-02"}\n{"id": "j2", "text": "x"}\n')
    docs = list(read_documents(["-"], stdin=stdin))
    assert [d.id for d in docs] == ["j1", "j2"] and docs[0].published == dt.date(2020, 1, 2)


def test_text_file_takes_its_date_from_its_name_before_the_default(tmp_path):
    (tmp_path / "2020-01-16_nasiriyah.txt").write_text("Protesters marched in Nasiriyah.", encoding="utf-8")
    (tmp_path / "basra.txt").write_text("Protesters marched in Basra.", encoding="utf-8")
    named, plain = read_documents([tmp_path], published=dt.date(2020, 3, 1))
    assert (named.id, named.published) == ("2020-01-16_nasiriyah", dt.date(2020, 1, 16))
    assert (plain.id, plain.published) == ("basra", dt.date(2020, 3, 1))


def test_undated_text_gets_a_warning_and_still_reads(tmp_path):
    (tmp_path / "basra.txt").write_text("Protesters marched in Basra.", encoding="utf-8")
    (doc,) = read_documents([tmp_path / "basra.txt"])
    assert doc.published is None and NO_DATE_WARNING in doc.warnings


def test_text_is_repaired_at_reading_for_stdin_too():
    (doc,) = read_documents(["-"], stdin=io.StringIO("Police didnâ€™t fire &amp; left."), published=dt.date(2020, 1, 1))
    assert doc.text == "Police didn\u2019t fire & left."
    assert any(w.startswith("text repaired") for w in doc.warnings)


def test_empty_stdin_is_an_error_not_a_crash():
    (error,) = read_documents(["-"], stdin=io.StringIO("   \n"))
    assert isinstance(error, DocumentError) and error.field == "text"


def test_tally_names_the_documents_read_without_a_date(tmp_path):
    from eventcoder.readers.tally import ReadTally

    for name in ("a.txt", "b.txt", "2020-01-16_c.txt"):
        (tmp_path / name).write_text("Protesters marched in Basra.", encoding="utf-8")
    tally = ReadTally(read_documents([tmp_path]))
    assert len(list(tally)) == 3
    assert tally.undated == ["a", "b"] and tally.summary().startswith("2 documents without a publication date ('a', 'b')")
    assert ReadTally([]).summary() is None
