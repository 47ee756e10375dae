"""Wire round-ups and capitalised headlines, end to end (stories written for these tests): each "In <country>,"
paragraph of a round-up is coded in that country, with that country's actors; a "COUNTRY: HEADLINE IN CAPITALS"
line is a headline, never a place nor an event of its own."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import Pipeline
from reading import read

pytestmark = pytest.mark.slow

_ROUNDUP = ("GOMA, June 3 (Reuters) - Rebels captured the town of Rutshuru in North Kivu on Monday after fighting "
            "with government troops, residents said.\n"
            "In Burkina Faso, suspected jihadists killed 15 soldiers in an attack near Djibo on Sunday.\n"
            "In Somalia, al-Shabaab militants attacked an army base near Baidoa on Tuesday, killing four soldiers.\n"
            "In Cameroon, separatist fighters kidnapped five nurses on Monday.")


def _by_country(pipeline: Pipeline, text: str, published: str = "2025-06-04") -> dict[str, list]:
    events: dict[str, list] = {}
    for event in read(pipeline, text, published=published).events:
        events.setdefault(event.country, []).append(event)
    return events


def test_each_paragraph_of_a_roundup_is_coded_in_its_own_country(pipeline: Pipeline) -> None:
    events = _by_country(pipeline, _ROUNDUP)
    assert set(events) == {"Democratic Republic of the Congo", "Burkina Faso", "Somalia", "Cameroon"}
    somalia = events["Somalia"][0]
    assert somalia.admin1 == "Bay" and "Somalia" in (somalia.actor2 or "")
    assert all("Congo" not in (e.actor1 or "") + (e.actor2 or "") for e in events["Burkina Faso"])
    cameroon = events["Cameroon"][0]
    assert cameroon.location is None and cameroon.geo_precision == 3  # the paragraph names no place: Cameroon alone


def test_the_lead_not_a_later_paragraph_gives_the_story_its_country(pipeline: Pipeline) -> None:
    text = ("NAIROBI (Reuters) - Gunmen killed three police officers in Garissa county, Kenya, on Tuesday, "
            "officials said.\nIn Nigeria, bandits killed nine villagers near Gusau in Zamfara state on Monday.")
    events = _by_country(pipeline, text)
    assert set(events) == {"Kenya", "Nigeria"}
    assert "Kenya" in (events["Kenya"][0].actor2 or "")


def test_a_capitalised_headline_with_a_country_prefix_adds_no_event(pipeline: Pipeline) -> None:
    headline = "MALI: JIHADISTS TORCH MARKET IN CENTRAL REGION"
    text = (f"{headline}\nMOPTI - Jihadist fighters set fire to a market in Bandiagara on Friday and killed three "
            "traders at a checkpoint outside the town, residents said.")
    result = read(pipeline, text, published="2025-06-09")
    assert result.explanation["headline"] == headline
    assert all(e.country == "Mali" and str(e.event_date) == "2025-06-06" for e in result.events)
    assert all("TORCH" not in (e.location or "") for e in result.events)


def test_figures_told_after_unrest_across_the_country_are_the_countrys_tally(pipeline: Pipeline) -> None:
    text = ("MARSEILLE, France - Riots spread across France for a third night on Thursday after a teenager was shot "
            "by police in Lille. The interior ministry said 870 people were detained overnight and 45 officers "
            "were hurt. In Nantes, rioters burned a town hall.")
    result = read(pipeline, text, published="2025-06-13")
    assert all(e.location not in ("Marseille", "Lille") for e in result.events)
    assert all(not e.arrests or e.arrests < 870 for e in result.events)
    tallies = {(a.measure, a.figure, a.place) for a in result.aggregates}
    assert ("arrests", 870, None) in tallies


def test_a_nationwide_tally_is_not_the_town_its_sentence_names_in_passing(pipeline: Pipeline) -> None:
    text = ("LEEDS, England - Rioters set fire to cars outside a mosque in Leeds on Saturday, police said. Since the "
            "unrest began after a march in Hull last week, more than 90 people have been arrested nationwide.")
    result = read(pipeline, text, published="2025-06-15")
    (tally,) = [a for a in result.aggregates if a.figure == 90]
    assert tally.place is None
