"""Record confidence: each field's confidence follows the kind of evidence behind it, with its reasons."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.analysis import ActorRef, Analysis, Count, Dateline, EventMention, ResolvedDate, ResolvedPlace
from eventcoder.article.explain import explain
from eventcoder.documents import Document
from eventcoder.record import Span
from eventcoder.stages.assemble import AssembleStage
from eventcoder.stages.confidence import record_confidence


def _span(text: str, part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def _analysis(text: str, topic_words: dict[str, int] | None = None) -> Analysis:
    analysis = Analysis(document=Document(id="d", text=text, published=dt.date(2026, 10, 14), country="Iraq"))
    analysis.extras["relevance"] = {"topic": "conflict", "topic_words": topic_words or {"conflict": 3}}
    return analysis


def _mention(text: str, sentence: str, trigger: str, confidence: float = 0.8, rule: str = "'bomb' -> IED") -> EventMention:
    return EventMention(sentence=_span(text, sentence), trigger=_span(text, trigger), event_type="Explosions/Remote violence",
                        sub_event_type="Remote explosive/landmine/IED", confidence=confidence, rule=rule)


def _place(text: str, name: str, confidence: float = 0.85, occurrence: int = 0) -> ResolvedPlace:
    return ResolvedPlace("Iraq", "Baghdad", None, None, name, 33.3, 44.4, 1, confidence, _span(text, name, occurrence))


def _score(analysis: Analysis, mentions: list[EventMention], **fields):
    text = analysis.text
    if "date" not in fields:
        fields["date"] = ResolvedDate(dt.date(2026, 10, 12), 1, 0.85, _span(text, "Monday"), "weekday")
    if "place" not in fields:
        fields["place"] = _place(text, "Baghdad")
    if "actor1" not in fields:
        fields["actor1"] = ActorRef("Unidentified Armed Group (Iraq)", 3, _span(text, "gunmen"), 0.85)
    return record_confidence(analysis, mentions, **{"actor2": None, "fatalities": None, **fields})


PLAIN = "A bomb planted by gunmen exploded in Baghdad on Monday, police said."


def test_a_plain_report_scores_half_the_type_and_half_the_mean_of_date_place_and_actor():
    analysis = _analysis(PLAIN)
    scored = _score(analysis, [_mention(PLAIN, PLAIN, "bomb")])
    f = scored.fields
    assert f["event_type"] == 0.8 and f["event_date"] == f["location"] == f["actor1"] == 0.85
    assert scored.overall == pytest.approx(0.5 * 0.8 + 0.5 * 0.85, abs=0.001)
    assert scored.reasons["event_type"] == ["rule: 'bomb' -> IED"]
    assert scored.reasons["location"] == ["'Baghdad' in the event's sentence"]


@pytest.mark.parametrize(("text", "cue", "reason"), [
    ("A bomb planted by gunmen reportedly exploded in Baghdad on Monday.", "reportedly", "hedged"),
    ("Rumours spread that a bomb planted by gunmen exploded in Baghdad on Monday.", "Rumours", "doubted"),
    ("Officials denied that a bomb planted by gunmen exploded in Baghdad on Monday.", "denied", "doubted"),
    ("Media claimed, without offering evidence, that a bomb by gunmen exploded in Baghdad on Monday.",
     "without offering evidence", "hedged"),
])
def test_hedges_rumours_and_denials_lower_the_type_and_say_so(text, cue, reason):
    plain = _score(_analysis(PLAIN), [_mention(PLAIN, PLAIN, "bomb")])
    doubted = _score(_analysis(text), [_mention(text, text, "bomb")])
    assert doubted.fields["event_type"] < plain.fields["event_type"] and doubted.overall < plain.overall
    assert any(r.startswith(reason) and cue.lower() in r.lower() for r in doubted.reasons["event_type"])


def test_a_claim_of_responsibility_is_no_hedge():
    text = "A bomb planted by gunmen exploded in Baghdad on Monday in an attack claimed by Islamic State."
    scored = _score(_analysis(text), [_mention(text, text, "bomb")])
    assert scored.fields["event_type"] == 0.8


def test_an_event_word_inside_a_quotation_or_under_a_condition_is_weaker():
    quoted = '"We will bomb Baghdad on Monday," gunmen said.'
    plan = "The gunmen said they would bomb Baghdad on Monday."
    plain = _score(_analysis(PLAIN), [_mention(PLAIN, PLAIN, "bomb")]).fields["event_type"]
    q = _score(_analysis(quoted), [_mention(quoted, quoted, "bomb")])
    c = _score(_analysis(plan), [_mention(plan, plan, "bomb")])
    assert q.fields["event_type"] < plain and "inside a quotation" in q.reasons["event_type"][-1]
    assert c.fields["event_type"] < plain and "plan, threat or condition" in c.reasons["event_type"][-1]


def test_another_beats_words_lower_the_type():
    text = "Arsenal bombarded the goal in Baghdad on Monday and the gunmen fans cheered."
    sports = _score(_analysis(text, {"sports": 2, "conflict": 0}), [_mention(text, text, "bombarded")])
    assert sports.fields["event_type"] == pytest.approx(0.8 * 0.5)
    assert "sports" in sports.reasons["event_type"][-1]


def test_several_sentences_telling_the_event_are_named_but_add_nothing():
    text = PLAIN + " The bomb killed two gunmen on Monday."
    mentions = [_mention(text, PLAIN, "bomb"), _mention(text, "The bomb killed two gunmen on Monday.", "bomb", 0.7)]
    scored = _score(_analysis(text), mentions)
    assert scored.fields["event_type"] == 0.8 and "told in 2 sentences" in scored.reasons["event_type"]


def test_a_date_from_the_publication_or_the_dateline_is_capped():
    analysis = _analysis(PLAIN)
    fallback = ResolvedDate(dt.date(2026, 10, 14), 2, 0.7, None, "publication date")
    dateline = ResolvedDate(dt.date(2026, 10, 12), 1, 0.85, None, "the dateline's date")
    assert _score(analysis, [_mention(PLAIN, PLAIN, "bomb")], date=fallback).fields["event_date"] == 0.3
    assert _score(analysis, [_mention(PLAIN, PLAIN, "bomb")], date=dateline).fields["event_date"] == 0.6


def test_a_place_from_the_dateline_is_capped_and_one_from_another_sentence_says_so():
    text = "BAGHDAD, Oct 14 (Reuters) - A bomb by gunmen exploded on Monday. Later, Baghdad was quiet on Monday."
    analysis = _analysis(text)
    analysis.anatomy.dateline = Dateline(_span(text, "BAGHDAD, Oct 14 (Reuters) -"), _span(text, "BAGHDAD"))
    mention = _mention(text, "A bomb by gunmen exploded on Monday.", "bomb")
    filed = ResolvedPlace("Iraq", "Baghdad", None, None, "Baghdad", 33.3, 44.4, 1, 0.85, _span(text, "BAGHDAD"))
    other = _place(text, "Baghdad")
    from_dateline = _score(analysis, [mention], place=filed)
    from_other = _score(analysis, [mention], place=other)
    assert from_dateline.fields["location"] == 0.4 and from_dateline.reasons["location"] == ["the dateline's place"]
    assert from_other.fields["location"] == 0.85 and "another sentence" in from_other.reasons["location"][0]


def test_a_sentence_naming_another_country_or_an_unknown_area_lowers_the_place():
    text = "Jets struck gunmen in the Qandil mountains of northern Iraq on Monday."
    analysis = _analysis(text)
    analysis.extras["places"] = [{"text": "Iraq", "start": text.index("Iraq"), "end": text.index("Iraq") + 4,
                                  "kind": "country", "name": "Iraq", "country": "IQ", "relation": "in"}]
    turkey = ResolvedPlace("Turkey", "Istanbul", None, None, "Qandil", 41.0, 29.1, 1, 0.85, _span(text, "Qandil"))
    scored = _score(analysis, [_mention(text, text, "struck")], place=turkey)
    assert scored.fields["location"] == pytest.approx(0.425)
    assert "names Iraq by the place, which is in Turkey" in scored.reasons["location"][-1]
    area = "Police clashed with gunmen in the Solino neighborhood of Baghdad on Monday."
    found = _score(_analysis(area), [_mention(area, area, "clashed")])
    assert found.fields["location"] == pytest.approx(0.85 * 0.7) and "'Solino'" in found.reasons["location"][-1]


def test_an_actor_named_in_another_sentence_says_so():
    text = "The gunmen were seen in Baghdad. A bomb exploded in Baghdad on Monday."
    mention = _mention(text, "A bomb exploded in Baghdad on Monday.", "bomb")
    scored = _score(_analysis(text), [mention], place=_place(text, "Baghdad", occurrence=1))
    assert scored.fields["actor1"] == 0.85
    assert scored.reasons["actor1"] == ["'gunmen' is named in another sentence"]


def test_fatalities_confidence_follows_where_and_how_the_figure_was_found():
    text = "A bomb by gunmen killed two people in Baghdad on Monday. Police said 2 more died later on Monday."
    first = "A bomb by gunmen killed two people in Baghdad on Monday."
    own = _score(_analysis(text), [_mention(text, first, "bomb")], fatalities=Count(2, _span(text, "two")))
    other = _score(_analysis(text), [_mention(text, first, "bomb")], fatalities=Count(2, _span(text, "2 more")))
    vague = _score(_analysis(text), [_mention(text, first, "bomb")], fatalities=Count(12, _span(text, "two"), exact=False))
    uncounted = _score(_analysis(text), [_mention(text, first, "bomb")], fatalities=None)
    assert own.fields["fatalities"] == 0.85 > other.fields["fatalities"] == 0.7 > vague.fields["fatalities"]
    assert uncounted.fields["fatalities"] == 0.4 and "without a figure" in uncounted.reasons["fatalities"][0]
    army = Count(2, _span(text, "two"), claimed_by="the army")
    soldiers = ActorRef("Military Forces of Iraq (2022-)", 1, _span(text, "gunmen"), 0.85)
    party = _score(_analysis(text), [_mention(text, first, "bomb")], fatalities=army, actor1=soldiers)
    assert party.fields["fatalities"] == 0.7 and "party to the event" in party.reasons["fatalities"][-1]


def test_assembled_records_carry_the_fields_confidence_and_explain_gives_the_reasons():
    analysis = _analysis(PLAIN)
    mention = _mention(PLAIN, PLAIN, "bomb")
    mention.date = ResolvedDate(dt.date(2026, 10, 12), 1, 0.85, _span(PLAIN, "Monday"), "weekday")
    mention.place = _place(PLAIN, "Baghdad")
    mention.actor1 = ActorRef("Unidentified Armed Group (Iraq)", 3, _span(PLAIN, "gunmen"), 0.85)
    analysis.mentions.append(mention)
    AssembleStage()(analysis)
    (event,) = analysis.events
    assert event.confidence == pytest.approx(0.5 * 0.8 + 0.5 * 0.85, abs=0.001)
    assert {"event_type", "event_date", "location", "actor1", "fatalities"} <= set(event.field_confidence)
    (entry,) = explain(analysis)["confidence"]
    assert entry["event_id"] == event.event_id and entry["confidence"] == event.confidence
    assert entry["why"]["event_date"] == ["'Monday' (weekday)"]


def test_crime_words_are_conflict_news_own_and_lower_nothing():
    text = "Armed gunmen robbed and shot a trader in Baghdad on Monday."
    scored = _score(_analysis(text, {"crime": 3, "conflict": 1}), [_mention(text, text, "shot")])
    assert scored.fields["event_type"] == 0.8


def test_a_place_read_from_a_piece_of_a_longer_name_is_weaker():
    text = "Armed gunmen shot a man in Port-au-Prince on Monday."
    prince = ResolvedPlace("Haiti", "Ouest", None, None, "Cabaret", 18.7, -72.4, 1, 0.85, _span(text, "Prince"))
    scored = _score(_analysis(text), [_mention(text, text, "shot")], place=prince)
    assert scored.fields["location"] == pytest.approx(0.425)
    assert "only part of the name 'Port-au-Prince'" in scored.reasons["location"][-1]


def test_an_actor1_named_as_the_target_of_the_event_word_is_weaker_but_a_crowd_fired_on_is_not():
    text = "Armed gunmen carried out an attack on a military base in Baghdad on Monday."
    army = ActorRef("Military Forces of Iraq (2022-)", 1, _span(text, "military"), 0.7)
    scored = _score(_analysis(text), [_mention(text, text, "attack")], actor1=army)
    assert scored.fields["actor1"] == pytest.approx(0.49) and "as its target" in scored.reasons["actor1"][-1]
    fired = "Police opened fire on protesters in Baghdad on Monday."
    crowd = ActorRef("Protesters (Iraq)", 6, _span(fired, "protesters"), 0.85)
    assert _score(_analysis(fired), [_mention(fired, fired, "opened fire")], actor1=crowd).fields["actor1"] == 0.85


def _kind(text: str, trigger: str, sub: str, event_type: str) -> EventMention:
    return EventMention(sentence=_span(text, text), trigger=_span(text, trigger), event_type=event_type,
                        sub_event_type=sub, confidence=0.8, rule=f"'{trigger}' -> {sub}")


ARRESTED = "Police arrested two men and found rifles in Baghdad on Monday, police said."


def test_a_record_read_as_two_kinds_that_do_not_go_together_is_less_sure_of_its_kind():
    analysis = _analysis(ARRESTED)
    mentions = [_kind(ARRESTED, "arrested", "Arrests", "Strategic developments"),
                _kind(ARRESTED, "found", "Disrupted weapons use", "Strategic developments")]
    scored = _score(analysis, mentions, actor1=None)
    assert scored.fields["event_type"] == pytest.approx(0.8 * 0.8)
    assert "its reports read as several kinds: Arrests, Disrupted weapons use" in scored.reasons["event_type"]


@pytest.mark.parametrize(("first", "second"), [
    (("arrested", "Protest with intervention", "Protests"), ("found", "Arrests", "Strategic developments")),
    (("arrested", "Air/drone strike", "Explosions/Remote violence"), ("found", "Attack", "Violence against civilians")),
    (("arrested", "Armed clash", "Battles"), ("found", "Arrests", "Strategic developments")),
])
def test_kinds_one_record_holds_by_acled_rules_are_no_doubt(first, second):
    analysis = _analysis(ARRESTED)
    scored = _score(analysis, [_kind(ARRESTED, *first), _kind(ARRESTED, *second)], actor1=None)
    assert scored.fields["event_type"] == pytest.approx(0.8)
    assert not any("several kinds" in r for r in scored.reasons["event_type"])


def test_a_town_chosen_among_far_namesakes_says_which_provinces_hold_the_others():
    text = "A bomb planted by gunmen exploded in Hamza on Monday, police said."
    hamza = ResolvedPlace("Iraq", "Babil", None, None, "Hamza", 32.4, 44.6, 1, 0.6, _span(text, "Hamza"),
                          namesakes_in=("Qadisiyah",))
    scored = _score(_analysis(text), [_mention(text, text, "bomb")], place=hamza)
    assert scored.fields["location"] == 0.6
    assert scored.reasons["location"][-1] == "'Hamza' has namesakes in Qadisiyah: chosen in Babil"
