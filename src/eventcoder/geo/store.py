"""Adding a user's GeoNames dump to the cached gazetteer (``eventcoder gazetteer add IQ.txt``)."""

from __future__ import annotations

import os
import pickle
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import GazetteerError
from .dump import kind_for_feature, read_admin_codes, read_dump
from .index import GazetteerIndex, dumps_dir, gazetteer_dir, load_gazetteer

__all__ = ["DumpSummary", "add_dump", "remove_dumps"]


@dataclass(frozen=True, slots=True)
class DumpSummary:
    name: str
    rows: int
    kept: int
    kinds: dict[str, int]
    countries: list[str]


def add_dump(dump: Path, directory: Path | None = None, *, admin1_codes: Path | None = None,
             admin2_codes: Path | None = None, include_registry: bool = True) -> tuple[DumpSummary, GazetteerIndex]:
    """Parse a GeoNames dump, keep it beside the index and rebuild the index with it.

    Adding a file with the same name again replaces the earlier copy. Returns what was added and the
    new index.
    """
    dump = Path(dump)
    folder = gazetteer_dir(directory).expanduser().resolve()
    rows = list(read_dump(dump))
    if not rows:
        raise GazetteerError(f"{dump}: the GeoNames dump holds no rows")
    payload = {
        "rows": rows,
        "admin1_codes": read_admin_codes(Path(admin1_codes)) if admin1_codes else {},
        "admin2_codes": read_admin_codes(Path(admin2_codes)) if admin2_codes else {},
    }
    kinds = Counter(k for r in rows if (k := kind_for_feature(r.feature_class, r.feature_code)))
    target_dir = dumps_dir(folder)
    target_dir.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]", "_", dump.stem) or "dump"
    fd, tmp = tempfile.mkstemp(dir=target_dir, suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        pickle.dump(payload, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, target_dir / f"{name}.pkl")
    index = load_gazetteer(folder, include_registry=include_registry)
    summary = DumpSummary(name=name, rows=len(rows), kept=sum(kinds.values()), kinds=dict(kinds),
                          countries=sorted({r.country for r in rows}))
    return summary, index


def remove_dumps(directory: Path | None = None) -> list[str]:
    """Forget every added dump (the next load rebuilds the index from registry data alone)."""
    folder = dumps_dir(gazetteer_dir(directory).expanduser().resolve())
    removed = []
    if folder.is_dir():
        for path in sorted(folder.glob("*.pkl")):
            path.unlink()
            removed.append(path.stem)
    return removed
