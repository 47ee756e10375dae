"""One incident, one event, of the right kind (issue 14, reader 4): harm told in the battle the same sentence
names, "the attack" confirmed later, an old event the story counts time from, soldiers harmed when their post
is attacked, guns with explosives, aircraft that strike, and who speaks rather than acts. Stories written for
these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def events(pipeline: Pipeline, text: str, published: str = "2025-03-12"):
    return read(pipeline, text, published=published).events


@pytest.mark.parametrize(("text", "fatalities"), [
    ("Three people were killed and five injured in a gunfight between two armed militias in Jiribam district on "
     "Saturday, police said.", 3),
    ("Two fighters were killed in a firefight between rival factions near Beni on Monday, a local official said.", 2),
])
def test_harm_in_the_battle_the_sentence_names_is_one_battle(pipeline: Pipeline, text: str, fatalities: int) -> None:
    found = events(pipeline, text)
    assert [e.event_type for e in found] == ["Battles"]
    assert found[0].fatalities == fatalities


@pytest.mark.parametrize("text", [
    "At least nine people were killed when gunmen attacked Kwall village in Bassa on Sunday night, residents said. "
    "The council chairman, who confirmed the attack on Monday, said 20 houses were burnt.",
    "Gunmen killed seven villagers in Maru on Sunday night. Police confirmed the attack on Monday and said a "
    "manhunt had begun.",
])
def test_the_attack_confirmed_later_is_the_same_event(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_an_attack_confirmed_with_an_indefinite_article_is_another_event(pipeline: Pipeline) -> None:
    text = ("Gunmen killed four traders at a market in Maru on Friday. On Sunday, police confirmed an attack on a "
            "police post in Gusau in which two officers died.")
    assert len(events(pipeline, text)) == 2


@pytest.mark.parametrize("text", [
    "A week after gunmen killed 14 people in two villages of Bokkos, survivors are still counting their losses. "
    "Displaced residents are sheltering in a school.",
    "Two months after soldiers shot dead three protesters in Kisumu, the families are still waiting for justice, "
    "they told reporters on Tuesday.",
    "A year after militants stormed the town hall, the rebuilt hall reopened on Monday.",
])
def test_the_event_a_story_counts_time_from_is_background(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == []


def test_an_event_hours_before_is_still_news(pipeline: Pipeline) -> None:
    text = "Hours after gunmen attacked a church in Owo on Sunday, police said two suspects had been arrested."
    assert any(e.event_type == "Violence against civilians" or e.event_type == "Strategic developments"
               for e in events(pipeline, text, "2025-03-10"))


@pytest.mark.parametrize("text", [
    "At least six Frontier Corps personnel were martyred when terrorists attacked a checkpost in Kech district on "
    "Monday night, the military said.",
    "Four soldiers were killed when militants attacked an army post near Chitral on Sunday, officials said.",
    "Militants attacked a police station in Bannu with rifles and explosives on Monday, killing two policemen.",
    "ELN fighters attacked an army base near Tame with explosives and rifles on Sunday, killing two soldiers.",
])
def test_an_attack_on_a_post_of_the_forces_is_a_battle(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "The army said in a statement that its aircraft had struck rebel positions near the town on Thursday, killing "
    "dozens of fighters.",
    "The army said its aircraft have hit insurgent hideouts in the forest on Sunday, killing 20 fighters.",
    "On Sunday the Iraqi air force carried out an airstrike on a hideout near Kirkuk, killing two militants.",
])
def test_aircraft_that_strike_are_an_air_strike(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in events(pipeline, text, "2025-03-11")] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    "Five people were shot dead at a taxi rank in Khayelitsha on Tuesday in what police believe is a feud between "
    "rival taxi associations. A police spokesperson said unknown gunmen opened fire on the drivers.",
    "Two policemen killed when militants attacked a police station in Bannu with grenades on Monday.",
])
def test_the_police_who_speak_or_die_are_not_the_attackers(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, "2025-03-11")
    assert found and not found[0].actor1.startswith("Police Forces")


@pytest.mark.parametrize("text", [
    "At least seven people were killed on Wednesday when armed herders invaded Yelwata village in Guma. Later, a "
    "reprisal attack by youths on a herders' settlement in nearby Daudu the same evening left two herders dead.",
    "Gunmen killed five farmers in Kauru on Monday. In retaliation, vigilantes attacked a nearby camp the same "
    "night and killed three men.",
])
def test_a_reprisal_is_an_event_of_its_own(pipeline: Pipeline, text: str) -> None:
    assert len(events(pipeline, text, "2025-03-13")) == 2


@pytest.mark.parametrize("text", [
    "Four people were killed on Sunday morning when suspected militants ambushed a bus on the road near Milihoi "
    "in Lamu, police said.",
    "Gunmen ambushed a minibus carrying traders near Katsina on Friday, killing three.",
])
def test_an_ambush_on_a_bus_is_one_attack_on_civilians(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Attack"]


def test_an_ambush_on_a_military_bus_stays_a_battle(pipeline: Pipeline) -> None:
    text = "Militants ambushed a military bus near Mandera on Friday, killing three soldiers."
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "Heavy clashes broke out in Tripoli on Monday night between two armed groups. Fighters from the two brigades "
    "exchanged fire with heavy weapons in the Abu Salim neighbourhood until early Tuesday. The health ministry "
    "said six people were killed.",
    "Troops and rebels fought for hours near Beni on Sunday. Four people were killed, a local official said.",
])
def test_deaths_told_after_a_battle_are_its_toll(pipeline: Pipeline, text: str) -> None:
    assert [e.event_type for e in events(pipeline, text)] == ["Battles"]


def test_deaths_told_as_another_story_stay_an_event(pipeline: Pipeline) -> None:
    text = ("Troops and rebels fought for hours near Beni on Sunday. Separately, two farmers were killed in Oicha, "
            "residents said.")
    assert len(events(pipeline, text)) == 2
