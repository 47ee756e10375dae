"""The command line: documented commands, clear errors, exit status by what could be processed."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from eventcoder.cli import app

runner = CliRunner()


def _commands(group=None, prefix=""):
    import typer.main

    command = group or typer.main.get_command(app)
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        if getattr(sub, "commands", None):
            yield from _commands(sub, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}", sub


def test_every_command_is_documented_with_an_example():
    commands = dict(_commands())
    assert "extract" in commands
    for name, command in commands.items():
        assert command.help and command.help.strip(), f"`eventcoder {name}` has no help text"
        assert "Example" in command.help, f"`eventcoder {name}` help gives no example"


def test_public_api_is_explicit():
    import eventcoder

    for name in eventcoder.__all__:
        assert hasattr(eventcoder, name), name


def test_unknown_input_path_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.output


@pytest.mark.slow
def test_nothing_processed_exits_non_zero_and_names_each_problem(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "e", "text": ""}\n{broken\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert "document 'e', field 'text': text is empty" in result.output
    assert "bad.jsonl:2: invalid JSON" in result.output


@pytest.mark.slow
def test_one_good_document_is_enough_and_strict_flags_the_rest(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = {"id": "g", "text": "On Sunday, protesters in Basra burned tyres.", "published": "2020-01-22"}
    path.write_text(json.dumps(good) + '\n{"id": "b", "text": "x", "published": "soon"}\n', encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["extract", str(path), "-o", str(out), "--errors", str(tmp_path / "err.jsonl")])
    assert result.exit_code == 0, result.output
    assert "2 documents, 1 processed" in result.output
    failed = [json.loads(line) for line in (tmp_path / "err.jsonl").read_text().splitlines()]
    assert failed == [{"doc_id": "b", "field": "published", "source": f"{path}:2", "stage": None,
                       "message": "'soon' is not a date; use YYYY-MM-DD, ISO 8601 with time and zone, or RFC 2822 "
                       "('Thu, 16 Jan 2020 09:15:00 GMT')"}]
    strict = runner.invoke(app, ["extract", str(path), "-o", str(out), "--strict"])
    assert strict.exit_code == 1
