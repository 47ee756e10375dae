"""Countries and government periods: "Military Forces of Iraq (2018-2020)" from a country and a day.

ACLED names state actors after the government period in power on the event date. The label is
written as a coder would have written it when the report came out: a period still running at the
reference day (the publication date) is open, "(2020-)"; one that had ended is closed, "(2018-2020)".
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from .lexicon import ActorLexicon, CountryEntry

__all__ = ["CountryIndex", "period_label", "state_actor_name"]


@lru_cache(maxsize=1 << 12)  # (a country is looked up by the same few names for every event)
def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return re.sub(r"\s+", " ", re.sub(r"\bthe\b", " ", text)).strip()  # "Democratic Republic of the Congo"


class CountryIndex:
    """Find a country by ACLED name, common name, alias, ISO code or demonym; pycountry fills the rest."""

    def __init__(self, lexicon: ActorLexicon) -> None:
        self.entries: dict[str, CountryEntry] = {}
        for entry in lexicon.countries.values():
            for name in (entry.key, entry.name, *entry.aliases):
                self.entries.setdefault(_key(name), entry)
        self.by_demonym: dict[str, CountryEntry] = {}
        for entry in lexicon.countries.values():
            for demonym in entry.demonyms:
                self.by_demonym.setdefault(demonym, entry)

    def get(self, name: str | None) -> CountryEntry | None:
        """The country named ``name`` (any common spelling or ISO code), or None."""
        if not name or not name.strip():
            return None
        key = _key(name)
        if key in self.entries:
            return self.entries[key]
        return _pycountry_entry(name.strip())

    def demonym(self, word: str) -> CountryEntry | None:
        return self.by_demonym.get(word)


@lru_cache(maxsize=512)
def _pycountry_entry(name: str) -> CountryEntry | None:
    import pycountry

    country = None
    if len(name) in (2, 3) and name.isupper():
        country = pycountry.countries.get(alpha_2=name) if len(name) == 2 else pycountry.countries.get(alpha_3=name)
    if country is None:
        try:
            country = pycountry.countries.lookup(name)
        except LookupError:
            return None
    short = getattr(country, "common_name", None) or country.name
    short = re.sub(r",.*$", "", short)  # "Bolivia, Plurinational State of" -> "Bolivia"
    return CountryEntry(key=short, name=short)


def period_label(country: CountryEntry, on: dt.date | None, as_of: dt.date | None = None) -> str | None:
    """The government period in power on ``on`` ("2018-2020", "2020-"), or None if unknown."""
    if not country.periods or on is None:
        return None
    starts = country.periods
    index = max((i for i, start in enumerate(starts) if start <= on), default=None)
    if index is None:
        return None
    reference = max(as_of or on, on)
    following = starts[index + 1] if index + 1 < len(starts) else None
    if following is not None and following <= reference:
        return f"{starts[index].year}-{following.year}"
    return f"{starts[index].year}-"


def state_actor_name(force: str, country: CountryEntry, on: dt.date | None, *, as_of: dt.date | None = None,
                     unit: str | None = None, period: str | None = None) -> str:
    """ACLED's name for a state actor: ``state_actor_name("Police Forces", iraq, date(2019, 5, 1))``
    -> "Police Forces of Iraq (2018-2020)"; with ``unit``, the unit follows the period; ``period``
    forces a faction's own period."""
    name = f"{force} of {country.in_name}"
    label = period or period_label(country, on, as_of)
    if label:
        name += f" ({label})"
    if unit:
        name += f" {unit}"
    return name
