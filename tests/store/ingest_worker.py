"""One `EventStore.ingest` run of a JSON Lines corpus with the stub pipeline, printing progress per batch.

Run as a separate process by the kill -9 test: ``python ingest_worker.py STORE CORPUS``. With
``INGEST_LINGER`` set, the store is opened as `eventcoder ingest` opens it (taken per batch and let
go between), for the tests of several processes on one store.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store_stub import StubPipeline  # noqa: E402

from eventcoder.store import EventStore, IngestSummary  # noqa: E402


def main(db: str, corpus: str) -> None:
    def progress(done: int, summary: IngestSummary) -> None:
        print(f"progress {done}", flush=True)

    linger = os.environ.get("INGEST_LINGER")
    with EventStore.open(db, linger=None if linger is None else float(linger)) as store:
        summary = store.ingest([corpus], processor=StubPipeline(), batch_size=4, progress=progress)
    print(f"done {summary.new}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
