"""What runs inside a worker: one cached pipeline per process, and one batch of documents at a time.

Every engine (in-process, local processes, Dask) calls :func:`process_batch`, so results are the
same whatever runs them. A batch whose parse fails as a whole is redone one document at a time, so
one bad document costs only its own result.
"""

from __future__ import annotations

import logging
import os
import resource
import sys
import threading
from dataclasses import dataclass, field

from ..documents import Document
from ..errors import DocumentError
from ..pipeline import DocumentResult, Pipeline, PipelineConfig
from .parquet import PartitionInfo, partition_path, write_partition

__all__ = ["BatchOutput", "write_batch", "process_batch", "cached_pipeline", "run_batch", "peak_rss_bytes", "warm_worker"]

log = logging.getLogger(__name__)

_PIPELINES: dict[PipelineConfig, Pipeline] = {}
_LOCK = threading.Lock()
_RUN_LOCK = threading.Lock()  # a spaCy pipeline is not shared between threads (Dask workers may have several)


@dataclass(slots=True)
class BatchOutput:
    """A batch's results (documents left out: the caller holds them) and who made them."""

    results: list[DocumentResult]
    pid: int
    peak_rss: int  # bytes, the worker process's peak resident memory so far
    stage_seconds: dict[str, float] = field(default_factory=dict)  # the worker pipeline's per-stage totals so far


def peak_rss_bytes() -> int:
    """This process's peak resident set size in bytes (``ru_maxrss`` is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)


def cached_pipeline(config: PipelineConfig) -> Pipeline:
    """The pipeline for ``config``, built once per process and reused for every batch."""
    with _LOCK:
        pipeline = _PIPELINES.get(config)
        if pipeline is None:
            pipeline = _PIPELINES[config] = Pipeline.from_config(config)
        return pipeline


def process_batch(pipeline: Pipeline, documents: list[Document]) -> list[DocumentResult]:
    """Results for ``documents`` in order. If the batch fails as a whole (a parse error), each
    document is retried alone and only the ones that still fail carry an error."""
    try:
        return list(pipeline.process(documents))
    except Exception:  # a failure outside the stages (parse): isolate the document(s) that cause it
        if len(documents) == 1:
            return [_failed(documents[0], sys.exc_info()[1])]
        log.warning("a batch of %d documents failed; retrying them one by one", len(documents))
    results: list[DocumentResult] = []
    for document in documents:
        try:
            results.extend(pipeline.process([document]))
        except Exception as exc:
            results.append(_failed(document, exc))
    return results


def _failed(document: Document, exc: BaseException | None) -> DocumentResult:
    error = DocumentError(f"internal error: {type(exc).__name__}: {exc}; rerun with --engine inprocess "
                          "to see the traceback", doc_id=document.id, stage="parse")
    return DocumentResult(document.id, error=error, content_hash=document.content_hash, document=document)


def run_batch(config: PipelineConfig, documents: list[Document]) -> BatchOutput:
    """A worker task: process one batch with this process's cached pipeline; documents are not sent back."""
    pipeline = cached_pipeline(config)
    with _RUN_LOCK:
        results = process_batch(pipeline, documents)
    for result in results:
        result.document = None
    return BatchOutput(results, os.getpid(), peak_rss_bytes(), dict(pipeline.stage_seconds))


def warm_worker(config: PipelineConfig) -> int:
    """Load the pipeline in this worker now; returns the worker's process id."""
    cached_pipeline(config)
    return os.getpid()


def write_batch(config: PipelineConfig, items: list[Document | DocumentError], out_dir: str, number: int,
                first_position: int) -> PartitionInfo:
    """A worker task: process a batch and write it as partition ``number`` of ``out_dir``; only a
    summary goes back. Reader errors in ``items`` are written in place, like failed documents."""
    pipeline = cached_pipeline(config)
    with _RUN_LOCK:
        processed = iter(process_batch(pipeline, [item for item in items if isinstance(item, Document)]))
    results = [DocumentResult(item.doc_id, error=item) if isinstance(item, DocumentError) else next(processed)
               for item in items]
    info = write_partition(results, partition_path(out_dir, number), first_position)
    return PartitionInfo(info.path, info.rows, info.events, info.errors, os.getpid(), peak_rss_bytes())
