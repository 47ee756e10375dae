"""Actors reader 8 found misread (docs/ACTORS.md, stop 22): soldiers in a territory with no army of its own
(governments.toml ``soldiers_of``: ACLED codes no Palestinian military; soldiers in the West Bank and Gaza are
Israel's, an external force there, inter 8), identities that name someone else than the people in the event, a
government that fights, a force that lost lives, FARC dissident factions. Every sentence is written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors.resolver import ActorResolver

ON = dt.date(2024, 5, 5)
REVIEWED = dt.date(2024, 5, 10)


def sides(resolver: ActorResolver, text: str, sub: str, country: str) -> tuple[tuple[str, int] | None, ...]:
    result = resolver.resolve(text, 0, len(text), sub, resolver.context(country, ON, REVIEWED))
    return tuple((a.name, a.inter) if a else None for a in (result.actor1, result.actor2))


def test_unqualified_soldiers_in_palestine_are_israels_external_forces(resolver: ActorResolver) -> None:
    actor1, _ = sides(resolver, "Soldiers shot dead two men at a checkpoint near Tubas.", "Attack", "Palestine")
    assert actor1 == ("Military Forces of Israel (2022-)", 8)


def test_troops_that_clash_with_gunmen_are_the_other_side_of_the_clash(resolver: ActorResolver) -> None:
    actor1, actor2 = sides(resolver, "Troops clashed with gunmen in the old city of Nablus.", "Armed clash", "Palestine")
    assert {actor1, actor2} == {("Military Forces of Israel (2022-)", 8), ("Unidentified Armed Group (Palestine)", 3)}


def test_police_in_palestine_stay_palestinian(resolver: ActorResolver) -> None:
    actor1, _ = sides(resolver, "Police arrested four men in Ramallah.", "Arrests", "Palestine")
    assert actor1 is not None and actor1[0].startswith("Police Forces of Palestine")


def test_a_country_with_its_own_army_keeps_it(resolver: ActorResolver) -> None:
    actor1, _ = sides(resolver, "Soldiers shot dead two men at a checkpoint near Tikrit.", "Attack", "Iraq")
    assert actor1 is not None and actor1[0].startswith("Military Forces of Iraq")


# --- whom an identity word names: the people in the event, or someone else (actors/roles.py) ---------------------

def assoc(resolver: ActorResolver, text: str, sub: str, country: str) -> set[str]:
    result = resolver.resolve(text, 0, len(text), sub, resolver.context(country, ON, REVIEWED))
    return {a.name for a in (*result.assoc_actor_1, *result.assoc_actor_2)}


@pytest.mark.parametrize(("text", "sub", "absent"), [
    # a crowd's cause: whose death or kin moves it
    ("Hundreds of people marched in Multan to protest the killing of a student.", "Peaceful protest", "Students (Pakistan)"),
    ("Relatives of jailed prisoners held a vigil in Multan.", "Peaceful protest", "Prisoners (Pakistan)"),
    # a building or body named after a group
    ("Protesters gathered outside the journalists' union office in Multan.", "Peaceful protest", "Journalists (Pakistan)"),
    # the outlet's own reporter
    ("Police fired tear gas at protesters in Multan, our correspondent reports.", "Protest with intervention",
     "Journalists (Pakistan)"),
    # a party's workers are its members, not a labour group
    ("Police detained 40 PTI workers in Multan.", "Arrests", "Labour Group (Pakistan)"),
    ("Police detained 40 party workers in Multan.", "Arrests", "Labour Group (Pakistan)"),
])
def test_an_identity_that_names_someone_else_is_no_associated_actor(resolver: ActorResolver, text: str, sub: str,
                                                                     absent: str) -> None:
    assert absent not in assoc(resolver, text, sub, "Pakistan")


@pytest.mark.parametrize(("text", "sub", "present"), [
    ("Hundreds of students marched in Multan on Monday.", "Peaceful protest", "Students (Pakistan)"),
    ("Journalists protested outside the press club in Multan.", "Peaceful protest", "Journalists (Pakistan)"),
    ("Factory workers protested in Multan over unpaid wages.", "Peaceful protest", "Labour Group (Pakistan)"),
    ("Gunmen shot dead a journalist in Multan.", "Attack", "Journalists (Pakistan)"),
])
def test_the_people_who_took_part_or_were_hurt_keep_their_identity(resolver: ActorResolver, text: str, sub: str,
                                                                    present: str) -> None:
    assert present in assoc(resolver, text, sub, "Pakistan")


def test_a_government_that_bombs_is_its_military(resolver: ActorResolver) -> None:
    actor1, _ = sides(resolver, "The government bombed the town of Debre with a drone.", "Air/drone strike", "Ethiopia")
    assert actor1 is not None and actor1[0].startswith("Military Forces of Ethiopia")


@pytest.mark.parametrize("text", [
    "Armed men attacked the village of Tanla on Sunday; a dozen VDP lost their lives in the attack.",
    "A dozen VDP died when armed men attacked the village of Tanla on Sunday.",
])
def test_a_force_that_lost_lives_is_the_target_not_the_attacker(resolver: ActorResolver, text: str) -> None:
    result = resolver.resolve(text, 0, len(text), "Attack", resolver.context("Burkina Faso", ON, REVIEWED))
    assert result.actor1 is not None and result.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert result.sub_event_type == "Armed clash"  # (an attack on an armed force is a battle; VDP is actor2 there)


def test_a_union_leader_attacked_keeps_the_unions_people(resolver: ActorResolver) -> None:
    text = "Gunmen fired on the house of a leader of the Construction Workers' Union in Multan."
    assert "Labour Group (Pakistan)" in assoc(resolver, text, "Attack", "Pakistan")


@pytest.mark.parametrize("text", [
    "Dissidents of the former FARC belonging to the Estado Mayor Central (EMC) killed two police officers in Tumaco.",
    "EMC fighters attacked a police station in Tumaco on Sunday.",
])
def test_farc_dissident_factions_are_farc_dissidents(resolver: ActorResolver, text: str) -> None:
    actor1, _ = sides(resolver, text, "Armed clash", "Colombia")
    assert actor1 == ("FARC Dissident Group", 2)
