"""A state named only by a nationality adjective on a military noun (issue 14, reader 5 B1): "a Russian armoured
assault", "a Russian tank", "Russian drones" are that state's forces, not an unidentified armed group.
Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from eventcoder.actors.resolver import ActorResolver

ON = dt.date(2025, 4, 8)


def sides(resolver: ActorResolver, text: str, sub: str, country: str = "Ukraine") -> set[str]:
    result = resolver.resolve(text, 0, len(text), sub, resolver.context(country, ON))
    return {a.name.split(" (")[0] for a in (result.actor1, result.actor2) if a is not None}


@pytest.mark.parametrize(("text", "sub"), [
    ("Ukrainian troops beat back a Russian armoured assault near Kupiansk.", "Armed clash"),
    ("Ukrainian forces repelled Russian assaults near Siversk.", "Armed clash"),
    ("Ukrainian gunners destroyed a Russian tank near Bakhmut.", "Armed clash"),
    ("Ukrainian air defence shot down 20 Russian drones over Kyiv.", "Disrupted weapons use"),
    ("A Ukrainian counteroffensive pushed Russian infantry out of the village.", "Armed clash"),
])
def test_a_nationality_on_a_military_noun_names_the_state(resolver: ActorResolver, text: str, sub: str) -> None:
    assert sides(resolver, text, sub) == {"Military Forces of Ukraine", "Military Forces of Russia"}


def test_an_assault_rifle_is_no_force(resolver: ActorResolver) -> None:
    assert "Military Forces of Russia" not in sides(resolver, "Gunmen with Russian assault rifles attacked a bus.",
                                                     "Attack", "Syria")


@pytest.mark.parametrize(("text", "sub", "country", "actor1"), [
    # a side telling its own act, with the day between ("said on Monday they had fired")
    ("The Houthis said on Monday they had fired a missile at a tanker.", "Shelling/artillery/missile attack", "Yemen",
     "Military Forces of Yemen"),
    ("The rebels said on Tuesday their fighters shot dead two soldiers.", "Armed clash", "Nigeria",
     "Unidentified Armed Group"),
    # the forces of a state that act: "of" is no target's cue here
    ("The naval forces of the Iranian army seized a tanker.", "Looting/property destruction", "Iran",
     "Military Forces of Iran"),
    # the US military's regional commands
    ("U.S. Africa Command, in coordination with the Somali government, conducted an airstrike against al-Shabaab.",
     "Air/drone strike", "Somalia", "Military Forces of the United States"),
])
def test_who_acts(resolver: ActorResolver, text: str, sub: str, country: str, actor1: str) -> None:
    result = resolver.resolve(text, 0, len(text), sub, resolver.context(country, ON))
    assert result.actor1 is not None and result.actor1.name.startswith(actor1)


def test_our_forces_are_the_speaking_state(resolver: ActorResolver) -> None:
    text = "Our forces struck a Ukrainian command post near Kupiansk."
    context = dataclasses.replace(resolver.context("Ukraine", ON), speaker=resolver.country("Russia"))
    result = resolver.resolve(text, 0, len(text), "Armed clash", context)
    assert result.actor1 is not None and result.actor1.name.startswith("Military Forces of Russia")
    assert result.actor1.inter == 8
    assert result.actor2 is not None and result.actor2.name.startswith("Military Forces of Ukraine")


def test_officials_who_revise_a_toll_report_it(resolver: ActorResolver) -> None:
    text = "Provincial officials revised the death toll from the attack on the bus station to seven."
    result = resolver.resolve(text, 0, len(text), "Attack", resolver.context("Cameroon", ON))
    assert result.actor1 is None or not result.actor1.name.startswith("Government")


def test_two_sides_that_exchanged_fire_are_opponents(resolver: ActorResolver) -> None:
    text = "Soldiers and bandits exchanged fire near Gusau."
    result = resolver.resolve(text, 0, len(text), "Armed clash", resolver.context("Nigeria", ON))
    assert result.actor1 is not None and result.actor1.name.startswith("Military Forces of Nigeria")
    assert result.actor2 is not None and result.actor2.name.startswith("Unidentified Armed Group")
    assert result.assoc_actor_1 == []


def test_forces_joined_by_and_that_fight_a_third_act_together(resolver: ActorResolver) -> None:
    text = "Turkish and Russian forces clashed with militants near Idlib."
    result = resolver.resolve(text, 0, len(text), "Armed clash", resolver.context("Syria", ON))
    assert [a.name.split(" (")[0] for a in result.assoc_actor_1] == ["Military Forces of Russia"]


def test_whom_a_march_demands_for_is_no_marcher(resolver: ActorResolver) -> None:
    text = "Teachers marched in Nairobi to demand the release of jailed students."
    result = resolver.resolve(text, 0, len(text), "Peaceful protest", resolver.context("Kenya", ON))
    assert [a.name for a in result.assoc_actor_1] == ["Teachers (Kenya)"]
