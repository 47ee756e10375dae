"""Who reports a figure, and which figures are tallies of many events."""

from __future__ import annotations

import pytest

from eventcoder.quantities import attribution_for, find_attributions, is_aggregate, tally_scopes


@pytest.mark.parametrize(("sentence", "reporters"), [
    ("At least 50 demonstrators were wounded, medical sources said.", ["medical sources"]),
    ("Activists say the security forces killed at least 600 protesters.", ["Activists"]),
    ("“The people resumed demonstrations,” Sky News reported on November 2.", ["Sky News"]),
    ("According to the Iraqi High Commission for Human Rights, 36 people were killed.",
     ["the Iraqi High Commission for Human Rights"]),
    ("Five people were killed, according to the ministry.", ["the ministry"]),
    ("As reported by Shafaq News, 3 were killed.", ["Shafaq News"]),
    ("The militants were killed, said a police officer.", ["a police officer"]),
    ("HPG claimed 7 soldiers were killed but Turkish sources confirmed one death.", ["HPG", "Turkish sources"]),
    ("Two protesters died on Tuesday as police fought running battles.", []),
    ("TRIPOLI - The health ministry says 40 people have been killed since June.", ["The health ministry"]),  # dateline
])
def test_reporters(sentence: str, reporters: list[str]) -> None:
    found = find_attributions(sentence)
    assert [a.reporter for a in found] == reporters
    for attribution in found:
        assert sentence[attribution.start:attribution.end] == attribution.reporter
    shifted = find_attributions(sentence, offset=100)  # the same reporters at document offsets
    assert [(a.reporter, a.start - 100) for a in shifted] == [(a.reporter, a.start) for a in found]


def test_the_nearest_reporter_claims_the_figure() -> None:
    sentence = "HPG claimed 7 soldiers were killed but Turkish sources confirmed one death."
    assert attribution_for(sentence, sentence.index("7")).reporter == "HPG"
    assert attribution_for(sentence, sentence.index("one death")).reporter == "Turkish sources"
    assert attribution_for("Two protesters died.", 0) is None


@pytest.mark.parametrize(("sentence", "following"), [
    ("Security forces have killed more than 500 people since the protests began in October.", None),
    ("At least 600 protesters have been killed since October 2019.", None),
    ("Activists say the security forces killed at least 600 protesters.", "However, no one has stood trial so far."),
    ("The death toll from the protests has risen to 450.", None),
    ("Over the past three months, militias have abducted 40 activists.", None),
    ("The deaths bring to more than 600 the number of people killed since mass protests erupted in October 2019.", None),
])
def test_tallies(sentence: str, following: str | None) -> None:
    assert is_aggregate(sentence, following) is not None


@pytest.mark.parametrize("sentence", [
    "On Monday 3 protesters were killed in Baghdad.",
    "2 PKK militants were killed during the clashes with the army.",
    "23 soldiers and five militants were reported to be killed in total.",
])
def test_not_tallies(sentence: str) -> None:
    assert is_aggregate(sentence, "Police said they arrested 2.") is None


def test_a_dated_sentence_keeps_its_own_figure_and_loses_the_toll() -> None:
    sentence = "Two protesters were killed on Tuesday, bringing the death toll to 450."
    (scope,) = tally_scopes(sentence, dated=True)
    assert sentence.index("450") in range(scope.start, scope.end)
    assert sentence.index("Two") not in range(scope.start, scope.end)
    (whole,) = tally_scopes("Security forces killed 500 people since October.", dated=False)
    assert (whole.start, whole.end) == (0, len("Security forces killed 500 people since October."))


_SKIP_CHECK = [
    "Five people were killed, medical sources said on Monday.",
    "According to the Iraqi High Commission for Human Rights, 12 protesters died.",
    "ACCORD\u0130NG TO police, three were hurt.",
    "The death toll rose to 9, as reported by local media.",
    "Activists say the security forces killed two; Security sources: 5 dead",
    "Gunmen killed a farmer in the village.",
    "",
]


@pytest.mark.parametrize("sentence", _SKIP_CHECK)
def test_skipping_patterns_without_their_words_changes_nothing(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventcoder.quantities import attribution

    screened = find_attributions(sentence, offset=3)
    monkeypatch.setattr(attribution, "_can_match", lambda sentence: (True,) * len(attribution._PATTERNS))
    assert screened == find_attributions(sentence, offset=3)


def test_reporters_asked_for_again_are_the_same_in_a_list_of_their_own_and_shifted_by_each_offset() -> None:
    sentence = "Two people were killed, medical sources said, according to the ministry."
    first = find_attributions(sentence, offset=10)
    first.clear()
    again = find_attributions(sentence, offset=10)
    assert [(a.reporter, a.start) for a in again] == [("medical sources", 34), ("the ministry", 69)]
    assert [a.start for a in find_attributions(sentence)] == [24, 59]


def test_a_toll_of_clashes_across_the_country_is_a_tally_with_its_subjects_figure() -> None:
    sentence = ("At least 60 people, including 9 police officers, were killed on Saturday in clashes between "
                "students and supporters of the ruling party across the country, officials said.")
    scopes = tally_scopes(sentence, dated=True)
    assert scopes and scopes[0].start <= sentence.index("60") < scopes[0].end
    assert scopes[0].cue.text.startswith("killed")


def test_a_killing_in_one_town_before_a_nationwide_word_far_away_is_no_tally() -> None:
    sentence = ("Police killed two men in Sylhet on Saturday, and the government later imposed a curfew "
                "across the country.")
    assert tally_scopes(sentence, dated=True) == []
