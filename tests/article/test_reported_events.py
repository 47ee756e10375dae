"""Is the clause a report of an event that happened? Sentences written for these tests, through the whole
pipeline: a quoted account of an event, an idiom's negation, a "since" that dates another phrase or a
comparison, and "a burst of mob violence" are reports; rhetoric, scare quotes and negated events are not."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow


def run(pipeline: Pipeline, text: str, published: str = "2019-11-29"):
    from eventcoder.documents import document_from_dict

    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": published})])
    assert result.error is None, result.error
    return result


def assert_set_aside(result, reason: str) -> None:  # type: ignore[no-untyped-def]
    """The explanation lists an event word set aside for ``reason`` (a part of the reason's text)."""
    assert any(reason in d["reason"] for d in result.explanation["set_aside"]), result.explanation["set_aside"]


@pytest.mark.parametrize(("text", "place"), [
    ('"A roadside bomb exploded near a police patrol in Kirkuk on Monday," a police officer said.', "Kirkuk"),
    ('Reuters reported "After a quiet night, clashes between tribesmen and the army erupted in Marib on Monday.',
     "Ma'rib"),
])
def test_a_quoted_account_of_an_event_is_an_event(pipeline: Pipeline, text: str, place: str) -> None:
    result = run(pipeline, text)
    assert [e.location for e in result.events] == [place]


@pytest.mark.parametrize("text", [
    '"They will arrest us all in Baghdad," a lawmaker said on Monday.',
    'A newspaper investigation from Basra has discredited the theory that the fire was a "terrorist attack."',
])
def test_rhetoric_and_scare_quotes_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text).events == []


def test_not_the_first_time_denies_first_not_the_event(pipeline: Pipeline) -> None:
    told = run(pipeline, "It was not the first time militants attacked the army base in Khost, officials said.")
    assert [e.event_type for e in told.events] == ["Battles"]
    denied = run(pipeline, "Militants did not attack the army base in Khost, officials said on Monday.")
    assert denied.events == []
    assert any(d["reason"] == "negated" for d in denied.explanation["set_aside"])


def test_a_since_in_a_participle_phrase_dates_that_phrase_not_the_killing(pipeline: Pipeline) -> None:
    result = run(pipeline, "Two students were killed in Srinagar when troops fired at people protesting against "
                           "the arrests made since May 3.")
    assert result.events and not result.aggregates
    assert max(e.fatalities for e in result.events) == 2


def test_the_first_time_since_is_a_comparison_not_a_period(pipeline: Pipeline) -> None:
    result = run(pipeline, "Rebels launched two attacks on army positions at the village of Kafr Nabl, marking the "
                           "first time since early March that they have tried to advance.", published="2019-11-29")
    assert [e.location for e in result.events] == ["Kafranbel"]  # (the gazetteer's name for it)
    assert all(e.event_date.month != 3 for e in result.events)


def test_a_burst_of_mob_violence_that_killed_is_an_event(pipeline: Pipeline) -> None:
    result = run(pipeline, "A burst of mob violence in Monrovia last week killed 18 people, the U.N. envoy said.")
    assert [(e.sub_event_type, e.fatalities) for e in result.events] == [("Mob violence", 18)]


def test_a_shooting_that_occurred_is_an_event(pipeline: Pipeline) -> None:
    result = run(pipeline, "An official said Saturday's shooting occurred in the town of Nalchik.")
    assert [e.sub_event_type for e in result.events] == ["Attack"]
    assert run(pipeline, "A shooting competition took place in Lagos on Sunday.").events == []


def test_a_period_summary_is_set_aside_by_the_claims_stage_with_its_reason(pipeline: Pipeline) -> None:
    result = run(pipeline, "Since October 2019, many people flooded the streets of Baghdad.")
    assert result.events == []
    assert [d["stage"] for d in result.explanation["set_aside"]] == ["claims"]


def test_what_people_urge_to_stop_is_going_on_but_what_they_urge_to_start_is_not(pipeline: Pipeline) -> None:
    going_on = run(pipeline, "The council of Kafranbel urged Russia to stop the air strikes that have hit the town "
                             "for three days.")
    assert [e.sub_event_type for e in going_on.events] == ["Air/drone strike"]
    wished = run(pipeline, "Residents urged the army to launch air strikes on the rebels in Kafranbel.")
    assert wished.events == []
    assert_set_aside(wished, "under 'urge'")


def test_a_quotation_closed_by_doubled_single_quotes_ends_there(pipeline: Pipeline) -> None:
    text = ("lucknow: \u201cstringent action will be taken against those fomenting trouble,\u2019\u2019 the minister "
            "said on tuesday. the police have rounded up 40 activists headed for ayodhya.")
    result = run(pipeline, text)
    assert [e.sub_event_type for e in result.events] == ["Arrests"]


def test_typed_quotation_marks_open_and_close_once(pipeline: Pipeline) -> None:
    # a backtick pair opens, and a closing mark typed as four apostrophes is one mark, not a close and a reopen
    text = ("mumbai: ``we will not allow any procession in the city,'''' the commissioner said on thursday. "
            "the police arrested 12 activists in thane on friday.")
    result = run(pipeline, text)
    assert [e.sub_event_type for e in result.events] == ["Arrests"]


@pytest.mark.parametrize(("text", "reason"), [
    ("The minister said it was the government's responsibility to apprehend the men in Lucknow.",
     "under 'responsibility'"),
    ("Senior leaders are likely to be arrested in Lucknow on Friday, officials said.", "under 'likely'"),
    ("ayodhya: curfew has been re-imposed with specific orders to arrest anyone violating it.",
     "a plan, demand or threat"),
    ("ayodhya: instructions have been passed to detain or deport members of the samiti on their way.",
     "a plan, demand or threat"),
    ("gorakhpur: a message has been faxed to the magistrates to detain the mahant on his way.", "as a purpose"),
])
def test_arrests_meant_ordered_or_likely_are_not_made(pipeline: Pipeline, text: str, reason: str) -> None:
    result = run(pipeline, text)
    assert not any(e.sub_event_type == "Arrests" for e in result.events)
    assert_set_aside(result, reason)


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("The Taliban claimed responsibility for the attack on a police post in Ghazni on Monday.", "Armed clash"),
    ("On orders from the governor, police moved in to disperse the crowd in Thane on Friday.",
     "Protest with intervention"),
    ("Police acted swiftly to arrest a local activist in Thane on Friday.", "Arrests"),
    ("Reports said police arrested 12 activists in Kolkata on Friday.", "Arrests"),
])
def test_events_done_beside_those_words_stay_events(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in run(pipeline, text).events] == [sub_event_type]


def test_a_denied_report_is_no_event(pipeline: Pipeline) -> None:
    denied = run(pipeline, "There were reports from Kolkata that some militants had been arrested, but the reports were "
                           "quickly denied by the government.")
    assert denied.events == []
    assert_set_aside(denied, "denied")


@pytest.mark.parametrize("text", [
    "Three teenagers were killed in Anantnag when paramilitary troops fired at protesters.",
    "Three teenagers were killed in Anantnag when paramilitary troops shot at a group of people protesting.",
])
def test_deaths_from_force_on_a_crowd_are_the_crowds_one_event(pipeline: Pipeline, text: str) -> None:
    result = run(pipeline, text)
    assert [(e.sub_event_type, e.fatalities) for e in result.events] == [("Excessive force against protesters", 3)]


@pytest.mark.parametrize(("text", "reason"), [
    ("Making a scathing attack on the government, the opposition leader said the communal forces were gaining "
     "ground in Hyderabad on Sunday.", "an attack in words"),
    ("Attacking opposition parties on the issue, the prime minister said the event in Ayodhya passed off peacefully.",
     "an attack in words"),
    ("The minister had a tough time in Delhi as he was mobbed by over 50 cameramen who wanted him to pose.",
     "admirers or the press"),
    ("The police claimed that the two men have confessed to killing a bureaucrat's son in Ghaziabad.", "confession"),
])
def test_figures_of_political_news_are_no_events(pipeline: Pipeline, text: str, reason: str) -> None:
    result = run(pipeline, text)
    assert result.events == []
    assert_set_aside(result, reason)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a government convoy in Kupwara on Monday, killing two soldiers.",
    "Rebels launched an attack on government forces in Idlib on Monday.",
    "A mob attacked the police station in Godhra on Monday.",
])
def test_attacks_on_the_states_forces_and_buildings_are_events(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text).events


@pytest.mark.parametrize("text", [
    "The police have named 12 party members in Padra under charges of attempt to murder, dacoity and arson.",
    "Two men were charged with rioting and arson in Thane on Friday.",
])
def test_what_someone_is_charged_with_is_no_event(pipeline: Pipeline, text: str) -> None:
    result = run(pipeline, text)
    assert not any(e.event_type in {"Riots", "Strategic developments", "Violence against civilians"}
                   for e in result.events)
    assert_set_aside(result, "charged with")


def test_a_baton_charge_is_not_a_legal_charge(pipeline: Pipeline) -> None:
    result = run(pipeline, "Police charged at the crowd with batons in Thane on Friday.")
    assert [e.sub_event_type for e in result.events] == ["Protest with intervention"]


def test_gunmen_suspected_to_be_a_group_still_killed(pipeline: Pipeline) -> None:
    result = run(pipeline, "Gunmen suspected to be herdsmen have killed 19 people in villages of Agatu in Benue State.")
    assert [(e.sub_event_type, e.fatalities) for e in result.events] == [("Attack", 19)]


def test_doubled_apostrophes_written_onto_a_word_close_nothing_open(pipeline: Pipeline) -> None:
    text = ("jammu: the governor said the imposition of the disturbed areas'' act had been opposed. pilgrims tried to "
            "set fire to an ambulance. the police escorting the vehicle fired into the air and dispersed the mob.")
    result = run(pipeline, text)
    assert any(e.actor2 and e.actor2.startswith("Police Forces") for e in result.events)


def test_what_a_place_is_describes_it_and_reports_no_event(pipeline: Pipeline) -> None:
    result = run(pipeline, "Ayodhya is a target of terrorist groups, officials said on Monday.")
    assert result.events == []
    assert_set_aside(result, "a description")
    told = run(pipeline, "The attack was a massacre of villagers in Kupwara on Monday.")
    assert [e.sub_event_type for e in told.events] == ["Attack"]


def test_a_robbery_that_kills_an_office_holder_is_political(pipeline) -> None:
    from eventcoder.documents import document_from_dict

    text = "Former Moyale MP Philip Godana was shot dead during a robbery at his home in Syokimau on Sunday."
    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": "2019-03-04",
                                                      "country": "Kenya"})])
    assert [e.sub_event_type for e in result.events] == ["Attack"]
    text = "A shopkeeper was shot dead during a robbery at his home in Syokimau on Sunday."
    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": "2019-03-04",
                                                      "country": "Kenya"})])
    assert result.events == []


def test_a_claim_of_the_attack_is_no_second_attack(pipeline: Pipeline) -> None:
    text = ("OUAGADOUGOU (Reuters) - Gunmen killed 26 soldiers in an attack on an army post near Barsalogho on "
            "Saturday. JNIM claimed the attack on Sunday.")
    found = run(pipeline, text, "2024-08-26").events
    assert [(e.sub_event_type, e.actor1) for e in found] == [
        ("Armed clash", "JNIM: Group for Support of Islam and Muslims")]


def test_a_guided_bomb_strike_is_an_air_strike(pipeline: Pipeline) -> None:
    text = "KHARKIV, Ukraine (Reuters) - A Russian guided bomb strike on Kharkiv killed seven people on Sunday."
    (event,) = run(pipeline, text, "2024-05-27").events
    assert event.sub_event_type == "Air/drone strike" and event.fatalities == 7


def test_years_of_killings_and_nationwide_arrests_are_tallies(pipeline: Pipeline) -> None:
    text = ("GUSAU, Nigeria (Reuters) - Armed bandits killed 23 people in an attack on Kadawa village in Zamfara "
            "state on Sunday night, police said.\nBandits have killed thousands of people in northwest Nigeria in "
            "recent years.")
    result = run(pipeline, text, "2024-03-18")
    assert [e.fatalities for e in result.events] == [23]
    assert [a.figure for a in result.aggregates] == [1000]
    text = ("PARIS (Reuters) - Protesters set fire to rubbish bins in Paris on Thursday. The interior minister "
            "said 457 people were arrested nationwide and 441 police officers injured.")
    result = run(pipeline, text, "2023-03-24")
    assert all(not e.arrests for e in result.events)
    assert sorted(a.figure for a in result.aggregates) == [441, 457]


def test_across_reporters_the_lowest_figure_is_the_events(pipeline: Pipeline) -> None:
    text = ("MAIDUGURI, Nigeria (AFP) - ISWAP fighters attacked a military base in Malam Fatori on Wednesday, "
            "killing at least five soldiers, two security sources told AFP. ISWAP, in a claim posted on Telegram, "
            "said it had killed 12 soldiers in the attack on the base.")
    (event,) = run(pipeline, text, "2024-05-16").events
    assert event.fatalities == 5


def test_deaths_from_fire_on_a_crowd_storming_a_building_are_the_crowds_event(pipeline: Pipeline) -> None:
    text = ("NAIROBI, Kenya (AP) - Kenyan police opened fire on protesters who stormed parliament in Nairobi on "
            "Tuesday as lawmakers passed a finance bill, killing at least five people, according to a coalition "
            "of civil society groups including Amnesty International Kenya.")
    found = run(pipeline, text, "2024-06-26").events
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Violent demonstration", 5)]
    assert (found[0].actor2 or "").startswith("Police Forces of Kenya")


def test_a_side_named_as_attacker_and_blamed_does_not_fight_itself(pipeline: Pipeline) -> None:
    text = ("BOGOTA, Jan 14 (Reuters) - Two Colombian soldiers were killed on Monday when an explosives-laden drone "
            "hit a military base in Tame, the army said, blaming the National Liberation Army (ELN) guerrilla group.")
    for event in run(pipeline, text, "2025-01-14").events:
        assert event.actor1 != event.actor2


@pytest.mark.parametrize("text", [
    "Gunmen kill 12 in Celaya bar\nMEXICO CITY (AP) - Gunmen opened fire on a bar in Celaya on Sunday, killing 12.",
    "Militants ambush patrol\nSRINAGAR, March 5 - Militants ambushed an army patrol in Poonch, killing two soldiers.",
])
def test_notes_leave_the_dateline_out(pipeline: Pipeline, text: str) -> None:
    (event,) = run(pipeline, text, "2024-03-05").events
    assert event.notes.startswith(("Gunmen opened fire", "Militants ambushed"))


def test_the_rebels_are_the_group_named_before(pipeline: Pipeline) -> None:
    text = ("GOMA, Congo - M23 rebels on Tuesday took control of Rubaya, a mining town in North Kivu, after two days "
            "of fighting with the Congolese army.\nFighting around Rubaya began on Sunday, when the rebels attacked "
            "army positions in the hills above the town.")
    assert [e.actor1 for e in run(pipeline, text, "2024-04-30").events] == ["M23: March 23 Movement"] * 2


def test_arrested_protesters_are_counted_with_the_protest_not_the_killing_told_last(pipeline: Pipeline) -> None:
    text = ("ISLAMABAD (Reuters) - Thousands of supporters of a jailed former prime minister clashed with police in "
            "Islamabad on Tuesday, with police firing tear gas and protesters throwing stones. The government said "
            "four paramilitary Rangers were killed on Monday night when a vehicle ran into them on the highway.\n"
            "Police said nearly 1,000 protesters were arrested.")
    found = run(pipeline, text, "2024-11-27").events
    riot = [e for e in found if e.event_type == "Riots"]
    assert riot and riot[0].arrests == 1000
    assert all(not e.arrests for e in found if e.event_type != "Riots")


@pytest.mark.parametrize(("text", "expected"), [
    # help or an inquiry announced, an official's visit: no group changes its activity
    ("The government ordered an inquiry and announced compensation for the families of the dead in Dhaka.", []),
    ("The interior minister visited Dhaka on Thursday.", []),
    # forces arriving and a curfew announced are changes of activity
    ("Army reinforcements arrived in Dhaka on Thursday.", ["Change to group/activity"]),
])
def test_announced_help_and_official_visits_change_no_activity(pipeline: Pipeline, text: str,
                                                                expected: list[str]) -> None:
    assert [e.sub_event_type for e in run(pipeline, text).events] == expected


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # a crowd's size is no year ("nearly 2000" workers did not march in 2000)
    ("On 6 May 2020, nearly 1900 workers held a protest in Guntur demanding their unpaid wages.", "Peaceful protest"),
    ("On 6 May 2020, more than 2000 farmers held a protest in Nashik against low onion prices.", "Peaceful protest"),
    # years ago in an aside about a company dates the company, not the protest
    ("On 9 May 2020, workers of a steel plant, which closed down a few years ago, held a protest in Arak against "
     "their unemployment.", "Peaceful protest"),
    # a group claiming an attack with a place of its own tells the attack
    ("On 5 May 2020, insurgents claimed an attack on a police post in Mocimboa da Praia.", None),
    # an under-vehicle IED is a planted bomb, not an accident
    ("On 2 May 2020, a UVIED attached to the car of a district commissioner exploded in Mogadishu.",
     "Remote explosive/landmine/IED"),
    # arsonists are a party to property destruction
    ("On 30 April 2020, unidentified arsonists set fire to two vans of a delivery company in Patras.",
     "Looting/property destruction"),
])
def test_a_note_reporting_an_event_gives_it(pipeline: Pipeline, text: str, sub_event_type: str | None) -> None:
    result = run(pipeline, text, published="2020-05-12")
    assert result.events, result.explanation["set_aside"]
    if sub_event_type is not None:
        assert [e.sub_event_type for e in result.events] == [sub_event_type]


def test_years_ago_that_date_the_event_still_make_history(pipeline: Pipeline) -> None:
    result = run(pipeline, "Thirty years ago, police fired on protesters in the town, killing 12.", published="2020-05-12")
    assert result.events == []
    assert_set_aside(result, "history")


def test_a_shooting_after_a_road_accident_is_no_accident(pipeline: Pipeline) -> None:
    from eventcoder.documents import document_from_dict

    (result,) = pipeline.process([document_from_dict({
        "id": "t", "text": "On 9 May 2020, a gendarme shot and killed a motorbike taxi driver in Bafoussam after a "
                           "road accident.", "published": "2020-05-12", "country": "Cameroon"})])
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in result.events] == [
        ("Attack", "Military Forces of Cameroon (1982-) Gendarmerie", 1)]  # (the branch named: stop 22)


@pytest.mark.parametrize("text", [
    "On 5 May 2020, government forces claimed to have thwarted an attack of Houthi fighters in the Tuwarsah front.",
    "On 9 May 2020, government forces said they repelled attacks of Houthi fighters on their positions in Hays.",
])
def test_an_attack_fought_off_is_a_clash(pipeline: Pipeline, text: str) -> None:
    result = run(pipeline, text, published="2020-05-12")
    assert [e.sub_event_type for e in result.events] == ["Armed clash"], result.explanation["set_aside"]


def test_a_dated_killing_in_a_relative_clause_under_a_demand_happened(pipeline: Pipeline) -> None:
    result = run(pipeline, "The union demanded the arrest of the gunmen who killed two workers in Bankura on Monday.",
                 published="2020-05-12")
    assert [(e.sub_event_type, e.fatalities) for e in result.events] == [("Attack", 2)]


def test_an_undated_relative_clause_under_a_demand_stays_a_demand(pipeline: Pipeline) -> None:
    result = run(pipeline, "The union demanded the arrest of those who killed protesters.", published="2020-05-12")
    assert not any(e.event_type == "Violence against civilians" for e in result.events)
    assert_set_aside(result, "under 'demand'")


def test_fire_across_the_border_is_placed_where_it_landed(pipeline: Pipeline) -> None:
    from reading import read

    result = read(pipeline, (
        "An Israeli drone strike hit a car in the town of Bint Jbeil in south Lebanon on Tuesday, killing two people. "
        "Earlier in the day, Hezbollah said it fired rockets at an Israeli army position in Metula."),
        published="2026-03-04", country="Lebanon")
    assert sorted((e.country, e.location, e.actor1) for e in result.events) == [
        ("Israel", "Metula", "Hezbollah"), ("Lebanon", "Bent Jbail", "Military Forces of Israel (2022-)")]
