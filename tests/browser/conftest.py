"""Headless Chromium (Debian's chromium + chromium-driver) driven by Selenium, and a live server.

Skipped, with the reason, where Chromium or its driver is not installed. Install them with
``apt-get install -y chromium chromium-driver``. Nothing is downloaded: the driver path is given
explicitly, so Selenium Manager never runs.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))  # the shared sample store

from chromium import CHROMEDRIVER, CHROMIUM, start_chromium  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    reason = None
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        reason = "headless Chromium not installed: apt-get install -y chromium chromium-driver"
    else:
        try:
            import selenium  # noqa: F401
        except ImportError:
            reason = "selenium not installed (pip install the test extras)"
    for item in items:
        if "browser" in item.keywords and reason:
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture
def browser() -> Iterator[Any]:
    driver = start_chromium()
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(driver.eventcoder_profile, ignore_errors=True)
