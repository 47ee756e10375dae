"""Belligerents' claims (issue 14, reader 5 B3, B5): the lowest of two sides' figures for the same victims, a
reporter named with its acronym in brackets, and officials who revise a toll are no attackers. Sentences written
for these tests."""

from __future__ import annotations

from reading import read

from eventcoder.pipeline import Pipeline
from eventcoder.quantities.attribution import find_attributions


def test_a_reporter_with_its_acronym_in_brackets() -> None:
    sentence = "The Sudan People's Liberation Movement (SPLM-N) said on Friday it had killed four soldiers."
    (found,) = find_attributions(sentence)
    assert found.reporter == "The Sudan People's Liberation Movement (SPLM-N)"


def test_the_lower_of_two_sides_figures_for_the_same_victims(pipeline: Pipeline) -> None:
    text = ("The Arakan Army (AA) said on Wednesday its fighters shot dead three Myanmar soldiers near Paletwa, Chin "
            "State, on Tuesday. The military confirmed one soldier was killed and another wounded.")
    (event,) = read(pipeline, text, country="Myanmar").events
    assert event.fatalities == 1 and event.actor1 == "AA: Arakan Army"
