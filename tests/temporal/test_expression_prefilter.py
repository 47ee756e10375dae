"""The date finder skips patterns whose words are absent from a text; that must never change what it finds."""

from __future__ import annotations

import pytest

from eventcoder.temporal import expressions
from eventcoder.temporal.expressions import find_date_expressions

TEXTS = [
    "On 30 June 2020, protesters gathered in the square. On June 28 they had marched; on 2020-06-27 too.",
    "Police dispersed a sit-in last Friday night and again on Sunday's march, the day before yesterday.",
    "TWO DAYS AGO gunmen attacked a checkpoint; THAT SAME NIGHT a bomb went off. Three days later, calm.",
    "Earlier this month and over the past few weeks, clashes recurred; the following morning was quiet.",
    "In mid-March and late Sept. 2019 the strikes began; since early October 2019 protests continued.",
    "Tod\u0130y (dotted capital) and yesterday\u0131 (dotless i), la\u017ft night, recently, overnight.",
    "A report on 12/03/2020 said nothing happened this week or last month; tonight a rally is planned.",
    "No date at all in this sentence about a demonstration.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_skipping_patterns_finds_exactly_what_running_them_all_finds(text: str, monkeypatch) -> None:
    found = find_date_expressions(text, offset=3)
    monkeypatch.setattr(expressions, "_NEEDS", [((), False)] * len(expressions._PATTERNS))
    assert found == find_date_expressions(text, offset=3)


def test_every_pattern_has_its_words() -> None:
    assert len(expressions._NEEDS) == len(expressions._PATTERNS)


def test_a_case_blind_phrase_with_a_long_s_is_still_found() -> None:
    assert any(e.kind == "relative" for e in find_date_expressions("It happened la\u017ft night."))
