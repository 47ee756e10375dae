"""Background told like news (stop 21, relevance2; docs/READING.md): events recalled in speeches, the past
perfect before a story's news, what an inquiry looks into, an event's people named in an aside, time counted from
an old event, a crowd dispersing by itself. Sentences written for these tests; each rule has the real event told
in the same words beside it, which must stay."""

from __future__ import annotations

from reading import read

from eventcoder.pipeline import Pipeline


def _set_aside(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [d["reason"] for d in (result.explanation or {}).get("set_aside", [])]


# --- recalled in a speech -----------------------------------------------------------------------------

def test_an_attack_recalled_at_a_convention_is_no_event(pipeline: Pipeline) -> None:
    result = read(pipeline, "Addressing a convention of party workers in Patna on Saturday, the party president said the "
                  "state needed new industries.\n\nTerrorists attacked the railway station and killed 14 passengers, "
                  "but nobody was punished, he reminded the workers.\n\nThe convention ended with a resolution on jobs.",
                  published="2026-04-06", title="Party wants jobs, says president")
    assert not result.events
    assert any(r.startswith("recalled:") for r in _set_aside(result))


def test_a_campaign_recalled_in_an_interview_is_no_event(pipeline: Pipeline) -> None:
    result = read(pipeline, "In an interview with a news channel, the defence minister spoke about the army's plans for "
                  "the next decade.\n\nOur soldiers destroyed the camps across the border and killed dozens of militants, "
                  "he said. He said the army would buy more drones.", published="2026-04-06",
                  title="Minister sets out army's plans")
    assert not result.events


def test_an_event_told_in_an_interview_with_its_own_day_stays(pipeline: Pipeline) -> None:
    result = read(pipeline, "In an interview with a news channel, the defence minister spoke about the army's plans for "
                  "the next decade.\n\nOur soldiers destroyed two militant camps near Keran on Tuesday and killed 12 "
                  "militants, he said. He said the army would buy more drones.", published="2026-04-09",
                  title="Minister sets out army's plans")
    assert result.events and sum(e.fatalities for e in result.events) == 12


def test_a_press_briefing_is_no_speech_setting(pipeline: Pipeline) -> None:
    """Police briefings tell news: "addressing a press conference" does not make what is said a memory."""
    result = read(pipeline, "Addressing a press conference, the superintendent of police said officers arrested six men "
                  "in Hapur for setting a mosque's gate on fire.\n\nThe men were produced in court and remanded.",
                  published="2026-04-09", title="Six held for arson in Hapur")
    assert any(e.sub_event_type == "Arrests" for e in result.events)


# --- the past perfect before the story's news ---------------------------------------------------------

def test_the_past_perfect_before_a_story_s_news_is_background(pipeline: Pipeline) -> None:
    result = read(pipeline, "The municipal corporation on Monday approved low-interest loans for the traders of the old "
                  "market.\n\nArsonists had burnt down twelve shops and looters had emptied the godowns, a trader said. "
                  "Most of them have borrowed from relatives to rebuild.", published="2026-02-03",
                  title="Loans for old market traders")
    assert not result.events
    assert any(r.startswith("background: told in the past perfect") for r in _set_aside(result))


def test_the_past_perfect_after_an_event_is_still_its_context(pipeline: Pipeline) -> None:
    result = read(pipeline, "Rioters set fire to twelve shops in the old market of Bhiwandi on Sunday night, police "
                  "said.\n\nThe mob had gathered after a rumour spread, an officer said. Nobody was hurt.",
                  published="2026-02-03", title="Shops torched in Bhiwandi")
    assert len(result.events) == 1 and result.events[0].event_type == "Riots"


# --- what an inquiry looks into ------------------------------------------------------------------------

def test_the_subject_of_an_inquiry_is_no_event(pipeline: Pipeline) -> None:
    for text in ("The state government on Friday set up a judicial inquiry into the police firing at Khammam, a "
                 "spokesman said. The inquiry will report within three months.",
                 "The panel investigating the killings of three students will visit the campus next week, the "
                 "chief secretary said on Friday. It has asked witnesses to come forward."):
        result = read(pipeline, text, published="2026-09-12", title="Inquiry ordered")
        assert not result.events, text


def test_an_event_told_before_its_inquiry_stays(pipeline: Pipeline) -> None:
    result = read(pipeline, "Police fired at protesters in Khammam on Thursday, killing two of them, officials said.\n\n"
                  "The state government ordered an inquiry into the firing on Friday.", published="2026-09-12",
                  title="Two killed in police firing")
    assert len(result.events) == 1 and result.events[0].fatalities == 2


# --- an event's people named in an aside ---------------------------------------------------------------

def test_rioters_named_in_an_aside_are_no_riot(pipeline: Pipeline) -> None:
    result = read(pipeline, "The opposition on Tuesday condemned the suspension of two inspectors who had filed cases "
                  "against the rioters, calling it revenge.\n\nThe home department said the suspensions were for "
                  "absence from duty.", published="2026-06-17", title="Opposition condemns suspensions")
    assert not result.events


# --- time counted from an old event, and the development it dates ---------------------------------------

def test_a_reopening_weeks_after_riots_is_no_event(pipeline: Pipeline) -> None:
    result = read(pipeline, "Markets in the town reopened on Tuesday, a month after the riots forced traders to shut "
                  "their shops.\n\nBuyers were few, and several shutters stayed down, traders said.",
                  published="2026-06-17", title="Markets reopen")
    assert not result.events


# --- a crowd that disperses by itself ends its protest ------------------------------------------------

def test_a_crowd_dispersing_by_itself_ends_its_protest(pipeline: Pipeline) -> None:
    result = read(pipeline, "Hundreds of nurses protested outside the health ministry in Nairobi on Monday demanding "
                  "better pay.\n\nThe nurses dispersed peacefully in the afternoon after officials promised talks on "
                  "Friday.", published="2026-03-17", title="Nurses protest over pay")
    assert [e.sub_event_type for e in result.events] == ["Peaceful protest"]


def test_police_dispersing_a_crowd_still_intervene(pipeline: Pipeline) -> None:
    result = read(pipeline, "Hundreds of nurses protested outside the health ministry in Nairobi on Monday demanding "
                  "better pay.\n\nPolice dispersed the nurses with tear gas in the afternoon.",
                  published="2026-03-17", title="Nurses protest over pay")
    assert result.events and all(e.sub_event_type != "Peaceful protest" for e in result.events)


# --- a background sentence lends no figures -------------------------------------------------------------

def test_a_background_sentence_lends_no_figures_to_the_event_before(pipeline: Pipeline) -> None:
    result = read(pipeline, "Police fired tear gas at stone-throwing youths in Baramulla on Friday, injuring four.\n\n"
                  "Speaking later, the minister said militants had killed hundreds of people in the past and the forces "
                  "had fought them bravely.", published="2026-08-15", title="Tear gas in Baramulla")
    assert len(result.events) == 1 and result.events[0].fatalities == 0


# --- a conflict named as a whole, by what it has done ----------------------------------------------------

def test_what_the_fighting_has_done_is_background(pipeline: Pipeline) -> None:
    result = read(pipeline, "Health officials on Monday warned of a measles outbreak in the camps in the north of the "
                  "country.\n\nThe fighting, which has forced thousands of families out of their villages, has left the "
                  "camps short of water and vaccines, a relief worker said.", published="2026-07-14",
                  title="Measles warning in camps")
    assert not result.events
    assert any(r.startswith("background: the consequences") for r in _set_aside(result))


def test_a_toll_of_the_fighting_is_no_consequence(pipeline: Pipeline) -> None:
    result = read(pipeline, "Health officials on Monday warned of a measles outbreak in the camps in the north of the "
                  "country.\n\nThe fighting has killed 40 people, a relief worker said.", published="2026-07-14",
                  title="Measles warning in camps")
    assert not any(r.startswith("background: the consequences") for r in _set_aside(result))


# --- a headline's summary noun with no event behind it in the body ------------------------------------------

def test_a_headline_modifier_with_only_background_in_the_body_is_no_event(pipeline: Pipeline) -> None:
    result = read(pipeline, "Special exams for pupils of riot-hit districts\n\nThe school board will hold a special "
                  "examination in June for pupils who missed the annual exams, the education minister said on Friday."
                  "\n\nMany pupils had lost their school bags in the riots and missed the exams, she said.",
                  published="2026-04-10", title="Special exams for pupils of riot-hit districts")
    assert not result.events
