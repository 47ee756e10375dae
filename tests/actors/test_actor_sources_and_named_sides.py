"""Reader 7 (B2, B3), sentences written for these tests: who reports an event is no side of it; a generic phrase
naming a group's men is that group; a party's people named as a crowd's opponents are the other crowd; a weapon's
owner told before strikes with it again; looters of their own clause are not a group named in another; groups of two
sentences do not carry over to a sentence that names none; named clans and tribes keep their names."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors.resolver import ActorResolver
from eventcoder.actors.roles import RoleAssignment
from eventcoder.analysis import Analysis, EventMention, ResolvedPlace
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages.actors import create

ON = dt.date(2025, 3, 1)
REVIEWED = dt.date(2026, 1, 1)


def roles(resolver: ActorResolver, text: str, sub: str, country: str, sentence: str | None = None) -> RoleAssignment:
    start = text.index(sentence) if sentence else 0
    end = start + len(sentence) if sentence else len(text)
    return resolver.resolve(text, start, end, sub, resolver.context(country, ON, REVIEWED))


def name(ref) -> str | None:  # type: ignore[no-untyped-def]
    return ref.name if ref is not None else None


@pytest.mark.parametrize("text, country, group", [
    ("Gang members of the Viv Ansanm coalition attacked the town of Kenscoff on Monday, killing 11 people.",
     "Haiti", "Viv Ansanm"),
    ("Gunmen from the Viv Ansanm alliance raided a clinic in Croix-des-Bouquets, killing four nurses.", "Haiti",
     "Viv Ansanm"),
])
def test_a_generic_phrase_for_a_named_groups_men_is_that_group(resolver: ActorResolver, text: str, country: str,
                                                               group: str) -> None:
    result = roles(resolver, text, "Attack", country)
    assert name(result.actor1) == group
    assert name(result.actor2) != group


def test_the_owner_of_a_reporting_body_is_no_attacker(resolver: ActorResolver) -> None:
    text = ("Israeli aircraft struck a house in Khan Younis on Tuesday night. The Hamas-run health ministry said "
            "nine people were killed in Khan Younis.")
    result = roles(resolver, text, "Attack", "Palestine", "The Hamas-run health ministry said nine people were "
                                                         "killed in Khan Younis.")
    assert name(result.actor1) is not None and "Hamas" not in name(result.actor1)  # type: ignore[operator]
    assert name(result.actor1).startswith("Military Forces of Israel")  # type: ignore[union-attr]


def test_a_ministry_that_only_says_is_no_side_of_a_use_of_force(resolver: ActorResolver) -> None:
    text = "The Ministry of Defence of the Russian Federation said air defence units shot down 12 Ukrainian drones."
    result = roles(resolver, text, "Disrupted weapons use", "Russia")
    assert name(result.actor1).startswith("Military Forces of Russia")  # type: ignore[union-attr]
    assert name(result.actor2).startswith("Military Forces of Ukraine")  # type: ignore[union-attr]
    strike = roles(resolver, "Russia's defence ministry said 30 Ukrainian drones struck an oil depot in Bryansk.",
                   "Air/drone strike", "Russia")
    assert name(strike.actor1).startswith("Military Forces of Ukraine")  # type: ignore[union-attr]


def test_a_government_announcing_an_agreement_stays_its_actor(resolver: ActorResolver) -> None:
    result = roles(resolver, "The government announced a ceasefire with the rebels on Tuesday evening.", "Agreement",
                   "Libya")
    assert name(result.actor1) is not None and name(result.actor1).startswith("Government of Libya")  # type: ignore[union-attr]


@pytest.mark.parametrize("text, country, party", [
    ("At least 9 people were killed on Sunday in clashes between protesters and supporters of the Awami League in "
     "Bogura.", "Bangladesh", "AL: Bangladesh Awami League"),
    ("Students clashed with Awami League activists in Sylhet on Monday, throwing stones.", "Bangladesh",
     "AL: Bangladesh Awami League"),
])
def test_a_partys_people_named_as_the_crowds_opponents_are_the_other_side(resolver: ActorResolver, text: str,
                                                                           country: str, party: str) -> None:
    result = roles(resolver, text, "Violent demonstration", country)
    assert party not in [a.name for a in result.assoc_actor_1]
    assert name(result.actor2) == f"Rioters ({country})"
    assert party in [a.name for a in result.assoc_actor_2]


def test_a_partys_people_demonstrating_with_the_crowd_stay_its_own(resolver: ActorResolver) -> None:
    result = roles(resolver, "Awami League supporters and students blocked a highway in Dhaka, burning tyres.",
                   "Violent demonstration", "Bangladesh")
    assert "AL: Bangladesh Awami League" in [a.name for a in result.assoc_actor_1]


def test_groups_of_two_sentences_do_not_carry_over_to_a_sentence_naming_no_one(resolver: ActorResolver) -> None:
    text = ("By Tuesday the M23 had reached the outskirts of Uvira. Wazalendo fighters shot at retreating Burundian "
            "soldiers on Wednesday. Dozens of people were killed on Wednesday night.")
    result = roles(resolver, text, "Attack", "Democratic Republic of Congo", "Dozens of people were killed on "
                                                                             "Wednesday night.")
    assert name(result.actor1) == "Unidentified Armed Group (Democratic Republic of Congo)"
    one = "ADF rebels attacked the village of Mamove on Tuesday. Fourteen people were killed."
    assert name(roles(resolver, one, "Attack", "Democratic Republic of Congo", "Fourteen people were killed.").actor1) \
        == "ADF: Allied Democratic Forces"


@pytest.mark.parametrize("text, country, sides", [
    ("At least 12 people were killed in fighting between the Habar Gidir and Abgal clans near Galkayo on Sunday.",
     "Somalia", {"Habar Gidir Clan Militia (Somalia)", "Abgal Clan Militia (Somalia)"}),
    ("Eight people died on Saturday in tribal fighting between the Ambulin and Yambali tribes near Wabag.",
     "Papua New Guinea", {"Ambulin Tribal Militia (Papua New Guinea)", "Yambali Tribal Militia (Papua New Guinea)"}),
])
def test_named_clans_and_tribes_keep_their_names(resolver: ActorResolver, text: str, country: str,
                                                 sides: set[str]) -> None:
    result = roles(resolver, text, "Armed clash", country)
    assert {name(result.actor1), name(result.actor2)} == sides


def test_unnamed_clans_stay_unidentified(resolver: ActorResolver) -> None:
    result = roles(resolver, "Two rival clans clashed near Beledweyne on Sunday, killing six people.", "Armed clash",
                   "Somalia")
    assert name(result.actor1) == "Unidentified Clan Militia (Somalia)"


def _stage(text: str, specs: list[tuple[str, str, str, str]], country: str) -> list[EventMention]:
    analysis = Analysis(document=Document(id="d", text=text, published=ON, country=country))
    found = []
    for sentence, trigger, sub, event in specs:
        start = text.index(sentence)
        at = text.index(trigger, start)
        found.append(EventMention(sentence=analysis.span(start, start + len(sentence)),
                                  trigger=analysis.span(at, at + len(trigger)), event_type=event, sub_event_type=sub,
                                  confidence=0.8))
    for m in found:
        m.place = ResolvedPlace(country, None, None, None, None, None, None, 3, 0.5)
    analysis.extras["country"] = country
    analysis.mentions = found
    create(PipelineConfig())(analysis)
    return found


def test_a_strike_by_an_unnamed_drone_is_by_the_owner_of_the_drones_told_before() -> None:
    first = "Air defence units destroyed 30 Ukrainian drones over Bryansk region overnight."
    second = "A drone hit a house in the village of Klintsy, killing a man."
    _, strike = _stage(f"{first} {second}", [(first, "destroyed", "Air/drone strike", "Explosions/Remote violence"),
                                             (second, "hit", "Air/drone strike", "Explosions/Remote violence")],
                       "Russia")
    assert name(strike.actor1).startswith("Military Forces of Ukraine")  # type: ignore[union-attr]
    alone = _stage(second, [(second, "hit", "Air/drone strike", "Explosions/Remote violence")], "Russia")[0]
    assert name(alone.actor1) == "Unidentified Military Forces"


def test_looters_of_their_own_clause_are_not_the_group_of_another() -> None:
    text = "By Wednesday the FDLR had reached Rutshuru, and on Thursday night looters ransacked the market."
    (looting,) = _stage(text, [(text, "ransacked", "Looting/property destruction", "Strategic developments")],
                        "Democratic Republic of Congo")
    assert name(looting.actor1) == "Unidentified Armed Group (Democratic Republic of Congo)"
    own = "FDLR fighters looted the market in Rutshuru on Thursday night."
    (looting,) = _stage(own, [(own, "looted", "Looting/property destruction", "Strategic developments")],
                        "Democratic Republic of Congo")
    assert name(looting.actor1) is not None and name(looting.actor1).startswith("FDLR")  # type: ignore[union-attr]
