"""Many analysts at once: latency and throughput of a running dashboard under N concurrent clients.

Each client is a thread with its own HTTP connection that sends requests back to back (closed loop,
no think time) for ``--seconds``, drawing each request from a mix of what the page asks for. The run
is made once with one client and once with ``--clients`` clients, so the throughput of both can be
compared. Start the server first, on a store of the size to measure:

    eventcoder serve --db /tmp/store.duckdb --port 8765 &
    python benchmarks/bench_clients.py --url http://127.0.0.1:8765 --clients 50 --seconds 30

Mixes (``--mix``):

* ``wide`` (default): what analysts browsing one store ask for, with the page's weights: event
  pages (35%: three orders, ten pages each, filtered by type, country, admin1, month, actor or text,
  two pages each), event details (35%: 1,000 events spread over the store), the timeline (8%: day,
  week, month; unfiltered or by type or country), admin1 counts (7%), the map (5%: all located
  events, about 1 MB, or by type or country), the stamp the page polls (7%) and the facets (3%).
  About 1,300 distinct requests: a server cannot answer it from a handful of kept answers.
* ``basic``: the earlier mix (52 requests drawn uniformly: 40 event details, event pages plain,
  sorted, filtered by text, by 3 types and 3 countries, timeline by week, admin1, facets; the map
  too with ``--map``), for comparison with numbers measured before the wide mix.

Each client talks through ``http.client`` (``--client stdlib``, default) or ``httpx`` (``--client
httpx``, as in the numbers measured before 2026-12-07): fifty Python clients on the server's own two
cores load it too, the httpx ones about twice as much.

``--review-every S`` adds a client that marks a random event reviewed every S seconds (a write:
the server must answer every later request from the changed store).

Prints p50/p95/p99 latency (ms), requests per second, errors and distinct requests for each run;
``--json`` keeps them.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def request_mix(base: str, with_map: bool) -> list[str]:
    """The ``basic`` mix: the URLs a page session asks for, from the store behind ``base``."""
    with httpx.Client(base_url=base, timeout=60) as client:
        page = client.get("/api/events", params={"limit": 200, "order_by": "-fatalities"}).json()
        facets = client.get("/api/facets").json()
    ids = [e["event_id"] for e in page["events"]]
    types = facets.get("event_type") or [""]
    countries = facets.get("country") or [""]
    urls = ["/api/events?limit=50", "/api/events?limit=50&order_by=-fatalities", "/api/events?limit=50&q=police",
            "/api/timeline?interval=week", "/api/admin1", "/api/facets"]
    urls += [f"/api/events?limit=50&event_type={quote(t)}" for t in types[:3]]
    urls += [f"/api/events?limit=50&country={quote(c)}" for c in countries[:3]]
    urls += [f"/api/events/{i}" for i in ids[:40]]
    if with_map:
        urls.append("/api/map")
    return urls


#: Words an analyst types in the search and actor boxes (generic, not taken from any data set).
SEARCH_WORDS = ("police", "protest", "killed", "attack", "students", "workers", "village", "market")
ACTOR_WORDS = ("police", "military", "protesters", "rebels", "unidentified")


def wide_mix(base: str) -> dict[str, list[str]]:
    """The ``wide`` mix: request kinds and their URLs, from the store behind ``base``."""
    with httpx.Client(base_url=base, timeout=60) as client:
        facets = client.get("/api/facets").json()
        total = client.get("/api/events", params={"limit": 1}).json()["total"]
        step = max(1, total // 1000)
        ids: list[str] = []
        for offset in range(0, total, 500):
            page = client.get("/api/events", params={"limit": 500, "offset": offset, "order_by": "event_id"}).json()
            ids += [e["event_id"] for e in page["events"]]
    rng = random.Random(11)
    types, countries = facets.get("event_type") or [], facets.get("country") or []
    admin1s = rng.sample(facets.get("admin1") or [], min(20, len(facets.get("admin1") or [])))
    months = sorted({f"{y}-{m:02d}" for y in (2019, 2020) for m in range(1, 13)})
    filters = ([f"event_type={quote(t)}" for t in types] + [f"country={quote(c)}" for c in countries[:20]]
               + [f"admin1={quote(a)}" for a in admin1s] + [f"q={w}" for w in SEARCH_WORDS]
               + [f"actor={w}" for w in ACTOR_WORDS]
               + [f"date_from={m}-01&date_to={m}-28" for m in months])
    pages = [f"/api/events?limit=50&order_by={o}&offset={50 * n}" for o in ("-event_date", "-fatalities", "event_date")
             for n in range(10)]
    pages += [f"/api/events?limit=50&{f}&offset={50 * n}" for f in filters for n in range(2)]
    by_type_or_country = ([""] + [f"&event_type={quote(t)}" for t in types]
                          + [f"&country={quote(c)}" for c in countries[:10]])
    return {
        "events": pages,
        "event": [f"/api/events/{i}" for i in ids[::step][:1000]],
        "timeline": [f"/api/timeline?interval={i}{f}" for i in ("day", "week", "month") for f in by_type_or_country],
        "admin1": ["/api/admin1" + ("?" + f[1:] if f else "") for f in by_type_or_country],
        "map": ["/api/map" + ("?" + f[1:] if f else "") for f in by_type_or_country[:4]],
        "stamp": ["/api/stamp"],
        "facets": ["/api/facets"],
    }


#: Share of each kind of request in the ``wide`` mix.
WIDE_WEIGHTS = {"events": 35, "event": 35, "timeline": 8, "admin1": 7, "map": 5, "stamp": 7, "facets": 3}


def chooser(mix: list[str] | dict[str, list[str]]) -> Callable[[random.Random], str]:
    """Draws a URL: uniformly from a list, or a kind by :data:`WIDE_WEIGHTS` then a URL of that kind."""
    if isinstance(mix, list):
        return lambda rng: rng.choice(mix)
    kinds = list(mix)
    weights = [WIDE_WEIGHTS[k] for k in kinds]
    return lambda rng: rng.choice(mix[rng.choices(kinds, weights)[0]])


def reviewer(base: str, ids: list[str], every: float, stop: threading.Event, log: list[str]) -> None:
    """Marks a random event reviewed every ``every`` seconds until ``stop``."""
    rng = random.Random(3)
    with httpx.Client(base_url=base, timeout=60) as http:
        token = http.get("/api/config").json()["csrf_token"]
        while not stop.wait(every):
            response = http.post(f"/api/events/{rng.choice(ids)}/reviewed", json={"why": "benchmark"},
                                 headers={"X-CSRF-Token": token})
            log.append(str(response.status_code))


def kind_of(url: str) -> str:
    """``events``, ``event`` (a detail), ``map``, ``timeline``, ... from a request URL."""
    path = url.split("?", 1)[0]
    return "event" if path.startswith("/api/events/") else path.rsplit("/", 1)[1]


def open_client(base: str, kind: str) -> Callable[[str], int]:
    """One client's connection: ``get(url) -> status`` reading the whole body. ``stdlib``
    (http.client) costs the client process a fraction of what ``httpx`` does, so that fifty of them
    on the server's machine measure the server more than themselves."""
    if kind == "httpx":
        session = httpx.Client(base_url=base, timeout=60)
        return lambda url: session.get(url).status_code
    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=60)

    def get(url: str) -> int:
        connection.request("GET", url)
        response = connection.getresponse()
        response.read()
        return response.status

    return get


def run(base: str, mix: list[str] | dict[str, list[str]], clients: int, seconds: float, seed: int,
        review_every: float = 0.0, review_ids: list[str] | None = None, kind: str = "stdlib") -> dict[str, Any]:
    latencies: list[list[tuple[str, float]]] = [[] for _ in range(clients)]
    errors: list[str] = []
    asked: set[str] = set()
    choose = chooser(mix)
    start_line = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(index: int) -> None:
        rng = random.Random(seed + index)
        mine = latencies[index]
        get = open_client(base, kind)
        start_line.wait()
        while time.perf_counter() < stop_at[0]:
            url = choose(rng)
            asked.add(url)
            began = time.perf_counter()
            try:
                status = get(url)
                if status != 200:
                    errors.append(f"{status} {url}")
            except (httpx.HTTPError, OSError, http.client.HTTPException) as exc:
                errors.append(f"{type(exc).__name__} {url}")
                get = open_client(base, kind)
            mine.append((url, (time.perf_counter() - began) * 1000))

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    stop = threading.Event()
    writes: list[str] = []
    if review_every > 0 and review_ids:
        writer = threading.Thread(target=reviewer, args=(base, review_ids, review_every, stop, writes), daemon=True)
        writer.start()
    stop_at[0] = time.perf_counter() + seconds
    began = time.perf_counter()
    start_line.wait()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    stop.set()
    times = [t for per_client in latencies for _, t in per_client]
    kinds: dict[str, list[float]] = {}
    for per_client in latencies:
        for url, t in per_client:
            kinds.setdefault(kind_of(url), []).append(t)
    return {"clients": clients, "client": kind, "requests": len(times), "distinct": len(asked),
            "seconds": round(elapsed, 1),
            "throughput_rps": round(len(times) / elapsed, 1), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(percentile(times, 0.95), 1), "p99_ms": round(percentile(times, 0.99), 1),
            "max_ms": round(max(times), 1), "errors": len(errors), "first_errors": errors[:5],
            "writes": len(writes), "write_errors": sum(1 for w in writes if w != "200"),
            "by_kind": {k: {"requests": len(v), "p50_ms": round(statistics.median(v), 1),
                            "p99_ms": round(percentile(v, 0.99), 1)} for k, v in sorted(kinds.items())}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8765", help="the running dashboard")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each run")
    parser.add_argument("--mix", choices=("wide", "basic"), default="wide", help="what the clients ask for (see above)")
    parser.add_argument("--map", action="store_true", help="basic mix: include /api/map (about 1 MB per answer)")
    parser.add_argument("--review-every", type=float, default=0.0, metavar="S",
                        help="a writer marks a random event reviewed every S seconds (0: no writes)")
    parser.add_argument("--client", choices=("stdlib", "httpx"), default="stdlib",
                        help="HTTP client of each simulated analyst (httpx: as measured before 2026-12-07)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    args = parser.parse_args()
    mix: list[str] | dict[str, list[str]]
    mix = wide_mix(args.url) if args.mix == "wide" else request_mix(args.url, args.map)
    urls = mix["event"] if isinstance(mix, dict) else mix
    ids = [u.rsplit("/", 1)[1] for u in urls if u.startswith("/api/events/")]
    results = [run(args.url, mix, n, args.seconds, args.seed, args.review_every, ids, args.client)
               for n in (1, args.clients)]
    print(f"{'clients':>7} {'requests':>8} {'distinct':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
          f"{'max ms':>7} {'errors':>6} {'writes':>6}")
    for r in results:
        print(f"{r['clients']:>7} {r['requests']:>8} {r['distinct']:>8} {r['throughput_rps']:>7} {r['p50_ms']:>7} "
              f"{r['p95_ms']:>7} {r['p99_ms']:>7} {r['max_ms']:>7} {r['errors']:>6} {r['writes']:>6}")
        kinds = ", ".join(f"{k} {v['p50_ms']}/{v['p99_ms']}" for k, v in r["by_kind"].items())
        print(f"        p50/p99 ms by kind: {kinds}")
        for error in r["first_errors"]:
            print(f"  error: {error}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
