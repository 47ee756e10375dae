"""Stop 19 (reader 5): figures a correction withdraws, tolls told as they stand now, a side's claims about its
enemy's losses, and a reporter named by a pronoun."""

from __future__ import annotations

import pytest

from eventcoder.quantities import (CLAIMED_LOSSES, find_attributions, find_claimed_losses, find_counts,
                                   told_by_pronoun)


def deaths(text: str) -> list[tuple[int, bool]]:
    return [(f.value, f.is_toll) for f in find_counts(text) if f.measure == "fatalities"]


@pytest.mark.parametrize("text", [
    "Correction: An earlier version of this story said 14 people died in the fire at the depot.",
    "A previous version of this report incorrectly said 14 villagers were killed.",
    "This story misstated that 14 people were killed in Ngaoundere.",
])
def test_a_withdrawn_figure_counts_for_nothing(text: str) -> None:
    assert deaths(text) == []


def test_the_figure_after_a_retraction_counts() -> None:
    assert deaths("An earlier version of this story incorrectly said 14 were killed; six people were killed.") == [(6, False)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials have since said the toll is six.", [(6, True)]),
    ("The toll now stands at 21, the mayor said.", [(21, True)]),
    ("Officials revised the death toll from Sunday's raid on the Kumba depot down to six from 14.", [(6, True)]),
    ("The death toll rose from 6 to 14 overnight.", [(14, True)]),
    ("The death toll from the attack on 12 villages rose to 30.", [(30, True)]),
    ("The death toll rose to 30.", [(30, True)]),
])
def test_a_toll_is_the_figure_it_stands_at_now(text: str, expected: list[tuple[int, bool]]) -> None:
    assert deaths(text) == expected


@pytest.mark.parametrize("text", ["The war took a heavy toll on the town.", "The toll road to Kumba was closed."])
def test_a_toll_without_a_figure_is_no_count(text: str) -> None:
    assert deaths(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("The enemy lost up to 85 servicemen and two tanks near the river.", 85),
    ("Our units neutralised about forty terrorists during the sweep.", 40),
    ("Enemy losses amounted to 1,300 personnel over the day.", 1300),
    ("The battalion eliminated 12 armed bandits in the forest.", 12),
])
def test_a_sides_claim_of_enemy_losses_is_found_as_a_claim(text: str, value: int) -> None:
    (claim,) = find_claimed_losses(text)
    assert (claim.measure, claim.value, claim.exact) == (CLAIMED_LOSSES, value, False)
    assert deaths(text) == [], "a claimed enemy loss is never a death count"


@pytest.mark.parametrize("text", ["The enemy lost ground near the river.", "Police neutralised a bomb on Monday."])
def test_no_claimed_losses_without_a_figure_of_people(text: str) -> None:
    assert find_claimed_losses(text) == []


def test_a_reporter_named_by_a_pronoun() -> None:
    assert told_by_pronoun("The clashes have left 11 dead since March, it said.")
    assert told_by_pronoun("They said 11 had died since March.")
    assert not told_by_pronoun("It was the worst attack since March, police said.")


def test_an_acronyms_full_stop_is_not_its_name() -> None:
    (who,) = find_attributions("At least 40 were killed in the district in May, according to UNHCR.")
    assert who.reporter == "UNHCR"
    (who,) = find_attributions("At least 40 were killed, according to the U.N.")
    assert who.reporter == "the U.N."


def test_a_retraction_is_no_reporter() -> None:
    assert find_attributions("An earlier version of this story said 14 people were killed.") == []
