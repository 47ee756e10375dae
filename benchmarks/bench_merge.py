#!/usr/bin/env python3
"""Time cross-document de-duplication on synthetic mentions, and score it against the truth.

  python benchmarks/bench_merge.py [--sizes 10000 100000 1000000] [--store] [--seed 0]
  python benchmarks/bench_merge.py --acled ACLED.csv      # over-merging on real, already distinct events

Synthetic world: 20 countries x 15 regions x 10 towns, one year, 6 event types. Each true event is
reported by 1-6 mentions that differ as real reports do: spellings ("Al-" prefix, "-ah" ending),
week precision with the date a day or two off, region-only places, missing or unidentified actors,
different death tolls. Prints, per size, the CPU and wall seconds of the pure merge (cluster +
reconcile, what ``merge_mentions`` does), mentions per CPU second, and pairwise precision/recall of
the grouping; with ``--store`` also the whole ``EventStore.merge()`` (load from DuckDB, merge, write
back). CPU seconds are the fair measure on a shared machine; wall seconds grow with its load.

``--acled`` feeds the rows of an ACLED export as mentions, one per document. ACLED's events are
already distinct, so every merge is an over-merge (two events the rule cannot tell apart); it
prints how many rows end up sharing an event. The file is only read, nothing is kept.

``--pairs`` measures both directions on an ACLED export: each row (one real, distinct event, by
event_id) is merged together with a second report of the same event that differs as another
outlet's report does, one way per row, in turn: the other generic state force (Police for
Military Forces of the same country, the "security forces" of the text), a week-precise date a day
or two off, the region only, another spelling of the town ("Al-", "-iyah") with coordinates a
kilometre off, no second actor, an unidentified second actor. Pairs of reports of one event_id
are same-event pairs, every other pair a different-event pair: it prints pairwise precision and
recall, the over-merge rate (rows sharing an event with another row) and the under-merge rate
(second reports left apart from their row), per kind of difference too. The hand-written stories
of tests/store/merge_stories.py (several outlets' reports of one event, and look-alike different
events) are scored the same way.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from eventcoder.store.merge import MergeMention, merge_mentions

TYPES = [("Protests", "Peaceful protest", "Protesters", 6), ("Riots", "Violent demonstration", "Rioters", 5),
         ("Battles", "Armed clash", "Military Forces", 1), ("Violence against civilians", "Attack", "Civilians", 7),
         ("Explosions/Remote violence", "Remote explosive/landmine/IED", "Civilians", 7),
         ("Strategic developments", "Arrests", "Police Forces", 1)]
START = dt.date(2020, 1, 1)


def synthetic(count: int, seed: int) -> tuple[list[MergeMention], list[int]]:
    """``count`` mentions and, for each, the index of the true event it reports."""
    rng = random.Random(seed)
    mentions: list[MergeMention] = []
    truth: list[int] = []
    event = 0
    while len(mentions) < count:
        country = f"Country{rng.randrange(20):02d}"
        region = rng.randrange(15)
        admin1 = f"Region{region:02d} of {country}"
        town = rng.randrange(10)
        location = f"Town{region:02d}{town}{'iyah' if town % 2 else ''}"
        lat, lon = 10.0 + region + town * 0.1, 20.0 + region + town * 0.1
        day = START + dt.timedelta(days=rng.randrange(366))
        etype, subtype, actor_base, inter = rng.choice(TYPES)
        actor1 = f"{actor_base} ({country})"
        actor2 = rng.choice([None, f"Police Forces of {country} (2018-)", f"Militia {rng.randrange(30)}"])
        deaths = rng.choice([0, 0, 0, 1, 2, 5])
        reports = min(1 + int(rng.expovariate(0.6)), 6)
        for _ in range(reports):
            if len(mentions) >= count:
                break
            vague_time, vague_place = rng.random() < 0.1, rng.random() < 0.1
            spelled = rng.choice(["", "Al-", "al "]) + (location[:-2] if location.endswith("ah") and rng.random() < 0.5
                                                        else location)
            m = MergeMention(
                mention_id=f"m{len(mentions):08d}", doc_id=f"d{len(mentions) // 2:08d}",
                published=day + dt.timedelta(days=rng.randrange(1, 4)),
                event_date=day + dt.timedelta(days=rng.choice([-1, 0, 1]) if vague_time else 0),
                time_precision=2 if vague_time else 1, event_type=etype, sub_event_type=subtype,
                actor1=actor1, inter1=inter,
                actor2=None if rng.random() < 0.2 else (actor2 if rng.random() < 0.95 or actor2 is None
                                                        else f"Unidentified Armed Group ({country})"),
                inter2=3 if actor2 else None, country=country, admin1=admin1,
                location=admin1 if vague_place else spelled, latitude=None if vague_place else lat,
                longitude=None if vague_place else lon, geo_precision=3 if vague_place else 1,
                source=f"Outlet {rng.randrange(50)}", fatalities=max(0, deaths + rng.choice([0, 0, 1, -1])),
                fatalities_reported=deaths > 0, confidence=round(rng.random(), 2))
            mentions.append(m)
            truth.append(event)
        event += 1
    return mentions, truth


def pairwise_scores(events: list[dict], truth: list[int], ids: dict[str, int]) -> tuple[float, float]:
    """Precision and recall over pairs of mentions put in the same event."""
    def pairs(groups: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in groups.values())

    found = Counter()
    both = Counter()
    for index, event in enumerate(events):
        for mention_id in event["mention_ids"]:
            found[index] += 1
            both[(index, truth[ids[mention_id]])] += 1
    true_pairs, found_pairs, shared = pairs(Counter(truth)), pairs(found), pairs(both)
    return shared / max(found_pairs, 1), shared / max(true_pairs, 1)


def store_merge_seconds(mentions: list[MergeMention]) -> float:
    """Write the mentions into a fresh store file (as ingest would) and time ``EventStore.merge()``."""
    import pyarrow as pa

    from eventcoder.store import EventStore
    from eventcoder.store.schema import MENTION_COLUMNS

    with tempfile.TemporaryDirectory() as folder, EventStore.open(Path(folder) / "bench.duckdb") as store:
        docs = sorted({m.doc_id: m.published for m in mentions}.items())
        store.con.register("_docs", pa.table({"doc_id": [d for d, _ in docs], "published": [p for _, p in docs]}))
        store.con.execute("INSERT INTO documents SELECT doc_id, doc_id, published, NULL, NULL, NULL, NULL, '', '[]', 0, "
                          "current_timestamp FROM _docs")
        columns = {c: [getattr(m, c, None) for m in mentions] for c in MENTION_COLUMNS
                   if c not in ("ordinal", "pipeline_event_id", "notes", "claims", "evidence", "field_confidence")}
        store.con.register("_mentions", pa.table(columns))
        names = ", ".join(columns)
        store.con.execute(f"INSERT INTO mentions ({names}, ordinal) SELECT {names}, 0 FROM _mentions")
        store.con.unregister("_docs")
        store.con.unregister("_mentions")
        started, cpu_started = time.perf_counter(), time.process_time()
        result = store.merge()
        seconds, wall = time.process_time() - cpu_started, time.perf_counter() - started
        print(f"    store merge: {result['mentions']:,} mentions -> {result['events']:,} events, "
              f"{seconds:.2f} cpu s (this process; DuckDB threads included), {wall:.2f} wall s", flush=True)
        return seconds


def acled_over_merge(path: Path) -> None:
    mentions = acled_mentions(path)
    started = time.process_time()
    events = merge_mentions(mentions)
    seconds = time.process_time() - started
    shared = sum(e["n_mentions"] for e in events if e["n_mentions"] > 1)
    print(f"{path.name}: {len(mentions):,} ACLED events -> {len(events):,} after merging; {shared:,} rows "
          f"({shared / max(len(mentions), 1):.1%}) share an event with another row; {seconds:.2f} cpu s")
    sizes = Counter(e["n_mentions"] for e in events)
    print("  events by number of rows merged:", dict(sorted(sizes.items())))


VARIANTS = ("other state force", "week, a day off", "region only", "other spelling", "no actor2",
            "unidentified actor2")
_STATE = re.compile(r"^(Military|Police) Forces of (.+)$")


def _variant(m: MergeMention, index: int) -> tuple[str, MergeMention] | None:
    """A second report of the event of ``m``, differing in one way (chosen by ``index``), or None
    where that way does not apply to this row."""
    kind = VARIANTS[index % len(VARIANTS)]
    v = dataclasses.replace(m, mention_id=m.mention_id + "v", doc_id=m.doc_id + "v",
                            published=(m.published or START) + dt.timedelta(days=1))
    if kind == "other state force":
        for side in ("actor1", "actor2"):
            match = _STATE.match(getattr(m, side) or "")
            if match:
                other = "Police" if match.group(1) == "Military" else "Military"
                setattr(v, side, f"{other} Forces of {match.group(2)}")
                break
        else:
            return None
    elif kind == "week, a day off":
        if m.event_date is None or (m.time_precision or 1) != 1:
            return None
        v.event_date, v.time_precision = m.event_date + dt.timedelta(days=1 + index % 2), 2
    elif kind == "region only":
        if not m.admin1 or (m.geo_precision or 1) == 3:
            return None
        v.location, v.latitude, v.longitude, v.geo_precision = m.admin1, None, None, 3
    elif kind == "other spelling":
        if not m.location or m.latitude is None:
            return None
        name = m.location
        v.location = name[3:] if name.startswith("Al-") else (name[:-3] + "iyah" if name.endswith("iya") else "Al-" + name)
        v.latitude = m.latitude + 0.009  # about a kilometre north
    elif kind == "no actor2":
        if not m.actor2:
            return None
        v.actor2 = None
    elif kind == "unidentified actor2":
        if not m.actor2 or m.actor2.startswith("Unidentified"):
            return None
        v.actor2 = f"Unidentified Armed Group ({m.country})"
    return kind, v


def score_groups(events: list[dict], truth: dict[str, object]) -> dict[str, float]:
    """Pairwise precision and recall of ``events`` against ``truth`` (mention id -> true event)."""
    def pairs(groups: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in groups.values())

    found: Counter[object] = Counter()
    both: Counter[object] = Counter()
    for index, event in enumerate(events):
        for mention_id in event["mention_ids"]:
            found[index] += 1
            both[(index, truth[mention_id])] += 1
    true_pairs, found_pairs, shared = pairs(Counter(truth.values())), pairs(found), pairs(both)
    return {"precision": shared / max(found_pairs, 1), "recall": shared / max(true_pairs, 1),
            "true_pairs": true_pairs, "found_pairs": found_pairs}


def acled_pairs(path: Path) -> None:
    rows = acled_mentions(path)
    mentions = list(rows)
    kinds: dict[str, str] = {}
    for index, m in enumerate(rows):
        made = _variant(m, index)
        if made:
            kinds[made[1].mention_id] = made[0]
            mentions.append(made[1])
    truth = {m.mention_id: m.mention_id.rstrip("v") for m in mentions}
    events = merge_mentions([dataclasses.replace(m) for m in mentions])
    scores = score_groups(events, truth)
    holder = {mid: i for i, e in enumerate(events) for mid in e["mention_ids"]}
    members: Counter[int] = Counter()
    for e_index, event in enumerate(events):
        members[e_index] = len({truth[mid] for mid in event["mention_ids"]})
    over = sum(1 for m in rows if members[holder[m.mention_id]] > 1)
    print(f"{path.name}: {len(rows):,} rows + {len(kinds):,} second reports -> {len(events):,} events")
    print(f"  pairwise precision {scores['precision']:.3f}, recall {scores['recall']:.3f} "
          f"({scores['found_pairs']:,} pairs merged, {scores['true_pairs']:,} same-event pairs)")
    print(f"  over-merge: {over / len(rows):.1%} of rows share an event with another row")
    apart = Counter(kind for mid, kind in kinds.items() if holder[mid] != holder[truth[mid]])
    total = Counter(kinds.values())
    print(f"  under-merge: {sum(apart.values()) / max(len(kinds), 1):.1%} of second reports left apart; by kind: "
          + ", ".join(f"{k} {apart[k]}/{total[k]}" for k in VARIANTS if total[k]))


def story_scores() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "store"))
    from merge_stories import STORIES

    mentions, truth = [], {}
    for story in STORIES:
        for event_key, m in story.mentions():
            mentions.append(m)
            truth[m.mention_id] = (story.name, event_key)
    events = merge_mentions(mentions)
    scores = score_groups(events, truth)
    print(f"hand-written stories: {len(STORIES)} stories, {len(mentions)} reports, {len(set(truth.values()))} "
          f"true events -> {len(events)} events; pairwise precision {scores['precision']:.3f}, "
          f"recall {scores['recall']:.3f}")


def acled_mentions(path: Path) -> list[MergeMention]:
    from eventcoder.classify.acled_rows import parse_acled_date, read_acled_rows

    def number(value: str, kind: type) -> object:
        try:
            return kind(value) if value not in ("", None) else None
        except ValueError:
            return None

    return [MergeMention(
        mention_id=f"row{index:06d}", doc_id=f"row{index:06d}", published=parse_acled_date(row["event_date"]),
        event_date=parse_acled_date(row["event_date"]), time_precision=number(row.get("time_precision", ""), int),
        event_type=row["event_type"], sub_event_type=row["sub_event_type"], actor1=row.get("actor1") or None,
        actor2=row.get("actor2") or None, country=row.get("country"), admin1=row.get("admin1") or None,
        admin2=row.get("admin2") or None, location=row.get("location") or None,
        latitude=number(row.get("latitude", ""), float), longitude=number(row.get("longitude", ""), float),
        geo_precision=number(row.get("geo_precision", ""), int),
        fatalities=number(row.get("fatalities", ""), int) or 0, fatalities_reported=True)
        for index, row in enumerate(read_acled_rows(path))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--store", action="store_true", help="also time EventStore.merge() on a store file")
    parser.add_argument("--acled", type=Path, default=None, help="measure over-merging on an ACLED export instead")
    parser.add_argument("--pairs", type=Path, action="append", default=[],
                        help="precision/recall on an ACLED export's rows and second reports (repeatable), "
                             "and on the hand-written stories")
    args = parser.parse_args()
    if args.pairs:
        for path in args.pairs:
            acled_pairs(path)
        story_scores()
        return 0
    if args.acled:
        acled_over_merge(args.acled)
        return 0
    print(f"{'mentions':>10} {'true ev.':>9} {'found':>9} {'cpu s':>8} {'wall s':>8} {'ment./cpu s':>11} "
          f"{'cpu s/10k':>9} {'pair P':>7} {'pair R':>7} {'store cpu s':>11}")
    for size in args.sizes:
        mentions, truth = synthetic(size, args.seed)
        ids = {m.mention_id: i for i, m in enumerate(mentions)}
        gc.collect()
        started, cpu_started = time.perf_counter(), time.process_time()
        events = merge_mentions(mentions)
        seconds, wall = time.process_time() - cpu_started, time.perf_counter() - started
        precision, recall = pairwise_scores(events, truth, ids)
        store_seconds = store_merge_seconds(mentions) if args.store else float("nan")
        print(f"{size:>10,} {len(set(truth)):>9,} {len(events):>9,} {seconds:>8.2f} {wall:>8.2f} {size / seconds:>11,.0f} "
              f"{seconds / size * 10_000:>9.3f} {precision:>7.3f} {recall:>7.3f} {store_seconds:>11.2f}", flush=True)
        del mentions, truth, events, ids
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:,.0f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
