"""Options shared by the commands that run the pipeline (`extract`, `ingest`), declared once."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

__all__ = ["Engine", "parse_date", "Published", "Country", "Model", "Gazetteer", "Actors", "EngineOption",
           "Workers", "Scheduler", "MaxSeconds", "MaxChars"]


class Engine(str, Enum):
    inprocess = "inprocess"
    local = "local"
    dask = "dask"


def parse_date(value: Optional[str], option: str) -> dt.date | None:
    """A YYYY-MM-DD option value, or a usage error naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD", param_hint=option) from None


Published = Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for documents that lack one.")]
Country = Annotated[Optional[str], typer.Option(help="Country for documents that lack one.")]
Model = Annotated[Optional[Path], typer.Option("--model", help="A model folder written by `eventcoder train`.")]
Gazetteer = Annotated[Optional[Path], typer.Option("--gazetteer", help="Gazetteer index folder (default: the user cache).")]
Actors = Annotated[Optional[Path], typer.Option("--actors", help="Extra actor lexicon file (extends the bundled one).")]
EngineOption = Annotated[Engine, typer.Option(help="inprocess, local (processes) or dask.")]
Workers = Annotated[int, typer.Option(min=1, help="Worker processes for --engine local|dask.")]
Scheduler = Annotated[Optional[str], typer.Option(help="Address of a running Dask scheduler (implies --engine dask).")]
MaxSeconds = Annotated[float, typer.Option(min=0.001, help="Per-document time budget for the stages after parsing, in seconds.")]
MaxChars = Annotated[int, typer.Option(min=1, help="Per-document size budget: longer texts (after trimming) fail.")]
