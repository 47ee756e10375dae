"""The JSON API's request and response bodies (they make the OpenAPI document at /openapi.json).

Every string in a response may come from untrusted article text: clients must render it as text.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

__all__ = [
    "EventSummary", "EventPage", "MapPoints", "TimelineBucket", "Admin1Count", "Facets", "DocumentView",
    "EvidenceSpan", "ClaimView", "MentionView", "AuditEntry", "EventDetail", "Correction", "WrongMark",
    "MergeRequest", "SplitRequest", "ReviewResult", "Config",
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


class _Review(BaseModel):
    who: str | None = Field(None, max_length=200, description="the analyst; default: the server's --reviewer")
    why: str = Field(..., min_length=1, max_length=2000, description="the reason, kept in the audit trail")


class Correction(_Review):
    field: str
    value: str | int | float | None


class WrongMark(_Review):
    wrong: bool = True


class MergeRequest(_Review):
    event_ids: list[str] = Field(..., min_length=2, max_length=100)


class SplitRequest(_Review):
    mention_ids: list[str] = Field(..., min_length=1, description="mentions that move to a new event")


class ReviewResult(BaseModel):
    event_ids: list[str] = Field(description="the event(s) to show after the action")


class Config(BaseModel):
    tile_url: str | None = Field(None, description="online tile layer the user configured (--tiles), if any")
    tile_attribution: str | None = None
    reviewer: str
    correctable_fields: list[str]
    order_fields: list[str]
