"""Shortcuts of the toponym finder and the gazetteer index that must never change what they find."""

from __future__ import annotations

import pytest

from eventcoder.geo import finder, unknown
from eventcoder.lookbehind import clause_start
from eventcoder.geo.index import GazetteerIndex

_BEFORE_PATTERNS = [finder._UNIT_BEFORE, finder._OUTSKIRTS_BEFORE, finder._DIRECTION_BEFORE, finder._NEAR_BEFORE,
                    finder._PART_BEFORE, finder._IN_BEFORE, finder._FROM_BEFORE, finder._IN_PART_BEFORE,
                    unknown._TYPE_BEFORE, unknown._LOCATIVE_BEFORE, unknown._NEAR_BEFORE]


@pytest.mark.parametrize("before", [
    "Shelling hit houses, in ", "fighting near the town, north of ", "5.5 km north of ", "clashes (near ",
    "the outskirts of the city of ", "Kataib Hezbollah; Liwa'a al-", "residents of ", "near, the ", "(in) ",
    "attacked. Strikes on ", "from the village of ", "in central ", ", ", "", "outskirts of. ", "north-east ", "near the (old) village of ",
    "stormed the town, the city of ", "in the vicinity of. the "])
def test_searching_from_the_last_clause_finds_what_searching_all_of_the_text_before_a_name_finds(before: str) -> None:
    clause = clause_start(before)
    for pattern in _BEFORE_PATTERNS:
        found, whole = pattern.search(before, clause), pattern.search(before)
        assert (found and (found.span(), found.groups())) == (whole and (whole.span(), whole.groups())), pattern.pattern[:40]


def test_a_kept_look_up_is_a_new_list_each_time_and_the_same_places() -> None:
    index = GazetteerIndex({"keys": {"mosul": 0}, "admin1_places": {}, "admin2_places": {}, "name": ["Mosul"],
                            "country": ["IQ"], "kind": [2], "lat": [36.3], "lon": [43.1], "pop": [1_000_000],
                            "admin1": ["Ninewa"], "admin2": [None], "seat": [None], "source": [0]})
    first = index.lookup_key("mosul")
    first.clear()
    again = index.lookup_key("mosul")
    assert [p.name for p in again] == ["Mosul"] and again is not index.lookup_key("mosul")
    assert index.lookup_key("no such place") == []
