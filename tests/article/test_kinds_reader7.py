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


def test_a_riot_over_a_film_is_still_told(pipeline: Pipeline) -> None:
    text = ("KARACHI - Protests spread on Sunday over a new film about the prophet. It began when protesters attacked a "
            "cinema in Karachi on Saturday, injuring four guards.")
    found = events(pipeline, text, published="2025-02-17", country="Pakistan")
    assert [(e.sub_event_type, e.injuries) for e in found if e.event_type == "Riots"] == [("Violent demonstration", 4)]


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


def test_police_figures_after_a_protest_are_its_own(pipeline: Pipeline) -> None:
    text = ("ZAGREB - Tens of thousands of people marched through central Zagreb on Saturday against corruption. The march "
            "was mostly peaceful, although scuffles broke out near the government building between marchers and police. "
            "Police said 14 people were detained and 31 injured.")
    (protest,) = events(pipeline, text, published="2025-03-16", country="Croatia")
    assert protest.event_type == "Protests" and (protest.injuries, protest.arrests) == (31, 14)


@pytest.mark.parametrize(("text", "injuries", "arrests"), [
    ("SEATTLE - Protesters angry at deportations blocked a highway in Seattle on Sunday and set two police cars on fire. "
     "Police fired pepper balls and tear gas. Police said 19 people were arrested on Sunday.", None, 19),
    ("QUITO, Ecuador - Protesters set fire to the comptroller's office and several buses in Quito on Friday night as "
     "protests over fuel prices turned violent. The president declared a curfew. Police said 97 officers were injured "
     "and 212 people arrested.", 97, 212),
])
def test_arrests_at_a_riot_are_no_event_of_their_own(pipeline: Pipeline, text: str, injuries: int | None,
                                                     arrests: int) -> None:
    (riot,) = events(pipeline, text, published="2025-06-09")
    assert riot.event_type == "Riots" and (riot.injuries, riot.arrests) == (injuries, arrests)


def test_a_headline_is_no_event_told_before_its_lead(pipeline: Pipeline) -> None:
    text = ("15 killed as troops fire on marchers in Basra\n\nBASRA, Iraq, Dec 3 (Reuters) - Troops opened fire on marchers "
            "who were blocking a road in the city of Basra on Monday, killing 15 people. The 15 people who were killed "
            "included a boy, a doctor said.")
    found = events(pipeline, text, published="2019-12-03", country="Iraq")
    assert [e.fatalities for e in found] == [15]


def test_officers_hurt_where_the_riot_was_are_its_toll(pipeline: Pipeline) -> None:
    text = ("LEEDS, England - Rioters attacked a mosque in Hull on Sunday, smashing windows and throwing bricks, police "
            "said. Eight officers were injured in Hull.")
    found = events(pipeline, text, published="2024-08-05", country="United Kingdom")
    assert [(e.event_type, e.injuries) for e in found] == [("Riots", 8)]


@pytest.mark.parametrize("text", [
    "SEATTLE - Protesters blocked a highway in Seattle on Sunday. On Monday, police arrested 19 people in Tacoma after "
    "a store was looted.",
    "ZAGREB - Protesters marched through Zagreb on Saturday. Two people were injured in a stabbing in Split on Saturday.",
])
def test_harm_on_another_day_or_at_another_place_stays_its_own(pipeline: Pipeline, text: str) -> None:
    assert len(events(pipeline, text, published="2025-06-09")) == 2


@pytest.mark.parametrize("text", [
    "BUNIA - On 6 February, CODECO fighters attacked the Lala displacement site in Djugu territory, killing 23 people "
    "including 8 children.",
    "MAIDUGURI - Boko Haram fighters attacked a camp for displaced families near Dikwa on Monday, killing nine people.",
])
def test_an_attack_on_the_displaced_is_an_attack(pipeline: Pipeline, text: str) -> None:
    (attack,) = events(pipeline, text, published="2025-02-10")
    assert attack.sub_event_type == "Attack" and attack.actor1 is not None and "Civilians" not in attack.actor1


def test_a_displacement_told_stays_a_displacement(pipeline: Pipeline) -> None:
    text = "GOMA - Thousands of families fled their homes in Masisi on Monday after the army shelled rebel positions nearby."
    assert "Other" in [e.sub_event_type for e in events(pipeline, text, published="2025-02-10")]


def test_operations_that_reporters_traced_are_no_change_of_activity(pipeline: Pipeline) -> None:
    text = ("BAMAKO - Over six months, our correspondents traced the operations of Russian mercenaries alongside the "
            "Malian army in the centre of the country. Their findings are published today.")
    assert events(pipeline, text, published="2024-10-15") == []


def test_an_operation_launched_is_still_told(pipeline: Pipeline) -> None:
    text = "BAMAKO - The Malian army launched an operation against jihadists near Mopti on Monday, the army said."
    assert [e.sub_event_type for e in events(pipeline, text, published="2024-10-15")] == ["Change to group/activity"]


def test_a_drone_that_strikes_a_bus_is_no_road_accident(pipeline: Pipeline) -> None:
    text = ("KURSK, Russia - The regional governor said on Tuesday that three civilians were injured when a drone struck a "
            "minibus in Glushkovo on Tuesday morning.")
    found = events(pipeline, text, published="2025-08-20", country="Russia")
    assert [(e.sub_event_type, e.injuries) for e in found] == [("Air/drone strike", 3)]


def test_a_bus_crash_stays_an_accident(pipeline: Pipeline) -> None:
    text = "KURSK, Russia - Three people were injured when a bus collided with a truck in Glushkovo on Tuesday morning."
    assert events(pipeline, text, published="2025-08-20", country="Russia") == []
