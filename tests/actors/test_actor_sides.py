"""Stop 20 (actors9), sentences written for these tests: who is a side. A joint team of one state's forces is one
side; a government word is no armed side against its own forces; forces firing on demonstrators with no armed
opponent act on a demonstration; an ousted government is no state force; "an Israeli strike" names its author; a
government that only decided is no attacker beside armed men that acted; traffickers are a gang; village volunteers
are a communal militia."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors.resolver import ActorResolver
from eventcoder.actors.roles import RoleAssignment

ON = dt.date(2024, 10, 5)
REVIEWED = dt.date(2026, 1, 1)


def roles(resolver: ActorResolver, text: str, sub: str, country: str, on: dt.date = ON) -> RoleAssignment:
    return resolver.resolve(text, 0, len(text), sub, resolver.context(country, on, REVIEWED))


def names(refs: list) -> list[str]:
    return [r.name for r in refs]


def test_a_joint_team_of_one_states_forces_is_one_side_led_by_its_first_force(resolver: ActorResolver) -> None:
    text = ("On a tip-off, a joint team of the Army, CRPF and J&K Police began a search of the orchard, and the "
            "militants hiding there opened fire.")
    result = roles(resolver, text, "Armed clash", "India")
    sides = {result.actor1.name, result.actor2.name} if result.actor1 and result.actor2 else set()
    assert sides == {"Military Forces of India (2014-)", "Unidentified Armed Group (India)"}
    joint = result.assoc_actor_1 if result.actor1.name.startswith("Military") else result.assoc_actor_2  # type: ignore[union-attr]
    assert sorted(names(joint)) == ["Police Forces of India (2014-)",
                                    "Police Forces of India (2014-) Central Reserve Police Force"]


def test_a_joint_team_that_launched_the_operation_leads_it(resolver: ActorResolver) -> None:
    text = "A joint team of the army and the police launched an operation against militants near Sopore."
    result = roles(resolver, text, "Armed clash", "India")
    assert result.actor1 is not None and result.actor1.name == "Military Forces of India (2014-)"
    assert names(result.assoc_actor_1) == ["Police Forces of India (2014-)"]
    assert result.actor2 is not None and result.actor2.name == "Unidentified Armed Group (India)"


def test_two_forces_of_one_state_that_fight_each_other_stay_two_sides(resolver: ActorResolver) -> None:
    result = roles(resolver, "Police and soldiers exchanged fire outside the barracks.", "Armed clash", "India")
    assert result.actor1 is not None and result.actor2 is not None
    assert {result.actor1.name.split(" of ")[0], result.actor2.name.split(" of ")[0]} == {"Police Forces", "Military Forces"}
    assert result.assoc_actor_1 == []


def test_forces_firing_as_demonstrators_push_in_use_force_on_a_demonstration(resolver: ActorResolver) -> None:
    text = "Police opened fire as demonstrators pushed past the gates of the ministry compound in Lusaka."
    result = roles(resolver, text, "Armed clash", "Zambia")
    assert result.sub_event_type == "Excessive force against protesters"
    assert result.why == "demonstrators, no armed opponent"


def test_a_government_word_is_no_side_against_its_own_forces(resolver: ActorResolver) -> None:
    result = roles(resolver, "Soldiers opened fire near the ministry in the capital.", "Armed clash", "Zambia")
    assert result.actor1 is not None and result.actor1.name.startswith("Military Forces of Zambia")
    assert result.actor2 is None or not result.actor2.name.startswith("Government of Zambia")


def test_a_battle_between_forces_and_demonstrators_armed_side_stays_a_battle(resolver: ActorResolver) -> None:
    text = "Soldiers clashed with gunmen who had joined the demonstrators near the ministry."
    result = roles(resolver, text, "Armed clash", "Zambia")
    assert result.sub_event_type is None
    assert result.actor2 is not None and result.actor2.name == "Unidentified Armed Group (Zambia)"


def test_forces_of_a_new_government_fight_loyalists_of_the_ousted_one(resolver: ActorResolver) -> None:
    text = ("Fighting between troops of the interim Syrian government and fighters loyal to the deposed president "
            "broke out near Qardaha.")
    result = roles(resolver, text, "Armed clash", "Syria", dt.date(2025, 3, 8))
    assert result.actor1 is not None and result.actor1.name == "Military Forces of Syria (2024-)"
    assert result.actor2 is not None and not result.actor2.name.startswith(("Government of", "Military Forces of"))
    assert "Government of Syria (2024-)" not in names(result.assoc_actor_1)


def test_the_former_regime_is_no_force_of_the_state(resolver: ActorResolver) -> None:
    text = "Remnants of the former regime attacked a checkpoint of the General Security near Jableh."
    result = roles(resolver, text, "Armed clash", "Syria", dt.date(2025, 3, 8))
    assert result.actor1 is not None and result.actor1.name == "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize("text", [
    "An Israeli strike flattened a three-storey house in Nabatieh on Wednesday, killing six people.",
    "Israeli strikes on the outskirts of Tyre killed nine people overnight.",
])
def test_a_nationality_on_a_strike_names_its_author(resolver: ActorResolver, text: str) -> None:
    result = roles(resolver, text, "Attack", "Lebanon")
    assert result.actor1 is not None and result.actor1.name.startswith("Military Forces of Israel")
    assert result.actor1.inter == 8


def test_a_nationality_on_a_labour_strike_names_no_force(resolver: ActorResolver) -> None:
    text = "Dock workers joined the Nigerian strike in Lagos, and police fired tear gas at them."
    result = roles(resolver, text, "Protest with intervention", "Nigeria")
    assert result.actor1 is not None and result.actor1.name == "Protesters (Nigeria)"
    assert result.actor2 is not None and result.actor2.name.startswith("Police Forces of Nigeria")


def test_a_government_that_only_decided_is_no_attacker_beside_armed_men(resolver: ActorResolver) -> None:
    text = ("The president announced a curfew on Monday after masked gunmen burst into a radio station in Manta, "
            "holding its presenters hostage.")
    result = roles(resolver, text, "Abduction/forced disappearance", "Ecuador")
    assert result.actor1 is not None and result.actor1.name == "Unidentified Armed Group (Ecuador)"


def test_a_government_that_used_force_is_still_the_attacker(resolver: ActorResolver) -> None:
    text = "The government shelled the village after rebels fired at a convoy."
    result = roles(resolver, text, "Attack", "Ecuador")
    assert result.actor1 is not None and result.actor1.name.startswith("Government of Ecuador")


def test_traffickers_are_a_gang(resolver: ActorResolver) -> None:
    result = roles(resolver, "Traffickers torched two buses and blocked the avenue with burning tyres.",
                   "Looting/property destruction", "Brazil")
    assert result.actor1 is not None and result.actor1.name == "Unidentified Gang (Brazil)"


def test_village_volunteers_of_two_communities_fight_each_other(resolver: ActorResolver) -> None:
    text = "A gunfight broke out between armed village volunteers of two communities on the ridge above Moreh."
    result = roles(resolver, text, "Armed clash", "India")
    assert result.actor1 is not None and result.actor1.name == "Unidentified Communal Militia (India)"
    assert result.actor2 is not None and result.actor2.name == "Unidentified Communal Militia (India)"


def test_gunmen_of_two_communities_are_no_fight_with_the_state(resolver: ActorResolver) -> None:
    text = "A gunfight broke out between gunmen of the two communities on the ridge above Moreh."
    result = roles(resolver, text, "Armed clash", "India")
    assert result.actor1 is not None and result.actor2 is not None
    assert not result.actor1.name.startswith("Military Forces") and not result.actor2.name.startswith("Military Forces")


def test_factions_of_one_cartel_fight_each_other(resolver: ActorResolver) -> None:
    text = "Roads were blocked in Culiacan after a night of clashes between rival factions of the Sinaloa Cartel."
    result = roles(resolver, text, "Armed clash", "Mexico")
    assert result.actor1 is not None and result.actor1.name == "Sinaloa Cartel"
    assert result.actor2 is not None and result.actor2.name == "Sinaloa Cartel"


def test_thai_rangers_hit_by_a_bomb_are_the_army_with_the_civilians_associated(resolver: ActorResolver) -> None:
    text = "A roadside bomb struck a patrol in Yala on Friday, wounding two rangers and a passer-by."
    result = roles(resolver, text, "Remote explosive/landmine/IED", "Thailand", dt.date(2024, 3, 15))
    assert result.actor2 is not None and result.actor2.name.startswith("Military Forces of Thailand (")
    assert result.actor2.name.endswith(")")  # (no unit named after the period)


def test_a_route_march_is_no_crowd_to_fire_on(resolver: ActorResolver) -> None:
    result = roles(resolver, "The army held a route march through the old city on Friday.", "Armed clash", "India")
    assert result.sub_event_type is None
