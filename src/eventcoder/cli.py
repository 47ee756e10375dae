"""The ``eventcoder`` command line: a thin layer over the library, one module per command group."""

from __future__ import annotations

import atexit
import importlib
import os
import pkgutil
import sys
import threading
from typing import NoReturn

import typer

from . import commands

__all__ = ["app", "main", "allow_quick_exit"]

app = typer.Typer(name="eventcoder", help="News reports in, ACLED-format event records with evidence out.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)



@app.callback()
def _root() -> None:
    """News reports in, ACLED-format event records with evidence out."""


for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
    importlib.import_module(f"{commands.__name__}.{info.name}").register(app)


_quick_exit = False


def allow_quick_exit() -> None:
    """Called by a command once all it wrote is closed and nothing else is left to release: the
    process then ends without freeing its objects one by one (spaCy's model alone takes about 0.25 s
    to tear down, an eighth of a one-document ``extract``). Exit handlers still run."""
    global _quick_exit
    _quick_exit = True


def main() -> None:
    try:
        app()
    except SystemExit as exc:
        # (a thread left running, or no CPython exit handlers to run: the usual exit)
        if not _quick_exit or threading.active_count() > 1 or not hasattr(atexit, "_run_exitfuncs"):
            raise
        _exit_now(exc.code)


def _exit_now(code: object) -> NoReturn:
    if isinstance(code, str):
        print(code, file=sys.stderr)
    atexit._run_exitfuncs()  # logging's flush, pending finalizers...: everything registered to run at exit
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code if isinstance(code, int) else 0 if code is None else 1)
