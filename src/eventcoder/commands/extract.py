"""`eventcoder extract`: documents in, event records out (JSON Lines, CSV, GeoJSON or a table)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional, TextIO

import typer

from ..budget import Budget
from ..cli_options import (INPUTS_HELP, Actors, Blocks, Country, DateColumn, Engine, EngineOption, FetchPages, Gazetteer,
                           IdColumn, MaxChars, MaxSeconds, Model, Published, Scheduler, TextColumn, TitleColumn, Workers,
                           read_options)
from ..documents import NO_DATE_WARNING, read_documents
from ..errors import DocumentError, EventcoderError
from ..export import write_events, write_jsonl
from ..language import NOT_CODED
from ..pipeline import DocumentResult, Pipeline, PipelineConfig
from ..readers import ReadOptions
from ..record import AggregateClaim, Event

__all__ = ["register", "run_extract", "ExtractSummary"]

MAX_ERRORS_SHOWN = 20


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"
    table = "table"


class ExtractSummary:
    """Counts of one run, printed at the end and used for the exit status."""

    def __init__(self) -> None:
        self.documents = self.processed = self.events = self.aggregates = self.errors = 0
        self.undated = self.not_coded = 0  # processed documents without a publication date; in another language
        self.slowest: tuple[float, str | None] = (0.0, None)  # seconds, document id

    def line(self) -> str:
        line = (f"{self.documents} documents, {self.processed} processed, {self.events} events, "
                f"{self.aggregates} aggregate claims, {self.errors} errors")
        if self.undated:
            line += f"; {self.undated} without a publication date (their relative dates are unresolved)"
        if self.not_coded:
            line += f"; {self.not_coded} not coded (not English)"
        if self.slowest[1]:
            line += f"; slowest document {self.slowest[1][:60]!r}: {self.slowest[0]:.2f} s"
        return line


def results_for(inputs: list[str], config: PipelineConfig, *, published: dt.date | None = None,
                country: str | None = None, engine: Engine, workers: int, scheduler: str | None,
                options: ReadOptions | None = None) -> Iterator[DocumentResult]:
    """Stream results for the inputs with the chosen execution engine."""
    items = read_documents(inputs, published=published, country=country, options=options)
    if engine is Engine.inprocess and scheduler is None:
        yield from Pipeline.from_config(config).process(items)
        return
    from .. import engine as engines  # imported only when asked for: it pulls in dask

    yield from engines.run(items, config, engine=engine.value, workers=workers, scheduler=scheduler)


def run_extract(results: Iterator[DocumentResult], out: TextIO, fmt: OutputFormat, *,
                aggregates_out: TextIO | None, errors_out: TextIO | None, err: TextIO,
                explain_out: TextIO | None = None) -> ExtractSummary:
    """Write events as they come; report each failed document on ``err`` (the first few) and ``errors_out``."""
    summary = ExtractSummary()
    table_rows: list[Event] = []
    aggregates: list[AggregateClaim] = []

    def events() -> Iterator[Event]:
        for result in results:
            summary.documents += 1
            if result.seconds > summary.slowest[0]:
                summary.slowest = (result.seconds, result.doc_id)
            if result.error is not None:
                summary.errors += 1
                report_error(result.error, summary.errors, err, errors_out)
                continue
            summary.processed += 1
            if explain_out is not None and result.explanation is not None:
                explain_out.write(json.dumps(result.explanation, ensure_ascii=False) + "\n")
            for warning in result.warnings:
                err.write(f"warning: document {result.doc_id!r}: {warning}\n")
            summary.undated += NO_DATE_WARNING in result.warnings
            summary.not_coded += any(NOT_CODED in warning for warning in result.warnings)
            summary.aggregates += len(result.aggregates)
            if fmt is OutputFormat.table:
                aggregates.extend(result.aggregates)
            if aggregates_out is not None:
                write_jsonl(result.aggregates, aggregates_out)
            summary.events += len(result.events)
            yield from result.events

    if fmt is OutputFormat.table:
        table_rows.extend(events())
        print_table(table_rows, aggregates, out)
    else:
        write_events(events(), out, fmt.value)
    return summary


def report_error(error: DocumentError, number: int, err: TextIO, errors_out: TextIO | None) -> None:
    if number <= MAX_ERRORS_SHOWN:
        err.write(f"error: {error}\n")
    elif number == MAX_ERRORS_SHOWN + 1:
        err.write("error: more documents failed; the summary counts them all (use --errors FILE for the list)\n")
    if errors_out is not None:
        errors_out.write(json.dumps(error.to_dict(), ensure_ascii=False) + "\n")
        errors_out.flush()  # record by record: a killed run keeps the errors of what it wrote


def print_table(events: list[Event], aggregates: list[AggregateClaim], out: TextIO) -> None:
    """A readable table of events (and aggregate claims) for people, via rich."""
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(160, Console(file=out).width), highlight=False)
    table = Table(title=f"{len(events)} events", show_lines=True)
    for column in ("doc", "date (prec.)", "type / sub-type", "actors", "place (prec.)", "deaths/inj./arr.", "conf.", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        actors = " vs ".join(a for a in (e.actor1, e.actor2) if a) or "-"
        if e.assoc_actor_1 or e.assoc_actor_2:
            actors += f"\n(with {'; '.join(a for a in (e.assoc_actor_1, e.assoc_actor_2) if a)})"
        place = ", ".join(p for p in (e.location, e.admin1, e.country) if p) or "-"
        figures = "/".join("-" if v is None else str(v) for v in (e.fatalities, e.injuries, e.arrests))
        trigger = ", ".join(s.text for s in e.evidence.get("event_type", [])[:3])
        table.add_row(e.doc_id, f"{e.event_date or '-'} ({e.time_precision or '-'})",
                      f"{e.event_type}\n{e.sub_event_type}", actors, f"{place} ({e.geo_precision or '-'})",
                      figures, f"{e.confidence:.2f}", trigger)
    console.print(table)
    if aggregates:
        claims = Table(title=f"{len(aggregates)} aggregate claims (not events)")
        for column in ("doc", "figure", "measure", "by", "period", "place", "claimed by", "text"):
            claims.add_column(column, overflow="fold")
        for a in aggregates:
            claims.add_row(a.doc_id, str(a.figure), a.measure, a.actor1 or "-",
                           f"{a.period_start or '?'} to {a.period_end or '?'}", a.place or "-", a.claimed_by or "-", a.text)
        console.print(claims)


def register(app: typer.Typer) -> None:
    @app.command()
    def extract(
        inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP)],
        output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write events here (default: stdout).")] = None,
        fmt: Annotated[Optional[OutputFormat], typer.Option("--format", "-f", help="Output format (default: from the -o suffix, else jsonl).")] = None,
        published: Published = None,
        country: Country = None,
        model: Model = None,
        gazetteer: Gazetteer = None,
        actors: Actors = None,
        aggregates: Annotated[Optional[Path], typer.Option("--aggregates", help="Write aggregate claims (JSON Lines) here.")] = None,
        errors: Annotated[Optional[Path], typer.Option("--errors", help="Write every failed document (JSON Lines) here.")] = None,
        explain: Annotated[Optional[Path], typer.Option("--explain", help="Write why each document gave its events (JSON Lines): headline, dateline, beat, mentions kept and set aside with reasons, each record's confidence with its reasons.")] = None,
        engine: EngineOption = Engine.inprocess,
        workers: Workers = 1,
        scheduler: Scheduler = None,
        strict: Annotated[bool, typer.Option(help="Exit non-zero if any document fails.")] = False,
        text_column: TextColumn = None,
        date_column: DateColumn = None,
        id_column: IdColumn = None,
        title_column: TitleColumn = None,
        blocks: Blocks = False,
        fetch_pages: FetchPages = False,
        max_seconds: MaxSeconds = Budget.max_seconds,
        max_chars: MaxChars = Budget.max_chars,
    ) -> None:
        """Extract ACLED-format events from news documents: JSON Lines, text, web pages, feeds, tables, Word, PDF, URLs.

        Example: eventcoder extract examples/seeds.jsonl --format table
        Example: eventcoder extract examples/web/ --format table   (a saved web page and a feed; docs/INPUTS.md)
        """
        chosen = fmt or _format_from_suffix(output)
        config = PipelineConfig(model_dir=model, gazetteer_dir=gazetteer, actor_lexicon=actors,
                                budget=Budget(max_seconds=max_seconds, max_chars=max_chars))
        if scheduler is not None:
            engine = Engine.dask
        with ExitStack() as stack:
            out = stack.enter_context(output.open("w", encoding="utf-8", newline="")) if output else sys.stdout
            aggregates_out = stack.enter_context(aggregates.open("w", encoding="utf-8")) if aggregates else None
            errors_out = stack.enter_context(errors.open("w", encoding="utf-8")) if errors else None
            explain_out = stack.enter_context(explain.open("w", encoding="utf-8")) if explain else None
            try:
                options = read_options(published=published, country=country, text_column=text_column,
                                       date_column=date_column, id_column=id_column, title_column=title_column,
                                       blocks=blocks, fetch_pages=fetch_pages)
                results = results_for(inputs, config, engine=engine, workers=workers, scheduler=scheduler,
                                      options=options)
                summary = run_extract(results, out, chosen, aggregates_out=aggregates_out, errors_out=errors_out,
                                      err=sys.stderr, explain_out=explain_out)
            except EventcoderError as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(2) from None
        typer.echo(summary.line(), err=True)
        if engine is Engine.inprocess:  # everything written and closed, no worker to stop
            from ..cli import allow_quick_exit

            allow_quick_exit()
        if summary.processed == 0 or (strict and summary.errors):
            raise typer.Exit(1)


def _format_from_suffix(output: Path | None) -> OutputFormat:
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return {"csv": OutputFormat.csv, "geojson": OutputFormat.geojson, "json": OutputFormat.geojson}.get(suffix, OutputFormat.jsonl)
