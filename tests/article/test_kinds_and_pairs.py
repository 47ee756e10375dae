"""Event types and one record per event in news stories (issues 14 and 16): the act that opened an attack names
it, a side acting alone is an event of its own, fighting that names no side goes on between the armed sides told
before, a crowd's clash with the police is the crowd's riot, and a foreign state's forces taking a place fight
for it. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from eventcoder.documents import document_from_dict
from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow


def events(pipeline: Pipeline, text: str, country: str, published: str = "2024-03-12"):
    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": published,
                                                      "country": country})])
    assert result.error is None, result.error
    return result.events


def test_a_suicide_bombing_followed_by_a_gunfight_is_a_suicide_bomb(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "A suicide bomber drove a car packed with explosives into an army post in Bannu on "
                                "Sunday, killing nine soldiers, officials said. Four attackers were killed in a "
                                "gunfight that followed, the army said.", "Pakistan")
    assert event.sub_event_type == "Suicide bomb"


def test_suicide_vests_set_off_inside_a_battle_told_first_leave_it_a_battle(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "On 10 March 2024, heavy fighting between army troops and Islamic State militants "
                                "near Rutba led two militants to blow themselves up with suicide vests.", "Iraq")
    assert event.sub_event_type == "Armed clash"


def test_another_state_striking_one_side_of_a_battle_is_an_event_of_its_own(pipeline: Pipeline) -> None:
    found = events(pipeline, "Fighting between Hayat Tahrir al-Sham and government forces near Saraqib killed 12 "
                             "fighters on Sunday, a monitor said. Russian warplanes also bombed HTS positions near "
                             "the town, the monitor said.", "Syria")
    assert sorted(e.sub_event_type for e in found) == ["Air/drone strike", "Armed clash"]
    (strike,) = [e for e in found if e.sub_event_type == "Air/drone strike"]
    assert strike.actor1 is not None and strike.actor1.startswith("Military Forces of Russia")


def test_fighting_that_names_no_side_after_an_attack_is_a_battle(pipeline: Pipeline) -> None:
    found = events(pipeline, "Rebels ambushed an army convoy near Pauk on Sunday, setting off mines and firing on "
                             "the trucks, the rebels said. Fighting continued on Monday in villages around Pauk, "
                             "residents said, and about 2,000 people fled.", "Myanmar")
    assert [e.event_type for e in found] == ["Battles", "Battles"]


def test_clashes_between_the_groups_told_before_are_a_battle(pipeline: Pipeline) -> None:
    found = events(pipeline, "A roadside bomb killed four soldiers near Tame on Sunday, the army said. The guerrillas "
                             "are at war with a rival faction. Clashes between the groups killed 30 people in the "
                             "Sarare area last month, officials said.", "Colombia")
    assert "Mob violence" not in [e.sub_event_type for e in found]


def test_clashes_between_two_communities_stay_mob_violence(pipeline: Pipeline) -> None:
    found = events(pipeline, "A bomb exploded at a bus stop in Jammu on Sunday, injuring five people. Clashes broke "
                             "out between two communities in Kathua on Monday.", "India")
    assert "Mob violence" in [e.sub_event_type for e in found]


def test_a_crowd_that_clashed_with_police_throwing_stones_is_one_riot(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Thousands of opposition supporters clashed with police in Dhaka on Sunday as they "
                                "marched towards parliament, with police firing tear gas and protesters throwing "
                                "stones.", "Bangladesh")
    assert event.sub_event_type == "Violent demonstration"


def test_a_foreign_states_troops_capturing_a_village_fight_for_it(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Russia's defence ministry said its troops had captured the village of Novoselivka "
                                "in the Donetsk region on Sunday.", "Ukraine")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of Russia")


def test_a_speakers_forces_are_the_speakers_state(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "U.S. Central Command said its forces carried out air strikes on three Houthi "
                                "missile launchers in Hodeidah province on Sunday.", "Yemen")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of the United States")


def test_a_conflict_going_on_for_a_while_is_background(pipeline: Pipeline) -> None:
    found = events(pipeline, "A roadside bomb killed three soldiers in Tame on Sunday, the army said. The ELN has "
                             "been fighting a rival faction for control of smuggling routes.", "Colombia")
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]


def test_the_group_the_army_blames_made_the_attack(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Three soldiers were wounded on Sunday when a drone loaded with explosives hit an army "
                                "post in Tame, the army said, blaming the National Liberation Army (ELN).", "Colombia")
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is not None and event.actor1.startswith("ELN")
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Colombia")


def test_the_police_a_crowd_clashed_with_are_its_riots_other_side(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Supporters of the former prime minister clashed with police in Lahore on Sunday, "
                                "with police firing tear gas and protesters throwing stones.", "Pakistan")
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Pakistan")
