"""The document object that flows through the pipeline's stages, and what the stages attach to it.

One :class:`Analysis` per document: ``parse`` fills ``doc`` (a spaCy Doc); ``mentions`` finds the
clauses that report events; the following stages annotate each :class:`EventMention` in place
(actors, place, date, counts, claims); ``assemble`` turns mentions into :class:`~eventcoder.record.Event`
records. Every annotation keeps the character span that supports it, so each record field can show
its evidence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .documents import Document
from .record import AggregateClaim, Claim, Event, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Analysis", "Anatomy", "Dateline", "EventMention", "ActorRef", "ResolvedPlace", "ResolvedDate", "Count"]


@dataclass(frozen=True, slots=True)
class Dateline:
    """The reporting line before a story's lead: "BAGHDAD, Nov 28 (Reuters) -", "rajkot:".

    It says where and when the story was filed and by whom: a fallback for events the body does not
    place or date, never above the body's own words.
    """

    span: Span
    place: Span | None = None
    date: dt.date | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Anatomy:
    """The parts of an article: a headline summarises the body, a dateline files it, boilerplate is
    furniture (bylines, "This story is from...", share prompts). The body is everything else."""

    headline: Span | None = None
    dateline: Dateline | None = None
    boilerplate: list[Span] = field(default_factory=list)
    filed: dt.date | None = None  # the date an archive note or the dateline files the story under
    #: A digest's briefs, each opening with its own dateline ("BAMAKO — ...", then "BAMENDA — ..."): the text
    #: from one dateline to the next. Empty for a story with one dateline (or none).
    briefs: list[Span] = field(default_factory=list)

    def in_headline(self, start: int) -> bool:
        return self.headline is not None and self.headline.start <= start < self.headline.end

    def in_boilerplate(self, start: int) -> bool:
        return any(s.start <= start < s.end for s in self.boilerplate)

    @property
    def is_news_story(self) -> bool:
        """A story with a headline or a dateline, not a coder's note or a bare paragraph."""
        return self.headline is not None or self.dateline is not None


@dataclass(slots=True)
class ActorRef:
    """An actor in ACLED's canonical naming ("Police Forces of Iraq (2018-2020)") with its inter code."""

    name: str
    inter: int
    span: Span | None = None
    confidence: float = 0.5


@dataclass(slots=True)
class ResolvedPlace:
    """Where an event happened, at ACLED's geo_precision (1 town, 2 near/part of region, 3 region)."""

    country: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    confidence: float
    span: Span | None = None
    country_only: bool = False  # all the text says is the country ("in northern Iraq"): no coordinates
    unresolved: bool = False  # the text's name is not in the gazetteer: coded to the smallest unit holding it
    country_from: str = ""  # why this country: "its own place", "its paragraph ('In Mali')", "the document's"...
    #: the provinces of far namesakes of like size the text gave no way to rule out (the town chosen is a guess)
    namesakes_in: tuple[str, ...] = ()


@dataclass(slots=True)
class ResolvedDate:
    """The day an event happened, with ACLED's time_precision (1 day, 2 week/weekend, 3 month)."""

    date: dt.date
    precision: int
    confidence: float
    span: Span | None = None
    rule: str = ""  # how it was found: "explicit", "weekday", "carried over", "publication date"...


@dataclass(slots=True)
class Count:
    """A figure in ACLED's conservative reading ("dozens" -> 12, "at least 50" -> 50)."""

    value: int
    span: Span | None = None
    claimed_by: str | None = None
    exact: bool = True  # False for vague words and unnumbered reports of deaths


@dataclass(slots=True)
class EventMention:
    """A clause that reports one event, with everything the stages found for it."""

    sentence: Span
    trigger: Span
    event_type: str
    sub_event_type: str
    confidence: float
    rule: str = ""  # why this type: the rule or model that decided
    clause: Span | None = None
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actor_1: list[ActorRef] = field(default_factory=list)
    assoc_actor_2: list[ActorRef] = field(default_factory=list)
    place: ResolvedPlace | None = None
    date: ResolvedDate | None = None
    fatalities: Count | None = None
    injuries: Count | None = None
    arrests: Count | None = None
    claims: list[Claim] = field(default_factory=list)
    follow_ups: list[Span] = field(default_factory=list)  # later sentences that go on about this event (their figures count)
    evidence: dict[str, list[Span]] = field(default_factory=dict)  # extra evidence per record field
    field_confidence: dict[str, float] = field(default_factory=dict)
    placed_by_clause: bool = False  # one of two acts of one subject at two places, placed by its own clause

    def placed_apart(self, other: "EventMention") -> bool:
        """Whether this mention and ``other`` are two acts of one sentence's subject, each placed by its own clause
        at a differently named place ("clashes broke out in Tripoli after the militia's head was killed at a base in
        Salah al-Din district"): two events, whatever day and kind they share."""
        if not (self.placed_by_clause and other.placed_by_clause) or self.sentence.start != other.sentence.start \
                or self.clause is None or other.clause is None \
                or not (self.clause.end <= other.clause.start or other.clause.end <= self.clause.start):
            return False
        names = []
        for mention in (self, other):
            place, clause = mention.place, mention.clause
            if place is None or place.span is None or not clause.start <= place.span.start < clause.end:
                return False
            names.append((place.location or place.admin1 or place.country or "").casefold())
        return names[0] != names[1]


@dataclass(slots=True)
class Analysis:
    """One document on its way through the pipeline."""

    document: Document
    doc: "Doc | None" = None
    anatomy: Anatomy = field(default_factory=Anatomy)  # headline, dateline, boilerplate: set by the anatomy stage
    mentions: list[EventMention] = field(default_factory=list)
    aggregates: list[AggregateClaim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)  # stage-private notes shared downstream (e.g. "places")

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def published(self) -> dt.date | None:
        """The publication date, else the date the article files itself under (archive note, dateline)."""
        return self.document.published or self.anatomy.filed

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` over the document text."""
        return Span(start, end, self.document.text[start:end])
