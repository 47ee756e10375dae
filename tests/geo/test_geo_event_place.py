"""The event's own place in journalism's wording (issue 15, round 6): typed village names the parser mislabels,
appositions, chains of names the index lacks, country votes, theatre namesakes and the country named as evidence.
A small registry-like world stands in for the registry; a stub stands in for the parser's entity labels. Every
sentence is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder
from eventcoder.geo.unknown import find_unknown_places

from entity_labels import EntityLabels

# (name, country, admin1 code, latitude, longitude, population, alternate names)
_TOWNS = [("Kafanchan", "NG", "23", 9.58, 8.29, 80_000, []),
          ("Kaduna", "NG", "23", 10.52, 7.44, 760_000, []),
          ("Benin City", "NG", "12", 6.34, 5.63, 1_100_000, []),
          ("Makurdi", "NG", "26", 7.73, 8.54, 300_000, []),
          ("Kuru", "NG", "23", 9.70, 8.80, 5_000, []),
          ("Bonusata", "NG", "12", 6.50, 5.90, 5_000, []),  # (spelt with the consonants of "Benue State")
          ("Shaffa", "SA", "08", 21.07, 40.32, 150_000, []),
          ("Salamiyah", "SY", "10", 35.01, 37.05, 66_000, ["Al-Salamiyah"]),
          ("Deir ez-Zor", "SY", "07", 35.34, 40.14, 270_000, ["Deir Ezzor"]),
          ("Damascus", "SY", "13", 33.51, 36.29, 1_700_000, []),
          ("Hatla", "SY", "07", 35.36, 40.20, 900, []),
          ("Lashkar Gah", "AF", "10", 31.59, 64.37, 200_000, []),
          ("Kandahar", "AF", "23", 31.61, 65.71, 500_000, []),
          ("Zymna Voda", "UA", "15", 49.81, 23.90, 11_000, ["Vodyane"]),
          ("Donetsk", "UA", "05", 48.02, 37.80, 900_000, []),
          ("Luhansk", "UA", "14", 48.57, 39.33, 400_000, []),
          ("Lviv", "UA", "15", 49.84, 24.03, 700_000, []),
          ("Sydney", "AU", "02", -33.87, 151.21, 4_600_000, []),
          ("Daloa", "CI", "80", 6.88, -6.45, 250_000, ["Dalwa"])]
_ADMIN1 = {("NG", "23"): "Kaduna", ("NG", "12"): "Edo", ("NG", "26"): "Benue", ("SA", "08"): "Makkah",
           ("SY", "10"): "Hama", ("SY", "07"): "Deir ez-Zor", ("SY", "13"): "Damascus", ("AF", "10"): "Helmand",
           ("AF", "23"): "Kandahar", ("UA", "05"): "Donetsk", ("UA", "14"): "Luhansk", ("UA", "15"): "Lviv",
           ("AU", "02"): "New South Wales", ("CI", "80"): "Haut-Sassandra"}
_COUNTRIES = {"NG": {"name": "Nigeria", "capital": "Abuja"}, "SA": {"name": "Saudi Arabia", "capital": "Riyadh"},
              "SY": {"name": "Syria", "capital": "Damascus"}, "AF": {"name": "Afghanistan", "capital": "Kabul"},
              "UA": {"name": "Ukraine", "capital": "Kyiv"}, "AU": {"name": "Australia", "capital": "Canberra"},
              "IQ": {"name": "Iraq", "capital": "Baghdad"}, "CI": {"name": "Ivory Coast", "capital": "Yamoussoukro"}}


@pytest.fixture(scope="module")
def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
    return small_world(_TOWNS, _COUNTRIES, _ADMIN1)


def _place(world: GazetteerIndex, text: str, country: str | None = None, labels: dict[str, str] | None = None):
    geocoder = Geocoder(world)
    doc = EntityLabels(text, labels) if labels else None
    places = geocoder.analyse(text, doc=doc, country=country)
    return geocoder.event_place(places, (0, len(text)), text=text)


def _unknown(text: str, labels: dict[str, str]) -> list[tuple[str, str | None]]:
    """The names found, less the weak ones (a weak name is a place only where a known place holds it)."""
    return [(u.text, u.type_hint) for u in find_unknown_places(text, [], doc=EntityLabels(text, labels)) if not u.weak]


# -- names the parser mislabels --------------------------------------------------------------------------------

def test_a_typed_village_the_parser_calls_a_people_is_a_place():
    text = "Herdsmen attacked Nwonko village in Kafanchan on Monday."
    assert ("Nwonko", "village") in _unknown(text, {"Nwonko": "NORP"})


@pytest.mark.parametrize("text", ["Gunmen attacked a Fulani village near Kafanchan.",
                                  "A bomb hit a crowded Shia mosque near Kafanchan.",
                                  "Shells fell on this predominantly Kurdish area near Kafanchan."])
def test_a_people_describing_a_place_is_no_place_name(text: str):
    people = next(w for w in ("Fulani", "Shia", "Kurdish") if w in text)
    assert all(name != people for name, _ in _unknown(text, {people: "NORP"}))


def test_community_is_a_village_word_unless_it_is_a_people():
    assert ("Agasha", "village") in _unknown("Residents of Agasha community in Kaduna State fled.", {"Agasha": "NORP"})
    assert all(name != "Tiv" for name, _ in _unknown("Leaders of the Tiv community met.", {"Tiv": "NORP"}))


def test_a_place_only_verb_makes_a_single_word_a_place_whatever_the_label():
    assert ("Rityan", None) in _unknown("A large force entered Rityan on Thursday.", {"Rityan": "PERSON"})
    assert ("PUK", None) not in _unknown("Troops shelled PUK positions on Thursday.", {"PUK": "ORG"})


def test_a_name_after_the_ayn_mark_opens_a_list():
    names = _unknown("Jets struck the villages of ‘Uqayrib and Mafkar Ash-Sharqi on Monday.", {})
    assert names == [("‘Uqayrib", "village"), ("Mafkar Ash-Sharqi", "village")]
    assert _unknown("The ‘Tiger Forces’ advanced on Monday.", {}) == []  # a quotation, not an ayn


def test_the_capital_city_before_a_name_says_it_is_a_town(world: GazetteerIndex):
    text = "A bomber blew himself up outside the capital city Lashkar Gah of Helmand, killing seven."
    place = _place(world, text, "Afghanistan", {"Lashkar Gah": "PERSON", "Helmand": "GPE"})
    assert place.location == "Lashkar Gah" and place.geo_precision == 1


# -- the event's own place among several -----------------------------------------------------------------------

def test_an_apposition_types_the_name_before_it(world: GazetteerIndex):
    place = _place(world, "Gunmen invaded Gidan Sule, a small village near Kafanchan, and killed five.", "Nigeria")
    assert (place.location, place.admin1, place.unresolved) == ("Gidan Sule", "Kaduna", True)


def test_a_sector_of_a_district_is_the_place(world: GazetteerIndex):
    place = _place(world, "Troops raided the Tabiah sector of Jobar district on Monday.", "Syria")
    assert place.location == "Tabiah" and place.unresolved


def test_a_village_a_name_is_guessed_to_lie_in_holds_no_area(world: GazetteerIndex):
    text = "Gunmen laid siege on a highway near Kuru village near Dzur in Hawul local government area, killing eight."
    place = _place(world, text, "Nigeria")
    assert place.location == "Kuru"


def test_a_country_that_owns_a_new_name_holds_it(world: GazetteerIndex):
    place = _place(world, "A volunteer from Kafanchan was killed in Syria's Jaeber village on Monday.", "Syria")
    assert place.location == "Jaeber" and place.unresolved and place.latitude is None


def test_a_new_name_a_province_holds_is_the_place_not_the_origin_inside_the_province(world: GazetteerIndex):
    place = _place(world, "A volunteer from Makurdi was killed in Benue's Tudun village on Monday.", "Nigeria")
    assert (place.location, place.admin1, place.unresolved) == ("Tudun", "Benue", True)


def test_the_province_of_a_name_the_index_lacks(world: GazetteerIndex):
    place = _place(world, "Rebels launched an offensive in the province of Qunteitra.", "Syria")
    assert place.location == "Qunteitra" and place.unresolved


# -- country context --------------------------------------------------------------------------------------------

def test_a_typed_province_outvotes_the_large_namesake_of_a_village(world: GazetteerIndex):
    geocoder = Geocoder(world)
    text = "Tragedy struck in Kaduna State when gunmen laid siege near Shaffa village, killing eight."
    places = geocoder.analyse(text)
    assert places.country == "NG"
    place = geocoder.event_place(places, (0, len(text)), text=text)
    assert (place.location, place.admin1, place.unresolved) == ("Shaffa", "Kaduna", True)  # no Saudi namesake


def test_a_type_word_is_no_part_of_a_misspelt_name(world: GazetteerIndex):
    place = _place(world, "Gunmen killed five people in Benue State on Monday.", "Nigeria")
    assert place.admin1 == "Benue" and place.location == "Makurdi"  # the province, not a loose "Benin City"


def test_a_country_named_as_an_owner_votes_less_than_the_place(world: GazetteerIndex):
    geocoder = Geocoder(world)
    text = "Australia's Defense Department admitted that its jets struck army positions near Hatla."
    places = geocoder.analyse(text, doc=EntityLabels(text, {"Australia": "GPE", "Hatla": "GPE"}))
    assert places.country == "SY"
    assert geocoder.event_place(places, (0, len(text)), text=text).location == "Hatla"


def test_a_town_does_not_vouch_for_its_own_province_against_a_theatre(world: GazetteerIndex):
    place = _place(world, "The OSCE SMM observed 24 explosions near Vodyane.", "Ukraine", {"Vodyane": "GPE"})
    assert (place.location, place.admin1) == ("Vodyane", "Donetsk")  # not Zymna Voda in Lviv, 1,000 km away
    assert place.unresolved and place.geo_precision == 3


# -- never invent a place ---------------------------------------------------------------------------------------

def test_the_country_the_sentence_names_is_the_evidence_of_a_country_only_place(world: GazetteerIndex):
    text = ("The officials died in January when their small plane, which carried four observers and a monitor on a "
            "routine flight from the coast to the capital and back again, as it had done every week of that long and "
            "uneventful winter for the mission, crossed an area of then newly independent Syria.")
    geocoder = Geocoder(world)
    places = geocoder.analyse(text, country="Syria")
    trigger = (text.index("died"), text.index("died") + 4)
    assert geocoder.select(places, (0, len(text)), trigger) is None  # the country is far from the event's verb
    place = geocoder.event_place(places, (0, len(text)), trigger, text=text)
    assert place.country == "Syria" and place.latitude is None
    assert place.span is not None and text[place.span.start:place.span.end] == "Syria"


def test_a_plural_type_word_after_a_list_types_its_last_name():
    names = _unknown("Rebels captured the Al-Raayah and Al-Tal Al-Abyad checkpoints on Monday.", {})
    assert ("Al-Tal Al-Abyad", "landmark") in names


def test_a_name_with_the_arabic_article_is_no_town_where_names_never_carry_it(world: GazetteerIndex):
    place = _place(world, "Gunmen killed eight people in the village of Al-Dalwa on Monday night.")
    assert place.location == "Al-Dalwa" and place.country != "Ivory Coast" and place.latitude is None
    assert _place(world, "Gunmen killed eight people in Dalwa on Monday night.").location == "Daloa"


def test_a_person_with_a_title_is_no_place_even_after_a_district():
    text = "The Chairman of Guma LGA, Mr Mike Uba, said the attackers also set ablaze a primary school."
    names = [name for name, _ in _unknown(text, {"Mike Uba": "PERSON"})]
    assert not any(name.startswith("Mr") or "Uba" in name for name in names)


def test_a_sheikhs_or_an_imams_name_may_be_a_place():
    text = "The army seized several blocks inside Sheikh Maqsoud district on Monday."
    assert [name for name, _ in _unknown(text, {})] == ["Sheikh Maqsoud"]

