"""Analysts' corrections: stored as an audit trail (who, when, what, why) and re-applied after every merge.

A correction points at the *mentions* of the event it was made on, never only at the event id, so
it finds its event again after re-ingest and re-merge: field corrections and wrong marks go to the
event that holds most of those mentions; merges join the clusters holding any of them; splits take
their mentions out into an event of their own. Corrections are applied in the order they were made.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

import duckdb

from ..errors import StoreError
from ..taxonomy import EVENT_TYPES, SUB_EVENT_TYPES, interaction_code
from .merge import MergeMention, load_mentions, reconcile, write_events
from .rows import from_json, to_json

__all__ = ["CORRECTABLE_FIELDS", "EventNotFoundError", "correct_field", "merge_events", "split_event", "mark_wrong",
           "audit_trail", "load_corrections", "apply_structural_corrections", "apply_field_corrections",
           "coerce_value", "mark_reviewed", "fill_inter_codes", "inter_of_actor", "check_type_pair", "check_correction", "MAX_TEXT"]

#: Fields an analyst may correct. ``interaction`` is not among them: it always follows the inter codes,
#: and the inter codes follow the actors (see :func:`inter_of_actor`) unless corrected after them.
CORRECTABLE_FIELDS: tuple[str, ...] = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities", "injuries", "arrests",
)
_INT_FIELDS = {"time_precision": (1, 3), "inter1": (1, 8), "inter2": (1, 8), "geo_precision": (1, 3),
               "fatalities": (0, 1_000_000), "injuries": (0, 1_000_000), "arrests": (0, 1_000_000)}
_REQUIRED = ("event_date", "event_type", "sub_event_type", "actor1", "inter1", "fatalities")
#: Longest text an analyst may give a field (notes are the longest ACLED field).
MAX_TEXT = 10_000

#: ACLED's actor naming patterns that tell the actor's kind (codebook inter codes): a prefix -> inter.
_NAMED_KINDS: tuple[tuple[str, int], ...] = (
    ("protesters (", 6), ("rioters (", 5), ("civilians (", 7), ("military forces of ", 1),
    ("police forces of ", 1), ("government of ", 1), ("unidentified armed group", 3),
)


def inter_of_actor(name: str | None) -> int | None:
    """The inter code ACLED's naming of ``name`` implies ("Protesters (Iraq)" -> 6), or None when the
    name alone does not tell (a named group keeps the code it had)."""
    if not name:
        return None
    low = name.strip().casefold()
    return next((inter for prefix, inter in _NAMED_KINDS if low.startswith(prefix)), None)


def fill_inter_codes(event: dict[str, Any]) -> set[str]:
    """Inter codes an actor's name implies where the event lacks them, and the interaction from the
    inter codes, in place; returns the fields set."""
    changed = set()
    for side in ("1", "2"):
        if event.get(f"inter{side}") is None and event.get(f"actor{side}"):
            kind = inter_of_actor(event[f"actor{side}"])
            if kind is not None:
                event[f"inter{side}"] = kind
                changed.add(f"inter{side}")
    event["interaction"] = interaction_code(event.get("inter1"), event.get("inter2"))
    return changed


def check_type_pair(event_type: str | None, sub_event_type: str | None) -> None:
    """ValueError unless the sub-event type is one of the event type's in the codebook."""
    if event_type and sub_event_type and SUB_EVENT_TYPES.get(sub_event_type) != event_type:
        raise ValueError(f"sub_event_type: {sub_event_type!r} is not a sub-event type of {event_type!r}; "
                         f"{event_type} takes {', '.join(EVENT_TYPES.get(event_type, ()))}; correct sub_event_type "
                         f"alone to change both (each sub-event type belongs to one event type)")
_FLOAT_FIELDS = {"latitude": (-90.0, 90.0), "longitude": (-180.0, 180.0)}


class EventNotFoundError(StoreError, KeyError):
    """No event has this id (ids of merged or split events change: reload the list)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "event not found"


def coerce_value(name: str, value: Any) -> Any:
    """The value as the store keeps it, or ValueError saying what is expected."""
    if name not in CORRECTABLE_FIELDS:
        raise ValueError(f"field {name!r} cannot be corrected; use one of {', '.join(CORRECTABLE_FIELDS)}")
    if value is None or (isinstance(value, str) and not value.strip()):
        if name in _REQUIRED:
            raise ValueError(f"{name} cannot be empty")
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"{name}: give a text or a number")
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise ValueError(f"{name}: at most {MAX_TEXT} characters")
    if name == "event_date":
        try:
            return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
        except ValueError:
            raise ValueError(f"event_date: {str(value)[:40]!r} is not a date; use YYYY-MM-DD") from None
    if name in _INT_FIELDS:
        low, high = _INT_FIELDS[name]
        try:
            number = int(value)
        except (TypeError, ValueError, OverflowError):
            raise ValueError(f"{name}: {str(value)[:40]!r} is not a whole number") from None
        if isinstance(value, float) and value != number or not low <= number <= high:
            value = str(value)[:40]
            raise ValueError(f"{name}: {value!r} is outside {low}..{high}")
        return number
    if name in _FLOAT_FIELDS:
        low_f, high_f = _FLOAT_FIELDS[name]
        try:
            real = float(value)
        except (TypeError, ValueError, OverflowError):
            raise ValueError(f"{name}: {str(value)[:40]!r} is not a number") from None
        if not low_f <= real <= high_f:  # NaN fails too
            value = str(value)[:40]
            raise ValueError(f"{name}: {value!r} is outside {low_f}..{high_f}")
        return real
    text = str(value).strip()
    if name == "event_type" and text not in EVENT_TYPES:
        raise ValueError(f"event_type: {text[:60]!r} is not an ACLED event type; use one of {', '.join(EVENT_TYPES)}")
    if name == "sub_event_type" and text not in SUB_EVENT_TYPES:
        raise ValueError(f"sub_event_type: {text[:60]!r} is not an ACLED sub-event type; use one of "
                         f"{', '.join(SUB_EVENT_TYPES)}")
    return text


# -- applying stored corrections to a fresh merge ----------------------------------------------------------


def load_corrections(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    rows = con.execute("SELECT correction_id, kind, event_id, field, value, mention_ids, who, why, created_at "
                       "FROM corrections ORDER BY correction_id").fetchall()
    return [{"correction_id": cid, "kind": kind, "event_id": eid, "field": fld, "value": from_json(value),
             "mention_ids": from_json(ids, []), "who": who, "why": why, "created_at": at}
            for cid, kind, eid, fld, value, ids, who, why, at in rows]


def apply_structural_corrections(clusters: list[list[MergeMention]],
                                 corrections: Sequence[dict[str, Any]]) -> list[list[MergeMention]]:
    """Clusters after the analysts' merges and splits, in the order they were made."""
    structural = [c for c in corrections if c["kind"] in ("merge", "split")]
    if not structural:
        return clusters
    slots: list[list[MergeMention] | None] = list(clusters)
    where: dict[str, int] = {m.mention_id: i for i, cluster in enumerate(clusters) for m in cluster}
    for correction in structural:
        ids = set(correction["mention_ids"])
        if correction["kind"] == "merge":
            involved = sorted({where[i] for i in ids if i in where})
            if len(involved) < 2:
                continue
            joined = [m for index in involved for m in slots[index] or []]
            for index in involved:
                slots[index] = None
        else:
            joined = []
            for mention_id in sorted(ids):
                index = where.get(mention_id)
                if index is None:
                    continue
                cluster = slots[index] or []
                joined.extend(m for m in cluster if m.mention_id == mention_id)
                slots[index] = [m for m in cluster if m.mention_id != mention_id] or None
            if not joined:
                continue
        slots.append(joined)
        for m in joined:
            where[m.mention_id] = len(slots) - 1
    result = [sorted(c, key=lambda m: m.order) for c in slots if c]
    result.sort(key=lambda c: c[0].order)
    return result


def _target(events_by_mention: dict[str, int], mention_ids: Sequence[str],
            events: Sequence[dict[str, Any]]) -> int | None:
    """The event holding most of these mentions (ties: smallest event id)."""
    votes = Counter(events_by_mention[i] for i in mention_ids if i in events_by_mention)
    if not votes:
        return None
    return min(votes, key=lambda index: (-votes[index], events[index]["event_id"]))


def apply_field_corrections(events: list[dict[str, Any]], corrections: Sequence[dict[str, Any]]) -> None:
    """Set corrected fields and wrong marks on freshly reconciled events, in place."""
    relevant = [c for c in corrections if c["kind"] in ("field", "wrong", "reviewed")]
    if not relevant:
        return
    by_mention = {mention_id: index for index, event in enumerate(events) for mention_id in event["mention_ids"]}
    for correction in relevant:
        index = _target(by_mention, correction["mention_ids"], events)
        if index is None:
            continue
        event = events[index]
        if correction["kind"] == "wrong":
            event["status"] = "wrong" if correction["value"] else "ok"
            continue
        if correction["kind"] == "reviewed":
            event["corrected"] = sorted({*event["corrected"], "reviewed"})
            continue
        name, value = correction["field"], correction["value"]
        changed = {name}
        if name == "event_date":
            value = dt.date.fromisoformat(value)
            event["year"] = value.year
        event[name] = value
        if name == "sub_event_type" and value in SUB_EVENT_TYPES:  # the sub-type decides the type
            event["event_type"] = SUB_EVENT_TYPES[value]
            changed.add("event_type")
        if name in ("actor1", "actor2"):
            inter = f"inter{name[-1]}"
            kind = inter_of_actor(value)
            if value is None or kind is not None:
                event[inter] = kind
                changed.add(inter)
        if name in ("actor1", "actor2", "inter1", "inter2"):
            changed |= fill_inter_codes(event)
        event["corrected"] = sorted({*event["corrected"], *changed})


# -- the review API ------------------------------------------------------------------------------------------


def _event_mentions(con: duckdb.DuckDBPyConnection, event_ids: Sequence[str]) -> dict[str, list[str]]:
    rows = con.execute("SELECT event_id, mention_id FROM event_mentions WHERE event_id IN "
                       "(SELECT unnest(?::VARCHAR[])) ORDER BY event_id, mention_id", [list(event_ids)]).fetchall()
    grouped: dict[str, list[str]] = defaultdict(list)
    for event_id, mention_id in rows:
        grouped[event_id].append(mention_id)
    missing = [e for e in event_ids if e not in grouped]
    if missing:
        raise EventNotFoundError(f"no event {missing[0]!r} in the store; ids change when events are merged or "
                                 "split: reload the event list")
    return grouped


def _check_author(who: str, why: str) -> None:
    if not who or not who.strip():
        raise ValueError("who: say who makes the correction")
    if not why or not why.strip():
        raise ValueError("why: say why the correction is made (it is kept in the audit trail)")


def _record(con: duckdb.DuckDBPyConnection, kind: str, event_id: str, field: str | None, value: Any,
            mention_ids: Sequence[str], who: str, why: str) -> int:
    next_id = con.execute("SELECT coalesce(max(correction_id), 0) + 1 FROM corrections").fetchall()[0][0]
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    con.execute("INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [next_id, kind, event_id, field, to_json(value), to_json(sorted(mention_ids)), who.strip(),
                 why.strip(), now])
    return int(next_id)


def _rebuild(con: duckdb.DuckDBPyConnection, old_event_ids: Sequence[str], groups: list[list[str]]) -> list[str]:
    """Reconcile ``groups`` of mention ids into events replacing ``old_event_ids``; returns the new ids
    in the order of ``groups``. Runs inside the caller's transaction."""
    mentions = {m.mention_id: m for m in load_mentions(con, [i for g in groups for i in g])}
    clusters = [sorted((mentions[i] for i in group if i in mentions), key=lambda m: m.order) for group in groups]
    events = [reconcile(c) for c in clusters if c]
    apply_field_corrections(events, load_corrections(con))
    write_events(con, events, replace_all=False, old_event_ids=old_event_ids)
    return [e["event_id"] for e in events]


def _transaction(con: duckdb.DuckDBPyConnection, work: Any) -> Any:
    con.execute("BEGIN TRANSACTION")
    try:
        result = work()
        con.execute("COMMIT")
        return result
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _row(con: duckdb.DuckDBPyConnection, event_id: str) -> dict[str, Any]:
    from .queries import event_row

    row = event_row(con, event_id)
    if row is None:
        raise EventNotFoundError(f"no event {event_id!r} in the store")
    return row


def check_correction(current: dict[str, Any], field: str, value: Any) -> None:
    """ValueError when setting ``field`` to ``value`` would leave ``current`` (an event row) invalid."""
    if field == "event_type":
        check_type_pair(value, current.get("sub_event_type"))
    if field in ("inter1", "inter2") and value is not None and not current.get(f"actor{field[-1]}"):
        raise ValueError(f"{field}: the event has no actor{field[-1]}; give the actor first")


def correct_field(con: duckdb.DuckDBPyConnection, event_id: str, field: str, value: Any, *, who: str,
                  why: str) -> dict[str, Any]:
    _check_author(who, why)
    stored = coerce_value(field, value)
    mention_ids = _event_mentions(con, [event_id])[event_id]
    check_correction(_row(con, event_id), field, stored)

    def work() -> list[str]:
        _record(con, "field", event_id, field, stored, mention_ids, who, why)
        return _rebuild(con, [event_id], [mention_ids])

    return _row(con, _transaction(con, work)[0])


def merge_events(con: duckdb.DuckDBPyConnection, event_ids: list[str], *, who: str, why: str) -> dict[str, Any]:
    _check_author(who, why)
    unique = sorted(set(event_ids))
    if len(unique) < 2:
        raise ValueError("merge_events needs at least two different event ids")
    grouped = _event_mentions(con, unique)
    mention_ids = sorted(i for ids in grouped.values() for i in ids)

    def work() -> list[str]:
        _record(con, "merge", unique[0], None, unique, mention_ids, who, why)
        return _rebuild(con, unique, [mention_ids])

    return _row(con, _transaction(con, work)[0])


def split_event(con: duckdb.DuckDBPyConnection, event_id: str, mention_ids: list[str], *, who: str,
                why: str) -> list[dict[str, Any]]:
    _check_author(who, why)
    current = _event_mentions(con, [event_id])[event_id]
    moving = sorted(set(mention_ids))
    unknown = [i for i in moving if i not in current]
    if unknown:
        raise ValueError(f"mention {unknown[0]!r} is not part of event {event_id!r}")
    staying = [i for i in current if i not in set(moving)]
    if not moving or not staying:
        raise ValueError("split_event needs some, but not all, of the event's mention ids")

    def work() -> list[str]:
        _record(con, "split", event_id, None, None, moving, who, why)
        return _rebuild(con, [event_id], [staying, moving])

    return [_row(con, new_id) for new_id in _transaction(con, work)]


def mark_wrong(con: duckdb.DuckDBPyConnection, event_id: str, *, who: str, why: str,
               wrong: bool = True) -> dict[str, Any]:
    _check_author(who, why)
    mention_ids = _event_mentions(con, [event_id])[event_id]

    def work() -> list[str]:
        _record(con, "wrong", event_id, None, bool(wrong), mention_ids, who, why)
        return _rebuild(con, [event_id], [mention_ids])

    return _row(con, _transaction(con, work)[0])


def mark_reviewed(con: duckdb.DuckDBPyConnection, event_id: str, *, who: str, why: str) -> dict[str, Any]:
    """Record that an analyst checked the event (it then counts as reviewed)."""
    _check_author(who, why)
    mention_ids = _event_mentions(con, [event_id])[event_id]

    def work() -> list[str]:
        _record(con, "reviewed", event_id, None, True, mention_ids, who, why)
        return _rebuild(con, [event_id], [mention_ids])

    return _row(con, _transaction(con, work)[0])


def audit_trail(con: duckdb.DuckDBPyConnection, event_id: str | None = None) -> list[dict[str, Any]]:
    corrections = load_corrections(con)
    all_ids = sorted({i for c in corrections for i in c["mention_ids"]})
    rows = con.execute("SELECT mention_id, event_id FROM event_mentions WHERE mention_id IN "
                       "(SELECT unnest(?::VARCHAR[]))", [all_ids]).fetchall() if all_ids else []
    holder = dict(rows)
    trail = []
    for correction in reversed(corrections):
        votes = Counter(holder[i] for i in correction["mention_ids"] if i in holder)
        current = min(votes, key=lambda e: (-votes[e], e)) if votes else None
        if event_id is not None and event_id not in (correction["event_id"], current):
            continue
        trail.append({**correction, "applied": current is not None, "current_event_id": current})
    return trail
