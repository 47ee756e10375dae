"""The JSON API's request and response bodies (they make the OpenAPI document at /openapi.json).

Every string in a response may come from untrusted article text: clients must render it as text.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt

from ..store.filters import EventFilter

__all__ = [
    "EventSummary", "EventPage", "MapPoints", "TimelineBucket", "Admin1Count", "Facets", "DocumentView",
    "EvidenceSpan", "ClaimView", "MentionView", "AuditEntry", "EventDetail", "Correction", "WrongMark",
    "MergeRequest", "SplitRequest", "ReviewResult", "Config", "ReviewedMark", "BulkRequest", "FilterBody",
]


class EventSummary(BaseModel):
    """One row of the events table."""

    event_id: str
    event_date: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int | None = None
    confidence: float | None = None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    n_documents: int = Field(1, description="how many source documents report the event")
    corrected: list[str] = Field([], description="fields an analyst corrected")
    status: str = Field("ok", description="ok | wrong (marked wrong by an analyst)")


class EventPage(BaseModel):
    total: int = Field(description="events matching the filters, over all pages")
    offset: int
    limit: int
    events: list[EventSummary]


class MapPoints(BaseModel):
    """Located events for the map, as rows of values in the order of ``fields`` (compact for 100k points)."""

    fields: list[str] = Field(description="event_id, latitude, longitude, event_type, fatalities, event_date, location")
    points: list[list[Any]]


class TimelineBucket(BaseModel):
    period: str = Field(description="first day of the day/week/month, YYYY-MM-DD (ACLED weeks start Saturday)")
    events: int
    fatalities: int


class Admin1Count(BaseModel):
    country: str | None = None
    admin1: str | None = Field(description="None for events whose admin1 is unknown")
    events: int
    fatalities: int
    latitude: float | None = Field(None, description="mean position of the located events")
    longitude: float | None = None


class Facets(BaseModel):
    """Distinct values for the filter drop-downs."""

    country: list[str] = []
    admin1: list[str] = []
    event_type: list[str] = []
    sub_event_type: list[str] = []


class DocumentView(BaseModel):
    """A source document. ``text`` is untrusted article text."""

    doc_id: str
    text: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None


class EvidenceSpan(BaseModel):
    """A piece of the mention's document (``text == document.text[start:end]``) that supports ``field``."""

    field: str
    start: int
    end: int
    text: str


class ClaimView(BaseModel):
    """Who reports a figure: ``source`` is None when the article states it itself."""

    field: str
    value: Any = None
    source: str | None = None
    span: EvidenceSpan | None = None


class MentionView(BaseModel):
    """One document's record of the event, with the evidence and claims behind it."""

    mention_id: str
    doc_id: str
    record: dict[str, Any] = Field(description="the fields as the machine read them from this document")
    evidence: list[EvidenceSpan]
    claims: list[ClaimView]


class AuditEntry(BaseModel):
    """One analyst action: who, when, what and why."""

    correction_id: int | str
    kind: str = Field(description="field | merge | split | wrong")
    event_id: str | None = None
    field: str | None = None
    value: Any = None
    mention_ids: list[str] = []
    who: str
    why: str
    created_at: str
    applied: bool = True


class EventDetail(BaseModel):
    event: dict[str, Any] = Field(description="every field of the event, with corrections applied")
    corrected: list[str] = []
    status: str = "ok"
    mentions: list[MentionView]
    documents: list[DocumentView]
    audit: list[AuditEntry]


Id = Annotated[str, Field(min_length=1, max_length=200)]


class _Review(BaseModel):
    """Who acts is the server's user (``serve --user``), never a field of the request."""

    model_config = ConfigDict(extra="forbid")

    why: str = Field(..., min_length=1, max_length=2000, description="the reason, kept in the audit trail")


class Correction(_Review):
    field: str = Field(..., max_length=40)
    value: Annotated[str, Field(max_length=10_000)] | StrictInt | StrictFloat | None


class WrongMark(_Review):
    wrong: bool = True


class ReviewedMark(_Review):
    pass


class MergeRequest(_Review):
    event_ids: list[Id] = Field(..., min_length=2, max_length=100)


class SplitRequest(_Review):
    mention_ids: list[Id] = Field(..., min_length=1, max_length=1000, description="mentions that move to a new event")


Name = Annotated[str | None, Field(None, max_length=200)]


class FilterBody(BaseModel):
    """The list endpoints' filters, in a request body (for bulk actions)."""

    model_config = ConfigDict(extra="forbid")

    date_from: Annotated[str | None, Field(None, max_length=10)] = None
    date_to: Annotated[str | None, Field(None, max_length=10)] = None
    country: Name = None
    admin1: Name = None
    event_type: Name = None
    sub_event_type: Name = None
    actor: Name = None
    q: Name = None
    min_confidence: Annotated[float | None, Field(None, ge=0, le=1)] = None
    max_confidence: Annotated[float | None, Field(None, ge=0, le=1)] = None
    conflicts: bool | None = None
    reviewed: bool | None = None
    include_wrong: bool = False

    def to_filter(self) -> EventFilter:
        return EventFilter(date_from=self.date_from or None, date_to=self.date_to or None,
                           country=self.country or None, admin1=self.admin1 or None,
                           event_type=self.event_type or None, sub_event_type=self.sub_event_type or None,
                           actor=self.actor or None, text=self.q or None, include_wrong=self.include_wrong,
                           min_confidence=self.min_confidence, max_confidence=self.max_confidence,
                           conflicted=self.conflicts, reviewed=self.reviewed)


class BulkRequest(_Review):
    action: Literal["reviewed", "wrong", "not_wrong"]
    filters: FilterBody


class ReviewResult(BaseModel):
    event_ids: list[str] = Field(description="the event(s) to show after the action")


class Config(BaseModel):
    tile_url: str | None = Field(None, description="online tile layer the user configured (--tiles), if any")
    tile_attribution: str | None = None
    reviewer: str = Field(description="who review actions are recorded as (serve --user)")
    correctable_fields: list[str]
    order_fields: list[str]
    csrf_token: str = Field(description="send in the X-CSRF-Token header of every state-changing request")
    event_types: dict[str, list[str]] = Field({}, description="ACLED's event types and their sub-event types")
