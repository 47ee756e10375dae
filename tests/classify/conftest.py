"""Fixtures for the classifier tests: a small ACLED-format CSV written here (never real ACLED rows), and the
sub-event type the mentions stage reads first in a sentence."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventcoder.analysis import Analysis
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import mentions

#: Invented rows in ACLED's export columns, one per line: date, type, sub-type, notes.
ROWS = [
    ("05-Jan-20", "Protests", "Peaceful protest", "On 5 January, teachers held a sit-in outside the ministry demanding unpaid wages."),
    ("06-Jan-20", "Protests", "Peaceful protest", "On 6 January, students rallied at the university against corruption."),
    ("07-Jan-20", "Protests", "Protest with intervention", "On 7 January, police fired tear gas to disperse protesters in the square."),
    ("08-Jan-20", "Riots", "Violent demonstration", "On 8 January, demonstrators set fire to the party office and threw stones."),
    ("09-Jan-20", "Explosions/Remote violence", "Air/drone strike", "On 9 January, warplanes bombed militant positions in the hills."),
    ("10-Jan-20", "Explosions/Remote violence", "Remote explosive/landmine/IED", "On 10 January, a roadside bomb exploded near a patrol."),
    ("11-Jan-20", "Battles", "Armed clash", "On 11 January, soldiers clashed with insurgents near the border town."),
    ("12-Jan-20", "Violence against civilians", "Attack", "On 12 January, gunmen shot dead a journalist outside his home."),
    ("13-Jan-20", "Strategic developments", "Arrests", "On 13 January, police arrested five suspects in the city."),
    ("14-Jan-20", "Strategic developments", "Disrupted weapons use", "On 14 January, troops defused an explosive device on the road."),
]


def write_acled_csv(path: Path, copies: int = 1) -> Path:
    columns = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "inter1", "country",
               "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision", "fatalities", "notes"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for copy in range(copies):
            for i, (day, event_type, sub, notes) in enumerate(ROWS):
                writer.writerow({"event_id_cnty": f"TST{copy}-{i}", "event_date": day, "event_type": event_type,
                                 "sub_event_type": sub, "actor1": "", "inter1": "", "country": "Testland",
                                 "admin1": "", "location": "", "latitude": "", "longitude": "", "geo_precision": "",
                                 "time_precision": "1", "fatalities": "0", "notes": notes + f" Report {copy}."})
    return path


@pytest.fixture
def acled_csv(tmp_path: Path) -> Path:
    """A 60-row ACLED-format file (the invented rows, six times over)."""
    return write_acled_csv(tmp_path / "acled.csv", copies=6)


@pytest.fixture(scope="module")
def top(nlp):
    """The most confident mention's sub-event type for a text (None: no mention)."""
    stage = mentions.create(PipelineConfig())

    def best(text: str) -> str | None:
        analysis = Analysis(document=Document(id="t", text=text), doc=nlp(text))
        stage(analysis)
        mention = max(analysis.mentions, key=lambda m: m.confidence, default=None)
        return mention.sub_event_type if mention else None

    return best
