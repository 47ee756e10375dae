"""Soldiers in a territory with no army of its own are another state's (governments.toml ``soldiers_of``):
ACLED codes no Palestinian military; soldiers, troops and the army in the West Bank and Gaza are Israel's, an
external force there (inter 8). Police stay the territory's own. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors.resolver import ActorResolver

ON = dt.date(2024, 5, 5)
REVIEWED = dt.date(2024, 5, 10)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


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
