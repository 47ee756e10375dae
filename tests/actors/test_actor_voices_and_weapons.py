"""Actors in journalism beyond Iraq (issue 11/14, stop 20): a faction's own name for its forces ("the Yemeni Armed
Forces" of the Houthis' statements), weapons and states that name the attacker ("Shahed drones", "Russia launched"),
"the enemy" of a military post, an enemy's materiel destroyed (a fight), and actor misreads on short wire sentences
from Sudan, Myanmar, the Sahel, DR Congo, Pakistan and Haiti. Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from eventcoder.actors.resolver import ActorResolver, WEAK_CONFIDENCE

ON = dt.date(2025, 3, 10)
HOUTHIS = "Military Forces of Yemen (2016-) Supreme Political Council"


def resolve(resolver: ActorResolver, text: str, sub: str, country: str | None, speaker: str | None = None):
    context = resolver.context(country, ON)
    if speaker is not None:
        context = dataclasses.replace(context, speaker=resolver.country(speaker))
    return resolver.resolve(text, 0, len(text), sub, context)


def name(ref) -> str | None:
    return ref.name if ref is not None else None


# ---------------------------------------------------------------- 1. the Houthis' "Yemeni Armed Forces"
@pytest.mark.parametrize(("text", "sub", "country"), [
    # the faction's spokesman telling its own act (he is no mere source here)
    ("Yemeni Armed Forces spokesman Yahya Saree said they targeted a tanker in the Gulf of Aden with missiles.",
     "Shelling/artillery/missile attack", "Yemen"),
    ("The Yemeni Armed Forces said they launched a drone at Eilat, according to a statement read by Saree.",
     "Air/drone strike", "Israel"),
    # its capital and the faction as the owner of the forces
    ("The Sanaa-based Yemeni armed forces, loyal to Ansar Allah, fired a missile at a bulk carrier.",
     "Shelling/artillery/missile attack", "Yemen"),
])
def test_the_factions_voice_makes_yemeni_forces_the_houthis(resolver: ActorResolver, text: str, sub: str,
                                                             country: str) -> None:
    result = resolve(resolver, text, sub, country)
    assert name(result.actor1) == HOUTHIS
    assert result.actor1.confidence > WEAK_CONFIDENCE
    assert result.actor1.inter == (1 if country == "Yemen" else 8)


def test_an_attack_on_shipping_alone_is_weaker_evidence(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Yemeni forces fired a missile at a container ship in the Red Sea.",
                     "Shelling/artillery/missile attack", "Yemen")
    assert name(result.actor1) == HOUTHIS
    assert result.actor1.confidence <= WEAK_CONFIDENCE and "target" in result.notes[0]


@pytest.mark.parametrize("text", [
    "Yemeni government forces attacked Houthi positions near Hodeidah.",
    "The Yemeni army, loyal to the internationally recognised government, attacked a Houthi checkpoint near Taiz.",
    # the faction named as the other side, in a story that quotes its spokesman too
    "Houthi spokesman Yahya Saree spoke of heavy fighting. Yemeni armed forces repelled a Houthi attack near Marib.",
])
def test_the_recognised_governments_forces_keep_the_states_name(resolver: ActorResolver, text: str) -> None:
    start = text.rfind("Yemeni")
    result = resolver.resolve(text, start, len(text), "Armed clash", resolver.context("Yemen", ON))
    names = {name(result.actor1), name(result.actor2)}
    assert "Military Forces of Yemen (2022-)" in names and HOUTHIS in names


def test_yemeni_forces_in_a_story_with_no_sign_of_the_faction_are_the_states(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Yemeni forces raided a smugglers' hideout near Mukalla.", "Armed clash", "Yemen")
    assert name(result.actor1) == "Military Forces of Yemen (2022-)"


# ---------------------------------------------------------------- 2. Shahed drones and states named as attackers
def test_a_state_named_as_the_attacker_is_its_military(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Russia launched 90 drones and four missiles at Kharkiv overnight.", "Air/drone strike",
                     "Ukraine")
    assert name(result.actor1) == "Military Forces of Russia (2000-)" and result.actor1.inter == 8
    assert result.actor1.confidence > WEAK_CONFIDENCE


@pytest.mark.parametrize("text", [
    "Russia launched an investigation into the fire at the depot in Kursk.",
    "Ukraine hit back at the claims on Tuesday.",
])
def test_a_state_named_for_no_attack_is_no_actor(resolver: ActorResolver, text: str) -> None:
    matches = resolver.matches(text, 0, len(text), "Ukraine")
    assert not [m for m in matches if m.kind == "state"]


def test_shahed_drones_alone_name_russia_weakly_in_ukraine(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Shahed drones struck Odesa overnight, killing two people.", "Air/drone strike",
                     "Ukraine")
    assert name(result.actor1) == "Military Forces of Russia (2000-)"
    assert result.actor1.confidence <= WEAK_CONFIDENCE
    assert any("weapon" in note for note in result.notes)


def test_a_shahed_drone_with_its_state_named_is_sure(resolver: ActorResolver) -> None:
    result = resolve(resolver, "A Russian Shahed drone hit a block of flats in Sumy.", "Air/drone strike", "Ukraine")
    assert name(result.actor1) == "Military Forces of Russia (2000-)" and result.actor1.confidence > WEAK_CONFIDENCE


def test_drones_shot_down_are_the_owners_not_the_defenders(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Forty Shahed-type UAVs were shot down over the Kyiv region.", "Disrupted weapons use",
                     "Ukraine")
    assert name(result.actor1) == "Military Forces of Ukraine (2019-)"
    assert name(result.actor2) == "Military Forces of Russia (2000-)"


def test_a_weapon_names_no_one_outside_its_theatre(resolver: ActorResolver) -> None:
    matches = resolver.matches("Shahed drones struck a port.", 0, 28, "Sudan")
    assert not matches


def test_the_enemy_of_a_ukrainian_post_is_russia(resolver: ActorResolver) -> None:
    result = resolve(resolver, "The enemy attacked with 47 Shahed-type UAVs overnight.", "Air/drone strike", "Ukraine",
                     speaker="Ukraine")
    assert name(result.actor1) == "Military Forces of Russia (2000-)"


def test_an_enemy_with_no_known_speaker_is_no_actor(resolver: ActorResolver) -> None:
    result = resolve(resolver, "The enemy attacked our base near Monguno.", "Armed clash", "Nigeria")
    assert name(result.actor1) is not None and "enemy" not in (result.actor1.span.text if result.actor1.span else "")


# ---------------------------------------------------------------- 3. an enemy's materiel destroyed: a fight
@pytest.mark.parametrize(("text", "sub", "fight"), [
    ("Our forces destroyed an enemy tank near Pokrovsk.", "Looting/property destruction", "Armed clash"),
    ("Our troops destroyed 12 enemy tanks and 30 armoured vehicles over the past day.", "Disrupted weapons use",
     "Armed clash"),
    ("Our forces destroyed a Russian tank near Pokrovsk.", "Peaceful protest", "Armed clash"),
    ("An FPV drone of our brigade destroyed an enemy howitzer near Kupiansk.", "Armed clash", "Air/drone strike"),
])
def test_materiel_of_the_enemy_destroyed_is_a_fight(resolver: ActorResolver, text: str, sub: str, fight: str) -> None:
    result = resolve(resolver, text, sub, "Ukraine", speaker="Ukraine")
    assert result.sub_event_type == fight
    fought = resolve(resolver, text, fight, "Ukraine", speaker="Ukraine")
    assert name(fought.actor1) == "Military Forces of Ukraine (2019-)"
    assert name(fought.actor2) == "Military Forces of Russia (2000-)"


def test_property_destroyed_with_no_armed_owner_stays_property(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Soldiers destroyed three houses and a shop in the village.",
                     "Looting/property destruction", "Myanmar")
    assert result.sub_event_type is None


# ---------------------------------------------------------------- 4. wire sentences of other theatres
@pytest.mark.parametrize(("text", "sub", "country", "actor1"), [
    ("Junta airstrikes killed 11 villagers in Sagaing region.", "Air/drone strike", "Myanmar",
     "Military Forces of Myanmar (2021-)"),
    ("Paramilitary fighters looted the market in Nyala.", "Looting/property destruction", "Sudan",
     "RSF: Rapid Support Forces"),
    ("Wazalendo fighters clashed with M23 rebels near Sake.", "Armed clash", "Democratic Republic of Congo",
     "Mayi Mayi Militia"),
    ("Khawarij attacked a police post in Bannu.", "Armed clash", "Pakistan", "TTP: Tehrik-i-Taliban"),
    ("Viv Ansanm gang members attacked Mirebalais, killing 15 residents.", "Attack", "Haiti", "Viv Ansanm"),
])
def test_theatre_names(resolver: ActorResolver, text: str, sub: str, country: str, actor1: str) -> None:
    assert name(resolve(resolver, text, sub, country).actor1) == actor1


def test_terrorists_of_a_named_group_are_the_group(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Security forces killed eight terrorists of the Fitna al-Khawarij in Tank district.",
                     "Armed clash", "Pakistan")
    assert name(result.actor2) == "TTP: Tehrik-i-Taliban"


def test_a_gangs_members_are_the_gang_not_its_victims(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Viv Ansanm gang members attacked Mirebalais, killing 15 residents.", "Attack", "Haiti")
    assert name(result.actor2) == "Civilians (Haiti)"


def test_who_killed_civilians_with_the_army_is_its_associate(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Malian soldiers and Wagner mercenaries killed dozens of civilians in a village.",
                     "Attack", "Mali")
    assert name(result.actor1) == "Military Forces of Mali (2021-)"
    assert [a.name for a in result.assoc_actor_1] == ["Wagner Group"]


def test_russias_africa_corps_beside_the_army(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Africa Corps troops and the Malian army carried out drone strikes near Kidal.",
                     "Air/drone strike", "Mali")
    assert name(result.actor1) == "Military Forces of Russia (2000-) Africa Corps" and result.actor1.inter == 8
    assert [a.name for a in result.assoc_actor_1] == ["Military Forces of Mali (2021-)"]


def test_a_patron_named_as_an_affiliates_owner_is_no_actor(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Fighters of the al-Qaeda affiliate JNIM attacked a gendarmerie post near Djenne.",
                     "Armed clash", "Mali")
    assert name(result.actor1) == "JNIM: Group for Support of Islam and Muslims"
    assert "Al Qaeda" not in {name(result.actor2), *(a.name for a in result.assoc_actor_1)}


def test_resistance_forces_that_shoot_down_a_junta_helicopter_act(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Resistance forces shot down a junta helicopter in Magway region.",
                     "Disrupted weapons use", "Myanmar")
    assert name(result.actor1) == "PDF: People's Defense Force"
    assert name(result.actor2) == "Military Forces of Myanmar (2021-)"


def test_the_army_beside_a_militia_is_not_also_its_opponent(resolver: ActorResolver) -> None:
    result = resolve(resolver, "VDP volunteers fighting alongside the army repelled an attack near Djibo.",
                     "Armed clash", "Burkina Faso")
    assert name(result.actor1) == "VDP: Volunteers for the Defense of the Homeland"
    assert name(result.actor2) != "Military Forces of Burkina Faso (2022-)"


def test_whom_the_arrested_criticised_is_no_party(resolver: ActorResolver) -> None:
    result = resolve(resolver, "Police arrested four students who criticised the junta.", "Arrests", "Myanmar")
    assert name(result.actor1) == "Police Forces of Myanmar (2021-)"
    assert name(result.actor2) == "Civilians (Myanmar)"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Our forces destroyed an enemy APC near the village.", "Armed clash"),
    ("Gunners knocked out two APCs and a tank on Monday.", "Armed clash"),
    ("Police raided and damaged the home of an APC leader in Freetown.", None),  # a party's initials, not a vehicle
])
def test_a_party_named_apc_is_no_armoured_vehicle(sentence: str, expected: str | None) -> None:
    from eventcoder.actors.materiel import fight_over_materiel

    assert fight_over_materiel(sentence, "Looting/property destruction") == expected
