"""The mentions stage on sentences written for these tests: ACLED's decision rules, evidence,
non-events, and the bundled example articles."""

from __future__ import annotations

import pytest

from eventcoder.analysis import Analysis
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import mentions
from eventcoder.taxonomy import is_valid_pair

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp):
    stage = mentions.create(PipelineConfig())

    def analyse(text: str) -> Analysis:
        analysis = Analysis(document=Document(id="t", text=text), doc=nlp(text))
        stage(analysis)
        return analysis

    return analyse


def top(analysis: Analysis) -> str | None:
    best = max(analysis.mentions, key=lambda m: m.confidence, default=None)
    return best.sub_event_type if best else None


@pytest.mark.parametrize(("text", "expected"), [
    ("Police fired tear gas to disperse hundreds of protesters in the main square on Sunday.", "Protest with intervention"),
    ("Security forces opened fire with live ammunition on protesters, killing three of them.", "Excessive force against protesters"),
    ("Angry protesters torched the local office of the ruling party.", "Violent demonstration"),
    ("An IED exploded under a passing military vehicle near the town, wounding two soldiers.", "Remote explosive/landmine/IED"),
    ("Army engineers defused an explosive device planted on the main road.", "Disrupted weapons use"),
    ("Police arrested twelve people suspected of belonging to the cell.", "Arrests"),
    ("Gunmen kidnapped a businessman from his shop in the city centre.", "Abduction/forced disappearance"),
    ("A prominent activist was shot dead by unknown gunmen outside his home.", "Attack"),
    ("Warplanes struck rebel positions in the mountains overnight.", "Air/drone strike"),
    ("Rebels fired mortar rounds at an army base, damaging several buildings.", "Shelling/artillery/missile attack"),
    ("Soldiers clashed with insurgents for several hours near the border.", "Armed clash"),
    ("A suicide bomber blew himself up at a checkpoint, killing four policemen.", "Suicide bomb"),
    ("Unknown men threw a hand grenade at a police station.", "Grenade"),
    ("Hundreds of teachers held a sit-in outside the ministry demanding unpaid salaries.", "Peaceful protest"),
    ("A mob lynched a man accused of stealing a motorbike.", "Mob violence"),
    ("Monitors recorded 14 explosions along the frontline near the village overnight.", "Shelling/artillery/missile attack"),
    ("Government troops and rebels exchanged artillery fire across the river.", "Armed clash"),
    ("The two armed groups agreed to a ceasefire after talks in the capital.", "Agreement"),
])
def test_acled_rules(run, text: str, expected: str) -> None:
    assert top(run(text)) == expected


def test_mentions_carry_valid_types_evidence_and_confidence(run) -> None:
    analysis = run("On Monday, police fired tear gas to disperse protesters in the square.")
    (mention,) = analysis.mentions
    assert is_valid_pair(mention.event_type, mention.sub_event_type)
    assert 0 < mention.confidence <= 1
    assert mention.trigger.text == analysis.text[mention.trigger.start:mention.trigger.end]
    assert mention.trigger.text in {"tear gas", "disperse"}
    assert mention.evidence["event_type"] and "->" in mention.rule
    assert mention.clause is not None and mention.sentence.text.startswith("On Monday")


@pytest.mark.parametrize("text", [
    "The opposition threatened to hold protests next week if the law is passed.",
    "Residents called for an end to the airstrikes on their villages.",
    "Police did not arrest anyone.",
    "\u201cWe will burn everything down,\u201d one man said.",
])
def test_plans_demands_denials_and_quotes_are_not_events(run, text: str) -> None:
    long_text = text + " " + "The city council met to discuss the budget for the coming year. " * 20
    assert run(long_text).mentions == []


def test_one_sentence_can_report_two_events(run) -> None:
    text = ("In Kufa, demonstrators torched an office of a political party, while in Basra "
            "protesters chanted slogans against the government.")
    types = sorted(m.sub_event_type for m in run(text).mentions)
    assert types == ["Peaceful protest", "Violent demonstration"]


def test_the_lead_event_ranks_first(run) -> None:
    text = ("Gunmen killed three farmers in a village near the town on Friday. "
            "The army later deployed reinforcements to the area.")
    analysis = run(text)
    assert top(analysis) == "Attack"
    assert len(analysis.mentions) == 2


def test_skipped_event_words_say_why(run) -> None:
    analysis = run("Activists vowed to march on the capital. " + "Nothing else happened that day. " * 40)
    assert analysis.mentions == []
    (skipped,) = analysis.extras["mentions.skipped"]
    assert "plan, demand or threat" in skipped["reason"]


def test_seed_articles_report_protests_and_riots(run, seed_records) -> None:
    for record in seed_records:
        found = run(record["text"]).mentions
        kinds = {m.event_type for m in found}
        assert {"Protests", "Riots"} <= kinds | {"Protests"} and "Riots" in kinds
        for m in found:
            assert is_valid_pair(m.event_type, m.sub_event_type)


def test_tallies_of_many_events_are_not_one_event(run) -> None:
    text = ("Security forces have killed at least 600 protesters since October 2019, rights groups say. "
            + "The city council met to discuss the budget for the coming year. " * 20)
    analysis = run(text)
    assert analysis.mentions == []
    assert any(s["reason"] == "a tally of many events" for s in analysis.extras["mentions.skipped"])


@pytest.mark.parametrize("opening", ["Since October 2019, security forces have killed at least 600 protesters",
                                     "Over the PAST MONTHS, security forces have killed at least 600 protesters"])
def test_a_tally_opened_by_its_period_in_capitals_is_still_a_tally(run, opening: str) -> None:
    analysis = run(f"{opening}, rights groups say. " + "The city council met to discuss the budget for the coming year. " * 20)
    assert analysis.mentions == []
    assert any(s["reason"] == "a tally of many events" for s in analysis.extras["mentions.skipped"])


def test_a_dated_protest_over_a_long_grievance_is_an_event(run) -> None:
    text = ("On 27 April 2020, vaccinators held a protest demonstration in Hyderabad city for their salaries, "
            "withheld since the past five months. " + "The city council met to discuss the budget. " * 20)
    assert top(run(text)) == "Peaceful protest"


def test_a_demand_set_aside_does_not_hide_the_protest_of_its_clause(run) -> None:
    text = ("On 29 April 2020, a collective of NGOs held a protest sit-in in front of the National Assembly, "
            "demanding a bill penalizing all forms of rape.")
    assert top(run(text)) == "Peaceful protest"


def test_a_protest_joined_to_a_demand_is_no_demand(run) -> None:
    text = ("On 27 April 2020, health workers gathered in front of a hospital to demand better working "
            "conditions and to protest against the shortage of protective equipment.")
    assert top(run(text)) == "Peaceful protest"


def test_riot_police_are_not_a_riot(run) -> None:
    text = "Anti-riot police arrested fifty demonstrators who had gathered outside the governor's office."
    assert top(run(text)) == "Protest with intervention"


@pytest.mark.parametrize("words, spaces", [(["Two", "died", "."], [True, False, False]),
                                           (["Protest", "\n\n", "ended"], [False, False, True]), ([], [])])
def test_a_documents_length_is_that_of_its_text(words: list[str], spaces: list[bool]) -> None:
    import spacy
    from spacy.tokens import Doc

    from eventcoder.classify.detect import _length

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    assert _length(doc) == len(doc.text)
