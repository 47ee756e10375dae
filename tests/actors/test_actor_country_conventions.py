"""ACLED's naming conventions by country (stop 22, actors11): the marks of gang violence that make an unknown
killer a gang in Mexico and Brazil, and government periods that run with a ruling party or regime. Every
sentence is written for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from eventcoder.actors.gangs import gang_marked
from eventcoder.actors.resolver import ActorResolver
from eventcoder.actors.roles import RoleAssignment

ON = dt.date(2020, 5, 2)
REVIEWED = dt.date(2020, 5, 10)


def roles(resolver: ActorResolver, text: str, sub: str, country: str, on: dt.date = ON) -> RoleAssignment:
    return resolver.resolve(text, 0, len(text), sub, resolver.context(country, on, REVIEWED))


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Two men on a scooter killed a baker in a drive-by shooting in Leon.", "Mexico", "Unidentified Gang (Mexico)"),
    ("Gunmen shot a baker dead in Leon. The killing was related to a dispute between rival cartels.", "Mexico",
     "Unidentified Gang (Mexico)"),
    ("The body of a farmer was found near Zamora. His wrists had been bound and he had been tortured.", "Mexico",
     "Unidentified Gang (Mexico)"),
    ("The dismembered body of a teacher was left beside a threatening message in Celaya.", "Mexico",
     "Unidentified Gang (Mexico)"),
    ("Two armed men shot and wounded a baker in his shop in Leon.", "Mexico", "Unidentified Armed Group (Mexico)"),
    ("The body of a woman wrapped in a sheet was found near a canal in Leon. The cause of death is unknown.", "Mexico",
     "Unidentified Armed Group (Mexico)"),
    ("Armed men in a car killed a mechanic in a drive-by shooting in Belem.", "Brazil",
     "Unidentified Gang and/or Police Militia"),
    ("Three men shot a mechanic dead in his garage in Belem.", "Brazil", "Unidentified Armed Group (Brazil)"),
    ("Gunmen shot a mechanic dead in a drive-by shooting in Bogota.", "Colombia", "Unidentified Armed Group (Colombia)"),
])
def test_an_unknown_killer_is_a_gang_where_the_killing_bears_its_marks(
        resolver: ActorResolver, text: str, country: str, expected: str) -> None:
    result = roles(resolver, text, "Attack", country)
    assert result.actor1 is not None and result.actor1.name == expected


@pytest.mark.parametrize(("text", "marked"), [
    ("A driver was shot from a passing car in a drive-by attack.", True),
    ("Police said the killing was linked to extortion of local traders.", True),
    ("The farmer had been tied to a tree and executed.", True),
    ("The shop owner was shot twice by a man who fled on foot.", False),
    ("The victim was bound for the airport when he was shot.", False),
])
def test_the_marks_of_gang_violence(text: str, marked: bool) -> None:
    assert gang_marked(text, 0, len(text)) is marked


def test_a_mark_in_another_paragraph_is_not_this_killings() -> None:
    text = "Two men shot a baker in Leon.\n\nIn a separate case far away, a body was found with its hands tied."
    assert not gang_marked(text, 0, 29)


@pytest.mark.parametrize(("country", "on", "name"), [
    ("South Africa", dt.date(2020, 5, 2), "Police Forces of South Africa (1994-)"),  # one ANC rule, many presidents
    ("Venezuela", dt.date(2020, 5, 2), "Police Forces of Venezuela (1999-)"),
    ("Rwanda", dt.date(2020, 5, 2), "Police Forces of Rwanda (1994-)"),
    ("Honduras", dt.date(2020, 5, 2), "Police Forces of Honduras (2010-)"),
    ("Honduras", dt.date(2022, 6, 1), "Police Forces of Honduras (2022-)"),  # another party took office
    ("Lebanon", dt.date(2020, 5, 2), "Police Forces of Lebanon (2020-)"),  # a new cabinet
])
def test_a_period_runs_with_the_ruling_party_or_regime(resolver: ActorResolver, country: str, on: dt.date,
                                                       name: str) -> None:
    text = "Police arrested two men in the capital."
    result = resolver.resolve(text, 0, len(text), "Arrests", resolver.context(country, on, on + dt.timedelta(days=8)))
    assert result.actor1 is not None and result.actor1.name == name


@pytest.mark.parametrize(("text", "sub", "country", "expected"), [
    ("Tiv militias attacked three villages near Donga, killing four.", "Attack", "Nigeria",
     ("Tiv Ethnic Militia (Nigeria)", "Civilians (Nigeria)")),
    ("Tiv and Jukun ethnic militias clashed over farmland near Wukari.", "Armed clash", "Nigeria",
     ("Tiv Ethnic Militia (Nigeria)", "Jukun Ethnic Militia (Nigeria)")),
    ("Militias from Umuoba and Okoro clashed over the ownership of a farm.", "Armed clash", "Nigeria",
     ("Umuoba Communal Militia (Nigeria)", "Okoro Communal Militia (Nigeria)")),
    ("Clashes erupted between Al Haddad and Al Saleh tribesmen near Marib.", "Armed clash", "Yemen",
     ("Al Haddad Tribal Militia (Yemen)", "Al Saleh Tribal Militia (Yemen)")),
    ("Armed militiamen from the Dir sub-clan of Hawiye clan shot dead a herder near Galkayo.", "Attack", "Somalia",
     ("Hawiye-Dir Sub-Clan Militia (Somalia)", "Civilians (Somalia)")),
])
def test_a_militia_is_named_by_its_people_or_place(resolver: ActorResolver, text: str, sub: str, country: str,
                                                   expected: tuple[str, str]) -> None:
    result = roles(resolver, text, sub, country)
    assert (result.actor1 and result.actor1.name, result.actor2 and result.actor2.name) == expected


@pytest.mark.parametrize(("text", "sub", "country"), [
    ("Nigerian militias attacked a village near Jos.", "Attack", "Nigeria"),  # a country's people
    ("Local militias repelled an attack by gunmen near Jos.", "Armed clash", "Nigeria"),
    ("Shiite militias shelled the town overnight.", "Shelling/artillery/missile attack", "Iraq"),  # a faith
    ("The KDF militia attacked a village near Bria.", "Attack", "Central African Republic"),  # an acronym
])
def test_words_that_name_no_people_or_place_make_no_militia(resolver: ActorResolver, text: str, sub: str,
                                                            country: str) -> None:
    result = roles(resolver, text, sub, country)
    assert result.actor1 is not None and not re.search(r"^(?!Unidentified)\S.* (?:Ethnic|Communal|Tribal|Clan) Militia",
                                                       result.actor1.name)


@pytest.mark.parametrize(("text", "sub", "country", "expected"), [
    ("A gendarme shot and killed a moto-taxi driver after a quarrel in Bafoussam.", "Attack", "Cameroon",
     "Military Forces of Cameroon (1982-) Gendarmerie"),
    ("The gendarmerie beat a reporter at a roadblock near Kankan.", "Attack", "Guinea",
     "Military Forces of Guinea (2010-) Gendarmerie"),
    ("Soldiers beat a reporter at a roadblock near Kankan.", "Attack", "Guinea", "Military Forces of Guinea (2010-)"),
    ("Two smugglers exchanged fire with civil police forces near Recife.", "Armed clash", "Brazil",
     "Police Forces of Brazil (2019-) Civil Police"),
    ("Prison guards shot dead three inmates during a riot in the jail of Guanare.", "Attack", "Venezuela",
     "Police Forces of Venezuela (1999-) Prison Guards"),
])
def test_a_state_force_named_by_its_branch_is_that_unit(resolver: ActorResolver, text: str, sub: str, country: str,
                                                        expected: str) -> None:
    result = roles(resolver, text, sub, country)
    names = {result.actor1 and result.actor1.name, result.actor2 and result.actor2.name}
    assert expected in names


def test_two_forces_that_clash_with_each_other_are_the_two_sides(resolver: ActorResolver) -> None:
    result = roles(resolver, "GNA and LNA forces clashed south of Tripoli.", "Armed clash", "Libya")
    assert result.actor1 is not None and result.actor2 is not None
    assert {result.actor1.name.split(") ")[-1], result.actor2.name.split(") ")[-1]} == {
        "Government of National Accord", "Haftar Faction"}


def test_a_clash_with_the_marks_of_gang_violence_is_fought_by_the_gang(resolver: ActorResolver) -> None:
    marked = roles(resolver, "Gunmen in a car shot at two police officers in a drive-by attack in Celaya.", "Armed clash",
                   "Mexico")
    assert "Unidentified Gang (Mexico)" in {marked.actor1 and marked.actor1.name, marked.actor2 and marked.actor2.name}
    plain = roles(resolver, "Gunmen shot at two police officers in Celaya.", "Armed clash", "Mexico")
    assert "Unidentified Gang (Mexico)" not in {plain.actor1 and plain.actor1.name, plain.actor2 and plain.actor2.name}


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Two police officers on patrol were shot by a man near the market.", "Jamaica",
     ("Unidentified Armed Group (Jamaica)", "Police Forces of Jamaica (2016-)")),
    ("A man attacked a police officer with a machete near the market.", "India",
     ("Unidentified Armed Group (India)", "Police Forces of India (2014-)")),
    ("Police shot dead two robbers near the market.", "India",
     ("Police Forces of India (2014-)", "Unidentified Armed Group (India)")),
])
def test_forces_named_only_as_the_target_of_a_clash_are_its_actor2(resolver: ActorResolver, text: str, country: str,
                                                                   expected: tuple[str, str]) -> None:
    result = roles(resolver, text, "Armed clash", country)
    assert (result.actor1 and result.actor1.name, result.actor2 and result.actor2.name) == expected


def test_forces_that_fire_stay_actor1_of_the_clash(resolver: ActorResolver) -> None:
    text = "Members of the military forces opened fire when a driver tried to avoid a checkpoint."
    result = roles(resolver, text, "Armed clash", "Chile")
    assert result.actor1 is not None and result.actor1.name == "Military Forces of Chile (2018-)"


def test_forces_in_an_exchange_of_fire_are_no_mere_target(resolver: ActorResolver) -> None:
    result = roles(resolver, "A robber was shot dead in an exchange of fire with the police near the bazaar.",
                   "Armed clash", "India")
    assert result.actor1 is not None and result.actor1.name == "Police Forces of India (2014-)"
