"""Rules for the confusions that were most frequent on real reports (docs/EVENT_TYPES.md): heavy weapons
with and without small arms, fire returned, people clashing with the police, the victim a clause
names, and how a protest went, told in the next sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.analysis import Analysis
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import mentions

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # RPGs and grenade launchers are shelling (codebook), not a thrown grenade
    ("Rebels fired grenade launchers at army positions near the river.", "Shelling/artillery/missile attack"),
    # small arms alongside heavy weapons: forces in contact, a battle; a militia's name is no civilian
    ("Troops fired mortars and small arms at the positions of the People's Militia near the village.", "Armed clash"),
    ("Monitors recorded 40 explosions and shots involving small arms near the front line.", "Armed clash"),
    # fire returned or shelling exchanged: two armed sides
    ("Militants shelled an army post and soldiers fired back at them.", "Armed clash"),
    ("A shelling exchange between the two armies went on for an hour.", "Armed clash"),
])
def test_heavy_weapons_and_battles(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a battle needs two armed, organised sides: residents against the police is a riot
    ("Hundreds of residents clashed with police after officers closed the market.", "Mob violence"),
    ("A clash erupted between shopkeepers and police over the closure of the bazaar.", "Mob violence"),
    ("Two groups of party supporters clashed with each other near the market, injuring four.", "Mob violence"),
    # the police's fire on them does not arm the residents: rioters against the police are a riot, whatever force
    # the police use (ACLED codebook: Armed clash needs two armed, organised sides; stop 21, leftovers9)
    ("Residents clashed with police, who opened fire on them.", "Mob violence"),
    # but not when the crowd fires or is armed, or when the other side is an armed group
    ("Residents clashed with police and fired at the officers.", "Armed clash"),
    ("Soldiers clashed with militants near the village.", "Armed clash"),
    # explosions along a front line are weapons fire, not a brawl between unarmed groups
    ("Monitors recorded 15 explosions in both directions along the frontline.", "Armed clash"),
])
def test_mob_violence_needs_unarmed_people(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the victim named is a civilian even when the place is military
    ("Police beat a street vendor inside the police station.", "Attack"),
    ("Militants shot a civilian who was bringing water to an army checkpoint.", "Attack"),
    ("Gunmen killed two soldiers at a checkpoint.", "Armed clash"),
    # beating someone is an attack by whoever does it
    ("Soldiers beat him badly near the checkpoint.", "Attack"),
])
def test_victim_decides_attack_or_clash(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dozens of workers protested outside the factory over unpaid wages. The police intervened and arrested them.",
     "Protest with intervention"),
    ("Residents staged a protest outside the town hall over water cuts. The police intervened.",
     "Protest with intervention"),
    # the arrest of one person is what they protest, not what happened to them
    ("Journalists protested outside the press club against the arrest of their editor. He was arrested last week.",
     "Peaceful protest"),
    # demonstrators who stone buses in the next sentence turned the protest violent
    ("Residents staged a demonstration and blocked the highway. They threw rocks at passing buses.",
     "Violent demonstration"),
    ("Thousands demonstrated in the capital against corruption. Fires were set at several intersections.",
     "Violent demonstration"),
    # burning a picture is a protest act, not a riot
    ("Protesters gathered outside parliament. They set a picture of the minister on fire.", "Peaceful protest"),
    # burning tyres on a road is a riot even when no protest word is used
    ("Youths burned tyres on the main road to denounce power cuts.", "Violent demonstration"),
])
def test_how_a_protest_went(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Unknown men vandalized a cafe owned by a local councillor.", "Looting/property destruction"),
    ("Bandits stole phones and money from travellers on the highway.", "Looting/property destruction"),
    # hideouts destroyed are property, even when weapons were kept in them; a weapons cache is not
    ("Police destroyed three hideouts used to store weapons in the desert.", "Looting/property destruction"),
    ("Soldiers destroyed a cache of weapons found near the road.", "Disrupted weapons use"),
])
def test_property_destroyed_or_stolen(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops killed five militants near the border, while other soldiers burned the militants' vehicles.",
     "Armed clash"),
    ("Gunmen set fire to houses while they shot dead three villagers.", "Attack"),
])
def test_property_destroyed_in_an_attack_is_part_of_it(nlp, text: str, expected: str) -> None:
    analysis = Analysis(document=Document(id="t", text=text), doc=nlp(text))
    mentions.create(PipelineConfig())(analysis)
    assert [m.sub_event_type for m in analysis.mentions] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a demonstration that is what was attacked: the clause's dead are the crowd's, whoever fired (ACLED codes armed
    # men firing on protesters as excessive force); a campaign's rally is no demonstration: an Attack (stop 22)
    ("Gunmen attacked an election rally in the town on Sunday, killing three supporters.", "Attack"),
    ("Gunmen attacked a march in the town on Sunday, killing three.", "Excessive force against protesters"),
    ("Police opened fire on a march near the bridge, killing two people.", "Excessive force against protesters"),
    # not when the dead are only the grievance, or when the crowd is the attacker
    ("Thousands held a rally on Sunday to mourn three people killed by gunmen last week.", "Peaceful protest"),
    ("Students attacked a police station during a rally; three people were killed.", "Violent demonstration"),
])
def test_a_demonstration_attacked(top, text: str, expected: str) -> None:
    assert top(text) == expected
