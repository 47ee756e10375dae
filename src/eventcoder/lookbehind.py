"""Reading the words just before a phrase: most rules search a short window of text before a name or
a figure with a pattern anchored at the window's end ("in the village of ", "backed by ")."""

from __future__ import annotations

__all__ = ["clause_start"]


def clause_start(before: str) -> int:
    """Where the last clause of ``before`` starts: after its last comma, full stop, semicolon or bracket.
    A pattern anchored at the end of ``before`` that never matches one of those characters (words,
    spaces, hyphens, apostrophes) finds from there what it finds in the whole of ``before``, the same
    match, in about half the time: ``pattern.search(before, clause_start(before))``."""
    return 1 + max(before.rfind(","), before.rfind("."), before.rfind(";"), before.rfind("("), before.rfind(")"))
