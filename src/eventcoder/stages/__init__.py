"""The pipeline's stages, in order. Each reads and writes declared parts of an :class:`~eventcoder.analysis.Analysis`.

parse -> mentions -> dates -> places -> actors -> counts -> claims -> assemble
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..analysis import Analysis

__all__ = ["Stage"]


@runtime_checkable
class Stage(Protocol):
    """A named step. ``requires`` and ``assigns`` name Analysis parts ("doc", "mentions",
    "mentions.place"...); the pipeline checks when it is built that every requirement is assigned
    by an earlier stage."""

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, analysis: Analysis) -> None: ...
