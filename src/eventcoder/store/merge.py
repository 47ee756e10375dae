"""Cross-document de-duplication: mentions of the same event merge into one event.

ACLED's rule: same day, same place, same actors, same activity -> one event. Here, two mentions
are *compatible* when

* they share country and event type (the blocking key),
* their dates are equal, or within the tolerance of the vaguer one's time precision
  (week: +-3 days, month: +-15 days),
* their places agree: admin1 (and admin2) equal where both are known; the same location name
  (spelling-normalised) or within ``SAME_PLACE_KM``; otherwise, with tolerance, a region-only
  mention (geo_precision 3) fits any town of its region and a "near" mention (2) a town within
  ``NEAR_KM``; two different towns, or two different "near" towns, never fit,
* tolerance goes to the date or to the place, never both at once,
* their actors agree: one side's named actors are a subset of the other's (unidentified actors and
  missing actors fit anything; regime years in names are ignored).

Reconciling a cluster: the most precise date and place, the lowest *reported* death toll (ACLED's
conservative rule; a report silent on deaths is not a report of none), the sub-event type most
reports give, the actors of the report naming most of them, every source; each disagreement is
listed in the event's ``conflicts`` with the mention ids behind each value.

Mentions are taken most precise first (time, then place precision); each joins the best existing
cluster whose *every* member it is compatible with (complete linkage, so a vague mention can't
chain two different events together), or starts a new one. Clusters are looked up by (date, admin1)
within a (country, event type) block, so the cost grows near-linearly with the number of mentions.
The order is fully determined by the mentions' content: merging is deterministic and idempotent.
"""

from __future__ import annotations

import datetime as dt
import gc
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import duckdb

from ..record import make_event_id
from ..taxonomy import interaction_code

__all__ = ["MergeMention", "cluster_mentions", "reconcile", "merge_mentions", "merge_store", "load_mentions",
           "write_events", "compatible", "DATE_TOLERANCE_DAYS", "SAME_PLACE_KM", "NEAR_KM", "normalise_name",
           "spelling_key"]

#: Days of tolerance around a date of each time precision (1 day, 2 week, 3 month).
DATE_TOLERANCE_DAYS: dict[int, int] = {1: 0, 2: 3, 3: 15}
#: Two town-precise mentions with different names are the same place within this distance.
SAME_PLACE_KM = 3.0
#: A mention "near" a town (geo_precision 2) fits a town-precise mention within this distance.
NEAR_KM = 25.0

_PREFIX = re.compile(r"^(?:al|el|an|ar|as|ad|at|az|ash)\s+")
_REGIME_YEARS = re.compile(r"\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=200_000)
def normalise_name(name: str | None) -> str | None:
    """Lower case, no accents, apostrophes or punctuation, no Arabic article ("Al-Amarah" -> "amarah")."""
    if not name:
        return None
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’`ʿʾ]", "", text)
    text = _NON_ALNUM.sub(" ", text).strip()
    text = _PREFIX.sub("", text)
    text = re.sub(r"\b(governorate|province|district|city)\b", "", text).strip()
    text = re.sub(r"(iyah|iya|ah)$", "a", text)
    return text or None


@lru_cache(maxsize=200_000)
def spelling_key(name: str | None) -> str | None:
    """A key two transliterations of one place share: normalised, then vowels, h, w, y and doubled
    letters dropped ("Idlib" and "Idleb" -> "dlb"; "Nasiriyah" and "Nassriya" -> "nsr")."""
    base = normalise_name(name)
    if not base:
        return None
    consonants = re.sub(r"[aeiouhwy\s]", "", base)
    return re.sub(r"(.)\1+", r"\1", consonants) or base


#: ACLED's generic state forces: one outlet's "security forces" is coded Police, another's Military.
_STATE_FORCES = re.compile(r"^(?:military|police) forces of (.+)$")


@lru_cache(maxsize=200_000)
def _actor_key(name: str | None) -> str | None:
    if not name:
        return None
    key = normalise_name(_REGIME_YEARS.sub("", name))
    state = _STATE_FORCES.match(key or "")
    if state:  # the branch is what the text's generic "security forces" leaves open
        return f"state forces of {state.group(1)}"
    if key is None or key.startswith("unidentified"):
        return None  # "Unidentified Armed Group (Iraq)" may be any armed group: it fits anything
    return key


@dataclass(slots=True)
class MergeMention:
    """What merging needs of one mention (the store loads these from the ``mentions`` table)."""

    mention_id: str
    doc_id: str
    published: dt.date | None = None
    event_date: dt.date | None = None
    time_precision: int | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = None
    fatalities: int = 0
    fatalities_reported: bool = False
    injuries: int | None = None
    arrests: int | None = None
    confidence: float = 0.0
    # derived keys, filled by prepare()
    day: int | None = field(default=None, repr=False)
    actors: frozenset[str] = field(default=frozenset(), repr=False)
    place: tuple[str | None, str | None, str | None] = field(default=(None, None, None), repr=False)
    spelled: str | None = field(default=None, repr=False)
    order: tuple[Any, ...] = field(default=(), repr=False)

    def prepare(self) -> "MergeMention":
        self.day = self.event_date.toordinal() if self.event_date else None
        self.actors = frozenset(k for k in (_actor_key(self.actor1), _actor_key(self.actor2)) if k)
        self.place = (spelling_key(self.admin1), spelling_key(self.admin2), normalise_name(self.location))
        self.spelled = spelling_key(self.location)
        # the anchor order: earliest published report first, then ids (content only, never ingest order)
        self.order = (self.published or dt.date.max, self.doc_id, self.mention_id)
        return self


def _km(a: MergeMention, b: MergeMention) -> float:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return math.inf
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat, dlon = lat2 - lat1, math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _tolerance(precision: int | None) -> int:
    return DATE_TOLERANCE_DAYS.get(precision or 1, 15)


def _places_agree(a: MergeMention, b: MergeMention) -> tuple[bool, bool]:
    """(compatible, tolerated): whether the places can be one, and whether that needed tolerance."""
    (a1, a2, aloc), (b1, b2, bloc) = a.place, b.place
    if (a1 and b1 and a1 != b1) or (a2 and b2 and a2 != b2):
        return False, False
    if not aloc or not bloc:
        return True, bool(aloc) != bool(bloc)
    if aloc == bloc:
        return True, False
    distance = _km(a, b)
    if distance <= SAME_PLACE_KM:
        return True, False
    if a.spelled and a.spelled == b.spelled and len(a.spelled) >= 3 and a1 and a1 == b1 and \
            (distance <= NEAR_KM or distance == math.inf):
        return True, False  # one town spelt two ways ("Nasiriyah", "Nassriya") in one province
    ga, gb = a.geo_precision or 2, b.geo_precision or 2
    if ga == 3 or gb == 3:  # region only: coded to a representative town of the region
        return True, True
    if {ga, gb} == {1, 2} and distance <= NEAR_KM:  # "near" a town
        return True, True
    return False, False  # two towns, or two different "near" towns


def compatible(a: MergeMention, b: MergeMention) -> bool:
    """ACLED's same-event test with precision tolerance (country and event type already equal).

    Tolerance goes to the date or to the place, not both: a report vague in time *and* space is too
    weak to join another.
    """
    if a.day is None or b.day is None:
        if a.day != b.day:
            return False
    elif abs(a.day - b.day) > max(_tolerance(a.time_precision), _tolerance(b.time_precision)):
        return False
    places, tolerated = _places_agree(a, b)
    if not places or (tolerated and a.day != b.day):
        return False
    if a.actors and b.actors and not (a.actors <= b.actors or b.actors <= a.actors):
        return False
    return True


def _specificity(m: MergeMention) -> tuple[Any, ...]:
    return (m.time_precision or 9, m.geo_precision or 9, -len(m.actors), m.place[2] is None, m.order)


def cluster_mentions(mentions: Iterable[MergeMention]) -> list[list[MergeMention]]:
    """Group mentions into events. Each returned cluster is sorted by anchor order (anchor first);
    clusters are sorted by their anchor. Mentions must have been ``prepare()``-d."""
    blocks: dict[tuple[str | None, str | None], list[MergeMention]] = defaultdict(list)
    for m in mentions:
        blocks[(normalise_name(m.country), m.event_type)].append(m)
    clusters: list[list[MergeMention]] = []
    for key in sorted(blocks, key=lambda k: (k[0] or "", k[1] or "")):
        clusters.extend(_cluster_block(blocks[key]))
    for cluster in clusters:
        cluster.sort(key=lambda m: m.order)
    clusters.sort(key=lambda c: c[0].order)
    return clusters


def _cluster_block(block: list[MergeMention]) -> list[list[MergeMention]]:
    block.sort(key=_specificity)
    clusters: list[list[MergeMention]] = []
    by_day_admin1: dict[tuple[int | None, str | None], list[int]] = defaultdict(list)
    by_day: dict[int | None, list[int]] = defaultdict(list)
    for m in block:
        candidates: list[int] = []
        if m.day is None:
            candidates = by_day.get(None, [])
        else:
            tolerance = _tolerance(m.time_precision)
            admin1 = m.place[0]
            for day in range(m.day - tolerance, m.day + tolerance + 1):
                if admin1:
                    candidates.extend(by_day_admin1.get((day, admin1), ()))
                    candidates.extend(by_day_admin1.get((day, None), ()))
                else:
                    candidates.extend(by_day.get(day, ()))
        best: int | None = None
        best_score: tuple[Any, ...] = ()
        for index in candidates:
            cluster = clusters[index]
            if not all(compatible(m, other) for other in cluster):
                continue
            first = cluster[0]
            score = (first.day == m.day, first.place[2] == m.place[2] and m.place[2] is not None, len(cluster), -index)
            if best is None or score > best_score:
                best, best_score = index, score
        if best is None:
            by_day_admin1[(m.day, m.place[0])].append(len(clusters))
            by_day[m.day].append(len(clusters))
            clusters.append([m])
        else:
            clusters[best].append(m)
    return clusters


# -- reconciling a cluster into one event ----------------------------------------------------------------


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _conflict(name: str, members: Sequence[MergeMention], values: Sequence[Any], chosen: Any,
              rule: str) -> dict[str, Any] | None:
    by_value: dict[Any, list[str]] = defaultdict(list)
    for m, value in zip(members, values):
        if value is not None:
            by_value[value].append(m.mention_id)
    if len(by_value) < 2:
        return None
    listed = [{"value": v if not isinstance(v, dt.date) else v.isoformat(), "mention_ids": ids}
              for v, ids in sorted(by_value.items(), key=lambda kv: str(kv[0]))]
    return {"field": name, "chosen": chosen.isoformat() if isinstance(chosen, dt.date) else chosen,
            "values": listed, "rule": rule}


def _most_common(values: Iterable[Any]) -> Any:
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))


def _conservative(values: list[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return min(known) if known else None


def reconcile(cluster: Sequence[MergeMention]) -> dict[str, Any]:
    """One event row from a cluster (anchor first): most precise date and place, the lowest reported
    death toll (ACLED's conservative rule), every source kept, disagreements listed in ``conflicts``."""
    anchor = cluster[0]
    if len(cluster) == 1:
        return _single(anchor)
    conflicts: list[dict[str, Any] | None] = []

    dated = [m for m in cluster if m.event_date is not None]
    best_tp = min((m.time_precision or 9 for m in dated), default=None)
    precise = [m for m in dated if (m.time_precision or 9) == best_tp]
    date_votes = Counter(m.event_date for m in precise)
    event_date = min(date_votes, key=lambda d: (-date_votes[d], d)) if date_votes else None
    conflicts.append(_conflict("event_date", cluster, [m.event_date for m in cluster], event_date,
                               "most precise date, then most reported, then earliest"))

    location_votes = Counter(m.place[2] for m in cluster if m.place[2])
    place = min(cluster, key=lambda m: (m.geo_precision or 9, -location_votes.get(m.place[2], 0),
                                        -(m.confidence or 0.0), m.order))
    conflicts.append(_conflict("location", cluster, [m.location for m in cluster], place.location,
                               "most precise place, then most reported"))
    admin1 = place.admin1 or _most_common(m.admin1 for m in cluster)  # members agree where both know it

    subtype_votes = Counter(m.sub_event_type for m in cluster if m.sub_event_type)
    top = max(subtype_votes.values(), default=0)
    sub_event_type = min((m for m in cluster if m.sub_event_type and subtype_votes[m.sub_event_type] == top),
                         key=lambda m: (-(m.confidence or 0.0), m.order)).sub_event_type if top else None
    conflicts.append(_conflict("sub_event_type", cluster, [m.sub_event_type for m in cluster], sub_event_type,
                               "most reported, then most confident"))

    actors_from = min(cluster, key=lambda m: (-len(m.actors), -(m.confidence or 0.0), m.order))
    assoc1: list[str] = []
    assoc2: list[str] = []
    key1, key2 = _actor_key(actors_from.actor1), _actor_key(actors_from.actor2)
    for m in cluster:
        flipped = (_actor_key(m.actor1) == key2 and key2 is not None) or (_actor_key(m.actor2) == key1 and key1 is not None)
        side1, side2 = (m.assoc_actor_2, m.assoc_actor_1) if flipped else (m.assoc_actor_1, m.assoc_actor_2)
        assoc1.extend(a for a in _split(side1) if a not in assoc1)
        assoc2.extend(a for a in _split(side2) if a not in assoc2)
    conflicts.append(_conflict("actors", cluster, ["; ".join(sorted(m.actors)) or None for m in cluster],
                               "; ".join(sorted(actors_from.actors)) or None, "the report naming most actors"))

    reported = [m for m in cluster if m.fatalities_reported or (m.fatalities or 0) > 0]
    fatalities = min((m.fatalities or 0 for m in reported), default=0)
    conflicts.append(_conflict("fatalities", reported, [m.fatalities for m in reported], fatalities,
                               "lowest reported figure (ACLED's conservative rule)"))

    sources: list[str] = sorted({part for m in cluster for part in _split(m.source)})
    notes_from = min(cluster, key=lambda m: (-(m.confidence or 0.0), m.order))
    doc_ids = sorted({m.doc_id for m in cluster})
    return {
        "event_id": make_event_id("event", anchor.mention_id),
        "anchor_mention": anchor.mention_id,
        "year": event_date.year if event_date else None,
        "event_date": event_date,
        "time_precision": best_tp if best_tp != 9 else None,
        "event_type": anchor.event_type,
        "sub_event_type": sub_event_type,
        "actor1": actors_from.actor1,
        "assoc_actor_1": "; ".join(assoc1) or None,
        "inter1": actors_from.inter1,
        "actor2": actors_from.actor2,
        "assoc_actor_2": "; ".join(assoc2) or None,
        "inter2": actors_from.inter2,
        "interaction": actors_from.interaction if actors_from.interaction is not None
        else interaction_code(actors_from.inter1, actors_from.inter2),
        "country": place.country or anchor.country,
        "admin1": admin1,
        "admin2": place.admin2,
        "admin3": place.admin3,
        "location": place.location,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision,
        "source": "; ".join(sources) or None,
        "notes_mention": notes_from.mention_id,
        "fatalities": fatalities,
        "injuries": _conservative([m.injuries for m in cluster]),
        "arrests": _conservative([m.arrests for m in cluster]),
        "confidence": max((m.confidence or 0.0) for m in cluster),
        "n_mentions": len(cluster),
        "n_documents": len(doc_ids),
        "sources": doc_ids,
        "conflicts": [c for c in conflicts if c is not None],
        "corrected": [],
        "status": "ok",
        "mention_ids": [m.mention_id for m in cluster],
    }


def _single(m: MergeMention) -> dict[str, Any]:
    """``reconcile`` of a one-mention cluster, without the voting (most events have one report)."""
    sources = sorted({part for part in _split(m.source)})
    return {
        "event_id": make_event_id("event", m.mention_id), "anchor_mention": m.mention_id,
        "year": m.event_date.year if m.event_date else None, "event_date": m.event_date,
        "time_precision": m.time_precision if m.event_date else None, "event_type": m.event_type,
        "sub_event_type": m.sub_event_type, "actor1": m.actor1,
        "assoc_actor_1": "; ".join(dict.fromkeys(_split(m.assoc_actor_1))) or None, "inter1": m.inter1,
        "actor2": m.actor2, "assoc_actor_2": "; ".join(dict.fromkeys(_split(m.assoc_actor_2))) or None,
        "inter2": m.inter2,
        "interaction": m.interaction if m.interaction is not None else interaction_code(m.inter1, m.inter2),
        "country": m.country, "admin1": m.admin1, "admin2": m.admin2, "admin3": m.admin3, "location": m.location,
        "latitude": m.latitude, "longitude": m.longitude, "geo_precision": m.geo_precision,
        "source": "; ".join(sources) or None, "notes_mention": m.mention_id, "fatalities": m.fatalities or 0,
        "injuries": m.injuries, "arrests": m.arrests, "confidence": m.confidence or 0.0, "n_mentions": 1,
        "n_documents": 1, "sources": [m.doc_id], "conflicts": [], "corrected": [], "status": "ok",
        "mention_ids": [m.mention_id],
    }


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cycle collector: merging allocates millions of acyclic objects, and collections
    triggered by them would rescan the whole heap again and again (superlinear time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def merge_mentions(mentions: Iterable[MergeMention]) -> list[dict[str, Any]]:
    """Cluster and reconcile, without corrections (the pure part of a merge; what the benchmark times)."""
    with _no_gc():
        return [reconcile(c) for c in cluster_mentions(m.prepare() for m in mentions)]


# -- the store side ------------------------------------------------------------------------------------------

_LOAD_COLUMNS = ("mention_id", "doc_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                 "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "country", "admin1",
                 "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "fatalities",
                 "fatalities_reported", "injuries", "arrests", "confidence")


def load_mentions(con: duckdb.DuckDBPyConnection, mention_ids: Sequence[str] | None = None) -> list[MergeMention]:
    """Mentions (all, or the given ones) with their document's publication date, prepared for merging."""
    select = ", ".join(f"m.{c}" for c in _LOAD_COLUMNS)
    query = f"SELECT {select}, d.published FROM mentions m JOIN documents d USING (doc_id)"
    params: list[Any] = []
    if mention_ids is not None:
        query += " WHERE m.mention_id IN (SELECT unnest(?::VARCHAR[]))"
        params.append(list(mention_ids))
    table = con.sql(query, params=params or None).to_arrow_table()
    columns = {name: table.column(name).to_pylist() for name in table.column_names}
    intern: dict[Any, Any] = {}
    for name in ("event_type", "sub_event_type", "country", "admin1", "admin2", "admin3", "location", "actor1",
                 "actor2", "assoc_actor_1", "assoc_actor_2", "source"):
        columns[name] = [intern.setdefault(v, v) for v in columns[name]]
    names = (*_LOAD_COLUMNS, "published")
    result = []
    for values in zip(*(columns[n] for n in names)):
        m = MergeMention(**dict(zip(names, values)))
        m.fatalities = m.fatalities or 0
        m.confidence = m.confidence or 0.0
        result.append(m.prepare())
    return result


def write_events(con: duckdb.DuckDBPyConnection, events: list[dict[str, Any]], *, replace_all: bool,
                 old_event_ids: Sequence[str] = ()) -> None:
    """Replace the events (all of them, or ``old_event_ids``) with ``events``, inside the caller's transaction."""
    import pyarrow as pa

    from .rows import to_json
    from .schema import EVENT_COLUMNS

    if replace_all:
        con.execute("DELETE FROM event_mentions")
        con.execute("DELETE FROM events")
    elif old_event_ids:
        ids = list(old_event_ids)
        con.execute("DELETE FROM event_mentions WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
        con.execute("DELETE FROM events WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [ids])
    if not events:
        return
    columns = [c for c in EVENT_COLUMNS if c != "notes"]
    data: dict[str, list[Any]] = {c: [] for c in (*columns, "notes_mention", "notes_set", "notes_value")}
    links: dict[str, list[str]] = {"event_id": [], "mention_id": []}
    for event in events:
        for c in columns:
            value = event[c]
            data[c].append(to_json(value) if c in ("sources", "conflicts", "corrected") else value)
        data["notes_mention"].append(event["notes_mention"])
        data["notes_set"].append("notes" in event)  # a corrected note; else the chosen mention's
        data["notes_value"].append(event.get("notes"))
        links["event_id"].extend([event["event_id"]] * len(event["mention_ids"]))
        links["mention_id"].extend(event["mention_ids"])
    types = {"event_date": pa.date32(), "latitude": pa.float64(), "longitude": pa.float64(),
             "confidence": pa.float64(), "notes_set": pa.bool_()}
    for c in ("year", "time_precision", "inter1", "inter2", "interaction", "geo_precision", "fatalities", "injuries",
              "arrests", "n_mentions", "n_documents"):
        types[c] = pa.int64()
    new_events = pa.table({c: pa.array(v, type=types.get(c, pa.string())) for c, v in data.items()})
    new_links = pa.table({c: pa.array(v, type=pa.string()) for c, v in links.items()})
    con.register("_new_events", new_events)
    con.register("_new_links", new_links)
    try:
        select = ", ".join("CASE WHEN n.notes_set THEN n.notes_value ELSE m.notes END" if c == "notes" else f"n.{c}"
                           for c in EVENT_COLUMNS)
        con.execute(f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) SELECT {select} FROM _new_events n "
                    "LEFT JOIN mentions m ON m.mention_id = n.notes_mention")
        con.execute("INSERT INTO event_mentions SELECT event_id, mention_id FROM _new_links")
    finally:
        con.unregister("_new_events")
        con.unregister("_new_links")


def merge_store(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rebuild every event from the mentions and re-apply the corrections, in one transaction."""
    from .ingest import set_dirty
    from .review import apply_field_corrections, apply_structural_corrections, load_corrections

    with _no_gc():
        mentions = load_mentions(con)
        corrections = load_corrections(con)
        clusters = apply_structural_corrections(cluster_mentions(mentions), corrections)
        events = [reconcile(c) for c in clusters]
        apply_field_corrections(events, corrections)
    con.execute("BEGIN TRANSACTION")
    try:
        write_events(con, events, replace_all=True)
        set_dirty(con, False)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return {"mentions": len(mentions), "events": len(events),
            "conflicted": sum(1 for e in events if e["conflicts"])}
