"""Place-name normalisation: one lookup key for the many Latin spellings of a name.

Arabic names reach English text in many transliterations ("al-Nasiriyah", "Nassriya", "An
Nāşirīyah"). :func:`name_key` folds accents, apostrophes and hamza/ayn marks, drops the Arabic
article in all its assimilated forms (al-/el-/an-/as-/ad-/ash-...) and evens out the -iya/-iyah/-iyyah
endings. :func:`skeleton_key` goes further (consonant skeleton) and is only used as a fallback
within the document's own country.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "ascii_name", "name_key", "skeleton_key", "skeleton_from_key", "ARTICLES"]

#: The Arabic article as transliterated, assimilated forms included ("as-Sulaymaniyah", "ash-Shatra").
ARTICLES = frozenset({"al", "el", "an", "as", "ad", "ar", "at", "az", "ash", "ath", "adh", "ul", "il",
                      "ez", "es", "ed", "esh"})  # Levantine forms: "Deir ez-Zor", "Ras es-Salt"

_MARKS = re.compile(r"['’‘`´ʿʾʻʼ\u02bf\u02be]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# -iya/-iyah/-iyyah/-iyeh/-iye/-ieh ("Nabatieh" = "An Nabaţīyah"), then -ah/-eh = -a
_ENDINGS = ((re.compile(r"i(?:yy?(?:ah?|eh?)|eh)$"), "iya"), (re.compile(r"(?<=[^aeiou])ah$"), "a"),
            (re.compile(r"eh$"), "a"))


def fold(text: str) -> str:
    """ASCII letters only: accents and diacritics removed, hamza/ayn marks and apostrophes dropped."""
    text = _MARKS.sub("", text)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()


_SIGNS = re.compile(r"[‘’`´ʿʾʻʼ\u02bf\u02be]")
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                               "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d"})


@lru_cache(maxsize=1 << 14)  # (the resolver writes the same candidates' names in document after document)
def ascii_name(name: str) -> str:
    """A place name as ACLED writes it: plain ASCII, transliteration signs dropped, the ASCII apostrophe
    kept ("Al ‘Amārah" -> "Al Amarah", "Kānī Māsī" -> "Kani Masi", "N'Djamena" unchanged)."""
    text = unicodedata.normalize("NFKD", _SIGNS.sub("", name).translate(_UNDECOMPOSED))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).encode("ascii", "ignore").decode()
    return re.sub(r"\s{2,}", " ", text).strip() or name


def _words(text: str) -> list[str]:
    """Lowercase ASCII words; "&" reads "and" ("Jammu & Kashmir" = "Jammu and Kashmir")."""
    return [w for w in _NON_WORD.split(fold(text).lower().replace("&", " and ")) if w]


@lru_cache(maxsize=1 << 16)  # the finder asks for the same few surfaces in every document
def name_key(text: str) -> str:
    """The lookup key of a place name: lowercase ASCII, no articles, even -iya/-ah endings.

    >>> name_key("An Nāşirīyah") == name_key("al-Nasiriya") == "nasiriya"
    True
    """
    words = _words(text)
    kept: list[str] = []
    for word in words:
        if word in ARTICLES and len(words) > 1:
            continue
        word = _DOUBLE.sub(r"\1", word)  # "Thi-Qaar" = "Thi Qar", "Naft Khanna" = "Naft Khana"
        for pattern, repl in _ENDINGS:
            word = pattern.sub(repl, word)
        kept.append(word)
    return " ".join(kept)


_VOWELS = re.compile(r"[aeiou]")
_DOUBLE = re.compile(r"(.)\1+")


def skeleton_key(text: str) -> str:
    """A looser key: consonants only, doubled letters single, q=k, dh=th=z=d ("Nassriya" = "Nasiriyah",
    "Thi Qar" = "Dhi Qar"). Short skeletons are too ambiguous to use: callers check the length."""
    return skeleton_from_key(name_key(text))


@lru_cache(maxsize=1 << 16)  # (the finder's loose lookups ask for the same few keys in every document)
def skeleton_from_key(key: str) -> str:
    """:func:`skeleton_key` of a string that is already a :func:`name_key` (skips normalising again)."""
    key = key.replace(" ", "")
    if not key:
        return ""
    for old, new in (("dh", "d"), ("th", "d"), ("z", "d"), ("kh", "k"), ("q", "k"), ("gh", "g"), ("sh", "s"),
                     ("ou", "u"), ("ee", "i")):
        key = key.replace(old, new)
    body = key[0] + re.sub(r"y(?!$)", "", _VOWELS.sub("", key[1:]).replace("w", ""))
    return _DOUBLE.sub(r"\1", body)
