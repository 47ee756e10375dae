"""The event place a geocoder gives a one-sentence text, for the places rounds' tests on small invented worlds."""

from __future__ import annotations

from entity_labels import EntityLabels

from eventcoder.analysis import ResolvedPlace
from eventcoder.geo.resolver import Geocoder


def event_place_of(geocoder: Geocoder, text: str, country: str, labels: dict[str, str] | None = None, *,
                   sentence: tuple[int, int] | None = None) -> ResolvedPlace | None:
    """The place of the event told in ``sentence`` (the whole text by default); ``labels`` stand in for the
    parser's entity labels."""
    doc = EntityLabels(text, labels) if labels else None
    places = geocoder.analyse(text, doc=doc, country=country)
    return geocoder.event_place(places, sentence or (0, len(text)), text=text)
