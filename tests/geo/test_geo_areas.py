"""Named ranges and zones: which part of a range the text means, what represents a zone, and names that
only look like places (military units, quarters known only abroad)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.geo.resolver import Geocoder
from eventcoder.geo.store import add_dump

FIXTURES = Path(__file__).parent / "fixtures"


def place_of(geocoder: Geocoder, text: str, country: str | None = "Iraq"):
    places = geocoder.analyse(text, country=country)
    return geocoder.event_place(places, (0, len(text)), text=text)


def test_a_zone_with_its_town_in_brackets_is_coded_to_that_town(geocoder: Geocoder):
    place = place_of(geocoder, "Turkish jets struck PKK targets in Avasin (Mergasur) region of Erbil, Northern Iraq.")
    assert (place.admin1, place.location, place.geo_precision) == ("Erbil", "Mergasur", 2)
    assert place.span.text == "Avasin"  # the evidence is still the name the text gives


def test_a_zone_held_by_a_province_stays_the_zone(geocoder: Geocoder):
    place = place_of(geocoder, "Turkish jets struck PKK positions in Haftanin region of Dahuk, Northern Iraq.")
    assert (place.admin1, place.location, place.geo_precision) == ("Duhok", "Haftanin", 2)


@pytest.mark.parametrize(("province", "latitude"), [("Diyala", 34.3), ("Kirkuk", 35.0), ("Salah al-Din", 34.7)])
def test_a_range_across_provinces_is_coded_to_the_part_in_the_named_province(geocoder: Geocoder, province: str,
                                                                           latitude: float):
    place = place_of(geocoder, f"IS militants attacked a PMF post in the Hamrin mountains in {province} province.")
    assert place.admin1 == province and place.latitude == pytest.approx(latitude)
    assert place.location == "Hamrin Mountains" and place.geo_precision == 2


def test_a_lowercase_type_word_completes_a_known_name(geocoder: Geocoder):
    place = place_of(geocoder, "Warplanes killed five IS militants within the Hamrin basin northeast of Baquba.")
    assert (place.admin1, place.location) == ("Diyala", "Lake Hamrin")


def test_a_province_after_a_bracketed_alias_holds_the_range(geocoder: Geocoder):
    place = place_of(geocoder, "Airstrikes hit PKK targets in Qandil area (Kandil) of Erbil, Northern Iraq.")
    assert place.admin1 == "Erbil" and place.location == "Qandil"


def test_a_town_naming_a_military_unit_is_not_the_event_place(geocoder: Geocoder):
    place = place_of(geocoder, "Gunmen opened fire on the commander of Kerbala brigade in Sadr City, Baghdad, killing him.")
    assert place.admin1 == "Baghdad" and place.location == "Sadr City"


def test_a_quarter_known_only_abroad_is_a_quarter_of_the_city_the_text_names(tmp_path: Path):
    _, index = add_dump(FIXTURES / "MX-isla.txt", tmp_path, include_registry=False)  # a town Isla in Mexico
    place = place_of(Geocoder(index), "Demonstrators in Islah neighborhood in Nasiriyah city cut off the road linking it "
                               "to Missan province.")
    assert (place.admin1, place.location, place.unresolved) == ("Dhi Qar", "Islah", True)


def test_akre_is_coded_to_ninewa_as_its_de_jure_governorate(geocoder: Geocoder):
    place = place_of(geocoder, "Seven people were injured in clashes between two families in Akre district.")
    assert place.admin1 == "Ninewa" and place.admin2 == "Akre"


def test_a_dump_cannot_give_one_district_the_name_of_another(tmp_path: Path):
    # (the dump lists "Samarra" among the names of Samawah district, 300 km away, and of a new Thethar district)
    _, index = add_dump(FIXTURES / "IQ-noisy-admin2.txt", tmp_path, admin1_codes=FIXTURES / "admin1-noisy.txt",
                        include_registry=False)
    place = place_of(Geocoder(index), "IS militants attacked a PMF post near the borders of Samarra district.")
    assert (place.admin1, place.admin2) == ("Salah al-Din", "Samarra")
    thethar = [p for p in index.lookup("Thethar") if p.kind == "admin2"]
    assert [(p.name, p.admin1) for p in thethar] == [("Thethar", "Salah al-Din")]  # its own unit, not Samarra's alias


def test_a_quoted_name_before_a_noun_is_weak_evidence_of_place(geocoder: Geocoder):
    text = "Demonstrators blocked roads in Suq al Shoyoukh after the passing of the 'Nasiriyah deadline' given to them."
    relations = {r.toponym.text: r.toponym.relation for r in geocoder.analyse(text, country="Iraq").toponyms}
    assert relations == {"Suq al Shoyoukh": "in", "Nasiriyah": "facility"}
    assert place_of(geocoder, text).location == "Suq al-Shuyukh"


def test_a_bracketed_town_then_region_in_a_province(geocoder: Geocoder):
    place = place_of(geocoder, "Turkish jets struck the Tepe Sor area of Avasin (Mergasur) region in Erbil, Northern Iraq.")
    # the Tepe Sor area, which the gazetteer lacks, coded where Avasin's town Mergasur is
    assert (place.admin1, place.location, place.geo_precision, place.unresolved) == ("Erbil", "Tepe Sor", 2, True)


def test_the_name_after_village_of_is_read_whole(tmp_path: Path):
    # "Kani" alone must not match the dump's Kani in Salah al-Din: Kani Mazie is unknown, the town it is near is the place
    _, index = add_dump(FIXTURES / "IQ-noisy-admin2.txt", tmp_path, admin1_codes=FIXTURES / "admin1-noisy.txt",
                        include_registry=False)
    place = place_of(Geocoder(index), "Turkish airstrikes hit a vehicle in the village of Kani Mazie near Amedi city.")
    assert (place.admin1, place.admin2, place.geo_precision) == ("Duhok", "Amedi", 2)


def test_a_region_before_town_of_holds_the_town_after_it(geocoder: Geocoder):
    # ("the West Bank city of Nablus": the town is the place, and takes the region's "near")
    place = place_of(geocoder, "Gunmen attacked a checkpoint near the Diyala town of Khalis on Monday.")
    assert (place.admin1, place.location, place.geo_precision) == ("Diyala", "Khalis", 2)
