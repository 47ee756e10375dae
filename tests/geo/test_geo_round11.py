"""Places round 11 (issue 15): Indonesia's Papua provinces of 2022, and a reformed unit carved out of one that
lives on keeps no alias of it. Sentences written for the tests; towns and codes as a registry-like world."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder

# (name, country, admin1 code, latitude, longitude, population): GeoNames codes the towns of the 2022 provinces
# by regency (PT, PE, PS, PD), while the registry still names those codes after Papua and West Papua
_TOWNS = [("Jayapura", "ID", "36", -2.53, 140.72, 410_000), ("Biak", "ID", "36", -1.18, 136.08, 40_000),
          ("Timika", "ID", "PT", -4.55, 136.89, 140_000), ("Nabire", "ID", "PT", -3.36, 135.50, 100_000),
          ("Ilaga", "ID", "PT", -3.98, 137.62, 1_000),
          ("Wamena", "ID", "PE", -4.10, 138.95, 66_000), ("Merauke", "ID", "PS", -8.50, 140.41, 117_000),
          ("Manokwari", "ID", "39", -0.86, 134.06, 130_000), ("Sorong", "ID", "PD", -0.88, 131.26, 220_000),
          ("Ambon", "ID", "28", -3.70, 128.18, 350_000),
          ("Accra", "GH", "01", 5.56, -0.20, 2_000_000), ("Tamale", "GH", "06", 9.40, -0.85, 370_000),
          ("Damongo", "GH", "17", 9.08, -1.82, 20_000), ("Bole", "GH", "17", 9.03, -2.49, 20_000)]
_REGISTRY_ADMIN1 = {("ID", "36"): "Papua", ("ID", "PT"): "Papua", ("ID", "PE"): "Papua", ("ID", "PS"): "Papua",
                    ("ID", "39"): "West Papua", ("ID", "PD"): "West Papua", ("ID", "28"): "Maluku",
                    ("GH", "01"): "Greater Accra", ("GH", "06"): "Northern", ("GH", "17"): "Northern"}
_COUNTRIES = {"ID": {"name": "Indonesia", "capital": "Jakarta"}, "GH": {"name": "Ghana", "capital": "Accra"}}


@pytest.fixture(scope="module")
def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _REGISTRY_ADMIN1)


def _place(world: GazetteerIndex, text: str, country: str):
    geocoder = Geocoder(world)
    places = geocoder.analyse(text, country=country)
    return geocoder.event_place(places, (0, len(text)), text=text)


@pytest.mark.parametrize(("town", "province"), [("Timika", "Central Papua"), ("Ilaga", "Central Papua"),
                                                ("Wamena", "Highland Papua"), ("Merauke", "South Papua"),
                                                ("Sorong", "Southwest Papua"), ("Jayapura", "Papua"),
                                                ("Manokwari", "West Papua")])
def test_towns_are_in_the_provinces_of_2022(world: GazetteerIndex, town: str, province: str):
    assert _place(world, f"Students rallied in {town} on Monday against the mining permits.", "Indonesia").admin1 \
        == province


@pytest.mark.parametrize(("unit", "capital"), [("Central Papua", "Nabire"), ("Highland Papua", "Wamena"),
                                               ("South Papua", "Merauke"), ("Southwest Papua", "Sorong")])
def test_each_new_province_is_coded_to_its_capital_by_law(world: GazetteerIndex, unit: str, capital: str):
    place = world.admin1_place("ID", unit)
    assert place is not None and place.seat == capital  # Central Papua's capital, not its largest town


@pytest.mark.parametrize(("text", "province"), [
    ("Two groups of drivers clashed at a bus terminal in Sorong city, West Papua province, on Monday.",
     "Southwest Papua"),
    ("Students rallied in Timika, Papua, on Monday.", "Central Papua"),
])
def test_a_town_in_the_province_it_was_carved_out_of_is_still_held(world: GazetteerIndex, text: str, province: str):
    geocoder = Geocoder(world)
    places = geocoder.analyse(text, country="Indonesia")
    place = geocoder.event_place(places, (0, len(text)), text=text)
    assert (place.admin1, place.geo_precision) == (province, 1)  # the town, not the older province's capital


def test_papua_named_alone_is_the_province_that_lives_on(world: GazetteerIndex):
    assert [p.name for p in world.lookup("Papua") if p.kind == "admin1"] == ["Papua"]
    place = _place(world, "Security forces dispersed a rally in Papua province on Monday.", "Indonesia")
    assert (place.admin1, place.geo_precision, place.location) == ("Papua", 3, "Jayapura")


def test_the_local_name_of_a_new_province_is_its_name(world: GazetteerIndex):
    place = _place(world, "Security forces dispersed a rally in Papua Tengah province on Monday.", "Indonesia")
    assert (place.admin1, place.geo_precision) == ("Central Papua", 3)


def test_a_region_carved_out_of_one_that_lives_on_keeps_no_alias_of_it(world: GazetteerIndex):
    assert [p.name for p in world.lookup("Northern") if p.kind == "admin1"] == ["Northern"]
    assert [p.name for p in world.lookup("Savannah") if p.kind == "admin1"] == ["Savannah"]


# "Town, District (State)": the district or town between a name and its state holds it
_CHAIN_TOWNS = [("Jalalpur", "IN", "36", 26.31, 82.74, 20_000), ("Shamli", "IN", "36", 29.45, 77.31, 110_000),
                ("Kairana", "IN", "36", 29.39, 77.20, 80_000), ("Kandhla", "IN", "36", 29.00, 77.27, 40_000),
                ("Lucknow", "IN", "36", 26.85, 80.95, 2_800_000),
                ("New Delhi", "IN", "07", 28.61, 77.21, 300_000)]
_CHAIN_ADMIN1 = {("IN", "36"): "Uttar Pradesh", ("IN", "07"): "Delhi"}


@pytest.fixture(scope="module")
def chain_world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_CHAIN_TOWNS, {"IN": {"name": "India", "capital": "New Delhi"}}, _CHAIN_ADMIN1)


def test_a_namesake_across_the_state_is_not_the_town_its_district_holds(chain_world: GazetteerIndex):
    place = _place(chain_world, "Two farmers were killed in a clash over land in Jalalpur, Shamli (Uttar Pradesh) "
                                "on Sunday.", "India")
    assert place.admin1 == "Uttar Pradesh" and place.latitude == pytest.approx(29.45)  # Shamli's, not 350 km off
    assert place.location == "Jalalpur" and place.unresolved


@pytest.mark.parametrize(("text", "town"), [
    ("Two farmers were killed in a clash over land in Kairana, Shamli (Uttar Pradesh) on Sunday.", "Kairana"),
    ("Two farmers were killed in a clash over land in Kandhla town (Shamli, Uttar Pradesh) on Sunday.", "Kandhla"),
])
def test_a_town_within_reach_of_the_holder_the_text_names_is_kept(chain_world: GazetteerIndex, text: str, town: str):
    place = _place(chain_world, text, "India")  # (Kandhla lies 50 km from Shamli: a district is that wide)
    assert (place.location, place.geo_precision) == (town, 1)


def _iraq(geocoder: Geocoder, text: str):
    places = geocoder.analyse(text, country="Iraq")
    return geocoder.event_place(places, (0, len(text)), text=text)


@pytest.mark.parametrize("text", [
    "Gunmen fired on the car of a tribal elder in the Karma area, northern Basra, late on Friday.",
    "Gunmen fired on the car of a tribal elder in the Karma area of southern Basra late on Friday.",
])
def test_a_side_of_a_province_after_a_place_holds_it(geocoder: Geocoder, text: str):
    place = _iraq(geocoder, text)
    assert place.admin1 == "Basra" and place.location == "Karma"  # no Karma of Anbar, 450 km away


def test_a_district_of_another_province_inside_a_district_the_text_names_is_a_village(geocoder: Geocoder):
    place = _iraq(geocoder, "A roadside bomb wounded two shepherds in al-Rumaitha in Baladruz in Diyala province.")
    assert (place.admin1, place.admin2) == ("Diyala", "Balad Ruz")


@pytest.mark.parametrize(("text", "admin1"), [
    ("Gunmen fired on a checkpoint in Karma, east of Fallujah, on Friday.", "Anbar"),
    ("Protesters closed the main road in Rumaitha in Muthanna province on Friday.", "Muthanna"),
    ("Gunmen fired on a checkpoint in Zubair, southern Basra, on Friday.", "Basra"),
])
def test_the_namesake_rules_leave_stated_places_alone(geocoder: Geocoder, text: str, admin1: str):
    assert _iraq(geocoder, text).admin1 == admin1


@pytest.mark.parametrize(("text", "admin1", "location"), [
    ("Hundreds of graduates protested in Kirku against unemployment on Monday.", "Kirkuk", "Kirkuk"),
    ("Security forces killed four militants in Makhbour district on Monday.", "Erbil", "Makhmur"),
])
def test_a_letter_slipped_in_a_well_known_name(geocoder: Geocoder, text: str, admin1: str, location: str):
    place = _iraq(geocoder, text)
    assert (place.admin1, place.location) == (admin1, location)


def test_a_village_one_letter_from_a_city_is_no_slip(geocoder: Geocoder):
    place = _iraq(geocoder, "Gunmen killed a shepherd in Kirkup village on Monday.")
    assert place.admin1 is None and place.latitude is None  # a village the index lacks, not Kirkuk


_SLIP_TOWNS = [("Rampur", "IN", "36", 28.80, 79.03, 300_000), ("Raipur", "IN", "37", 21.25, 81.63, 1_000_000),
               ("Bilsanda", "IN", "36", 28.24, 79.95, 15_000), ("Bisalpur", "IN", "36", 28.29, 79.80, 60_000)]


@pytest.fixture(scope="module")
def slip_world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_SLIP_TOWNS, {"IN": {"name": "India", "capital": "New Delhi"}},
                       {("IN", "36"): "Uttar Pradesh", ("IN", "37"): "Chhattisgarh"})


def test_a_slip_towards_two_names_reads_neither(slip_world: GazetteerIndex):
    assert slip_world.lookup_one_edit("Rapur", "IN") == []  # one letter from Rampur and from Raipur
    assert [p.name for p in slip_world.lookup_one_edit("Rampr", "IN")] == ["Rampur"]


def test_a_small_town_is_read_through_a_slip_only_where_the_text_calls_it_a_district(slip_world: GazetteerIndex):
    typed = _place(slip_world, "Police fired on protesters in Bilslanda tehsil on Monday.", "India")
    assert typed.location == "Bilsanda"
    for text in ("Police fired on protesters in Bilslanda on Monday.", "Police fired on protesters in Bilslanda town."):
        assert _place(slip_world, text, "India").location != "Bilsanda"  # (a town the index lacks, maybe)


def test_a_province_is_coded_to_the_seat_a_dump_marks(tmp_path, monkeypatch: pytest.MonkeyPatch):
    import pickle

    from eventcoder.geo import index as index_module
    from eventcoder.geo.dump import DumpRow

    cities = [{"geonameid": 1, "name": "Onitsha", "countrycode": "NG", "admin1code": "02", "latitude": 6.15,
               "longitude": 6.79, "population": 560_000, "alternatenames": []},
              {"geonameid": 2, "name": "Awka", "countrycode": "NG", "admin1code": "02", "latitude": 6.21,
               "longitude": 7.07, "population": 170_000, "alternatenames": []}]
    monkeypatch.setattr(index_module, "registry_cities", lambda: cities)
    monkeypatch.setattr(index_module, "registry_countries", lambda: {"NG": {"name": "Nigeria", "capital": "Abuja"}})
    monkeypatch.setattr(index_module, "registry_admin_names", lambda _cities: ({("NG", "02"): "Anambra"}, {}))
    assert index_module.build_index().admin1_place("NG", "Anambra").seat == "Onitsha"  # the largest town
    seat = DumpRow(geonameid=2, name="Awka", alternatenames=(), latitude=6.21, longitude=7.07, feature_class="P",
                   feature_code="PPLA", country="NG", admin1_code="02", admin2_code="", population=170_000)
    dump = tmp_path / "NG.pkl"
    dump.write_bytes(pickle.dumps({"rows": [seat], "admin1_codes": {}, "admin2_codes": {}}))
    unit = index_module.build_index([dump]).admin1_place("NG", "Anambra")
    assert unit is not None and (unit.seat, unit.latitude) == ("Awka", 6.21)


def test_a_village_near_a_town_is_no_namesake_far_from_it(geocoder: Geocoder):
    place = _iraq(geocoder, "A roadside bomb killed a policeman in Kazimiyah village near Hawija on Monday.")
    assert (place.admin1, place.admin2, place.location, place.geo_precision) == ("Kirkuk", "Hawija", "Kazimiyah", 2)


def test_a_district_near_a_town_stays_itself(geocoder: Geocoder):
    assert _iraq(geocoder, "A roadside bomb killed a policeman in Kadhimiya near the shrine on Monday.").admin1 \
        == "Baghdad"


def test_a_short_name_with_one_letter_changed_is_no_slip(geocoder: Geocoder):
    assert geocoder.gazetteer.lookup_one_edit("Abbarah", "IQ") == []  # one letter from Amarah, but only five long
    place = _iraq(geocoder, "A bomb killed a school guard in an area of al Abbarah northeast of Baquba on Sunday.")
    assert place.admin1 == "Diyala"
