"""Fixtures for the geo tests: a small gazetteer from the bundled Iraq data plus a hand-written dump.

No registry data is read (``include_registry=False``), so the index builds in well under a second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from eventcoder.geo import index as index_module
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


@pytest.fixture(scope="session")
def small_world() -> Callable[..., GazetteerIndex]:
    """Builds an index from a few hand-written registry rows instead of the registry packages. ``towns`` are
    (name, country code, admin1 code, latitude, longitude, population[, alternate names]) tuples; ``admin2``
    names the district of a town by its position in ``towns``."""
    def build(towns: Sequence[tuple[Any, ...]], countries: dict[str, dict[str, str]],
              admin1: dict[tuple[str, str], str], admin2: dict[int, str] | None = None) -> GazetteerIndex:
        cities = [{"geonameid": i, "name": t[0], "countrycode": t[1], "admin1code": t[2], "latitude": t[3],
                   "longitude": t[4], "population": t[5],
                   "alternatenames": list(t[6]) if len(t) > 6 and isinstance(t[6], (list, tuple)) else []}
                  for i, t in enumerate(towns)]
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(index_module, "registry_cities", lambda: cities)
            mp.setattr(index_module, "registry_countries", lambda: countries)
            mp.setattr(index_module, "registry_admin_names", lambda _cities: (dict(admin1), dict(admin2 or {})))
            return build_index()
    return build
