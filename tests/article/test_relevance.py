"""Is it an event report? Stories written for these tests, through the whole pipeline: other beats'
borrowed words, accidents, history, references, headlines and furniture give no event; real
reports still do, each figure once."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.pipeline import Pipeline

pytestmark = pytest.mark.slow


def run(pipeline: Pipeline, text: str, published: str = "2019-11-29", **fields: str):
    (result,) = pipeline.process([_document(text, published, fields)])
    assert result.error is None, result.error
    return result


def _document(text: str, published: str, fields: dict[str, str]):
    from eventcoder.documents import document_from_dict

    return document_from_dict({"id": "t", "text": text, "published": published, **fields})


@pytest.mark.parametrize("text", [
    "Manchester United beat Chelsea 2-1 at Old Trafford on Saturday. The striker's late shot sealed the win and "
    "the visitors attacked down the left all season, the manager told the league's website.",
    "Stocks plunged on Monday as the central bank's interest rate hike hit lenders, and the naira fell against the "
    "dollar. Investors fled the market after the governor's statement in Abuja, traders said.",
    "A storm will batter Lagos on Friday, forecasters said, with heavy rain, strong winds and flooding expected. "
    "Temperatures will fall by six degrees Celsius, the meteorological agency said.",
    "Twelve people were killed when a bus collided with a truck on the Lagos-Ibadan highway on Sunday. "
    "The driver lost control of the vehicle, road safety officials said.",
    "The war drama bombed at the box office on its opening weekend, and critics attacked the director's script. "
    "The film's star said the audience reaction was a battle she would fight.",
])
def test_other_beats_and_accidents_give_no_event(pipeline: Pipeline, text: str) -> None:
    result = run(pipeline, text)
    assert result.events == []


def test_a_sentence_that_names_police_in_a_sports_story_is_still_an_event(pipeline: Pipeline) -> None:
    text = ("Manchester United beat Chelsea 2-1 at Old Trafford on Saturday, the league leaders' fifth win of the "
            "season. After the match, fans clashed with police outside the stadium in Manchester.")
    result = run(pipeline, text)
    assert [e.event_type for e in result.events] == ["Riots"]


@pytest.mark.parametrize("text", [
    "Officials discussed compensation for the victims of the 1984 riots on Monday.",
    "Ministers toured riot-hit areas of the state on Monday and met community leaders.",
    "Who ordered the police to fire on the crowd?",
])
def test_references_modifiers_and_questions_report_nothing(pipeline: Pipeline, text: str) -> None:
    assert run(pipeline, text).events == []


def test_background_paragraph_is_not_a_new_event(pipeline: Pipeline) -> None:
    text = ("BAGHDAD, Nov 28 (Reuters) - Police shot dead three protesters in Nasiriyah on Wednesday, medics said.\n\n"
            "The protests began on October 1 in Baghdad over corruption and unemployment.")
    result = run(pipeline, text)
    assert len(result.events) == 1
    (event,) = result.events
    assert event.fatalities == 3 and event.event_date == dt.date.fromisoformat("2019-11-27")
    dropped = result.explanation["set_aside"]
    assert any(d["reason"].startswith("background") for d in dropped)


def test_headline_figures_never_add_to_the_body(pipeline: Pipeline) -> None:
    text = ("Police kill 18 protesters in Nasiriyah\n"
            "NASIRIYAH, Iraq, Nov 28 (Reuters) - Police shot dead 18 protesters in Nasiriyah on Thursday, medics said.")
    result = run(pipeline, text)
    assert len(result.events) == 1
    assert result.events[0].fatalities == 18
    assert result.events[0].event_date == dt.date.fromisoformat("2019-11-28")


def test_the_body_not_the_headline_sets_the_toll(pipeline: Pipeline) -> None:
    text = ("Crackdown kills dozens in southern Iraq\n"
            "BASRA, Nov 28 (Reuters) - Police fired tear gas at protesters in Basra on Wednesday night. "
            "No casualties were reported.")
    result = run(pipeline, text)
    assert result.events and all((e.fatalities or 0) == 0 for e in result.events)


def test_the_body_date_beats_the_dateline_date(pipeline: Pipeline) -> None:
    text = "KIRKUK, Nov 29 (Reuters) - Gunmen killed two policemen at a checkpoint in Kirkuk on Wednesday night."
    result = run(pipeline, text)
    assert [e.event_date for e in result.events] == [dt.date(2019, 11, 27)]


def test_the_dateline_date_stands_in_when_the_body_has_none(pipeline: Pipeline) -> None:
    text = "KIRKUK, Nov 25 (Reuters) - Gunmen killed two policemen at a checkpoint in Kirkuk."
    result = run(pipeline, text)
    assert [(e.event_date, e.time_precision) for e in result.events] == [(dt.date(2019, 11, 25), 2)]


def test_an_archive_note_dates_a_story_without_publication_date(pipeline: Pipeline) -> None:
    from eventcoder.documents import document_from_dict

    document = document_from_dict({"id": "t", "text": "This story is from March 7, 2002\n\nrajkot: police opened fire "
                                   "on a mob that set shops on fire on wednesday, killing two people."})
    (result,) = pipeline.process([document])
    assert result.events and all(e.event_date == dt.date.fromisoformat("2002-03-06") for e in result.events)
    assert any("no publication date" in w for w in result.warnings)


@pytest.mark.parametrize(("text", "reason"), [
    ("The city's fashion week ended on Sunday with a riot of colour on the runway in Accra.", "figure of speech"),
    ("No arrests were made after the protest in Accra on Sunday, police said.", "negated"),
    ("Authorities imposed a curfew in Baghdad on Monday.", "a curfew is a measure"),
    ("Police arrested a bank manager in Accra on Saturday on suspicion of stealing money from customers.", "ordinary crime"),
    ("The lawmakers fought over the budget in Islamabad on Tuesday.", "no party"),
    ("The mining company came under attack from investors in Accra on Monday after its profits fell.", "figure of speech"),
    ("The finance minister was attacked by critics in Lagos on Monday over the new fuel tax.", "figure of speech"),
    ("The council meeting in Pune broke up on Monday after members used the budget files as missiles.", "figure of speech"),
])
def test_each_reason_is_recorded(pipeline: Pipeline, text: str, reason: str) -> None:
    result = run(pipeline, text)
    assert not any(e.sub_event_type != "Peaceful protest" for e in result.events)
    assert any(reason in d["reason"] for d in result.explanation["set_aside"]), result.explanation["set_aside"]


def test_aftermath_is_part_of_the_event(pipeline: Pipeline) -> None:
    text = ("Gunmen shot dead a radio journalist outside his home in Peshawar on Tuesday. "
            "Police said the attackers fled on a motorcycle.")
    result = run(pipeline, text)
    assert [e.sub_event_type for e in result.events] == ["Attack"]
    assert any(d["reason"].startswith("the aftermath") for d in result.explanation["set_aside"])


def test_a_follow_up_sentence_gives_its_figures_to_the_event(pipeline: Pipeline) -> None:
    text = ("NAIROBI, March 20 (Reuters) - Police fired tear gas to disperse hundreds of opposition supporters in "
            "central Nairobi on Monday.\n\nA police spokesman said 23 people had been arrested in Nairobi.")
    result = run(pipeline, text, published="2023-03-21")
    assert [(e.location, e.arrests) for e in result.events] == [("Nairobi", 23)]


def test_a_story_of_the_past_gives_no_event(pipeline: Pipeline) -> None:
    text = ("A new exhibition tells the story of the day in 1960 when police opened fire on a crowd protesting "
            "against pass laws, killing 69 people. It includes the charge sheets of people arrested later.")
    assert run(pipeline, text).events == []


def test_lower_cased_scraped_story_keeps_its_weekday(pipeline: Pipeline) -> None:
    text = ("This story is from March 2, 2002\n\nrajkot: a mob set fire to shops near the market on thursday "
            "and police fired in the air to disperse it.")
    result = run(pipeline, text, published="2002-03-02")
    assert result.events and {e.event_date for e in result.events} == {dt.date(2002, 2, 28)}


def test_state_violence_is_never_ordinary_crime(pipeline: Pipeline) -> None:
    text = "Police shot and killed two men smuggling khat in Hargeisa on Saturday, officials said."
    result = run(pipeline, text, published="2020-05-04")
    assert any((e.actor1 or "").startswith("Police Forces") for e in result.events), result.explanation
    assert not any("ordinary crime" in d["reason"] for d in result.explanation["set_aside"])
