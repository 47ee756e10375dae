"""The gazetteer index on disk as one memory-mapped file: opened in milliseconds, paged in as used.

Unpickling the index built hundreds of thousands of Python objects at every start (0.4 s and
over 100 MB per process). This layout keeps the large parts as flat arrays that the operating
system maps into memory and shares between processes; only what a document touches is read:

- every string of the place columns (``name``, ``country``, ``admin1``, ``admin2``, ``seat``) once,
  in one UTF-8 blob with offsets; those columns hold indices into it (-1 for None);
- the numeric columns (``kind``, ``source``, ``lat``, ``lon``, ``pop``) as typed arrays;
- ``keys`` (name key -> place ids) as an open-addressing hash table on the CRC-32 of the key,
  with the keys in a blob and each key's place ids in one array, in their order;
- ``country_keys`` (country -> its keys) as lists of key numbers;
- everything else (small tables, build facts) pickled, as before.

:func:`read_mapped` returns the same ``dict`` shape :class:`~eventcoder.geo.index.GazetteerIndex`
is built from, with read-only, lazily decoding stand-ins for the large parts.
"""

from __future__ import annotations

import io
import mmap
import pickle
import struct
import zlib
from array import array
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

__all__ = ["MAGIC", "write_mapped", "read_mapped"]

MAGIC = b"ECGAZ\x00\x01\x00"  # the layout's own version: bump when the layout (not the content) changes
_STRING_COLUMNS = ("name", "country", "admin1", "admin2", "seat")
_NUMBER_COLUMNS = {"kind": "b", "source": "b", "lat": "d", "lon": "d", "pop": "q"}
_LARGE = frozenset({*_STRING_COLUMNS, *_NUMBER_COLUMNS, "keys", "country_keys"})
_ALIGN = 8


class _Writer:
    """Appends aligned sections to a file and remembers where each one starts."""

    def __init__(self, stream: BinaryIO, start: int) -> None:
        self.stream, self.position, self.sections = stream, start, {}

    def add(self, name: str, payload: bytes | array, typecode: str = "B") -> None:
        data = payload.tobytes() if isinstance(payload, array) else payload
        self.sections[name] = (self.position, len(data), typecode)
        self.stream.write(data)
        pad = -len(data) % _ALIGN
        self.stream.write(b"\0" * pad)
        self.position += len(data) + pad


def _blob(strings: Sequence[str]) -> tuple[bytes, array]:
    offsets = array("q", [0])
    parts = []
    total = 0
    for s in strings:
        encoded = s.encode("utf-8")
        parts.append(encoded)
        total += len(encoded)
        offsets.append(total)
    return b"".join(parts), offsets


def write_mapped(data: dict[str, Any], stream: BinaryIO) -> None:
    """Write an index's ``data`` (the dict :class:`GazetteerIndex` holds) to a binary stream."""
    rows = len(data["name"])
    strings: dict[str, int] = {}
    columns: dict[str, array] = {}
    for column in _STRING_COLUMNS:
        codes = array("i", bytes(4 * rows))
        values = data[column]
        for pid in range(rows):
            value = values[pid]
            codes[pid] = -1 if value is None else strings.setdefault(value, len(strings))
        columns[column] = codes
    keys = list(data["keys"].keys())
    key_number = {key: i for i, key in enumerate(keys)}
    id_offsets, ids = array("q", [0]), array("i")
    for key in keys:
        found = data["keys"][key]
        ids.extend((found,) if isinstance(found, int) else found)
        id_offsets.append(len(ids))
    size = 1 << max(4, (2 * len(keys) - 1).bit_length())  # at most half full
    slots = array("i", [-1]) * size
    mask = size - 1
    for number, key in enumerate(keys):
        slot = zlib.crc32(key.encode("utf-8")) & mask
        while slots[slot] >= 0:
            slot = (slot + 1) & mask
        slots[slot] = number
    countries = sorted(data["country_keys"])
    country_offsets, country_key_numbers = array("q", [0]), array("i")
    for country in countries:
        country_key_numbers.extend(key_number[key] for key in data["country_keys"][country])
        country_offsets.append(len(country_key_numbers))
    rest = {name: value for name, value in data.items() if name not in _LARGE}
    rest.update(_rows=rows, _countries=countries)

    # header: magic, then the length of the section table, then the table (pickled), then the sections
    buffer = io.BytesIO()
    writer = _Writer(buffer, 0)
    string_blob, string_offsets = _blob(list(strings))
    writer.add("strings", string_blob)
    writer.add("string_offsets", string_offsets, "q")
    for column, codes in columns.items():
        writer.add(f"col:{column}", codes, "i")
    for column, typecode in _NUMBER_COLUMNS.items():
        writer.add(f"col:{column}", array(typecode, data[column]), typecode)
    key_blob, key_offsets = _blob(keys)
    writer.add("keys", key_blob)
    writer.add("key_offsets", key_offsets, "q")
    writer.add("id_offsets", id_offsets, "q")
    writer.add("ids", ids, "i")
    writer.add("slots", slots, "i")
    writer.add("country_offsets", country_offsets, "q")
    writer.add("country_keys", country_key_numbers, "i")
    writer.add("rest", pickle.dumps(rest, protocol=pickle.HIGHEST_PROTOCOL))
    table = pickle.dumps(writer.sections, protocol=pickle.HIGHEST_PROTOCOL)
    header = MAGIC + struct.pack("<q", len(table)) + table
    stream.write(header + b"\0" * (-len(header) % _ALIGN))
    stream.write(buffer.getbuffer())


class _Strings:
    """A column of strings stored as indices into the shared string blob."""

    __slots__ = ("_codes", "_blob", "_offsets")

    def __init__(self, codes: memoryview, blob: memoryview, offsets: memoryview) -> None:
        self._codes, self._blob, self._offsets = codes, blob, offsets

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, pid: int) -> str | None:
        code = self._codes[pid]
        if code < 0:
            return None
        return str(self._blob[self._offsets[code]:self._offsets[code + 1]], "utf-8")

    def __iter__(self) -> Iterator[str | None]:
        return (self[pid] for pid in range(len(self)))


class _Keys:
    """name key -> one place id (int) or several (tuple), read from the mapped hash table."""

    __slots__ = ("_blob", "_offsets", "_id_offsets", "_ids", "_slots", "_mask")

    def __init__(self, blob: memoryview, offsets: memoryview, id_offsets: memoryview, ids: memoryview,
                 slots: memoryview) -> None:
        self._blob, self._offsets, self._id_offsets, self._ids, self._slots = blob, offsets, id_offsets, ids, slots
        self._mask = len(slots) - 1

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def key(self, number: int) -> str:
        return str(self._blob[self._offsets[number]:self._offsets[number + 1]], "utf-8")

    def _number(self, key: str) -> int:
        encoded = key.encode("utf-8")
        slots, offsets, blob, mask = self._slots, self._offsets, self._blob, self._mask
        slot = zlib.crc32(encoded) & mask
        while (number := slots[slot]) >= 0:
            if blob[offsets[number]:offsets[number + 1]] == encoded:
                return number
            slot = (slot + 1) & mask
        return -1

    def get(self, key: str, default: Any = None) -> int | tuple[int, ...] | Any:
        number = self._number(key)
        if number < 0:
            return default
        start, end = self._id_offsets[number], self._id_offsets[number + 1]
        return self._ids[start] if end - start == 1 else tuple(self._ids[start:end])

    def __getitem__(self, key: str) -> int | tuple[int, ...]:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._number(key) >= 0

    def keys(self) -> Iterator[str]:
        return (self.key(number) for number in range(len(self)))

    __iter__ = keys

    def items(self) -> Iterator[tuple[str, int | tuple[int, ...]]]:
        for number in range(len(self)):
            start, end = self._id_offsets[number], self._id_offsets[number + 1]
            yield self.key(number), (self._ids[start] if end - start == 1 else tuple(self._ids[start:end]))


class _CountryKeys:
    """country -> the list of its name keys, decoded when asked for."""

    __slots__ = ("_keys", "_where", "_offsets", "_numbers")

    def __init__(self, keys: _Keys, countries: list[str], offsets: memoryview, numbers: memoryview) -> None:
        self._keys, self._offsets, self._numbers = keys, offsets, numbers
        self._where = {country: i for i, country in enumerate(countries)}

    def get(self, country: str, default: Any = None) -> list[str] | Any:
        i = self._where.get(country)
        if i is None:
            return default
        return [self._keys.key(n) for n in self._numbers[self._offsets[i]:self._offsets[i + 1]]]

    def __getitem__(self, country: str) -> list[str]:
        found = self.get(country)
        if found is None:
            raise KeyError(country)
        return found

    def __contains__(self, country: object) -> bool:
        return country in self._where

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def keys(self) -> Iterator[str]:
        return iter(self._where)

    def items(self) -> Iterator[tuple[str, list[str]]]:
        return ((country, self[country]) for country in self._where)


def read_mapped(path: Path) -> dict[str, Any] | None:
    """The index data of a file written by :func:`write_mapped`, mapped read-only; None if the
    file is not one (another layout, or cut short)."""
    with open(path, "rb") as stream:
        if stream.read(len(MAGIC)) != MAGIC:
            return None
        try:
            mapped = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
        except (ValueError, OSError):
            return None
    view = memoryview(mapped)
    (table_length,) = struct.unpack_from("<q", view, len(MAGIC))
    start = len(MAGIC) + 8
    sections = pickle.loads(view[start:start + table_length])
    head = start + table_length
    head += -head % _ALIGN
    if head + max(offset + length for offset, length, _ in sections.values()) > len(view):
        return None

    def section(name: str) -> memoryview:
        offset, length, typecode = sections[name]
        part = view[head + offset:head + offset + length]
        return part if typecode == "B" else part.cast(typecode)

    rest = pickle.loads(section("rest"))
    rows, countries = rest.pop("_rows"), rest.pop("_countries")
    strings, string_offsets = section("strings"), section("string_offsets")
    data: dict[str, Any] = {column: _Strings(section(f"col:{column}"), strings, string_offsets)
                            for column in _STRING_COLUMNS}
    data.update({column: section(f"col:{column}") for column in _NUMBER_COLUMNS})
    keys = _Keys(section("keys"), section("key_offsets"), section("id_offsets"), section("ids"), section("slots"))
    data["keys"] = keys
    data["country_keys"] = _CountryKeys(keys, countries, section("country_offsets"), section("country_keys"))
    data.update(rest)
    if any(len(data[column]) != rows for column in (*_STRING_COLUMNS, *_NUMBER_COLUMNS)):
        return None
    return data
