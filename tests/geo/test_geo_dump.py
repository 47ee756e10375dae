from pathlib import Path

import pytest

from eventcoder.errors import GazetteerError
from eventcoder.geo.dump import kind_for_feature, read_admin_codes, read_dump
from eventcoder.geo.iraq import canonical_iraq_admin1

FIXTURES = Path(__file__).parent / "fixtures"


def test_reads_geonames_rows():
    rows = list(read_dump(FIXTURES / "IQ-mini.txt"))
    assert len(rows) == 8
    village = rows[1]
    assert village.name == "Qaryat Umm Nakhla"
    assert village.alternatenames == ("Umm Nakhla", "Um Nakhla")
    assert (village.latitude, village.longitude) == (31.13, 46.41)
    assert village.admin1_code == "09" and village.country == "IQ"


def test_feature_kinds():
    assert kind_for_feature("P", "PPL") == "city"
    assert kind_for_feature("P", "PPLX") == "neighbourhood"
    assert kind_for_feature("S", "BDG") == "landmark"
    assert kind_for_feature("L", "OILF") == "landmark"
    assert kind_for_feature("T", "MTS") == "area"
    assert kind_for_feature("A", "ADM1") == "admin1"
    assert kind_for_feature("H", "STM") is None


def test_malformed_line_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tonly\tthree columns\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.txt:1: expected 19"):
        list(read_dump(bad))


def test_missing_file_is_a_gazetteer_error(tmp_path: Path):
    with pytest.raises(GazetteerError, match="cannot read"):
        list(read_dump(tmp_path / "nope.txt"))


def test_admin_codes():
    codes = read_admin_codes(FIXTURES / "admin1-mini.txt")
    assert codes == {"IQ.09": "Dhi Qar", "IQ.13": "Kirkuk"}


def test_canonical_admin1_accepts_acled_geonames_iso_and_ocha_spellings():
    assert canonical_iraq_admin1("Thi-Qar") == "Dhi Qar"
    assert canonical_iraq_admin1("Dhī Qār") == "Dhi Qar"
    assert canonical_iraq_admin1("Basrah") == "Basra"
    assert canonical_iraq_admin1("Al Başrah") == "Basra"
    assert canonical_iraq_admin1("Sala al-Din") == "Salah al-Din"
    assert canonical_iraq_admin1("Salah ad Din Governorate") == "Salah al-Din"
    assert canonical_iraq_admin1("Qadissiya") == "Qadisiyah"
    assert canonical_iraq_admin1("Missan") == "Maysan"
    assert canonical_iraq_admin1("Wassit") == "Wasit"
    assert canonical_iraq_admin1("Babylon") == "Babil"
    assert canonical_iraq_admin1("Dahuk") == "Duhok"
    assert canonical_iraq_admin1("Ninawa") == "Ninewa"
    assert canonical_iraq_admin1("Kerbala") == "Karbala"
    assert canonical_iraq_admin1("Mosul") is None
