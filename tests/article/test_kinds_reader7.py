"""Event kinds and non-events in new styles (issue 14, reader 7): what a film, a documentary or a series shows,
a clash of words in a debate, and weapons rolled out at a parade are no events; footage of a real shelling, a
strike on a parade and a clash of two candidates' supporters are. Stories written for these tests, through the
whole pipeline; each rule has its real event told in like words beside it, which must stay."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow


def events(pipeline: Pipeline, text: str, published: str = "2025-03-12", country: str | None = None):
    return read(pipeline, text, published=published, country=country).events


@pytest.mark.parametrize("text", [
    "ROME - \"Frontline Avdiivka\", a grim film about soldiers holding a town, premiered at a film festival in Rome on "
    "Sunday. In its first scene, enemy artillery shells a bunker, killing four soldiers. The director got a long ovation.",
    "LONDON - The documentary \"Kherson Nights\" opened in London cinemas on Friday. It shows soldiers shelling a "
    "school, killing five people.",
    "TV REVIEW: \"Lockdown\" (BBC One) - In episode two of the thriller, gunmen storm a Leeds jewellery shop and take "
    "nine hostages; by the end two hostages have been shot dead. The lead is superb. Verdict: three stars.",
    "PARIS - A new series about the Algerian war began streaming on Friday. The series follows a young conscript as "
    "his unit raids a village and executes three prisoners.",
])
def test_what_a_film_or_series_shows_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text, published="2025-02-17") == []


def test_a_video_of_a_shelling_still_tells_it(pipeline: Pipeline) -> None:
    text = "KYIV - A video shows Russian soldiers shelling a school in Kherson on Sunday, killing five people, officials said."
    found = events(pipeline, text, published="2025-02-17", country="Ukraine")
    assert [e.event_type for e in found] == ["Explosions/Remote violence"]


def test_an_attack_on_a_cinema_is_still_an_attack(pipeline: Pipeline) -> None:
    text = ("KARACHI - Gunmen opened fire on a cinema screening a film about the army in Karachi on Saturday, killing "
            "three people, police said.")
    found = events(pipeline, text, published="2025-02-17", country="Pakistan")
    assert found and sum(e.fatalities or 0 for e in found) == 3


@pytest.mark.parametrize("text", [
    "ATLANTA - The governor and his challenger clashed on Monday night in a televised debate, attacking each other over "
    "taxes and schools. Analysts said the governor won.",
    "DENVER - The two candidates clashed in a heated debate on Tuesday night.",
])
def test_a_clash_in_a_debate_is_words(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text, published="2024-09-11", country="United States") == []


def test_supporters_who_clash_still_riot(pipeline: Pipeline) -> None:
    text = "LAGOS - Supporters of the two candidates clashed in Ikeja on Tuesday, leaving three people injured."
    assert [e.event_type for e in events(pipeline, text, published="2024-09-11", country="Nigeria")] == ["Riots"]


def test_weapons_at_a_parade_are_not_fired(pipeline: Pipeline) -> None:
    text = ("PYONGYANG - Thousands of soldiers, tanks and new long-range missiles rolled through Kim Il Sung Square on "
            "Thursday in a parade marking the party anniversary.")
    assert events(pipeline, text, published="2025-05-10") == []


def test_missiles_that_strike_a_parade_are_an_attack(pipeline: Pipeline) -> None:
    text = "KYIV - Russian missiles struck a military parade rehearsal in Sumy on Sunday, killing five soldiers."
    found = events(pipeline, text, published="2025-02-17", country="Ukraine")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
