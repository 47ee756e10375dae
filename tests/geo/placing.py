"""The event place a geocoder gives a one-sentence text, and the fixtures of a small invented world, for the places
rounds' tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from entity_labels import EntityLabels

from eventcoder.analysis import ResolvedPlace
from eventcoder.geo.index import GazetteerIndex
from eventcoder.geo.resolver import Geocoder


def event_place_of(geocoder: Geocoder, text: str, country: str, labels: dict[str, str] | None = None, *,
                   sentence: tuple[int, int] | None = None) -> ResolvedPlace | None:
    """The place of the event told in ``sentence`` (the whole text by default); ``labels`` stand in for the
    parser's entity labels."""
    doc = EntityLabels(text, labels) if labels else None
    places = geocoder.analyse(text, doc=doc, country=country)
    return geocoder.event_place(places, sentence or (0, len(text)), text=text)


def small_world_fixtures(towns: Sequence[tuple[Any, ...]], countries: dict[str, dict[str, str]],
                         admin1: dict[tuple[str, str], str], admin2: dict[int, str] | None = None
                         ) -> tuple[Callable[..., GazetteerIndex], Callable[..., Geocoder]]:
    """A places round's two module fixtures, ``world`` (its invented index, from conftest's ``small_world``) and
    ``geocoder`` on it: ``world, geocoder = small_world_fixtures(_TOWNS, _COUNTRIES, _ADMIN1)``."""
    @pytest.fixture(scope="module")
    def world(small_world: Callable[..., GazetteerIndex]) -> GazetteerIndex:
        return small_world(towns, countries, admin1, admin2)

    @pytest.fixture(scope="module")
    def geocoder(world: GazetteerIndex) -> Geocoder:
        return Geocoder(world)

    return world, geocoder
