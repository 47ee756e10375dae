"""The dates stage on hand-built analyses (no spaCy): own dates, carry-over and the fallback."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.analysis import Analysis, EventMention
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import dates


def analysis_with(text: str, triggers: list[str], published: dt.date | None) -> Analysis:
    """One mention per trigger word, its sentence cut at the nearest '. ' or paragraph break."""
    analysis = Analysis(document=Document(id="doc", text=text, published=published))
    for word in triggers:
        at = text.index(word)
        start = max(text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0, text.rfind("\n", 0, at) + 1)
        ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
        end = min(ends) + 1 if ends else len(text)
        analysis.mentions.append(EventMention(sentence=analysis.span(start, end), trigger=analysis.span(at, at + len(word)),
                                              event_type="Protests", sub_event_type="Peaceful protest", confidence=0.8))
    return analysis


def run(analysis: Analysis) -> list:
    dates.create(PipelineConfig())(analysis)
    return [m.date for m in analysis.mentions]


def test_stage_contract() -> None:
    stage = dates.create(PipelineConfig())
    assert stage.name == "dates"
    assert stage.requires == ("doc", "mentions") and stage.assigns == ("mentions.date",)


def test_own_date_then_carry_over_then_next_date() -> None:
    text = ("Protests began on Sunday. They set fire to billboards in Kufa.\n\n"
            "Reports that night showed clashes in Baghdad. Protesters marched in Najaf on Saturday.")
    analysis = analysis_with(text, ["Protests", "set fire", "clashes", "marched"], dt.date(2020, 1, 22))
    sunday, carried, night, saturday = run(analysis)
    assert (sunday.date, sunday.precision, sunday.rule) == (dt.date(2020, 1, 19), 1, "weekday")
    assert sunday.span is not None and sunday.span.text == "Sunday"
    assert carried.date == dt.date(2020, 1, 19) and carried.rule.startswith("carried over")
    assert carried.confidence < sunday.confidence
    assert night.date == dt.date(2020, 1, 19)
    assert saturday.date == dt.date(2020, 1, 18)


def test_carry_over_prefers_event_sentences() -> None:
    text = "Police clashed with protesters on Monday. The deadline had expired on Friday. Offices closed in Najaf."
    analysis = analysis_with(text, ["clashed", "closed"], dt.date(2020, 1, 22))
    first, second = run(analysis)
    assert second.date == first.date == dt.date(2020, 1, 20)


def test_no_date_falls_back_to_publication_at_week_precision() -> None:
    analysis = analysis_with("Protesters gathered in Basra.", ["gathered"], dt.date(2020, 1, 22))
    (value,) = run(analysis)
    assert (value.date, value.precision) == (dt.date(2020, 1, 22), 2)
    assert value.confidence <= 0.3 and value.rule == "publication date"


def test_without_publication_only_absolute_dates() -> None:
    text = "On 3 November 2020 protesters returned. On Sunday they marched again."
    first, second = run(analysis_with(text, ["returned", "marched"], None))
    assert first.date == dt.date(2020, 11, 3)
    assert second.date == dt.date(2020, 11, 3) and second.rule.startswith("carried over")
    (none,) = run(analysis_with("On Sunday they marched.", ["marched"], None))
    assert none is None


def test_the_sentence_initial_date_beats_a_date_in_passing() -> None:
    text = "On May 29, as part of the operation launched on May 27, 5 militants were killed by airstrikes."
    (value,) = run(analysis_with(text, ["killed"], dt.date(2019, 6, 1)))
    assert value.date == dt.date(2019, 5, 29)


def test_a_since_date_is_no_event_date() -> None:
    text = "On November 3, protesters returned. Since October 2019, many people flooded the streets."
    _, summary = run(analysis_with(text, ["returned", "flooded"], dt.date(2020, 11, 5)))
    assert summary.date == dt.date(2020, 11, 3)


def test_wound_received_earlier_dates_the_death() -> None:
    text = "Another demonstrator succumbed to a bullet wound sustained Monday in Baquba."
    (value,) = run(analysis_with(text, ["succumbed"], dt.date(2020, 1, 22)))
    assert value.date == dt.date(2020, 1, 20)


def test_dates_never_after_publication() -> None:
    text = "Protesters plan to march on 25 November 2019. Police arrested 3 on Monday."
    published = dt.date(2019, 11, 20)
    for value in run(analysis_with(text, ["march", "arrested"], published)):
        assert value.date <= published


def test_a_death_the_next_day_from_wounds_takes_the_wound_date() -> None:
    text = "On Dec 14, an activist was shot near Tahrir Square and died of his wounds the next day."
    (value,) = run(analysis_with(text, ["died"], dt.date(2019, 12, 17)))
    assert value.date == dt.date(2019, 12, 14) and "wound" in value.rule


@pytest.mark.parametrize(("text", "trigger", "day", "precision"), [
    # published Thursday 23 January 2020: Monday is the 20th, Wednesday the 22nd
    ("Gunmen killed two workers on Monday. Troops later raided a hideout in the hills, a spokesman said on Wednesday.",
     "raided", 20, 2),
    ("Gunmen killed two workers on Monday. Police subsequently arrested four men, a spokesman said on Wednesday.",
     "arrested", 20, 2),
    ("Gunmen killed two workers on Monday. Soldiers afterwards burned the rebels' camp, the army said on Tuesday.",
     "burned", 20, 2),
    ("Gunmen killed two workers on Monday. Later, troops raided the village, the army said.", "raided", 20, 1),
    # (no later telling day: most often later that day)
    ("Gunmen killed two workers on Monday. Hours later, rebels fired on a checkpoint.", "fired", 20, 1),
    ("Gunmen killed two workers on Monday. Later that night, rebels fired on a checkpoint.", "fired", 20, 1),
])
def test_a_later_event_is_after_the_carried_day_not_on_it(text: str, trigger: str, day: int, precision: int) -> None:
    analysis = analysis_with(text, ["killed", trigger], dt.date(2020, 1, 23))
    first, later = run(analysis)
    assert (first.date, first.precision) == (dt.date(2020, 1, 20), 1)
    assert (later.date, later.precision) == (dt.date(2020, 1, day), precision)
    assert later.confidence <= first.confidence
    assert later.rule.startswith("later") == (precision == 2)


def test_a_victim_who_died_later_keeps_the_events_day() -> None:
    text = "Gunmen shot five passengers on Monday. A sixth passenger died later in hospital."
    shot, died = run(analysis_with(text, ["shot", "died"], dt.date(2020, 1, 23)))
    assert (died.date, died.precision) == (shot.date, 1) == (dt.date(2020, 1, 20), 1)


@pytest.mark.parametrize(("text", "lead_word", "told_word"), [
    ("Soldiers have detained at least 30 villagers, rights groups said. Residents said troops detained them on "
     "Tuesday night.", "detained", "detained them"),
    ("Police have arrested dozens of students. A lawyer said officers arrested the group on Tuesday at the campus.",
     "arrested", "arrested the group"),
    ("Security forces detained 12 activists, their party said.\n\nThe party said the arrests took place on Tuesday.",
     "detained", "arrests"),
])
def test_an_undated_lead_takes_the_day_the_next_report_of_its_kind_gives(text: str, lead_word: str,
                                                                         told_word: str) -> None:
    lead, told = run(analysis_with(text, [lead_word, told_word], dt.date(2020, 1, 23)))
    assert told.date == lead.date == dt.date(2020, 1, 21)
    assert lead.rule.startswith("told again") and lead.confidence < told.confidence


def test_only_the_storys_first_report_looks_ahead_and_only_to_the_next_sentence() -> None:
    text = ("Soldiers have detained 30 villagers, residents said. The army denied it. "
            "Police detained 12 students on Tuesday.")
    lead, other = run(analysis_with(text, ["detained 30", "detained 12"], dt.date(2020, 1, 23)))
    assert other.date == dt.date(2020, 1, 21) and (lead.date, lead.precision) == (dt.date(2020, 1, 23), 2)
    text = "Troops clashed with rebels on Sunday. Soldiers have detained 30 villagers. Police detained them on Tuesday."
    _, lead, told = run(analysis_with(text, ["clashed", "have detained", "detained them"], dt.date(2020, 1, 23)))
    assert told.date == dt.date(2020, 1, 21) and lead.rule.startswith("carried over")


def test_an_undated_lead_keeps_the_publication_day_when_the_next_report_is_of_another_kind() -> None:
    text = "Soldiers have detained 30 villagers, residents said. Rebels attacked a convoy on Tuesday."
    analysis = analysis_with(text, ["detained", "attacked"], dt.date(2020, 1, 23))
    analysis.mentions[1].event_type, analysis.mentions[1].sub_event_type = "Battles", "Armed clash"
    lead, attack = run(analysis)
    assert attack.date == dt.date(2020, 1, 21)
    assert (lead.date, lead.precision) == (dt.date(2020, 1, 23), 2)
