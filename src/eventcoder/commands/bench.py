"""`eventcoder bench`: documents/s, words/s and peak memory per worker, next to spaCy's own nlp.pipe."""

from __future__ import annotations

import json
from dataclasses import replace
from collections.abc import Iterator
from enum import Enum
from itertools import islice
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..documents import Document, read_documents
from ..errors import DocumentError, EventcoderError
from ..pipeline import STAGE_MODULES, PipelineConfig

__all__ = ["register"]


class Engine(str, Enum):
    inprocess = "inprocess"
    local = "local"
    dask = "dask"


def _parse_range(value: str) -> tuple[int, int]:
    try:
        low, _, high = value.partition("-")
        bounds = (int(low), int(high or low))
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a range; use e.g. 3-8", param_hint="--sentences") from None
    if not 1 <= bounds[0] <= bounds[1]:
        raise typer.BadParameter(f"{value!r}: need 1 <= MIN <= MAX", param_hint="--sentences")
    return bounds


def _parse_stages(value: str) -> tuple[str, ...]:
    stages = tuple(s.strip() for s in value.split(",") if s.strip())
    unknown = [s for s in stages if s not in STAGE_MODULES]
    if unknown:
        raise typer.BadParameter(f"unknown stage(s) {unknown}; choose from {', '.join(STAGE_MODULES)} "
                                 "(or 'none' for parsing only)", param_hint="--stages")
    return stages


def _print_report(data: dict[str, Any]) -> None:
    ec, sp = data["eventcoder"], data["spacy_nlp_pipe"]
    lines = [
        f"engine {data['engine']}, {data['workers']} worker(s), batch {data['batch_size']}, "
        f"stages: {' > '.join(data['stages'])}",
        f"documents {ec['documents']:,}, words {ec['words']:,}, events {data['events']:,}, errors {data['errors']:,}",
        f"eventcoder: {ec['docs_per_second']:,.1f} docs/s, {ec['words_per_second']:,.0f} words/s "
        f"({ec['seconds']:.1f} s, after {ec['startup_seconds']:.1f} s of start-up)",
        f"peak RSS: parent {data['parent_peak_rss_mib']:,.0f} MiB; per worker "
        + (", ".join(f"{v:,.0f}" for v in data["peak_rss_mib_by_worker"].values()) or "-") + " MiB",
    ]
    if sp:
        lines.append(f"spaCy nlp.pipe alone: {sp['docs_per_second']:,.1f} docs/s, {sp['words_per_second']:,.0f} words/s; "
                     f"time ratio eventcoder/spaCy {data['time_ratio']:.2f}x")
    if data.get("stage_share"):
        lines.append("time per stage: " + ", ".join(f"{name} {share:.1%}" for name, share in data["stage_share"].items()))
    typer.echo("\n".join(lines))


def _figures(data: dict[str, Any]) -> dict[str, Any]:
    """The report's figures in the baseline file's terms (see eventcoder.engine.baseline)."""
    ec = data["eventcoder"]
    peak = max([data["parent_peak_rss_mib"], *data["peak_rss_mib_by_worker"].values()])
    return {"documents": ec["documents"], "words": ec["words"], "words_per_second": ec["words_per_second"],
            "docs_per_second": ec["docs_per_second"], "time_ratio": data.get("time_ratio"), "peak_rss_mib": peak,
            "stage_share": data.get("stage_share", {}), "engine": data["engine"], "workers": data["workers"]}


def register(app: typer.Typer) -> None:
    @app.command()
    def bench(
        inputs: Annotated[Optional[list[str]], typer.Argument(help="Corpus: JSON Lines, .txt, folders (default: generate one).")] = None,
        generate: Annotated[int, typer.Option(min=1, help="Synthetic documents to generate when no corpus is given.")] = 1000,
        sentences: Annotated[str, typer.Option(help="Sentences per generated document, MIN-MAX.")] = "3-8",
        seed: Annotated[int, typer.Option(help="Seed of the generated corpus.")] = 0,
        limit: Annotated[Optional[int], typer.Option(min=1, help="Use only the first N documents.")] = None,
        engine: Annotated[Engine, typer.Option(help="inprocess, local (processes) or dask.")] = Engine.inprocess,
        workers: Annotated[int, typer.Option(min=1, help="Worker processes for --engine local|dask.")] = 1,
        scheduler: Annotated[Optional[str], typer.Option(help="Address of a running Dask scheduler (implies --engine dask).")] = None,
        batch_size: Annotated[int, typer.Option(min=1, help="Documents per task sent to a worker.")] = 64,
        stages: Annotated[Optional[str], typer.Option(help="Comma-separated stages to run after parsing, or 'none' (default: all).")] = None,
        nlp_package: Annotated[Optional[str], typer.Option(help="spaCy pipeline to load (e.g. blank:en to time the engine alone).")] = None,
        baseline: Annotated[bool, typer.Option(help="Also time spaCy's nlp.pipe alone on the same texts.")] = True,
        as_json: Annotated[bool, typer.Option("--json", help="Print the report as one JSON object.")] = False,
        compare: Annotated[Optional[Path], typer.Option(help="A baseline file (JSON) to compare with, e.g. benchmarks/baseline.json.")] = None,
        name: Annotated[str, typer.Option(help="This run's name in the baseline file.")] = "bench",
        save: Annotated[bool, typer.Option(help="Store this run's figures under --name in the --compare file.")] = False,
    ) -> None:
        """Measure throughput (docs/s, words/s), peak memory per worker, and the ratio to plain nlp.pipe.

        Example: eventcoder bench --generate 2000 --engine local --workers 2
        """
        from ..engine.bench import benchmark  # imported here: keeps `eventcoder --help` fast
        from ..engine.corpus import synthetic_items

        if save and compare is None:
            raise typer.BadParameter("--save needs --compare FILE: the baseline file to write", param_hint="--save")
        if scheduler is not None:
            engine = Engine.dask
        low_high = _parse_range(sentences)
        config = PipelineConfig()
        if stages is not None:
            config = replace(config, stages=() if stages.strip() == "none" else _parse_stages(stages))
        if nlp_package:
            config = replace(config, nlp_package=nlp_package)

        def items() -> Iterator[Document | DocumentError]:
            if inputs:
                stream: Iterator[Document | DocumentError] = read_documents(inputs)
            else:
                stream = synthetic_items(generate, seed=seed, sentences=low_high)
            return islice(stream, limit) if limit else stream

        try:
            report = benchmark(items, config, engine=engine.value, workers=workers, scheduler=scheduler,
                               batch_size=batch_size, baseline=baseline)
        except EventcoderError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        data = report.to_dict()
        if as_json:
            typer.echo(json.dumps(data, ensure_ascii=False))
        else:
            _print_report(data)
        if compare is not None:
            _compare(compare, name, _figures(data), save=save)


def _compare(path: Path, name: str, figures: dict[str, Any], *, save: bool) -> None:
    from ..engine.baseline import compare_figures, load_baseline, save_baseline

    try:
        saved = load_baseline(path).get(name)
    except EventcoderError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if saved:
        lines, regressed = compare_figures(figures, saved)
        typer.echo("\n".join([f"compared with {path.name} [{name}]:", *lines]), err=True)
        if regressed:
            typer.echo("REGRESSION: slower or larger than the saved baseline", err=True)
    elif not save:
        typer.echo(f"{path} has no run named {name!r}; add one with --save", err=True)
    if save:
        save_baseline(path, name, figures)
        typer.echo(f"saved as {name!r} in {path}", err=True)
