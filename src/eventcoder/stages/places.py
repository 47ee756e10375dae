"""The ``places`` stage: where each event happened, at ACLED's geo_precision, with its evidence span.

The document is read once by :class:`~eventcoder.geo.resolver.Geocoder` (toponyms, country,
disambiguation); each mention then gets the place its own sentence names as the event's location
(its own clause, where one sentence tells two acts of one subject at two places), or, failing that, the
previous event's place, the dateline's place (``analysis.anatomy``), the document's main place, each with
lower confidence, else only the country, with no coordinates and a warning. In a round-up, a paragraph that
opens "In Mali, ..." is Mali's: its events take its places, else Mali alone (``place.country_from`` says why).
A name the gazetteer lacks stays the location, coded to the smallest known unit holding it
(``evidence["location_unresolved"]``, and a warning naming it). A mention whose place stands in a list ("protests
in Baghdad, Nasiriyah and Basra") is copied once per other place of the list: one event per place. The document's country goes to
``analysis.extras["country"]`` and its resolved toponyms to ``analysis.extras["places"]``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..analysis import Analysis, EventMention, ResolvedPlace
from ..classify.clauses import Clause, acts_at_two_places
from ..geo.index import GazetteerIndex, load_gazetteer
from ..geo.lists import list_members
from ..geo.resolver import DocumentPlaces, Geocoder, ResolvedToponym
from ..geo.sections import section_at
from ..pipeline import PipelineConfig
from ..record import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["PlacesStage", "create", "whole_sentence"]


class PlacesStage:
    """Sets ``mention.place`` for every event mention."""

    name = "places"
    requires: tuple[str, ...] = ("doc", "mentions")  # reads the anatomy (dateline, headline) when that stage ran
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
        line = analysis.anatomy.dateline
        filed = (line.place.start, line.place.end) if line is not None and line.place is not None else None
        places = geocoder.analyse(analysis.text, doc=analysis.doc, country=analysis.document.country, dateline=filed)
        analysis.extras["country"] = places.country_name or analysis.document.country
        analysis.extras["country_code"] = places.country
        analysis.extras["places"] = [t.as_dict() for t in places.toponyms]
        dateline = self._dateline(analysis, places)
        previous: ResolvedPlace | None = None
        located: list[EventMention] = []
        headline = analysis.anatomy.headline
        for mention in sorted(analysis.mentions, key=lambda m: m.sentence.start):
            sentence = (mention.sentence.start, mention.sentence.end)
            if headline is None or not headline.start <= sentence[0] < headline.end:  # (a headline has no full stop)
                sentence = whole_sentence(analysis.text, *sentence)
            trigger = (mention.trigger.start, mention.trigger.end)
            scope = _own_clause(analysis, mention, places)
            mention.placed_by_clause = scope is not None
            place = geocoder.event_place(places, scope or sentence, trigger, previous=previous, text=analysis.text,
                                         dateline=dateline)
            if place is not None:
                place.country_from = _country_from(place, sentence, places, dateline)
            _set_place(mention, place)
            located.append(mention)
            if place is not None and place.span is not None and sentence[0] <= place.span.start < sentence[1]:
                previous = place
                located.extend(self._listed_places(mention, places, analysis.text))
        analysis.mentions[:] = located
        _warn(analysis)

    def _dateline(self, analysis: Analysis, places: DocumentPlaces) -> ResolvedToponym | None:
        """The dateline's place, set aside from the body's places: where the story was filed, a fallback only.
        The headline's places are a summary: the document's main place comes from the body when it names one."""
        headline = analysis.anatomy.headline
        if headline is not None:
            places.summary.append((headline.start, headline.end))
        line = analysis.anatomy.dateline
        if line is None:
            return None
        places.set_aside.append((line.span.start, line.span.end))
        if line.place is None:
            return None
        return self.geocoder.dateline_place(places, line.place.start, line.place.end, analysis.text)

    def _listed_places(self, mention: EventMention, places: DocumentPlaces, text: str) -> list[EventMention]:
        """One more mention per other place of a list ("clashes in Baghdad, Nasiriyah and Basra"):
        ACLED codes one event per place. Figures stay with the first (the counts stage gives a
        sentence's figures to the first of mentions with the same trigger)."""
        assert mention.place is not None and mention.place.span is not None
        in_sentence = places.in_range(mention.sentence.start, mention.sentence.end)
        chosen = next((r for r in in_sentence if r.toponym.start == mention.place.span.start), None)
        if chosen is None:
            return []
        copies = []
        for member in list_members(chosen, in_sentence, text):
            copy = replace(mention, evidence={k: list(v) for k, v in mention.evidence.items() if k != "location"},
                           field_confidence=dict(mention.field_confidence), claims=list(mention.claims))
            listed = self.geocoder.to_resolved(member, places, text)
            listed.country_from = "its own place"
            _set_place(copy, listed)
            copies.append(copy)
        return copies


def _country_from(place: ResolvedPlace, sentence: tuple[int, int], places: DocumentPlaces,
                  dateline: ResolvedToponym | None) -> str:
    """Why the event is in its country: the place its own sentence names, else its round-up paragraph's cue ("In
    Mali, ..."), an earlier sentence's place, the dateline's, or the document's country."""
    span = place.span
    section = section_at(places.sections, sentence[0])
    cue = section is not None and place.country_only and span is not None and span.start == section.name[0]
    if span is not None and sentence[0] <= span.start < sentence[1] and not cue:
        return "its own place"
    if section is not None:
        return f"its paragraph ('{section.cue}')"
    if span is not None and dateline is not None and span.start == dateline.toponym.start:
        return "the dateline's place"
    if span is not None:
        return "an earlier sentence's place"
    return "the document's country"


def _own_clause(analysis: Analysis, mention: EventMention, places: DocumentPlaces) -> tuple[int, int] | None:
    """The mention's clause, where it is one of two acts of one subject at two places, each an event of the sentence
    ("set ablaze two buses at Nsukka ... and shot a rider dead at Nnewi"): each act is where its own clause puts it."""
    doc, span = analysis.doc, mention.clause
    clause = _token_clause(doc, span) if doc is not None and span is not None else None
    if doc is None or span is None or clause is None or not places.in_range(span.start, span.end):
        return None
    others = (_token_clause(doc, m.clause) for m in analysis.mentions
              if m is not mention and m.sentence.start == mention.sentence.start and m.clause is not None)
    if not any(other is not None and acts_at_two_places(doc, clause, other) for other in others):
        return None
    return span.start, span.end


def _token_clause(doc: "Doc", span: Span) -> Clause | None:
    """The clause (token range and head) over a mention's clause span."""
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    return Clause(chars.start, chars.end, chars.root.i) if chars is not None and len(chars) else None


_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*(?=\s|$)")
_UNFINISHED = re.compile(r"[^.!?\"'’”)\]\s]\s*$")  # the parse's sentence stops without its full stop


def whole_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence from ``start`` to its full stop: the parser may end one at an opening bracket or a line break
    ("a drone strike by NATO forces [assumed US military] killed 1 civilian in X village"), leaving the place in the
    next piece. A sentence that stops without its full stop runs on to the next one (never over a blank line)."""
    if not _UNFINISHED.search(text, start, end):
        return start, end
    stop = _SENTENCE_END.search(text, end)
    limit = stop.end() if stop is not None else len(text)
    gap = text.find("\n\n", end, limit)
    return start, (limit if gap < 0 else max(end, gap)) if limit - end <= 300 else end


def _set_place(mention: EventMention, place: ResolvedPlace | None) -> None:
    mention.place = place
    if place is not None:
        mention.field_confidence["place"] = place.confidence
        if place.span is not None:
            mention.evidence.setdefault("location", []).append(place.span)
            if place.unresolved:  # the record names what an analyst should look up
                mention.evidence.setdefault("location_unresolved", []).append(place.span)


def _warn(analysis: Analysis) -> None:
    """One warning per document for events placed only in their country, one per town chosen among far namesakes,
    one per name the gazetteer lacks."""
    country_only = [m.place for m in analysis.mentions if m.place is not None and m.place.latitude is None
                    and not m.place.unresolved]
    if country_only:
        analysis.warnings.append(f"places: {len(country_only)} event(s) placed only in their country "
                                 f"({country_only[0].country}): the text names no place for them; no coordinates")
    unplaced = sum(1 for m in analysis.mentions if m.place is None)
    if unplaced:
        analysis.warnings.append(f"places: {unplaced} event(s) with no place: the text names no place or country")
    guessed = dict.fromkeys((m.place.location, m.place.admin1, m.place.namesakes_in) for m in analysis.mentions
                            if m.place is not None and m.place.namesakes_in)
    for name, admin1, others in guessed:  # ("in Tambuli", with Tambulis in three regions and no region stated)
        analysis.warnings.append(f"places: {name!r} has namesakes in {', '.join(others)}; the text names no place "
                                 f"that rules them out: coded to the one in {admin1} (lower place confidence)")
    names = dict.fromkeys(m.place.location for m in analysis.mentions if m.place is not None and m.place.unresolved)
    for name in names:
        place = next(m.place for m in analysis.mentions if m.place is not None and m.place.location == name)
        where = ", ".join(x for x in (place.admin2, place.admin1, place.country) if x) or "its country only"
        analysis.warnings.append(f"places: {name!r} is not in the gazetteer: coded to {where} "
                                 f"(geo_precision {place.geo_precision}); add a country dump to resolve it")


def create(config: PipelineConfig) -> PlacesStage:
    return PlacesStage(config)
