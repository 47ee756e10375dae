import time
from pathlib import Path

from eventcoder.geo.index import (GazetteerIndex, build_index, index_path, load_gazetteer, name_capital_districts,
                                  save_index)
from eventcoder.geo.iraq import iraq_governorates

FIXTURES = Path(__file__).parent / "fixtures"


def test_every_governorate_and_district_is_indexed(bundled_index: GazetteerIndex):
    govs = iraq_governorates()
    assert len(govs) == 19
    for gov in govs:
        place = bundled_index.admin1_place("IQ", gov.name)
        assert place is not None and place.kind == "admin1" and place.seat == gov.capital
        for district in gov.districts:
            assert bundled_index.admin2_place("IQ", gov.name, district.name) is not None, district.name


def test_spelling_variants_reach_the_same_unit(bundled_index: GazetteerIndex):
    for spelling in ("Thi-Qar", "Dhi Qar", "Thiqar", "Dhī Qār"):
        kinds = {(p.kind, p.admin1) for p in bundled_index.lookup(spelling)}
        assert ("admin1", "Dhi Qar") in kinds, spelling


def test_nearest_admin2_assigns_districts(bundled_index: GazetteerIndex):
    assert bundled_index.nearest_admin2("IQ", "Basra", 30.04, 47.92) == "Zubair"  # Umm Qasr
    assert bundled_index.nearest_admin2("IQ", "Dhi Qar", 31.05, 46.26) == "Nasiriyah"


def test_save_and_load_round_trip(tmp_path: Path, bundled_index: GazetteerIndex):
    save_index(bundled_index, tmp_path)
    loaded = load_gazetteer(tmp_path, include_registry=False)
    assert len(loaded) == len(bundled_index)
    assert loaded.lookup("Baquba")[0].admin1 == "Diyala"


def test_load_builds_on_first_use_and_caches(tmp_path: Path):
    first = load_gazetteer(tmp_path, include_registry=False)
    assert index_path(tmp_path).exists()
    assert load_gazetteer(tmp_path, include_registry=False) is first  # per-process cache


def test_stale_index_is_rebuilt(tmp_path: Path):
    index = build_index(include_registry=False)
    index._d["fingerprint"] = "stale"
    save_index(index, tmp_path)
    fresh = load_gazetteer(tmp_path, include_registry=False)
    assert fresh.fingerprint != "stale"


def test_dump_adds_villages_landmarks_and_names(dump_index: GazetteerIndex, bundled_index: GazetteerIndex):
    village = [p for p in dump_index.lookup("Umm Nakhla") if p.kind == "village"]
    assert village and village[0].admin1 == "Dhi Qar" and village[0].source == "dump"
    assert village[0].admin2 is not None
    bridge = dump_index.lookup("Al-Nasr Bridge")
    assert bridge and bridge[0].kind == "landmark"
    assert dump_index.lookup("Gharraf Oilfield")[0].kind == "landmark"
    assert [p.kind for p in dump_index.lookup("Hayy al-Shuhada")] == ["neighbourhood"]
    assert not dump_index.lookup("Kasr Stream")  # streams are not event locations
    # the dump's ADM1 row adds its names to the existing governorate instead of a second one
    assert [p.name for p in dump_index.lookup("Zi Qar") if p.kind == "admin1"] == ["Dhi Qar"]
    # a row without admin codes gets the province of the nearest district seat
    assert dump_index.lookup("Tell Zawiya")[0].admin1 == "Kirkuk"
    assert len(dump_index) > len(bundled_index)


def test_bundled_build_is_fast():
    started = time.perf_counter()
    build_index(include_registry=False)
    assert time.perf_counter() - started < 5


def test_info_counts(dump_index: GazetteerIndex):
    info = dump_index.info()
    assert info["dumps"] == ["IQ-mini"]
    assert info["sources"]["dump"] >= 5
    assert FIXTURES.exists()


def test_unnamed_capital_district_is_named_after_its_capital():
    countries = {"PY": {"name": "Paraguay", "capital": "Asunción"}, "ML": {"name": "Mali", "capital": "Bamako"}}
    cities = {"PY": [{"name": "Asunción", "admin1code": "22", "population": 1_000_000, "alternatenames": []}],
              "ML": [{"name": "Bamako", "admin1code": "08", "population": 2_000_000, "alternatenames": []}]}
    assert name_capital_districts(countries, cities, {"ML.08": "Bamako"}) == {"PY.22": "Asuncion"}
