"""Militias named by their people or their place, in ACLED's pattern "<Name> <Kind> Militia (<Country>)".

ACLED names a communal militia after who it is: an ethnic group ("Tiv militias": "Tiv Ethnic Militia (Nigeria)"),
a community or place ("militias from Odejo": "Odejo Communal Militia (Nigeria)"), a clan, sub-clan or tribe ("Al
Tilan tribesmen": "Al Tilan Tribal Militia (Yemen)"; "militiamen from the Ayr sub-clan of Habar Gedir":
"Habar Gedir-Ayr Sub-Clan Militia (Somalia)"). A generic militia phrase told with such a name becomes that named
militia; two names joined by "and" are the two sides of a clash ("militias from Umumubu and Omor clashed")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..analysis import ActorRef

__all__ = ["named_militias"]

_WORD = r"(?:Al[ -])?[A-Z][\w'’-]+"
_NAME = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
#: The name(s) right before a militia word: "Tiv and Ichen Ethnic Militias", "Al Muaili tribesmen".
_NAMED_BEFORE = re.compile(rf"(?:\bthe\s+)?(?P<one>{_NAME})(?:\s+and\s+(?:the\s+)?(?P<two>{_NAME}))?"
                           r"\s+(?:(?:armed|local|ethnic|communal|clan|tribal)\s+)?$")
#: The name(s) after it: "militias from Umumubu and Omor", "militiamen from the Ayr sub-clan of Habar Gedir".
_NAMED_AFTER = re.compile(rf"\s+(?:from|of)\s+(?:the\s+)?(?P<one>{_NAME})(?:\s+and\s+(?:the\s+)?(?P<two>{_NAME}))?"
                          r"(?:\s+(?P<noun>sub[\s-]?clans?|clans?|tribes?|communit(?:y|ies)|villages?)"
                          rf"(?:\s+of\s+(?:the\s+)?(?P<parent>{_NAME})(?:\s+clan)?)?)?\b")
#: The generic phrases a name may qualify.
_MILITIA_WORD = re.compile(r"(?i)(?:militia|militias|militiamen|tribesmen|clansmen)$")
#: Capitalised words that open a sentence or qualify a militia without naming its people.
_NOT_NAMES = frozenset({
    "The", "A", "An", "Two", "Three", "Several", "Some", "Many", "Both", "Rival", "Warring", "Local", "Armed", "Suspected",
    "Alleged", "Unidentified", "Unknown", "In", "On", "At", "By", "After", "Around", "Islamist", "Jihadist", "Christian",
    "Muslim", "Shiite", "Shia", "Sunni", "Catholic", "Hindu", "Buddhist", "Government", "Opposition", "Rebel", "Tribal",
    "Ethnic", "Communal", "Clan", "Village", "Community", "Self-Defence", "Self-Defense", "Pro-Government", "Allied",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
#: An acronym names an organisation ("RPRC militia"), not a people or a place.
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
#: The generic names a named militia replaces.
_GENERIC = ("Unidentified Armed Group", "Unidentified Communal Militia", "Unidentified Ethnic Militia",
            "Unidentified Clan Militia", "Unidentified Tribal Militia")


def _kind(words: str, *, after: bool) -> str:
    words = words.lower()
    if re.search(r"sub[\s-]?clan", words):
        return "Sub-Clan Militia"
    if "clan" in words or "famil" in words:
        return "Clan Militia"
    if "trib" in words:
        return "Tribal Militia"
    if "ethnic" in words:
        return "Ethnic Militia"
    if after or re.search(r"communal|communit|village|local", words):
        return "Communal Militia"
    return "Ethnic Militia"  # ("Tiv militias": a people's name)


def _names(text: str, ref: ActorRef, known: Callable[[str, int, int], bool]) -> tuple[list[str], str]:
    """The names told with ``ref``'s phrase and the militia kind they make ([] where none); ``known`` says a name
    is something else (a country's people, a named group: "militias of Hezbollah")."""
    assert ref.span is not None
    phrase = text[ref.span.start:ref.span.end]
    if not _MILITIA_WORD.search(phrase):
        return [], ""
    found = _NAMED_AFTER.match(text, ref.span.end)
    if found is not None:
        kind = _kind(phrase + " " + (found.group("noun") or ""), after=True)
    else:
        found = _NAMED_BEFORE.search(text, max(0, ref.span.start - 80), ref.span.start)
        if found is None:
            return [], ""
        kind = _kind(found.group(0) + phrase, after=False)
    names = [(found.group(g), found.start(g), found.end(g)) for g in ("one", "two") if found.group(g)]
    if any(name.split()[0] in _NOT_NAMES or _ACRONYM.search(name) or known(name, start, end) for name, start, end in names):
        return [], ""
    parent = found.groupdict().get("parent")
    if kind == "Sub-Clan Militia" and parent:
        return [f"{parent}-{name}" for name, _, _ in names], kind
    return [name for name, _, _ in names], kind


def named_militias(text: str, actor1: ActorRef | None, actor2: ActorRef | None, country: str | None,
                   known: Callable[[str, int, int], bool], *, clash: bool) -> tuple[ActorRef | None, ActorRef | None]:
    """``actor1`` and ``actor2`` with a generic militia phrase read as the militia its name makes; in a ``clash``,
    a second name joined by "and" is the other side where actor2 is generic or a default (no phrase)."""
    def named(name: str, kind: str, ref: ActorRef) -> ActorRef:
        return replace(ref, name=f"{name} {kind} ({country})" if country else f"{name} {kind}", inter=4)

    out = [actor1, actor2]
    for index, ref in enumerate((actor1, actor2)):
        if ref is None or ref.span is None or not ref.name.startswith(_GENERIC):
            continue
        names, kind = _names(text, ref, known)
        if not names:
            continue
        out[index] = named(names[0], kind, ref)
        other = out[1]
        if index == 0 and clash and len(names) > 1 and (other is None or other.span is None or other.name.startswith(_GENERIC)
                                                        or other.span == ref.span):
            out[1] = named(names[1], kind, ref)
            break
    return out[0], out[1]
