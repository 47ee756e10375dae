"""Assembly: one record per day, place and kind of event; the same event told twice is one record."""

from __future__ import annotations

import datetime as dt

from eventcoder.analysis import ActorRef, Analysis, Count, EventMention, ResolvedDate, ResolvedPlace
from eventcoder.documents import Document
from eventcoder.record import Span
from eventcoder.stages.assemble import AssembleStage

TEXT = ("In Kufa, demonstrators torched an office on Sunday. Two protesters died in Kufa. "
        "In Basra, protesters marched on Sunday. Police fired on them near the Kufa bridge, killing three.")

#: Rough coordinates of the fixture's places (Kufa and its bridge are 1 km apart; Basra is far south).
COORDS = {"Kufa": (32.03, 44.40), "Kufa bridge": (32.04, 44.41), "Basra": (30.51, 47.81)}


def _span(text: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return Span(start, start + len(text), text)


def _place(name: str, admin1: str, precision: int = 1) -> ResolvedPlace:
    lat, lon = COORDS[name]
    return ResolvedPlace("Iraq", admin1, None, None, name, lat, lon, precision, 0.9, _span(name))


def _mention(sentence: str, trigger: str, sub: str, event_type: str, place: ResolvedPlace, **extra) -> EventMention:
    date = ResolvedDate(dt.date(2020, 1, 19), 1, 0.9, _span("Sunday"), "weekday")
    return EventMention(sentence=_span(sentence), trigger=_span(trigger), event_type=event_type,
                        sub_event_type=sub, confidence=0.8, place=place, date=date, **extra)


def _analysis(mentions: list[EventMention]) -> Analysis:
    doc = Document(id="doc-1", text=TEXT, published=dt.date(2020, 1, 22), country="Iraq", source="Example News")
    analysis = Analysis(document=doc, mentions=mentions)
    AssembleStage()(analysis)
    return analysis


def test_same_day_place_and_kind_merge_and_keep_both_spans():
    torch = _mention("In Kufa, demonstrators torched an office on Sunday.", "torched", "Violent demonstration",
                     "Riots", _place("Kufa", "Najaf"), actor1=ActorRef("Rioters (Iraq)", 5, _span("demonstrators"), 0.8))
    died = _mention("Two protesters died in Kufa.", "died", "Violent demonstration", "Riots", _place("Kufa", "Najaf"),
                    fatalities=Count(2, _span("Two")))
    (event,) = _analysis([torch, died]).events
    assert event.fatalities == 2
    assert [s.text for s in event.evidence["event_type"]] == ["torched", "died"]
    assert event.actor1 == "Rioters (Iraq)" and event.inter1 == 5 and event.interaction == 50
    assert event.location == "Kufa" and event.admin1 == "Najaf" and event.event_date.isoformat() == "2020-01-19"
    assert event.source == "Example News" and event.sources == ["doc-1"]


def test_different_places_are_different_events():
    kufa = _mention("In Kufa, demonstrators torched an office on Sunday.", "torched", "Peaceful protest", "Protests",
                    _place("Kufa", "Najaf"))
    basra = _mention("In Basra, protesters marched on Sunday.", "marched", "Peaceful protest", "Protests",
                     _place("Basra", "Basrah"))
    events = _analysis([kufa, basra]).events
    assert sorted(e.location for e in events) == ["Basra", "Kufa"]
    assert len({e.event_id for e in events}) == 2


def test_the_more_serious_sub_type_wins_within_one_event():
    calm = _mention("In Basra, protesters marched on Sunday.", "marched", "Peaceful protest", "Protests",
                    _place("Basra", "Basrah"))
    gassed = _mention("In Basra, protesters marched on Sunday.", "protesters", "Protest with intervention", "Protests",
                      _place("Basra", "Basrah"))
    (event,) = _analysis([calm, gassed]).events
    assert event.sub_event_type == "Protest with intervention"


def test_figures_of_one_event_are_not_summed():
    a = _mention("Two protesters died in Kufa.", "died", "Attack", "Violence against civilians",
                 _place("Kufa", "Najaf"), fatalities=Count(2, _span("Two")))
    b = _mention("In Kufa, demonstrators torched an office on Sunday.", "torched", "Attack",
                 "Violence against civilians", _place("Kufa", "Najaf"), fatalities=Count(2))
    (event,) = _analysis([a, b]).events
    assert event.fatalities == 2


def test_event_ids_are_stable_across_runs():
    make = lambda: _mention("In Basra, protesters marched on Sunday.", "marched", "Peaceful protest", "Protests",
                            _place("Basra", "Basrah"))
    assert _analysis([make()]).events[0].event_id == _analysis([make()]).events[0].event_id


def test_a_protest_fired_on_nearby_is_one_event_with_the_deaths():
    march = _mention("In Kufa, demonstrators torched an office on Sunday.", "demonstrators", "Peaceful protest",
                     "Protests", _place("Kufa", "Najaf"), actor1=ActorRef("Protesters (Iraq)", 6, None, 0.9))
    fired = _mention("Police fired on them near the Kufa bridge, killing three.", "fired",
                     "Excessive force against protesters", "Protests", _place("Kufa bridge", "Najaf"),
                     fatalities=Count(3, _span("three")))
    (event,) = _analysis([march, fired]).events
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.fatalities == 3
    assert event.location == "Kufa"


def test_a_demonstration_that_turned_violent_is_coded_as_a_riot_with_the_rioters():
    march = _mention("In Kufa, demonstrators torched an office on Sunday.", "demonstrators", "Peaceful protest",
                     "Protests", _place("Kufa", "Najaf"), actor1=ActorRef("Protesters (Iraq)", 6, None, 0.95))
    riot = _mention("In Kufa, demonstrators torched an office on Sunday.", "torched", "Violent demonstration",
                    "Riots", _place("Kufa", "Najaf"), actor1=ActorRef("Rioters (Iraq)", 5, None, 0.7))
    fired = _mention("Police fired on them near the Kufa bridge, killing three.", "fired",
                     "Excessive force against protesters", "Protests", _place("Kufa bridge", "Najaf"))
    (event,) = _analysis([march, riot, fired]).events
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.actor1 == "Rioters (Iraq)" and event.inter1 == 5


def test_a_demonstration_and_a_killing_elsewhere_stay_apart():
    march = _mention("In Basra, protesters marched on Sunday.", "marched", "Peaceful protest", "Protests",
                     _place("Basra", "Basrah"))
    fired = _mention("Police fired on them near the Kufa bridge, killing three.", "fired",
                     "Excessive force against protesters", "Protests", _place("Kufa bridge", "Najaf"))
    assert len(_analysis([march, fired]).events) == 2


def test_different_kinds_of_action_in_one_place_stay_apart():
    riot = _mention("In Kufa, demonstrators torched an office on Sunday.", "torched", "Violent demonstration",
                    "Riots", _place("Kufa", "Najaf"))
    attack = _mention("Two protesters died in Kufa.", "died", "Attack", "Violence against civilians",
                      _place("Kufa", "Najaf"))
    assert len(_analysis([riot, attack]).events) == 2


def test_deaths_told_with_a_peaceful_protest_are_not_its_own():
    march = _mention("In Basra, protesters marched on Sunday.", "marched", "Peaceful protest", "Protests",
                     _place("Basra", "Basrah"), fatalities=Count(3, _span("three")))
    (event,) = _analysis([march]).events
    assert event.fatalities == 0
    assert "fatalities" not in event.evidence


def test_shelling_inside_a_battle_is_one_battle():
    clash = _mention("In Kufa, demonstrators torched an office on Sunday.", "torched", "Armed clash", "Battles",
                     _place("Kufa", "Najaf"))
    shelling = _mention("Police fired on them near the Kufa bridge, killing three.", "fired",
                        "Shelling/artillery/missile attack", "Explosions/Remote violence", _place("Kufa bridge", "Najaf"),
                        fatalities=Count(3, _span("three")))
    (event,) = _analysis([clash, shelling]).events
    assert (event.event_type, event.sub_event_type, event.fatalities) == ("Battles", "Armed clash", 3)


def test_a_battle_read_only_from_a_casualty_gives_way_to_the_shelling():
    shelling = _mention("Police fired on them near the Kufa bridge, killing three.", "fired",
                        "Shelling/artillery/missile attack", "Explosions/Remote violence", _place("Kufa bridge", "Najaf"))
    casualty = _mention("Two protesters died in Kufa.", "died", "Armed clash", "Battles", _place("Kufa", "Najaf"))
    (event,) = _analysis([shelling, casualty]).events
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def _country_only() -> ResolvedPlace:
    return ResolvedPlace("Iraq", "Baghdad", None, None, "Baghdad", 33.34, 44.40, 3, 0.15, None, country_only=True)


def test_a_mention_placed_only_in_the_country_joins_the_one_precise_place():
    vague = _mention("In Kufa, demonstrators torched an office on Sunday.", "torched", "Peaceful protest", "Protests",
                     _country_only())
    kufa = _mention("Two protesters died in Kufa.", "died", "Peaceful protest", "Protests", _place("Kufa", "Najaf"))
    basra = _mention("In Basra, protesters marched on Sunday.", "marched", "Peaceful protest", "Protests",
                     _place("Basra", "Basra"))
    events = _analysis([vague, kufa, basra]).events
    assert sorted(e.location for e in events) == ["Basra", "Kufa"]
    assert {e.location: len(e.evidence["event_type"]) for e in events} == {"Kufa": 2, "Basra": 1}


def _armed(sentence: str, trigger: str, sub: str, event_type: str, actor1: str, actor2: str) -> EventMention:
    return _mention(sentence, trigger, sub, event_type, _place("Kufa", "Najaf"),
                    actor1=ActorRef(actor1, 8 if "Turkey" in actor1 else 2, _span("Kufa"), 0.8),
                    actor2=ActorRef(actor2, 2, None, 0.5))


def test_another_side_doing_another_kind_of_act_is_an_event_of_its_own():
    # ACLED's event is one day, place, pair of actors and kind of act: a third side's strike is not the battle
    clash = _armed("In Kufa, demonstrators torched an office on Sunday.", "torched", "Armed clash", "Battles",
                   "Group A", "Group B")
    strike = _armed("Two protesters died in Kufa.", "died", "Air/drone strike", "Explosions/Remote violence",
                    "Military Forces of Turkey (2016-)", "Group A")
    found = _analysis([clash, strike]).events
    assert [(e.sub_event_type, e.actor1) for e in found] == [
        ("Armed clash", "Group A"), ("Air/drone strike", "Military Forces of Turkey (2016-)")]


def test_a_side_of_the_battle_or_its_own_state_doing_another_act_stays_in_it():
    clash = _armed("In Kufa, demonstrators torched an office on Sunday.", "torched", "Armed clash", "Battles",
                   "Military Forces of Turkey (2016-)", "Group B")
    shelled = _armed("Two protesters died in Kufa.", "died", "Shelling/artillery/missile attack",
                     "Explosions/Remote violence", "Group B", "Military Forces of Turkey (2016-)")
    police = _armed("Two protesters died in Kufa.", "died", "Air/drone strike", "Explosions/Remote violence",
                    "Police Forces of Turkey (2016-) National Intelligence Organization", "Group B")
    (event,) = _analysis([clash, shelled, police]).events
    assert event.sub_event_type == "Armed clash"


def test_the_target_striking_back_by_another_kind_of_act_is_an_event_of_its_own():
    # "RSF shelled army positions ... Later, army aircraft bombed RSF positions" (stop 22): no battle holds them
    shelled = _armed("In Kufa, demonstrators torched an office on Sunday.", "torched",
                     "Shelling/artillery/missile attack", "Explosions/Remote violence", "Group B",
                     "Military Forces of Turkey (2016-)")
    strike = _armed("Two protesters died in Kufa.", "died", "Air/drone strike", "Explosions/Remote violence",
                    "Military Forces of Turkey (2016-)", "Group B")
    found = _analysis([shelled, strike]).events
    assert [(e.sub_event_type, e.actor1) for e in found] == [
        ("Shelling/artillery/missile attack", "Group B"), ("Air/drone strike", "Military Forces of Turkey (2016-)")]


def test_the_sides_told_first_name_the_record_when_a_later_sentence_turns_them_round():
    # "Terrorists attacked a checkpost ... The attackers fled after an exchange of fire with police" (stop 22)
    attack = _armed("In Kufa, demonstrators torched an office on Sunday.", "torched", "Armed clash", "Battles",
                    "Group A", "Police Forces of Iraq")
    fire = _mention("Two protesters died in Kufa.", "died", "Armed clash", "Battles", _place("Kufa", "Najaf"),
                    actor1=ActorRef("Police Forces of Iraq", 1, _span("Two"), 0.95),
                    actor2=ActorRef("Group A", 2, None, 0.9))
    (event,) = _analysis([attack, fire]).events
    assert (event.actor1, event.actor2) == ("Group A", "Police Forces of Iraq")


def test_two_clauses_of_one_sentence_placed_apart_are_two_events_however_near():
    text = "Gunmen burned a bus in Kufa and shot a driver dead near the Kufa bridge on Sunday."

    def span(part: str) -> Span:
        return Span(text.index(part), text.index(part) + len(part), part)

    sentence = span(text)
    date = ResolvedDate(dt.date(2020, 1, 19), 1, 0.9, span("Sunday"), "weekday")
    mentions = []
    for clause, trigger, sub, event_type, name in (
            ("Gunmen burned a bus in Kufa and", "burned", "Looting/property destruction", "Strategic developments",
             "Kufa"),
            ("shot a driver dead near the Kufa bridge on Sunday", "shot", "Attack", "Violence against civilians",
             "Kufa bridge")):
        lat, lon = COORDS[name]
        place = ResolvedPlace("Iraq", "Najaf", None, None, name, lat, lon, 1, 0.9, span(name))
        mentions.append(EventMention(sentence=sentence, trigger=span(trigger), event_type=event_type,
                                     sub_event_type=sub, confidence=0.8, clause=span(clause), place=place, date=date,
                                     placed_by_clause=True))
    assert mentions[0].placed_apart(mentions[1])
    mentions[1].sub_event_type, mentions[1].event_type = "Looting/property destruction", "Strategic developments"
    doc = Document(id="doc-1", text=text, published=dt.date(2020, 1, 22), country="Iraq")
    analysis = Analysis(document=doc, mentions=mentions)
    AssembleStage()(analysis)
    assert [e.location for e in analysis.events] == ["Kufa", "Kufa bridge"]
