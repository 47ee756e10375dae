"""Places named as a list become one event each; a town and its province are one place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventcoder.geo.lists import list_members


@dataclass
class Place:
    name: str
    kind: str
    country: str = "IQ"
    admin1: str | None = None
    latitude: float = 0.0
    longitude: float = 0.0


@dataclass
class Toponym:
    start: int
    end: int
    relation: str = "in"


@dataclass
class Resolved:
    toponym: Toponym
    place: Place


PROVINCE_OF = {"Baghdad": "Baghdad", "Nasiriyah": "Dhi Qar", "Basra": "Basra", "Kufa": "Najaf", "Najaf": "Najaf",
               "Ivankiv": "Kiev", "Kyiv": "Kyiv City", "Lviv": "Lviv"}
POSITION = {"Baghdad": (33.34, 44.40), "Nasiriyah": (31.06, 46.26), "Basra": (30.51, 47.78), "Kufa": (32.05, 44.40),
            "Najaf": (32.00, 44.34), "Ivankiv": (50.94, 29.90), "Kyiv": (50.45, 30.52), "Lviv": (49.84, 24.03)}


def resolve(text: str, names: dict[str, str], relations: dict[str, str] | None = None) -> list[Resolved]:
    found = []
    for name, kind in names.items():
        match = re.search(re.escape(name), text)
        assert match, name
        admin1 = name if kind == "admin1" else PROVINCE_OF.get(name)
        relation = (relations or {}).get(name, "in")
        lat, lon = POSITION.get(name, (0.0, 0.0))
        found.append(Resolved(Toponym(match.start(), match.end(), relation),
                              Place(name, kind, admin1=admin1, latitude=lat, longitude=lon)))
    return found


def names(members: list[Resolved]) -> list[str]:
    return [m.place.name for m in members]


def test_every_place_of_a_list_is_a_member():
    text = "Clashes broke out in the cities of Baghdad, Nasiriyah, and Basra that night."
    places = resolve(text, {"Baghdad": "town", "Nasiriyah": "town", "Basra": "town"})
    assert names(list_members(places[0], places, text)) == ["Nasiriyah", "Basra"]
    assert names(list_members(places[2], places, text)) == ["Baghdad", "Nasiriyah"]


def test_a_town_and_its_province_are_one_place():
    text = "Protesters gathered in Nasiriyah, Dhi Qar on Sunday."
    places = resolve(text, {"Nasiriyah": "town", "Dhi Qar": "admin1"})
    assert list_members(places[0], places, text) == []
    text = "Protesters gathered in Kufa, Najaf on Sunday."
    places = resolve(text, {"Kufa": "town", "Najaf": "town"}, {"Najaf": "container"})
    assert list_members(places[0], places, text) == []


def test_towns_of_other_provinces_after_a_comma_are_list_members():
    text = "Clashes in Baghdad, Nasiriyah, Basra and others."
    places = resolve(text, {"Baghdad": "town", "Nasiriyah": "town", "Basra": "town"},
                     {"Nasiriyah": "container", "Basra": "container"})
    assert names(list_members(places[0], places, text)) == ["Nasiriyah", "Basra"]


def test_places_not_joined_by_a_list_stay_apart():
    text = "Militias from Basra attacked protesters in Nasiriyah."
    places = resolve(text, {"Basra": "town", "Nasiriyah": "town"}, {"Basra": "from"})
    assert list_members(places[1], places, text) == []


def test_a_stretch_between_two_places_is_one_area():
    text = "Troops clashed with militants between Baghdad and Kufa."
    places = resolve(text, {"Baghdad": "town", "Kufa": "town"})
    assert list_members(places[0], places, text) == []


def test_a_road_linking_two_places_is_one_place():
    text = "Protesters blocked the road linking Baghdad and Kufa on Sunday."
    places = resolve(text, {"Baghdad": "town", "Kufa": "town"}, {"Baghdad": "near", "Kufa": "reference"})
    assert list_members(places[0], places, text) == []


def test_a_foreign_place_is_not_a_member():
    text = "Students marched in Baghdad and Tehran."
    places = resolve(text, {"Baghdad": "town", "Tehran": "town"})
    places[1].place.country = "IR"
    assert list_members(places[0], places, text) == []


def test_the_places_stage_copies_a_mention_once_per_listed_place(bundled_index):
    from eventcoder.analysis import Analysis, EventMention
    from eventcoder.documents import Document
    from eventcoder.pipeline import PipelineConfig
    from eventcoder.record import Span
    from eventcoder.stages.places import PlacesStage

    text = "Protesters clashed with police in Baghdad, Nasiriyah and Kut on Sunday. Two protesters died."
    sentence = text.split(". ")[0] + "."
    trigger = text.index("clashed")
    mention = EventMention(sentence=Span(0, len(sentence), sentence), trigger=Span(trigger, trigger + 7, "clashed"),
                           event_type="Riots", sub_event_type="Violent demonstration", confidence=0.9)
    analysis = Analysis(document=Document(id="d1", text=text, country="Iraq"), mentions=[mention])
    PlacesStage(PipelineConfig(), gazetteer=bundled_index)(analysis)
    assert [m.place.admin1 for m in analysis.mentions] == ["Baghdad", "Dhi Qar", "Wasit"]
    assert [m.evidence["location"][0].text for m in analysis.mentions] == ["Baghdad", "Nasiriyah", "Kut"]


def test_a_city_after_a_town_nearby_names_the_region_around_it():
    text = "Entrepreneurs protested in Ivankiv, Kyiv, and Lviv."
    places = resolve(text, {"Ivankiv": "town", "Kyiv": "town", "Lviv": "town"}, {"Kyiv": "container"})
    assert names(list_members(places[0], places, text)) == ["Lviv"]


def test_a_plural_type_word_before_a_list_types_its_members(geocoder):
    text = "Students in various provinces of Babylon, Diwaniya, and al-Mothana were also taking part in the protests."
    found = geocoder.analyse(text, country="Iraq").toponyms
    assert [(r.place.name, r.place.kind) for r in found] == [
        ("Babil", "admin1"), ("Qadisiyah", "admin1"), ("Muthanna", "admin1")]  # (al-Mothana by its looser spelling)
    assert all(r.toponym.relation != "container" for r in found)


def test_the_last_member_of_a_list_of_cities_is_a_city_not_a_stated_province(geocoder):
    text = "Clashes spread in the cities of Baghdad, Nasiriyah, Basrah, and others, with militias using live rounds."
    found = geocoder.analyse(text, country="Iraq").toponyms
    assert [r.place.kind for r in found] == ["city", "city", "city"]
