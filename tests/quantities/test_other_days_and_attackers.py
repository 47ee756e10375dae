"""Stop 20 (reader 6, figures8): a killing told on another day keeps its own figure; a clause set on another day
gives none to the sentence's event; attackers killed in turn add to their victims."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.analysis import Analysis, EventMention, ResolvedPlace
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.quantities import find_counts
from eventcoder.stages import counts, dates


def run(text: str, specs: list[tuple[str, str, str]], places: dict[str, str] | None = None,
        regions: frozenset[str] = frozenset()) -> list[EventMention]:
    analysis = Analysis(document=Document(id="doc", text=text, published=dt.date(2024, 3, 15)))
    found = []
    for trigger, event_type, sub_event_type in specs:
        at = text.index(trigger)
        start = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0
        end = text.find(". ", at)
        end = end + 1 if end >= 0 else len(text)
        mention = EventMention(sentence=analysis.span(start, end), trigger=analysis.span(at, at + len(trigger)),
                               event_type=event_type, sub_event_type=sub_event_type, confidence=0.8)
        name = (places or {}).get(trigger)
        if name is not None:
            where = text.index(name, start)
            mention.place = ResolvedPlace("Thailand", "Pattani", None, None, name, None, None,
                                          3 if trigger in regions else 1, 0.8, span=analysis.span(where, where + len(name)))
        analysis.mentions.append(mention)
        found.append(mention)
    config = PipelineConfig()
    dates.create(config)(analysis)
    counts.create(config)(analysis)
    return found


def value(mention: EventMention, measure: str = "fatalities") -> int | None:
    count = getattr(mention, measure)
    return count.value if count is not None else None


def test_a_killing_on_another_day_keeps_its_figure() -> None:
    bomb, killing = run("A bomb exploded in Sai Buri on 4 March, wounding two rangers. Gunmen shot dead a teacher "
                        "on 6 March.", [("exploded", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
                                        ("shot dead", "Violence against civilians", "Attack")])
    assert (value(bomb), value(bomb, "injuries"), value(killing)) == (None, 2, 1)


def test_a_death_of_wounds_on_a_later_day_is_the_attack_s() -> None:
    bomb, deaths = run("A bomb exploded in Sai Buri on 4 March, wounding two rangers. Both rangers died of their "
                       "wounds on 6 March.", [("exploded", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
                                              ("died", "Violence against civilians", "Attack")])
    assert value(bomb) == 2


def test_a_killing_at_another_place_keeps_its_figure() -> None:
    bomb, killing = run("A bomb exploded in Sai Buri on Thursday, wounding two rangers. Earlier, gunmen shot dead "
                        "a teacher in Mayo district.",
                        [("exploded", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
                         ("shot dead", "Violence against civilians", "Attack")],
                        places={"exploded": "Sai Buri", "shot dead": "Mayo"})
    assert (value(bomb), value(killing)) == (None, 1)


def test_a_killing_told_in_the_region_that_holds_the_town_still_goes_to_the_event() -> None:
    riot, killing = run("Rioters torched the town hall in Sai Buri on Thursday. In all, two people were killed in "
                        "Pattani province.", [("torched", "Riots", "Violent demonstration"),
                                              ("killed", "Violence against civilians", "Attack")],
                        places={"torched": "Sai Buri", "killed": "Pattani"}, regions=frozenset({"killed"}))
    assert value(riot) == 2


def test_a_killing_told_after_the_attack_still_goes_to_it() -> None:
    bomb, killing = run("A bomb exploded in Sai Buri on Thursday. Two rangers were killed.",
                        [("exploded", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
                         ("killed", "Violence against civilians", "Attack")])
    assert value(bomb) == 2


def test_a_clause_set_on_another_day_gives_no_figure_to_the_event() -> None:
    (protest,) = run("Thousands rallied in Hat Yai on Thursday, a day after the governor was detained.",
                     [("rallied", "Protests", "Peaceful protest")])
    assert value(protest, "arrests") is None


@pytest.mark.parametrize(("sentence", "figures"), [
    ("Both attackers were killed by the guards.", [(2, True)]),
    ("The gunman was shot dead by police.", [(1, True)]),
    ("Police shot dead both assailants.", [(2, True)]),
    ("Both soldiers and civilians were killed.", [(3, False)]),  # "both X and Y" is no pair
    ("Both were killed.", [(2, False)]),
    ("Gunmen killed the two guards.", [(2, False)]),
    ("An unknown number of fighters from both sides were killed.", [(3, False)]),  # no pair: unnumbered, 3
])
def test_both_is_two_and_attackers_killed_add_up(sentence: str, figures: list[tuple[int, bool]]) -> None:
    assert [(f.value, f.additive) for f in find_counts(sentence)] == figures


def test_the_attackers_add_to_their_victims() -> None:
    (attack,) = run("Two gunmen opened fire at a market in Yala, killing six people. Both attackers were later shot "
                    "dead by police.", [("opened fire", "Violence against civilians", "Attack")])
    assert value(attack) == 8


@pytest.mark.parametrize(("sentence", "value"), [
    ("The ambush killed 4 soldiers, 3 policemen and a driver.", 8),  # a list of victims, each with its figure
    ("The raid killed at least 20 villagers, 6 militiamen and a chief, officials said.", 27),
    ("The ambush killed 7 people, 4 soldiers and 3 policemen.", 7),  # the parts of the 7
    ("The ambush killed 9 people, 5 of them children.", 9),
    ("The ambush killed 4 soldiers, 2 police said.", 4),
])
def test_a_list_of_victims_after_a_comma_adds_up(sentence: str, value: int) -> None:
    (finding,) = find_counts(sentence)
    assert finding.value == value
