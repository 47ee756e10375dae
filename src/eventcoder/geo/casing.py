"""Place names in lower-cased text: scraped news that lost its capitals ("ahmedabad: police opened fire").

The finder reads capitalised names. :func:`recase` gives a lower-cased document its capitals back where
the text says a place stands: after a locative or origin word ("in godhra", "from vadodara"), in a
dateline at the start of a line ("rajkot:"), in brackets after another place ("(gujarat)"), or in a list
that one of those opens ("in surat, bharuch and anand"), and after the comma that follows a locative's name ("in
bapunagar, ahmedabad"). Only names the gazetteer knows in the document's country as a province, a district or a town
of some size are recased, and nationality words ("the lebanese city of tripoli"); the text keeps its length, so every
character offset stays valid.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .finder import COMMON_WORDS
from .index import GazetteerIndex
from .model import Place
from .normalize import name_key
from .sources import demonym_countries

__all__ = ["is_lowercased", "recase"]

_MIN_POPULATION = 20_000  # a town this large, in the document's country, may be named in lower case
_WORD = re.compile(r"[a-z][a-z'’-]*")
_CUE_BEFORE = re.compile(r"(?:\b(?:in|at|near|from|to|outside|around|across|towards?|between|of|into|inside|"
                         r"reached|entered|visited)\s+(?:the\s+)?|^|\n|\(\s*)$")
# "in bapunagar, ahmedabad", "near the naroda area, ahmedabad": after a locative's name and a comma, its holder
_HOLDER_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|inside|into)\s+(?:the\s+)?[a-z][a-z'’-]*"
                            r"(?:\s+(?:area|village|colony|locality|chowk|road|district|town|city))?\s*,\s*$")
_LIST_BEFORE = re.compile(r"(?:,\s*|\s+and\s+|\s+or\s+)$")
_DATELINE_AFTER = re.compile(r"\s*:")
# common English words that are also towns of some size somewhere ("mau", "bandh"), beyond the finder's list
_ENGLISH = frozenset("""
a an the and or but if of to in on at by for with from as is was were be been are this that these those it its he she
they we you i his her their our your who whom which what when where why how all any some no not only also just then
than there here over under after before since during while about against between into through up down out off again
further once more most other such own same so very can will would should could may might must shall do does did done
said says say told new old first last next many much few both each every one two three four five six seven eight nine
ten day days week month year man men woman women people police city town village district state area road station
camp court house office minister chief party government leader bandh curfew riot riots mob
""".split())


def is_lowercased(text: str) -> bool:
    """Whether the text lost its capitals: almost no word of a long enough text starts with one."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < 20:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) < 0.02


def recase(text: str, gazetteer: GazetteerIndex, country: str | None) -> str:
    """``text`` with the place names it states capitalised, as the finder reads them (same length)."""
    chars = list(text)
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    previous_end = -1
    i = 0
    while i < len(words):
        start = words[i][0]
        cue = _CUE_BEFORE.search(text, max(0, start - 30), start)
        listed = previous_end >= 0 and _LIST_BEFORE.fullmatch(text, previous_end, start)
        held = _HOLDER_BEFORE.search(text, max(0, start - 50), start)
        if not (cue or listed or held):
            i += 1
            continue
        n = _known_run(text, words, i, gazetteer, country)
        if n == 0:
            i += 1
            continue
        for s, e, w in words[i:i + n]:
            if len(w[0].upper()) == 1:
                chars[s] = w[0].upper()
        previous_end = words[i + n - 1][1]
        i += n
    for m in _demonyms().finditer(text):  # "the lebanese city of tripoli": whose city, as the finder reads it
        for w in re.finditer(r"[a-z]+", m.group()):
            chars[m.start() + w.start()] = w.group()[0].upper()
    return "".join(chars)


@lru_cache(maxsize=1)
def _demonyms() -> re.Pattern[str]:
    """Nationality words, always capitalised in English ("lebanese", "south african"; not "polish", a verb too)."""
    words = sorted((w for w in demonym_countries() if w not in _ENGLISH and w != "polish"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _known_run(text: str, words: list[tuple[int, int, str]], i: int, gazetteer: GazetteerIndex,
               country: str | None) -> int:
    """How many words from ``i`` (three at most) name a well-known place of the country, else 0."""
    for n in range(min(3, len(words) - i), 0, -1):
        chunk = words[i:i + n]
        if any(not re.fullmatch(r"[ -]", text[a[1]:b[0]]) for a, b in zip(chunk, chunk[1:])):
            continue
        surface = text[chunk[0][0]:chunk[-1][1]]
        if n == 1 and (surface in _ENGLISH or surface in COMMON_WORDS or len(surface) <= 3):
            continue
        key = name_key(surface)
        if key and any(_well_known(p, country) for p in gazetteer.lookup_key(key)):
            return n
    return 0


def _well_known(p: Place, country: str | None) -> bool:
    if country is not None and p.country != country:
        return False
    return p.kind in ("admin1", "admin2") or p.population >= _MIN_POPULATION or (
        country is not None and p.source == "bundled")
