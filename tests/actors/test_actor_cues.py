"""Initiator/target cues read from the words around an actor phrase."""

from __future__ import annotations

import pytest

from eventcoder.actors import cues
from eventcoder.actors.cues import ALLY, is_source, word_cue
from eventcoder.actors.matching import ActorMatch
from eventcoder.lookbehind import clause_start


def phrase(text: str, words: str) -> ActorMatch:
    start = text.index(words)
    return ActorMatch("group", start, start + len(words), words)


@pytest.mark.parametrize("text, words, expected", [
    ("Two soldiers were killed by IS militants.", "IS militants", 1),
    ("IS militants attacked a checkpoint.", "IS militants", 1),
    ("The explosion of an IS planted IED wounded two.", "IS", 1),
    ("Gunmen believed to be affiliated with IS shot a man.", "IS", 1),
    ("Turkish jets struck targets belonging to the PKK.", "PKK", -1),
    ("An airstrike targeting PKK positions hit Zap.", "PKK", -1),
    ("PMF fighters were wounded in the blast.", "PMF fighters", -1),
    ("Iraqi forces backed by the PMF swept the desert.", "PMF", ALLY),
    ("Near the river, PMF positions lay quiet.", "PMF", 0),
])
def test_word_cue(text: str, words: str, expected: float) -> None:
    assert word_cue(text, phrase(text, words)) == expected


def test_sources_are_not_actors() -> None:
    text = "HPG reported that Turkish forces shelled Zap, according to the police."
    assert is_source(text, phrase(text, "HPG"))
    assert is_source(text, phrase(text, "police"))
    assert not is_source(text, phrase(text, "Turkish forces"))


@pytest.mark.slow
@pytest.mark.parametrize("text, words, expected", [
    ("They set fire to the office of a local militia group.", "militia", -1),
    ("They torched billboards and the office of the Wafa movement, a militia group linked to Iran.", "militia", -1),
    ("Members of the Wafa militia were arrested in Basra.", "Wafa militia", -1),
    ("Local militia fighters attacked the checkpoint.", "militia", 1),
])
def test_syntax_cue_reads_owners_appositions_and_compounds(nlp, text: str, words: str, expected: float) -> None:
    from eventcoder.actors.cues import syntax_cue

    assert syntax_cue(nlp(text), phrase(text, words)) == expected


@pytest.mark.parametrize("before", [
    "an attack by the suspected ", "fighting, backed by the ", "clashes (alongside ", "shelling. Attacks of ",
    "militants believed to be ", "police fired at 3 ", "raid on pro-", "according to the ", "gunfire, by 5 ", "", ", "])
def test_the_words_before_a_phrase_are_read_from_the_last_clause_as_from_the_whole_window(before: str) -> None:
    clause = clause_start(before)
    for pattern in (cues._ALLY_BEFORE, cues._AGENT_BEFORE, cues._AFFILIATION_BEFORE, cues._ATTACK_OF,
                    cues._PATIENT_BEFORE, cues._SOURCE_BEFORE):
        found, whole = pattern.search(before, clause), pattern.search(before)
        assert (found and (found.span(), found.groups())) == (whole and (whole.span(), whole.groups()))
