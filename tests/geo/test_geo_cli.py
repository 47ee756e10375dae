"""`eventcoder gazetteer` on a small index (bundled data and a fixture dump, no registry data)."""

import json
from pathlib import Path

from typer.testing import CliRunner

from eventcoder.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


def test_add_info_lookup_reset(tmp_path: Path):
    folder = str(tmp_path / "gz")
    result = runner.invoke(app, ["gazetteer", "add", str(FIXTURES / "IQ-mini.txt"), "--admin1",
                                 str(FIXTURES / "admin1-mini.txt"), "--dir", folder, "--no-registry"])
    assert result.exit_code == 0, result.output
    assert "added 7 of 8 rows" in result.output
    info = runner.invoke(app, ["gazetteer", "info", "--dir", folder, "--no-registry"])
    assert info.exit_code == 0, info.output
    data = json.loads(info.output)
    assert data["dumps"] == ["IQ-mini"] and data["places"] > 200
    lookup = runner.invoke(app, ["gazetteer", "lookup", "Um Nakhla", "--dir", folder, "--no-registry"])
    assert "Qaryat Umm Nakhla\tvillage\tIQ\tDhi Qar" in lookup.output
    loose = runner.invoke(app, ["gazetteer", "lookup", "Nassriya", "--country", "IQ", "--dir", folder, "--no-registry"])
    assert "Dhi Qar" in loose.output
    reset = runner.invoke(app, ["gazetteer", "reset", "--dir", folder])
    assert "removed 1 dump(s): IQ-mini" in reset.output


def test_bad_dump_is_reported(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_text("not a geonames file\n", encoding="utf-8")
    result = runner.invoke(app, ["gazetteer", "add", str(bad), "--dir", str(tmp_path / "gz"), "--no-registry"])
    assert result.exit_code == 1
    assert "expected 19 tab-separated columns" in result.output
