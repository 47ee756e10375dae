"""News stories written for these tests: a protest about an old event is today's protest, a court's
sentence carried out is no event, a "Country:" headline retells the lead, one event told over two
sentences is one record, and each kind of act gets its own type."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def extract(pipeline: Pipeline, text: str, published: str = "2025-03-12"):
    return read(pipeline, text, published=published)


def kinds(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.sub_event_type for e in result.events]


@pytest.mark.parametrize("text", [
    "LIMA — Thousands of people marched through central Lima on Sunday, led by relatives demanding justice for "
    "the victims of the bridge collapse in June 2021 that killed nine people.",
    "NAIROBI — Hundreds of students protested outside parliament on Monday to mark the anniversary of a "
    "dormitory fire in 2017 and demand answers from the education ministry.",
    "QUITO — Thousands rallied in the capital on Saturday against the president, demanding accountability for a "
    "dam failure in March 2022 that flooded three towns.",
])
def test_a_protest_about_an_old_event_is_todays_protest(pipeline: Pipeline, text: str) -> None:
    result = extract(pipeline, text)
    assert [e.event_type for e in result.events] == ["Protests"]
    assert result.events[0].event_date.year == 2025


def test_the_arrests_told_after_an_anniversary_rally_are_the_rallys(pipeline: Pipeline) -> None:
    text = ("BOGOTA — Thousands of people rallied in Bogota on Saturday, demanding accountability for a hospital fire "
            "in May 2022 that killed eleven people. Police said 14 people were detained after scuffles in the evening.")
    result = extract(pipeline, text)
    assert {e.event_date.year for e in result.events} == {2025}
    assert sum(e.arrests or 0 for e in result.events) == 14


@pytest.mark.parametrize("text", [
    "The 2013 riots in the city were remembered at a ceremony on Monday.",
    "Officials said the riots of 2002 had left deep scars in the district.",
])
def test_an_old_event_named_by_its_year_is_still_history(pipeline: Pipeline, text: str) -> None:
    assert extract(pipeline, text).events == []


@pytest.mark.parametrize("text", [
    "RIYADH — Saudi Arabia on Tuesday executed three men convicted of attacking a police station during the "
    "2019 unrest, the interior ministry said.",
    "SINGAPORE — A man was hanged on Friday after the court rejected his final appeal against a death sentence "
    "for trafficking.",
    "BAGHDAD — Iraq hanged 11 men convicted of terrorism at a prison in Nasiriyah on Thursday, the justice "
    "ministry said.",
])
def test_a_courts_sentence_carried_out_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert extract(pipeline, text).events == []


def test_an_armed_groups_execution_is_an_attack(pipeline: Pipeline) -> None:
    text = ("Islamic State militants executed four villagers they accused of spying for the army in Deir ez-Zor "
            "on Sunday, a monitoring group said.")
    assert kinds(extract(pipeline, text)) == ["Attack"]


@pytest.mark.parametrize("headline", [
    "Kenya: police disperse traders in Nairobi",
    "Nigeria: gunmen attack village in Zamfara",
    "Peru: farmers clash with soldiers near Cusco",
])
def test_a_country_prefixed_headline_retells_the_lead(pipeline: Pipeline, headline: str) -> None:
    text = (f"{headline}\nNAIROBI — Police fired tear gas at hundreds of traders protesting against new market "
            "fees in central Nairobi on Tuesday, witnesses said.")
    result = extract(pipeline, text)
    assert result.explanation["headline"] == headline
    assert len(result.events) == 1


@pytest.mark.parametrize("text", [
    "LUSAKA — Police have arrested at least 25 activists and students in a crackdown in the capital, a rights "
    "group said. The group said officers detained them on Monday night in Lusaka's Kabwata and Matero areas.",
    "HARARE — Security agents have detained 18 opposition members in Harare, their lawyers said. Police arrested "
    "the group on Tuesday at a house in the city's Avondale suburb.",
])
def test_a_lead_with_no_day_and_the_sentence_that_dates_it_are_one_event(pipeline: Pipeline, text: str) -> None:
    result = extract(pipeline, text, published="2025-03-13")
    assert [(e.sub_event_type, e.time_precision) for e in result.events] == [("Arrests", 1)]
    assert result.events[0].arrests >= 18


@pytest.mark.parametrize("text", [
    "QUITO — Police fired tear gas at thousands of teachers protesting in Quito on Tuesday. At least 4 "
    "protesters were injured and a rights group said 31 people were arrested in Quito and the province of Guayas.",
    "NAIROBI — Police used water cannon against hundreds of farmers protesting in Nairobi on Monday. A lawyers' "
    "group said officers arrested 12 people in Nairobi.",
])
def test_arrests_at_a_demonstration_are_its_intervention(pipeline: Pipeline, text: str) -> None:
    result = extract(pipeline, text)
    assert [e.event_type for e in result.events] == ["Protests"]
    assert result.events[0].sub_event_type == "Protest with intervention" and result.events[0].arrests >= 12


@pytest.mark.parametrize("text", [
    "At least 9 people were killed on Tuesday as police opened fire on students protesting against fee rises "
    "in Nairobi, hospital officials said.",
    "Six people were killed on Friday when soldiers fired live rounds at crowds protesting against the election "
    "result in Conakry, a rights group said.",
])
def test_killings_told_with_a_demonstration_are_force_against_it(pipeline: Pipeline, text: str) -> None:
    result = extract(pipeline, text)
    assert [(e.event_type, e.sub_event_type) for e in result.events] == [
        ("Protests", "Excessive force against protesters")]
    assert result.events[0].fatalities >= 6


@pytest.mark.parametrize("text", [
    "A suicide bomber killed at least nine people near the Ministry of Finance in Kandahar on Monday, officials "
    "said, in an attack claimed by Islamic State Khorasan Province. A spokesman said 20 others were wounded.",
    "A bomber blew himself up at a market in Mogadishu on Saturday, killing seven people, in an attack claimed "
    "by al-Shabaab. Police said 15 others were wounded.",
])
def test_an_attack_named_after_a_bombing_is_the_bombing(pipeline: Pipeline, text: str) -> None:
    result = extract(pipeline, text)
    assert [e.event_type for e in result.events] == ["Explosions/Remote violence"]
    assert result.events[0].injuries >= 15


def test_a_rally_with_arrests_told_after_it_is_one_protest_with_intervention(pipeline: Pipeline) -> None:
    text = ("Thousands of people marched through Tbilisi on Sunday against the new media law. Police said 9 people "
            "were detained after scuffles near the parliament building.")
    result = extract(pipeline, text)
    assert [(e.sub_event_type, e.arrests) for e in result.events] == [("Protest with intervention", 9)]


@pytest.mark.parametrize("text", [
    "ANKARA — Turkey's parliament on Wednesday voted to extend the mandate for cross-border military operations "
    "in northern Iraq for another year.",
    "NAIROBI — Lawmakers on Tuesday approved the deployment of police officers to a multinational mission abroad.",
    "The Senate voted on Thursday to authorise military operations against rebel groups in the north.",
])
def test_a_vote_about_operations_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert extract(pipeline, text).events == []


def test_an_offensive_renewed_is_the_offensive(pipeline: Pipeline) -> None:
    text = "Rebel fighters have renewed their large-scale offensive in the northern countryside of Idlib on Sunday."
    result = extract(pipeline, text)
    assert result.events
    assert not any(d["reason"].startswith("a decision") for d in result.explanation["set_aside"])


@pytest.mark.parametrize("text", [
    "SRINAGAR: Three militants were killed in an encounter with security forces in Shopian on Friday, police said. "
    "A policeman was injured in the operation, which began after a search was launched in the Zainapora area on "
    "Thursday night.",
    "Two rebels were killed in a clash with troops near Kalemie on Sunday, the army said. Two soldiers were wounded "
    "in the fighting, which started when a patrol was ambushed on the road to the port on Saturday evening.",
])
def test_harm_told_in_the_operation_is_the_operations(pipeline: Pipeline, text: str) -> None:
    result = extract(pipeline, text)
    assert len(result.events) == 1
    assert result.events[0].event_type == "Battles" and result.events[0].injuries >= 1


@pytest.mark.parametrize("text", [
    "Two soldiers and four rebels were killed in a firefight in Las Navas on Saturday, the army said. Recovered at "
    "the scene were six rifles.",
    "Three militants were killed in a gunfight with troops in Sulu on Friday, the military said. Soldiers seized "
    "two rifles and a grenade launcher from the site.",
])
def test_weapons_taken_after_a_fight_are_the_fights(pipeline: Pipeline, text: str) -> None:
    result = extract(pipeline, text)
    assert [e.event_type for e in result.events] == ["Battles"]


def test_some_of_the_crowd_looting_are_the_crowd_rioting(pipeline: Pipeline) -> None:
    result = extract(pipeline, (
        "Police in Mombasa on Tuesday fired tear gas to disperse hundreds of youths protesting against new taxes. "
        "The protesters carried placards and chanted slogans. Some set tyres on fire and looted shops on Digo Road."))
    assert [(e.sub_event_type, e.actor1) for e in result.events] == [("Violent demonstration", "Rioters (Kenya)")]
