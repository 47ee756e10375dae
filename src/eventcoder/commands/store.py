"""`eventcoder ingest`, `eventcoder events`, `eventcoder merge`: the event store from the command line."""

from __future__ import annotations

import sys
from contextlib import ExitStack
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from ..cli_options import (INPUTS_HELP, Actors, Blocks, Country, DateColumn, Engine, EngineOption, FetchPages,
                           Gazetteer, IdColumn, Model, Published, Scheduler, TextColumn, TitleColumn, Workers,
                           parse_date, read_options)
from ..errors import EventcoderError

if TYPE_CHECKING:
    from ..store import IngestSummary

#: ``eventcoder.store.DB_ENV_VAR``, repeated: importing the store here would load DuckDB for every command.
DB_ENV_VAR = "EVENTCODER_DB"

__all__ = ["register"]

DB_HELP = f"Store file (default: ${DB_ENV_VAR}, else ./eventcoder.duckdb)."


class EventsFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"
    parquet = "parquet"



def _summary_line(summary: IngestSummary) -> str:
    events = "not merged" if summary.events is None else f"{summary.events} events"
    return (f"{summary.documents} documents ({summary.new} new, {summary.updated} updated, "
            f"{summary.unchanged} unchanged), {summary.mentions} mentions, {events}, "
            f"{summary.errors} errors in {summary.seconds:.1f} s")


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _print_table(rows: list[dict[str, Any]], total: int, out: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=max(160, Console(file=out).width), highlight=False)
    table = Table(title=f"{len(rows)} of {total} events", show_lines=True)
    for column in ("event", "date", "type / sub-type", "actors", "place", "deaths", "sources", "conflicts"):
        table.add_column(column, overflow="fold")
    for r in rows:
        actors = " vs ".join(a for a in (r["actor1"], r["actor2"]) if a) or "-"
        place = ", ".join(p for p in (r["location"], r["admin1"], r["country"]) if p) or "-"
        conflicts = ", ".join(c["field"] for c in r["conflicts"]) or "-"
        flag = " (wrong)" if r["status"] == "wrong" else ""
        table.add_row(r["event_id"] + flag, f"{r['event_date'] or '-'} ({r['time_precision'] or '-'})",
                      f"{r['event_type']}\n{r['sub_event_type']}", actors, f"{place} ({r['geo_precision'] or '-'})",
                      str(r["fatalities"]), f"{r['n_documents']}: {r['source'] or ''}", conflicts)
    console.print(table)


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        inputs: Annotated[list[str], typer.Argument(help=INPUTS_HELP)],
        db: Annotated[Optional[Path], typer.Option("--db", help=DB_HELP)] = None,
        published: Published = None,
        country: Country = None,
        model: Model = None,
        gazetteer: Gazetteer = None,
        actors: Actors = None,
        engine: EngineOption = Engine.inprocess,
        workers: Workers = 1,
        scheduler: Scheduler = None,
        batch_size: Annotated[int, typer.Option(min=1, help="Documents written per transaction.")] = 64,
        force: Annotated[bool, typer.Option(help="Re-run the pipeline on documents already stored unchanged.")] = False,
        merge: Annotated[bool, typer.Option(help="Merge mentions into events at the end.")] = True,
        progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
        partitions: Annotated[bool, typer.Option("--partitions", help="INPUTS are folders of results written by the engine's write_partitions (no pipeline run).")] = False,
        text_column: TextColumn = None,
        date_column: DateColumn = None,
        id_column: IdColumn = None,
        title_column: TitleColumn = None,
        blocks: Blocks = False,
        fetch_pages: FetchPages = False,
        watch: Annotated[bool, typer.Option("--watch", help="Keep polling INPUTS (folders, feeds, URLs) and ingest new articles as they arrive; Ctrl-C stops.")] = False,
        interval: Annotated[float, typer.Option(min=1, help="--watch: seconds between two polls.")] = 60.0,
    ) -> None:
        """Run documents through the pipeline into the event store, then merge mentions into events.

        Re-running changes nothing for documents already stored; an interrupted run resumes.
        Example: eventcoder ingest examples/seeds.jsonl --db events.duckdb
        Example: eventcoder ingest --watch news/ --interval 60   (docs/INPUTS.md)
        """
        from rich.console import Console
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        from ..pipeline import PipelineConfig
        from ..store import EventStore

        config = PipelineConfig(model_dir=model, gazetteer_dir=gazetteer, actor_lexicon=actors)
        if scheduler is not None:
            engine = Engine.dask
        console = Console(stderr=True)
        with ExitStack() as stack:
            try:
                store = stack.enter_context(EventStore.open(db, linger=0))
            except EventcoderError as exc:
                raise _fail(str(exc)) from None
            bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                           TextColumn("{task.fields[detail]}"), TimeElapsedColumn(), console=console,
                           disable=not progress, transient=False)
            stack.enter_context(bar)
            task = bar.add_task("ingesting", total=None, detail="")

            def report(done: int, summary: IngestSummary) -> None:
                bar.update(task, completed=done, detail=f"{summary.documents} read, {summary.new + summary.updated} "
                           f"stored, {summary.mentions} mentions, {summary.errors} errors")

            try:
                if partitions:
                    from itertools import chain

                    from ..engine import read_partitions

                    results = chain.from_iterable(read_partitions(folder) for folder in inputs)
                    summary = store.ingest_results(results, batch_size=batch_size, force=force, merge=merge,
                                                   progress=report)
                else:
                    from ..documents import read_documents

                    options = read_options(published=published, country=country, text_column=text_column,
                                           date_column=date_column, id_column=id_column, title_column=title_column,
                                           blocks=blocks, fetch_pages=fetch_pages)

                    def ingest_items(items: Any) -> IngestSummary:
                        return store.ingest_documents(items, config=config, engine=engine.value, workers=workers,
                                                      scheduler=scheduler, batch_size=batch_size, force=force,
                                                      merge=merge, progress=report)

                    if watch:  # polls until Ctrl-C (handled below: what was ingested is stored)
                        from ..readers.watch import watch as watch_sources

                        watch_sources(inputs, ingest_items, options, interval=interval,
                                      on_round=lambda n, s: console.print(f"round {n}: {_summary_line(s)}"))
                    else:
                        from ..readers.tally import ReadTally

                        tally = ReadTally(read_documents(inputs, options=options))
                        summary = ingest_items(tally)
                        if tally.summary():
                            typer.echo(f"warning: {tally.summary()}", err=True)
            except KeyboardInterrupt:
                bar.stop()
                counts = store.counts()
                typer.echo(f"interrupted: {counts['documents']} documents are stored; run the same command again "
                           "to resume", err=True)
                raise typer.Exit(130) from None
            except EventcoderError as exc:
                raise _fail(str(exc)) from None
            bar.update(task, description="done")
        for message in summary.error_messages:
            typer.echo(f"error: {message}", err=True)
        if summary.errors > len(summary.error_messages):
            typer.echo("error: more documents failed; `eventcoder events` does not show them, the store's "
                       "ingest_errors table lists them all", err=True)
        typer.echo(_summary_line(summary), err=True)
        if summary.documents and summary.errors == summary.documents:
            raise typer.Exit(1)

    @app.command()
    def events(
        db: Annotated[Optional[Path], typer.Option("--db", help=DB_HELP)] = None,
        date_from: Annotated[Optional[str], typer.Option("--from", help="First event date (YYYY-MM-DD).")] = None,
        date_to: Annotated[Optional[str], typer.Option("--to", help="Last event date (YYYY-MM-DD).")] = None,
        country: Annotated[Optional[str], typer.Option(help="Country: name (any case) or ISO 3166 code (SY, SYR).")] = None,
        admin1: Annotated[Optional[str], typer.Option(help="First-level region, ACLED's or a common spelling.")] = None,
        event_type: Annotated[Optional[str], typer.Option("--type", help="ACLED event type.")] = None,
        sub_event_type: Annotated[Optional[str], typer.Option("--sub-type", help="ACLED sub-event type.")] = None,
        actor: Annotated[Optional[str], typer.Option(help="Part of an actor's name.")] = None,
        text: Annotated[Optional[str], typer.Option(help="Text in notes, places, actors or sources.")] = None,
        include_wrong: Annotated[bool, typer.Option(help="Include events an analyst marked wrong.")] = False,
        fmt: Annotated[EventsFormat, typer.Option("--format", "-f", help="Output format.")] = EventsFormat.table,
        output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here (default: stdout; parquet needs a file).")] = None,
        limit: Annotated[Optional[int], typer.Option(min=0, help="At most this many events (default: 50 for table, all otherwise).")] = None,
        order_by: Annotated[str, typer.Option(help="Order by this column; prefix - for descending.")] = "event_date",
        extra_columns: Annotated[bool, typer.Option(help="CSV: add store columns after ACLED's.")] = False,
    ) -> None:
        """List or export merged events, filtered; CSV uses ACLED's column names and order.

        Example: eventcoder events --country Iraq --from 2020-01-01 --format csv -o events.csv
        """
        from ..export import write_rows
        from ..store import EventFilter, EventStore, default_db_path

        path = db or default_db_path()
        if not path.exists():
            raise _fail(f"{path}: no store here; run `eventcoder ingest` first or pass --db")
        filters = EventFilter(date_from=parse_date(date_from, "--from"), date_to=parse_date(date_to, "--to"), country=country,
                              admin1=admin1, event_type=event_type, sub_event_type=sub_event_type, actor=actor,
                              text=text, include_wrong=include_wrong)
        if fmt is EventsFormat.parquet and output is None:
            raise _fail("--format parquet needs -o FILE.parquet")
        try:
            with EventStore.open(path, read_only=True, linger=0) as store:
                if filters.country or filters.admin1 or filters.event_type or filters.sub_event_type:
                    from ..store.names import resolve_filter

                    filters = resolve_filter(filters, store.facets())  # ISO codes, spellings; close matches
                if fmt is EventsFormat.table:
                    rows, total = store.query_events(filters, limit=50 if limit is None else limit, order_by=order_by)
                    _print_table(rows, total, sys.stdout)
                    return
                rows_iter = store.iter_events(filters, order_by=order_by)
                if limit is not None:
                    from itertools import islice

                    rows_iter = islice(rows_iter, limit)
                if fmt is EventsFormat.parquet:
                    count = write_rows(rows_iter, "parquet", path=output)
                else:
                    with ExitStack() as stack:
                        out = stack.enter_context(output.open("w", encoding="utf-8", newline="")) if output else sys.stdout
                        count = write_rows(rows_iter, fmt.value, stream=out, extra_columns=extra_columns)
        except ValueError as exc:
            raise _fail(str(exc)) from None
        except EventcoderError as exc:
            raise _fail(str(exc)) from None
        typer.echo(f"{count} events", err=True)

    @app.command(name="merge")
    def merge_command(
        db: Annotated[Optional[Path], typer.Option("--db", help=DB_HELP)] = None,
    ) -> None:
        """Rebuild events from all stored mentions and re-apply the analysts' corrections.

        `ingest` merges already; this is for after changing merge settings or restoring a store.
        Example: eventcoder merge --db events.duckdb
        """
        from ..store import EventStore

        try:
            with EventStore.open(db, linger=0) as store:
                result = store.merge()
        except EventcoderError as exc:
            raise _fail(str(exc)) from None
        typer.echo(f"{result['mentions']} mentions merged into {result['events']} events "
                   f"({result['conflicted']} with conflicting reports)", err=True)
