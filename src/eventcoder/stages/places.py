"""The ``places`` stage: where each event happened, at ACLED's geo_precision, with its evidence span.

The document is read once by :class:`~eventcoder.geo.resolver.Geocoder` (toponyms, country,
disambiguation); each mention then gets the place its own sentence names as the event's location,
or, failing that, the previous event's place, the document's main place, or the country's capital
region (precision 3), each with lower confidence. The document's country goes to
``analysis.extras["country"]`` and its resolved toponyms to ``analysis.extras["places"]``.
"""

from __future__ import annotations

from ..analysis import Analysis, ResolvedPlace
from ..geo.index import GazetteerIndex, load_gazetteer
from ..geo.resolver import Geocoder
from ..pipeline import PipelineConfig

__all__ = ["PlacesStage", "create"]


class PlacesStage:
    """Sets ``mention.place`` for every event mention."""

    name = "places"
    requires: tuple[str, ...] = ("doc", "mentions")
    assigns: tuple[str, ...] = ("mentions.place",)

    def __init__(self, config: PipelineConfig, gazetteer: GazetteerIndex | None = None) -> None:
        self._config = config
        self._geocoder: Geocoder | None = Geocoder(gazetteer) if gazetteer is not None else None

    @property
    def geocoder(self) -> Geocoder:
        if self._geocoder is None:  # the index loads on first use, so building a pipeline stays cheap
            self._geocoder = Geocoder(load_gazetteer(self._config.gazetteer_dir))
        return self._geocoder

    def __call__(self, analysis: Analysis) -> None:
        geocoder = self.geocoder
        places = geocoder.analyse(analysis.text, doc=analysis.doc, country=analysis.document.country)
        analysis.extras["country"] = places.country_name or analysis.document.country
        analysis.extras["country_code"] = places.country
        analysis.extras["places"] = [t.as_dict() for t in places.toponyms]
        previous: ResolvedPlace | None = None
        for mention in sorted(analysis.mentions, key=lambda m: m.sentence.start):
            sentence = (mention.sentence.start, mention.sentence.end)
            trigger = (mention.trigger.start, mention.trigger.end)
            place = geocoder.event_place(places, sentence, trigger, previous=previous, text=analysis.text)
            mention.place = place
            if place is not None:
                mention.field_confidence["place"] = place.confidence
                if place.span is not None:
                    mention.evidence.setdefault("location", []).append(place.span)
                if place.span is not None and sentence[0] <= place.span.start < sentence[1]:
                    previous = place


def create(config: PipelineConfig) -> PlacesStage:
    return PlacesStage(config)
