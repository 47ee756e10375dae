"""The actor lexicon: bundled TOML data (written from public knowledge) plus an optional user file.

A user file (TOML or JSON) has the same tables as the bundled ``lexicon.toml`` and
``governments.toml``; its groups, units and identities replace bundled ones with the same name,
its generic word lists extend the bundled lists, and its countries replace bundled countries.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = ["GroupEntry", "StyledNames", "UnitEntry", "IdentityEntry", "CountryEntry", "ActorLexicon", "load_lexicon",
           "GENERIC_LISTS", "FORCES"]

#: The kinds of state actors ACLED names: "Military Forces of X", "Police Forces of X", "Government of X".
FORCES: tuple[str, ...] = ("Military Forces", "Police Forces", "Government")

#: The word lists a lexicon's [generic] table may hold.
GENERIC_LISTS: tuple[str, ...] = ("military", "military_qualified", "security", "police", "government",
                                  "unidentified", "unidentified_military", "tribal", "protesters",
                                  "rioters", "civilians")


@dataclass(frozen=True, slots=True)
class GroupEntry:
    """A named organisation; ``part_of`` ("Iraq|Military Forces|Popular Mobilization Forces") marks
    a brigade coded as a unit of state forces."""

    name: str
    inter: int
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    per_country: bool = False
    kind: str = "armed"  # "armed" or "organisation"
    part_of: str | None = None
    countries: tuple[str, ...] = ()  # where its aliases name it (its theatre); empty: anywhere
    earlier: tuple[tuple[dt.date, str], ...] = ()  # names ACLED gave it before a day: ((until, name), ...)
    as_written: bool = False  # no lexicon entry: a name read as the text gives it ("KHNLA: Kivu ... Army")

    def name_on(self, on: dt.date | None) -> str:
        """The group's ACLED name for an event on ``on`` (an earlier name before a renaming)."""
        if on is not None:
            for until, name in sorted(self.earlier):
                if on < until:
                    return name
        return self.name


@dataclass(frozen=True, slots=True)
class StyledNames:
    """A faction that calls its forces the state's ("the Yemeni Armed Forces" of the Houthis' statements): the words
    that show its voice (anywhere in the story), the targets only it strikes (in the sentence, a weaker sign) and the
    words of the recognised government's forces (in the sentence, which keep the state's name)."""

    voice: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    rival: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class UnitEntry:
    """A unit of a state's forces: ``{force} of {country} ({period}) {unit}``."""

    country: str
    force: str
    unit: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    period: str | None = None  # a faction's own period ("2014-"), instead of the government's
    countries: tuple[str, ...] = ()  # where its aliases name it; empty: anywhere
    # a unit that broke away ("the RSF, at war with the army from 2023-04-15"): from ``until`` on, the
    # group ``became`` (ACLED name) with inter code ``became_inter``
    until: dt.date | None = None
    became: str | None = None
    became_inter: int = 2
    styled: StyledNames | None = None  # the faction's statements call its forces the state's


@dataclass(frozen=True, slots=True)
class IdentityEntry:
    """Who people are ("Students"), named ``{name} ({country})`` as an associated actor."""

    name: str
    words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CountryEntry:
    """A country as ACLED names it, with the days its government periods began (oldest first)."""

    key: str
    name: str
    the: bool = False
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    periods: tuple[dt.date, ...] = ()
    internal_in: tuple[str, ...] = ()  # other countries where its forces are not foreign (inter 1, not 8)
    gangs: str | None = None  # ACLED's name for unidentified perpetrators of violence against civilians there
    unattributed: str | None = None  # ... for violence against civilians whose perpetrator the report does not describe
    front: tuple[str, int, dt.date | None] | None = None  # the state's main armed opponent on a front line
    operations: tuple[tuple[str, str], ...] = ()  # (country, name): its forces there act in a named joint operation
    enemy: tuple[str, dt.date | None] | None = None  # the state "the enemy" of its statements is (name, from which day)
    weapons: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (country, names): weapons only its forces use there
    soldiers_of: str | None = None  # the state whose military unqualified soldiers are there (no army of its own)

    def front_on(self, on: dt.date | None) -> tuple[str, int] | None:
        """The armed opponent on the state's front line on ``on`` (name, inter), if one is known."""
        if self.front is None or (on is not None and self.front[2] is not None and on >= self.front[2]):
            return None
        return self.front[0], self.front[1]

    def enemy_on(self, on: dt.date | None) -> str | None:
        """The state "the enemy" of its statements names on ``on`` (before that day, its front's opponent, if any)."""
        if self.enemy is None or (on is not None and self.enemy[1] is not None and on < self.enemy[1]):
            return None
        return self.enemy[0]

    def weapons_in(self, country: str | None) -> tuple[str, ...]:
        """The weapon names that point to this state's forces in ``country`` (its theatre)."""
        return next((names for where, names in self.weapons if where == country), ())

    @property
    def in_name(self) -> str:
        """The name inside "Military Forces of ...": "the United States"."""
        return f"the {self.name}" if self.the else self.name


@dataclass(frozen=True)
class ActorLexicon:
    """Everything the matcher and the namer know about actors."""

    groups: tuple[GroupEntry, ...]
    units: tuple[UnitEntry, ...]
    identities: tuple[IdentityEntry, ...]
    generic: dict[str, tuple[str, ...]]
    countries: dict[str, CountryEntry] = field(default_factory=dict)
    as_of: dt.date | None = None  # the day the government periods were last reviewed


def _read_table_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"actor lexicon {path}: cannot read ({exc.strerror}); check PipelineConfig.actor_lexicon") from exc
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(raw.decode("utf-8"))
        else:
            data = tomllib.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"actor lexicon {path}: not valid {'JSON' if path.suffix.lower() == '.json' else 'TOML'} ({exc})") from exc
    if not isinstance(data, dict):
        raise InputError(f"actor lexicon {path}: expected tables at the top level")
    return data


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"actor lexicon {where}: expected a list of strings")
    return tuple(v for v in value if v.strip())


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(f"actor lexicon {where}: period start {value!r} is not a date; use YYYY-MM-DD")


def _inter(value: Any, where: str) -> int:
    if not isinstance(value, int) or not 1 <= value <= 8:
        raise InputError(f"actor lexicon {where}: inter must be an ACLED inter code 1-8, got {value!r}")
    return value


#: ACLED writes many names as "ACRONYM: Full name" ("QSD: Syrian Democratic Forces"): the acronym names it too.
_NAME_ACRONYM = re.compile(r"^([A-Za-z0-9][\w\-]*[A-Z][\w\-]*):\s")


def _name_acronym(name: str) -> tuple[str, ...]:
    match = _NAME_ACRONYM.match(name)
    if match is None or len(match.group(1)) < 2 or " and/or " in name:  # "A and/or B" is no name of A alone
        return ()
    return (match.group(1),)


def _earlier(value: Any, where: str) -> tuple[tuple[dt.date, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, dict) and "name" in v and "until" in v for v in value):
        raise InputError(f"actor lexicon {where}: earlier must be a list of {{name, until}} tables")
    return tuple((_date(v["until"], where), str(v["name"])) for v in value)


def _groups(data: dict[str, Any], source: str) -> list[GroupEntry]:
    out = []
    for i, item in enumerate(data.get("group", [])):
        where = f"{source} group #{i + 1}"
        if "name" not in item:
            raise InputError(f"actor lexicon {where}: a group needs a name")
        kind = item.get("kind", "armed")
        if kind not in ("armed", "organisation"):
            raise InputError(f"actor lexicon {where}: kind must be 'armed' or 'organisation', got {kind!r}")
        part_of = item.get("part_of")
        if part_of is not None and (len(part_of.split("|")) != 3 or part_of.split("|")[1] not in FORCES):
            raise InputError(f"actor lexicon {where}: part_of must look like 'Iraq|Military Forces|Unit name'")
        out.append(GroupEntry(name=item["name"], inter=_inter(item.get("inter"), where),
                              aliases=_strings(item.get("aliases"), where) or (item["name"],),
                              acronyms=tuple(dict.fromkeys((*_strings(item.get("acronyms"), where),
                                                              *_name_acronym(item["name"])))),
                              per_country=bool(item.get("per_country", False)), kind=kind, part_of=part_of,
                              countries=_strings(item.get("countries"), where),
                              earlier=_earlier(item.get("earlier"), where)))
    return out


def _units(data: dict[str, Any], source: str) -> list[UnitEntry]:
    out = []
    for i, item in enumerate(data.get("unit", [])):
        where = f"{source} unit #{i + 1}"
        if not all(k in item for k in ("country", "force", "unit")):
            raise InputError(f"actor lexicon {where}: a unit needs country, force and unit")
        if item["force"] not in FORCES:
            raise InputError(f"actor lexicon {where}: force must be one of {', '.join(FORCES)}")
        if ("until" in item) != ("became" in item):
            raise InputError(f"actor lexicon {where}: a unit that broke away needs both until and became")
        out.append(UnitEntry(country=item["country"], force=item["force"], unit=item["unit"],
                             aliases=_strings(item.get("aliases"), where) or (item["unit"],),
                             acronyms=_strings(item.get("acronyms"), where), period=item.get("period"),
                             countries=_strings(item.get("countries"), where),
                             until=_date(item["until"], where) if "until" in item else None,
                             became=str(item["became"]) if "became" in item else None,
                             became_inter=int(item.get("became_inter", 2)),
                             styled=_styled(item.get("styled"), where)))
    return out


def _styled(value: Any, where: str) -> StyledNames | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not value.get("voice"):
        raise InputError(f"actor lexicon {where}: styled must be a table with a voice list (and targets, rival)")
    return StyledNames(voice=_strings(value.get("voice"), where), targets=_strings(value.get("targets"), where),
                       rival=_strings(value.get("rival"), where))


def _enemy(value: Any, where: str) -> tuple[str, dt.date | None] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("name"), str):
        raise InputError(f"actor lexicon {where}: enemy must be a table with a name and an optional from day")
    return value["name"], _date(value["from"], where) if "from" in value else None


def _weapons(value: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise InputError(f"actor lexicon {where}: weapons must be a table of {{Country = [names]}}")
    return tuple((str(country), _strings(names, where)) for country, names in value.items())


def _identities(data: dict[str, Any], source: str) -> list[IdentityEntry]:
    out = []
    for i, item in enumerate(data.get("identity", [])):
        where = f"{source} identity #{i + 1}"
        if "name" not in item:
            raise InputError(f"actor lexicon {where}: an identity needs a name")
        out.append(IdentityEntry(name=item["name"], words=_strings(item.get("words"), where)))
    return out


def _front(value: Any, where: str) -> tuple[str, int, dt.date | None] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or "name" not in value:
        raise InputError(f"actor lexicon {where}: front must be a table with a name, an inter code and an optional until day")
    until = _date(value["until"], where) if "until" in value else None
    return str(value["name"]), _inter(value.get("inter", 2), where), until


def _countries(data: dict[str, Any], source: str) -> list[CountryEntry]:
    out = []
    for key, item in (data.get("countries") or {}).items():
        where = f"{source} countries.{key}"
        periods = tuple(sorted(_date(v, where) for v in item.get("periods", [])))
        out.append(CountryEntry(key=key, name=item.get("name", key), the=bool(item.get("the", False)),
                                aliases=_strings(item.get("aliases"), where),
                                demonyms=_strings(item.get("demonyms"), where), periods=periods,
                                internal_in=_strings(item.get("internal_in"), where), gangs=item.get("gangs"),
                                unattributed=item.get("unattributed"),
                                front=_front(item.get("front"), where),
                                operations=tuple((str(k), str(v)) for k, v in (item.get("operations") or {}).items()),
                                enemy=_enemy(item.get("enemy"), where), weapons=_weapons(item.get("weapons"), where),
                                soldiers_of=item.get("soldiers_of")))
    return out


def _merge(base: list[Any], extra: list[Any], key: str) -> list[Any]:
    replaced = {getattr(e, key) for e in extra}
    return [e for e in base if getattr(e, key) not in replaced] + extra


def _build(tables: list[tuple[dict[str, Any], str]]) -> ActorLexicon:
    groups: list[GroupEntry] = []
    units: list[UnitEntry] = []
    identities: list[IdentityEntry] = []
    countries: dict[str, CountryEntry] = {}
    generic: dict[str, tuple[str, ...]] = {name: () for name in GENERIC_LISTS}
    as_of: dt.date | None = None
    for data, source in tables:
        if "as_of" in data:
            as_of = _date(data["as_of"], f"{source} as_of")
        groups = _merge(groups, _groups(data, source), "name")
        units = _merge(units, _units(data, source), "unit")
        identities = _merge(identities, _identities(data, source), "name")
        for entry in _countries(data, source):
            countries[entry.key] = entry
        for name, words in (data.get("generic") or {}).items():
            if name not in generic:
                raise InputError(f"actor lexicon {source}: unknown [generic] list {name!r}; known: {', '.join(GENERIC_LISTS)}")
            generic[name] = generic[name] + _strings(words, f"{source} generic.{name}")
    return ActorLexicon(tuple(groups), tuple(units), tuple(identities), generic, countries, as_of)


def _bundled_tables() -> list[tuple[dict[str, Any], str]]:
    package = resources.files("eventcoder") / "data" / "actors"
    return [(tomllib.loads((package / name).read_text(encoding="utf-8")), name)
            for name in ("lexicon.toml", "governments.toml")]


@lru_cache(maxsize=8)
def load_lexicon(extra: Path | None = None) -> ActorLexicon:
    """The bundled lexicon, extended by the user's file ``extra`` (TOML or JSON) when given."""
    tables = _bundled_tables()
    if extra is not None:
        tables.append((_read_table_file(Path(extra)), str(extra)))
    return _build(tables)
