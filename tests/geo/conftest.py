"""Fixtures for the geo tests: a small gazetteer from the bundled Iraq data plus a hand-written dump.

No registry data is read (``include_registry=False``), so the index builds in well under a second.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.geo.index import GazetteerIndex, build_index
from eventcoder.geo.resolver import Geocoder
from eventcoder.geo.store import add_dump

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def bundled_index() -> GazetteerIndex:
    return build_index(include_registry=False)


@pytest.fixture(scope="session")
def dump_index(tmp_path_factory: pytest.TempPathFactory) -> GazetteerIndex:
    folder = tmp_path_factory.mktemp("gazetteer")
    _, index = add_dump(FIXTURES / "IQ-mini.txt", folder, admin1_codes=FIXTURES / "admin1-mini.txt",
                        include_registry=False)
    return index


@pytest.fixture(scope="session")
def geocoder(bundled_index: GazetteerIndex) -> Geocoder:
    return Geocoder(bundled_index)
