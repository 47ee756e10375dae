"""Reader 7 (E1-E3): a number replaces a vague word's default told in another sentence; a lower figure from another
reporter ("put the toll at") wins; the dead of another side, or a death told as coming later, add to the toll; an
official statement's "embraced shahadat" counts deaths. Hand-built analyses, no spaCy."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.analysis import Analysis, EventMention
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.quantities import find_counts
from eventcoder.stages import counts, dates


def run(text: str, trigger: str, event_type: str, sub_event_type: str) -> EventMention:
    """One mention for ``trigger``, its sentence cut at the nearest '. ', dated and counted."""
    analysis = Analysis(document=Document(id="doc", text=text, published=dt.date(2024, 3, 12)))
    at = text.index(trigger)
    start = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0
    end = text.find(". ", at) + 1 if ". " in text[at:] else len(text)
    event = EventMention(sentence=analysis.span(start, end), trigger=analysis.span(at, at + len(trigger)),
                         event_type=event_type, sub_event_type=sub_event_type, confidence=0.8)
    analysis.mentions.append(event)
    dates.create(PipelineConfig())(analysis)
    counts.create(PipelineConfig())(analysis)
    return event


def deaths(text: str, trigger: str, event_type: str = "Battles", sub_event_type: str = "Armed clash") -> int | None:
    event = run(text, trigger, event_type, sub_event_type)
    return event.fatalities.value if event.fatalities is not None else None


@pytest.mark.parametrize("text, trigger, expected", [
    ("Bandits attacked the village of Kware on Tuesday, killing dozens of people, residents said. Between 25 and 40 "
     "bodies were recovered, an aid worker said.", "attacked", 25),
    ("Al-Shabaab fighters stormed a base near Jowhar on Friday, killing scores of soldiers. Officials later said 31 "
     "soldiers died.", "stormed", 31),
    ("Gunmen raided a market in Zamfara on Sunday, killing several traders. Police said four people were killed.",
     "raided", 4),
])
def test_a_number_replaces_a_vague_words_default(text: str, trigger: str, expected: int) -> None:
    assert deaths(text, trigger, "Violence against civilians", "Attack") == expected


def test_a_vague_word_and_a_number_of_one_sentence_still_add() -> None:
    text = "Gunmen raided a market in Zamfara on Sunday, killing dozens of traders and 3 policemen."
    assert deaths(text, "raided", "Violence against civilians", "Attack") == 15


def test_another_reporter_putting_the_toll_lower_wins() -> None:
    assert find_counts("The army put the toll at twenty.")[0].value == 20
    text = ("Jihadists attacked the village of Ogossagou on Tuesday night, killing at least 60 villagers, local "
            "officials said. The army put the toll at twenty.")
    assert deaths(text, "attacked", "Violence against civilians", "Attack") == 20


@pytest.mark.parametrize("text, expected", [
    ("Security forces clashed with militants in Tank district on Saturday, killing five terrorists, the military "
     "said. Three soldiers embraced shahadat in the exchange of fire.", 8),
    ("Troops clashed with rebels near Butembo on Saturday, killing nine rebels. Two soldiers died in the fighting.",
     11),
    ("Twelve people were killed on Monday as protesters clashed with police in Latacunga. A soldier was beaten to "
     "death later that night in Latacunga.", 13),
])
def test_other_dead_told_in_a_later_sentence_add(text: str, expected: int) -> None:
    assert deaths(text, "clashed") == expected


@pytest.mark.parametrize("text, expected", [
    # the same side told twice: a retelling, the largest wins
    ("Troops clashed with rebels near Butembo on Saturday, killing nine rebels. Nine rebels died in the fighting.", 9),
    # "people" may hold the soldiers: not another side's dead
    ("Troops clashed with rebels near Butembo on Saturday, killing 14 people. Two soldiers died in the fighting.", 14),
    # a wounded man dying later is the event's own figure told again, not a later death
    ("Troops clashed with rebels near Butembo on Saturday, killing 4 soldiers. Hours later, the four soldiers "
     "died of their wounds, officials said.", 4),
])
def test_the_same_dead_told_again_do_not_add(text: str, expected: int) -> None:
    assert deaths(text, "clashed") == expected


def test_martyrdom_in_an_official_statement_counts_deaths() -> None:
    (finding,) = find_counts("Two soldiers embraced shahadat during the exchange of fire.")
    assert (finding.measure, finding.value) == ("fatalities", 2)
    assert find_counts("The soldiers embraced their families at the airport.") == []
