"""A small written corpus: four events told by four outlets in differently worded articles.

``CODED`` holds, for each article, the records a good pipeline would produce (hand-coded from the
text, with the small differences real reports have: spellings, date and place precision, tolls,
sub-types, actors).
``EXPECTED`` is the right merge: one event per real-world event, with the articles that report it.
The places are real, the events and outlets are invented for the test.
"""

from __future__ import annotations

from typing import Any

__all__ = ["ARTICLES", "CODED", "EXPECTED"]

ARTICLES: list[dict[str, Any]] = [
    {"id": "alpha-0121", "source": "Alpha News", "published": "2020-01-21", "country": "Iraq",
     "text": "Two protesters were killed in Nasiriyah on Monday when police opened fire on demonstrators who had "
             "blocked a bridge, medical sources said. In Basra, hundreds of students marched peacefully to the "
             "provincial council building the same day to demand jobs."},
    {"id": "beta-0121", "source": "Beta Daily", "published": "2020-01-21", "country": "Iraq",
     "text": "Security forces used live rounds against a sit-in in al-Nasiriyah on Monday, killing three people, "
             "according to a local activist. Separately, unidentified gunmen shot dead a well-known activist "
             "outside his home in the city that evening."},
    {"id": "gamma-0122", "source": "Gamma Wire", "published": "2020-01-22", "country": "Iraq",
     "text": "At least two people died in Nasiriyah on Monday as police dispersed protesters, the health "
             "directorate said. On Tuesday a roadside bomb exploded in Baghdad's Karrada district, killing one "
             "civilian."},
    {"id": "delta-0122", "source": "Delta Post", "published": "2020-01-22", "country": "Iraq",
     "text": "Students in Basra staged a peaceful rally on Monday. On Tuesday an explosive device went off in "
             "Baghdad, killing a passer-by, police said. Earlier this week gunmen killed a protest organiser in "
             "Nasiriyah."},
]

_PROTEST = {"event_type": "Protests", "actor1": "Protesters (Iraq)", "inter1": 6, "country": "Iraq"}
_NASIRIYAH = {"admin1": "Dhi Qar", "admin2": "Al-Nasiriyah", "location": "Nasiriyah", "latitude": 31.058,
              "longitude": 46.257, "geo_precision": 1}
_BASRA = {"admin1": "Basrah", "admin2": "Al-Basrah", "location": "Basrah", "latitude": 30.508,
          "longitude": 47.784, "geo_precision": 1}
_POLICE = {"actor2": "Police Forces of Iraq (2018-2020)", "inter2": 1, "interaction": 16}

CODED: dict[str, list[dict[str, Any]]] = {
    "alpha-0121": [
        {**_PROTEST, **_NASIRIYAH, **_POLICE, "event_date": "2020-01-20", "time_precision": 1,
         "sub_event_type": "Excessive force against protesters", "fatalities": 2, "claimed_by": "medical sources"},
        {**_PROTEST, **_BASRA, "event_date": "2020-01-20", "time_precision": 1, "sub_event_type": "Peaceful protest",
         "assoc_actor_1": "Students (Iraq)", "interaction": 60},
    ],
    "beta-0121": [
        {**_PROTEST, **_NASIRIYAH, **_POLICE, "location": "Al-Nasiriyah", "event_date": "2020-01-20",
         "time_precision": 1, "sub_event_type": "Excessive force against protesters", "fatalities": 3,
         "claimed_by": "a local activist"},
        {"event_type": "Violence against civilians", "sub_event_type": "Attack", "country": "Iraq", **_NASIRIYAH,
         "event_date": "2020-01-20", "time_precision": 1, "actor1": "Unidentified Armed Group (Iraq)", "inter1": 3,
         "actor2": "Civilians (Iraq)", "inter2": 7, "interaction": 37, "assoc_actor_2": "Activists (Iraq)",
         "fatalities": 1},
    ],
    "gamma-0122": [
        {**_PROTEST, **_NASIRIYAH, "event_date": "2020-01-20", "time_precision": 1,
         "sub_event_type": "Protest with intervention", "actor2": "Police Forces of Iraq (2019-)", "inter2": 1,
         "interaction": 16, "fatalities": 2, "claimed_by": "the health directorate"},
        {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
         "country": "Iraq", "admin1": "Baghdad", "admin2": "Al-Resafa", "location": "Karrada",
         "latitude": 33.305, "longitude": 44.421, "geo_precision": 1, "event_date": "2020-01-21",
         "time_precision": 1, "actor2": "Civilians (Iraq)", "inter2": 7, "interaction": 70, "fatalities": 1},
    ],
    "delta-0122": [
        {**_PROTEST, **_BASRA, "location": "Basra", "event_date": "2020-01-20", "time_precision": 1,
         "sub_event_type": "Peaceful protest", "assoc_actor_1": "Students (Iraq)", "interaction": 60},
        {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
         "country": "Iraq", "admin1": "Baghdad", "location": "Baghdad", "latitude": 33.341, "longitude": 44.401,
         "geo_precision": 3, "event_date": "2020-01-21", "time_precision": 1, "actor2": "Civilians (Iraq)",
         "inter2": 7, "interaction": 70, "fatalities": 1, "claimed_by": "police"},
        {"event_type": "Violence against civilians", "sub_event_type": "Attack", "country": "Iraq", **_NASIRIYAH,
         "event_date": "2020-01-21", "time_precision": 2, "actor1": "Unidentified Armed Group (Iraq)",
         "inter1": 3, "actor2": "Civilians (Iraq)", "inter2": 7, "interaction": 37, "fatalities": 1},
    ],
}

#: (event_type, location of the merged event, date, fatalities, sorted sources) of each right event.
EXPECTED: list[tuple[str, str, str, int, list[str]]] = [
    ("Explosions/Remote violence", "Karrada", "2020-01-21", 1, ["delta-0122", "gamma-0122"]),
    ("Protests", "Basrah", "2020-01-20", 0, ["alpha-0121", "delta-0122"]),
    ("Protests", "Nasiriyah", "2020-01-20", 2, ["alpha-0121", "beta-0121", "gamma-0122"]),
    ("Violence against civilians", "Nasiriyah", "2020-01-20", 1, ["beta-0121", "delta-0122"]),
]
