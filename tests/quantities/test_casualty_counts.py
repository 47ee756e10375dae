"""Casualty, injury, arrest and abduction figures in one sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventcoder.quantities import UNNUMBERED_DEATHS, find_counts


def counts(text: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for finding in find_counts(text):
        found[finding.measure] = found.get(finding.measure, 0) + finding.value
    return found


@pytest.mark.parametrize(("text", "expected"), [
    ("A roadside bomb exploded, killing 4 and injuring 84.", {"fatalities": 4, "injuries": 84}),
    ("Two protesters died on Tuesday as police fought running street battles.", {"fatalities": 2}),
    ("At least 50 demonstrators were wounded, medical sources said.", {"injuries": 50}),
    ("Gunmen killed 2 soldiers and 3 civilians near the checkpoint.", {"fatalities": 5}),
    ("Two protesters and a policeman were killed.", {"fatalities": 3}),
    ("10 people, including a police officer, were killed in clashes.", {"fatalities": 10}),
    ("Police arrested dozens of protesters.", {"arrests": 12}),
    ("Gunmen kidnapped three engineers.", {"abductions": 3}),
    ("unknown armed men shot and killed a police officer", {"fatalities": 1}),
    ("Militias assassinated Abdul-Nasser al-Tarfi, a tribal sheikh.", {"fatalities": 1}),
    ("A 25-year-old man was shot dead.", {"fatalities": 1}),
    # a total broken down between dashes is counted once; a part of a toll told elsewhere is no figure
    ("Gunmen ambushed a convoy, killing 25 people - 20 soldiers and five civilians - the ministry said.",
     {"fatalities": 25}),
    ("Gunmen killed two soldiers - one of them an officer - and three civilians.", {"fatalities": 5}),
    ("The monitor said 14 of the dead were from the factions and four were SDF fighters.", {}),
    ("The tribal chief was stabbed to death.", {"fatalities": 1}),
    ("The strike killed an IS leader and his two companions.", {"fatalities": 3}),
    ("a vehicle carrying 6 civilians came under fire, killing them", {"fatalities": 6}),
    ("The clashes resulted in the killing of 3 militants.", {"fatalities": 3}),
    ("The body of a police officer was found.", {"fatalities": 1}),
    ("Security forces killed protesters.", {"fatalities": UNNUMBERED_DEATHS}),
    ("No one was killed.", {"fatalities": 0}),
    ("There were no injuries or fatalities.", {"fatalities": 0}),
    ("The shelling left 7 demonstrators dead.", {"fatalities": 7}),
    ("The death toll rose to 12.", {"fatalities": 12}),
    ("Gunmen stormed the village, killing a clan elder and his nephew.", {"fatalities": 2}),
    ("A farmer and his son were killed by an explosive device.", {"fatalities": 2}),
    ("The attackers killed the mukhtar, his wife and two children.", {"fatalities": 4}),
    ("Gunmen killed the mukhtar, his brother said.", {"fatalities": 1}),
    ("Two children were killed by a mine, killing both of them.", {"fatalities": 2}),
    ("2 militants were killed when the attack was repelled, leaving 2 militants killed.", {"fatalities": 2}),
    ("2 soldiers were killed in the attack, and 2 civilians were killed nearby.", {"fatalities": 4}),
    ("Protesters demanded the dismissal of officials involved in the killing of demonstrators.", {}),
    ("An IED hit the vehicle, killing and injuring all those onboard.",
     {"fatalities": UNNUMBERED_DEATHS, "injuries": 3}),
    ("Artillery shelled the area, killing and injuring a number of militants.",
     {"fatalities": UNNUMBERED_DEATHS, "injuries": 3}),
    ("A roadside bomb exploded, killing and injuring 4 soldiers.", {"injuries": 4}),  # no death figure
    ("Protesters carried the coffins of those killed in the protest movement.", {}),
    ("People protested following the killing of three brothers by militants.", {}),
    ("Airstrikes left 9 militants killed and injured.", {}),
    ("Police found a mass grave with the remains of 32 civilians killed by IS in 2014.", {}),
    ("Nine fighters from the Guardians of the Republic's 5th Brigade were reported killed.", {"fatalities": 9}),
    ("2 militants were killed, injured or captured during the operation.", {}),
    ("Another demonstrator succumbed to a bullet wound sustained Monday.", {"fatalities": 1}),
    ("Suspected jihadists killed 12 villagers in an attack in Soum province.", {"fatalities": 12}),
])
def test_counts(text: str, expected: dict[str, int]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "Militants were killed or wounded in the attack.",  # deaths and injuries not told apart
    "The strike killed or injured 9 fighters.",
    "Protesters demanded that those who killed demonstrators be brought to justice.",
    "They protested against the killing of protesters in Baghdad.",
    "Relatives accused the police of killing their sons.",
    "Two men suspected of killing a farmer were arrested.",
    "Protesters clashed with police in Minneapolis after the death of George Floyd.",
    "Anger grew over the killing of an activist in Basra.",
    "Those who say the revolution has died live in delusion.",
    "On 12 October 2019 a rocket landed in the Green Zone.",
    "Police fired tear gas at 2,000 protesters.",
])
def test_no_fatality_figure(text: str) -> None:
    assert "fatalities" not in counts(text) or counts(text)["fatalities"] == 0


def test_killing_or_injuring_is_not_a_death_count() -> None:
    assert counts("An airstrike hit the village, killing or injuring 4 militants.").get("fatalities") is None


def test_spans_and_offsets() -> None:
    text = "Gunmen killed at least 3 people."
    (finding,) = find_counts(text, offset=10)
    assert finding.text == "at least 3" and finding.value == 3 and finding.exact
    assert (finding.start, finding.end) == (text.index("at least") + 10, text.index(" people") + 10)


def test_vague_figures_are_not_exact() -> None:
    (finding,) = find_counts("Security forces killed dozens of protesters.")
    assert finding.value == 12 and not finding.exact


def test_date_spans_hold_no_figures() -> None:
    text = "On Dec 21, 1 soldier was killed."
    date = (text.index("Dec"), text.index(","))
    (finding,) = find_counts(text, excluded=[date])
    assert finding.value == 1 and finding.text == "1"


# 1900-2099 written without a thousands separator reads as a year, so figures stay below it.
@given(st.integers(min_value=0, max_value=1899), st.integers(min_value=0, max_value=1899))
def test_killed_and_injured_figures_go_to_their_own_measure(killed: int, injured: int) -> None:
    assert counts(f"The blast killed {killed} people and injured {injured} others.") == {
        "fatalities": killed, "injuries": injured}
    assert counts(f"{killed} protesters were killed and {injured} were wounded.") == {
        "fatalities": killed, "injuries": injured}


@pytest.mark.parametrize(("text", "expected"), [
    ("TWO PROTESTERS WERE KILLED IN BASRA.", {"fatalities": 2}),  # capitals: the cue-word check reads a lower-cased text
    ("Gunmen fatally shot two men.", {"fatalities": 2}),  # the word after "fatally" is a cue of its own
    ("Police fired tear gas at 300 protesters in 2 squares.", {}),  # figures, but no cue word: nothing to read
])
def test_a_sentence_is_read_for_figures_only_when_it_holds_a_cue_word(text: str, expected: dict[str, int]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A mob beat and burned to death four men on Sunday, witnesses said.", 4),
    ("The crowd burned to death four suspected gang members.", 4),
    ("Residents beat four men to death.", 4),
    ("Two men were beaten to death by a mob.", 2),
    ("A man was stabbed to death.", 1),
])
def test_to_death_counts_the_victims_on_either_side(text: str, expected: int) -> None:
    assert [(f.measure, f.value) for f in find_counts(text)] == [("fatalities", expected)]
