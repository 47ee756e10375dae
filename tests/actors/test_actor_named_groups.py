"""Named groups beyond Iraq (stop 18): a name read inside a longer proper name, groups of another theatre,
fighters "of" a named group, authors named after the sentence, allies, and a crowd's accused victims.
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors.resolver import ActorResolver
from eventcoder.actors.roles import RoleAssignment

ON = dt.date(2026, 4, 10)


def roles(resolver: ActorResolver, text: str, sub: str, country: str, start: int = 0, end: int | None = None) -> RoleAssignment:
    return resolver.resolve(text, start, len(text) if end is None else end, sub, resolver.context(country, ON))


def names(resolver: ActorResolver, text: str, country: str) -> list[str]:
    out = []
    for match in resolver.matcher.find(text, country=country):
        if match.group is not None:
            out.append(match.group.name)
        else:
            out.append(match.unit.unit if match.unit is not None else f"{match.kind}:{match.force}")
    return out


# ---------------------------------------------------------------- a name inside a longer name

@pytest.mark.parametrize(("text", "country", "expected"), [
    # a state's army whose name ends like another group's ("People's Defence Forces")
    ("Fighting between the South Sudan People's Defence Forces and rebels killed 27.", "South Sudan",
     ("Military Forces of South Sudan (2011-)", 1)),
    ("Troops of the Uganda People's Defence Force attacked a rebel camp.", "Uganda",
     ("Military Forces of Uganda (1986-)", 1)),
    # an unknown group whose name ends like a known one: named as the text gives it, acronym first when bracketed
    ("Armed separatists of the Kivu Highlands National Liberation Army (KHNLA) shot dead two traders.",
     "Democratic Republic of Congo", ("KHNLA: Kivu Highlands National Liberation Army", 2)),
    ("Fighters of the Sahel Kurdistan Workers Party ambushed a patrol.", "Chad",
     ("Sahel Kurdistan Workers Party", 2)),
])
def test_a_name_inside_a_longer_name_is_not_the_shorter_group(resolver, text, country, expected):
    result = roles(resolver, text, "Attack" if "shot" in text else "Armed clash", country)
    assert result.actor1 is not None
    assert (result.actor1.name, result.actor1.inter) == expected


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Global Coalition warplanes struck an IS hideout.", "Syria", "Global Coalition Against Daesh"),
    ("Hazmiya Resistance fighters attacked a Houthi position.", "Yemen", None),
])
def test_lower_case_words_or_a_known_name_make_no_longer_name(resolver, text, country, expected):
    found = names(resolver, text, country)
    assert not any(n.startswith(("Hazmiya", "Global Coalition warplanes")) for n in found)
    if expected is not None:
        assert expected in found


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Colombian National Liberation Army rebels attacked a police station.", "Colombia", "ELN: National Liberation Army"),
    ("The National Liberation Army attacked a police station.", "Colombia", "ELN: National Liberation Army"),
    ("US-backed Syrian Democratic Forces attacked an Islamic State cell.", "Syria", "QSD: Syrian Democratic Forces"),
    ("On Monday, the Kurdistan Workers Party attacked a base.", "Turkey", "PKK: Kurdistan Workers Party"),
])
def test_a_country_word_or_a_qualifier_before_a_name_keeps_it(resolver, text, country, expected):
    result = roles(resolver, text, "Armed clash", country)
    assert result.actor1 is not None and result.actor1.name == expected


@pytest.mark.parametrize(("text", "country"), [
    ("The National Liberation Army attacked a village.", "Indonesia"),
    ("People's Defence Forces fighters attacked a village.", "South Sudan"),
    ("Communist rebels attacked a village.", "India"),
])
def test_a_common_name_names_a_group_only_in_its_theatre(resolver, text, country):
    assert not any(n.startswith(("ELN", "PKK", "NPA")) for n in names(resolver, text, country))


def test_the_west_papuan_names_are_one_movement(resolver):
    for text in ("Armed separatists of the West Papua National Liberation Army (TPNPB) shot dead two workers.",
                 "TPNPB fighters shot dead two workers in Intan Jaya.",
                 "Members of the Free Papua Movement shot dead two workers."):
        result = roles(resolver, text, "Attack", "Indonesia")
        assert result.actor1 is not None and result.actor1.name == "OPM: Free Papua Movement", text


# ---------------------------------------------------------------- fighters of a named group

@pytest.mark.parametrize(("text", "country", "sub", "actor1", "actor2"), [
    ("Fighters of the Fano militia captured the town of Debre Tabor after fighting with federal troops.", "Ethiopia",
     "Armed clash", "Fano Militia", "Military Forces of Ethiopia (2018-)"),
    ("Rebels of the Coalition of Patriots for Change (CPC) attacked an army position in Bossangoa.",
     "Central African Republic", "Armed clash", "CPC: Coalition of Patriots for Change",
     "Military Forces of the Central African Republic (2016-)"),
    ("Fighters of the TPNPB, the armed wing of the Free Papua Movement, shot dead a soldier in Puncak.", "Indonesia",
     "Armed clash", "OPM: Free Papua Movement", "Military Forces of Indonesia (2024-)"),
    ("Soldiers killed three fighters of the Fano militia near Gondar.", "Ethiopia", "Armed clash",
     "Military Forces of Ethiopia (2018-)", "Fano Militia"),
])
def test_fighters_of_a_named_group_are_the_group_in_its_role(resolver, text, country, sub, actor1, actor2):
    result = roles(resolver, text, sub, country)
    assert result.actor1 is not None and result.actor2 is not None
    assert (result.actor1.name, result.actor2.name) == (actor1, actor2)


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Suspected Abu Sayyaf gunmen abducted two fishermen off Sulu.", "Philippines", "Abu Sayyaf Group"),
    ("Abu Sayyaf militants abducted two fishermen off Sulu.", "Philippines", "Abu Sayyaf Group"),
    ("Viv Ansanm gangs abducted two nurses in Croix-des-Bouquets.", "Haiti", "Viv Ansanm"),
    ("White Army militiamen abducted two herders near Nasir.", "South Sudan", "Nuer Ethnic Militia (South Sudan)"),
])
def test_named_groups_of_new_theatres(resolver, text, country, expected):
    result = roles(resolver, text, "Abduction/forced disappearance", country)
    assert result.actor1 is not None and result.actor1.name == expected


def test_peacekeepers_who_repelled_an_attack_are_its_target(resolver):
    for text in ("UN peacekeepers from MINUSCA said they had repelled an attack by 3R rebels on their base in Koui.",
                 "MINUSCA peacekeepers repelled an attack by 3R fighters near Bocaranga."):
        result = roles(resolver, text, "Armed clash", "Central African Republic")
        assert result.actor1 is not None and result.actor2 is not None
        assert result.actor1.name == "3R: Return, Reclamation, Rehabilitation", text
        assert result.actor2.name.startswith("MINUSCA: "), text


# ---------------------------------------------------------------- authors told after the sentence

def test_an_attribution_in_the_next_sentence_names_the_author(resolver):
    for follow_up in ("The attack was carried out by members of the Viv Ansanm gang coalition.",
                      "The killings were perpetrated by the Viv Ansanm coalition, residents said."):
        text = f"Gang members killed at least 28 people in Carrefour on Tuesday. {follow_up}"
        end = text.index(" The ") + 1
        result = roles(resolver, text, "Attack", "Haiti", 0, end)
        assert result.actor1 is not None and result.actor1.name == "Viv Ansanm", follow_up


def test_blame_in_the_next_sentence_names_the_author_of_an_unclaimed_bombing(resolver):
    text = ("Suspected Abu Sayyaf gunmen abducted two fishermen off Sulu on Monday. In a separate incident, a bomb "
            "exploded at a market in Datu Piang on Tuesday, wounding seven people. Police blamed the New "
            "People's Army.")
    first_end = text.index(" In a separate") + 1
    second_end = text.index(" Police blamed") + 1
    first = roles(resolver, text, "Abduction/forced disappearance", "Philippines", 0, first_end)
    second = roles(resolver, text, "Remote explosive/landmine/IED", "Philippines", first_end, second_end)
    assert first.actor1 is not None and first.actor1.name == "Abu Sayyaf Group"  # its own named group stays
    assert second.actor1 is not None and second.actor1.name == "NPA: New People's Army"
    assert second.actor2 is None or second.actor2.name != "Abu Sayyaf Group"


def test_a_claim_naming_the_attack_by_its_place_holds_for_the_event_told_there(resolver):
    text = ("Insurgents beheaded five villagers in Macomia district on Tuesday.\nThe attack took place in the village "
            "of Chai, where they also set fire to about 20 homes. On Wednesday, Rwandan troops clashed with the "
            "insurgents near Mocimboa da Praia, killing 11 of them, according to a statement by the Rwandan "
            "army, which gave no further details of the operation.\nIslamic State claimed the Chai attack on its "
            "Amaq news agency.")
    first_end = text.index("\n") + 1
    clash_start = text.index("On Wednesday")
    attack = roles(resolver, text, "Attack", "Mozambique", 0, first_end)
    clash = roles(resolver, text, "Armed clash", "Mozambique", clash_start, text.index("\nIslamic") + 1)
    assert attack.actor1 is not None and attack.actor1.name == "Islamic State (Mozambique)"
    assert clash.actor1 is not None and not clash.actor1.name.startswith("Islamic State")


# ---------------------------------------------------------------- allies and a crowd's victims

@pytest.mark.parametrize("text", [
    "Police backed by Kenyan officers of the Multinational Security Support mission clashed with gang members in Solino.",
    "Police, backed by the Kenyan-led mission, clashed with gang members in Solino.",
])
def test_a_backing_force_is_associated_with_the_side_it_backs(resolver, text):
    result = roles(resolver, text, "Armed clash", "Haiti")
    assert result.actor1 is not None and result.actor1.name.startswith("Police Forces of Haiti")
    assert [a.name for a in result.assoc_actor_1] == ["MSS: Multinational Security Support Mission"]
    assert result.actor2 is not None and result.actor2.name == "Unidentified Gang (Haiti)"


@pytest.mark.parametrize("text", [
    "A crowd beat and burned to death four men they accused of belonging to a gang on Sunday.",
    "An angry mob lynched two suspected gang members in Petion-Ville.",
    "A mob beat to death three men accused of being gang members.",
])
def test_people_a_crowd_took_for_gang_members_are_civilians(resolver, text):
    result = roles(resolver, text, "Mob violence", "Haiti")
    assert result.actor2 is not None and result.actor2.name == "Civilians (Haiti)"


def test_a_gang_that_fights_a_crowd_stays_a_gang(resolver):
    result = roles(resolver, "Gang members clashed with a crowd of residents in Petion-Ville.", "Mob violence", "Haiti")
    assert result.actor2 is not None and result.actor2.name == "Unidentified Gang (Haiti)"


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Trinamool Congress supporters and BJP workers clashed in Bhatpara during the bandh.", "India",
     {"AITC: All India Trinamool Congress", "BJP: Bharatiya Janata Party"}),
    ("BNP activists clashed with police during the hartal in Bogura.", "Bangladesh", {"BNP: Bangladesh Nationalist Party"}),
])
def test_party_supporters_are_associated_with_the_rioters(resolver, text, country, expected):
    result = roles(resolver, text, "Violent demonstration", country)
    assert expected <= {a.name for a in result.assoc_actor_1}
    assert not any(a.name.startswith("Labour Group") for a in result.assoc_actor_1)


def test_a_plural_demonym_that_spells_a_country_is_no_civilian(resolver):
    assert "civilians:None" not in names(resolver, "Gunmen abducted two fishermen off the coast of the Philippines.",
                                         "Philippines")


@pytest.mark.parametrize("text", [
    "Vigilantes lynch suspected gang members in Petion-Ville.",
    "A mob lynched two men accused of belonging to a gang.",
])
def test_lynched_suspects_are_no_armed_side_of_an_attack(resolver, text):
    result = roles(resolver, text, "Attack", "Haiti")
    assert result.sub_event_type is None  # (no "armed target": no clash)
    assert result.actor1 is not None and not result.actor1.name.startswith("Unidentified Gang")
    assert result.actor2 is not None and result.actor2.name == "Civilians (Haiti)"


def test_police_who_kill_suspected_gang_members_in_a_shootout_keep_them_as_a_side(resolver):
    result = roles(resolver, "Police shot dead two suspected gang members in Cite Soleil.", "Attack", "Haiti")
    assert result.sub_event_type == "Armed clash"


def test_a_lynching_told_without_a_crowd_word_stays_mob_violence(resolver):
    result = roles(resolver, "Haiti: vigilantes lynch suspected gang members in Petion-Ville\n", "Mob violence", "Haiti")
    assert result.sub_event_type is None  # (not two armed groups fighting)
    assert result.actor2 is not None and result.actor2.name == "Civilians (Haiti)"


@pytest.mark.parametrize("opening", ["In a separate incident,", "Separately,", "Elsewhere,"])
def test_a_separate_incident_takes_no_actor_from_the_sentence_before(resolver, opening):
    text = f"Abu Sayyaf gunmen abducted two fishermen off Sulu on Monday. {opening} a bomb exploded at a market in Jolo."
    start = text.index(opening)
    result = roles(resolver, text, "Remote explosive/landmine/IED", "Philippines", start)
    assert result.actor1 is not None and result.actor1.name != "Abu Sayyaf Group"


def test_a_follow_up_sentence_still_takes_the_group_before(resolver):
    text = "Abu Sayyaf gunmen stormed a village on Jolo on Monday. A bomb they planted exploded at a market."
    start = text.index("A bomb")
    result = roles(resolver, text, "Remote explosive/landmine/IED", "Philippines", start)
    assert result.actor1 is not None and result.actor1.name == "Abu Sayyaf Group"


# ---------------------------------------------------------------- a patron named before the group that acted

@pytest.mark.parametrize(("text", "country", "actor1"), [
    ("Fighters of the al-Qaeda-linked JNIM attacked an army post near Djibo on Friday.", "Burkina Faso",
     "JNIM: Group for Support of Islam and Muslims"),
    ("Suspected militants from the al-Qaeda-affiliated Al Shabaab stormed a police station in Mandera.", "Kenya",
     "Al Shabaab"),
])
def test_a_patron_named_before_the_group_is_not_the_actor(resolver: ActorResolver, text: str, country: str,
                                                          actor1: str) -> None:
    assert roles(resolver, text, "Armed clash", country).actor1.name == actor1


@pytest.mark.parametrize("text", [
    "At least 14 people were killed when gunmen attacked the village on Monday night, residents told our correspondent.",
    "Gunmen killed four farmers in the village on Sunday, a local leader said to reporters.",
])
def test_the_reporter_a_source_speaks_to_is_no_party(resolver: ActorResolver, text: str) -> None:
    result = roles(resolver, text, "Attack", "Nigeria")
    assert not any("Journalists" in ref.name for ref in (*result.assoc_actor_1, *result.assoc_actor_2))


@pytest.mark.parametrize(("text", "sub", "country", "actor1"), [
    ("Hezbollah said it fired a salvo of rockets at an army position near the border.",
     "Shelling/artillery/missile attack", "Lebanon", "Hezbollah"),
    ("The Taliban said they attacked a police post in Kunduz on Monday.", "Armed clash", "Afghanistan", "Taliban"),
])
def test_a_side_telling_its_own_act_is_its_author(resolver: ActorResolver, text: str, sub: str, country: str,
                                                  actor1: str) -> None:
    assert roles(resolver, text, sub, country).actor1.name == actor1


def test_a_side_that_only_reports_is_not_the_author(resolver: ActorResolver) -> None:
    text = "Gunmen attacked a police post in Kunduz on Monday, the Taliban said."
    assert roles(resolver, text, "Armed clash", "Afghanistan").actor1.name.startswith("Unidentified")
