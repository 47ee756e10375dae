"""Places stop 22 (places13, reader 8's C findings): a force's acronym before its camp is no place; a town that is
the seat of the unit its name names; "X West" is no "X East"; a province whose districts the registry lists only in
part is no Voronoi map; a district seated at the town named like it; a district the registry lacks; a target across
the border; a retaliation's cause; villages abroad; a named area's vote; a mayor's town. Towns and sentences are invented
for the tests."""

from __future__ import annotations

import pytest
from entity_labels import EntityLabels
from placing import event_place_of as _place, small_world_fixtures

from eventcoder.geo.finder import Toponym, find_toponyms
from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder
from eventcoder.geo.unknown import find_unknown_places

# (name, country, admin1 code, latitude, longitude, population[, alternate names])
_TOWNS = [
    ("Dembara", "ET", "01", 12.60, 37.46, 300_000), ("Adama Kebele", "ET", "02", 8.50, 39.30, 200_000),
    ("Niamor", "NE", "01", 13.51, 2.11, 1_000_000), ("Tallabo", "NE", "02", 14.21, 1.45, 30_000),
    ("Kangla", "IN", "01", 24.81, 93.94, 270_000), ("West", "IN", "02", 27.13, 88.24, 2_000),
    ("Jorbam", "IN", "01", 24.80, 93.12, 7_000), ("Bishnu", "IN", "01", 24.63, 93.76, 12_000),
    ("Kotra", "IN", "03", 32.99, 74.93, 9_100), ("Rawani", "IN", "03", 33.08, 74.83, 8_100, ["Reyasi"]),
    ("Qabatiya", "PS", "01", 32.46, 35.30, 34_000, ["Qabatin"]), ("Qabatin", "PL", "01", 52.70, 15.10, 1_100),
    ("Qabatina", "AG", "01", 17.08, -61.87, 600, ["Qabatin"]),
    ("Haifon", "IL", "01", 32.80, 35.00, 280_000), ("Metulla", "IL", "02", 33.28, 35.58, 1_700),
    ("Sour", "LB", "01", 33.27, 35.19, 60_000), ("Kfar Miya", "LB", "02", 33.28, 35.55, 4_000),
    ("Coyula de Bernal", "MX", "01", 17.01, -100.09, 13_500), ("Acapan", "MX", "01", 16.85, -99.91, 650_000),
    ("Laran", "BO", "01", -16.50, -68.15, 2_000_000), ("Sorata", "BO", "01", -15.50, -67.88, 2_500),
    ("Nazra", "YE", "01", 16.90, 43.40, 9_000, ["Razan"]), ("Ghamra", "YE", "01", 16.95, 43.45, 3_000),
    ("Qunaytra", "SY", "01", 33.12, 35.82, 4_000),
]
_ADMIN1 = {("ET", "01"): "Amhara", ("ET", "02"): "Oromia", ("NE", "01"): "Niamor", ("NE", "02"): "Tallabo",
           ("IN", "01"): "Manipur", ("IN", "02"): "Sikkim", ("IN", "03"): "Jammu and Kashmir",
           ("PS", "01"): "West Bank", ("PL", "01"): "Lubusz", ("AG", "01"): "Saint John", ("IL", "01"): "Haifa",
           ("IL", "02"): "Northern", ("LB", "01"): "South", ("LB", "02"): "Nabatiye", ("MX", "01"): "Guerrero",
           ("BO", "01"): "La Paz", ("YE", "01"): "Sadah", ("SY", "01"): "Quneitra"}
_ADMIN2 = {4: "Kangla East", 5: "West", 7: "Bishnu", 8: "Reyasi", 9: "Reyasi", 20: "Larecaja", 21: "Razan",
           22: "Razan"}
_COUNTRIES = {"ET": {"name": "Ethiopia", "capital": "Adama Kebele"}, "NE": {"name": "Niger", "capital": "Niamor"},
              "IN": {"name": "India", "capital": "Kangla"},
              "PS": {"name": "Palestinian Territory", "capital": "Qabatiya"},
              "PL": {"name": "Poland", "capital": "Qabatin"}, "AG": {"name": "Antigua and Barbuda",
                                                                    "capital": "Qabatina"},
              "IL": {"name": "Israel", "capital": "Haifon"}, "LB": {"name": "Lebanon", "capital": "Sour"},
              "MX": {"name": "Mexico", "capital": "Acapan"}, "BO": {"name": "Bolivia", "capital": "Laran"},
              "YE": {"name": "Yemen", "capital": "Nazra"}, "SY": {"name": "Syria", "capital": "Qunaytra"}}


world, geocoder = small_world_fixtures(_TOWNS, _COUNTRIES, _ADMIN1, _ADMIN2)


# -- C1: a force's acronym before its camp or base --------------------------------------------------------------

@pytest.mark.parametrize("post", ["camp", "base", "army base", "barracks", "checkpoint"])
def test_a_forces_acronym_before_its_post_is_no_place(post: str) -> None:
    text = f"On Tuesday rebels attacked the ENDF {post} near Dembara airport."
    assert [n.text for n in find_unknown_places(text, [Toponym(text.index("Dembara"), text.index("Dembara") + 7,
                                                                "Dembara", [])])] == []


def test_a_named_camp_the_index_lacks_is_still_a_place() -> None:
    text = "Gunmen attacked the Kebero camp near Dembara on Tuesday."
    known = [Toponym(text.index("Dembara"), text.index("Dembara") + 7, "Dembara", [])]
    assert [n.text for n in find_unknown_places(text, known)] == ["Kebero"]


def test_the_event_of_an_attack_on_a_forces_camp_is_at_the_town_near_it(geocoder: Geocoder) -> None:
    place = _place(geocoder, "On Tuesday rebels attacked the ENDF camp near Dembara airport, killing four soldiers.",
                   "Ethiopia", {"ENDF": "ORG"})
    assert (place.location, place.admin1, place.geo_precision) == ("Dembara", "Amhara", 2)


# -- C2: the unit the text names -----------------------------------------------------------------------------------

def test_a_town_the_text_names_with_its_region_stays_in_that_region(geocoder: Geocoder) -> None:
    # the region's seat, which the parser calls a body, is no stray namesake: its own name names the region
    text = "NIAMOR - Eleven soldiers were killed in an ambush near Gorouol in the Tallabo region on Wednesday."
    place = _place(geocoder, text, "Niger", {"Tallabo": "ORG", "Gorouol": "GPE"})
    assert (place.location, place.admin1, place.geo_precision) == ("Gorouol", "Tallabo", 2)


def test_a_district_west_is_no_district_east_nor_a_district_called_west(world: GazetteerIndex) -> None:
    text = "A drone dropped explosives on a village in Kangla West district on Saturday."
    found = find_toponyms(text, world, country="IN")
    assert all(p.name not in ("Kangla East", "West") for t in found for p in t.candidates)


@pytest.mark.parametrize("where, location", [("a village", "Kangla"), ("Sekmai village", "Sekmai")])
def test_a_district_named_after_a_town_and_a_compass_word_is_that_district(geocoder: Geocoder, where: str,
                                                                         location: str) -> None:
    place = _place(geocoder, f"A drone dropped explosives on {where} in Kangla West district on Saturday.", "India")
    assert (place.location, place.admin1, place.admin2, place.geo_precision) == (location, "Manipur", "Kangla West", 2)


def test_an_israeli_armys_target_across_the_border_is_in_israel(geocoder: Geocoder) -> None:
    text = ("An Israeli drone strike near the southern Lebanese city of Sour killed a commander on Friday. "
            "Hezbollah later said it fired rockets at the Israeli army's positions in the Upper Galilee in "
            "retaliation for the killing of two of its fighters in Kfar Miya the day before.")
    second = (text.index("Hezbollah"), len(text))
    place = _place(geocoder, text, None, sentence=second)  # type: ignore[arg-type]
    assert (place.country, place.admin1, place.location) == ("Israel", "Northern", "Upper Galilee")


def test_a_retaliations_cause_is_another_events_place(world: GazetteerIndex) -> None:
    text = "Fighters shelled a post in Metulla in retaliation for the killing of two of its men in Kfar Miya."
    (miya,) = [t for t in find_toponyms(text, world, country="LB") if t.text == "Kfar Miya"]
    assert miya.relation == "reference"


def test_villages_abroad_do_not_divide_a_towns_vote(geocoder: Geocoder) -> None:
    # Qabatin, as the town is also written, is a village in two other countries: the town's vote is not divided by
    # them, and outweighs the nationality word of "Israeli soldiers"
    place = _place(geocoder, "Mourners at the funeral of a man killed in Qabatin threw stones at Israeli soldiers "
                             "on Friday.", None)  # type: ignore[arg-type]
    assert (place.country, place.admin1, place.location) == ("Palestinian Territory", "West Bank", "Qabatiya")


def test_a_named_area_outvotes_nationality_words(geocoder: Geocoder) -> None:
    text = ("In the Israeli air strike on a convoy near the Golan Heights on Friday, an Iranian Revolutionary Guard "
            "general was killed.")
    place = _place(geocoder, text, None)  # type: ignore[arg-type]
    assert (place.country, place.location) == ("Syria", "Golan Heights")


def test_a_nationality_word_alone_still_gives_the_country(geocoder: Geocoder) -> None:
    text = "Israeli soldiers shot dead a man at a checkpoint on Friday."
    place = _place(geocoder, text, None)  # type: ignore[arg-type]
    assert place is not None and place.country == "Israel" and place.latitude is None


# -- C3: no invented district or town ---------------------------------------------------------------------------------

def test_a_province_with_one_far_district_seat_gives_no_district(world: GazetteerIndex) -> None:
    assert world.nearest_admin2("BO", "La Paz", -16.50, -68.15) is None  # Larecaja's seat is 115 km off
    assert world.nearest_admin2("BO", "La Paz", -15.45, -67.90) == "Larecaja"


def test_a_town_far_from_every_known_district_seat_gets_none(world: GazetteerIndex) -> None:
    # Manipur's known seats lie 25 km apart; Jorbam is 67 km from the nearest
    assert world.nearest_admin2("IN", "Manipur", 24.80, 93.12) is None
    assert world.nearest_admin2("IN", "Manipur", 24.70, 93.80) == "Bishnu"


def test_a_district_the_registry_lacks_is_the_one_the_text_names(geocoder: Geocoder) -> None:
    place = _place(geocoder, "Two people were killed in Manipur's Jorbam district on Saturday.", "India")
    assert (place.location, place.admin1, place.admin2) == ("Jorbam", "Manipur", "Jorbam")


def test_a_district_is_at_the_town_named_like_it_not_its_largest(geocoder: Geocoder) -> None:
    place = _place(geocoder, "Militants fired on an army patrol in Reyasi district on Sunday.", "India")
    # the district's seat is the town that carries its name (Rawani, also called Reyasi), under the registry's
    # own name for it, as every place is written (places11's district seats)
    assert (place.location, place.admin2, place.geo_precision) == ("Rawani", "Reyasi", 2)
    assert (place.latitude, place.longitude) == (33.08, 74.83)  # Rawani, not Kotra


def test_a_district_whose_seat_answers_to_its_name_stays_at_its_seat(geocoder: Geocoder) -> None:
    place = _place(geocoder, "Artillery fire hit villages in Razan district on Sunday.", "Yemen")
    assert (place.location, place.admin2) == ("Nazra", "Razan")


def test_a_subdistrict_names_no_district(geocoder: Geocoder) -> None:
    place = _place(geocoder, "Two people were killed in Jorbam subdistrict on Saturday.", "India")
    assert (place.location, place.admin2) == ("Jorbam", None)


def test_a_mayors_town_is_a_place_whatever_the_parser_calls_it(geocoder: Geocoder) -> None:
    text = "Gunmen shot dead a candidate for mayor of Coyula de Bernal in the state of Guerrero on Friday."
    place = _place(geocoder, text, "Mexico", {"Coyula de Bernal": "PERSON", "Guerrero": "PERSON"})
    assert (place.location, place.admin1) == ("Coyula de Bernal", "Guerrero")


def test_a_person_after_of_is_still_no_place(geocoder: Geocoder) -> None:
    text = "Supporters of Coyula de Bernal marched in Acapan on Friday."
    place = _place(geocoder, text, "Mexico", {"Coyula de Bernal": "PERSON"})
    assert place.location == "Acapan"
