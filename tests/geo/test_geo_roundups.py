"""Wire round-ups: a paragraph that opens "In Mali, ..." or "Elsewhere in Cameroon, ..." tells of that country,
whatever the story's main country; the lead's country is read from the lead. Towns and sentences are invented
for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder.analysis import Analysis, EventMention
from eventcoder.documents import Document
from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder
from eventcoder.geo.sections import country_sections
from eventcoder.pipeline import PipelineConfig
from eventcoder.record import Span
from eventcoder.stages.places import PlacesStage

# (name, country, admin1 code, latitude, longitude, population)
_TOWNS = [
    ("Korvu", "CD", "11", -0.50, 29.20, 60_000), ("Bakeri", "CD", "11", -1.60, 29.20, 600_000),
    ("Tessawa", "ML", "08", 18.40, 1.40, 25_000), ("Mbolari", "CM", "07", 5.95, 10.15, 400_000),
    ("Garsale", "SO", "14", 1.90, 44.80, 30_000), ("Ulmadi", "KE", "05", 3.90, 41.80, 90_000),
    ("Nairova", "KE", "06", -1.28, 36.80, 3_000_000), ("Bornaji", "NG", "05", 11.80, 13.15, 800_000),
    ("Savanna", "US", "GA", 32.08, -81.10, 140_000), ("Atlas City", "US", "GA", 33.75, -84.39, 500_000),
    ("Kidora", "ML", "08", 18.44, 1.41, 2_000), ("Kidora", "CD", "11", -0.90, 29.10, 3_000),
]
_ADMIN1 = {("CD", "11"): "Nord-Kivu", ("ML", "08"): "Kidal", ("CM", "07"): "Nord-Ouest", ("SO", "14"): "Lower Shabelle",
           ("KE", "05"): "Mandera", ("KE", "06"): "Nairobi", ("NG", "05"): "Borno", ("US", "GA"): "Georgia"}
_COUNTRIES = {"CD": {"name": "Democratic Republic of the Congo", "capital": "Bakeri"},
              "ML": {"name": "Mali", "capital": "Tessawa"}, "CM": {"name": "Cameroon", "capital": "Mbolari"},
              "SO": {"name": "Somalia", "capital": "Garsale"}, "KE": {"name": "Kenya", "capital": "Nairova"},
              "NG": {"name": "Nigeria", "capital": "Bornaji"}, "US": {"name": "United States", "capital": "Atlas City"},
              "GE": {"name": "Georgia", "capital": "Tbilisi"}}

_ROUNDUP = ("BAKERI, March 12 (Reuters) - Rebels seized the town of Korvu on Tuesday, local officials said.\n"
            "Elsewhere, gunmen killed nine villagers near Bakeri on Monday night.\n"
            "In Mali, a drone strike killed eight civilians near Tessawa on Sunday.\n"
            "In Cameroon, separatist fighters abducted six teachers in Mbolari on Tuesday. They freed two later.\n"
            "In Somalia, militants attacked a military base on Wednesday, killing five soldiers.")


@pytest.fixture(scope="module")
def geocoder(small_world: Callable[..., GazetteerIndex]) -> Geocoder:
    return Geocoder(small_world(_TOWNS, _COUNTRIES, _ADMIN1))


def _at(geocoder: Geocoder, text: str, words: str, country: str | None = None):
    places = geocoder.analyse(text, country=country)
    start = text.index(words)
    end = text.find(".", start)
    return geocoder.event_place(places, (start, end + 1 if end >= 0 else len(text)), text=text)


def test_each_roundup_paragraph_is_placed_in_its_own_country(geocoder: Geocoder) -> None:
    lead = _at(geocoder, _ROUNDUP, "Rebels seized")
    assert (lead.country, lead.location) == ("Democratic Republic of the Congo", "Korvu")
    assert _at(geocoder, _ROUNDUP, "gunmen killed nine").country == "Democratic Republic of the Congo"
    mali = _at(geocoder, _ROUNDUP, "a drone strike")
    assert (mali.country, mali.admin1, mali.location) == ("Mali", "Kidal", "Tessawa")
    cameroon = _at(geocoder, _ROUNDUP, "separatist fighters")
    assert (cameroon.country, cameroon.location) == ("Cameroon", "Mbolari")


def test_a_roundup_paragraph_without_a_place_gets_its_country_alone(geocoder: Geocoder) -> None:
    somalia = _at(geocoder, _ROUNDUP, "militants attacked")
    assert (somalia.country, somalia.location, somalia.latitude, somalia.country_only) == ("Somalia", None, None, True)


def test_a_later_sentence_of_the_paragraph_keeps_its_country(geocoder: Geocoder) -> None:
    later = _at(geocoder, _ROUNDUP, "They freed two")
    assert (later.country, later.location) == ("Cameroon", "Mbolari")


def test_a_name_in_a_roundup_paragraph_is_read_as_that_countrys(geocoder: Geocoder) -> None:
    text = ("BAKERI - Rebels seized Korvu on Tuesday.\nIn Mali, soldiers burned houses in Kidora on Monday.\n"
            "Rebels also shelled Kidora, Nord-Kivu, later that day.")
    mali = _at(geocoder, text, "soldiers burned")
    assert (mali.country, mali.admin1) == ("Mali", "Kidal")
    congo = _at(geocoder, text, "Rebels also shelled")
    assert (congo.country, congo.admin1) == ("Democratic Republic of the Congo", "Nord-Kivu")


def test_the_lead_gives_the_story_its_country_not_a_larger_later_section(geocoder: Geocoder) -> None:
    text = ("NAIROVA (Reuters) - Gunmen killed four police officers in Ulmadi, Kenya, on Tuesday.\n"
            "In Mali, a drone strike killed eight civilians near Tessawa on Sunday.\n"
            "In Nigeria, militants killed 12 farmers near Bornaji in Borno state on Monday. Borno's governor said "
            "the attack on Bornaji was the third this month.")
    assert geocoder.analyse(text).country == "KE"
    kenya = _at(geocoder, text, "Gunmen killed")
    assert (kenya.country, kenya.location) == ("Kenya", "Ulmadi")
    assert _at(geocoder, text, "a drone strike").country == "Mali"
    assert _at(geocoder, text, "militants killed 12").country == "Nigeria"


def test_a_state_of_the_storys_country_opens_no_section(geocoder: Geocoder) -> None:
    text = ("ATLAS CITY - Protesters marched through Atlas City on Tuesday. In Georgia, police arrested 12 people at a "
            "rally in Savanna on Monday.")
    places = geocoder.analyse(text)
    assert places.country == "US" and places.sections == []
    assert _at(geocoder, text, "police arrested").location == "Savanna"


def test_only_a_sentence_that_opens_with_the_country_is_a_cue(geocoder: Geocoder) -> None:
    text = "BAKERI - Rebels who fled to Mali in 2020 attacked Korvu on Tuesday. Elsewhere in Africa, rains fell."
    places = geocoder.analyse(text)
    assert country_sections(text, [r.toponym for r in places.toponyms], places.country) == []
    assert _at(geocoder, text, "Rebels who fled").country == "Democratic Republic of the Congo"


def test_a_cue_runs_to_the_end_of_its_paragraph(geocoder: Geocoder) -> None:
    text = ("BAKERI - Rebels seized Korvu on Tuesday.\nElsewhere in the region, in Mali, gunmen killed two herders "
            "near Tessawa on Monday.\nGunmen also killed three people on Monday, the governor of Nord-Kivu said.")
    places = geocoder.analyse(text)
    assert [(s.country, s.cue) for s in places.sections] == [("ML", "Elsewhere in the region, in Mali")]
    assert _at(geocoder, text, "gunmen killed two").country == "Mali"
    assert _at(geocoder, text, "Gunmen also killed").country == "Democratic Republic of the Congo"


def _mention(text: str, words: str, trigger: str) -> EventMention:
    s = text.index(words)
    e = text.index(".", s) + 1
    t = text.index(trigger, s)
    return EventMention(sentence=Span(s, e, text[s:e]), trigger=Span(t, t + len(trigger), trigger),
                        event_type="Battles", sub_event_type="Armed clash", confidence=0.9)


def test_the_places_stage_says_where_each_country_comes_from(small_world: Callable[..., GazetteerIndex]) -> None:
    analysis = Analysis(document=Document(id="r1", text=_ROUNDUP, country=None))
    analysis.mentions = [_mention(_ROUNDUP, "Rebels seized", "seized"), _mention(_ROUNDUP, "In Mali", "strike"),
                         _mention(_ROUNDUP, "In Somalia", "attacked")]
    PlacesStage(PipelineConfig(), gazetteer=small_world(_TOWNS, _COUNTRIES, _ADMIN1))(analysis)
    lead, mali, somalia = (m.place for m in analysis.mentions)
    assert (lead.country, lead.country_from) == ("Democratic Republic of the Congo", "its own place")
    assert (mali.country, mali.country_from) == ("Mali", "its own place")
    assert (somalia.country, somalia.country_from) == ("Somalia", "its paragraph ('In Somalia')")
    assert analysis.extras["country"] == "Democratic Republic of the Congo"


def test_unrest_across_a_country_is_not_placed_at_its_causes_town(geocoder: Geocoder) -> None:
    text = "Riots spread across Mali on Friday after soldiers shot a student in Tessawa on Monday."
    place = geocoder.event_place(geocoder.analyse(text), (0, len(text)), (0, 5), text=text)
    assert (place.country, place.location, place.country_only) == ("Mali", None, True)
    told = "Riots spread across Mali on Friday, and soldiers shot a student in Tessawa."
    assert geocoder.event_place(geocoder.analyse(told), (0, len(told)), (0, 5), text=told).location == "Tessawa"


def test_a_sentence_that_states_its_places_country_is_that_countrys(geocoder: Geocoder) -> None:
    text = ("NAIROVA - Gunmen killed four police officers in Ulmadi on Tuesday. Separately, troops clashed with "
            "militants in Garsale, Somalia, on Monday. Somali troops said Garsale was calm, and Somali officials "
            "named the Somali commander in Garsale.")
    assert geocoder.analyse(text).country == "KE"
    assert _at(geocoder, text, "Gunmen killed").location == "Ulmadi"
    assert (_at(geocoder, text, "troops clashed").country, _at(geocoder, text, "troops clashed").location) == (
        "Somalia", "Garsale")
    held = "BAKERI - Rebels shelled Korvu on Monday. Gunmen killed two herders in the Kidal region of neighbouring Mali."
    assert _at(geocoder, held, "Gunmen killed").country == "Mali"


def test_a_place_the_sentence_says_people_come_from_states_no_country(geocoder: Geocoder) -> None:
    text = "BAKERI - Rebels who came from Tessawa, Mali, attacked Korvu on Tuesday."
    places = geocoder.analyse(text)
    assert places.sections == [] or all(s.country == "CD" for s in places.sections)
    assert _at(geocoder, text, "Rebels who came").location == "Korvu"
