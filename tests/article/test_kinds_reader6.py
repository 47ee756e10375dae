"""Event kinds and non-events in new styles (issue 14, reader 6): industrial blasts, deaths of old age, book
launches and announced marches are no events; a road riot after a crash and bodies found on a highway are; a
grenade thrown is a grenade attack, an aircraft under fire is no air strike, gunmen who storm a temple are no
suicide bombers, scuffles at a protest are an intervention, a bloodless takeover is a non-violent transfer, and
shops closed by a strike are the strike's effect. Stories written for these tests, through the whole pipeline;
each rule has its real event told in the same words beside it, which must stay."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def events(pipeline: Pipeline, text: str, published: str = "2025-03-12", country: str | None = None):
    return read(pipeline, text, published=published, country=country).events


@pytest.mark.parametrize("text", [
    "CHENNAI - Nine workers died and 14 were hurt when a reactor blew up at a drug factory in Cuddalore district on "
    "Monday. Police filed a case against the plant owners.",
    "CHENNAI - Seven labourers were killed when a reactor exploded at a chemical factory near Cuddalore on Monday.",
])
def test_a_blast_at_a_factory_is_an_accident(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text, published="2025-02-04") == []


def test_a_bomb_at_a_factory_is_still_a_bombing(pipeline: Pipeline) -> None:
    text = "QUETTA - A bomb exploded outside a textile factory in Quetta on Monday, killing four workers."
    assert [e.sub_event_type for e in events(pipeline, text, published="2025-02-04")] == ["Remote explosive/landmine/IED"]


def test_the_protest_of_the_dead_workers_families_stays(pipeline: Pipeline) -> None:
    text = ("CHENNAI - Seven labourers were killed when a reactor exploded at a chemical factory near Cuddalore on "
            "Monday. Relatives of the dead staged a protest at the factory gate demanding compensation.")
    assert [e.event_type for e in events(pipeline, text, published="2025-02-04")] == ["Protests"]


def test_a_death_of_natural_causes_is_no_attack(pipeline: Pipeline) -> None:
    text = ("LAHORE - Former police chief Imran Shah, who led the crackdown on militants in Waziristan in 2014, died "
            "of natural causes in Lahore on Friday. He was 79.")
    assert events(pipeline, text, published="2025-02-08") == []


def test_policemen_who_died_after_an_attack_still_count(pipeline: Pipeline) -> None:
    text = "LAHORE - Two policemen died on Friday after gunmen attacked their checkpoint in Bannu."
    found = events(pipeline, text, published="2025-02-08", country="Pakistan")
    assert found and sum(e.fatalities or 0 for e in found) == 2


@pytest.mark.parametrize("text", [
    "SANTIAGO - Teachers' unions announced on Friday that they will march to the education ministry next Tuesday to "
    "demand higher pay.",
    "LIMA - Bus drivers announced on Friday that they would strike and march to Congress next week to protest "
    "extortion by gangs.",
])
def test_an_announced_march_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text, published="2025-03-07") == []


def test_a_truce_announced_is_still_told(pipeline: Pipeline) -> None:
    text = "BOGOTA - The FARC dissidents announced a ceasefire in Cauca on Friday."
    assert events(pipeline, text, published="2025-03-07", country="Colombia") != []


def test_a_book_launch_is_no_event(pipeline: Pipeline) -> None:
    text = ("NAIROBI - A memoir about the 2007 post-election violence, in which hundreds were killed by police, was "
            "presented at a hotel on Thursday. Around 150 people attended the launch.")
    assert events(pipeline, text, published="2025-03-07") == []


def test_an_offensive_launched_is_still_told(pipeline: Pipeline) -> None:
    text = "MOGADISHU - The army launched an offensive against al-Shabaab in Hiraan on Thursday."
    assert events(pipeline, text, published="2025-03-07", country="Somalia") != []


def test_a_crowd_that_burns_a_bus_after_a_crash_is_a_riot(pipeline: Pipeline) -> None:
    text = ("MULTAN - Three children were killed when a speeding van hit a rickshaw on the Multan-Vehari road on "
            "Tuesday. Enraged villagers blocked the road for two hours and set the van on fire; the driver was beaten "
            "before police rescued him. Police registered a case against the driver.")
    found = events(pipeline, text, country="Pakistan")
    assert [e.event_type for e in found] == ["Riots"]
    assert found[0].fatalities in (0, None)  # the crash's dead are not the riot's


def test_bodies_found_on_a_highway_are_an_attack(pipeline: Pipeline) -> None:
    text = ("CULIACAN - Gunmen torched cars in Culiacan on Tuesday. Police reported the bodies of four men found on a "
            "highway near Eldorado.")
    found = events(pipeline, text, country="Mexico")
    assert "Attack" in [e.sub_event_type for e in found]


def test_bodies_pulled_from_a_bus_crash_stay_an_accident(pipeline: Pipeline) -> None:
    text = "MULTAN - The bodies of 12 passengers were recovered after a bus plunged into a ravine near Murree on Tuesday."
    assert events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "SRINAGAR - A grenade was hurled at soldiers near the main bus stand in Sopore on Sunday, injuring 9 civilians at "
    "a weekly market.",
    "SRINAGAR - Suspected militants hurled a grenade at a police vehicle in Sopore on Sunday, wounding five "
    "passers-by.",
])
def test_a_grenade_hurled_is_a_grenade_attack(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in events(pipeline, text, published="2025-03-10", country="India")] == ["Grenade"]


def test_stones_hurled_by_youths_are_still_a_riot(pipeline: Pipeline) -> None:
    text = "SRINAGAR - Youths hurled stones at a police vehicle in Sopore on Sunday, injuring two policemen."
    assert [e.event_type for e in events(pipeline, text, published="2025-03-10", country="India")] == ["Riots"]


def test_a_helicopter_under_fire_is_no_air_strike(pipeline: Pipeline) -> None:
    text = ("JUBA - A military helicopter carrying wounded soldiers came under fire near Malakal on Sunday; two crew "
            "members were killed.")
    found = events(pipeline, text, published="2025-03-10", country="South Sudan")
    assert found and "Air/drone strike" not in [e.sub_event_type for e in found]


def test_helicopters_that_bomb_are_still_an_air_strike(pipeline: Pipeline) -> None:
    text = "JUBA - Army helicopters bombed rebel positions near Malakal on Sunday, killing nine fighters."
    found = events(pipeline, text, published="2025-03-10", country="South Sudan")
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


def test_suicide_attackers_who_storm_are_no_suicide_bombing(pipeline: Pipeline) -> None:
    text = ("KABUL - Three suicide attackers stormed a Sikh temple in Kabul on Thursday, killing 11 worshippers before "
            "police returned fire.")
    found = events(pipeline, text, published="2025-03-07", country="Afghanistan")
    assert found and "Suicide bomb" not in [e.sub_event_type for e in found]


def test_a_suicide_bomber_who_blew_himself_up_is_still_one(pipeline: Pipeline) -> None:
    text = "KABUL - A suicide bomber blew himself up at a mosque in Kabul on Thursday, killing 11 worshippers."
    found = events(pipeline, text, published="2025-03-07", country="Afghanistan")
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_protesters_hurt_in_scuffles_are_an_intervention(pipeline: Pipeline) -> None:
    text = ("TBILISI - On Tuesday, police detained 60 protesters who blocked roads in the capital, and several people "
            "were injured in scuffles near parliament.")
    found = events(pipeline, text, country="Georgia")
    assert [e.sub_event_type for e in found] == ["Protest with intervention"]


def test_protesters_shot_dead_are_still_excessive_force(pipeline: Pipeline) -> None:
    text = ("TBILISI - On Tuesday, police detained 60 protesters who blocked roads in the capital, and two people were "
            "shot dead near parliament.")
    found = events(pipeline, text, country="Georgia")
    assert "Excessive force against protesters" in [e.sub_event_type for e in found]


@pytest.mark.parametrize("text", [
    "MOGADISHU - Clan militia fighters took control of the district headquarters in Baardheere on Tuesday without "
    "firing a shot.",
    "MOGADISHU - Clan militia fighters took control of the district headquarters in Baardheere on Tuesday. No "
    "casualties were reported.",
])
def test_a_place_taken_without_a_fight_is_a_non_violent_transfer(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, country="Somalia")
    assert [e.sub_event_type for e in found] == ["Non-violent transfer of territory"]


def test_a_place_taken_in_a_fight_is_still_overtaken(pipeline: Pipeline) -> None:
    text = ("MOGADISHU - Clan militia fighters took control of the district headquarters in Baardheere on Tuesday "
            "after a gunfight with soldiers.")
    found = events(pipeline, text, country="Somalia")
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in found]


def test_shops_closed_by_a_strike_are_its_effect(pipeline: Pipeline) -> None:
    text = ("QUIBDO - The ELN declared an armed strike in Choco on Wednesday. In Istmina, the main town, shops closed "
            "and river transport was suspended.")
    found = events(pipeline, text, country="Colombia")
    assert [e.sub_event_type for e in found] == ["Change to group/activity"]


def test_an_old_war_told_in_a_relative_clause_is_history(pipeline: Pipeline) -> None:
    text = ("NAIROBI - A memoir about the 2007 post-election violence, in which hundreds were killed by police, was "
            "presented at a hotel on Thursday. Around 150 people attended the launch.")
    assert events(pipeline, text, published="2025-03-07") == []


def test_a_killing_in_a_relative_clause_of_this_week_stays(pipeline: Pipeline) -> None:
    text = ("NAIROBI - Police raided a rally in Kisumu on Thursday, in which two protesters were killed, witnesses "
            "said.")
    assert events(pipeline, text, published="2025-03-07", country="Kenya") != []


def test_a_claim_by_the_attackers_is_the_attack_told_again(pipeline: Pipeline) -> None:
    text = ("OUAGADOUGOU - Militants of JNIM attacked farmers and volunteer fighters near Djibo on Saturday, killing at "
            "least 60 people. JNIM claimed it killed militiamen of the self-defence force.")
    found = events(pipeline, text, country="Burkina Faso")
    assert len(found) == 1 and found[0].fatalities == 60


def test_a_claim_with_a_place_of_its_own_is_another_event(pipeline: Pipeline) -> None:
    text = ("OUAGADOUGOU - Militants of JNIM attacked farmers near Djibo on Saturday, killing at least 60 people. JNIM "
            "claimed it killed ten soldiers in Arbinda.")
    assert len(events(pipeline, text, country="Burkina Faso")) == 2


def test_a_live_blogs_entries_are_not_one_event(pipeline: Pipeline) -> None:
    text = ("09:10 GMT - The army says its jets struck militant positions near Jenin overnight, killing four.\n\n"
            "11:40 GMT - Sirens sound in Haifa as rockets are fired from Lebanon. Police report explosions over the "
            "port.")
    found = events(pipeline, text, published="2025-03-12", country="Israel")
    kinds = {e.sub_event_type for e in found}
    assert "Air/drone strike" in kinds and len(found) >= 2


def test_a_live_blogs_entries_are_found_by_their_times() -> None:
    from eventcoder.stages.assemble import live_blog_entries

    assert live_blog_entries("09:10 GMT - Jets struck Jenin.\n\n11:40 GMT - Rockets hit Haifa.") == [0, 32]
    assert live_blog_entries("Police said at 09:10 that the road was open.") == []


def test_a_police_notes_past_attack_with_its_own_day_is_an_event(pipeline: Pipeline) -> None:
    text = ("PRESS RELEASE - The accused were arrested on September 3, 2025 from Kohat in connection with the attack "
            "on the Kohat police station on August 12, 2025, in which three policemen were martyred. The accused were "
            "remanded to custody for 10 days.")
    found = events(pipeline, text, published="2025-09-05", country="Pakistan")
    by_day = {(e.event_date.isoformat(), e.event_type) for e in found}
    assert ("2025-09-03", "Strategic developments") in by_day  # the arrests, on their own day
    attack = [e for e in found if e.event_date.isoformat() == "2025-08-12"]
    assert len(attack) == 1 and attack[0].event_type != "Strategic developments" and attack[0].fatalities == 3


def test_an_arrest_in_connection_with_an_undated_attack_is_only_the_arrest(pipeline: Pipeline) -> None:
    text = ("PESHAWAR - Police arrested two men in Kohat on Wednesday in connection with the attack on a police "
            "station.")
    found = events(pipeline, text, country="Pakistan")
    assert [e.sub_event_type for e in found] == ["Arrests"]


def test_bodies_found_elsewhere_after_a_clash_are_an_event_of_their_own(pipeline: Pipeline) -> None:
    text = ("CULIACAN - Gunmen clashed with soldiers in Culiacan on Tuesday. Police reported the bodies of four men "
            "found on a highway near Eldorado.")
    found = events(pipeline, text, country="Mexico")
    assert [e.sub_event_type for e in found] == ["Armed clash", "Attack"]
    assert found[1].location != found[0].location


def test_bodies_left_by_the_clash_are_its_aftermath(pipeline: Pipeline) -> None:
    text = ("CULIACAN - Gunmen clashed with soldiers in Culiacan on Tuesday. Police later recovered the bodies of four "
            "gunmen at the scene.")
    assert [e.sub_event_type for e in events(pipeline, text, country="Mexico")] == ["Armed clash"]


def test_an_announcement_of_a_change_made_is_still_told(pipeline: Pipeline) -> None:
    text = "On 29 April 2025, the army announced that it was withdrawing its troops from the border town of Arbinda."
    assert events(pipeline, text, published="2025-04-30", country="Burkina Faso") != []
