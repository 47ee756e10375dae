"""Options shared by the commands that run the pipeline (`extract`, `ingest`), declared once."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

if TYPE_CHECKING:
    from .readers import ReadOptions

__all__ = ["Engine", "parse_date", "Published", "Country", "Model", "Gazetteer", "Actors", "EngineOption",
           "Workers", "Scheduler", "TextColumn", "DateColumn", "IdColumn", "TitleColumn", "Blocks", "FetchPages",
           "read_options", "INPUTS_HELP", "MaxSeconds", "MaxChars"]

INPUTS_HELP = ("Files (.jsonl, .txt, .html, .rss/.atom/.xml, .csv/.tsv/.parquet, .docx, .pdf), folders of those, "
               "http(s) URLs of pages or feeds, or - for standard input (JSON Lines or plain text).")


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

# Reading options, shared by `extract` and `ingest` (eventcoder.readers.ReadOptions).
TextColumn = Annotated[Optional[str], typer.Option(help="Tables: the column holding the article text (default: text, body, content...).")]
DateColumn = Annotated[Optional[str], typer.Option(help="Tables: the publication date column (default: published, date...).")]
IdColumn = Annotated[Optional[str], typer.Option(help="Tables: the id column (default: id, else FILE-ROW).")]
TitleColumn = Annotated[Optional[str], typer.Option(help="Tables: the headline column (default: title, headline).")]
Blocks = Annotated[bool, typer.Option("--blocks", help="Plain text (stdin, .txt): one document per blank-line-separated block.")]
FetchPages = Annotated[bool, typer.Option("--fetch-pages", help="Feeds: fetch each item's page and read its article, not the summary.")]


def read_options(*, published: Optional[str], country: Optional[str], text_column: Optional[str] = None,
                 date_column: Optional[str] = None, id_column: Optional[str] = None,
                 title_column: Optional[str] = None, blocks: bool = False, fetch_pages: bool = False) -> "ReadOptions":
    """The readers' options from the command line's."""
    from .readers import Columns, ReadOptions

    return ReadOptions(published=parse_date(published, "--published"), country=country,
                       columns=Columns(text=text_column, date=date_column, id=id_column, title=title_column),
                       blocks=blocks, fetch_pages=fetch_pages)
MaxSeconds = Annotated[float, typer.Option(min=0.001, help="Per-document time budget for the stages after parsing, in seconds.")]
MaxChars = Annotated[int, typer.Option(min=1, help="Per-document size budget: longer texts (after trimming) fail.")]
