"""`eventcoder train` and `eventcoder evaluate`: fit the learned parts on a user's ACLED export, and
score the whole pipeline against one, field by field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import EventcoderError

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train_command(
        csv_path: Annotated[Path, typer.Argument(metavar="ACLED.csv", help="An ACLED export with notes (CSV).")],
        out: Annotated[Path, typer.Option("-o", "--out", help="Model directory to write.")],
        since: Annotated[Optional[str], typer.Option(help="Use rows dated on or after this day (YYYY-MM-DD).")] = None,
        until: Annotated[Optional[str], typer.Option(help="Use rows dated before this day (YYYY-MM-DD).")] = None,
        actors: Annotated[bool, typer.Option(help="Also train the actor model.")] = True,
    ) -> None:
        """Fit the sub-event classifier (and actor model) on your own ACLED export.

        Example: eventcoder train acled.csv -o model --until 2020-04-10, then
        eventcoder extract news.jsonl --model model -o events.jsonl
        """
        from ..train import train

        try:
            report = train(csv_path, out, since=since, until=until, actors=actors)
        except EventcoderError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        typer.echo(f"trained {', '.join(report.parts)} on {report.rows} rows "
                   f"({report.first_date} to {report.last_date}) into {report.model_dir}")
        for note in report.notes:
            typer.echo(f"note: {note}", err=True)

    @app.command("evaluate")
    def evaluate_command(
        csv_path: Annotated[Path, typer.Argument(metavar="ACLED.csv", help="An ACLED export with notes (CSV).")],
        model: Annotated[Optional[Path], typer.Option("--model", help="A model directory from `eventcoder train`.")] = None,
        since: Annotated[Optional[str], typer.Option(help="Score rows dated on or after this day (YYYY-MM-DD).")] = None,
        until: Annotated[Optional[str], typer.Option(help="Score rows dated before this day (YYYY-MM-DD).")] = None,
        limit: Annotated[Optional[int], typer.Option(min=1, help="Score only the first N rows by date.")] = None,
        report_path: Annotated[Optional[Path], typer.Option("--report", help="Also write the scores as JSON.")] = None,
    ) -> None:
        """Score eventcoder against your ACLED export: every record field, sub-type F1, confusions.

        Example: eventcoder evaluate acled.csv --model model --since 2020-04-10
        """
        from ..evaluate import evaluate, format_report

        try:
            report = evaluate(csv_path, model_dir=model, since=since, until=until, limit=limit)
        except EventcoderError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        header = [f"{csv_path.name}: {report.rows} rows, model: {model or 'default (rules + codebook examples)'}"]
        typer.echo(format_report(report, header))
        if report_path is not None:
            report_path.write_text(json.dumps(report.to_dict(), indent=2) + "\n", encoding="utf-8")
