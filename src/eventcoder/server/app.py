"""The dashboard web app: a JSON API over the event store and a page that works offline.

``create_app(store)`` builds a FastAPI app. The page (``static/index.html``) loads only files the
package serves itself (Leaflet and the Natural Earth base map are copied in by the front-end build);
a strict Content-Security-Policy forbids inline scripts and every other origin, except the tile
server the user configured. The OpenAPI document is at ``/openapi.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Query, Request, Response
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from ..errors import StoreError
from ..store.filters import ORDER_FIELDS, EventFilter
from .backend import CORRECTABLE, DashboardStore
from .backend import MAP_FIELDS
from .backend import map_points as located_events
from .models import (
    Admin1Count, AuditEntry, ClaimView, Config, Correction, DocumentView, EventDetail, EventPage, EventSummary,
    EvidenceSpan, Facets, MapPoints, MentionView, MergeRequest, ReviewResult, SplitRequest, TimelineBucket,
    WrongMark,
)

__all__ = ["create_app", "STATIC_DIR", "VENDOR_DIR", "assets_built", "content_security_policy"]

STATIC_DIR = Path(__file__).parent / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
#: Files the page cannot work without; written by `npm ci && npm run build` in frontend/.
REQUIRED_ASSETS = ("leaflet.js", "leaflet.css", "leaflet.markercluster.js", "topojson-client.min.js",
                   "countries-110m.json")
MAX_MAP_POINTS = 100_000
MAX_PAGE = 500


def assets_built(vendor_dir: Path = VENDOR_DIR) -> bool:
    """Whether the front-end build has copied the third-party assets into the package."""
    return all((vendor_dir / name).is_file() for name in REQUIRED_ASSETS)


def content_security_policy(tile_url: str | None = None) -> str:
    """The page's CSP: only this server, plus the configured tile server's origin for images."""
    images = ["'self'", "data:"]
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tile_url else parts.netloc
        images.append(f"{parts.scheme}://{host}")
    return "; ".join([
        "default-src 'none'", "script-src 'self'", "style-src 'self'", f"img-src {' '.join(images)}",
        "connect-src 'self'", "font-src 'self'", "base-uri 'none'", "form-action 'none'",
        "frame-ancestors 'none'", "object-src 'none'",
    ])


def _plain(value: Any) -> Any:
    """JSON-ready: dates as ISO strings, containers walked."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _decoded(value: Any) -> Any:
    """Store columns kept as JSON text, decoded; other values unchanged."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def _span(field: str, span: Any) -> EvidenceSpan | None:
    if not isinstance(span, dict) or span.get("start") is None:
        return None
    return EvidenceSpan(field=field, start=span["start"], end=span["end"], text=span.get("text") or "")


_MENTION_EXTRA = {"mention_id", "doc_id", "evidence", "claims", "document", "field_confidence", "ordinal"}


def event_detail(row: dict[str, Any]) -> EventDetail:
    """The store's ``get_event`` dict as the API's :class:`EventDetail`."""
    mentions: list[MentionView] = []
    documents: dict[str, DocumentView] = {}
    for mention in row.get("mentions") or []:
        evidence = _decoded(mention.get("evidence")) or {}
        spans = [s for field, items in evidence.items() for s in (_span(field, i) for i in items or []) if s]
        claims = [ClaimView(field=c.get("field") or "", value=_plain(c.get("value")), source=c.get("source"),
                            span=_span(c.get("field") or "", c.get("span")))
                  for c in _decoded(mention.get("claims")) or []]
        mentions.append(MentionView(
            mention_id=str(mention["mention_id"]), doc_id=str(mention["doc_id"]),
            record=_plain({k: v for k, v in mention.items() if k not in _MENTION_EXTRA}),
            evidence=spans, claims=claims))
        document = mention.get("document")
        if document and document.get("doc_id") not in documents:
            documents[document["doc_id"]] = DocumentView(**_plain(document))
        elif not document and mention["doc_id"] not in documents:
            documents[mention["doc_id"]] = DocumentView(doc_id=mention["doc_id"])
    event = _plain({k: v for k, v in row.items() if k not in {"mentions", "corrections"}})
    event["sources"] = _decoded(event.get("sources"))
    return EventDetail(event=event, corrected=_decoded(row.get("corrected")) or [], status=row.get("status") or "ok",
                       mentions=mentions, documents=list(documents.values()),
                       audit=[audit_entry(e) for e in row.get("corrections") or []])


def audit_entry(entry: dict[str, Any]) -> AuditEntry:
    data = _plain(entry)
    data["value"] = _decoded(data.get("value"))
    data["mention_ids"] = _decoded(data.get("mention_ids")) or []
    return AuditEntry(**data)


def summary(row: dict[str, Any]) -> EventSummary:
    data = _plain(row)
    data["corrected"] = _decoded(data.get("corrected")) or []
    return EventSummary(**{k: v for k, v in data.items() if k in EventSummary.model_fields})


def create_app(store: DashboardStore, *, tile_url: str | None = None, tile_attribution: str | None = None,
               reviewer: str = "analyst", static_dir: Path = STATIC_DIR) -> FastAPI:
    """The dashboard over ``store``. ``tile_url`` (``https://.../{z}/{x}/{y}.png``) adds an online
    base layer; without it the page uses only the bundled country boundaries."""
    app = FastAPI(title="eventcoder dashboard", version="1", docs_url=None, redoc_url=None,
                  description="Explore and review coded events. Responses carry untrusted article text: "
                              "render it as text, never as HTML.")
    lock = threading.RLock()
    policy = content_security_policy(tile_url)

    @contextmanager
    def using_store() -> Iterator[DashboardStore]:
        """One call at a time, with store errors mapped to HTTP errors that say what went wrong."""
        with lock:
            try:
                yield store
            except KeyError as exc:
                raise HTTPException(404, f"no event {exc.args[0]!r}; it may have been merged or split") from exc
            except ValueError as exc:
                raise HTTPException(400, str(exc)) from exc
            except StoreError as exc:
                raise HTTPException(500, str(exc)) from exc

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        response.headers["Content-Security-Policy"] = policy
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store" if request.url.path.startswith("/api") else "max-age=300"
        return response

    def filters(date_from: str | None, date_to: str | None, country: str | None, admin1: str | None,
                event_type: str | None, actor: str | None, q: str | None, include_wrong: bool) -> EventFilter:
        try:
            for name, value in (("date_from", date_from), ("date_to", date_to)):
                if value:
                    dt.date.fromisoformat(value)
        except ValueError as exc:
            raise HTTPException(400, f"{name}: {value!r} is not a date; use YYYY-MM-DD") from exc
        return EventFilter(date_from=date_from or None, date_to=date_to or None, country=country or None,
                           admin1=admin1 or None, event_type=event_type or None, actor=actor or None,
                           text=q or None, include_wrong=include_wrong)

    @app.get("/api/config", response_model=Config, tags=["meta"])
    def get_config() -> Config:
        """Settings the page needs: the optional tile layer and the review vocabulary."""
        return Config(tile_url=tile_url, tile_attribution=tile_attribution, reviewer=reviewer,
                      correctable_fields=list(CORRECTABLE), order_fields=list(ORDER_FIELDS))

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, bool]:
        """Whether the server is up and the front-end assets were built into the package."""
        return {"ok": True, "assets_built": assets_built(static_dir / "vendor")}

    @app.get("/api/facets", response_model=Facets, tags=["events"])
    def get_facets() -> Facets:
        """Distinct countries, admin1 regions, event types and sub-event types."""
        with using_store() as s:
            facets = s.facets()
        return Facets(**_plain(facets))

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def list_events(date_from: str | None = None, date_to: str | None = None, country: str | None = None,
                    admin1: str | None = None, event_type: str | None = None, actor: str | None = None,
                    q: Annotated[str | None, Query(description="text in notes, places, actors or source")] = None,
                    include_wrong: bool = False,
                    order_by: Annotated[str, Query(description="a field; '-' in front for descending")] = "-event_date",
                    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                    offset: Annotated[int, Query(ge=0)] = 0) -> EventPage:
        """One page of events matching the filters (all optional, combined with AND)."""
        f = filters(date_from, date_to, country, admin1, event_type, actor, q, include_wrong)
        with using_store() as s:
            rows, total = s.query_events(f, limit=limit, offset=offset, order_by=order_by)
        return EventPage(total=total, offset=offset, limit=limit, events=[summary(r) for r in rows])

    @app.get("/api/map", response_model=MapPoints, tags=["events"])
    def map_points(date_from: str | None = None, date_to: str | None = None, country: str | None = None,
                   admin1: str | None = None, event_type: str | None = None, actor: str | None = None,
                   q: str | None = None, include_wrong: bool = False,
                   limit: Annotated[int, Query(ge=1, le=MAX_MAP_POINTS)] = MAX_MAP_POINTS) -> Response:
        """Located events matching the filters, for the map, newest first."""
        f = filters(date_from, date_to, country, admin1, event_type, actor, q, include_wrong)
        with using_store() as s:
            points = located_events(s, f, limit=limit)
        # built directly: validating 100,000 small models costs seconds and adds nothing here
        body = json.dumps({"fields": list(MAP_FIELDS), "points": points}, ensure_ascii=False, default=str)
        return Response(body, media_type="application/json")

    @app.get("/api/timeline", response_model=list[TimelineBucket], tags=["events"])
    def timeline(date_from: str | None = None, date_to: str | None = None, country: str | None = None,
                 admin1: str | None = None, event_type: str | None = None, actor: str | None = None,
                 q: str | None = None, include_wrong: bool = False,
                 interval: Literal["day", "week", "month"] = "day") -> list[TimelineBucket]:
        """Events and fatalities per day, week (from Saturday, as ACLED) or month."""
        f = filters(date_from, date_to, country, admin1, event_type, actor, q, include_wrong)
        with using_store() as s:
            buckets = s.timeline(f, interval=interval)
        return [TimelineBucket(**_plain(b)) for b in buckets]

    @app.get("/api/admin1", response_model=list[Admin1Count], tags=["events"])
    def admin1(date_from: str | None = None, date_to: str | None = None, country: str | None = None,
               admin1: str | None = None, event_type: str | None = None, actor: str | None = None,
               q: str | None = None, include_wrong: bool = False) -> list[Admin1Count]:
        """Events and fatalities per admin1 region, with the mean position of its events."""
        f = filters(date_from, date_to, country, admin1, event_type, actor, q, include_wrong)
        with using_store() as s:
            counts = s.admin1_counts(f)
        return [Admin1Count(**_plain(c)) for c in counts]

    @app.get("/api/events/{event_id}", response_model=EventDetail, tags=["events"])
    def get_event(event_id: str) -> EventDetail:
        """An event with its source documents, evidence spans, claims and audit trail."""
        with using_store() as s:
            row = s.get_event(event_id)
        if row is None:
            raise HTTPException(404, f"no event {event_id!r}; it may have been merged or split")
        return event_detail(row)

    @app.post("/api/events/{event_id}/corrections", response_model=ReviewResult, tags=["review"])
    def correct(event_id: str, body: Correction) -> ReviewResult:
        """Correct one field; the machine's value stays in the store and the change in the audit trail."""
        if body.field not in CORRECTABLE:
            raise HTTPException(400, f"{body.field!r} cannot be corrected here; choose one of {', '.join(CORRECTABLE)}")
        with using_store() as s:
            row = s.correct_field(event_id, body.field, body.value, who=body.who or reviewer, why=body.why)
        return ReviewResult(event_ids=[row["event_id"]])

    @app.post("/api/events/{event_id}/wrong", response_model=ReviewResult, tags=["review"])
    def mark_wrong(event_id: str, body: WrongMark) -> ReviewResult:
        """Mark an event wrong (hidden from lists and exports), or take the mark back."""
        with using_store() as s:
            row = s.mark_wrong(event_id, who=body.who or reviewer, why=body.why, wrong=body.wrong)
        return ReviewResult(event_ids=[row["event_id"]])

    @app.post("/api/merge", response_model=ReviewResult, tags=["review"])
    def merge(body: MergeRequest) -> ReviewResult:
        """Merge two or more events that report the same thing."""
        with using_store() as s:
            row = s.merge_events(list(body.event_ids), who=body.who or reviewer, why=body.why)
        return ReviewResult(event_ids=[row["event_id"]])

    @app.post("/api/events/{event_id}/split", response_model=ReviewResult, tags=["review"])
    def split(event_id: str, body: SplitRequest) -> ReviewResult:
        """Move some mentions (documents' records) out of an event into a new one."""
        with using_store() as s:
            rows = s.split_event(event_id, list(body.mention_ids), who=body.who or reviewer, why=body.why)
        return ReviewResult(event_ids=[r["event_id"] for r in rows])

    @app.get("/api/audit", response_model=list[AuditEntry], tags=["review"])
    def audit(event_id: str | None = None) -> list[AuditEntry]:
        """The review audit trail, newest first; with ``event_id`` only what concerns that event."""
        with using_store() as s:
            entries = s.audit_trail(event_id)
        return [audit_entry(e) for e in entries]

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static_dir / "index.html", media_type="text/html; charset=utf-8")

    @app.exception_handler(404)
    async def not_found(request: Request, exc: Exception) -> JSONResponse:
        detail = getattr(exc, "detail", None) or f"nothing at {request.url.path}"
        if request.url.path.startswith("/static/vendor/"):
            detail = "front-end assets missing: run `npm ci && npm run build` in frontend/, then reinstall"
        return JSONResponse({"detail": detail}, status_code=404)

    app.mount("/static", StaticFiles(directory=static_dir, check_dir=False), name="static")
    return app
