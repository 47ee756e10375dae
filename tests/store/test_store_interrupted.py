"""A run killed with SIGKILL mid-ingest leaves a consistent store; the resumed run gives the same
store as an uninterrupted one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from store_stub import article, event_fields, snapshot

from eventcoder.store import EventStore

WORKER = Path(__file__).parent / "ingest_worker.py"
PLACES = [("Basrah", "Basrah", 30.5, 47.8), ("Dhi Qar", "Nasiriyah", 31.05, 46.26), ("Baghdad", "Baghdad", 33.34, 44.4)]


def write_corpus(path: Path, count: int = 120) -> None:
    """Articles that share events (three outlets per event, worded differently) and a few broken ones."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            admin1, location, lat, lon = PLACES[(i // 3) % 3]
            day = 1 + (i // 9) % 28
            spelling = ["", "Al-", "al "][i % 3] + location
            fields = event_fields(event_date=f"2020-02-{day:02d}", admin1=admin1, location=spelling, latitude=lat,
                                  longitude=lon, fatalities=(i % 3) + (i // 9) % 2, fail=(i % 37 == 5))
            record = article(f"art-{i:03d}", fields, published=f"2020-03-{1 + i % 28:02d}", source=f"Outlet {i % 3}")
            out.write(json.dumps(record) + "\n")
        out.write("{not json\n")


def run_worker(db: Path, corpus: Path, delay: str = "0") -> subprocess.Popen[str]:
    env = {**os.environ, "STUB_DELAY": delay}
    return subprocess.Popen([sys.executable, str(WORKER), str(db), str(corpus)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def test_kill_9_then_resume_gives_the_same_store(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)

    whole = run_worker(tmp_path / "whole.duckdb", corpus)
    out, err = whole.communicate(timeout=120)
    assert whole.returncode == 0, err
    assert out.strip().endswith("done 116")

    killed_db = tmp_path / "killed.duckdb"
    victim = run_worker(killed_db, corpus, delay="0.03")
    assert victim.stdout is not None
    for line in victim.stdout:
        if line.startswith("progress") and int(line.split()[1]) >= 40:
            break
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    victim.stdout.close()
    victim.stderr.close()  # type: ignore[union-attr]
    assert victim.returncode == -signal.SIGKILL

    with EventStore.open(killed_db) as store:  # consistent: whole documents only, nothing merged yet
        stored = store.counts()
        assert 30 <= stored["documents"] < 116
        bad = store.con.execute("""SELECT count(*) FROM documents d
                                   WHERE n_mentions <> (SELECT count(*) FROM mentions m WHERE m.doc_id = d.doc_id)
                                """).fetchall()[0][0]
        orphans = store.con.execute("SELECT count(*) FROM mentions WHERE doc_id NOT IN "
                                    "(SELECT doc_id FROM documents)").fetchall()[0][0]
        assert bad == 0 and orphans == 0

    resumed = run_worker(killed_db, corpus)
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    assert out.strip().endswith(f"done {116 - stored['documents']}")

    with EventStore.open(tmp_path / "whole.duckdb", read_only=True) as a, EventStore.open(killed_db, read_only=True) as b:
        expected, got = snapshot(a.con), snapshot(b.con)
        assert got == expected
        assert a.counts()["events"] == 40 and a.counts()["errors"] == 5
