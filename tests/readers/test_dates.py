"""Publication dates in the formats documents use: RFC 2822, ISO 8601 with time and zone, file names."""

from __future__ import annotations

import datetime as dt
import email.utils

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder.documents import NO_DATE_WARNING, document_from_dict
from eventcoder.errors import DocumentError
from eventcoder.readers.dates import date_in_name, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("Thu, 16 Jan 2020 09:15:00 GMT", dt.date(2020, 1, 16)),  # RSS pubDate
    ("16 Jan 2020 09:15:00 +0300", dt.date(2020, 1, 16)),
    ("2020-01-16T23:30:00-05:00", dt.date(2020, 1, 16)),  # the publisher's date, not converted to UTC
    ("2020-01-16T09:15:00Z", dt.date(2020, 1, 16)),
    ("2020-01-16 09:15", dt.date(2020, 1, 16)),
    ("2020-01-16", dt.date(2020, 1, 16)),
    ("20200116", dt.date(2020, 1, 16)),
    ("2020/01/16", dt.date(2020, 1, 16)),
    ("D:20200116091500+03'00'", dt.date(2020, 1, 16)),  # PDF metadata
    ("16 January 2020", dt.date(2020, 1, 16)),
    ("January 16, 2020", dt.date(2020, 1, 16)),
    ("Jan 16, 2020", dt.date(2020, 1, 16)),
])
def test_dates_documents_use_are_read(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["yesterday", "2020-02-30", "01/02/2020", "16/01/2020", "", "2020-13-01T10:00"])
def test_non_dates_and_ambiguous_dates_are_refused(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(("name", "expected"), [
    ("2020-01-16_basra-protest.txt", dt.date(2020, 1, 16)),
    ("report_20200116.pdf", dt.date(2020, 1, 16)),
    ("nasiriyah_2020_01_16.html", dt.date(2020, 1, 16)),
    ("article-12345678.txt", None),  # an id, not a date
    ("2020-01-16_to_2020-01-20.csv", None),  # two dates: neither is taken
    ("basra.txt", None),
])
def test_dates_in_file_names(name, expected):
    assert date_in_name(name) == expected


@given(st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2040, 12, 31)),
       st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_rfc2822_and_iso_keep_the_written_date(moment, offset_minutes):
    aware = moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset_minutes)), microsecond=0)
    assert parse_date(email.utils.format_datetime(aware)) == aware.date()
    assert parse_date(aware.isoformat()) == aware.date()


def test_record_dates_in_rfc2822_are_accepted_and_bad_ones_name_the_field():
    doc = document_from_dict({"id": "a", "text": "Protest.", "published": "Thu, 16 Jan 2020 09:15:00 GMT"})
    assert doc.published == dt.date(2020, 1, 16) and NO_DATE_WARNING not in doc.warnings
    with pytest.raises(DocumentError) as info:
        document_from_dict({"id": "a", "text": "Protest.", "published": "soon"})
    assert info.value.field == "published" and "RFC 2822" in str(info.value)


def test_a_document_without_any_date_is_warned_about():
    assert NO_DATE_WARNING in document_from_dict({"id": "a", "text": "Protest."}).warnings
    dated = document_from_dict({"id": "a", "text": "Protest."}, published=dt.date(2020, 1, 1))
    assert NO_DATE_WARNING not in dated.warnings
