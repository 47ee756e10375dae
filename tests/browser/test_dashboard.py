"""End to end in headless Chromium: load a store, open the page, filter, open an event, see the
highlighted evidence, correct a field, reload and see the correction kept; hostile text stays inert."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from chromium import LiveServer, wait_for
from samples import MARKER, PAYLOADS, make_store

from eventcoder.server import create_app

pytestmark = pytest.mark.browser

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def severe_console_errors(browser: Any) -> list[str]:
    return [e["message"] for e in browser.get_log("browser")
            if e["level"] == "SEVERE" and "favicon" not in e["message"]]


def open_page(browser: Any, url: str) -> None:
    browser.get(url)
    wait_for(browser, "document.body.dataset.loaded === 'true'")


def filter_by_text(browser: Any, text: str) -> None:
    from selenium.webdriver.common.by import By

    box = browser.find_element(By.NAME, "q")
    box.clear()
    box.send_keys(text)
    browser.find_element(By.ID, "apply").click()


def test_hostile_article_text_and_actor_names_stay_inert(browser: Any) -> None:
    from selenium.webdriver.common.by import By

    with LiveServer(create_app(make_store())) as server:
        open_page(browser, server.url)
        wait_for(browser, "document.querySelectorAll('#events tbody tr').length === 3")
        filter_by_text(browser, "karbala")
        wait_for(browser, "document.querySelectorAll('#events tbody tr').length === 1")
        browser.find_element(By.CSS_SELECTOR, "#events tbody tr").click()
        wait_for(browser, "!document.getElementById('event-view').hidden && document.querySelector('.doc-text')")
        # every payload is on the page as visible text...
        page_text = browser.find_element(By.TAG_NAME, "body").text
        for payload in PAYLOADS:
            assert payload in page_text
        # ...and none became markup or ran
        assert browser.execute_script(f"return typeof window.{MARKER}") == "undefined"
        injected = browser.execute_script(
            "return [...document.querySelectorAll('script:not([src]), img[src=x], [onerror], [onload], b, svg')]"
            ".filter((n) => n.tagName !== 'svg' || !n.closest('#timeline'))"
            ".filter((n) => n.tagName !== 'B' || n.textContent === 'bold claim').length")
        assert injected == 0
        marks = browser.find_elements(By.CSS_SELECTOR, ".doc-text mark")
        assert any(PAYLOADS[0] in m.text for m in marks)  # evidence spans over payloads still highlight
        assert severe_console_errors(browser) == []


@pytest.mark.slow
def test_seeds_filter_open_correct_reload(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    from eventcoder.store import EventStore

    store = EventStore.open(tmp_path / "seeds.duckdb")
    summary = store.ingest([EXAMPLES / "seeds.jsonl"], engine="inprocess")
    assert summary.events > 0
    rows, total = store.query_events(limit=None)
    target = next(r for r in rows if r["event_type"] == "Protests")
    with LiveServer(create_app(store, reviewer="e2e")) as server:
        open_page(browser, server.url)
        wait_for(browser, f"document.querySelectorAll('#events tbody tr').length === {min(total, 50)}")
        # filter: only protests
        browser.execute_script("const s = document.querySelector('select[name=event_type]');"
                               "s.value = 'Protests'; s.dispatchEvent(new Event('change'));")
        browser.find_element(By.ID, "apply").click()
        protests = sum(1 for r in rows if r["event_type"] == "Protests")
        wait_for(browser, f"document.getElementById('count').textContent.startsWith('{protests} events')")
        types = {td.text for td in browser.find_elements(By.CSS_SELECTOR, "#events tbody tr td:nth-child(3)")}
        assert types == {"Protests"}
        # open the event and see its evidence highlighted in the article
        browser.find_element(By.CSS_SELECTOR, f"tr[data-event-id='{target['event_id']}']").click()
        wait_for(browser, "document.querySelectorAll('.doc-text mark.evidence').length > 0")
        article = browser.find_element(By.CSS_SELECTOR, ".doc-text").text
        assert len(article) > 200
        # correct a field with a reason
        browser.find_element(By.CSS_SELECTOR, "button[aria-label='edit fatalities']").click()
        value = browser.find_element(By.CSS_SELECTOR, "td[data-field=fatalities] input[name=value]")
        value.clear()
        value.send_keys("7")
        browser.find_element(By.CSS_SELECTOR, "td[data-field=fatalities] input[name=why]").send_keys("hospital list")
        browser.find_element(By.CSS_SELECTOR, "td[data-field=fatalities] button[type=submit]").click()
        wait_for(browser, "document.querySelector('td[data-field=fatalities] .badge')")
        # reload: the correction and its audit entry are still there
        browser.refresh()
        wait_for(browser, "document.querySelector('td[data-field=fatalities] .badge.corrected')")
        cell = browser.find_element(By.CSS_SELECTOR, "td[data-field=fatalities]").text
        assert cell.startswith("7")
        audit = browser.find_element(By.CSS_SELECTOR, ".audit").text
        assert "hospital list" in audit and "e2e" in audit and "fatalities" in audit
        assert severe_console_errors(browser) == []
    assert store.get_event(target["event_id"])["fatalities"] == 7
    store.close()


def test_page_explains_missing_assets(browser: Any, tmp_path: Path) -> None:
    import shutil

    from eventcoder.server import STATIC_DIR

    static = tmp_path / "static"
    static.mkdir()
    for name in ("index.html", "app.js", "app.css"):
        shutil.copy(STATIC_DIR / name, static / name)
    with LiveServer(create_app(make_store(), static_dir=static)) as server:
        open_page(browser, server.url)
        warning = wait_for(browser, "!document.getElementById('asset-warning').hidden && "
                                    "document.getElementById('asset-warning').textContent")
        assert "npm ci && npm run build" in warning
        assert browser.execute_script("return document.querySelectorAll('#events tbody tr').length") == 3
