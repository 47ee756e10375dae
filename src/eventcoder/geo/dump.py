"""Read a user-supplied GeoNames dump (``IQ.txt``, ``allCountries.txt``...) and its code tables.

The geonames.org format: 19 tab-separated columns, no header (geonameid, name, asciiname,
alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1 code,
admin2 code, admin3 code, admin4 code, population, elevation, dem, timezone, modification date).
``admin1CodesASCII.txt`` / ``admin2Codes.txt`` map ``CC.A1`` / ``CC.A1.A2`` codes to names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import GazetteerError

__all__ = ["DumpRow", "read_dump", "read_admin_codes", "kind_for_feature"]

_COLUMNS = 19


@dataclass(frozen=True, slots=True)
class DumpRow:
    geonameid: int
    name: str
    alternatenames: tuple[str, ...]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country: str
    admin1_code: str
    admin2_code: str
    population: int


# Feature codes that mark a spot eventcoder can code an event to, by kind.
_LANDMARK_CODES = frozenset({
    "SQR", "BDG", "AIRP", "AIRB", "AIRF", "AIRH", "OILF", "OILR", "OILW", "OILP", "OILJ", "OILT", "GASF", "MILB", "INSM",
    "PRN", "PRT", "PO", "STDM", "UNIV", "HSP", "MSQE", "SHRN", "CMP", "CMPRF", "DAM", "MKT", "BLDG", "GOVL",
    "ISL", "RD", "ST", "CSTM", "BCN", "FRM", "CH", "RSTN",
    "PT", "RDJCT", "PRK", "CTRF", "PSTB", "PSTC", "TMB", "RUIN", "ANS",
})

_AREA_CODES = frozenset({"MT", "MTS", "HLL", "HLLS", "PASS", "VAL", "VALS", "DSRT", "MRSH", "AREA", "RGN", "PLN", "LK", "WAD",
                         "WADS", "PLAT", "RDGE", "FRST"})


def kind_for_feature(feature_class: str, feature_code: str) -> str | None:
    """The gazetteer kind of a GeoNames feature, or None for features events are not coded to
    (streams, wells, regions that are not admin units...)."""
    if feature_class == "A":
        return {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin2", "PCLI": "country"}.get(feature_code)
    if feature_class == "P":
        if feature_code in {"PPLX", "PPLL"}:
            return "neighbourhood" if feature_code == "PPLX" else "village"
        if feature_code in {"PPLH", "PPLQ", "PPLW"}:  # historical, abandoned, destroyed
            return None
        return "city"
    if feature_code in _AREA_CODES:
        return "area"
    if feature_code in _LANDMARK_CODES:
        return "landmark"
    return None


def read_dump(path: Path) -> Iterator[DumpRow]:
    """Rows of a GeoNames dump; a malformed line raises a :class:`GazetteerError` naming the file and line."""
    try:
        stream = open(path, encoding="utf-8", newline="")
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read the GeoNames dump ({exc.strerror})") from exc
    with stream:
        for number, line in enumerate(stream, start=1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != _COLUMNS:
                raise GazetteerError(f"{path}:{number}: expected {_COLUMNS} tab-separated columns (geonames.org dump "
                                     f"format), found {len(cols)}; is this a GeoNames country file like IQ.txt?")
            try:
                yield DumpRow(
                    geonameid=int(cols[0]), name=cols[1].strip(),
                    alternatenames=tuple(a.strip() for a in cols[3].split(",") if a.strip()),
                    latitude=float(cols[4]), longitude=float(cols[5]), feature_class=cols[6], feature_code=cols[7],
                    country=cols[8].strip().upper(), admin1_code=cols[10].strip(), admin2_code=cols[11].strip(),
                    population=int(cols[14] or 0),
                )
            except ValueError as exc:
                raise GazetteerError(f"{path}:{number}: bad number in the GeoNames dump ({exc}); "
                                     "check that the file is an unmodified geonames.org export") from exc


def read_admin_codes(path: Path) -> dict[str, str]:
    """``{"IQ.07": "Baghdad", ...}`` from admin1CodesASCII.txt or admin2Codes.txt (code, name, asciiname, id)."""
    codes: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8", newline="") as stream:
            for number, line in enumerate(stream, start=1):
                cols = line.rstrip("\r\n").split("\t")
                if len(cols) < 2 or not cols[0]:
                    if line.strip():
                        raise GazetteerError(f"{path}:{number}: expected 'code<TAB>name...' (GeoNames admin codes format)")
                    continue
                codes[cols[0]] = cols[1]
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read the admin codes file ({exc.strerror})") from exc
    return codes
