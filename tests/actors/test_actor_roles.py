"""Matching actor phrases and choosing actor1/actor2/associated actors by ACLED's conventions."""

from __future__ import annotations

import datetime as dt

from eventcoder.actors.resolver import ActorResolver
from eventcoder.actors.roles import RoleAssignment

ON = dt.date(2019, 11, 5)
REVIEWED = dt.date(2026, 1, 1)


def roles(resolver: ActorResolver, text: str, sub: str, country: str = "Iraq", on: dt.date = ON) -> RoleAssignment:
    return resolver.resolve(text, 0, len(text), sub, resolver.context(country, on, REVIEWED))


def names(refs: list) -> list[str]:
    return [r.name for r in refs]


def test_protest_actor1_is_generic_protesters_with_organisers_and_identity_associated(resolver: ActorResolver) -> None:
    text = "Hundreds of students and supporters of the Sadrist movement protested in Najaf against corruption."
    result = roles(resolver, text, "Peaceful protest")
    assert result.actor1 is not None and result.actor1.name == "Protesters (Iraq)" and result.actor1.inter == 6
    assert names(result.assoc_actor_1) == ["Students (Iraq)", "Sadrist Movement"]
    assert result.actor2 is None


def test_riot_against_security_forces_names_the_police_of_the_period(resolver: ActorResolver) -> None:
    text = "Demonstrators threw stones at security forces, who fired tear gas in Baghdad."
    result = roles(resolver, text, "Violent demonstration")
    assert result.actor1 is not None and (result.actor1.name, result.actor1.inter) == ("Rioters (Iraq)", 5)
    assert result.actor2 is not None and result.actor2.name == "Police Forces of Iraq (2018-2020)"
    assert result.actor2.span is not None and result.actor2.span.text == "security forces"


def test_violence_against_civilians_with_unknown_gunmen(resolver: ActorResolver) -> None:
    text = "Unknown gunmen shot dead a journalist in Basra city."
    result = roles(resolver, text, "Attack")
    assert result.actor1 is not None and (result.actor1.name, result.actor1.inter) == ("Unidentified Armed Group (Iraq)", 3)
    assert result.actor1.span is not None and result.actor1.span.text == "Unknown gunmen"
    assert result.actor2 is not None and (result.actor2.name, result.actor2.inter) == ("Civilians (Iraq)", 7)
    assert names(result.assoc_actor_2) == ["Journalists (Iraq)"]


def test_foreign_state_forces_are_external_inter_8(resolver: ActorResolver) -> None:
    text = "Turkish warplanes struck PKK positions in the Haftanin area of Duhok."
    result = roles(resolver, text, "Air/drone strike")
    assert result.actor1 is not None and (result.actor1.name, result.actor1.inter) == ("Military Forces of Turkey (2016-)", 8)
    assert result.actor2 is not None and result.actor2.name == "PKK: Kurdistan Workers Party"
    same = roles(resolver, "Turkish soldiers clashed with PKK militants near Hakkari.", "Armed clash", country="Turkey")
    assert same.actor1 is not None and same.actor1.inter == 1


def test_target_of_a_bomb_is_not_its_planter(resolver: ActorResolver) -> None:
    text = "An IED exploded targeting an army patrol near Tarmiyah, wounding two soldiers."
    result = roles(resolver, text, "Remote explosive/landmine/IED")
    assert result.actor1 is not None and result.actor1.name == "Unidentified Armed Group (Iraq)"
    assert result.actor2 is not None and result.actor2.name == "Military Forces of Iraq (2018-2020)"


def test_initiator_cues_decide_the_order_of_a_battle(resolver: ActorResolver) -> None:
    text = "Iraqi soldiers were attacked by IS militants at a checkpoint in Diyala."
    result = roles(resolver, text, "Armed clash")
    assert result.actor1 is not None and (result.actor1.name, result.actor1.inter) == ("Islamic State (Iraq)", 2)
    assert result.actor2 is not None and result.actor2.name == "Military Forces of Iraq (2018-2020)"


def test_pmf_brigade_is_coded_as_a_unit_of_state_forces(resolver: ActorResolver) -> None:
    text = "Kataib Hezbollah fighters clashed with IS militants south of Samarra."
    result = roles(resolver, text, "Armed clash", on=dt.date(2020, 6, 2))
    assert result.actor1 is not None
    assert result.actor1.name == "Military Forces of Iraq (2020-2022) Popular Mobilization Forces"
    assert names(result.assoc_actor_1) == ["Kataib Hezbollah"]
    assert result.actor2 is not None and result.actor2.name == "Islamic State (Iraq)"


def test_arrests_default_to_the_police_and_unknown_air_strikes_to_unidentified_military_forces(resolver: ActorResolver) -> None:
    arrested = roles(resolver, "Three activists were arrested in Kut.", "Arrests")
    assert arrested.actor1 is not None and arrested.actor1.name == "Police Forces of Iraq (2018-2020)"
    assert arrested.actor1.span is None and arrested.actor1.confidence < 0.7
    strike = roles(resolver, "An air strike hit a weapons depot near Qaim.", "Air/drone strike")
    assert strike.actor1 is not None and (strike.actor1.name, strike.actor1.inter) == ("Unidentified Military Forces", 8)


def test_backed_forces_are_not_the_initiator(resolver: ActorResolver) -> None:
    text = "Iranian-backed militias attacked protesters; the PMF backed by Iraqi forces killed 3 IS militants."
    matches = resolver.matches(text, 0, len(text))
    assert not any(m.kind == "state" and m.country is not None and m.country.name == "Iran" for m in matches)
    result = roles(resolver, text[text.index("the PMF"):], "Armed clash")
    assert result.actor1 is not None and result.actor1.name.endswith("Popular Mobilization Forces")


def test_explicit_acled_style_names_in_text_are_recognised(resolver: ActorResolver) -> None:
    result = roles(resolver, "On July 28, the Military Forces of Turkey conducted airstrikes in the Zap region.", "Air/drone strike")
    assert result.actor1 is not None and result.actor1.name == "Military Forces of Turkey (2016-)"


def test_world_country_generic_names(resolver: ActorResolver) -> None:
    result = roles(resolver, "Al Shabaab militants attacked a police station in Mogadishu.", "Armed clash",
                   country="Somalia", on=dt.date(2020, 5, 1))
    assert result.actor1 is not None and (result.actor1.name, result.actor1.inter) == ("Al Shabaab", 2)
    assert result.actor2 is not None and result.actor2.name == "Police Forces of Somalia (2017-2022)"


def test_civilians_hit_as_collateral_damage_are_associated_with_the_target(resolver: ActorResolver) -> None:
    hit = roles(resolver, "Turkish warplanes struck PKK targets near Soran, killing a farmer.", "Air/drone strike")
    assert hit.actor2 is not None and hit.actor2.name == "PKK: Kurdistan Workers Party"
    assert names(hit.assoc_actor_2) == ["Civilians (Iraq)", "Farmers (Iraq)"]
    spared = roles(resolver, "Turkish warplanes struck PKK targets near Soran; no civilians were hurt.", "Air/drone strike")
    assert spared.assoc_actor_2 == []


def test_faction_units_keep_their_own_period(resolver: ActorResolver) -> None:
    result = roles(resolver, "Pro-Houthi forces shelled residential areas of Taiz.", "Shelling/artillery/missile attack",
                   country="Yemen", on=dt.date(2020, 5, 2))
    assert result.actor1 is not None
    assert (result.actor1.name, result.actor1.inter) == ("Military Forces of Yemen (2016-) Supreme Political Council", 1)
    anti = resolver.matches("Anti-Houthi fighters advanced.", 0, 30)
    assert not any(m.kind == "unit" for m in anti)
