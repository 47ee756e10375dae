"""A stand-in for a parsed document that carries only the parser's entity labels (no tokens): what the place
finders read from a spaCy ``Doc``, for tests that decide the labels themselves."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class _Entity:
    start_char: int
    end_char: int
    label_: str


class EntityLabels:
    """``EntityLabels(text, {"Hatla": "GPE"})``: each name labelled at its first place in ``text``."""

    def __init__(self, text: str, labels: dict[str, str]) -> None:
        self.ents = [_Entity(text.index(name), text.index(name) + len(name), label) for name, label in labels.items()]

    def __iter__(self):
        return iter(())
