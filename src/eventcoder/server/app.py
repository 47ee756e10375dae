"""The dashboard web app: a JSON API over the event store and a page that works offline.

``create_app(store)`` builds a FastAPI app. The page (``static/index.html``) loads only files the
package serves itself (Leaflet and the Natural Earth base map are copied in by the front-end build);
a strict Content-Security-Policy forbids inline scripts and every other origin, except the tile
server the user configured. The OpenAPI document is at ``/openapi.json``.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import StoreError
from ..store.filters import ORDER_FIELDS, EventFilter
from ..store.names import resolve_filter
from ..taxonomy import EVENT_TYPES
from .backend import CORRECTABLE, DashboardStore
from .backend import MAP_FIELDS
from .backend import map_points as located_events
from .cache import DEFAULT_CACHE_BYTES, DEFAULT_WORKERS, ResponseCache
from .models import (
    Admin1Count, AuditEntry, BulkRequest, ClaimView, Config, Correction, DocumentView, EventDetail, EventPage,
    EventSummary, EvidenceSpan, Facets, MapPoints, MentionView, MergeRequest, ReviewedMark, ReviewResult,
    SplitRequest, TimelineBucket, WrongMark,
)
from .security import DEFAULT_MAX_BODY, Guard

__all__ = ["create_app", "STATIC_DIR", "VENDOR_DIR", "assets_built", "content_security_policy", "FilterParams"]

STATIC_DIR = Path(__file__).parent / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
#: Files the page cannot work without; written by `npm ci && npm run build` in frontend/.
REQUIRED_ASSETS = ("leaflet.js", "leaflet.css", "leaflet.markercluster.js", "topojson-client.min.js",
                   "countries-110m.json")
MAX_MAP_POINTS = 100_000
MAX_PAGE = 500
#: Largest offset accepted (no store is near it; larger values are refused, not passed to SQL).
MAX_OFFSET = 100_000_000
#: Most events a bulk action may touch at once.
MAX_BULK = 500
#: Longest text in a query parameter.
MAX_PARAM = 200
#: Seconds a store's names (for resolving filters) are kept when it has no generation to check them by.
FACETS_TTL_S = 10.0
#: Longest error message sent back (messages never repeat long input).
MAX_DETAIL = 500
EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json",
                "jsonl": "application/x-ndjson"}


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


def _short(text: str, limit: int = MAX_DETAIL) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


Text = Annotated[str | None, Query(max_length=MAX_PARAM)]


class FilterParams:
    """The filters every list endpoint takes (as query parameters), checked and bounded."""

    def __init__(self,
                 date_from: Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")] = None,
                 date_to: Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")] = None,
                 country: Annotated[str | None, Query(max_length=MAX_PARAM,
                                                      description="name, or ISO 3166 alpha-2/alpha-3 code")] = None,
                 admin1: Text = None, event_type: Text = None, sub_event_type: Text = None,
                 actor: Annotated[str | None, Query(max_length=MAX_PARAM, description="part of an actor name")] = None,
                 q: Annotated[str | None, Query(max_length=MAX_PARAM,
                                                description="text in notes, places, actors or source")] = None,
                 min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
                 max_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
                 conflicts: Annotated[bool | None, Query(description="only events whose reports disagree (true) "
                                                                     "or agree (false)")] = None,
                 reviewed: Annotated[bool | None, Query(description="only events an analyst acted on (true) or "
                                                                    "not yet (false)")] = None,
                 include_wrong: bool = False) -> None:
        for name, value in (("date_from", date_from), ("date_to", date_to)):
            if value:
                try:
                    dt.date.fromisoformat(value)
                except ValueError:
                    raise HTTPException(400, f"{name}: not a date; use YYYY-MM-DD") from None
        self.filter = EventFilter(
            date_from=date_from or None, date_to=date_to or None, country=country or None, admin1=admin1 or None,
            event_type=event_type or None, sub_event_type=sub_event_type or None, actor=actor or None,
            text=q or None, include_wrong=include_wrong, min_confidence=min_confidence,
            max_confidence=max_confidence, conflicted=conflicts, reviewed=reviewed)


def _known_parameters(request: Request) -> None:
    """422 for a query parameter the endpoint does not take (``?sub_type=...`` must not be ignored)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    allowed = getattr(route, "_known_query", None)
    if allowed is None:
        allowed = set()
        pending = [route.dependant]
        while pending:
            dependant = pending.pop()
            allowed.update(p.alias for p in dependant.query_params)
            pending.extend(dependant.dependencies)
        route._known_query = allowed  # type: ignore[attr-defined]
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        takes = ", ".join(sorted(allowed)) or "none"
        raise HTTPException(422, f"unknown query parameter {_short(unknown[0], 40)!r}; {request.url.path} "
                                 f"takes: {takes}")


def create_app(store: DashboardStore, *, tile_url: str | None = None, tile_attribution: str | None = None,
               reviewer: str = "analyst", allowed_hosts: tuple[str, ...] | list[str] = (),
               max_body: int = DEFAULT_MAX_BODY, csrf_token: str | None = None,
               static_dir: Path = STATIC_DIR, cache_bytes: int = DEFAULT_CACHE_BYTES,
               workers: int = DEFAULT_WORKERS) -> FastAPI:
    """The dashboard over ``store``. ``tile_url`` (``https://.../{z}/{x}/{y}.png``) adds an online
    base layer; without it the page uses only the bundled country boundaries.

    ``reviewer`` is who every review action is recorded as (``serve --user``; requests cannot name
    anyone else). ``allowed_hosts`` are names besides 127.0.0.1/localhost/::1 that the Host header
    may carry; ``max_body`` bounds request bodies; ``csrf_token`` (default: random) is what
    state-changing requests must send in ``X-CSRF-Token`` (see :mod:`.security`).

    Over a store that reports its generation (the event store), answers to read requests are kept
    until the store changes (at most ``cache_bytes``; 0 keeps none) and at most ``workers`` of them
    are computed at a time (see :mod:`.cache`).
    """
    app = FastAPI(title="eventcoder dashboard", version="1", docs_url=None, redoc_url=None,
                  dependencies=[Depends(_known_parameters)],
                  description="Explore and review coded events. Responses carry untrusted article text: "
                              "render it as text, never as HTML. Changes need the X-CSRF-Token header "
                              "(its value is in /api/config).")
    token = csrf_token or secrets.token_urlsafe(32)
    # the in-memory stand-in is not thread-safe: its calls take turns; the event store reads in parallel
    lock: Any = nullcontext() if getattr(store, "concurrent", False) else threading.RLock()
    policy = content_security_policy(tile_url)

    def security_headers(path: str) -> list[tuple[bytes, bytes]]:
        cache = "no-store" if path.startswith("/api") else "max-age=300"
        return [(b"content-security-policy", policy.encode()), (b"x-content-type-options", b"nosniff"),
                (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer"),
                (b"cache-control", cache.encode())]

    # the guard (added last) runs first: requests it refuses never reach the cache
    if hasattr(store, "generation"):
        app.add_middleware(ResponseCache, generation=lambda: store.generation, max_bytes=cache_bytes,
                           workers=workers)
    app.add_middleware(Guard, token=token, allowed_hosts=tuple(allowed_hosts), max_body=max_body,
                       headers=security_headers)

    @contextmanager
    def using_store() -> Iterator[DashboardStore]:
        """The store, with its errors mapped to HTTP errors that say what went wrong."""
        with lock:
            try:
                yield store
            except KeyError as exc:
                raise HTTPException(404, f"no event {_short(str(exc.args[0]), 80)!r}; it may have been merged "
                                         "or split") from exc
            except ValueError as exc:
                raise HTTPException(400, _short(str(exc))) from exc
            except StoreError as exc:
                busy = "busy" in str(exc)
                raise HTTPException(503 if busy else 500, _short(str(exc))) from exc

    facets_cache: dict[str, Any] = {}

    def resolved(f: EventFilter) -> EventFilter:
        """The filters with names resolved (ISO codes, spellings); unknown names are 400s listing
        close matches. The store's names are kept while its generation stands (a store without one:
        for a few seconds) and read again before a name is called unknown (so a place ingested a
        moment ago is found). Answers kept by the cache therefore never rest on older names."""
        if not (f.country or f.admin1 or f.event_type or f.sub_event_type):
            return f
        with using_store() as s:
            generation = getattr(s, "generation", None)
            if generation is not None:
                fresh = facets_cache.get("generation") == generation
            else:
                fresh = time.monotonic() - facets_cache.get("at", -1e9) < FACETS_TTL_S
            if fresh:
                try:
                    return resolve_filter(f, facets_cache["facets"])
                except ValueError:
                    pass
            facets_cache.update(facets=s.facets(), at=time.monotonic(), generation=generation)
            return resolve_filter(f, facets_cache["facets"])

    def checked(params: FilterParams) -> EventFilter:
        return resolved(params.filter)

    @app.get("/api/config", response_model=Config, tags=["meta"])
    def get_config() -> Config:
        """Settings the page needs: the optional tile layer, the review vocabulary, who the analyst is,
        and the token that state-changing requests must send."""
        return Config(tile_url=tile_url, tile_attribution=tile_attribution, reviewer=reviewer,
                      correctable_fields=list(CORRECTABLE), order_fields=list(ORDER_FIELDS), csrf_token=token,
                      event_types={k: list(v) for k, v in EVENT_TYPES.items()})

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, bool]:
        """Whether the server is up and the front-end assets were built into the package."""
        return {"ok": True, "assets_built": assets_built(static_dir / "vendor")}

    @app.get("/api/stamp", tags=["meta"])
    def stamp() -> dict[str, str]:
        """A value that changes when documents, events or corrections change (the page polls it to
        show new articles without a reload)."""
        with using_store() as s:
            get = getattr(s, "stamp", None)
            value = get() if get is not None else str(len(s.query_events(EventFilter(include_wrong=True), limit=None)[0]))
        return {"stamp": value}

    @app.get("/api/facets", response_model=Facets, tags=["events"])
    def get_facets() -> Facets:
        """Distinct countries, admin1 regions, event types and sub-event types."""
        with using_store() as s:
            facets = s.facets()
        return Facets(**_plain(facets))

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def list_events(params: Annotated[FilterParams, Depends()],
                    order_by: Annotated[str, Query(max_length=40, description="a field; '-' in front for descending")]
                    = "-event_date",
                    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
                    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> EventPage:
        """One page of events matching the filters (all optional, combined with AND)."""
        f = checked(params)
        with using_store() as s:
            rows, total = s.query_events(f, limit=limit, offset=offset, order_by=order_by)
        return EventPage(total=total, offset=offset, limit=limit, events=[summary(r) for r in rows])

    @app.get("/api/map", response_model=MapPoints, tags=["events"])
    def map_points(params: Annotated[FilterParams, Depends()],
                   limit: Annotated[int, Query(ge=1, le=MAX_MAP_POINTS)] = MAX_MAP_POINTS) -> Response:
        """Located events matching the filters, for the map, newest first."""
        f = checked(params)
        with using_store() as s:
            points = located_events(s, f, limit=limit)
        # built directly: validating 100,000 small models costs seconds and adds nothing here
        body = json.dumps({"fields": list(MAP_FIELDS), "points": points}, ensure_ascii=False, default=str)
        return Response(body, media_type="application/json")

    @app.get("/api/timeline", response_model=list[TimelineBucket], tags=["events"])
    def timeline(params: Annotated[FilterParams, Depends()],
                 interval: Literal["day", "week", "month"] = "day") -> list[TimelineBucket]:
        """Events and fatalities per day, week (from Saturday, as ACLED) or month."""
        f = checked(params)
        with using_store() as s:
            buckets = s.timeline(f, interval=interval)
        return [TimelineBucket(**_plain(b)) for b in buckets]

    @app.get("/api/admin1", response_model=list[Admin1Count], tags=["events"])
    def admin1(params: Annotated[FilterParams, Depends()]) -> list[Admin1Count]:
        """Events and fatalities per admin1 region, with the mean position of its events."""
        f = checked(params)
        with using_store() as s:
            counts = s.admin1_counts(f)
        return [Admin1Count(**_plain(c)) for c in counts]

    @app.get("/api/export", tags=["events"], response_class=Response)
    def export(params: Annotated[FilterParams, Depends()],
               format: Literal["csv", "geojson", "jsonl"] = "csv",
               order_by: Annotated[str, Query(max_length=40)] = "event_date") -> Response:
        """Every event matching the filters, as ACLED CSV, GeoJSON or JSON Lines (a download)."""
        from ..export import write_rows

        f = checked(params)

        buffer = io.StringIO()
        with using_store() as s:
            iterate = getattr(s, "iter_events", None)
            rows = iterate(f, order_by=order_by) if iterate is not None else \
                s.query_events(f, limit=None, order_by=order_by)[0]
            write_rows(rows, format, stream=buffer, extra_columns=True)
        day = dt.date.today().isoformat()
        headers = {"Content-Disposition": f'attachment; filename="events-{day}.{format}"'}
        return Response(buffer.getvalue(), media_type=EXPORT_TYPES[format], headers=headers)

    @app.get("/api/events/{event_id}", response_model=EventDetail, tags=["events"])
    def get_event(event_id: str) -> EventDetail:
        """An event with its source documents, evidence spans, claims and audit trail."""
        with using_store() as s:
            row = s.get_event(event_id[:MAX_PARAM])
        if row is None:
            raise HTTPException(404, f"no event {_short(event_id, 80)!r}; it may have been merged or split")
        return event_detail(row)

    @app.post("/api/events/{event_id}/corrections", response_model=ReviewResult, tags=["review"])
    def correct(event_id: str, body: Correction) -> ReviewResult:
        """Correct one field; the machine's value stays in the store and the change in the audit trail.
        Values are checked (dates, codebook type/sub-type pairs, ranges); correcting the sub-event
        type sets the event type it belongs to; an actor sets its inter code where ACLED's naming tells
        it, and the interaction always follows the inter codes."""
        if body.field not in CORRECTABLE:
            raise HTTPException(400, f"{_short(body.field, 40)!r} cannot be corrected here; choose one of "
                                     f"{', '.join(CORRECTABLE)}")
        with using_store() as s:
            row = s.correct_field(event_id, body.field, body.value, who=reviewer, why=body.why)
        return ReviewResult(event_ids=[row["event_id"]])

    @app.post("/api/events/{event_id}/wrong", response_model=ReviewResult, tags=["review"])
    def mark_wrong(event_id: str, body: WrongMark) -> ReviewResult:
        """Mark an event wrong (hidden from lists and exports), or take the mark back."""
        with using_store() as s:
            row = s.mark_wrong(event_id, who=reviewer, why=body.why, wrong=body.wrong)
        return ReviewResult(event_ids=[row["event_id"]])

    @app.post("/api/events/{event_id}/reviewed", response_model=ReviewResult, tags=["review"])
    def mark_reviewed(event_id: str, body: ReviewedMark) -> ReviewResult:
        """Record that the analyst checked the event and found it right."""
        with using_store() as s:
            row = s.mark_reviewed(event_id, who=reviewer, why=body.why)
        return ReviewResult(event_ids=[row["event_id"]])

    @app.post("/api/bulk", response_model=ReviewResult, tags=["review"])
    def bulk(body: BulkRequest) -> ReviewResult:
        """Mark every event matching the filters reviewed, wrong or not wrong (at most 500 at once)."""
        f = resolved(body.filters.to_filter())
        with using_store() as s:
            rows, total = s.query_events(f, limit=MAX_BULK + 1, order_by="event_id")
            if total > MAX_BULK:
                raise ValueError(f"{total} events match; a bulk action takes at most {MAX_BULK}: narrow the filters")
            done = []
            for row in rows:
                if body.action == "reviewed":
                    done.append(s.mark_reviewed(row["event_id"], who=reviewer, why=body.why))
                else:
                    done.append(s.mark_wrong(row["event_id"], who=reviewer, why=body.why, wrong=body.action == "wrong"))
        return ReviewResult(event_ids=[r["event_id"] for r in done])

    @app.post("/api/merge", response_model=ReviewResult, tags=["review"])
    def merge(body: MergeRequest) -> ReviewResult:
        """Merge two or more events that report the same thing."""
        with using_store() as s:
            row = s.merge_events(list(body.event_ids), who=reviewer, why=body.why)
        return ReviewResult(event_ids=[row["event_id"]])

    @app.post("/api/events/{event_id}/split", response_model=ReviewResult, tags=["review"])
    def split(event_id: str, body: SplitRequest) -> ReviewResult:
        """Move some mentions (documents' records) out of an event into a new one."""
        with using_store() as s:
            rows = s.split_event(event_id, list(body.mention_ids), who=reviewer, why=body.why)
        return ReviewResult(event_ids=[r["event_id"] for r in rows])

    @app.get("/api/audit", response_model=list[AuditEntry], tags=["review"])
    def audit(event_id: Annotated[str | None, Query(max_length=MAX_PARAM)] = None) -> list[AuditEntry]:
        """The review audit trail, newest first; with ``event_id`` only what concerns that event."""
        with using_store() as s:
            entries = s.audit_trail(event_id)
        return [audit_entry(e) for e in entries]

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static_dir / "index.html", media_type="text/html; charset=utf-8")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's default repeats the input; a 50 MB value must not come back
        problems = [{"loc": [_short(str(part), 40) for part in list(error.get("loc", ()))[:6]],
                     "msg": _short(str(error.get("msg", "")), 200)} for error in exc.errors()[:10]]
        return JSONResponse({"detail": problems}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else "request refused"
        if exc.status_code == 404 and request.url.path.startswith("/static/vendor/"):
            detail = "front-end assets missing: run `npm ci && npm run build` in frontend/, then reinstall"
        elif exc.status_code == 404 and detail == "Not Found":
            detail = f"nothing at {_short(request.url.path, 80)}"
        return JSONResponse({"detail": _short(detail)}, status_code=exc.status_code, headers=exc.headers)

    app.mount("/static", StaticFiles(directory=static_dir, check_dir=False), name="static")
    return app
