"""The command line reads every input kind: the bundled web examples, plain text on stdin, URLs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventcoder.cli import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "web"


def _events(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_an_unknown_kind_says_which_kinds_are_read(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("Protesters marched.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    assert "unknown input kind .md" in result.output and ".html" in result.output and ".csv" in result.output


@pytest.mark.slow
def test_the_web_examples_give_their_articles_events_and_none_from_the_furniture():
    result = runner.invoke(app, ["extract", str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    beirut = [e for e in events if e["doc_id"] == "beirut-roadblocks" and e["location"] == "Beirut"]
    assert any(e["arrests"] == 8 and e["event_date"] == "2019-11-13" for e in beirut)
    mosul = [e for e in events if e["doc_id"] == "world-desk-2020-02-04-mosul"]
    assert mosul and mosul[0]["fatalities"] == 3 and mosul[0]["event_date"] == "2020-02-03"
    assert any(e["location"] == "Khartoum" for e in events)
    assert not [e for e in events if e["country"] == "Egypt" or e["fatalities"] == 9]  # the ad and "most read"
    assert "3 documents, 3 processed" in result.stderr


@pytest.mark.slow
def test_plain_text_on_stdin_without_a_date_is_coded_and_warned_about(site):
    text = "Police arrested 12 protesters in Baghdad on Monday.\n\nDes manifestants ont bloqué les routes à Bassora."
    missing = site.base + "/gone"
    result = runner.invoke(app, ["extract", "-", missing, "--blocks"], input=text)
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    assert [e["doc_id"] for e in events] == ["stdin-1"] and events[0]["arrests"] == 12
    assert "document 'stdin-1': no publication date" in result.stderr
    assert "document 'stdin-2': language French" in result.stderr
    assert f"{missing}: could not fetch: HTTP 404" in result.stderr
    assert "2 without a publication date" in result.stderr and "1 not coded (not English)" in result.stderr


@pytest.mark.slow
def test_ingest_reads_every_kind_too_and_twice_changes_nothing(tmp_path):
    db = tmp_path / "events.duckdb"
    for expected in ("3 new, 0 updated, 0 unchanged", "0 new, 0 updated, 3 unchanged"):
        result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "--no-progress"])
        assert result.exit_code == 0, result.output
        assert f"3 documents ({expected})" in result.stderr
