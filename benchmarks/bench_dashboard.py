"""Dashboard benchmark: page load time and API latency (p50/p95) on a large store, plus screenshots.

Builds (once) an event store from ACLED-format CSV files given at run time, each row's ``notes``
becoming one document run through the real pipeline; serves the dashboard on localhost; times the
JSON API and a full page load in headless Chromium. The store is written outside the repository
(default /tmp) and must never be committed: ACLED's terms forbid redistributing its notes.

    python benchmarks/bench_dashboard.py --csv A.csv --csv B.csv            # ingest once, then measure
    python benchmarks/bench_dashboard.py --db /tmp/x.duckdb --screenshots docs/screenshots --prefix large
    python benchmarks/bench_dashboard.py --seeds --screenshots docs/screenshots --prefix seeds
    python benchmarks/bench_dashboard.py --sample --screenshots docs/screenshots --prefix sample
    python benchmarks/bench_dashboard.py --csv A.csv --csv B.csv --coded-rows --db /tmp/rows.duckdb --no-page

``--coded-rows`` stores each row's own coded fields as its document's record instead of running the
pipeline (a store of the same size in seconds rather than half an hour; for timing the API only).

Screenshots of a store built from licensed data show only the map and the timeline (aggregates),
never article text or table rows.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))  # LiveServer and the Chromium launcher
sys.path.insert(0, str(ROOT / "tests" / "server"))  # the hand-made sample store (--sample)

from chromium import LiveServer, start_chromium, wait_for  # noqa: E402

from eventcoder.documents import Document  # noqa: E402
from eventcoder.server import create_app  # noqa: E402
from eventcoder.store import EventStore  # noqa: E402


def acled_documents(paths: list[Path], limit: int | None) -> Iterator[Document]:
    """One document per CSV row with notes: the notes as text, published on the event date."""
    count = 0
    for path in paths:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            for row in csv.DictReader(stream):
                if not (row.get("notes") or "").strip():
                    continue
                published = None
                for fmt in ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y"):
                    try:
                        published = dt.datetime.strptime(row["event_date"], fmt).date()
                        break
                    except (KeyError, ValueError):
                        pass
                yield Document(id=f"{path.stem}-{row.get('event_id_cnty') or row.get('data_id')}", text=row["notes"],
                               published=published, country=row.get("country") or None)
                count += 1
                if limit and count >= limit:
                    return


def coded_rows_processor(paths: list[Path]) -> Any:
    """A stand-in for the pipeline: each row's document gets the row's own coded fields as its record."""
    from eventcoder.pipeline import DocumentResult
    from eventcoder.record import Event

    rows: dict[str, dict[str, str]] = {}
    for path in paths:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            for row in csv.DictReader(stream):
                rows[f"{path.stem}-{row.get('event_id_cnty') or row.get('data_id')}"] = row

    def number(value: str | None, kind: type) -> Any:
        try:
            return kind(value) if value not in (None, "") else None
        except ValueError:
            return None

    def process(items: Any) -> Iterator[Any]:
        for doc in items:
            row = rows[doc.id]
            event = Event(
                event_id=f"row-{doc.id}", doc_id=doc.id,
                event_date=doc.published.isoformat() if doc.published else None,
                time_precision=number(row.get("time_precision"), int), event_type=row.get("event_type") or None,
                sub_event_type=row.get("sub_event_type") or None, actor1=row.get("actor1") or None,
                assoc_actor_1=row.get("assoc_actor_1") or None, inter1=number(row.get("inter1"), int),
                actor2=row.get("actor2") or None, assoc_actor_2=row.get("assoc_actor_2") or None,
                inter2=number(row.get("inter2"), int), interaction=number(row.get("interaction"), int),
                country=row.get("country") or None, admin1=row.get("admin1") or None,
                admin2=row.get("admin2") or None, admin3=row.get("admin3") or None,
                location=row.get("location") or None, latitude=number(row.get("latitude"), float),
                longitude=number(row.get("longitude"), float), geo_precision=number(row.get("geo_precision"), int),
                source=row.get("source") or None, notes=row.get("notes") or None,
                fatalities=number(row.get("fatalities"), int) or 0, confidence=0.9)
            yield DocumentResult(doc.id, events=[event], content_hash=doc.content_hash, document=doc)

    return process


def build_store(db: Path, csvs: list[Path], limit: int | None, seeds: bool, sample: bool,
                coded_rows: bool = False) -> EventStore:
    if sample:
        from samples import make_event_store

        return make_event_store(":memory:")  # type: ignore[no-any-return]
    store = EventStore.open(db)
    if store.counts()["events"] == 0:
        start = time.perf_counter()
        if seeds:
            summary = store.ingest([ROOT / "examples" / "seeds.jsonl"], engine="inprocess")
        else:
            summary = store.ingest_documents(acled_documents(csvs, limit), engine="inprocess",
                                             processor=coded_rows_processor(csvs) if coded_rows else None,
                                             progress=lambda done, _: print(f"  {done} documents", file=sys.stderr)
                                             if done % 1000 < 64 else None)
        print(f"ingested {summary.documents} documents -> {summary.events} events "
              f"in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return store


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def time_api(base: str, store: EventStore, repeats: int) -> dict[str, dict[str, float]]:
    """Latency of each endpoint (ms): several requests each, with and without filters."""
    rows, _ = store.query_events(limit=None)
    rng = random.Random(7)
    ids = [r["event_id"] for r in rng.sample(rows, min(repeats, len(rows)))]
    types = sorted({r["event_type"] for r in rows if r["event_type"]})
    dates = sorted(str(r["event_date"]) for r in rows if r["event_date"])
    mid = dates[len(dates) // 2] if dates else None
    cases: dict[str, list[str]] = {
        "events page": ["/api/events?limit=50", "/api/events?limit=50&order_by=-fatalities",
                        f"/api/events?limit=50&event_type={types[0] if types else ''}", "/api/events?limit=50&q=police",
                        f"/api/events?limit=50&date_from={mid}"],
        "map points (all)": ["/api/map"],
        "timeline (day)": ["/api/timeline?interval=day", "/api/timeline?interval=week"],
        "admin1 counts": ["/api/admin1"],
        "facets": ["/api/facets"],
        "event detail": [f"/api/events/{i}" for i in ids],
    }
    results: dict[str, dict[str, float]] = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, urls in cases.items():
            times = []
            for i in range(repeats):
                url = urls[i % len(urls)]
                start = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - start) * 1000)
                response.raise_for_status()
            results[name] = {"n": len(times), "p50_ms": statistics.median(times), "p95_ms": percentile(times, 0.95),
                             "bytes": len(response.content)}
    return results


def time_page(base: str, loads: int) -> dict[str, float]:
    """Page load (ms) until the page has drawn the map, timeline and table (body[data-loaded])."""
    browser = start_chromium()
    try:
        times: list[float] = []
        dom: list[float] = []
        for _ in range(loads):
            browser.get("about:blank")
            browser.get(base + "/")
            wait_for(browser, "document.body.dataset.loaded === 'true'", timeout=120)
            times.append(float(browser.execute_script("return document.body.dataset.loadedAt")))
            dom.append(browser.execute_script(
                "const n = performance.getEntriesByType('navigation')[0]; return n.domContentLoadedEventEnd;"))
        return {"n": loads, "median_ms": statistics.median(times), "max_ms": max(times),
                "dom_content_loaded_median_ms": statistics.median(dom)}
    finally:
        browser.quit()


def screenshots(base: str, store: EventStore, out: Path, prefix: str, with_text: bool,
                event_query: str | None = None) -> list[Path]:
    from selenium.webdriver.common.by import By

    out.mkdir(parents=True, exist_ok=True)
    browser = start_chromium()
    written = []
    try:
        browser.set_window_size(1400, 900)
        browser.get(base + "/")
        wait_for(browser, "document.body.dataset.loaded === 'true'", timeout=120)
        time.sleep(1.5)  # let the clusters and boundaries settle
        for element, name in (("map-panel", "map"), ("timeline-panel", "timeline")):
            path = out / f"{prefix}-{name}.png"
            browser.find_element(By.ID, element).screenshot(str(path))
            written.append(path)
        # the admin1 layer instead of the points
        boxes = browser.find_elements(By.CSS_SELECTOR, ".leaflet-control-layers-overlays input")
        boxes[0].click()
        boxes[1].click()
        busiest = [r for r in store.admin1_counts() if r["admin1"] and r["latitude"] is not None][:1]
        if busiest:  # zoom on the region around the admin1 with most events
            browser.execute_script("view.map.setView([arguments[0], arguments[1]], 5);",
                                   busiest[0]["latitude"], busiest[0]["longitude"])
        time.sleep(1.0)
        path = out / f"{prefix}-admin1.png"
        browser.find_element(By.ID, "map-panel").screenshot(str(path))
        written.append(path)
        if with_text:
            path = out / f"{prefix}-page.png"
            browser.save_screenshot(str(path))
            written.append(path)
            from eventcoder.store import EventFilter

            rows, _ = store.query_events(EventFilter(text=event_query), limit=None, order_by="-fatalities")
            pick = next((r for r in rows if r["n_documents"] > 1), rows[0])
            browser.set_window_size(1400, 1700)  # the whole event view: fields, article, claims
            browser.get(f"{base}/#event={pick['event_id']}")
            wait_for(browser, "document.querySelector('.doc-text mark')", timeout=60)
            height = browser.execute_script("return document.getElementById('event-body').scrollHeight")
            browser.set_window_size(1400, min(2400, height + 160))
            time.sleep(0.5)
            path = out / f"{prefix}-event.png"
            browser.find_element(By.ID, "event-view").screenshot(str(path))
            written.append(path)
    finally:
        browser.quit()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", type=Path, action="append", default=[], help="ACLED-format CSV (repeatable)")
    parser.add_argument("--seeds", action="store_true", help="use examples/seeds.jsonl instead of CSVs")
    parser.add_argument("--sample", action="store_true",
                        help="use the tests' hand-made store (located events, hostile text) instead")
    parser.add_argument("--db", type=Path, default=Path("/tmp/eventcoder-dashboard-bench.duckdb"))
    parser.add_argument("--limit", type=int, default=None, help="documents to ingest (default: all)")
    parser.add_argument("--repeats", type=int, default=40, help="requests per endpoint")
    parser.add_argument("--loads", type=int, default=5, help="page loads to time")
    parser.add_argument("--screenshots", type=Path, default=None, help="folder for PNG screenshots")
    parser.add_argument("--prefix", default="large", help="screenshot file name prefix")
    parser.add_argument("--event-query", default=None,
                        help="screenshot the event view of an event matching this text (default: the deadliest)")
    parser.add_argument("--json", type=Path, default=None, help="write the measurements here")
    parser.add_argument("--coded-rows", action="store_true",
                        help="build the store from the rows' own coded fields (no pipeline run)")
    parser.add_argument("--no-page", action="store_true", help="time the API only (no browser)")
    args = parser.parse_args()
    if not (args.seeds or args.sample or args.csv or args.db.exists()):
        parser.error("give --csv files (or --seeds) to build the store, or --db of an existing one")
    store = build_store(args.db, args.csv, args.limit, args.seeds, args.sample, args.coded_rows)
    counts = store.counts()
    print(f"store: {counts}", file=sys.stderr)
    report: dict[str, Any] = {"store": counts}
    with LiveServer(create_app(store)) as server:  # answers to 127.0.0.1 (the Host LiveServer's URL names)
        report["api"] = time_api(server.url, store, args.repeats)
        if not args.no_page:
            report["page"] = time_page(server.url, args.loads)
        if args.screenshots:
            report["screenshots"] = [str(p) for p in
                                     screenshots(server.url, store, args.screenshots, args.prefix,
                                                 args.seeds or args.sample, args.event_query)]
    store.close()
    print(f"{'endpoint':<20} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'bytes':>10}")
    for name, r in report["api"].items():
        print(f"{name:<20} {r['n']:>4} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f} {r['bytes']:>10,}")
    page = report.get("page")
    if page:
        print(f"page load until map, timeline and table are drawn ({page['n']} loads): median {page['median_ms']:.0f} ms, "
              f"max {page['max_ms']:.0f} ms (DOMContentLoaded median {page['dom_content_loaded_median_ms']:.0f} ms)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
