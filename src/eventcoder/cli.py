"""The ``eventcoder`` command line: a thin layer over the library, one module per command group."""

from __future__ import annotations

import importlib
import pkgutil

import typer

from . import commands

__all__ = ["app", "main"]

app = typer.Typer(name="eventcoder", help="News reports in, ACLED-format event records with evidence out.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)



@app.callback()
def _root() -> None:
    """News reports in, ACLED-format event records with evidence out."""


for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
    importlib.import_module(f"{commands.__name__}.{info.name}").register(app)


def main() -> None:
    app()
