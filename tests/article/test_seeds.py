"""The bundled seed articles: every protest found, one event per province of each list (issue 14)."""

from __future__ import annotations

import pytest

from eventcoder.pipeline import PipelineConfig, process

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def protests(seed_records) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for result in process(seed_records, config=PipelineConfig()):
        assert result.error is None
        found[result.doc_id] = {e.admin1 for e in result.events if e.event_type in {"Protests", "Riots"} and e.admin1}
    return found


def test_every_province_of_the_first_seed_protests(protests) -> None:
    # Kufa (Najaf), Dhi Qar, Karbala ("locals reiterated their demands"), "the provinces of Babylon, Diwaniya,
    # and al-Mothana", the clashes in Baghdad, Nasiriyah and Basrah, and Baquba
    assert {"Najaf", "Dhi Qar", "Karbala", "Babil", "Qadisiyah", "Muthanna", "Baghdad", "Basra", "Diyala"} <= protests["seed-000"]


def test_every_province_of_the_second_seed_protests(protests) -> None:
    # Tahrir Square, Basra, and "In Dhi Qar, Nasiriyah, Najaf, Wasit, al-Muthanna provinces, citizens condemned ..."
    assert {"Baghdad", "Basra", "Dhi Qar", "Najaf", "Wasit", "Muthanna"} <= protests["seed-002"]
