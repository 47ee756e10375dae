"""Territory changing hands (classify/territory.py) and the actors stage's settling of who took it, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.analysis import Analysis
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import actors, mentions

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp):
    config = PipelineConfig()
    stages = (mentions.create(config), actors.create(config))

    def analyse(text: str, country: str) -> Analysis:
        document = Document(id="t", text=text, published=dt.date(2020, 5, 4), country=country)
        analysis = Analysis(document=document, doc=nlp(text))
        for stage in stages:
            stage(analysis)
        return analysis

    return analyse


def top(analysis: Analysis):
    return max(analysis.mentions, key=lambda m: m.confidence)


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Regime forces advanced and took control of Armanaya after clashes with the rebel factions.", "Syria",
     "Government regains territory"),
    ("The army recaptured the town of Quissanga from Islamist insurgents after heavy fighting.", "Mozambique",
     "Government regains territory"),
    ("Al-Shabaab fighters took full control of the town of Bulo Burde after clashes with the army.", "Somalia",
     "Non-state actor overtakes territory"),
    ("Government forces withdrew from the Walid crossing, allowing Daesh to seize it.", "Iraq",
     "Non-violent transfer of territory"),
    ("Troops clashed with militants near the village of Kadi.", "Nigeria", "Armed clash"),
])
def test_territory_sub_types(run, text: str, country: str, expected: str) -> None:
    mention = top(run(text, country))
    assert mention.sub_event_type == expected
    assert mention.event_type == ("Strategic developments" if expected.startswith("Non-violent") else "Battles")


def test_who_took_the_place_follows_actor1(run) -> None:
    mention = top(run("Taliban fighters captured the district centre of Jaghatu after fighting with the army.",
                      "Afghanistan"))
    assert mention.sub_event_type == "Non-state actor overtakes territory"
    assert mention.actor1 is not None and mention.actor1.name == "Taliban"


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("Twin RCIED explosions targeted a military convoy near Afgooye.", "Somalia", "Remote explosive/landmine/IED"),
    ("Militants fired mortar shells at a military base near Afgooye.", "Somalia", "Shelling/artillery/missile attack"),
])
def test_an_improvised_device_named_by_its_acronym_is_no_shelling(run, text: str, country: str, expected: str) -> None:
    assert top(run(text, country)).sub_event_type == expected


def test_troops_recovering_territory_after_a_clash(run) -> None:
    mention = top(run("Soldiers recovered territory following a clash with the ADF near Kambi ya Yua.",
                      "Democratic Republic of Congo"))
    assert mention.sub_event_type == "Government regains territory"


@pytest.mark.parametrize(("text", "expected"), [
    ("Government forces fired IFVs at the positions of the separatists near Donetskyi.", "Shelling/artillery/missile attack"),
    ("Observers recorded 57 shots involving heavy machineguns near Mykhaylivka.", "Shelling/artillery/missile attack"),
    ("Rebels fired heavy machine guns and small arms at government positions near Popasna.", "Armed clash"),
    ("Troops clashed with rebels who fired heavy machine guns near Popasna.", "Armed clash"),
])
def test_heavy_weapons_fired_with_no_fighting_are_shelling(run, text: str, expected: str) -> None:
    assert top(run(text, "Ukraine")).sub_event_type == expected
