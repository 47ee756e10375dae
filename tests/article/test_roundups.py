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
