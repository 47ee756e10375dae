"""Word and PDF files, made by the tests: their text, title and date become one document each."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.documents import Document
from eventcoder.errors import DocumentError
from eventcoder.readers import read_documents

PARAGRAPHS = [
    "Security forces kill two protesters in Nasiriyah",
    "Iraqi security forces shot dead two protesters in the southern city of Nasiriyah on Wednesday, "
    "medical sources said.",
    "In Basra, students marched peacefully through the city centre on Wednesday.",
]


def make_docx(path, paragraphs, *, title=None, created=None):
    import docx

    word = docx.Document()
    for text in paragraphs:
        word.add_paragraph(text)
    if title:
        word.core_properties.title = title
    if created:
        word.core_properties.created = created
    word.save(str(path))
    return path


def make_pdf(path, lines, *, title="Report", created="D:20200116091500Z"):
    """A one-page PDF with ``lines`` of text in Helvetica, written by hand (PDF 1.4, 7.5)."""
    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 10 Tf 40 800 Td 12 TL " + " ".join(f"({escape(line)}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({escape(title)}) /CreationDate ({created}) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def test_docx_text_title_and_date(tmp_path):
    path = make_docx(tmp_path / "nasiriyah.docx", PARAGRAPHS, title="Nasiriyah report",
                     created=dt.datetime(2020, 1, 16, 9, 15))
    (doc,) = read_documents([path])
    assert (doc.id, doc.title, doc.published) == ("nasiriyah", "Nasiriyah report", dt.date(2020, 1, 16))
    assert doc.text == "\n\n".join(PARAGRAPHS)


def test_a_date_in_the_file_name_wins_over_the_files_creation_date(tmp_path):
    path = make_docx(tmp_path / "2020-01-16_report.docx", PARAGRAPHS, created=dt.datetime(2021, 5, 1))
    (doc,) = read_documents([path])
    assert doc.published == dt.date(2020, 1, 16)


def test_pdf_text_title_and_date(tmp_path):
    (doc,) = read_documents([make_pdf(tmp_path / "report.pdf", PARAGRAPHS, title="Nasiriyah report")])
    assert (doc.id, doc.title, doc.published) == ("report", "Nasiriyah report", dt.date(2020, 1, 16))
    assert "shot dead two protesters" in doc.text and "students marched peacefully" in doc.text


def test_damaged_files_are_errors_for_that_file_only(tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    (tmp_path / "fine.txt").write_text("Protesters marched in Basra.", encoding="utf-8")
    items = list(read_documents([tmp_path]))
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert sorted(e.doc_id for e in errors) == ["broken", "broken"]
    assert [i.id for i in items if isinstance(i, Document)] == ["fine"]


@pytest.mark.slow
def test_docx_and_pdf_give_the_articles_events(tmp_path, events_of):
    docx_path = make_docx(tmp_path / "2020-01-16_a.docx", PARAGRAPHS)
    pdf_path = make_pdf(tmp_path / "b.pdf", PARAGRAPHS)
    events = events_of(read_documents([docx_path, pdf_path]))
    for doc_id in ("2020-01-16_a", "b"):
        mine = {e.location: e for e in events if e.doc_id == doc_id}
        assert mine["Nasiriyah"].fatalities == 2 and mine["Nasiriyah"].event_date.isoformat() == "2020-01-15"
