"""A name the index lacks that is followed by a side's people or posts ("bombed RSF positions", "killed ADF fighters")
names whose they are, not a place (stop 21, lead). Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventcoder.geo.unknown import find_unknown_places

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Jets bombed RSF positions east of Kubri Town on Saturday.", ["Kubri Town"]),
    ("Troops killed 12 ADF fighters near Mavivi village.", ["Mavivi"]),
    # a place the index lacks, told with its type, stays
    ("Fighters attacked the village of Bassima on Sunday.", ["Bassima"]),
])
def test_a_sides_positions_are_no_place(nlp, text: str, expected: list[str]) -> None:
    assert [u.text for u in find_unknown_places(text, [], doc=nlp(text))] == expected
