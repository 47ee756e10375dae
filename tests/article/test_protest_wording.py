"""Violence words around a protest that are not the protest's own doing, written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "On 7 May 2020, in Rosario, residents performed a pot-banging protest to show dissatisfaction with the measures "
    "taken by the government to fight the coronavirus pandemic.",
    "On 29 April 2020, in Xalapa, workers and members of the National Torch Movement protested demanding food "
    "subsidies.",
    "On 2 May 2020, citizens of Nis protested from their balconies against the government, holding torches and "
    "banging pots.",
    # the harm of a "whose" clause is the crowd's grievance, and "Hundreds" is the crowd, not a toll (stop 20)
    "On 7 May 2020, hundreds of women whose husbands were killed by bandits protested in Gusau, demanding protection.",
])
def test_a_protest_with_borrowed_violence_words_stays_peaceful(pipeline: Pipeline, text: str) -> None:
    from eventcoder.documents import document_from_dict

    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": "2020-05-10"})])
    assert [e.sub_event_type for e in result.events] == ["Peaceful protest"]


def test_heavy_machinegun_fire_no_rule_covers_is_shelling(pipeline: Pipeline) -> None:
    from eventcoder.documents import document_from_dict

    text = "On 30 April 2020, the monitors observed a total of 57 shots involving heavy machineguns near Zolote."
    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": "2020-05-02",
                                                      "country": "Ukraine"})])
    assert [e.sub_event_type for e in result.events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text, expected", [
    ("Armoured vehicles, water cannons and anti-riot vehicles have been deployed at every corner of the town on "
     "Monday.", "Change to group/activity"),  # standing by: no protest, no shelling
    ("Police used water cannons to disperse protesters in Mumbai on Monday.", "Protest with intervention"),
])
def test_water_cannons_standing_by_are_no_intervention(pipeline: Pipeline, text: str, expected: str) -> None:
    from eventcoder.documents import document_from_dict

    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": "2002-03-06",
                                                      "country": "India"})])
    assert [e.sub_event_type for e in result.events] == [expected]


def test_they_who_set_fire_are_the_protesters_told_before(pipeline: Pipeline) -> None:
    from eventcoder.documents import document_from_dict

    text = ("Iraqis launched into another day of protests in Basra on Sunday. They set fire to billboards and the "
            "office of the al-Wafa movement, a militia group linked to the mullahs’ regime.")
    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": "2020-01-20",
                                                      "country": "Iraq"})])
    assert result.events
    assert not any((e.actor1 or "").startswith("Military Forces") for e in result.events)


def test_protesters_left_injured_by_the_police_are_not_a_riot(pipeline: Pipeline) -> None:
    from eventcoder.documents import document_from_dict

    text = ("RANCHI: Police on Monday lathi-charged hundreds of nurses who were protesting outside the secretariat "
            "demanding higher pay, leaving at least 12 of them injured.")
    (result,) = pipeline.process(
        [document_from_dict({"id": "t", "text": text, "published": "2024-05-07", "country": "India"})])
    assert [e.sub_event_type for e in result.events] != ["Violent demonstration"]
    assert [e.actor2 for e in result.events] == ["Police Forces of India (2014-)"]


@pytest.mark.parametrize("text", [
    "On 3 May 2024, in Valle Verde, Oaxaca, a group of taxi drivers blocked the highway complaining about new fees.",
    "On 3 May 2024, residents of San Lucas blocked the entrance to the village to keep out visitors during the outbreak.",
    "On 3 May 2024, lorry drivers blocked the coastal highway near Byblos with their trucks in protest against fuel "
    "prices.",
    "On 3 May 2024, about 300 miners blocked the highway near Torreon to protest against a closure of their mine for "
    "6 months.",
])
def test_people_blocking_a_road_protest(pipeline: Pipeline, text: str) -> None:
    from eventcoder.documents import document_from_dict

    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text})])
    assert [e.sub_event_type for e in result.events] == ["Peaceful protest"]


def test_gunmen_blocking_a_road_is_no_protest(pipeline: Pipeline) -> None:
    from eventcoder.documents import document_from_dict

    text = "On 3 May 2024, gunmen blocked the highway near Torreon and shot dead the driver of a bus."
    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "country": "Mexico"})])
    assert all(e.event_type != "Protests" for e in result.events)


def test_the_kin_of_people_detained_before_protest_peacefully_where_they_march(pipeline: Pipeline) -> None:
    from eventcoder.documents import document_from_dict

    text = "NDOLA, Zambia - Relatives of 30 miners detained last week in Kitwe marched in Ndola on Monday, demanding " \
           "their release."
    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": "2024-03-12"})])
    assert [(e.sub_event_type, e.location, e.arrests) for e in result.events] == [("Peaceful protest", "Ndola", None)]
