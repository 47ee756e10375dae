"""Hand-written reports of events by several outlets (invented wording, public place names), and
look-alike reports of different events, for scoring de-duplication (tests and bench_merge.py).

Each story lists reports as (true event key, fields); reports with one key are one event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventcoder.store.merge import MergeMention

__all__ = ["Story", "STORIES"]


@dataclass(frozen=True)
class Story:
    name: str
    why: str
    reports: tuple[tuple[str, dict[str, Any]], ...]

    def mentions(self) -> Iterator[tuple[str, MergeMention]]:
        for index, (key, fields) in enumerate(self.reports):
            values = {"country": "Iraq", "time_precision": 1, "geo_precision": 1, "fatalities_reported": True,
                      "published": dt.date.fromisoformat(fields["event_date"]) + dt.timedelta(days=1), **fields}
            values["event_date"] = dt.date.fromisoformat(values["event_date"])
            yield key, MergeMention(mention_id=f"{self.name}-{index}", doc_id=f"{self.name}-doc{index}", **values)


def _protest(**fields: Any) -> dict[str, Any]:
    return {"event_type": "Protests", "sub_event_type": "Excessive force against protesters",
            "actor1": "Protesters (Iraq)", "inter1": 6, **fields}


NASIRIYAH = {"admin1": "Dhi Qar", "location": "Nasiriyah", "latitude": 31.0439, "longitude": 46.2576}

STORIES: tuple[Story, ...] = (
    Story("nasiriyah-security-forces", "three outlets; 'security forces' coded as police by one, military by another",
          (("a", _protest(event_date="2019-11-28", actor2="Police Forces of Iraq (2018-)", fatalities=25, **NASIRIYAH)),
           ("a", _protest(event_date="2019-11-28", actor2="Military Forces of Iraq (2018-)", fatalities=27,
                          **{**NASIRIYAH, "location": "Al-Nasiriyah"})),
           ("a", _protest(event_date="2019-11-28", actor2="Police Forces of Iraq (2018-)", fatalities=24,
                          **{**NASIRIYAH, "location": "Nassriya", "latitude": 31.05})))),
    Story("baghdad-last-week", "a weekly round-up ('last week') and the day's report of one sit-in",
          (("a", _protest(event_date="2019-12-02", sub_event_type="Peaceful protest", admin1="Baghdad",
                          location="Baghdad", latitude=33.34, longitude=44.40, fatalities=0)),
           ("a", _protest(event_date="2019-12-04", time_precision=2, sub_event_type="Peaceful protest",
                          admin1="Baghdad", location="Baghdad", latitude=33.34, longitude=44.40, fatalities=0)))),
    Story("idlib-spellings", "one air strike; the outlets spell the province and town Idlib and Idleb",
          (("a", {"event_date": "2020-02-10", "event_type": "Explosions/Remote violence",
                  "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Syria (2000-)", "country": "Syria",
                  "admin1": "Idlib", "location": "Idlib", "latitude": 35.93, "longitude": 36.63, "fatalities": 6}),
           ("a", {"event_date": "2020-02-10", "event_type": "Explosions/Remote violence",
                  "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Syria (2000-)", "country": "Syria",
                  "admin1": "Idleb", "location": "Idleb", "latitude": 35.9306, "longitude": 36.6339, "fatalities": 9}))),
    Story("region-only-report", "a national outlet names only the province of a town's clash",
          (("a", {"event_date": "2020-03-03", "event_type": "Battles", "sub_event_type": "Armed clash",
                  "actor1": "Military Forces of Iraq (2018-)", "actor2": "Islamic State (Iraq)", "admin1": "Diyala",
                  "location": "Khanaqin", "latitude": 34.35, "longitude": 45.39, "fatalities": 3}),
           ("a", {"event_date": "2020-03-03", "event_type": "Battles", "sub_event_type": "Armed clash",
                  "actor1": "Military Forces of Iraq (2018-)", "actor2": "Unidentified Armed Group (Iraq)",
                  "admin1": "Diyala", "location": "Diyala", "geo_precision": 3, "fatalities": 2}))),
    Story("basra-two-towns", "two protests the same day in one province, in towns 20 km apart",
          (("city", _protest(event_date="2019-10-25", sub_event_type="Peaceful protest", admin1="Basra",
                             location="Basra", latitude=30.508, longitude=47.783, fatalities=0)),
           ("zubair", _protest(event_date="2019-10-25", sub_event_type="Peaceful protest", admin1="Basra",
                               location="Az Zubayr", latitude=30.392, longitude=47.701, fatalities=0)))),
    Story("karbala-two-days", "protests in one town on two days, each reported to the day",
          (("fri", _protest(event_date="2019-11-01", admin1="Karbala", location="Karbala", latitude=32.61,
                            longitude=44.02, fatalities=1)),
           ("sat", _protest(event_date="2019-11-02", admin1="Karbala", location="Karbala", latitude=32.61,
                            longitude=44.02, fatalities=0)))),
    Story("najaf-kufa-raids", "police arrests the same day in two towns 10 km apart",
          (("najaf", {"event_date": "2020-01-15", "event_type": "Strategic developments", "sub_event_type": "Arrests",
                      "actor1": "Police Forces of Iraq (2018-)", "admin1": "Najaf", "location": "Najaf",
                      "latitude": 32.00, "longitude": 44.33, "fatalities": 0}),
           ("kufa", {"event_date": "2020-01-15", "event_type": "Strategic developments", "sub_event_type": "Arrests",
                     "actor1": "Police Forces of Iraq (2018-)", "admin1": "Najaf", "location": "Kufa",
                     "latitude": 32.05, "longitude": 44.40, "fatalities": 0}))),
    Story("state-forces-two-countries", "Turkish and Iraqi forces' strikes the same day in one district",
          (("turkey", {"event_date": "2020-06-17", "event_type": "Explosions/Remote violence",
                       "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Turkey (2016-)",
                       "admin1": "Dahuk", "location": "Zakho", "latitude": 37.14, "longitude": 42.68, "fatalities": 0}),
           ("iraq", {"event_date": "2020-06-17", "event_type": "Explosions/Remote violence",
                     "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Iraq (2018-)",
                     "admin1": "Dahuk", "location": "Zakho", "latitude": 37.14, "longitude": 42.68, "fatalities": 0}))),
)
