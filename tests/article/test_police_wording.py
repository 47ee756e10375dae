"""South Asian and wire journalism about the police, written for these tests: who fired, who is only
a place name or a finder, and which arrests were only asked for, ordered or feared."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow


def events(pipeline: Pipeline, text: str, country: str = "India"):
    from eventcoder.documents import document_from_dict

    (result,) = pipeline.process([document_from_dict({"id": "t", "text": text, "published": "2002-03-06",
                                                      "country": country})])
    assert result.error is None, result.error
    return result.events


@pytest.mark.parametrize("text", [
    "One person was killed in police firing in Dahod on Tuesday.",
    "A 19-year-old youth perished in police firing in Ahmedabad on Tuesday.",
    "Two villagers died in army firing near the bridge in Srinagar on Monday.",
])
def test_killed_in_police_firing_names_the_force_as_the_attacker(pipeline: Pipeline, text: str) -> None:
    (event,) = events(pipeline, text)
    assert event.sub_event_type == "Attack"
    assert event.actor1 is not None and event.actor1.startswith(("Police Forces of India", "Military Forces of India"))
    assert event.actor2 == "Civilians (India)"
    assert event.fatalities >= 1


def test_protesters_killed_in_police_firing_are_excessive_force(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Two protesters died in police firing near the bridge in Srinagar on Monday.")
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of India")


def test_a_force_in_the_sentence_before_is_not_the_attacker(pipeline: Pipeline) -> None:
    text = ("The Danapur police have not been able to trace the named kidnappers. "
            "Two men were stabbed to death in Bikram on Friday night.")
    (event,) = [e for e in events(pipeline, text) if e.sub_event_type == "Attack"]
    assert event.actor1 is not None and not event.actor1.startswith("Police Forces")


def test_a_police_station_named_as_a_district_is_not_an_actor(pipeline: Pipeline) -> None:
    text = "A youth was shot at by four miscreants near the park under the Dashaswamedh police station on Saturday."
    (event,) = events(pipeline, text)
    assert event.actor1 == "Unidentified Armed Group (India)"


def test_an_attacked_police_station_keeps_its_police(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Gunmen attacked a police station in Baidoa on Sunday, killing two policemen.",
                      country="Somalia")
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Somalia")


@pytest.mark.parametrize("text", [
    "A senior district officer said that if the organisers did not agree, the district would have no alternative "
    "than to arrest them in Faizabad.",
    "Policemen patrolling the platforms of Bhagalpur station have been ordered to arrest all suspicious passengers.",
    "Party workers in Rajkot are now apprehending a complete alienation of their supporters.",
    "After a fortnight of virtual house arrest, residents of Ayodhya heaved a sigh of relief on Sunday.",
])
def test_arrests_asked_for_ordered_or_feared_are_not_arrests(pipeline: Pipeline, text: str) -> None:
    assert not any(e.sub_event_type == "Arrests" for e in events(pipeline, text))


def test_an_ordered_curfew_is_still_an_event(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "On 11 March 2020, authorities ordered the closure of Najaf province amid the outbreak.",
                      country="Iraq")
    assert event.sub_event_type == "Change to group/activity"


def test_a_road_mishap_is_not_political_violence(pipeline: Pipeline) -> None:
    text = ("Two killed in mishap: two persons were killed and 10 others injured when a maxi-taxi carrying them "
            "turned turtle in Bikram on Thursday.")
    assert events(pipeline, text) == []


def test_arresting_a_trend_is_not_an_arrest(pipeline: Pipeline) -> None:
    text = "In Surat, three columns of the army helped to arrest the fast deteriorating situation on Sunday."
    assert not any(e.sub_event_type == "Arrests" for e in events(pipeline, text))


def test_a_killing_told_later_with_its_own_actor_keeps_its_figures(pipeline: Pipeline) -> None:
    text = ("Rioters torched shops in Ahmedabad on Monday. The opposition blamed the state government for the "
            "delay in calling in the army, and its leaders said the administration had lost the trust of both "
            "communities in the walled city. The chief minister said the army would stay in the city until the "
            "end of the month and that schools would remain closed, while the municipal corporation began to clear "
            "the debris from the main markets and the railway station reopened its ticket counters. Traders in the "
            "old city said their losses would run into crores and asked the state for compensation and cheap "
            "loans, and the chamber of commerce asked for a special package for small shopkeepers whose stock had "
            "been destroyed. Relief camps set up in schools and community halls housed more than two thousand "
            "people, and volunteers from several charities distributed food and medicines through the day. "
            "Doctors at the civil hospital said they had enough blood and medicines for the coming week, and the "
            "collector appealed to residents to stay indoors after dark and to report rumours to the control room. "
            "One person was killed and six others injured in Ahmedabad on Tuesday night when the police fired to "
            "disperse a mob pelting stones.")
    assert len(text) > 1200  # an article: a short report's sentences all tell its one event
    police = [e for e in events(pipeline, text) if e.actor1 and e.actor1.startswith("Police Forces")]
    assert [(e.fatalities, e.injuries) for e in police] == [(1, 6)]


def test_figures_in_related_stories_furniture_are_not_the_storys(pipeline: Pipeline) -> None:
    text = ("Shops torched in Ahmedabad\n\nahmedabad: rioters torched shops in the walled city on Monday, police said. "
            "The army was called in. Related stories: 12 killed in Vadodara, police firing in Surat\n\n"
            "Facebook Twitter Linkedin Mail")
    assert all(e.fatalities == 0 for e in events(pipeline, text))


@pytest.mark.parametrize("text, country", [
    ('"Huge protests" also took place in Hama on Friday, the Observatory said.', "Syria"),
    ('The Times reported on Friday: "A bomb in a parked car exploded in a market in Baghdad, killing 16 people."', "Iraq"),
    ("On Thursday, the situation did not get any better for the rebels, as IS fighters stormed the old market "
     "street in Deir ez-Zor.", "Syria"),
])
def test_scare_quotes_quoted_reports_and_a_negated_main_clause_keep_their_event(pipeline: Pipeline, text: str,
                                                                                  country: str) -> None:
    assert events(pipeline, text, country=country)


def test_quoted_rhetoric_without_figures_is_still_set_aside(pipeline: Pipeline) -> None:
    text = '"They can arrest us all and it will change nothing," an opposition lawmaker said in Lahore on Monday.'
    assert events(pipeline, text, country="Pakistan") == []


def test_a_long_campus_story_with_conflict_words_gives_no_event(pipeline: Pipeline) -> None:
    text = ("Hostels celebrate Holi behind closed gates\n\n"
            "vadodara: residents of the two women's hostels at the university celebrated holi on thursday "
            "behind closed gates, after last week's riots in the city had kept many students at home. "
            "the warden said the police had advised the university to keep the campus quiet this year. "
            "emboldened by the wish to enjoy the day, residents of the hostels had engaged a dholi (drummer), to stir up "
            "their spirits to dance and sing, and the celebrations went on till late afternoon. "
            "the students said they had organised the event to combat the stress of the examinations, which "
            "begin next week, and to cheer up friends who could not travel home. a senior professor said the "
            "festival had been quieter than usual, but that the mood in the hostels had been cheerful. "
            "the canteen served sweets and cold drinks to more than 300 students, and the music club played "
            "songs till the evening. the university will reopen its libraries on saturday, the registrar said, "
            "and classes will resume on monday as planned. parents who had called the hostel office through the "
            "week were told that the students were safe and that the campus had stayed calm. the hostel committee "
            "thanked the staff and said it hoped to hold a bigger festival next spring.")
    assert len(text) > 1200
    assert events(pipeline, text) == []  # no battle from "engaged a dholi", no riot from "last week's riots", no
    # closure from "closed gates"


@pytest.mark.parametrize("text", ["((((", "The Kenyan shilling came under siege on Monday, sliding to a record low."])
def test_the_fallback_models_guess_needs_a_word_of_conflict(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text, country="Kenya") == []


def test_the_fallback_models_guess_stands_with_people_gathered(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "On Feb 2, a number of Basra university students came out in rejection of the "
                                "appointment of the new prime minister.", country="Iraq")
    assert event.event_type == "Protests"


def test_since_that_belongs_to_another_noun_does_not_make_a_tally(pipeline: Pipeline) -> None:
    text = ("Three teenagers were killed in Anantnag on Friday when paramilitary troops shot at a group of people "
            "protesting against the near-daily firing since June 11.")
    assert events(pipeline, text)


def test_an_arrest_carries_no_deaths_of_the_crime_it_charges(pipeline: Pipeline) -> None:
    text = "Police arrested two men in Ahmedabad on Monday for the killing of an autorickshaw driver in which one person died."
    arrests = [e for e in events(pipeline, text) if e.sub_event_type == "Arrests"]
    assert arrests and all(e.fatalities == 0 for e in arrests)


def test_the_police_who_suspect_are_the_source_not_the_bombers(pipeline: Pipeline) -> None:
    text = "The police suspect that two persons were killed in bomb explosions in Patna city on Friday."
    assert all(not (e.actor1 or "").startswith("Police Forces") for e in events(pipeline, text))


def test_the_charge_against_people_arrested_is_no_killing_by_the_police(pipeline: Pipeline) -> None:
    text = "Police in Ahmedabad on Monday arrested two men who allegedly killed an autorickshaw driver last week."
    found = events(pipeline, text)
    assert [e.sub_event_type for e in found] == ["Arrests"]
    assert found[0].fatalities == 0


def test_a_mob_fired_upon_is_one_event_of_the_crowd(pipeline: Pipeline) -> None:
    found = events(pipeline, "Three persons were killed and at least six others injured when security forces "
                             "opened fire on a mob that tried to set fire to a police station in Dimapur on "
                             "Tuesday night, officials said.")
    assert [(e.event_type, e.fatalities) for e in found] == [("Riots", 3)]


def test_what_an_angry_crowd_reacts_to_is_neither_its_event_nor_its_date(pipeline: Pipeline) -> None:
    found = events(pipeline, (
        "IMPHAL, March 6: Police fired tear gas at a crowd in Churachandpur on Tuesday.\n\n"
        "A crowd of several hundred people, angry over the killing of four farmers abducted by militants "
        "earlier this month, gathered near the district office and hurled stones at the building."))
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in found)
    assert {e.event_date.isoformat() for e in found} == {"2002-03-05"}


def test_suspects_killed_in_a_police_raid_are_attacked_by_the_police(pipeline: Pipeline) -> None:
    found = events(pipeline, "On 3 March 2002, two drug suspects were killed during a police raid in Ahmedabad.")
    assert [(e.sub_event_type, e.actor1) for e in found] == [("Attack", "Police Forces of India")]


def test_a_protest_square_nearby_does_not_make_a_shooting_a_protest(pipeline: Pipeline) -> None:
    found = events(pipeline, "On 4 March 2002, unidentified armed men on a motorcycle opened fire at an activist "
                             "as he left the protest square in Ahmedabad, killing him.")
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_a_killing_in_police_firing_beside_bodies_recovered_is_its_own_event(pipeline: Pipeline) -> None:
    found = events(pipeline, (
        "VADODARA: A man was attacked with swords on the outskirts of the city on Tuesday morning. Violence was reported from "
        "the tribal areas, from where police recovered two burnt bodies while one person was killed in police "
        "firing in Limkheda."))
    assert any(e.actor1 == "Police Forces of India" and e.location == "Limkheda" for e in found)


@pytest.mark.parametrize("text", [
    "Police booked 12 people under the Arms Act in Thane on Friday.",
    "lucknow: the railway task force has booked a large number of people from various stations on saturday.",
])
def test_people_booked_by_the_police_are_arrested(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in events(pipeline, text)] == ["Arrests"]


@pytest.mark.parametrize("text", [
    "The organisers booked a hall in Thane for a meeting on Friday.",
    "The minister released a book on the police in Thane on Friday.",
])
def test_a_booked_hall_or_a_book_is_no_arrest(pipeline: Pipeline, text: str) -> None:
    assert not any(e.sub_event_type == "Arrests" for e in events(pipeline, text))


@pytest.mark.parametrize("text", [
    "Police did not intervene as rioters torched shops in Vadodara on Friday.",
    "ahmedabad: property worth crores was burned down by gangs, who knew that the police would do nothing.",
])
def test_a_force_that_did_not_act_is_no_party(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert found and all(not (e.actor2 or "").startswith("Police Forces") for e in found)


def test_a_force_that_acted_is_the_riots_other_side(pipeline: Pipeline) -> None:
    found = events(pipeline, "Rioters stoned the police in Vadodara on Friday.")
    assert [(e.actor2 or "").startswith("Police Forces of India") for e in found] == [True]


@pytest.mark.parametrize("text", [
    # asked for an explanation, praised for arrangements: the police in the sentence before used no force
    "Advani sought an explanation from the police commissioner. A nursing home at Paldi was attacked and two "
    "patients were injured on Sunday.",
    "Notwithstanding the arrangements made by the police, panic spread. One person was killed in an attack at "
    "the railway station in Vadodara on Friday.",
    # arrested somebody else: the arresting police are not the thieves nor the attackers
    "The Abids police arrested a housewife on Thursday. Two traders were stabbed in Abids on Thursday.",
])
def test_a_force_that_used_no_force_before_is_not_carried_to_the_next_event(pipeline: Pipeline, text: str) -> None:
    found = [e for e in events(pipeline, text) if e.sub_event_type != "Arrests"]
    assert found and all(not (e.actor1 or "").startswith("Police Forces") for e in found)


def test_a_force_that_fired_before_is_carried_to_the_killing(pipeline: Pipeline) -> None:
    text = "Police opened fire on a crowd in Dariyapur on Friday. Two men were killed in Dariyapur on Friday."
    assert any((e.actor1 or "").startswith("Police Forces of India") for e in events(pipeline, text))


def test_a_force_that_only_responded_is_not_the_attacker(pipeline: Pipeline) -> None:
    text = ("Two persons were stabbed and injured in Vadodara on Friday and the police acted swiftly to arrest "
            "a local VHP activist.")
    (attack,) = [e for e in events(pipeline, text) if e.sub_event_type == "Attack"]
    assert attack.actor1 is not None and not attack.actor1.startswith("Police Forces")


@pytest.mark.parametrize("text", [
    "The home minister condemned the incidents in Surat, including the one in which a shopkeeper and his son "
    "were killed on Thursday.",
    "the state home minister condemned the violence in vadodara, including the one in which former mla ramesh patel "
    "and his brother were killed.",
])
def test_an_official_who_condemned_a_killing_is_not_its_author(pipeline: Pipeline, text: str) -> None:
    killings = [e for e in events(pipeline, text) if e.fatalities]
    assert all(not (e.actor1 or "").startswith(("Government of India", "Police Forces")) for e in killings)


def test_the_firing_police_are_the_attackers_even_where_police_also_speak(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Police say 125 persons have died in police firing in Ahmedabad.")
    assert event.actor1 is not None and event.actor1.startswith("Police Forces of India")


@pytest.mark.parametrize("text", [
    "Riots spread in Ahmedabad on Friday and the army and the BSF were called into the city.",
    "Riots broke out in Godhra on Friday and the army was deployed in the town.",
])
def test_a_force_only_sent_in_is_no_party_to_the_riot(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert found and all(not (e.actor2 or "").startswith(("Police Forces", "Military Forces")) for e in found)


@pytest.mark.parametrize("text", [
    "The RAF staged a flag march in Behrampada and Khar on Friday.",
    "The army conducted a route march in Sarkhej on Thursday.",
])
def test_a_flag_march_by_security_forces_is_no_protest(pipeline: Pipeline, text: str) -> None:
    assert not any(e.event_type == "Protests" for e in events(pipeline, text))


@pytest.mark.parametrize("text", [
    "The swift police action stopped small groups of VHP workers from turning into a mob in Patna on Friday.",
    "Villagers prevented the gang from attacking the temple in Bhagalpur on Friday.",
])
def test_what_was_kept_from_happening_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert not any(e.event_type in ("Riots", "Violence against civilians") for e in events(pipeline, text))


@pytest.mark.parametrize("text", [
    "The chief minister said rocket launchers, magazines and other firearms were found in Patan on Friday.",
    "Security forces seized rifles and grenades in a raid in Patan on Friday.",
])
def test_weapons_found_or_seized_were_not_fired(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "The assembly observed a two-minute silence in memory of those killed in the violence during the Gujarat bandh.",
    "The prime minister commended the security forces for repulsing the attack on parliament in Delhi.",
])
def test_memorials_and_praise_react_to_events_told_elsewhere(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Gunfights between different communities broke out in Dariyapur on Friday.",
    "Clashes broke out between two communities during a religious procession in Nuh on Monday.",
])
def test_clashes_between_communities_are_mob_violence_with_no_state_side(pipeline: Pipeline, text: str) -> None:
    (event,) = events(pipeline, text)
    assert event.sub_event_type == "Mob violence"
    assert not (event.actor2 or "").startswith("Military Forces")


@pytest.mark.parametrize("text", [
    "On Thursday, the army conducted a flag march in Sarkhej where trouble broke out following incidents of arson.",
    "Rioters burnt houses in Naroda on Friday, hours before the deployment of the army in the city.",
])
def test_an_army_deployed_or_on_a_flag_march_did_not_burn_the_houses(pipeline: Pipeline, text: str) -> None:
    found = events(pipeline, text)
    assert found and all(not (e.actor1 or "").startswith("Military Forces") and
                         not (e.actor2 or "").startswith("Military Forces") for e in found)


def test_a_force_that_fired_in_the_riots_next_sentence_is_its_other_side(pipeline: Pipeline) -> None:
    text = ("AHMEDABAD: By nightfall, riots started in Ahmedabad. While six people were injured in police firing, "
            "12 people were killed by the rioters.")
    riots = [e for e in events(pipeline, text) if e.event_type == "Riots"]
    assert riots and all((e.actor2 or "").startswith("Police Forces of India") for e in riots)
