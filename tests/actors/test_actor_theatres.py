"""Actors of the world's main theatres (issue 16): aliases as journalists write them, names tied to a
theatre, state forces named by period and branch, joint operations, and the role rules added for them.
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from eventcoder.actors.lexicon import load_lexicon
from eventcoder.actors.resolver import ActorResolver
from eventcoder.actors.roles import RoleAssignment
from eventcoder.errors import InputError

ON = dt.date(2020, 5, 2)
REVIEWED = dt.date(2020, 5, 10)  # periods still open, as an export made at the time writes them


def roles(resolver: ActorResolver, text: str, sub: str, country: str, on: dt.date = ON) -> RoleAssignment:
    return resolver.resolve(text, 0, len(text), sub, resolver.context(country, on, REVIEWED))


def actor1(resolver: ActorResolver, text: str, sub: str, country: str) -> tuple[str, int]:
    result = roles(resolver, text, sub, country)
    assert result.actor1 is not None
    return result.actor1.name, result.actor1.inter


@pytest.mark.parametrize(("text", "sub", "country", "expected"), [
    # Syria
    ("Assad forces shelled the village of Kansafra.", "Shelling/artillery/missile attack", "Syria",
     ("Military Forces of Syria (2000-)", 1)),
    ("The regime shelled the village of Kansafra.", "Shelling/artillery/missile attack", "Syria",
     ("Military Forces of Syria (2000-)", 1)),
    ("Regime helicopters dropped barrel bombs on Dadikh.", "Air/drone strike", "Syria",
     ("Military Forces of Syria (2000-) Syrian Arab Air Force", 1)),
    ("Members of the Air Force Intelligence abducted a teacher in Daraa.", "Abduction/forced disappearance", "Syria",
     ("Military Forces of Syria (2000-) Air Force Intelligence Directorate", 1)),
    ("SDF fighters clashed with a cell near Hajin.", "Armed clash", "Syria", ("QSD: Syrian Democratic Forces", 2)),
    ("Hayat Tahrir al-Sham fighters shelled a position near Saraqib.", "Shelling/artillery/missile attack", "Syria",
     ("HTS: Hayat Tahrir al Sham", 2)),
    ("Turkish-backed opposition fighters shelled villages near Tal Tamr.", "Shelling/artillery/missile attack", "Syria",
     ("Operation Peace Spring", 2)),
    ("Faylaq al-Sham fighters clashed with gunmen near Sarmin.", "Armed clash", "Syria", ("Al Sham Corps", 2)),
    # Yemen
    ("Ansar Allah fighters shelled a market in Taiz.", "Shelling/artillery/missile attack", "Yemen",
     ("Military Forces of Yemen (2016-) Supreme Political Council", 1)),
    ("Saudi-led coalition warplanes carried out five air raids on Majzar.", "Air/drone strike", "Yemen",
     ("Operation Restoring Hope", 8)),
    ("Saudi warplanes struck a camp in Socotra.", "Air/drone strike", "Yemen", ("Operation Restoring Hope", 8)),
    ("Pro-Hadi forces shelled Houthi positions in Nihm.", "Shelling/artillery/missile attack", "Yemen",
     ("Military Forces of Yemen (2012-)", 1)),
    ("Security Belt forces stormed an exchange office in Aden.", "Attack", "Yemen",
     ("Military Forces of Yemen (2012-) Security Belt Forces", 1)),
    ("National Resistance forces fired rockets at a village in Hays.", "Shelling/artillery/missile attack", "Yemen",
     ("National Resistance Forces", 3)),
    # Libya
    ("Haftar's forces shelled Mitiga airport.", "Shelling/artillery/missile attack", "Libya",
     ("Military Forces of Libya (2014-) Haftar Faction", 1)),
    # Afghanistan, India
    ("The Taliban attacked a checkpoint in Kunduz.", "Armed clash", "Afghanistan", ("Taliban", 2)),
    ("Naxals ambushed a patrol in Sukma.", "Armed clash", "India", ("CPI (Maoist): Communist Party of India (Maoist)", 2)),
    # Lake Chad, Sahel, Somalia, Mozambique, DR Congo
    ("Boko Haram fighters raided a village near Konduga.", "Attack", "Nigeria",
     ("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", 2)),
    ("ISWAP fighters ambushed a convoy near Monguno.", "Armed clash", "Nigeria", ("Islamic State (West Africa)", 2)),
    ("Suspected ISGS militants killed a herder near Dori.", "Attack", "Burkina Faso", ("Islamic State (Greater Sahara)", 2)),
    ("JNIM militants abducted a trader near Djibo.", "Abduction/forced disappearance", "Burkina Faso",
     ("JNIM: Group for Support of Islam and Muslims", 2)),
    ("Armed bandits killed three farmers in Zamfara.", "Attack", "Nigeria", ("Unidentified Armed Group (Nigeria)", 3)),
    ("Suspected jihadists killed a village chief near Mopti.", "Attack", "Mali", ("Unidentified Armed Group (Mali)", 3)),
    ("Al-Shabaab militants attacked a base near Afgooye.", "Armed clash", "Somalia", ("Al Shabaab", 2)),
    ("Islamist insurgents attacked the village of Muidumbe.", "Attack", "Mozambique", ("Islamist Militia (Mozambique)", 3)),
    ("CODECO militiamen attacked a camp near Bunia.", "Attack", "Democratic Republic of Congo",
     ("CODECO: Cooperative for Development of Congo", 3)),
    ("Fulani herdsmen killed five villagers in Benue.", "Attack", "Nigeria", ("Fulani Ethnic Militia (Nigeria)", 4)),
    # Ukraine, Caucasus, Latin America
    ("Russia-backed separatists fired mortars at Ukrainian positions near Avdiivka.", "Shelling/artillery/missile attack",
     "Ukraine", ("NAF: United Armed Forces of Novorossiya", 2)),
    ("Military forces of Armenia fired at the positions of the military forces of Azerbaijan near Tovuz.", "Armed clash",
     "Azerbaijan", ("Military Forces of Armenia (2018-)", 8)),
    ("Military forces of Artsakh fired at Azerbaijani positions near Terter.", "Armed clash", "Azerbaijan",
     ("Military Forces of Artsakh (2007-)", 1)),
    ("Members of the CJNG clashed with National Guard officers near Aguililla.", "Armed clash", "Mexico",
     ("CJNG: Jalisco New Generation Cartel", 3)),
    ("The Military Police exchanged fire with drug traffickers in Niteroi.", "Armed clash", "Brazil",
     ("Military Forces of Brazil (2019-) Military Police", 1)),
])
def test_aliases_of_the_main_theatres(resolver: ActorResolver, text: str, sub: str, country: str,
                                      expected: tuple[str, int]) -> None:
    assert actor1(resolver, text, sub, country) == expected


@pytest.mark.parametrize(("text", "country", "expected"), [
    # "coalition" is the Saudi-led coalition in Yemen and the anti-IS coalition in Iraq
    ("Coalition airstrikes hit a farm near the town.", "Yemen", "Operation Restoring Hope"),
    ("Coalition airstrikes hit a farm near the town.", "Iraq", "Global Coalition Against Daesh"),
    # "separatists" are Ukraine's separatists only in Ukraine
    ("Separatists attacked a checkpoint near the town.", "Cameroon", "Ambazonian Separatists (Cameroon)"),
    ("Separatists attacked a checkpoint near the town.", "Ukraine", "NAF: United Armed Forces of Novorossiya"),
])
def test_a_name_is_read_in_its_own_theatre(resolver: ActorResolver, text: str, country: str, expected: str) -> None:
    sub = "Air/drone strike" if "airstrikes" in text else "Armed clash"
    assert actor1(resolver, text, sub, country)[0] == expected


def test_an_acled_acronym_before_the_colon_names_the_group_case_sensitively(resolver: ActorResolver) -> None:
    assert actor1(resolver, "NAF rebel forces fired grenade launchers at Ukrainian positions.", "Armed clash",
                  "Ukraine")[0] == "NAF: United Armed Forces of Novorossiya"
    matches = resolver.matches("The jas of the valley held a feast.", 0, 35, "Syria")
    assert all(m.group is None or m.group.name != "JaS: Levant Front" for m in matches)


def test_a_group_renamed_by_acled_keeps_its_earlier_name_before_the_renaming(resolver: ActorResolver) -> None:
    text = "ISGS militants attacked a village near Dori."
    assert roles(resolver, text, "Attack", "Niger", dt.date(2020, 5, 1)).actor1.name == "Islamic State (Greater Sahara)"
    assert roles(resolver, text, "Attack", "Niger", dt.date(2023, 5, 1)).actor1.name == "Islamic State Sahel Province"


def test_periods_of_states_added_for_the_theatres(resolver: ActorResolver) -> None:
    for country, name in [("Lebanon", "Police Forces of Lebanon (2020-)"), ("Serbia", "Police Forces of Serbia (2017-)"),
                          ("Burundi", "Police Forces of Burundi (2005-)"), ("Peru", "Police Forces of Peru (2018-)")]:
        result = roles(resolver, "Police arrested two men in the capital.", "Arrests", country)
        assert result.actor1 is not None and result.actor1.name == name


def test_a_country_spelt_with_the_article_is_found(resolver: ActorResolver) -> None:
    entry = resolver.country("Democratic Republic of the Congo")
    assert entry is not None and entry.name == "Democratic Republic of Congo"


# ---------------------------------------------------------------- role rules


def test_coordinated_forces_are_one_side_with_the_second_associated(resolver: ActorResolver) -> None:
    result = roles(resolver, "Russian and regime warplanes struck Kafranbel, killing three civilians.", "Air/drone strike",
                   "Syria")
    assert result.actor1 is not None and (result.actor1.name, result.actor1.inter) == ("Military Forces of Russia (2000-)", 8)
    assert [r.name for r in result.assoc_actor_1] == ["Military Forces of Syria (2000-) Syrian Arab Air Force"]
    assert result.actor2 is not None and result.actor2.name == "Civilians (Syria)"


def test_a_joint_patrol_names_both_states(resolver: ActorResolver) -> None:
    result = roles(resolver, "A joint patrol by Turkish and Russian forces took place on the M4 highway.",
                   "Change to group/activity", "Syria")
    assert result.actor1 is not None and result.actor1.name == "Military Forces of Turkey (2016-)"
    assert [r.name for r in result.assoc_actor_1] == ["Military Forces of Russia (2000-)"]


def test_a_groups_own_security_forces_are_the_group(resolver: ActorResolver) -> None:
    result = roles(resolver, "HTS security forces arrested the head of a camp near Idlib.", "Arrests", "Syria")
    assert result.actor1 is not None and result.actor1.name == "HTS: Hayat Tahrir al Sham"


def test_a_claim_after_the_sentence_names_the_bomber(resolver: ActorResolver) -> None:
    text = "A roadside bomb hit an army convoy near Afgooye. Al Shabaab militants claimed responsibility for the attack."
    sentence_end = text.index(" Al Shabaab")
    result = resolver.resolve(text, 0, sentence_end, "Remote explosive/landmine/IED",
                              resolver.context("Somalia", ON, REVIEWED))
    assert result.actor1 is not None and result.actor1.name == "Al Shabaab"
    assert result.actor2 is not None and result.actor2.name == "Military Forces of Somalia (2017-)"


def test_a_claim_that_reports_no_act_of_its_own_is_still_a_source(resolver: ActorResolver) -> None:
    text = "An explosion hit a car in the town. HPG claimed that 15 soldiers died."
    result = resolver.resolve(text, 0, text.index(" HPG"), "Remote explosive/landmine/IED",
                              resolver.context("Turkey", ON, REVIEWED))
    assert result.actor1 is not None and result.actor1.name != "PKK: Kurdistan Workers Party"


def test_an_unattributed_clash_on_a_front_line_is_between_the_state_and_its_opponent(resolver: ActorResolver) -> None:
    result = roles(resolver, "Observers recorded 40 explosions near Zolote.", "Armed clash", "Ukraine")
    assert result.actor1 is not None and result.actor1.name == "Military Forces of Ukraine (2019-)"
    assert result.actor2 is not None and result.actor2.name == "NAF: United Armed Forces of Novorossiya"
    after = roles(resolver, "Observers recorded 40 explosions near Zolote.", "Armed clash", "Ukraine", dt.date(2023, 5, 1))
    assert after.actor2 is None or after.actor2.name != "NAF: United Armed Forces of Novorossiya"


def test_brazils_unattributed_killers_follow_acleds_brazil_convention(resolver: ActorResolver) -> None:
    result = roles(resolver, "Armed men on motorcycles shot dead a man in a drive-by shooting in Fortaleza.", "Attack", "Brazil")
    assert result.actor1 is not None and result.actor1.name == "Unidentified Gang and/or Police Militia"
    clash = roles(resolver, "Armed men exchanged fire with police in Fortaleza.", "Armed clash", "Brazil")
    assert clash.actor1 is not None and clash.actor1.name.startswith(("Unidentified Armed Group", "Police Forces"))


def test_government_held_is_no_force(resolver: ActorResolver) -> None:
    matches = resolver.matches("Traders crossed into regime-held areas.", 0, 39, "Syria")
    assert not [m for m in matches if m.kind == "state"]


def test_user_file_can_tie_a_group_to_a_theatre_and_give_a_front(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text('[[group]]\nname = "VSG: Valley Sons Guard"\ninter = 3\ncountries = ["Peru"]\n'
                     '[countries.Peru]\nname = "Peru"\nperiods = [2021-07-28]\nfront = {name = "VSG: Valley Sons Guard", inter = 3}\n',
                     encoding="utf-8")
    resolver = ActorResolver(load_lexicon(extra))
    peru = resolver.context("Peru", dt.date(2022, 1, 1))
    assert resolver.resolve("VSG fighters shot at a patrol.", 0, 30, "Armed clash", peru).actor1.name == "VSG: Valley Sons Guard"
    chile = resolver.context("Chile", dt.date(2022, 1, 1))
    assert resolver.resolve("VSG fighters shot at a patrol.", 0, 30, "Armed clash", chile).actor1.name != "VSG: Valley Sons Guard"
    assert resolver.resolve("Shots were heard.", 0, 17, "Armed clash", peru).actor2.name == "VSG: Valley Sons Guard"


def test_a_bad_front_names_the_file(tmp_path: Path) -> None:
    extra = tmp_path / "bad.toml"
    extra.write_text('[countries.Peru]\nname = "Peru"\nfront = "rebels"\n', encoding="utf-8")
    with pytest.raises(InputError, match="bad.toml"):
        load_lexicon(extra)


def test_the_stage_codes_an_arrest_by_an_armed_group_as_an_abduction() -> None:
    from eventcoder.analysis import Analysis, EventMention
    from eventcoder.documents import Document
    from eventcoder.pipeline import PipelineConfig
    from eventcoder.stages.actors import create

    text = "HTS security forces arrested the head of a camp near Idlib."
    analysis = Analysis(document=Document(id="d", text=text, published=ON, country="Syria"))
    t = text.index("arrested")
    arrest = EventMention(sentence=analysis.span(0, len(text)), trigger=analysis.span(t, t + 8),
                          event_type="Strategic developments", sub_event_type="Arrests", confidence=0.8)
    analysis.mentions = [arrest]
    create(PipelineConfig())(analysis)
    assert (arrest.event_type, arrest.sub_event_type) == ("Violence against civilians", "Abduction/forced disappearance")
    assert arrest.actor1 is not None and arrest.actor1.name == "HTS: Hayat Tahrir al Sham"


def test_mexicos_unattributed_killings_are_gang_violence_but_armed_men_are_an_armed_group(resolver: ActorResolver) -> None:
    found = roles(resolver, "The body of a man was found with his hands tied in Culiacan.", "Attack", "Mexico")
    assert found.actor1 is not None and found.actor1.name == "Unidentified Gang (Mexico)"
    armed = roles(resolver, "Armed men shot dead a shopkeeper in Culiacan.", "Attack", "Mexico")
    assert armed.actor1 is not None and armed.actor1.name == "Unidentified Armed Group (Mexico)"


@pytest.mark.parametrize(("text", "retyped"), [
    ("Gunmen shot dead a police officer at a checkpoint in the city.", "Armed clash"),
    ("Gunmen shot dead an off-duty police officer in the city.", None),
    ("Gunmen shot dead two civilians in the city.", None),
])
def test_an_attack_on_security_forces_on_duty_is_a_clash(resolver: ActorResolver, text: str, retyped: str | None) -> None:
    assert roles(resolver, text, "Attack", "Iraq").sub_event_type == retyped


def test_an_abducted_police_officer_and_fighters_of_a_named_side_make_a_clash(resolver: ActorResolver) -> None:
    assert roles(resolver, "Unidentified gunmen abducted a police officer near Abeokuta.", "Abduction/forced disappearance",
                 "Nigeria").sub_event_type == "Armed clash"
    assert roles(resolver, "Pro-Houthi groups conducted incursions against anti-Houthi National Resistance forces in Hays.",
                 "Attack", "Yemen").sub_event_type == "Armed clash"


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Two soldiers were shot and killed by Taliban militants near the village.", "Afghanistan", "Taliban"),
    ("Four Taliban militants were killed when Afghan policemen repulsed their attacks on checkpoints.", "Afghanistan",
     "Taliban"),
    ("Afghan security forces repelled an attack by Taliban militants, killing five militants.", "Afghanistan", "Taliban"),
    ("Pro-Hadi forces thwarted attacks of pro-Houthi forces in Hays.", "Yemen",
     "Military Forces of Yemen (2016-) Supreme Political Council"),
    ("Pro-Hadi forces thwarted a pro-Houthi incursion in Nihm.", "Yemen", "Military Forces of Yemen (2012-)"),
    ("National Resistance forces claimed to have thwarted an attack of pro-Houthi forces in Hays.", "Yemen",
     "National Resistance Forces"),
])
def test_the_author_of_a_repelled_attack_is_actor1(resolver: ActorResolver, text: str, country: str, expected: str) -> None:
    assert actor1(resolver, text, "Armed clash", country)[0] == expected


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Boko Haram/IS attacked Debiro and burnt several buildings.", "Nigeria",
     "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"),
    ("IS fighters attacked a base near Monguno.", "Nigeria", "Islamic State (West Africa)"),
    ("IS fighters attacked a base near Menaka.", "Mali", "Islamic State (Greater Sahara)"),
    ("IS fighters attacked a base near Raqqa.", "Syria", "Islamic State (Syria)"),
    ("Suspected JNIM or ISGS militants attacked a post near Djibo.", "Burkina Faso",
     "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"),
])
def test_islamic_state_and_uncertain_authors_in_the_sahel_and_lake_chad(resolver: ActorResolver, text: str, country: str,
                                                                        expected: str) -> None:
    assert actor1(resolver, text, "Armed clash", country)[0] == expected


def test_rival_clans_fight_each_other(resolver: ActorResolver) -> None:
    result = roles(resolver, "Two rival clans clashed over land in Maguindanao.", "Armed clash", "Philippines")
    assert result.actor1 is not None and (result.actor1.name, result.actor1.inter) == ("Unidentified Clan Militia (Philippines)", 4)
    assert result.actor2 is not None and result.actor2.name == "Unidentified Clan Militia (Philippines)"


def test_the_documented_lexicon_file_loads(tmp_path: Path) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "ACTORS.md"
    block = docs.read_text(encoding="utf-8").split("```toml\n", 1)[1].split("```", 1)[0]
    extra = tmp_path / "documented.toml"
    extra.write_text(block, encoding="utf-8")
    lexicon = load_lexicon(extra)
    group = next(g for g in lexicon.groups if g.name == "Sons of the Valley")
    assert group.acronyms == ("SOV",) and group.inter == 3


@pytest.mark.parametrize("text", ["Two rival clans clashed in Mamasapano.", "Clashes took place between AAS and JaS in Afrin."])
def test_armed_groups_fighting_without_a_crowd_are_no_mob(resolver: ActorResolver, text: str) -> None:
    country = "Syria" if "AAS" in text else "Philippines"
    assert roles(resolver, text, "Mob violence", country).sub_event_type == "Armed clash"
    assert roles(resolver, "A mob attacked two clans in the market.", "Mob violence", country).sub_event_type is None


def test_against_pro_houthi_groups_marks_the_target(resolver: ActorResolver) -> None:
    result = roles(resolver, "National Resistance forces waged four attacks against pro-Houthi groups in Hays.", "Attack",
                   "Yemen")
    assert result.sub_event_type == "Armed clash"


def test_a_passive_verb_after_a_long_subject_marks_the_target(resolver: ActorResolver) -> None:
    text = "Eight PKK militants including a senior member were killed in airstrikes conducted by the Turkish Army in Haftanin."
    result = roles(resolver, text, "Air/drone strike", "Iraq")
    assert result.actor1 is not None and result.actor1.name == "Military Forces of Turkey (2016-)"
    assert result.actor2 is not None and result.actor2.name == "PKK: Kurdistan Workers Party"


def test_forces_acting_with_a_joint_operation_are_the_operation(resolver: ActorResolver) -> None:
    result = roles(resolver, "Turkish forces and JWS factions, operating under OPS, shelled the village of Aziziyeh.",
                   "Shelling/artillery/missile attack", "Syria")
    assert result.actor1 is not None and (result.actor1.name, result.actor1.inter) == ("Operation Peace Spring", 2)
    assert [r.name for r in result.assoc_actor_1] == ["Military Forces of Turkey (2016-)"]


def test_people_displaced_by_fighting_are_the_actor_of_the_displacement(resolver: ActorResolver) -> None:
    result = roles(resolver, "About 500 villagers fled to the town after heavy fighting between the military and the AA.",
                   "Other", "Myanmar")
    assert result.actor1 is not None and (result.actor1.name, result.actor1.inter) == ("Civilians (Myanmar)", 7)
    assert result.actor2 is None


@pytest.mark.parametrize(("text", "retyped"), [
    ("Unknown gunmen attacked and damaged the building of a radio station in Aybak.", "Looting/property destruction"),
    ("Militants carried out an arson attack targeting a furniture factory in Kocaeli.", "Looting/property destruction"),
    ("Unknown gunmen attacked a radio station in Aybak and wounded two guards.", None),
])
def test_an_attack_on_property_that_harms_no_one_is_property_destruction(resolver: ActorResolver, text: str,
                                                                        retyped: str | None) -> None:
    assert roles(resolver, text, "Attack", "Afghanistan").sub_event_type == retyped


def test_the_children_of_fire_are_an_arson_group_not_children(resolver: ActorResolver) -> None:
    result = roles(resolver, "The Children of Fire initiative carried out an arson attack targeting a factory in Tuzla.",
                   "Attack", "Turkey")
    assert result.sub_event_type == "Looting/property destruction"
    assert actor1(resolver, "The Children of Fire initiative set fire to a factory in Tuzla.", "Looting/property destruction",
                  "Turkey") == ("Children of Fire", 3)


def test_fire_at_unarmed_people_with_no_armed_side_is_an_attack(resolver: ActorResolver) -> None:
    assert roles(resolver, "Israeli forces fired live bullets at two Palestinians near Qalqiliya.", "Armed clash",
                 "Palestine").sub_event_type == "Attack"
    assert roles(resolver, "Israeli forces clashed with gunmen near Jenin, wounding two civilians.", "Armed clash",
                 "Palestine").sub_event_type is None


@pytest.mark.parametrize(("text", "sub", "country", "expected"), [
    ("A Russian guided bomb strike on Kharkiv killed seven people.", "Air/drone strike", "Ukraine",
     ("Military Forces of Russia (2000-)", 8)),
    ("A Russian missile strike on Dnipro killed five people.", "Shelling/artillery/missile attack", "Ukraine",
     ("Military Forces of Russia (2000-)", 8)),
    ("Hundreds of Israeli settlers stormed the village of al-Mughayyir, torching homes.", "Attack", "Palestine",
     ("Settlers (Israel)", 4)),
    ("People's Defence Force fighters ambushed a military convoy near Pauk.", "Armed clash", "Myanmar",
     ("PDF: People's Defense Force", 2)),
])
def test_foreign_strikes_settlers_and_resistance_forces(resolver: ActorResolver, text: str, sub: str, country: str,
                                                        expected: tuple[str, int]) -> None:
    assert actor1(resolver, text, sub, country) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen stormed a hotel in Mogadishu, killing 32 people. The al-Qaeda-linked al-Shabaab group claimed "
     "responsibility for the attack.", "Al Shabaab"),
    ("A suicide bomber rammed a car into a checkpost in Mir Ali, killing 12 soldiers. The Pakistani Taliban, or "
     "Tehreek-e-Taliban Pakistan (TTP), claimed responsibility.", "TTP: Tehrik-i-Taliban"),
    ("Suspected jihadists killed dozens of civilians near Barsalogho. The Group for the Support of Islam and "
     "Muslims (JNIM), an al-Qaeda affiliate, claimed the attack on Sunday.",
     "JNIM: Group for Support of Islam and Muslims"),
])
def test_the_group_that_claims_the_attack_is_its_author(resolver: ActorResolver, text: str, expected: str) -> None:
    sentence_end = text.index(".") + 1
    country = "Somalia" if "Mogadishu" in text else "Burkina Faso" if "Barsalogho" in text else "Pakistan"
    result = resolver.resolve(text, 0, sentence_end, "Attack", resolver.context(country, ON, REVIEWED))
    assert result.actor1 is not None and result.actor1.name == expected


@pytest.mark.parametrize(("text", "country", "expected"), [
    # fire exchanged between a rebel group and the state's forces, no side said to begin it: the order told
    ("A firefight broke out between the New People's Army and the military near the river.",
     "Philippines", "NPA: New People's Army"),
    ("Maoists and security forces exchanged fire in the forest on Friday.", "India",
     "CPI (Maoist): Communist Party of India (Maoist)"),
    # against gunmen or a gang the state's forces come first
    ("Gunmen exchanged fire with soldiers near the market.", "Nigeria", "Military Forces of Nigeria (2015-)"),
])
def test_fire_exchanged_with_a_rebel_group_keeps_the_order_told(resolver: ActorResolver, text: str, country: str,
                                                                 expected: str) -> None:
    assert actor1(resolver, text, "Armed clash", country)[0] == expected


@pytest.mark.parametrize(("text", "country", "expected"), [
    # the side that repelled an attack named after its author ("a Taliban attack") is the target
    ("Afghan forces repelled a Taliban attack on their checkpoint in the district.", "Afghanistan", "Taliban"),
    ("Soldiers repulsed an Al Shabaab assault on their base near the town.", "Somalia", "Al Shabaab"),
])
def test_the_author_of_a_repelled_attack_acts(resolver: ActorResolver, text: str, country: str, expected: str) -> None:
    assert actor1(resolver, text, "Armed clash", country)[0] == expected


@pytest.mark.parametrize(("text", "country", "expected"), [
    # violence named after the clans that fight it: their militias (inter 4); "communal violence" is left alone,
    # since in South Asia it names riots between religious communities
    ("Inter-clan violence erupted near the wells, leaving seven people dead.", "Somalia",
     ("Unidentified Clan Militia (Somalia)", 4)),
    ("Clan-based clashes erupted in the district over grazing land.", "Ethiopia",
     ("Unidentified Clan Militia (Ethiopia)", 4)),
])
def test_violence_named_after_clans(resolver: ActorResolver, text: str, country: str,
                                                   expected: tuple[str, int]) -> None:
    assert actor1(resolver, text, "Armed clash", country) == expected


def test_a_fight_between_two_sides_keeps_the_order_told(resolver: ActorResolver) -> None:
    # the side whose losses the sentence counts first is no target: "between X and Y" tells the order
    text = "Two NPA fighters were killed during a firefight between the NPA and the military near the river."
    assert actor1(resolver, text, "Armed clash", "Philippines")[0] == "NPA: New People's Army"


def test_prison_guards_are_the_states_police(resolver: ActorResolver) -> None:
    name, inter = actor1(resolver, "Prison guards beat a detained journalist in the central prison.", "Attack", "Kenya")
    assert inter == 1 and name.startswith("Police Forces of Kenya")


@pytest.mark.parametrize(("on", "expected"), [
    (dt.date(2020, 5, 2), ("Military Forces of Sudan (2019-) Rapid Support Forces", 1)),
    (dt.date(2024, 6, 16), ("RSF: Rapid Support Forces", 2)),
])
def test_a_unit_that_broke_away_is_a_group_of_its_own_from_that_day(resolver: ActorResolver, on: dt.date,
                                                                     expected: tuple[str, int]) -> None:
    result = roles(resolver, "The Rapid Support Forces shelled El Fasher.", "Shelling/artillery/missile attack",
                   "Sudan", on)
    assert result.actor1 is not None and (result.actor1.name, result.actor1.inter) == expected


def test_a_unit_that_broke_away_needs_its_day_and_its_new_name(tmp_path: Path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text('[[unit]]\ncountry = "Sudan"\nforce = "Military Forces"\nunit = "X Brigade"\n'
                     'until = 2023-04-15\n', encoding="utf-8")
    with pytest.raises(InputError, match="until and became"):
        load_lexicon(extra)
