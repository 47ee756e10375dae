"""After ``extract`` the process ends without tearing its objects down (cli.allow_quick_exit):
what it wrote, its exit code and the exit handlers must be exactly as with an ordinary exit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

RUN = ("import atexit, sys; atexit.register(lambda: print('handler ran', file=sys.stderr)); "
       "from eventcoder.cli import main; sys.argv[0] = 'eventcoder'; main()")


def _extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RUN, "extract", *args], capture_output=True, text=True)


@pytest.mark.slow
def test_extract_writes_everything_and_runs_exit_handlers(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "a", "text": "On Monday, police killed two protesters in Basra, Iraq."}) + "\n")
    to_stdout = _extract(str(docs))
    to_file = _extract(str(docs), "-o", str(tmp_path / "events.jsonl"))
    assert to_stdout.returncode == to_file.returncode == 0
    assert to_stdout.stdout.strip() and to_stdout.stdout == (tmp_path / "events.jsonl").read_text(encoding="utf-8")
    assert "handler ran" in to_stdout.stderr and "1 processed" in to_stdout.stderr


def test_extract_keeps_its_exit_code_when_nothing_was_processed(tmp_path: Path) -> None:
    empty = tmp_path / "none.jsonl"
    empty.write_text("")
    result = _extract(str(empty))
    assert result.returncode == 1
    assert "handler ran" in result.stderr and "0 processed" in result.stderr
