"""The store as the dashboard sees it, and a small in-memory stand-in with the same interface.

The web app is written against :class:`DashboardStore`, the part of
``eventcoder.store.EventStore`` it uses (same method names, arguments and row shapes).
:class:`MemoryStore` implements it over Python objects, for the server's unit tests (like a mock
transport) and for a quick read-only look at an ``eventcoder extract`` output file.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..errors import StoreError
from ..record import Event, make_event_id
from ..store.filters import ORDER_FIELDS, EventFilter
from ..store.review import CORRECTABLE_FIELDS, check_correction, coerce_value, fill_inter_codes, inter_of_actor
from ..taxonomy import SUB_EVENT_TYPES

__all__ = ["DashboardStore", "MemoryStore", "open_store", "load_jsonl", "map_points", "MAP_FIELDS", "CORRECTABLE",
           "default_reviewer"]

#: Fields the dashboard lets an analyst correct (the store validates values): every field the store
#: accepts corrections for.
CORRECTABLE: tuple[str, ...] = CORRECTABLE_FIELDS


class DashboardStore(Protocol):
    """What the web app calls on the store (a subset of ``eventcoder.store.EventStore``).

    Used when present: ``stamp()``, ``map_points()``, ``iter_events()``, ``concurrent`` and
    ``generation`` (with it the app keeps answers until the store changes, see ``cache.py``)."""

    def query_events(self, filters: EventFilter | None = None, *, limit: int | None = 50, offset: int = 0,
                     order_by: str = "-event_date") -> tuple[list[dict[str, Any]], int]: ...

    def get_event(self, event_id: str) -> dict[str, Any] | None: ...

    def timeline(self, filters: EventFilter | None = None, *, interval: str = "day") -> list[dict[str, Any]]: ...

    def admin1_counts(self, filters: EventFilter | None = None) -> list[dict[str, Any]]: ...

    def facets(self) -> dict[str, list[str]]: ...

    def correct_field(self, event_id: str, field: str, value: Any, *, who: str, why: str) -> dict[str, Any]: ...

    def merge_events(self, event_ids: list[str], *, who: str, why: str) -> dict[str, Any]: ...

    def split_event(self, event_id: str, mention_ids: list[str], *, who: str, why: str) -> list[dict[str, Any]]: ...

    def mark_wrong(self, event_id: str, *, who: str, why: str, wrong: bool = True) -> dict[str, Any]: ...

    def mark_reviewed(self, event_id: str, *, who: str, why: str) -> dict[str, Any]: ...

    def audit_trail(self, event_id: str | None = None) -> list[dict[str, Any]]: ...


def default_reviewer() -> str:
    """The OS user name, recorded in the audit trail when an analyst gives none."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # some containers have no user name
        return "analyst"


def _contains(needle: str | None, *haystack: Any) -> bool:
    if not needle:
        return True
    low = needle.casefold()
    return any(isinstance(h, str) and low in h.casefold() for h in haystack)


def _same(wanted: str | None, value: str | None) -> bool:
    return not wanted or (value is not None and value.casefold() == wanted.casefold())


@dataclass(slots=True)
class _Group:
    """One event of the memory store: the mentions (pipeline records) it is made of."""

    mention_ids: list[str]
    fields: dict[str, Any] = field(default_factory=dict)  # analysts' corrections
    wrong: bool = False
    reviewed: bool = False


class MemoryStore:
    """An in-memory store with :class:`DashboardStore`'s interface.

    Each pipeline record is a *mention*; an event starts as one mention, analysts merge and split
    them. Corrections are an overlay: re-ingesting a document replaces its mentions and the overlay
    applies again. No automatic merging (the real store does that).
    """

    def __init__(self) -> None:
        self._mentions: dict[str, Event] = {}
        self._documents: dict[str, dict[str, Any]] = {}
        self._groups: dict[str, _Group] = {}
        self._audit: list[dict[str, Any]] = []
        self._ids = itertools.count(1)

    # -- loading ----------------------------------------------------------------------------------
    def add_document(self, doc_id: str, text: str, *, title: str | None = None, source: str | None = None,
                     url: str | None = None, published: str | None = None) -> None:
        self._documents[doc_id] = {"doc_id": doc_id, "title": title, "source": source, "url": url,
                                   "published": published, "text": text}

    def add_events(self, events: Iterable[Event]) -> None:
        """Add (or replace, by id) pipeline records; a new record becomes an event of its own."""
        grouped = {m for g in self._groups.values() for m in g.mention_ids}
        for event in events:
            self._mentions[event.event_id] = event
            if event.event_id not in grouped:
                self._groups[event.event_id] = _Group([event.event_id])

    def link(self, mention_ids: Sequence[str]) -> str:
        """Make one event of these mentions, as the store's automatic merge would (not audited)."""
        for mention_id in mention_ids:
            self._groups.pop(mention_id, None)
        for group in self._groups.values():
            group.mention_ids = [m for m in group.mention_ids if m not in set(mention_ids)]
        self._groups[mention_ids[0]] = _Group(list(mention_ids))
        return mention_ids[0]

    # -- reading ----------------------------------------------------------------------------------
    def _row(self, event_id: str, group: _Group) -> dict[str, Any]:
        mentions = [self._mentions[m] for m in group.mention_ids if m in self._mentions]
        anchor = mentions[0]
        row = {k: v for k, v in anchor.to_dict().items()
               if k not in {"kind", "claims", "evidence", "field_confidence", "sources", "doc_id"}}
        row["fatalities"] = max(m.fatalities or 0 for m in mentions)
        row.update(group.fields)
        docs = list(dict.fromkeys(d for m in mentions for d in [m.doc_id, *m.sources]))
        row.update(event_id=event_id, anchor_mention=anchor.event_id, n_mentions=len(mentions),
                   n_documents=len(docs), sources=docs, conflicts=[],
                   corrected=sorted({*group.fields, *(["reviewed"] if group.reviewed else [])}),
                   status="wrong" if group.wrong else "ok",
                   year=int(row["event_date"][:4]) if row.get("event_date") else None)
        return row

    def _rows(self, filters: EventFilter) -> list[dict[str, Any]]:
        rows = []
        for event_id, group in self._groups.items():
            if not any(m in self._mentions for m in group.mention_ids):
                continue
            row = self._row(event_id, group)
            if self._matches(row, filters):
                rows.append(row)
        return rows

    @staticmethod
    def _matches(row: dict[str, Any], f: EventFilter) -> bool:
        date = row.get("event_date") or ""
        if not f.include_wrong and row["status"] == "wrong":
            return False
        if f.date_from and (not date or date < str(f.date_from)):
            return False
        if f.date_to and (not date or date > str(f.date_to)):
            return False
        if not all(_same(getattr(f, k), row.get(k)) for k in ("country", "admin1", "event_type", "sub_event_type")):
            return False
        if not _contains(f.actor, *(row.get(k) for k in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"))):
            return False
        confidence = row.get("confidence")
        if f.min_confidence is not None and (confidence is None or confidence < f.min_confidence):
            return False
        if f.max_confidence is not None and (confidence is None or confidence > f.max_confidence):
            return False
        if f.conflicted is not None and bool(row.get("conflicts")) != f.conflicted:
            return False
        if f.reviewed is not None and bool(row.get("corrected") or row["status"] == "wrong") != f.reviewed:
            return False
        return _contains(f.text, *(row.get(k) for k in ("notes", "location", "admin1", "admin2", "actor1",
                                                        "actor2", "assoc_actor_1", "assoc_actor_2", "source")))

    def query_events(self, filters: EventFilter | None = None, *, limit: int | None = 50, offset: int = 0,
                     order_by: str = "-event_date") -> tuple[list[dict[str, Any]], int]:
        name = order_by.lstrip("-+")
        if name not in ORDER_FIELDS:
            raise ValueError(f"cannot order by {name!r}; use one of {', '.join(ORDER_FIELDS)}")
        rows = self._rows(filters or EventFilter())
        present = sorted((r for r in rows if r.get(name) is not None), key=lambda r: r["event_id"])
        present.sort(key=lambda r: r[name], reverse=order_by.startswith("-"))
        ordered = present + sorted((r for r in rows if r.get(name) is None), key=lambda r: r["event_id"])
        end = None if limit is None else offset + limit
        return ordered[offset:end], len(rows)

    def timeline(self, filters: EventFilter | None = None, *, interval: str = "day") -> list[dict[str, Any]]:
        buckets: dict[str, list[int]] = {}
        for row in self._rows(filters or EventFilter()):
            if not row.get("event_date"):
                continue
            day = dt.date.fromisoformat(row["event_date"][:10])
            if interval == "week":  # ACLED weeks start on Saturday
                day -= dt.timedelta(days=(day.weekday() - 5) % 7)
            elif interval == "month":
                day = day.replace(day=1)
            bucket = buckets.setdefault(day.isoformat(), [0, 0])
            bucket[0] += 1
            bucket[1] += row.get("fatalities") or 0
        return [{"period": k, "events": v[0], "fatalities": v[1]} for k, v in sorted(buckets.items())]

    def admin1_counts(self, filters: EventFilter | None = None) -> list[dict[str, Any]]:
        groups: dict[tuple[Any, str], list[dict[str, Any]]] = {}
        for row in self._rows(filters or EventFilter()):
            if row.get("admin1"):
                groups.setdefault((row.get("country"), row["admin1"]), []).append(row)
        out = []
        for (country, admin1), rows in groups.items():
            located = [r for r in rows if r.get("latitude") is not None and r.get("longitude") is not None]
            out.append({"country": country, "admin1": admin1, "events": len(rows),
                        "fatalities": sum(r.get("fatalities") or 0 for r in rows),
                        "latitude": sum(r["latitude"] for r in located) / len(located) if located else None,
                        "longitude": sum(r["longitude"] for r in located) / len(located) if located else None})
        return sorted(out, key=lambda s: (-s["events"], s["admin1"]))

    def facets(self) -> dict[str, list[str]]:
        rows = self._rows(EventFilter(include_wrong=True))
        return {k: sorted({r[k] for r in rows if r.get(k)}) for k in ("country", "admin1", "event_type", "sub_event_type")}

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        group = self._groups.get(event_id)
        if group is None or not any(m in self._mentions for m in group.mention_ids):
            return None
        row = self._row(event_id, group)
        mentions = []
        for mention_id in group.mention_ids:
            event = self._mentions.get(mention_id)
            if event is None:
                continue
            mentions.append({
                **{k: v for k, v in event.to_dict().items() if k not in {"kind", "sources", "event_id"}},
                "mention_id": mention_id,
                "evidence": {k: [{"start": s.start, "end": s.end, "text": s.text} for s in v]
                             for k, v in event.evidence.items()},
                "claims": [{"field": c.field, "value": c.value, "source": c.source,
                            "span": {"start": c.span.start, "end": c.span.end, "text": c.span.text} if c.span else None}
                           for c in event.claims],
                "document": self._documents.get(event.doc_id),
            })
        return {**row, "mentions": mentions, "corrections": self.audit_trail(event_id)}

    # -- review -----------------------------------------------------------------------------------
    def _group(self, event_id: str) -> _Group:
        group = self._groups.get(event_id)
        if group is None:
            raise KeyError(event_id)
        return group

    def _log(self, kind: str, event_id: str, mention_ids: Sequence[str], *, who: str, why: str,
             field: str | None = None, value: Any = None) -> None:
        self._audit.append({"correction_id": next(self._ids), "kind": kind, "event_id": event_id, "field": field,
                            "value": None if value is None else json.dumps(value), "mention_ids": list(mention_ids),
                            "who": who, "why": why, "applied": True,
                            "created_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)})

    def correct_field(self, event_id: str, field: str, value: Any, *, who: str, why: str) -> dict[str, Any]:
        group = self._group(event_id)
        value = coerce_value(field, value)
        check_correction(self._row(event_id, group), field, value)
        group.fields[field] = value
        if field == "sub_event_type":
            group.fields["event_type"] = SUB_EVENT_TYPES[value]
        if field in ("actor1", "actor2"):
            kind = inter_of_actor(value)
            if value is None or kind is not None:
                group.fields[f"inter{field[-1]}"] = kind
        if field in ("actor1", "actor2", "inter1", "inter2"):
            row = self._row(event_id, group)
            for name in (*fill_inter_codes(row), "interaction"):
                group.fields[name] = row[name]
        self._log("field", event_id, group.mention_ids, who=who, why=why, field=field, value=value)
        return self._row(event_id, group)

    def mark_reviewed(self, event_id: str, *, who: str, why: str) -> dict[str, Any]:
        group = self._group(event_id)
        group.reviewed = True
        self._log("reviewed", event_id, group.mention_ids, who=who, why=why, value=True)
        return self._row(event_id, group)

    def mark_wrong(self, event_id: str, *, who: str, why: str, wrong: bool = True) -> dict[str, Any]:
        group = self._group(event_id)
        group.wrong = wrong
        self._log("wrong", event_id, group.mention_ids, who=who, why=why, value=wrong)
        return self._row(event_id, group)

    def merge_events(self, event_ids: list[str], *, who: str, why: str) -> dict[str, Any]:
        groups = [self._group(i) for i in dict.fromkeys(event_ids)]
        if len(groups) < 2:
            raise ValueError("merging needs at least two different events")
        mention_ids = [m for g in groups for m in g.mention_ids]
        fields: dict[str, Any] = {}
        for g in reversed(groups):
            fields.update(g.fields)
        for i in event_ids:
            self._groups.pop(i, None)
        merged_id = make_event_id("merge", sorted(mention_ids))
        self._groups[merged_id] = _Group(mention_ids, fields)
        self._log("merge", merged_id, mention_ids, who=who, why=why)
        return self._row(merged_id, self._groups[merged_id])

    def split_event(self, event_id: str, mention_ids: list[str], *, who: str, why: str) -> list[dict[str, Any]]:
        group = self._group(event_id)
        moved = [m for m in group.mention_ids if m in set(mention_ids)]
        if not moved or len(moved) == len(group.mention_ids):
            raise ValueError("a split must move some, but not all, of the event's mentions")
        group.mention_ids = [m for m in group.mention_ids if m not in set(moved)]
        new_id = make_event_id("split", sorted(moved))
        self._groups[new_id] = _Group(moved, dict(group.fields))
        self._log("split", event_id, moved, who=who, why=why)
        return [self._row(event_id, group), self._row(new_id, self._groups[new_id])]

    def audit_trail(self, event_id: str | None = None) -> list[dict[str, Any]]:
        entries = [dict(e) for e in self._audit]
        if event_id is not None:
            mine = set(self._groups[event_id].mention_ids) if event_id in self._groups else set()
            entries = [e for e in entries if e["event_id"] == event_id or mine & set(e["mention_ids"])]
        return sorted(entries, key=lambda e: -e["correction_id"])


MAP_FIELDS = ("event_id", "latitude", "longitude", "event_type", "fatalities", "event_date", "location")


def map_points(store: DashboardStore, filters: EventFilter, *, limit: int) -> list[tuple[Any, ...]]:
    """The located events matching ``filters``, newest first: tuples of :data:`MAP_FIELDS` only.

    The DuckDB event store answers with one query on the ``events`` table (the general
    ``query_events`` decodes every column of every row: ~40x slower for 10,000 events); any other
    store goes through ``query_events``.
    """
    direct = getattr(store, "map_points", None)
    if direct is not None:
        return direct(filters, limit=limit)  # type: ignore[no-any-return]
    rows, _ = store.query_events(filters, limit=limit, offset=0, order_by="-event_date")
    return [tuple(r.get(k) if k != "event_date" or r.get(k) is None else str(r[k]) for k in MAP_FIELDS)
            for r in rows if r.get("latitude") is not None and r.get("longitude") is not None]


def load_jsonl(path: Path) -> MemoryStore:
    """A :class:`MemoryStore` holding the events of an ``eventcoder extract`` output file."""
    store = MemoryStore()
    events = []
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise StoreError(f"{path}:{number}: not JSON ({exc}); give an `eventcoder extract` output file") from exc
            if data.get("kind", "event") == "event":
                events.append(Event.from_dict(data))
    store.add_events(events)
    return store


def open_store(path: Path, *, linger: float = 0.5) -> DashboardStore:
    """The store at ``path``: an event store file, or (``.jsonl``) an extract output loaded in memory.

    The file is taken per request and let go ``linger`` seconds after the last one, so ``ingest``,
    ``merge`` and ``events`` can use it while the dashboard runs."""
    if not path.exists():
        how = "`eventcoder extract`" if path.suffix == ".jsonl" else "`eventcoder ingest`"
        raise StoreError(f"{path} does not exist; create it with {how} or give --db the right path")
    if path.suffix == ".jsonl":
        return load_jsonl(path)
    from ..store import EventStore

    return EventStore.open(path, linger=linger)  # type: ignore[no-any-return]

