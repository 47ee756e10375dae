"""Loading the bundled lexicon and extending it with a user's file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.actors.lexicon import load_lexicon
from eventcoder.actors.matching import ActorMatcher
from eventcoder.errors import InputError


def test_bundled_lexicon_covers_generic_lists_and_named_groups() -> None:
    lexicon = load_lexicon()
    names = {g.name for g in lexicon.groups}
    assert {"Islamic State", "PKK: Kurdistan Workers Party", "Al Shabaab", "Kataib Hezbollah"} <= names
    assert all(1 <= g.inter <= 8 for g in lexicon.groups)
    assert "police" in lexicon.generic["police"]
    assert lexicon.as_of is not None


def test_user_toml_file_adds_a_group_and_replaces_a_country(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text(
        '[[group]]\nname = "Sons of the Valley"\ninter = 3\naliases = ["Valley Sons"]\n'
        '[countries.Peru]\nname = "Peru"\ndemonyms = ["Peruvian"]\nperiods = [2021-07-28]\n'
        '[generic]\npolice = ["carabineros"]\n', encoding="utf-8")
    lexicon = load_lexicon(extra)
    assert any(g.name == "Sons of the Valley" for g in lexicon.groups)
    assert lexicon.countries["Peru"].periods[0].year == 2021
    assert "carabineros" in lexicon.generic["police"] and "police" in lexicon.generic["police"]
    matches = ActorMatcher(lexicon).find("Valley Sons fighters clashed with Peruvian police.")
    assert [m.kind for m in matches] == ["group", "state"]
    assert matches[1].country is not None and matches[1].country.name == "Peru"


def test_user_json_file_is_accepted(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"identity": [{"name": "Miners", "words": ["miners"]}]}), encoding="utf-8")
    assert any(i.name == "Miners" for i in load_lexicon(extra).identities)


@pytest.mark.parametrize("content, message", [
    ('[[group]]\nname = "X"\ninter = 12\n', "inter must be"),
    ('[[group]]\ninter = 2\n', "needs a name"),
    ('[generic]\nsoldiers = ["x"]\n', "unknown [generic] list"),
    ('[[group]]\nname = "X"\ninter = 3\npart_of = "Iraq"\n', "part_of"),
    ('not toml = = =', "not valid TOML"),
])
def test_bad_user_files_raise_errors_that_name_the_file(tmp_path: Path, content: str, message: str) -> None:
    extra = tmp_path / "bad.toml"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="bad.toml") as info:
        load_lexicon(extra)
    assert message in str(info.value)


def test_missing_user_file_says_which_option(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="actor_lexicon"):
        load_lexicon(tmp_path / "nope.toml")
