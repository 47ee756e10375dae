"""Per-document budgets: what one document may cost before it is trimmed or becomes its own error.

Two kinds of limit keep one document from stalling a batch or exhausting memory:

* a **screen** before parsing, linear in the text, that makes pathological input cheap: runs of
  punctuation are shortened (spaCy's tokenizer is quadratic in them), whitespace-free runs are cut
  (they are never words, and each unique one stays in spaCy's string store), endlessly repetitive
  text and text over the size budget fail at once with an error that says what to change;
* a **time limit** on the stages after parsing. In the main thread it is an interval timer
  (``SIGALRM``) that interrupts a stage; elsewhere (a Dask worker thread) the limit is checked
  between stages. Parsing itself cannot be interrupted (it runs in spaCy's compiled code); the size
  budget (characters and tokens) bounds it instead.
"""

from __future__ import annotations

import re
import signal
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from types import FrameType

from .documents import Document
from .errors import DocumentError, EventcoderError

__all__ = ["Budget", "TimeBudgetExceeded", "screen", "time_limit"]

#: What spaCy's tokenizer makes a token of, about: a word, or one punctuation mark or symbol.
_TOKENS = re.compile(r"\w+|[^\w\s]")
#: Texts shorter than this are never judged repetitive (compression says little about short texts).
_REPETITION_MIN_CHARS = 20_000


@dataclass(frozen=True)
class Budget:
    """What one document may cost. The defaults fit any real news article with a wide margin."""

    max_chars: int = 200_000  # characters parsed per document (after trimming); longer fails
    max_tokens: int = 60_000  # words and punctuation marks (counted before parsing); more fails
    max_seconds: float = 30.0  # time for the stages after parsing
    max_token_chars: int = 200  # a run of non-space characters longer than this is cut to this
    max_punct_run: int = 32  # a run of punctuation or symbols longer than this is cut to this
    min_compression: float = 0.04  # compressed/raw size under this (texts over 20k chars): endless repetition

    def __post_init__(self) -> None:
        for name in ("max_chars", "max_tokens", "max_token_chars", "max_punct_run"):
            if getattr(self, name) < 1:
                raise EventcoderError(f"budget {name} must be at least 1, got {getattr(self, name)}")
        if self.max_seconds <= 0:
            raise EventcoderError(f"budget max_seconds must be positive, got {self.max_seconds}")


class TimeBudgetExceeded(BaseException):
    """A document's stages ran past :attr:`Budget.max_seconds`. Like ``KeyboardInterrupt`` it is no
    ``Exception``, so a stage's ``except Exception`` cannot swallow it and run on."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"over the per-document time budget of {seconds:g} s; split the document or raise "
                         "--max-seconds")


@lru_cache(maxsize=8)
def _runs(max_punct_run: int, max_token_chars: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns for a run of punctuation and a run without spaces, each one longer than its limit."""
    return re.compile(rf"[^\w\s]{{{max_punct_run + 1},}}"), re.compile(rf"\S{{{max_token_chars + 1},}}")


def screen(document: Document, budget: Budget) -> Document:
    """``document`` with pathological runs cut (named in its warnings), or a :class:`DocumentError`
    raised when it is over the size budget or endlessly repetitive. Linear in the text."""
    punct, token = _runs(budget.max_punct_run, budget.max_token_chars)
    text, punct_runs = punct.subn(lambda m: m.group()[:budget.max_punct_run], document.text)
    text, long_tokens = token.subn(lambda m: m.group()[:budget.max_token_chars], text)
    if len(text) > budget.max_chars:
        raise DocumentError(f"text is {len(text):,} characters, over the per-document budget of {budget.max_chars:,}; "
                            "split the document or raise --max-chars", doc_id=document.id, field="text", stage="budget")
    tokens = sum(1 for _ in _TOKENS.finditer(text))
    if tokens > budget.max_tokens:
        raise DocumentError(f"text has about {tokens:,} words and marks, over the per-document budget of "
                            f"{budget.max_tokens:,}; split the document", doc_id=document.id, field="text",
                            stage="budget")
    if len(text) >= _REPETITION_MIN_CHARS:
        raw = text.encode("utf-8", "replace")
        ratio = len(zlib.compress(raw, 1)) / len(raw)
        if ratio < budget.min_compression:
            raise DocumentError(f"text is endlessly repetitive (it compresses {1 / ratio:.0f} to 1); not parsed",
                                doc_id=document.id, field="text", stage="budget")
    if not punct_runs and not long_tokens:
        return document
    warnings = list(document.warnings)
    if punct_runs:
        warnings.append(f"{punct_runs} run(s) of punctuation cut to {budget.max_punct_run} characters")
    if long_tokens:
        warnings.append(f"{long_tokens} run(s) of characters without a space cut to {budget.max_token_chars}")
    return replace(document, text=text, warnings=tuple(warnings))


@contextmanager
def time_limit(seconds: float) -> Iterator[Callable[[], None]]:
    """Raise :class:`TimeBudgetExceeded` in the block once ``seconds`` have passed.

    Yields ``check()``, to call between steps: it raises once the time is up. In the main thread
    of a POSIX process an interval timer also interrupts a long step; any timer already set (by a
    test runner, say) is left in charge and restored after."""
    started = time.monotonic()

    def check() -> None:
        if time.monotonic() - started > seconds:
            raise TimeBudgetExceeded(seconds)

    if not _can_alarm():
        yield check
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise TimeBudgetExceeded(seconds)

    previous = signal.getitimer(signal.ITIMER_REAL)[0]
    if previous and previous <= seconds:  # someone else's timer fires first: do not take it over
        yield check
        return
    handler = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield check
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, handler)
        if previous:
            signal.setitimer(signal.ITIMER_REAL, max(previous - (time.monotonic() - started), 0.001))


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
