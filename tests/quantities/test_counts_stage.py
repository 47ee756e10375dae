"""The counts stage on hand-built analyses (no spaCy): which mention gets which figure."""

from __future__ import annotations

import datetime as dt

from eventcoder.analysis import Analysis, EventMention
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import counts, dates


def mention(analysis: Analysis, trigger: str, event_type: str, sub_event_type: str, *, nth: int = 0) -> EventMention:
    text = analysis.text
    at = -1
    for _ in range(nth + 1):
        at = text.index(trigger, at + 1)
    start = max(text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0, text.rfind("\n", 0, at) + 1)
    ends = [i for i in (text.find(". ", at), text.find(".\n", at)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    found = EventMention(sentence=analysis.span(start, end), trigger=analysis.span(at, at + len(trigger)),
                         event_type=event_type, sub_event_type=sub_event_type, confidence=0.8)
    analysis.mentions.append(found)
    return found


def run(text: str, specs: list[tuple[str, str, str]]) -> list[EventMention]:
    analysis = Analysis(document=Document(id="doc", text=text, published=dt.date(2020, 1, 22)))
    found = [mention(analysis, *spec) for spec in specs]
    config = PipelineConfig()
    dates.create(config)(analysis)
    counts.create(config)(analysis)
    return found


def test_stage_contract() -> None:
    stage = counts.create(PipelineConfig())
    assert stage.requires == ("doc", "mentions")
    assert stage.assigns == ("mentions.fatalities", "mentions.injuries", "mentions.arrests")


def test_killing_4_and_injuring_84_go_to_one_mention() -> None:
    (attack,) = run("On Monday a car bomb exploded in Baghdad, killing 4 and injuring 84.",
                    [("exploded", "Explosions/Remote violence", "Remote explosive/landmine/IED")])
    assert attack.fatalities is not None and attack.fatalities.value == 4 and attack.fatalities.exact
    assert attack.fatalities.span is not None and attack.fatalities.span.text == "4"
    assert attack.injuries is not None and attack.injuries.value == 84
    assert attack.arrests is None


def test_figures_follow_their_clause_in_a_sentence_with_two_events() -> None:
    protest, shooting = run(
        "Thousands marched peacefully in Basra, while in Nasiriyah police shot dead 3 protesters.",
        [("marched", "Protests", "Peaceful protest"), ("shot", "Protests", "Excessive force against protesters")])
    assert protest.fatalities is None
    assert shooting.fatalities is not None and shooting.fatalities.value == 3


def test_a_later_sentence_adds_its_figures_to_the_event_it_follows() -> None:
    (clash,) = run("On Sunday, militants clashed with the army near Kirkuk. 3 soldiers were killed and many injured.",
                   [("clashed", "Battles", "Armed clash")])
    assert clash.fatalities is not None and clash.fatalities.value == 3


def test_a_casualty_word_mention_yields_its_figures_to_the_violent_event() -> None:
    bomb, killing = run("On Monday an IED exploded near the village, killing 1 civilian.",
                        [("exploded", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
                         ("killing", "Violence against civilians", "Attack")])
    assert bomb.fatalities is not None and bomb.fatalities.value == 1
    assert killing.fatalities is None


def test_reporters_disagree_the_lowest_wins() -> None:
    (attack,) = run("On Monday militants attacked an army post. HPG claimed 7 soldiers were killed but "
                    "Turkish sources confirmed one death.", [("attacked", "Battles", "Armed clash")])
    assert attack.fatalities is not None
    assert (attack.fatalities.value, attack.fatalities.claimed_by) == (1, "Turkish sources")


def test_a_retold_figure_is_not_added_twice() -> None:
    (attack,) = run("On Monday gunmen attacked protesters, killing 2 in Basra. The 2 protesters were killed by snipers.",
                    [("attacked", "Protests", "Excessive force against protesters")])
    assert attack.fatalities is not None and attack.fatalities.value == 2


def test_tallies_are_no_event_figures() -> None:
    (protest,) = run("Protesters rallied in Baghdad on Monday. Security forces have killed more than 500 "
                     "people since the protests began in October.", [("rallied", "Protests", "Peaceful protest")])
    assert protest.fatalities is None


def test_unnumbered_deaths_count_three_and_are_not_exact() -> None:
    (attack,) = run("On Monday gunmen opened fire on protesters in Basra and several were killed.",
                    [("opened fire", "Protests", "Excessive force against protesters")])
    assert attack.fatalities is not None and attack.fatalities.value == 3 and not attack.fatalities.exact


def test_arrests() -> None:
    (arrest,) = run("On Monday police arrested dozens of protesters in Karbala.",
                    [("arrested", "Strategic developments", "Arrests")])
    assert arrest.arrests is not None and arrest.arrests.value == 12 and not arrest.arrests.exact


def test_figures_follow_the_mention_sentence_even_when_its_trigger_lies_elsewhere() -> None:
    text = "On Sunday police shot dead 3 protesters in Basra. Rights groups counted the dead."
    analysis = Analysis(document=Document(id="doc", text=text, published=dt.date(2020, 1, 22)))
    first_sentence = analysis.span(0, text.index(".") + 1)
    stray = text.index("dead.")  # a trigger outside the mention's sentence must not lose the sentence's figures
    analysis.mentions.append(EventMention(sentence=first_sentence, trigger=analysis.span(stray, stray + 4),
                                          event_type="Protests", sub_event_type="Excessive force against protesters",
                                          confidence=0.8))
    counts.create(PipelineConfig())(analysis)
    assert analysis.mentions[0].fatalities is not None and analysis.mentions[0].fatalities.value == 3


def test_a_casualty_mention_told_first_keeps_its_figure() -> None:
    killed, clashes = run("On Nov 23, 1 demonstrator was killed and 10 others injured following clashes with police.",
                          [("killed", "Protests", "Excessive force against protesters"), ("clashes", "Battles", "Armed clash")])
    assert killed.fatalities is not None and killed.fatalities.value == 1
    assert clashes.fatalities is None


def test_figures_do_not_cross_paragraphs() -> None:
    text = "On Saturday protesters set fire to an office in Najaf.\n\nAnother demonstrator died of a wound in Baquba."
    (fire,) = run(text, [("set fire", "Riots", "Violent demonstration")])
    assert fire.fatalities is None


def test_harm_told_after_a_strategic_development_is_not_its_figure() -> None:
    (withdrawal,) = run("The army withdrew its troops from the border on Monday. Two soldiers were killed in the evening.",
                        [("withdrew", "Strategic developments", "Change to group/activity")])
    assert withdrawal.fatalities is None
