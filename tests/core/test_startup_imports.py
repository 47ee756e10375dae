"""Starting the command line loads no heavy library: each command imports what it needs when it runs."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "duckdb", "sklearn", "scipy", "dask", "pyarrow", "fastapi", "eventcoder.geo", "eventcoder.store")


def test_importing_the_cli_loads_no_heavy_library() -> None:
    code = ("import sys, eventcoder.cli; "
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == ""


def test_the_store_commands_name_the_stores_environment_variable() -> None:
    from eventcoder.commands import store as store_command
    from eventcoder.store import DB_ENV_VAR

    assert store_command.DB_ENV_VAR == DB_ENV_VAR


def test_the_model_is_loaded_once_however_it_is_asked_for() -> None:
    from eventcoder.nlp import load_nlp

    assert load_nlp("blank:en") is load_nlp(package="blank:en")


def test_loading_the_model_skips_spacys_command_line_yet_leaves_it_importable() -> None:
    code = ("import sys; from eventcoder.nlp import load_nlp; load_nlp('blank:en'); "
            "skipped = 'spacy.cli' not in sys.modules and 'weasel' not in sys.modules; "
            "import spacy, spacy.cli; from spacy.cli.info import info; "
            "print(skipped, callable(spacy.cli.download), spacy.cli.info is info, callable(spacy.info))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "True", "True", "True"]
