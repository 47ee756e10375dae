"""Government periods and state actor names."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.actors.lexicon import load_lexicon
from eventcoder.actors.states import CountryIndex, period_label, state_actor_name


@pytest.fixture(scope="module")
def countries() -> CountryIndex:
    return CountryIndex(load_lexicon())


def test_iraq_period_is_chosen_by_event_date(countries: CountryIndex) -> None:
    iraq = countries.get("Iraq")
    assert iraq is not None
    reviewed = dt.date(2026, 1, 1)
    assert state_actor_name("Police Forces", iraq, dt.date(2019, 11, 2), as_of=reviewed) == "Police Forces of Iraq (2018-2020)"
    assert state_actor_name("Military Forces", iraq, dt.date(2020, 5, 10), as_of=reviewed) == "Military Forces of Iraq (2020-2022)"
    assert state_actor_name("Military Forces", iraq, dt.date(2017, 3, 1), as_of=reviewed) == "Military Forces of Iraq (2014-2018)"


def test_period_is_open_when_the_next_government_had_not_started(countries: CountryIndex) -> None:
    iraq = countries.get("Iraq")
    assert iraq is not None
    assert period_label(iraq, dt.date(2020, 6, 1), as_of=dt.date(2020, 7, 1)) == "2020-"
    assert period_label(iraq, dt.date(2020, 6, 1), as_of=dt.date(2023, 1, 1)) == "2020-2022"


def test_unit_follows_the_period_and_the_article_is_kept(countries: CountryIndex) -> None:
    iraq, usa = countries.get("Iraq"), countries.get("U.S.")
    assert iraq is not None and usa is not None
    name = state_actor_name("Military Forces", iraq, dt.date(2019, 6, 1), as_of=dt.date(2026, 1, 1), unit="Peshmerga")
    assert name == "Military Forces of Iraq (2018-2020) Peshmerga"
    assert state_actor_name("Military Forces", usa, dt.date(2020, 1, 3), as_of=dt.date(2026, 1, 1)) == \
        "Military Forces of the United States (2017-2021)"


def test_countries_without_periods_fall_back_to_pycountry_short_names(countries: CountryIndex) -> None:
    peru = countries.get("PE")
    assert peru is not None and peru.name == "Peru"
    assert state_actor_name("Police Forces", peru, dt.date(2020, 1, 1)) == "Police Forces of Peru"
    bolivia = countries.get("Bolivia, Plurinational State of")
    assert bolivia is not None and bolivia.name == "Bolivia"
    assert countries.get("Atlantis") is None
    assert countries.get("Turkish") is None and countries.demonym("Turkish").name == "Turkey"
