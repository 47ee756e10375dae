"""Events and kinds in new styles (issue 14, reader 8): second-hand references to an event already told are that
event, not new ones; protests in two countries are two events; a shooting at a crowd the police fired on is the
police's; an election result, a cyber attack and an NGO's summary are no events; a town captured is territory
taken; gangs fighting with guns clash. Stories written for these tests, through the whole pipeline; each rule
has its real event told in like words beside it, which must stay."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def events(pipeline: Pipeline, text: str, published: str = "2024-05-31", country: str | None = None):
    return read(pipeline, text, published=published, country=country).events


# --- A1: second-hand references ---------------------------------------------------------------------------------

@pytest.mark.parametrize("retelling", [
    "The attack came as separatists enforced a weekly lockdown in the region.",
    "The assault lasted several hours, officials said.",
])
def test_the_attack_named_again_in_a_short_text_is_the_same_event(pipeline: Pipeline, retelling: str) -> None:
    text = f"Gunmen killed four policemen at a checkpoint in Aba, Abia State, on Thursday, the police said. {retelling}"
    found = events(pipeline, text, country="Nigeria")
    assert len(found) == 1 and found[0].fatalities == 4


def test_another_attack_on_another_day_is_still_its_own_event(pipeline: Pipeline) -> None:
    text = ("Gunmen killed four policemen at a checkpoint in Aba, Abia State, on Thursday, the police said. "
            "On Friday, gunmen attacked a church in Umuahia, killing two worshippers.")
    assert len(events(pipeline, text, country="Nigeria")) == 2


def test_we_killed_soldiers_after_our_attack_is_that_attack(pipeline: Pipeline) -> None:
    text = ("Q: What happened near Gondar last week?\nA: On Tuesday our fighters attacked the ENDF camp near Gondar "
            "airport. We killed many soldiers. Then we withdrew to the hills.")
    assert len(events(pipeline, text, published="2024-04-20", country="Ethiopia")) == 1


def test_a_candidate_shot_at_his_rally_is_the_attack_told_before_not_a_protest(pipeline: Pipeline) -> None:
    text = ("OAXACA, Mexico (AP) - Gunmen killed a council candidate in the town of Iguala on Friday. Mario Lopez, "
            "the ruling party's candidate, was shot at his final campaign rally. His driver was also wounded.")
    found = events(pipeline, text, published="2024-05-25")
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert found[0].injuries == 1


def test_protesters_shot_at_a_rally_are_still_a_protest(pipeline: Pipeline) -> None:
    text = ("Gunmen killed a council candidate in the town of Iguala on Friday. Police later fired on protesters "
            "at a rally in the town square, wounding a student.")
    found = events(pipeline, text, published="2024-05-25", country="Mexico")
    assert "Protests" in [e.event_type for e in found]


# --- A2: protests in two countries ------------------------------------------------------------------------------

def test_a_sentence_that_opens_in_another_country_is_that_countrys_event(pipeline: Pipeline) -> None:
    text = ("The sister of a jailed blogger began a sit-in on Saturday outside the Home Office in London. In Cairo, "
            "about twenty relatives of detained students held a silent vigil outside the bar association; police "
            "broke it up and detained four men.")
    found = events(pipeline, text, published="2024-05-20")
    assert sorted(e.country for e in found) == ["Egypt", "United Kingdom"]
    cairo = next(e for e in found if e.country == "Egypt")
    assert cairo.location == "Cairo" and cairo.actor2 is not None and "Egypt" in cairo.actor2
    london = next(e for e in found if e.country == "United Kingdom")
    assert london.arrests is None and london.actor2 is None


def test_a_foreign_place_named_in_passing_is_still_no_event_place(pipeline: Pipeline) -> None:
    text = ("Police in Basra fired tear gas at hundreds of protesters on Monday. The protesters, some of whom had "
            "studied in Tehran, demanded jobs.")
    found = events(pipeline, text, published="2024-05-21", country="Iraq")
    assert [e.location for e in found] == ["Basrah"]


# --- A6: a shooting at a crowd the police fired on ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Finance protests: live\n10:15 GMT - Police in Kampala fired tear gas and live bullets at protesters who marched "
    "on parliament, witnesses say.\n10:50 GMT - A rights group says at least four people were shot dead near "
    "parliament.\n",
    "Police in Kampala fired tear gas and live bullets at protesters who marched on parliament on Tuesday. A rights "
    "group said at least four people were shot dead near parliament.",
])
def test_people_shot_where_police_fired_live_rounds_are_the_polices_toll(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text, published="2024-06-25", country="Uganda")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Excessive force against protesters", 4)]
    assert found[0].actor2 is not None and found[0].actor2.startswith("Police Forces of Uganda")


def test_gunmen_named_after_police_fired_are_another_event(pipeline: Pipeline) -> None:
    text = ("Police in Kampala fired tear gas and live bullets at protesters who marched on parliament on Tuesday. "
            "Gunmen on a motorbike shot dead two traders in a market in Kampala.")
    found = events(pipeline, text, published="2024-06-25", country="Uganda")
    assert sorted(e.sub_event_type for e in found) == ["Attack", "Excessive force against protesters"]


# --- A3/A4: no events -----------------------------------------------------------------------------------------------

def test_forming_a_government_after_an_election_is_no_event(pipeline: Pipeline) -> None:
    text = ("Election results: the governing alliance won 151 of 300 seats, and the prime minister will need two small "
            "parties to form a coalition government. Turnout was 61 percent.")
    assert events(pipeline, text, published="2024-06-05", country="India") == []


def test_a_clash_after_the_results_is_still_an_event(pipeline: Pipeline) -> None:
    text = ("The governing alliance won 151 of 300 seats and will need two small parties to form a coalition "
            "government. Supporters of the losing party clashed with police in Lucknow on Wednesday.")
    assert len(events(pipeline, text, published="2024-06-05", country="India")) == 1


def test_a_cyber_attack_is_no_event(pipeline: Pipeline) -> None:
    text = ("A cyber attack on Ghana's biggest mobile operator cut off payments for two days last week, the company "
            "said on Tuesday. A hacker group claimed responsibility.")
    assert events(pipeline, text, published="2024-02-08") == []


def test_an_attack_on_a_bank_by_gunmen_is_an_event(pipeline: Pipeline) -> None:
    text = "Gunmen attacked a bank in Kumasi on Tuesday, killing a guard, police said."
    assert len(events(pipeline, text, published="2024-02-08", country="Ghana")) == 1


def test_an_ngos_lead_that_sums_up_the_strikes_it_lists_is_no_event(pipeline: Pipeline) -> None:
    text = ("(Nairobi) - The army has carried out repeated unlawful air strikes on villages in Darfur, Amnesty "
            "International said today.\n- On 2 February 2024, a military jet bombed the village of Tawila, killing "
            "6 civilians.\n- On 19 February, an air strike hit a market in Kabkabiya, killing 3 people.\n")
    found = events(pipeline, text, published="2024-03-15", country="Sudan")
    assert sorted(str(e.event_date) for e in found) == ["2024-02-02", "2024-02-19"]


def test_an_ngos_lead_telling_one_strike_is_an_event(pipeline: Pipeline) -> None:
    text = ("(Nairobi) - The army carried out an air strike on the village of Tawila on Monday, killing 6 civilians, "
            "Amnesty International said today.")
    assert len(events(pipeline, text, published="2024-03-15", country="Sudan")) == 1


# --- A5/A7: territory taken, and a clash told beside "not known" ------------------------------------------------------

def test_a_township_captured_after_weeks_of_fighting_is_territory_taken(pipeline: Pipeline) -> None:
    text = ("The Ta'ang National Liberation Army said on Tuesday it had captured Namhsan township in Shan State after "
            "weeks of fighting with junta troops.")
    found = events(pipeline, text, published="2024-01-17", country="Myanmar")
    assert [e.sub_event_type for e in found] == ["Non-state actor overtakes territory"]


def test_fighting_over_a_township_with_nothing_taken_is_a_clash(pipeline: Pipeline) -> None:
    text = "Ta'ang National Liberation Army fighters clashed with junta troops in Namhsan township on Tuesday."
    found = events(pipeline, text, published="2024-01-17", country="Myanmar")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_a_clash_whose_casualties_were_not_known_still_happened(pipeline: Pipeline) -> None:
    text = ("Rebels abducted 12 traders from a lorry near Nekemte on Sunday, relatives said. Soldiers later clashed "
            "with the rebels in the area; casualties were not known.")
    found = events(pipeline, text, published="2024-07-09", country="Ethiopia")
    assert "Armed clash" in [e.sub_event_type for e in found]


def test_a_clash_that_did_not_happen_is_still_negated(pipeline: Pipeline) -> None:
    text = "Soldiers did not clash with the rebels near Nekemte on Sunday, the army said; the rebels had already left."
    assert events(pipeline, text, published="2024-07-09", country="Ethiopia") == []


# --- A8: gangs fighting with guns in a prison -------------------------------------------------------------------------

def test_a_riot_between_gangs_who_fought_with_guns_is_one_armed_clash(pipeline: Pipeline) -> None:
    text = ("MANAUS, Brazil - At least 19 inmates were killed in a riot between rival gangs at the Anisio Jobim prison "
            "in Manaus on Sunday, officials said. Members of the two gangs fought with guns and machetes for hours "
            "before guards regained control.")
    found = events(pipeline, text, published="2024-07-23")
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Armed clash", 19)]


def test_inmates_rioting_over_food_stay_a_riot(pipeline: Pipeline) -> None:
    text = ("MANAUS, Brazil - Inmates rioted at the Anisio Jobim prison in Manaus on Sunday over food rations, "
            "setting mattresses on fire and injuring two guards, officials said.")
    found = events(pipeline, text, published="2024-07-23")
    assert [e.event_type for e in found] == ["Riots"]
