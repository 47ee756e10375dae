"""Text repair at reading: every document's text is made clean Unicode once, before anything reads it.

Scraped and archived journalism arrives damaged: mojibake ("didnâ€™t"), HTML entities ("&amp;"),
lone surrogates from bad JSON escapes, NUL and other control characters, odd spaces, sentences run
together where a scraper dropped the paragraph breaks ("the evening.there was"). ftfy repairs
the encoding damage; the rest is normalised here. Each kind of repair is reported by name so the
document's warnings say what was changed.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

__all__ = ["repair_text", "TextRepair"]

# C0/C1 controls other than tab, newline and carriage return; they carry no text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
# Spaces that look like a space but are not one (no-break, thin, ideographic...) and zero-width marks.
_ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff]")

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html="auto",  # "&amp;" in plain text; left alone where the text is itself HTML
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=True,
    fix_character_width=True,
    uncurl_quotes=False,  # curly quotes are text, not damage
    fix_line_breaks=True,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization="NFC",
    explain=True,
)


# ftfy steps that undo text decoded with the wrong codec.
_ENCODING_STEPS = frozenset({"decode_inconsistent_utf8", "replace_lossy_sequences", "restore_byte_a0"})

_STEP_NAMES = {"remove_control_chars": "control characters", "fix_c1_controls": "control characters",
               "fix_line_breaks": "line breaks", "fix_latin_ligatures": "ligatures",
               "fix_character_width": "character width", "remove_terminal_escapes": "terminal escapes",
               "fix_surrogates": "surrogates"}


# Scraped pages that lost their paragraph breaks run sentences together: "late in the evening.there was".
_RUN_ON = re.compile(r"(?<=[a-z]{3})\.(?=[a-z]{2,}\b)")
# ... but not in web and mail addresses ("timesofindia.com", "www.example.org/news", "desk@paper.in").
_ADDRESS = re.compile(r"https?:|www\.|@|/|\.(?:com|org|net|gov|edu|int|mil|info|biz|in|uk|co|io|us|au|ca|de|fr|ng|pk)\b",
                      re.IGNORECASE)


def _space_run_on(match: re.Match[str]) -> str:
    text, at = match.string, match.start()
    start, end = at, at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return "." if _ADDRESS.search(text, start, end) else ". "


class TextRepair(tuple[str, tuple[str, ...]]):
    """``(text, repairs)``: the repaired text and the names of the repairs applied (empty when none)."""

    __slots__ = ()

    @property
    def text(self) -> str:
        return self[0]

    @property
    def repairs(self) -> tuple[str, ...]:
        return self[1]


def repair_text(text: str) -> TextRepair:
    """Clean ``text``: encoding damage, HTML entities, surrogates, control characters, odd spaces."""
    repairs: list[str] = []
    if _SURROGATES.search(text):
        # A surrogate pair written as two escapes is one character; a lone one cannot be encoded at all.
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        if _SURROGATES.search(text):
            text = _SURROGATES.sub("\ufffd", text)
        repairs.append("surrogates")
    # Plain ASCII without entities or escapes has nothing for ftfy to mend (most notes and wires): skip it.
    needs_ftfy = not text.isascii() or "&" in text or "\x1b" in text
    fixed, explanation = ftfy.fix_and_explain(text, _FTFY_CONFIG) if needs_ftfy else (text, None)
    if fixed != text:
        for action, step in explanation or []:
            if action in {"encode", "decode", "transcode"} or step in _ENCODING_STEPS:
                repairs.append("mojibake")
            elif step == "unescape_html":
                repairs.append("html entities")
            else:
                repairs.append(_STEP_NAMES.get(step, step.replace("_", " ")))
        text = fixed
    cleaned = _CONTROLS.sub("", text)
    if cleaned != text:
        repairs.append("control characters")
        text = cleaned
    spaced = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", text))
    if spaced != text:
        repairs.append("odd spaces")
        text = spaced
    if "." in text:
        spaced = _RUN_ON.sub(_space_run_on, text)
        if spaced != text:
            repairs.append("run-on sentences")
            text = spaced
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return TextRepair((text, tuple(dict.fromkeys(repairs))))
