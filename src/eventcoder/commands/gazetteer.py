"""`eventcoder gazetteer build|add|info|lookup`: the place index from the command line."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import EventcoderError

__all__ = ["register"]

DIR_HELP = "Index folder (default: $EVENTCODER_HOME/gazetteer, else ~/.cache/eventcoder/gazetteer)."
REGISTRY_HELP = "Include worldwide registry data (--no-registry: bundled Iraq data and dumps only, a small test index)."
RegistryOption = Annotated[bool, typer.Option("--registry/--no-registry", help=REGISTRY_HELP)]


def _fail(exc: EventcoderError) -> None:
    typer.echo(f"error: {exc}", err=True)
    raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Build, extend and inspect the gazetteer (place index) the places stage uses.",
                        no_args_is_help=True)

    @group.command("build")
    def build(directory: Annotated[Optional[Path], typer.Option("--dir", help=DIR_HELP)] = None,
              registry: RegistryOption = True) -> None:
        """Rebuild the index from registry data, the bundled Iraq data and every dump added so far.

        Example: eventcoder gazetteer build
        """
        from ..geo.index import build_index, dumps_dir, gazetteer_dir, save_index

        folder = gazetteer_dir(directory)
        started = time.perf_counter()
        try:
            index = build_index(sorted(dumps_dir(folder).glob("*.pkl")) if dumps_dir(folder).is_dir() else [],
                                include_registry=registry)
            path = save_index(index, folder)
        except EventcoderError as exc:
            _fail(exc)
            return
        typer.echo(f"built {len(index):,} places in {time.perf_counter() - started:.1f}s -> {path}")

    @group.command("add")
    def add(dump: Annotated[Path, typer.Argument(help="GeoNames dump, e.g. IQ.txt from geonames.org/export/dump.")],
            admin1: Annotated[Optional[Path], typer.Option("--admin1", help="admin1CodesASCII.txt, to name admin1 codes.")] = None,
            admin2: Annotated[Optional[Path], typer.Option("--admin2", help="admin2Codes.txt, to name admin2 codes.")] = None,
            directory: Annotated[Optional[Path], typer.Option("--dir", help=DIR_HELP)] = None,
            registry: RegistryOption = True) -> None:
        """Merge a GeoNames country dump (villages, neighbourhoods, squares, bridges, oil fields, airports).

        Example: eventcoder gazetteer add IQ.txt --admin1 admin1CodesASCII.txt --admin2 admin2Codes.txt
        """
        from ..geo.store import add_dump

        started = time.perf_counter()
        try:
            summary, index = add_dump(dump, directory, admin1_codes=admin1, admin2_codes=admin2,
                                      include_registry=registry)
        except EventcoderError as exc:
            _fail(exc)
            return
        kinds = ", ".join(f"{k} {v:,}" for k, v in sorted(summary.kinds.items()))
        typer.echo(f"added {summary.kept:,} of {summary.rows:,} rows from {dump} ({kinds}); "
                   f"index now {len(index):,} places ({time.perf_counter() - started:.1f}s)")

    @group.command("reset")
    def reset(directory: Annotated[Optional[Path], typer.Option("--dir", help=DIR_HELP)] = None) -> None:
        """Forget every added dump; the next use rebuilds the index from registry data alone.

        Example: eventcoder gazetteer reset
        """
        from ..geo.store import remove_dumps

        removed = remove_dumps(directory)
        typer.echo(f"removed {len(removed)} dump(s): {', '.join(removed) or '-'}")

    @group.command("info")
    def info(directory: Annotated[Optional[Path], typer.Option("--dir", help=DIR_HELP)] = None,
             registry: RegistryOption = True) -> None:
        """Show what the index holds and how long it takes to load (builds it on first use).

        Example: eventcoder gazetteer info
        """
        from ..geo.index import gazetteer_dir, load_gazetteer

        started = time.perf_counter()
        try:
            index = load_gazetteer(directory, include_registry=registry)
        except EventcoderError as exc:
            _fail(exc)
            return
        data = {"folder": str(gazetteer_dir(directory)), "load_seconds": round(time.perf_counter() - started, 3),
                **index.info()}
        typer.echo(json.dumps(data, indent=2))

    @group.command("lookup")
    def lookup(name: Annotated[str, typer.Argument(help="A place name in any spelling.")],
               country: Annotated[Optional[str], typer.Option("--country", help="ISO code to keep, e.g. IQ.")] = None,
               directory: Annotated[Optional[Path], typer.Option("--dir", help=DIR_HELP)] = None,
               registry: RegistryOption = True) -> None:
        """List the places a name can mean.

        Example: eventcoder gazetteer lookup Nassriya --country IQ
        """
        from ..geo.index import load_gazetteer

        try:
            index = load_gazetteer(directory, include_registry=registry)
        except EventcoderError as exc:
            _fail(exc)
            return
        hits = index.lookup(name) or (index.lookup_skeleton(name, country.upper()) if country else [])
        for p in sorted(hits, key=lambda p: -p.population)[:25]:
            if country and p.country != country.upper():
                continue
            typer.echo(f"{p.name}\t{p.kind}\t{p.country}\t{p.admin1 or '-'}\t{p.admin2 or '-'}\t"
                       f"{p.latitude:.4f},{p.longitude:.4f}\tpop {p.population:,}\t{p.source}")

    app.add_typer(group, name="gazetteer")
