"""The language step, between reading and parsing: each document's language is detected (lingua,
offline, its models inside the package); English documents go on to be coded, any other language is
held back with a warning and no events, because the stages read English only.

This is the slot for translation: a :class:`LanguageGate` built with a ``translator`` (any callable
from a Document to an English Document) passes a non-English document through it and codes the
translation instead of holding it back. No translator ships with eventcoder.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from .documents import Document

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = ["LanguageGate", "Refused", "Translator", "detect_language", "english_share", "CODED_LANGUAGES", "language_name", "NOT_CODED"]

#: Languages the stages read (ISO 639-1).
CODED_LANGUAGES = frozenset({"en"})
#: Turns a document into an English document (the translation slot; see the module doc).
Translator = Callable[[Document], Document]

#: In the warning of every document held back for its language.
NOT_CODED = "not coded, no events"
_SAMPLE_CHARS = 3000  # detection reads the title and the start of the text; a language shows itself early
_MIN_LETTERS = 20  # shorter texts are too short to call
_MIN_CONFIDENCE = 0.5  # below this no language is called
# English function words (and a few near-function words of news), none of them common words of the
# languages English text is mistaken for. Short English texts crowded with foreign names ("in Pesqueria,
# Nuevo Leon, a person was found...") can fool the detector; their function words do not lie.
_ENGLISH_WORDS = frozenset("""the of and to was were is are by on at with from that this for had has have been said
after an it as who which their its into near during against between two when they he she his her""".split())
_ENGLISH_SHARE = 0.05  # English prose has 20-40% of these words; other languages about none
_WORD = re.compile(r"[^\W\d_]+")
_SHORT_WORDS = 40  # a text of fewer words is short: its names can outweigh its English ("MANILA - ... in Sulu, Basilan")
_MIN_REST_LETTERS = 10  # the words left when names are set aside must have this many letters to call a language
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Where a capitalised word is a sentence's or a headline's first word, not a name ("Police arrest ...").
_WORD_OPENS = re.compile(r"(?:\A|[.!?;:\n]\s*|\s[-–—]\s+)\Z")
_DETECTOR: LanguageDetector | None = None
_LOCK = threading.Lock()


def _detector() -> "LanguageDetector":
    global _DETECTOR
    with _LOCK:
        if _DETECTOR is None:
            from lingua import LanguageDetectorBuilder

            # low-accuracy mode: trigram models only, ~1 ms a document and little memory; reliable on
            # article-length text, which is what the gate sees (short texts are not called)
            _DETECTOR = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
        return _DETECTOR


def english_share(text: str) -> float:
    """The share of ``text``'s words that are English function words."""
    words = _WORD.findall(text.lower())
    return sum(map(_ENGLISH_WORDS.__contains__, words)) / len(words) if words else 0.0


def _without_names(text: str) -> str:
    """``text``'s words but its names: the words not capitalised (scripts without case have no names to set
    aside), and a capitalised word only where it opens a sentence or a headline and is not all capitals (a
    dateline's "MANILA" is a name)."""
    return " ".join(m.group() for m in _NAME_WORD.finditer(text) if not m.group()[0].isupper() or (
        not m.group().isupper() and _WORD_OPENS.search(text, 0, m.start())))


def _call(text: str) -> tuple[str, float] | None:
    values = _detector().compute_language_confidence_values(text)
    if not values or values[0].value < _MIN_CONFIDENCE:
        return None
    return values[0].language.iso_code_639_1.name.lower(), float(values[0].value)


def _call_short(sample: str, called: tuple[str, float] | None) -> tuple[str, float] | None:
    """A short text read again without its names, which fool the detector ("MANILA, Philippines - Abu Sayyaf
    gunmen abducted 3 in Sulu, Basilan." reads as Tagalog): English function words among the other words, or the
    detector's reading of them, make it English; the whole text's call stands only where the detector also calls
    the other words a language but English (Spanish read as Portuguese is still not English), else none is made."""
    rest = _without_names(sample)
    share = english_share(rest)
    if share >= _ENGLISH_SHARE:
        return "en", share
    if sum(map(str.isalpha, rest)) < _MIN_REST_LETTERS:
        return None
    again = _call(rest)
    if again is not None and again[0] == "en":
        return again
    return called if again is not None else None


def detect_language(text: str) -> tuple[str, float] | None:
    """The ISO 639-1 code of ``text``'s language and its confidence, or None when it cannot be called.

    A text whose words are at least 5% English function words is English whatever the detector says
    (the second value is then that share, not the detector's confidence). A short text (under 40 words)
    is read again without its names: their English function words or the detector's reading of the
    words left make it English, and where the words left cannot be called, neither is the text.
    """
    sample = text[:_SAMPLE_CHARS]
    if len(list(islice(filter(str.isalpha, sample), _MIN_LETTERS))) < _MIN_LETTERS:  # (stops at enough letters)
        return None
    share = english_share(sample)
    if share >= _ENGLISH_SHARE:  # checked first: it settles nearly every English text without the detector
        return "en", share
    called = _call(sample)
    if called is not None and called[0] != "en" and len(_WORD.findall(sample)) < _SHORT_WORDS:
        return _call_short(sample, called)
    return called


def language_name(code: str) -> str:
    """English name of an ISO 639-1 code ("fr" -> "French"), or the code when lingua does not know it."""
    from lingua import IsoCode639_1, Language

    try:
        return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())).name.title()
    except (AttributeError, ValueError):
        return code


@dataclass(frozen=True, slots=True)
class Refused:
    """A document the gate holds back; its warning says why (also added to the document's warnings)."""

    document: Document
    warning: str


class LanguageGate:
    """Detects each document's language; passes English on, holds back (or translates) the rest."""

    def __init__(self, *, translator: Translator | None = None, coded: frozenset[str] = CODED_LANGUAGES) -> None:
        self.translator = translator
        self.coded = coded

    def __call__(self, document: Document) -> Document | Refused:
        detected = detect_language(f"{document.title or ''}\n{document.text}")
        code = detected[0] if detected else document.language
        if code is None or code in self.coded:
            return document  # unchanged: a coded document is the document that was read
        name = language_name(code)
        if self.translator is not None:
            translated = self.translator(document)
            note = f"language {name} ({code}): coded from a translation"
            return dataclasses.replace(translated, warnings=(*translated.warnings, note))
        how = f"detected with confidence {detected[1]:.2f}" if detected else "as declared"
        warning = (f"language {name} ({code}, {how}): {NOT_CODED}; eventcoder codes English only and "
                   "no translation stage is configured (docs/INPUTS.md, 'Languages')")
        return Refused(dataclasses.replace(document, language=code, warnings=(*document.warnings, warning)), warning)


