"""Execution engines: the same pipeline in this process, in local worker processes, or on Dask.

``run(items, config, engine="local", workers=2)`` streams one result per document in input order;
``run_to_partitions`` has the workers write the results as Parquet partitions themselves, and
``write_partitions``/``read_partitions`` write and read that layout, to merge into the store.
Dask is imported only when the Dask engine is used.
"""

from __future__ import annotations

from .codec import result_from_dict, result_to_dict
from .corpus import count_words, synthetic_documents, synthetic_items
from .parquet import PartitionInfo, read_partitions, write_partitions
from .runner import (DEFAULT_BATCH_SIZE, DEFAULT_PARTITION_SIZE, ENGINES, EngineSession, EngineStats, check_options,
                     open_engine, run, run_to_partitions)

__all__ = ["run", "run_to_partitions", "open_engine", "EngineSession", "EngineStats", "ENGINES", "DEFAULT_BATCH_SIZE",
           "DEFAULT_PARTITION_SIZE", "check_options", "write_partitions", "read_partitions", "PartitionInfo",
           "result_to_dict", "result_from_dict", "synthetic_documents", "synthetic_items",
           "count_words"]
