"""Issue 17: ACLED's region, source_scale and timestamp in every export (blank where unknown)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from eventcoder.cli import app
from eventcoder.export import write_csv, write_geojson, write_jsonl, write_rows_csv, write_rows_jsonl
from eventcoder.outlets import outlet_named, outlet_table, source_scale
from eventcoder.record import Event, country_codes
from eventcoder.regions import REGIONS, region_of, region_table


def test_region_comes_from_the_country_code():
    assert region_of("IRQ") == "Middle East"
    assert region_of("irq") == "Middle East"
    assert region_of("NGA") == "Western Africa"
    assert region_of("MEX") == "Central America"
    assert region_of("KAZ") == "Caucasus and Central Asia"
    assert region_of("XKX") == "Europe"  # Kosovo's user-assigned code, as GeoNames and ACLED write it


def test_a_country_the_table_does_not_list_gets_no_region():
    assert region_of("IOT") is None  # British Indian Ocean Territory: left out rather than guessed
    assert region_of("ZZZ") is None
    assert region_of(None) is None and region_of("") is None


def test_the_region_table_uses_only_acleds_names():
    assert set(region_table().values()) <= set(REGIONS)
    assert len(region_table()) > 200


@pytest.mark.parametrize(("name", "iso3"), [("Turkey", "TUR"), ("Ivory Coast", "CIV"), ("Kosovo", "XKX"),
                                            ("Democratic Republic of the Congo", "COD"), ("Curaçao", "CUW"),
                                            ("Palestinian Territory", "PSE"), ("iq", "IRQ")])
def test_gazetteer_spellings_of_countries_get_their_codes(name, iso3):
    codes = country_codes(name)
    assert codes is not None and codes[1] == iso3


def test_outlets_are_found_in_their_usual_spellings():
    reuters = outlet_table()["reuters"]
    assert outlet_named("Reuters") is reuters
    assert outlet_named("www.reuters.com") is reuters
    assert outlet_named("Reuters news agency") is reuters
    assert outlet_named("the Associated Press") is outlet_named("AP")
    assert outlet_named("Agence France-Presse") is outlet_named("AFP")
    assert outlet_named("Gamma Wire") is None
    assert outlet_named("Iraqi TV") is None  # a generic tail is dropped only to reach a listed name


def test_source_scale_of_one_outlet_depends_on_where_the_event_is():
    assert source_scale("Reuters", "IRQ") == "International"
    assert source_scale("Shafaq News", "IRQ") == "National"
    assert source_scale("Rudaw", "IRQ") == "Subnational"
    assert source_scale("BBC News", "GBR") == "National"  # an international broadcaster at home
    assert source_scale("BBC News", "IRQ") == "International"
    assert source_scale("Al Arabiya", "IRQ") == "Regional"
    assert source_scale("Al Arabiya", "UKR") is None  # outside the regions it covers
    assert source_scale("Dawn", "IND") is None  # a national outlet abroad


def test_several_sources_combine_narrowest_first():
    assert source_scale("Shafaq News; Reuters", "IRQ") == "National-International"
    assert source_scale("Reuters; Shafaq News", "IRQ") == "National-International"
    assert source_scale("Reuters; AFP", "IRQ") == "International"
    assert source_scale("Rudaw; Shafaq News; Reuters", "IRQ") == "Subnational-International"
    assert source_scale("Reuters; ", "IRQ") == "International"


def test_one_outlet_of_unknown_reach_leaves_the_scale_blank():
    assert source_scale("Gamma Wire; Reuters", "IRQ") is None  # Gamma Wire could be national
    assert source_scale("Dawn; Reuters", "IRQ") is None


def test_source_scale_is_blank_where_nothing_is_known():
    assert source_scale("Gamma Wire; Delta Post", "IRQ") is None
    assert source_scale(None, "IRQ") is None
    assert source_scale("Reuters", None) is None  # no country: home or abroad cannot be told


def _event(**changes) -> Event:
    base = dict(event_id="ev-1", doc_id="d1", event_date="2020-01-19", event_type="Protests",
                sub_event_type="Peaceful protest", country="Iraq", location="Kufa", latitude=32.03,
                longitude=44.4, source="Shafaq News; Reuters")
    base.update(changes)
    return Event(**base)


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_event_csv_fills_region_source_scale_and_timestamp_and_leaves_unknown_blank():
    out = io.StringIO()
    write_csv([_event(), _event(event_id="ev-2", country="Narnia", source="Gamma Wire")], out)
    known, unknown = _csv_rows(out.getvalue())
    assert (known["region"], known["source_scale"], known["iso3"]) == ("Middle East", "National-International", "IRQ")
    assert (unknown["region"], unknown["source_scale"], unknown["iso3"]) == ("", "", "")
    assert int(known["timestamp"]) > 1_700_000_000 and int(unknown["timestamp"]) > 1_700_000_000


def test_event_jsonl_and_geojson_carry_region_and_source_scale():
    out = io.StringIO()
    write_jsonl([_event()], out)
    line = json.loads(out.getvalue())
    assert (line["region"], line["source_scale"]) == ("Middle East", "National-International")
    assert Event.from_dict(line) == _event()  # the derived fields do not get in the way of reading it back
    out = io.StringIO()
    write_geojson([_event(source="Gamma Wire")], out)
    properties = json.loads(out.getvalue())["features"][0]["properties"]
    assert (properties["region"], properties["source_scale"]) == ("Middle East", None)


def test_store_rows_get_the_same_fields():
    row = {"event_id": "ev-1", "event_date": "2020-01-19", "country": "Turkey", "source": "Anadolu Agency; Reuters",
           "fatalities": 0, "sources": ["d1", "d2"]}
    out = io.StringIO()
    write_rows_csv([row], out)
    (written,) = _csv_rows(out.getvalue())
    assert (written["iso3"], written["region"], written["source_scale"]) == ("TUR", "Middle East", "National-International")
    out = io.StringIO()
    write_rows_jsonl([row], out)
    assert json.loads(out.getvalue())["source_scale"] == "National-International"


@pytest.mark.slow
def test_extract_to_csv_fills_the_columns_from_the_documents_outlet(tmp_path):
    text = "On Sunday, protesters in Basra burned tyres and blocked roads."
    docs = [{"id": "known", "text": text, "published": "2020-01-22", "country": "Iraq", "source": "Reuters"},
            {"id": "unknown", "text": text, "published": "2020-01-22", "country": "Iraq", "source": "Gamma Wire"}]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(app, ["extract", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = {row["source"]: row for row in _csv_rows(out.read_text(encoding="utf-8"))}
    assert rows["Reuters"]["region"] == rows["Gamma Wire"]["region"] == "Middle East"
    assert (rows["Reuters"]["source_scale"], rows["Gamma Wire"]["source_scale"]) == ("International", "")
    assert all(int(row["timestamp"]) > 1_700_000_000 for row in rows.values())
