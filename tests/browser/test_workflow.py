"""Issue 17 in headless Chromium: export of the filter, the new filters and columns, review
validation shown to the analyst, keyboard use, and new articles appearing without a reload."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from chromium import LiveServer, wait_for
from samples import make_event_store
from test_dashboard import open_page, severe_console_errors

from eventcoder.server import create_app

pytestmark = pytest.mark.browser

ROWS = "document.querySelectorAll('#events tbody tr').length"


def choose(browser: Any, name: str, value: str) -> None:
    browser.execute_script(f"const s = document.querySelector('[name={name}]'); s.value = arguments[0];"
                           "s.dispatchEvent(new Event('change'));", value)


def apply(browser: Any) -> None:
    """Apply the filters and wait until the page has loaded what they select."""
    from selenium.webdriver.common.by import By

    loads = browser.execute_script("return Number(document.body.dataset.loads || 0)")
    browser.find_element(By.ID, "apply").click()
    wait_for(browser, f"Number(document.body.dataset.loads || 0) > {loads}")


def test_table_shows_sub_type_and_actor2_and_filters_by_sub_type(browser: Any) -> None:
    store = make_event_store()
    with LiveServer(create_app(store, reviewer="e2e")) as server:
        open_page(browser, server.url)
        headers = browser.execute_script("return [...document.querySelectorAll('#events th')].map(t => t.textContent)")
        assert "Sub-type" in headers and "Actor 2" in headers
        wait_for(browser, "[...document.querySelectorAll('select[name=sub_event_type] option')].length > 1")
        choose(browser, "sub_event_type", "Excessive force against protesters")
        apply(browser)
        wait_for(browser, f"{ROWS} === 1")
        cells = browser.execute_script("return [...document.querySelectorAll('#events tbody td')].map(t => t.textContent)")
        assert "Excessive force against protesters" in cells
        assert any(c.startswith("Police Forces of Iraq") for c in cells)
        assert severe_console_errors(browser) == []
    store.close()


def test_export_link_downloads_exactly_the_filtered_events(browser: Any) -> None:
    store = make_event_store()
    with LiveServer(create_app(store)) as server:
        open_page(browser, server.url)
        choose(browser, "admin1", "Dhi Qar")
        apply(browser)
        wait_for(browser, f"{ROWS} === 1")
        shown = browser.execute_script("return document.querySelector('#events tbody tr').dataset.eventId")
        for fmt in ("csv", "geojson", "jsonl"):
            href = browser.execute_script(f"return document.getElementById('export-{fmt}').href")
            assert "admin1=Dhi+Qar" in href and f"format={fmt}" in href
            with urllib.request.urlopen(href, timeout=30) as response:
                body = response.read().decode()
            if fmt == "jsonl":
                assert [json.loads(line)["event_id"] for line in body.splitlines()] == [shown]
            elif fmt == "geojson":
                assert [f["id"] for f in json.loads(body)["features"]] == [shown]
            else:
                assert body.count("\n") == 2 and shown in body
    store.close()


def test_review_filter_and_mark_reviewed(browser: Any) -> None:
    from selenium.webdriver.common.by import By

    store = make_event_store()
    with LiveServer(create_app(store, reviewer="e2e")) as server:
        open_page(browser, server.url)
        total = browser.execute_script(f"return {ROWS}")
        choose(browser, "reviewed", "false")
        apply(browser)
        assert browser.execute_script(f"return {ROWS}") == total
        browser.find_element(By.CSS_SELECTOR, "#events tbody tr").click()
        wait_for(browser, "!document.getElementById('event-view').hidden")
        form = browser.find_element(By.CSS_SELECTOR, ".reviewed-form")
        form.find_element(By.NAME, "why").send_keys("read the article")
        form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        wait_for(browser, f"{ROWS} === {total - 1}")  # not-yet-reviewed list shrinks
        choose(browser, "reviewed", "true")
        apply(browser)
        wait_for(browser, f"{ROWS} === 1 && document.querySelector('#events tbody .badge.reviewed')")
        assert "e2e" in browser.find_element(By.CSS_SELECTOR, ".audit").text
    store.close()


def test_invalid_correction_is_refused_with_the_reason(browser: Any) -> None:
    from selenium.webdriver.common.by import By

    store = make_event_store()
    with LiveServer(create_app(store, reviewer="e2e")) as server:
        open_page(browser, server.url)
        choose(browser, "admin1", "Dhi Qar")
        apply(browser)
        wait_for(browser, f"{ROWS} === 1")
        browser.find_element(By.CSS_SELECTOR, "#events tbody tr").click()
        wait_for(browser, "document.querySelector(\"button[aria-label='edit event_type']\")")
        browser.find_element(By.CSS_SELECTOR, "button[aria-label='edit event_type']").click()
        options = browser.execute_script(
            "return [...document.querySelectorAll('td[data-field=event_type] select[name=value] option')]"
            ".map(o => o.value)")
        assert "Riots" in options and len(options) == 6  # the codebook's types to choose from
        choose(browser, "value", "Riots")  # its sub-type, Peaceful protest, is not a Riots sub-type
        browser.find_element(By.CSS_SELECTOR, "td[data-field=event_type] input[name=why]").send_keys("looked violent")
        browser.find_element(By.CSS_SELECTOR, "td[data-field=event_type] button[type=submit]").click()
        error = wait_for(browser, "!document.getElementById('error').hidden && document.getElementById('error').textContent")
        assert "Peaceful protest" in error and "Riots" in error
        rows, _ = store.query_events(limit=None)
        assert all(r["event_type"] == "Protests" for r in rows)  # nothing was changed
        assert store.audit_trail() == []
    store.close()


def test_keyboard_moves_opens_and_closes(browser: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    store = make_event_store()
    with LiveServer(create_app(store)) as server:
        open_page(browser, server.url)
        ids = browser.execute_script("return [...document.querySelectorAll('#events tbody tr')].map(r => r.dataset.eventId)")
        browser.execute_script("document.activeElement.blur(); document.body.focus();")
        keys = ActionChains(browser)
        keys.send_keys("j").send_keys("j").perform()
        focused = "document.activeElement.dataset && document.activeElement.dataset.eventId"
        assert browser.execute_script(f"return {focused}") == ids[1]
        ActionChains(browser).send_keys("k").perform()
        assert browser.execute_script(f"return {focused}") == ids[0]
        from selenium.webdriver.common.keys import Keys

        ActionChains(browser).send_keys(Keys.ENTER).perform()
        wait_for(browser, f"!document.getElementById('event-view').hidden && location.hash.includes('{ids[0]}')")
        ActionChains(browser).send_keys(Keys.ESCAPE).perform()
        wait_for(browser, "document.getElementById('event-view').hidden")
        ActionChains(browser).send_keys("/").perform()
        assert browser.execute_script("return document.activeElement.name") == "q"
    store.close()


def test_new_articles_appear_without_a_reload(browser: Any, tmp_path: Path) -> None:
    """A store file served while a second EventStore (as `ingest` would) adds an article."""
    from samples import sample_documents, sample_events

    from eventcoder.pipeline import DocumentResult
    from eventcoder.store import EventStore

    db = tmp_path / "live.duckdb"
    make_event_store(db).close()
    served = EventStore.open(db, linger=0.2)
    with LiveServer(create_app(served)) as server:
        open_page(browser, server.url)
        before = browser.execute_script(f"return {ROWS}")
        template = sample_events()[2]
        doc = sample_documents()[2]
        new_doc = type(doc)(id="doc-new", text="Teachers marched in Kut on Thursday.", published=doc.published)
        new_event = type(template).from_dict({**template.to_dict(), "event_id": "ev-kut", "doc_id": "doc-new",
                                              "location": "Kut", "admin1": "Wasit", "latitude": 32.5,
                                              "longitude": 45.8, "evidence": {}, "claims": []})

        def processor(items: Any) -> Any:
            for item in items:
                yield DocumentResult(item.id, events=[new_event], content_hash=item.content_hash, document=item)

        with EventStore.open(db, linger=0) as writer:
            writer.ingest_documents([new_doc], processor=processor)
        wait_for(browser, f"{ROWS} === {before + 1}", timeout=30)  # the page polls and redraws
        assert "Kut" in browser.execute_script("return document.querySelector('#events tbody').textContent")
    served.close()


def _confidence_store(path: Path) -> Any:
    """Three events: a sure one, an unsure one, and one whose two reports disagree on the toll."""
    import datetime as dt

    from eventcoder.documents import Document
    from eventcoder.pipeline import DocumentResult
    from eventcoder.record import Event
    from eventcoder.store import EventStore

    base = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "actor1": "Protesters (Iraq)",
            "country": "Iraq", "admin1": "Najaf", "fatalities": 0}
    records = {
        "sure": [Event(event_id="e-sure", doc_id="sure", event_date="2020-02-01", location="Najaf", latitude=32.0,
                       longitude=44.3, confidence=0.9, **base)],
        "unsure": [Event(event_id="e-unsure", doc_id="unsure", event_date="2020-02-02", location="Kufa",
                         latitude=32.05, longitude=44.4, confidence=0.3, **base)],
        "toll-a": [Event(event_id="e-a", doc_id="toll-a", event_date="2020-02-03", location="Manathira",
                         latitude=31.85, longitude=44.23, confidence=0.7, **{**base, "fatalities": 2})],
        "toll-b": [Event(event_id="e-b", doc_id="toll-b", event_date="2020-02-03", location="Manathira",
                         latitude=31.85, longitude=44.23, confidence=0.7, **{**base, "fatalities": 3})],
    }
    docs = [Document(id=name, text=f"Report {name}.", published=dt.date(2020, 2, 4)) for name in records]

    def processor(items: Any) -> Any:
        for doc in items:
            yield DocumentResult(doc.id, events=records[doc.id], content_hash=doc.content_hash, document=doc)

    store = EventStore.open(path)
    store.ingest_documents(docs, processor=processor)
    return store


def test_confidence_and_conflict_filters(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    store = _confidence_store(tmp_path / "c.duckdb")
    with LiveServer(create_app(store)) as server:
        open_page(browser, server.url)
        assert browser.execute_script(f"return {ROWS}") == 3
        browser.find_element(By.NAME, "min_confidence").send_keys("0.5")
        apply(browser)
        locations = browser.execute_script(
            "return [...document.querySelectorAll('#events tbody tr td:nth-child(8)')].map(t => t.textContent)")
        assert sorted(locations) == ["Manathira", "Najaf"]
        browser.find_element(By.NAME, "min_confidence").clear()
        choose(browser, "conflicts", "true")
        apply(browser)
        locations = browser.execute_script(
            "return [...document.querySelectorAll('#events tbody tr td:nth-child(8)')].map(t => t.textContent)")
        assert locations == ["Manathira"]  # the two reports disagree on the toll
        assert "conflicts=true" in browser.execute_script("return document.getElementById('export-csv').href")
        assert severe_console_errors(browser) == []
    store.close()
