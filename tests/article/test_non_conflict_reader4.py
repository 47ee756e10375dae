"""Non-conflict news that borrows conflict's words (issue 14, reader 4): crashes with police or soldiers among
the dead, rescues by helicopter, match reports with a score, election results, drug busts and robberies.
Stories written for these tests, through the whole pipeline; real events told in the same words still count."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def events(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor1) for e in read(pipeline, text).events]


@pytest.mark.parametrize("text", [
    # the dead of a crash are no attackers, whatever their trade
    "Four people, among them a soldier, died on Sunday when a minibus collided with a tanker near Kaduna. The "
    "injured were taken to a hospital in the city.",
    "Two policemen and a trader died when their bus overturned on the Abuja-Lokoja road on Monday, road safety "
    "officials said.",
    "Three soldiers were killed on Tuesday when their truck plunged off a bridge after a tyre burst near Mokwa.",
    # aircraft that rescue or carry people strike nobody
    "Army soldiers on Monday evacuated 300 villagers trapped by floodwaters in Lokoja, using helicopters and boats. "
    "Two children drowned when their canoe capsized.",
    "Navy personnel rescued 40 fishermen stranded at sea off the coast on Sunday, using a helicopter.",
    # a match report with a score is sport, however it fights
    "Rangers hammered Enugu Stars 3-0 at the stadium on Sunday, their forwards firing shot after shot until the "
    "visitors' defence collapsed. The coach called it a war.",
    "Al Ahly destroyed Zamalek 4-1 in Cairo on Friday, their striker killing off the game with a late strike.",
    # an election result is no change in any group's activity
    "The electoral commission on Monday declared the ruling party's candidate, Ms Ada Okon, winner of the governorship "
    "election. She polled 98,000 votes. Observers said the poll was peaceful.",
    "The returning officer announced the results of the by-election on Sunday, and the opposition candidate was "
    "declared elected with 12,000 votes.",
    # drug enforcement and a robbery arrest are crime, not political violence
    "Customs officers on Tuesday seized 200 kilograms of heroin hidden in a container at the port of Mombasa. "
    "Three men were arrested.",
    "Narcotics agents seized ten kilograms of methamphetamine from a suspect in a buy-bust operation in Davao on "
    "Friday. The suspect was arrested without incident.",
    "Police have arrested three suspected armed robbers who attacked a filling station in Ikeja on Friday and fled "
    "with cash. A locally-made pistol was recovered.",
])
def test_non_conflict_news_gives_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # an attacker or a planted bomb keeps a death an attack, whatever vehicle is named
    ("Three soldiers were killed on Tuesday when their truck hit a roadside bomb near Mokwa, the army said.",
     "Remote explosive/landmine/IED"),
    ("Two policemen died when gunmen ambushed their patrol vehicle on the highway near Kaduna on Monday.", None),
    # aircraft that strike are still air strikes
    ("Military helicopters fired rockets at insurgent positions near the town on Sunday, killing 12 fighters.",
     "Air/drone strike"),
    # a killing in the drug trade is no seizure: it stays an event
    ("Gunmen shot dead a suspected drug dealer outside his home in Culiacan on Sunday, prosecutors said.", None),
    # soldiers who storm a position fight, whatever "storm" means in a forecast
    ("Government forces and their allies stormed the contested power plant from two flanks on Monday.", None),
    # fans fighting police after a match are an event
    ("After the match, which ended 2-1, fans clashed with police outside the stadium in Lagos on Sunday and two "
     "people were injured.", None),
])
def test_real_events_in_the_same_words_still_count(pipeline: Pipeline, text: str, expected: str | None) -> None:
    found = events(pipeline, text)
    assert found, text
    if expected is not None:
        assert found[0][0] == expected
