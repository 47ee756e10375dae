"""Event kinds and non-events in new styles (issue 14, reader 5): a "settlement" taken is a village, assaults that
forces conduct near a list of places are battles, carried-on operations and talks are no events, a crowd that
burns and throws is rioting, hostages held, simulated riots and lessons are no events, a protest camp is a
protest, harm told after a burning is one attack, dying said the long way, and gang members who kill are the
attackers. Stories written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def events(pipeline: Pipeline, text: str, published: str = "2026-06-11", country: str | None = None):
    return read(pipeline, text, published=published, country=country).events


@pytest.mark.parametrize("text", [
    "Units of the Zapad group of forces liberated the settlement of Hryhorivka in the Kharkiv region.",
    "Russian troops took control of the settlement of Yampolivka in Donetsk region on Monday, the ministry said.",
])
def test_a_settlement_taken_is_a_village_not_a_deal(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, country="Ukraine")
    assert found and all(e.event_type == "Battles" for e in found)


def test_a_settlement_reached_is_still_an_agreement(pipeline: Pipeline) -> None:
    text = "The rebels and the government reached a settlement on Monday in Nairobi, the mediators said."
    assert [e.sub_event_type for e in events(pipeline, text, country="South Sudan")] == ["Agreement"]


@pytest.mark.parametrize("text", [
    "Russian forces conducted ground assaults near Siversk and Zvanivka on May 3.",
    "Russian troops carried out assaults near Kupiansk on May 3.",
])
def test_assaults_that_forces_conduct_are_battles(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, published="2026-05-04", country="Ukraine")
    assert found and {e.sub_event_type for e in found} == {"Armed clash"}
    assert all(e.actor2 and "Ukraine" in e.actor2 for e in found)


def test_an_assault_on_a_woman_is_still_an_attack(pipeline: Pipeline) -> None:
    text = "Soldiers assaulted a woman at a market in Bunia on Monday, residents said."
    assert [e.sub_event_type for e in events(pipeline, text, country="Democratic Republic of Congo")] != ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Russian forces continued offensive operations near Kupiansk on May 3 but did not advance.",
    "Government troops maintained their deployment around the airport on Tuesday.",
    "Talks between the two delegations resumed in Jeddah on Tuesday, the mediators said.",
])
def test_what_goes_on_and_talks_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text, published="2026-05-04") == []


@pytest.mark.parametrize("text", [
    "Youths set fire to cars and threw fireworks at police in Villeurbanne overnight Friday to Saturday.",
    "Residents torched rubbish bins and threw bottles at police officers in Roubaix on Saturday night.",
])
def test_a_crowd_that_burns_and_throws_is_rioting(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, published="2026-07-05", country="France")
    assert [e.event_type for e in found] == ["Riots"]
    assert found[0].actor1.startswith("Rioters") and "Police" in (found[0].actor2 or "")


def test_armed_men_who_burn_houses_are_no_rioters(pipeline: Pipeline) -> None:
    text = "Gunmen set fire to ten houses in Bokkos on Saturday."
    found = events(pipeline, text, published="2026-07-05", country="Nigeria")
    assert found and found[0].event_type != "Riots"


@pytest.mark.parametrize("text", [
    "Mediators said on Thursday that talks in Cairo on the release of the remaining hostages held in Gaza had made "
    "progress. The group said it was ready to free three captives.",
    "Talks to secure the release of 15 traders abducted last week in Zamfara state resumed on Thursday.",
    "Negotiations for the 30 pupils kidnapped from a school in Kebbi last month continued on Thursday.",
])
def test_hostages_held_and_talks_about_an_old_kidnapping_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text, published="2026-11-20") == []


@pytest.mark.parametrize("text", [
    "Gunmen seized 12 hostages at a hotel in Bamako on Wednesday.",
    "Jihadists held the bus passengers hostage for six hours near Gao on Wednesday.",
    "Three aid workers were taken hostage near Gao on Wednesday.",
    "A ranch near Gao was raided on Wednesday by a group who took workers as hostages.",
])
def test_hostages_taken_are_still_abductions(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, published="2026-11-20", country="Mali")
    assert [e.sub_event_type for e in found] == ["Abduction/forced disappearance"]


def test_captives_executed_are_still_an_attack(pipeline: Pipeline) -> None:
    text = "Militants executed four captives, among them two village elders, near Hawija on Monday."
    found = events(pipeline, text, published="2026-11-20", country="Iraq")
    assert [e.sub_event_type for e in found] == ["Attack"]


@pytest.mark.parametrize("text", [
    "About 200 police recruits completed a month-long course in public order management at the training college in "
    "Kiganjo on Tuesday. The drills included simulated riots and a hostage rescue scenario.",
    "Gendarmes completed a week-long course in crowd control and the use of tear gas at the academy in Thies on "
    "Tuesday.",
    "Police officers practised riot control drills in Nakuru on Tuesday.",
])
def test_exercises_and_lessons_are_no_events(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text, published="2026-10-08") == []


def test_a_protest_staged_is_still_a_protest(pipeline: Pipeline) -> None:
    text = "Hundreds of students staged a protest in Nairobi on Tuesday against fee increases."
    assert [e.event_type for e in events(pipeline, text, published="2026-10-08")] == ["Protests"]


@pytest.mark.parametrize("text", [
    "Police detained 60 people on Thursday as officers dismantled a pro-Palestinian encampment at a university in "
    "Austin.",
    "Police arrested 25 people on Thursday as officers cleared a student encampment at Emory University in Atlanta.",
])
def test_a_cause_camp_cleared_with_arrests_is_a_protest(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, published="2026-04-26", country="United States")
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


def test_a_camp_of_fighters_is_no_protest(pipeline: Pipeline) -> None:
    text = "Troops raided an insurgent encampment in the Hamrin mountains on Thursday."
    found = events(pipeline, text, published="2026-04-26", country="Iraq")
    assert all(e.event_type != "Protests" for e in found)


@pytest.mark.parametrize(("text", "injuries", "fatalities"), [
    ("On 5 July, Israeli settlers set fire to two homes and six vehicles in the village of Burqa (Ramallah "
     "governorate). Two Palestinians were injured.", 2, 0),
    ("Armed men burned 20 houses in Bassa on Monday. Four villagers were killed.", None, 4),
])
def test_harm_told_after_a_burning_is_one_attack(pipeline: Pipeline, text: str, injuries: int | None,
                                                 fatalities: int) -> None:
    found = events(pipeline, text, published="2026-07-10")
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert found[0].actor2 and found[0].actor2.startswith("Civilians")
    assert (found[0].injuries or None, found[0].fatalities) == (injuries, fatalities)


def test_harm_with_its_own_place_is_another_event(pipeline: Pipeline) -> None:
    text = "Armed men burned 20 houses in Bassa on Monday. In Jos, two people were injured in a separate attack."
    assert len(events(pipeline, text, published="2026-07-10", country="Nigeria")) == 2


def test_translated_fighting_where_the_town_is_and_lives_lost(pipeline: Pipeline) -> None:
    text = ("Gondar, March 10 - The militants yesterday was making attack to the Dabat town in North Gondar zone, where "
            "the fighting with the federal army has been continued all day. At least seven civilians are lost their "
            "lives.")
    found = events(pipeline, text, published="2026-03-11", country="Ethiopia")
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    assert found[0].fatalities == 7


def test_lives_lost_in_a_crash_are_no_event(pipeline: Pipeline) -> None:
    text = "Twelve passengers lost their lives when a bus overturned near Naivasha on Monday."
    assert events(pipeline, text, published="2026-03-11", country="Kenya") == []


@pytest.mark.parametrize("text", [
    "Gang members killed four people in Les Cayes on Sunday.",
    "Members of a gang shot dead a bus driver in Gonaives on Sunday.",
])
def test_gang_members_who_kill_are_the_attackers(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, published="2026-10-08", country="Haiti")
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert found[0].actor2 == "Civilians (Haiti)"


def test_gang_members_killed_are_still_a_clash(pipeline: Pipeline) -> None:
    text = "Gunmen killed two gang members in Culiacan on Sunday."
    assert [e.sub_event_type for e in events(pipeline, text, published="2026-10-08", country="Mexico")] == ["Armed clash"]
