"""The actors stage on hand-built analyses: context from the mention's place and date, the contract."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.analysis import Analysis, EventMention, ResolvedDate, ResolvedPlace
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.record import Span
from eventcoder.stages import Stage
from eventcoder.stages.actors import create

TEXT = ("Protesters gathered in Tahrir Square on Friday.\n\n"
        "In Nasiriyah, unidentified gunmen shot dead an activist.")


def mention(analysis: Analysis, sentence: str, trigger: str, sub: str, event: str) -> EventMention:
    start = analysis.text.index(sentence)
    t = analysis.text.index(trigger, start)
    return EventMention(sentence=analysis.span(start, start + len(sentence)), trigger=analysis.span(t, t + len(trigger)),
                        event_type=event, sub_event_type=sub, confidence=0.8)


def test_stage_contract() -> None:
    stage = create(PipelineConfig())
    assert isinstance(stage, Stage)
    assert stage.name == "actors"
    assert stage.requires == ("doc", "mentions")
    assert set(stage.assigns) == {"mentions.actor1", "mentions.actor2", "mentions.assoc_actor_1", "mentions.assoc_actor_2"}


def test_stage_names_actors_with_period_from_the_mention_date_and_country_from_its_place() -> None:
    document = Document(id="d1", text=TEXT, published=dt.date(2018, 1, 1), country=None)
    analysis = Analysis(document=document)
    protest = mention(analysis, "Protesters gathered in Tahrir Square on Friday.", "gathered", "Peaceful protest", "Protests")
    attack = mention(analysis, "In Nasiriyah, unidentified gunmen shot dead an activist.", "shot", "Attack",
                     "Violence against civilians")
    attack.date = ResolvedDate(dt.date(2019, 12, 6), 1, 0.9)
    attack.place = ResolvedPlace("Iraq", "Dhi Qar", None, None, "Nasiriyah", None, None, 1, 0.9)
    analysis.extras["country"] = "Iraq"
    analysis.mentions = [protest, attack]
    create(PipelineConfig())(analysis)
    assert protest.actor1 is not None and protest.actor1.name == "Protesters (Iraq)"
    assert protest.actor1.span == Span(0, 10, "Protesters")
    assert attack.actor1 is not None and attack.actor1.name == "Unidentified Armed Group (Iraq)"
    assert attack.actor1.span is not None and attack.actor1.span.text == "unidentified gunmen"
    assert attack.actor2 is not None and (attack.actor2.name, attack.actor2.inter) == ("Civilians (Iraq)", 7)
    assert 0 < attack.field_confidence["actor1"] <= 1


def test_state_forces_take_the_period_of_the_mention_date() -> None:
    text = "Iraqi police arrested two IS suspects in Kirkuk."
    analysis = Analysis(document=Document(id="d2", text=text, published=dt.date(2020, 6, 3), country="Iraq"))
    arrest = mention(analysis, text, "arrested", "Arrests", "Strategic developments")
    arrest.date = ResolvedDate(dt.date(2019, 3, 1), 1, 0.9)
    analysis.mentions = [arrest]
    create(PipelineConfig())(analysis)
    assert arrest.actor1 is not None and arrest.actor1.name == "Police Forces of Iraq (2018-2020)"
    assert arrest.actor2 is not None and arrest.actor2.name == "Islamic State (Iraq)"


def test_user_lexicon_from_the_config_is_used(tmp_path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text('[[group]]\nname = "Sons of the Valley"\ninter = 3\naliases = ["Valley Sons"]\n', encoding="utf-8")
    text = "Valley Sons gunmen attacked a village near Hilla."
    analysis = Analysis(document=Document(id="d3", text=text, published=dt.date(2020, 1, 5), country="Iraq"))
    attack = mention(analysis, text, "attacked", "Attack", "Violence against civilians")
    analysis.mentions = [attack]
    create(PipelineConfig(actor_lexicon=extra))(analysis)
    assert attack.actor1 is not None and (attack.actor1.name, attack.actor1.inter) == ("Sons of the Valley", 3)


def test_all_public_names_are_exported() -> None:
    import eventcoder.actors as actors

    for name in actors.__all__:
        assert getattr(actors, name) is not None


@pytest.mark.slow
def test_parse_decides_the_initiator_when_the_words_around_do_not(nlp) -> None:
    text = "Near Baiji, a convoy carrying Iraqi soldiers drove past orchards as IS militants, hiding in them, opened fire."
    results = []
    for doc in (None, nlp(text)):
        analysis = Analysis(document=Document(id="d4", text=text, published=dt.date(2019, 8, 1), country="Iraq"), doc=doc)
        clash = mention(analysis, text, "opened fire", "Armed clash", "Battles")
        analysis.mentions = [clash]
        create(PipelineConfig())(analysis)
        assert clash.actor1 is not None and clash.actor2 is not None
        results.append((clash.actor1.name, clash.actor2.name))
    assert results[0][0] == "Military Forces of Iraq (2018-2020)"  # words alone: first named goes first
    assert results[1] == ("Islamic State (Iraq)", "Military Forces of Iraq (2018-2020)")  # the parse: IS opened fire


@pytest.mark.slow
def test_whole_pipeline_names_actors_of_a_bundled_example(seed_records) -> None:
    from eventcoder.pipeline import process

    result = next(process([seed_records[0]], config=PipelineConfig()))
    assert result.error is None
    names = {e.actor1 for e in result.events}
    assert "Protesters (Iraq)" in names
    assert all(e.inter1 in range(1, 9) for e in result.events if e.actor1)


def test_a_pronoun_subject_continues_the_previous_actor_and_demonstrators_burning_an_office_riot() -> None:
    text = ("Thousands of protesters rallied in Baghdad on Sunday. They set fire to the office of a militia group "
            "linked to Iran.")
    analysis = Analysis(document=Document(id="d3", text=text, published=dt.date(2020, 1, 22), country="Iraq"))
    rally = mention(analysis, "Thousands of protesters rallied in Baghdad on Sunday.", "rallied", "Peaceful protest",
                    "Protests")
    burn = mention(analysis, "They set fire to the office of a militia group linked to Iran.", "set fire",
                   "Looting/property destruction", "Strategic developments")
    analysis.extras["country"] = "Iraq"
    analysis.mentions = [rally, burn]
    create(PipelineConfig())(analysis)
    assert burn.actor1 is not None and burn.actor1.span is not None and burn.actor1.span.text == "They"
    assert (burn.event_type, burn.sub_event_type) == ("Riots", "Violent demonstration")
    assert (burn.actor1.name, burn.actor1.inter) == ("Rioters (Iraq)", 5)


def test_without_a_previous_actor_a_pronoun_is_no_actor() -> None:
    text = "They set fire to a shop in Basra."
    analysis = Analysis(document=Document(id="d4", text=text, published=dt.date(2020, 1, 22), country="Iraq"))
    burn = mention(analysis, text, "set fire", "Looting/property destruction", "Strategic developments")
    analysis.mentions = [burn]
    create(PipelineConfig())(analysis)
    assert burn.sub_event_type == "Looting/property destruction"
    assert burn.actor1 is not None and burn.actor1.name == "Unidentified Armed Group (Iraq)"
