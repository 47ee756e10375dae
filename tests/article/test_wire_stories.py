"""Wire stories, written for these tests: background tallies over a year or a whole campaign, the habitual
present that describes a region, harm retold after the scene, the country of an ambiguous city, and the
first word after a dateline. The story's own event keeps its own figures; background makes no event."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from eventcoder.quantities import is_aggregate

pytestmark = pytest.mark.slow


def extract(pipeline: Pipeline, text: str, country: str = "Nigeria"):
    from eventcoder.documents import document_from_dict

    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": "2024-05-09",
                                                      "country": country})])
    assert result.error is None, result.error
    return result.events, result.aggregates


@pytest.mark.parametrize("sentence", [
    "More than 800 people were killed in militia raids in the region last year, a rights group said.",
    "In 2022, soldiers killed 312 suspected rebels in the province, the army said.",
    "At least 640 people died in militant attacks in the first six months, a think tank said.",
    "The rebellion, which began in 2012, has killed more than 20,000 people.",
    "The conflict has claimed more than 4,000 lives.",
])
def test_a_year_or_a_campaign_makes_a_tally(sentence: str) -> None:
    assert is_aggregate(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "On 3 May 2024, gunmen killed 4 farmers in the village.",
    "Five people were killed in 2 attacks on Tuesday, police said.",
    "The fighting killed 12 people on Sunday.",
])
def test_a_day_is_not_a_tally(sentence: str) -> None:
    assert is_aggregate(sentence) is None


@pytest.mark.parametrize("sentence", [
    "Officials said 64 people have died in police firing in the state over the last four days.",
    "Troops have shot dead 35 looters during the past three days, the governor said.",
    "Hospitals received 210 bodies after six days of violence in the port city.",
])
def test_several_days_with_a_large_figure_make_a_tally(sentence: str) -> None:
    assert is_aggregate(sentence) is not None


def test_two_deaths_over_two_days_may_be_one_event() -> None:
    assert is_aggregate("Two people were killed in clashes over the past two days.") is None


def test_a_days_long_tally_keeps_who_inflicted_it_and_its_period(pipeline: Pipeline) -> None:
    events, aggregates = extract(pipeline, (
        "Officials said 64 people have died in police firing while 1,800 have been arrested across the state "
        "over the last four days."), country="India")
    assert events == [], "a statewide tally of four days is not one event"
    assert sorted((a.measure, a.figure, a.actor1, a.period_start) for a in aggregates) == [
        ("arrests", 1800, "Police Forces of India (2014-)", "2024-05-05"),
        ("fatalities", 64, "Police Forces of India (2014-)", "2024-05-05")]


def test_a_crowds_deaths_at_the_hands_of_the_police_are_the_polices(pipeline: Pipeline) -> None:
    _, aggregates = extract(pipeline, "Police have shot dead 41 rioters over the past three days.", country="India")
    assert [(a.figure, a.actor1) for a in aggregates] == [(41, "Police Forces of India (2014-)")]


def test_a_tally_whose_killer_goes_unnamed_has_no_perpetrator(pipeline: Pipeline) -> None:
    _, aggregates = extract(pipeline, "More than 300 people have been killed in the state since March 1, officials said.",
                            country="India")
    assert [(a.figure, a.actor1) for a in aggregates] == [(300, None)]


def test_a_campaign_tally_is_an_aggregate_not_the_bombing_figure(pipeline: Pipeline) -> None:
    events, aggregates = extract(pipeline, (
        "A suicide bomber blew herself up at a busy market in Bama on Saturday, killing five people and "
        "wounding 14 others, an emergency official said.\n\n"
        "The insurgency, which began in 2009, has killed more than 30,000 people in the northeast."))
    assert [e.fatalities for e in events] == [5]
    assert [a.figure for a in aggregates] == [30000]


def test_last_years_toll_is_no_event_of_this_story(pipeline: Pipeline) -> None:
    events, aggregates = extract(pipeline, (
        "Gunmen on motorcycles killed 9 villagers in Tsafe on Monday, police said.\n\n"
        "More than 900 people were killed in bandit attacks in the state last year, according to a rights group."))
    assert [(e.location, e.fatalities) for e in events] == [("Tsafe", 9)]
    assert [a.figure for a in aggregates] == [900]


def test_the_habitual_present_describes_a_region_not_an_event(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, (
        "GUSAU, Nigeria (AP) \u2014 Gunmen killed 6 traders near Tsafe on Monday, police said.\n\n"
        "In Zamfara, armed gangs known as bandits raid villages, kill residents and kidnap travellers "
        "for ransom."))
    assert [(e.location, e.fatalities) for e in events] == [("Tsafe", 6)]


def test_martyred_policemen_are_deaths(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, "Militants attacked a police post in Tank on Monday night. At least seven "
                                  "policemen were martyred and four others injured, officials said.", "Pakistan")
    assert [(e.fatalities, e.injuries) for e in events] == [(7, 4)]


def test_a_dated_sentence_loses_only_its_years_tally() -> None:
    from eventcoder.quantities import tally_scopes

    sentence = "Gunmen killed 12 people on Monday; in 2023, gunmen killed 640 people in the state."
    scopes = tally_scopes(sentence, dated=True)
    inside = lambda figure: any(s.start <= sentence.index(figure) < s.end for s in scopes)  # noqa: E731
    assert inside("640") and not inside("12 people")


def test_one_killing_in_a_sentence_naming_an_old_year_is_no_tally() -> None:
    assert is_aggregate("A scholar who spoke at a rally in 2012 has been killed by gunmen in Karachi.") is None


def test_a_coders_note_in_the_present_keeps_its_event(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, "On 3 May 2024, villagers of two communities near Tsafe engaged in a fight "
                                  "where they throw stones at each other.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_the_nationality_of_the_forces_picks_the_country_of_an_ambiguous_city(pipeline: Pipeline) -> None:
    from eventcoder.documents import document_from_dict

    text = ("SANTIAGO, May 2 (Reuters) - Chilean police fired tear gas at thousands of students marching through "
            "Santiago on Thursday, and Chilean officials said 20 people were arrested.\n\n"
            "Santiago has seen repeated marches over tuition fees this year.")
    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": "2024-05-03"})])
    assert {(e.country, e.location) for e in result.events} == {("Chile", "Santiago")}


def test_people_hurt_with_nobody_named_are_the_harm_of_the_scene_just_told(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, (
        "KANO, Nigeria (AP) \u2014 Police fired tear gas at stone-throwing protesters in Kano on Thursday.\n\n"
        "A police spokesman said six police officers were injured. Several protesters were hurt by rubber "
        "bullets, witnesses said."))
    assert [(e.location, e.injuries) for e in events] == [("Kano", 6)]


@pytest.mark.parametrize("sentence", [
    "The group has been fighting for more than 15 years to topple the government in Mogadishu.",
    "Rebels have attacked army posts in the region over several years.",
    "The group has carried out numerous attacks on the minority in the area in the past.",
    "The group has carried out many bombings on the main road.",
])
def test_a_campaign_over_years_is_background(pipeline: Pipeline, sentence: str) -> None:
    events, _ = extract(pipeline, "MOGADISHU, May 8 (Reuters) - Militants attacked an army base in Jowhar on "
                                  "Tuesday, killing four soldiers, the army said.\n\n" + sentence, "Somalia")
    assert [e.fatalities for e in events] == [4]


def test_a_crowd_named_right_after_the_dateline_is_a_crowd(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, "LAGOS, May 8 (Reuters) - Protesters set fire to a bus station and looted shops in "
                                  "Ikeja on Tuesday night over a rise in fuel prices.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Violent demonstration", "Ikeja")]


def test_the_attack_told_again_by_its_subject_is_one_event(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, (
        "MOGADISHU, May 8 (Reuters) - Militants detonated a car bomb and stormed a hotel in Kismayo on Tuesday, "
        "killing at least 12 people, police said.\n\n"
        "The attack on the Palm hotel, a meeting place for local officials, began when a suicide bomber blew "
        "himself up at the gate, a police officer told reporters."), "Somalia")
    assert len(events) == 1 and events[0].fatalities == 12


def test_an_operation_is_the_setting_of_the_killing_it_reports(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, "In a separate operation on Monday, the army said it had killed more than 30 "
                                  "militants in the Lower Shabelle region.", "Somalia")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 30)]


def test_reporters_joined_by_and_are_not_the_victims(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, "Shells struck a market near Goma on Friday, killing seven people, the army and "
                                  "aid workers said.", "Democratic Republic of Congo")
    assert [e.actor2 for e in events] == ["Civilians (Democratic Republic of Congo)"]


def test_fighting_that_people_have_fled_describes_them(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, (
        "GOMA, May 5 (Reuters) - Shells struck a camp for displaced people near Goma on Friday, killing seven, "
        "aid workers said.\n\n"
        "The camp shelters thousands of people who have fled fighting between the army and rebels in the province."),
        "Democratic Republic of Congo")
    assert len(events) == 1 and events[0].fatalities == 7


def test_a_court_story_retelling_an_old_shooting_gives_no_event(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, (
        "ABUJA \u2014 A court in Abuja on Tuesday jailed four police officers for their role in the shooting of "
        "students at a campus gate in March 2019.\n\n"
        "Prosecutors had told the court that the officers fired live rounds at unarmed demonstrators who had "
        "gathered at the gate to protest against fee increases.\n\n"
        "Lawyers for the officers said they would appeal."))
    assert events == []


def test_a_risen_toll_is_a_tally_and_a_high_toll_is_the_events_own(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, "With the recovery of two more bodies last night, the death toll in the violence "
                                  "has risen to eight in the city, police added.")
    assert events == []
    events, _ = extract(pipeline, "On 3 May 2024, the army's offensive near Damboa resulted in a high death toll for "
                                  "the insurgents, who lost about 40 fighters while storming the base.")
    assert [e.event_type for e in events] == ["Battles"]


@pytest.mark.parametrize("told", ["police said on Friday", "security sources told AFP on Friday",
                                  "the army said in a statement on Friday"])
def test_the_day_a_statement_was_made_does_not_date_the_event(pipeline: Pipeline, told: str) -> None:
    events, _ = extract(pipeline, f"Gunmen killed five farmers near Tsafe on Tuesday, {told}.\n\n"
                                  "Two soldiers were also killed in the attack, officials said.")
    assert {e.event_date.isoformat() for e in events} == {"2024-05-07"}


def test_an_official_named_before_said_is_a_reporter_not_a_victim(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, "Russian shelling killed three civilians and wounded six in the southern Ukrainian "
                                  "city of Kherson on Monday, regional governor Oleksandr Petrenko said.", "Ukraine")
    assert [e.actor2 for e in events] == ["Civilians (Ukraine)"]


def test_fire_exchanged_with_a_state_force_names_the_force_first(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, "On 3 May 2024, gunmen exchanged fire with soldiers near Tsafe; two gunmen were "
                                  "killed.")
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Nigeria (2023-)",
                                                       "Unidentified Armed Group (Nigeria)")]


def test_a_retelling_that_names_the_town_places_the_event_told_before(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, (
        "MEXICO CITY (Reuters) - Gunmen burst into a bar in the central Mexican state of Guanajuato late on "
        "Saturday and opened fire, killing 9 people, state prosecutors said.\n\n"
        "The attack took place in the city of Celaya, the state attorney general's office said."), "Mexico")
    assert [(e.admin1, e.location, e.fatalities) for e in events] == [("Guanajuato", "Celaya", 9)]


def test_a_suspect_beaten_up_by_locals_is_mob_violence_not_an_abduction(pipeline: Pipeline) -> None:
    events, _ = extract(pipeline, "On 3 May 2024, a man suspected of kidnapping a child was beaten up by locals in "
                                  "Ikeja.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Mob violence", "Rioters (Nigeria)")]
