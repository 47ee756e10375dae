"""Posts of a state's military (stop 20): "Our forces destroyed an enemy tank" is a fight between the poster's forces
and the enemy's, whichever side posts; "the enemy" of a Ukrainian post is Russia, read as weak evidence. Every post is
written for these tests."""

from __future__ import annotations

from eventcoder.documents import document_from_dict
from eventcoder.pipeline import Pipeline


def events(pipeline: Pipeline, text: str, source: str):
    (result,) = pipeline.process([document_from_dict({"id": "p", "text": text, "published": "2025-03-12",
                                                      "source": source})])
    assert result.error is None, result.error
    return result


def test_an_enemy_tank_destroyed_is_an_armed_clash_of_the_posters_forces(pipeline: Pipeline) -> None:
    result = events(pipeline, "Our forces destroyed an enemy tank and two armoured vehicles near Kupiansk.",
                    "Ukrainian Ground Forces")
    (event,) = result.events
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.startswith("Military Forces of Ukraine") and event.actor2.startswith("Military Forces of Russia")


def test_the_other_side_posting_the_same_words_swaps_the_sides(pipeline: Pipeline) -> None:
    (event,) = events(pipeline, "Our forces destroyed an enemy tank near Kupiansk.", "Russian Defence Ministry").events
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.startswith("Military Forces of Russia") and event.actor2.startswith("Military Forces of Ukraine")


def test_the_enemys_drones_are_russias_and_the_reading_says_it_is_weak(pipeline: Pipeline) -> None:
    result = events(pipeline, "The enemy attacked with 47 Shahed-type UAVs overnight.", "Ukrainian Air Force")
    (event,) = result.events
    assert event.sub_event_type == "Air/drone strike" and event.actor1.startswith("Military Forces of Russia")
    assert event.field_confidence["actor1"] <= 0.5
    assert any("weak evidence" in kept["rule"] for kept in result.explanation["kept"])
