"""The memory-mapped gazetteer file: what is written is read back the same, and a bad file is refused."""

from __future__ import annotations

from array import array
from pathlib import Path

from eventcoder.geo.index import GazetteerIndex, _read_index, index_path, load_gazetteer, save_index
from eventcoder.geo.mapped import read_mapped, write_mapped


def _data() -> dict:
    return {
        "name": ["Nasiriyah", "Şanlıurfa", "Tahrir Square", "Basra"], "country": ["IQ", "TR", "IQ", "IQ"],
        "kind": array("b", [3, 3, 6, 3]), "lat": array("d", [31.05, 37.16, 33.3, 30.5]),
        "lon": array("d", [46.26, 38.79, 44.4, 47.8]), "pop": array("q", [400_000, 2_000_000, 0, 1_300_000]),
        "admin1": ["Dhi Qar", "Şanlıurfa", "Baghdad", None], "admin2": [None, None, "Rusafa", "Basra"],
        "seat": [None, None, None, "Basra"], "source": array("b", [1, 0, 2, 1]),
        "keys": {"nasiriya": 0, "sanliurfa": 1, "tahrir square": 2, "basra": (3, 0), "urfa": (1,)},
        "country_keys": {"IQ": ["nasiriya", "tahrir square", "basra"], "TR": ["sanliurfa", "urfa"]},
        "admin1_places": {("IQ", "Dhi Qar"): 0}, "admin2_places": {("IQ", "Basra"): [3]}, "countries": {"IQ": 3},
        "dumps": ["IQ-mini"], "fingerprint": "abc",
    }


def test_every_part_reads_back_as_written(tmp_path: Path) -> None:
    data = _data()
    path = tmp_path / "index.gaz"
    with path.open("wb") as stream:
        write_mapped(data, stream)
    read = read_mapped(path)
    assert read is not None
    for column in ("name", "country", "admin1", "admin2", "seat", "kind", "lat", "lon", "pop", "source"):
        assert list(read[column]) == list(data[column]), column
    assert dict(read["keys"].items()) == {"nasiriya": 0, "sanliurfa": 1, "tahrir square": 2, "basra": (3, 0), "urfa": 1}
    assert read["keys"].get("no such name") is None and "basra" in read["keys"] and len(read["keys"]) == 5
    assert read["country_keys"].get("TR") == ["sanliurfa", "urfa"] and read["country_keys"].get("SY", ()) == ()
    assert read["admin1_places"] == {("IQ", "Dhi Qar"): 0} and read["dumps"] == ["IQ-mini"]
    index = GazetteerIndex(read)
    assert [p.name for p in index.lookup("Basrah")] == ["Basra", "Nasiriyah"]
    assert index.lookup("Urfa")[0].admin1 == "Şanlıurfa" and index.lookup("Urfa")[0].seat is None


def test_a_cut_or_foreign_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "index.gaz"
    with path.open("wb") as stream:
        write_mapped(_data(), stream)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    assert _read_index(path) is None
    path.write_bytes(b"\x80\x05 an old pickled index")
    assert _read_index(path) is None


def test_a_damaged_cached_file_is_rebuilt(tmp_path: Path) -> None:
    index = load_gazetteer(tmp_path, include_registry=False)
    size = len(index)
    index_path(tmp_path).write_bytes(b"garbage")
    from eventcoder.geo import index as index_module

    index_module._load_cached.cache_clear()
    again = load_gazetteer(tmp_path, include_registry=False)
    assert len(again) == size and again.lookup("Baquba")[0].admin1 == "Diyala"


def test_a_mapped_index_can_be_saved_again(tmp_path: Path, bundled_index: GazetteerIndex) -> None:
    save_index(bundled_index, tmp_path / "a")
    mapped = _read_index(index_path(tmp_path / "a"))
    save_index(mapped, tmp_path / "b")
    assert index_path(tmp_path / "a").read_bytes() == index_path(tmp_path / "b").read_bytes()
