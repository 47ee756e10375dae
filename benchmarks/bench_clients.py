"""Many analysts at once: latency and throughput of a running dashboard under N concurrent clients.

Each client is a thread with its own HTTP connection that sends requests back to back (closed loop,
no think time) for ``--seconds``, cycling through a mix of what the page asks for (event pages with
and without filters, event details, the timeline, admin1 counts, facets; the map too with
``--map``). The run is made once with one client and once with ``--clients`` clients, so the
throughput of both can be compared. Start the server first, on a store of the size to measure:

    eventcoder serve --db /tmp/store.duckdb --port 8765 &
    python benchmarks/bench_clients.py --url http://127.0.0.1:8765 --clients 50 --seconds 30

Prints p50/p95/p99 latency (ms), requests per second and errors for each run; ``--json`` keeps them.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import threading
import time
from pathlib import Path
from typing import Any

import httpx


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def request_mix(base: str, with_map: bool) -> list[str]:
    """The URLs a page session asks for, from the store behind ``base``."""
    with httpx.Client(base_url=base, timeout=60) as client:
        page = client.get("/api/events", params={"limit": 200, "order_by": "-fatalities"}).json()
        facets = client.get("/api/facets").json()
    ids = [e["event_id"] for e in page["events"]]
    types = facets.get("event_type") or [""]
    countries = facets.get("country") or [""]
    urls = ["/api/events?limit=50", "/api/events?limit=50&order_by=-fatalities", "/api/events?limit=50&q=police",
            "/api/timeline?interval=week", "/api/admin1", "/api/facets"]
    urls += [f"/api/events?limit=50&event_type={t}" for t in types[:3]]
    urls += [f"/api/events?limit=50&country={c}" for c in countries[:3]]
    urls += [f"/api/events/{i}" for i in ids[:40]]
    if with_map:
        urls.append("/api/map")
    return urls


def run(base: str, urls: list[str], clients: int, seconds: float, seed: int) -> dict[str, Any]:
    latencies: list[list[float]] = [[] for _ in range(clients)]
    errors: list[str] = []
    start_line = threading.Barrier(clients + 1)
    stop_at = [0.0]

    def client(index: int) -> None:
        rng = random.Random(seed + index)
        mine = latencies[index]
        with httpx.Client(base_url=base, timeout=60) as http:
            start_line.wait()
            while time.perf_counter() < stop_at[0]:
                url = rng.choice(urls)
                began = time.perf_counter()
                try:
                    response = http.get(url)
                    if response.status_code != 200:
                        errors.append(f"{response.status_code} {url}")
                except httpx.HTTPError as exc:
                    errors.append(f"{type(exc).__name__} {url}")
                mine.append((time.perf_counter() - began) * 1000)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    stop_at[0] = time.perf_counter() + seconds
    began = time.perf_counter()
    start_line.wait()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    times = [t for per_client in latencies for t in per_client]
    return {"clients": clients, "requests": len(times), "seconds": round(elapsed, 1),
            "throughput_rps": round(len(times) / elapsed, 1), "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(percentile(times, 0.95), 1), "p99_ms": round(percentile(times, 0.99), 1),
            "max_ms": round(max(times), 1), "errors": len(errors), "first_errors": errors[:5]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8765", help="the running dashboard")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0, help="length of each run")
    parser.add_argument("--map", action="store_true", help="include /api/map (about 1 MB per answer) in the mix")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    args = parser.parse_args()
    urls = request_mix(args.url, args.map)
    results = [run(args.url, urls, 1, args.seconds, args.seed),
               run(args.url, urls, args.clients, args.seconds, args.seed)]
    print(f"{'clients':>7} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>7} {'errors':>6}")
    for r in results:
        print(f"{r['clients']:>7} {r['requests']:>8} {r['throughput_rps']:>7} {r['p50_ms']:>7} {r['p95_ms']:>7} "
              f"{r['p99_ms']:>7} {r['max_ms']:>7} {r['errors']:>6}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
