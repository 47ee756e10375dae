"""Find the phrases that name actors in a text: named groups, units and forces of states,
unidentified attackers, crowds, civilians and who they are.

Matching is on the raw text with compiled patterns, so it works on any span of a document; each
match keeps its character offsets as evidence. Overlapping matches keep the longest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import ActorLexicon, CountryEntry, GroupEntry, IdentityEntry, UnitEntry
from .states import CountryIndex

__all__ = ["ActorMatch", "ActorMatcher", "KINDS"]

#: Match kinds, in the order that breaks ties between overlapping matches of equal length.
KINDS: tuple[str, ...] = ("group", "unit", "organisation", "state", "unidentified_military", "unidentified",
                          "tribal", "identity", "rioters", "protesters", "civilians")

_FORCE_LISTS = {"military": "Military Forces", "military_qualified": "Military Forces", "police": "Police Forces",
                "government": "Government", "security": "security"}
#: Words allowed between a country word and a force word ("Turkish military warplanes").
_GAP_WORDS = ("military|army|armed|air|security|special|border|federal|riot|government|state|national|naval|ground|"
              "mechani[sz]ed|armou?red|infantry|tank|motori[sz]ed|airborne|massed|large-scale|"
              "regime|fighter|defen[cs]e|people['’]s|backed|linked|aligned|allied|supported|sponsored|affiliated|loyal|"
              "funded")
_BACKING = re.compile(r"backed|linked|aligned|allied|supported|sponsored|affiliated|loyal|funded|proxy|proxies", re.I)


#: A group named as another's patron: "the al-Qaeda-linked JNIM", "IS-affiliated ISWAP".
_PATRON_AFTER = re.compile(r"[-\u2010\u2011]\s?(?:linked|affiliated|aligned|allied|inspired|backed|loyal)\b|"
                           r"\s+(?:affiliate|branch|offshoot|franchise|wing)\b", re.I)  # ("the al-Qaeda affiliate JNIM")


def _without_patrons(matches: list[ActorMatch], text: str, offset: int) -> list[ActorMatch]:
    """Drop a group named only as the patron of another group named right after it ("Suspected jihadists from
    the al-Qaeda-linked Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked"): the second group acted."""
    kept = []
    for index, match in enumerate(matches):
        after = match.end - offset
        if match.kind == "group" and _PATRON_AFTER.match(text, after) and any(
                other.kind == "group" and 0 < other.start - match.end <= 80
                and not re.search(r"[.;]", text[after:other.start - offset]) for other in matches[index + 1:]):
            continue
        kept.append(match)
    return kept


#: Whom a source speaks to: "residents told our correspondent", "said to reporters", "speaking to journalists".
_AUDIENCE_BEFORE = re.compile(r"\b(?:told|tell|tells|telling|said\s+to|speaking\s+to|spoke\s+to|talking\s+to)\s+"
                              r"(?:our|the|a|an|visiting|local|foreign)?\s*$", re.I)


def _without_audience(matches: list[ActorMatch], text: str, offset: int) -> list[ActorMatch]:
    """Drop people named only as a source's audience: the reporter a witness told is no party to the event."""
    return [m for m in matches if not (m.kind in ("identity", "civilians")
                                       and _AUDIENCE_BEFORE.search(text, max(0, m.start - offset - 40), m.start - offset))]


@dataclass(frozen=True, slots=True)
class ActorMatch:
    """One phrase that names an actor, with what it names."""

    kind: str
    start: int
    end: int
    text: str
    group: GroupEntry | None = None
    unit: UnitEntry | None = None
    identity: IdentityEntry | None = None
    force: str | None = None  # "Military Forces", "Police Forces", "Government", or "security" (decided by context)
    country: CountryEntry | None = None  # the state named by a qualifier ("Turkish") or a unit's state
    qualified: bool = False  # a country word came with the force word
    enemy: bool = False  # "the enemy", "an enemy tank": the state the speaker fights (resolver), else no actor
    weak: str | None = None  # why the phrase alone is weak evidence of the actor ("Shahed drones": a weapon only)
    weapon: bool = False  # a weapon that names its user ("Shahed drones"): never the side that stopped it


def _phrase(alias: str) -> str:
    """A forgiving pattern for a phrase: flexible spaces, hyphens and apostrophes."""
    out = []
    for char in alias:
        if char.isspace() or char == "-":
            out.append(r"[\s\-]+" if char.isspace() else r"[\s\-]?")
        elif char in "'’`":
            out.append(r"['’`]?")
        else:
            out.append(re.escape(char))
    return "".join(out)


def _alternation(phrases: list[str], *, flexible: bool = True, ignore_case: bool) -> str:
    """The phrases as one alternation, longest first, grouped by first character: the regex engine
    tries every branch at every position, and a few dozen first characters are much fewer than
    hundreds of phrases. The matches are the same: phrases whose first characters differ (in the
    pattern's case sense) never match at the same place, and within a group the order is kept."""
    body = _phrase if flexible else re.escape
    groups = _by_first_character(phrases, ignore_case=ignore_case)
    if groups is None:  # (a phrase that starts with a gap or an apostrophe: not grouped)
        return "|".join(body(p) for p in sorted(set(phrases), key=len, reverse=True))
    return "|".join(f"{re.escape(group[0][0])}(?:{'|'.join(body(p[1:]) for p in group)})" for group in groups.values())


def _by_first_character(phrases: list[str], *, ignore_case: bool) -> dict[str, list[str]] | None:
    """The phrases, longest first, grouped by first character (lower-cased when ``ignore_case``), the
    groups in the order of their longest phrase; None unless every phrase starts with an ASCII letter or digit."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    if not all(p[:1].isascii() and p[:1].isalnum() for p in ordered):
        return None
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        groups.setdefault(phrase[0].lower() if ignore_case else phrase[0], []).append(phrase)
    return groups


#: A phrase starts at a word start, or after "pro-" ("pro-Houthi forces"), never after "anti-"/"non-".
_START = r"(?:(?<![\w\-])|(?<=[Pp]ro-))"


def _bounded(body: str) -> str:
    return rf"{_START}(?:{body})(?![\w])"


#: The only characters outside ASCII that a case-blind pattern matches to an ASCII letter (İ, ı, ſ, Kelvin K).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _case_blind(char: str) -> set[str]:
    """The characters a case-blind pattern matches to the ASCII letter or digit ``char``."""
    return {char.lower(), char.upper(), *(chr(code) for code, folded in _FOLD.items() if folded == char.lower())}


def _bounded_phrases(phrases: list[str]) -> str:
    """The phrases, case-blind and flexible, as ``_bounded(_alternation(...))`` matches them. Where they are
    grouped by first character, the pattern opens with the set of characters a match can start with, written
    case-sensitively: the regex engine then skips from one such character to the next instead of trying the
    phrases at every position (three times faster). The word-start test moves one character on, and each group
    checks its first character behind it; the matches are the same."""
    groups = _by_first_character(phrases, ignore_case=True)
    if groups is None:
        return _bounded(_alternation(phrases, ignore_case=True))
    starts = "".join(sorted({c for first in groups for c in _case_blind(first)}))
    branches = "|".join(f"(?<={re.escape(group[0][0])})(?:{'|'.join(_phrase(p[1:]) for p in group)})"
                        for group in groups.values())
    # (the "." in the look-behinds is the character just read: a letter or a digit, never a line break)
    return rf"(?-i:[{starts}])(?:(?<![\w\-].)|(?<=[Pp]ro-.))(?:{branches})(?![\w])"


_ASCII_RUN = re.compile(r"[A-Za-z0-9]+")


class _LazyPattern:
    """A pattern compiled the first time it runs: most entries never pass the word check for a
    given run, and compiling all of them took most of building the matcher."""

    __slots__ = ("_source", "_flags", "_compiled", "_needs")

    def __init__(self, source: str, flags: int = 0, *, needs: tuple[str, ...] = ()) -> None:
        self._source, self._flags, self._compiled = source, flags, None
        self._needs = needs  # strings one of which every match holds, as written: a text with none has no match

    def finditer(self, text: str) -> "Iterator[re.Match[str]]":
        if self._needs and not any(n in text for n in self._needs):
            return iter(())
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled.finditer(text)


def _anchors(phrases: tuple[str, ...] | list[str]) -> tuple[str, ...] | None:
    """For each phrase its longest run of ASCII letters and digits, lowercased: a text in which none
    occurs (folded by ``_FOLD``, lowercased) cannot match, so the pattern need not run. None when
    a phrase has no such run (then the pattern always runs)."""
    anchors = set()
    for phrase in phrases:
        runs = _ASCII_RUN.findall(phrase)
        if not runs:
            return None
        anchors.add(max(runs, key=len).lower())
    return tuple(sorted(anchors, key=len, reverse=True))


def _present(anchors: tuple[str, ...] | None, present: set[str]) -> tuple[str, ...] | None:
    """Those of ``anchors`` in ``present`` (None, "always run", stays None)."""
    return None if anchors is None else tuple(a for a in anchors if a in present)


def _absent(anchors: tuple[str, ...] | None, folded: str) -> bool:
    return anchors is not None and not any(a in folded for a in anchors)


_ANCHOR_GRAM = 3
_RUNS_KEPT = 1 << 15
_ALNUM_RUN = re.compile(rf"[a-z0-9]{{{_ANCHOR_GRAM},}}")


class _AnchorIndex:
    """Which of many anchors occur in a folded text, without searching the text for each one: an
    anchor (letters and digits) lies inside one run of letters and digits, so only the anchors that
    begin with one of the run's three-letter pieces need a search, and what a run holds is the same
    in every text (kept for the most recent runs)."""

    def __init__(self, anchors: set[str]) -> None:
        self.short = tuple(a for a in anchors if len(a) < _ANCHOR_GRAM)
        self.by_gram: dict[str, list[str]] = {}
        for anchor in sorted(anchors):
            if len(anchor) >= _ANCHOR_GRAM:
                self.by_gram.setdefault(anchor[:_ANCHOR_GRAM], []).append(anchor)
        self.in_run = lru_cache(maxsize=_RUNS_KEPT)(self._in_run)

    def _in_run(self, run: str) -> tuple[str, ...]:
        grams = {run[i:i + _ANCHOR_GRAM] for i in range(len(run) - _ANCHOR_GRAM + 1)}
        return tuple(a for gram in grams.intersection(self.by_gram) for a in self.by_gram[gram] if a in run)

    def present(self, folded: str) -> set[str]:
        found = {a for a in self.short if a in folded}
        for run in set(_ALNUM_RUN.findall(folded)):
            found.update(self.in_run(run))
        return found


@dataclass(frozen=True, slots=True)
class _Screen:
    """What can match in one text: the lexicon entries with the anchors of theirs that it holds
    (``(pattern, kind, entry, anchors, theatre)``), and the force-word anchors of the two state patterns."""

    entries: list[tuple[_LazyPattern, str, object, tuple[str, ...] | None, tuple[str, ...]]]
    state_anchors: tuple[str, ...] | None
    formal_anchors: tuple[str, ...] | None
    #: what ``find`` gave for a piece of the text, by (offset, piece, country): events of one sentence, and a
    #: sentence looked back on by the next, ask for the same piece again
    found: dict[tuple[int, str, str | None], tuple[ActorMatch, ...]] = field(default_factory=dict)


def _acronyms(tokens: list[str]) -> str:
    return rf"{_START}(?<![A-Za-z0-9])(?:{_alternation(tokens, flexible=False, ignore_case=False)})(?![A-Za-z0-9])"


class ActorMatcher:
    """Compiled patterns for one lexicon; ``find(text)`` lists the actor phrases in a text."""

    def __init__(self, lexicon: ActorLexicon, countries: CountryIndex | None = None) -> None:
        self.lexicon = lexicon
        self.countries = countries or CountryIndex(lexicon)
        self._entries: list[tuple[_LazyPattern, str, object, tuple[str, ...] | None]] = []
        for group in lexicon.groups:
            kind = "organisation" if group.kind == "organisation" else "group"
            self._add(group.aliases, group.acronyms, kind, group)
        for unit in lexicon.units:
            self._add(unit.aliases, unit.acronyms, "unit", unit)
        for identity in lexicon.identities:
            lower = [w for w in identity.words if not w.isupper()]
            upper = [w for w in identity.words if w.isupper()]
            self._add(lower, upper, "identity", identity)
        for name in ("unidentified", "unidentified_military", "tribal", "protesters", "rioters", "civilians"):
            self._add(lexicon.generic.get(name, ()), (), name, None)
        # "two Palestinians", "three Afghans": people of a nation are civilians unless a force word follows
        country_names = {n.lower() for e in lexicon.countries.values() for n in (e.key, e.name, *e.aliases)}
        nationals = [f"{d}s" for e in lexicon.countries.values() for d in e.demonyms
                     if d.isalpha() and d[-1] not in "sh" and f"{d}s".lower() not in country_names]  # not "Philippines"
        self._add(nationals, (), "civilians", None)
        self._force_word: dict[str, str] = {}
        for list_name, force in _FORCE_LISTS.items():
            for word in lexicon.generic.get(list_name, ()):
                self._force_word.setdefault(word.lower(), force)
        self._needs_qualifier = {w.lower() for w in lexicon.generic.get("military_qualified", ())}
        qualifiers = [d for e in lexicon.countries.values() for d in (*e.demonyms, e.name, *e.aliases)]
        self._qualifier_country = {q: self.countries.get(q) or self.countries.demonym(q) for q in qualifiers}
        for entry in lexicon.countries.values():
            for d in entry.demonyms:
                self._qualifier_country[d] = entry
        forces = _alternation(list(self._force_word), ignore_case=True)
        names = _alternation(qualifiers, flexible=False, ignore_case=False)
        # "the police control room": an office, not the force acting
        self._state = re.compile(
            rf"(?:(?<![\w\-])(?P<q>{names})(?:['’]s)?(?P<gap>(?:[\s\-]+(?i:{_GAP_WORDS})){{0,2}}?)[\s\-]+)?"
            rf"(?<![\w\-])(?P<f>(?i:{forces}))(?![\w]|-(?i:held|controlled|run|affiliated|backed|linked|aligned|"
            rf"allied|loyal|sponsored|supported|led)\b|\s+(?i:control\s+room|rifles?)\b)")
        self._coordinated = re.compile(rf"(?<![\w\-])(?P<q>{names})\s+(?:and|&)\s+$")
        # "Russia's defence ministry said its troops", "U.S. Central Command said its forces": the speaker's state
        self._its_owner = re.compile(rf"(?<![\w\-])(?P<q>{names})(?:['’]s)?(?:\s+[A-Za-z\-]+){{1,3}}\s+"
                                     rf"(?:said|says|announced|reported|claimed)\s+(?:that\s+)?its\s+$")
        self._formal = re.compile(rf"\b(?P<f>(?i:Military Forces|Police Forces|Security Forces|Government)) of (?:the )?(?P<q>{names})\b")
        # "Russia launched 80 drones", "Israel struck Gaza": a state named as the author of an attack is its military
        states = _alternation([n for e in lexicon.countries.values() for n in (e.name, *e.aliases) if n[:1].isupper()],
                              flexible=False, ignore_case=False)
        self._state_acting = re.compile(rf"(?<![\w\-])(?P<q>{states})(?!['’\w\-])(?=\s+{_STATE_ACTS})")
        self._state_acting_needs = tuple(f" {verb}" for verb in _STATE_ACT_VERBS)
        # "Shahed drones" in Ukraine: a weapon only one state's forces use in a theatre names them (weakly)
        self._weapons: dict[str, list[tuple[CountryEntry, re.Pattern[str], tuple[str, ...]]]] = {}
        for entry in lexicon.countries.values():
            for where, weapon_names in entry.weapons:
                own = "|".join(re.escape(q) for q in (*entry.demonyms, entry.name))
                weapons = _alternation(list(weapon_names), ignore_case=True)
                pattern = re.compile(rf"(?:(?<![\w\-])(?P<q>{own})(?:['’]s)?\s+)?(?<![\w\-])(?:{weapons})"
                                     rf"(?:[\s\-](?:type|class|style))?{_WEAPON_NOUN}(?![\w\-])", re.I)
                self._weapons.setdefault(where, []).append((entry, pattern, tuple(n.lower() for n in weapon_names)))
        # the words one of which a state pattern's match holds (no force word, no state match)
        self._state_anchors = _anchors(list(self._force_word))
        self._formal_anchors = _anchors(["Military Forces", "Police Forces", "Security Forces", "Government"])
        anchors = [a for *_, entry_anchors in self._entries for a in entry_anchors or ()]
        self._anchors = _AnchorIndex({*anchors, *(self._state_anchors or ()), *(self._formal_anchors or ())})
        self._always = [i for i, (*_, entry_anchors) in enumerate(self._entries) if entry_anchors is None]
        self._entries_of: dict[str, list[int]] = {}  # anchor -> the entries it may let through
        for i, (*_, entry_anchors) in enumerate(self._entries):
            for anchor in entry_anchors or ():
                self._entries_of.setdefault(anchor, []).append(i)
        self._last_screen: tuple[str | None, _Screen] = (None, _Screen([], None, None))

    def _add(self, phrases: tuple[str, ...] | list[str], acronyms: tuple[str, ...] | list[str], kind: str,
             entry: object) -> None:
        if phrases:
            pattern = _LazyPattern(_bounded_phrases(list(phrases)), re.I)
            self._entries.append((pattern, kind, entry, _anchors(phrases)))
        if acronyms:
            # (an acronym matches as written: "MIT" runs only on a text that holds "MIT", not "committed")
            self._entries.append((_LazyPattern(_acronyms(list(acronyms)), needs=tuple(acronyms)), kind, entry,
                                  _anchors(acronyms)))

    def _screen(self, text: str) -> "_Screen":
        """What can match in ``text`` or any part of it. The last text's screen is kept: the calls
        for one document's sentences all screen the whole document, once."""
        last_text, screen = self._last_screen
        if text is last_text:
            return screen
        present = self._anchors.present(text.translate(_FOLD).lower())
        chosen = sorted({*self._always, *(i for a in present for i in self._entries_of.get(a, ()))})  # lexicon order
        entries = []
        for i in chosen:
            pattern, kind, entry, anchors = self._entries[i]
            kept = None if anchors is None else tuple(a for a in anchors if a in present)
            entries.append((pattern, kind, entry, kept, getattr(entry, "countries", ())))
        screen = _Screen(entries, _present(self._state_anchors, present), _present(self._formal_anchors, present))
        self._last_screen = (text, screen)  # one assignment: a thread sharing the matcher sees a pair that agrees
        return screen

    def find(self, text: str, offset: int = 0, *, country: str | None = None, within: str | None = None) -> list[ActorMatch]:
        """Actor phrases in ``text``, left to right, offsets shifted by ``offset``; no two overlap.
        ``country`` (the event's, by ACLED name) leaves out groups and units named only in other theatres.
        ``within``, a text that holds ``text`` (its document), is screened for the lexicon's words
        once for all the calls that give it; the result is the same without it."""
        if not text:
            return []
        screen = self._screen(text if within is None else within)
        key = (offset, text, country)
        if key not in screen.found:
            screen.found[key] = tuple(self._find(text, offset, country, screen))
        return list(screen.found[key])

    def _find(self, text: str, offset: int, country: str | None, screen: "_Screen") -> list[ActorMatch]:
        found: list[ActorMatch] = []
        folded = text.translate(_FOLD).lower()
        for pattern, kind, entry, anchors, theatre in screen.entries:
            # unknown theatre: no theatre-only alias, except as the end of a longer name (read as that name)
            foreign = bool(theatre) and (country is None or country not in theatre)
            if foreign and kind != "group":
                continue
            if anchors is not None:
                for anchor in anchors:
                    if anchor in folded:
                        break
                else:
                    continue  # no phrase of this entry can be in the text
            for m in pattern.finditer(text):
                match = self._in_longer_name(ActorMatch(
                    kind, m.start() + offset, m.end() + offset, m.group(0),
                    group=entry if isinstance(entry, GroupEntry) else None,
                    unit=entry if isinstance(entry, UnitEntry) else None,
                    identity=entry if isinstance(entry, IdentityEntry) else None,
                    country=self._home(entry)), text, offset, foreign=foreign)
                if not foreign or match.group is not entry:
                    found.append(match)
        found = _without_read_names(found)
        found.extend(self._states(text, offset, folded, screen))
        found.extend(self._acting_states(text, offset))
        found.extend(self._weapons_of(text, offset, country, folded))
        kept = _absorb_generic_members(_without_overlaps(found), text, offset)
        kept = _without_audience(_without_patrons(kept, text, offset), text, offset)
        return _without_overlaps(kept + self._coordinated_states(text, offset, kept))

    def _in_longer_name(self, match: ActorMatch, text: str, offset: int, *, foreign: bool) -> ActorMatch:
        """A group's name of several words read inside a longer proper name ("South Sudan People's Defence
        Forces", "West Papua National Liberation Army") names another actor: the longer name, as the text gives
        it ("TPNPB: West Papua National Liberation Army" when its acronym follows in brackets). A country word
        before it ("Colombian National Liberation Army") only qualifies it."""
        group = match.group
        if (match.kind != "group" or group is None or group.per_country or group.part_of or " " not in match.text
                or not all(w[:1].isupper() for w in match.text.split() if len(w) > 3)):
            return match  # (a name written as one: "People's Defence Forces", not "coalition warplanes")
        if group.countries and not foreign:
            return match  # (in its theatre, local words before a name still name it: "Luhansk People's Militia")
        start = match.start - offset
        words: list[re.Match[str]] = []
        while len(words) < 4 and (word := _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)) is not None:
            if word.group(1).lower() in _NOT_NAME_WORDS or _QUALIFYING.search(word.group(1)):
                break
            words.append(word)
            start = word.start(1)
        run = " ".join(w.group(1) for w in reversed(words))
        if not words or run in self._qualifier_country or all(w.group(1) in self._qualifier_country for w in words):
            return match
        end = match.end - offset
        name = re.sub(r"\s+", " ", text[start:end])
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym is not None:
            name = f"{acronym.group(1)}: {name}"
        entry = GroupEntry(name=name, inter=group.inter, aliases=(name,), as_written=True)
        return ActorMatch("group", start + offset, match.end, text[start:end], group=entry)

    def _coordinated_states(self, text: str, offset: int, matches: list[ActorMatch]) -> list[ActorMatch]:
        """"Turkish and Russian forces", "Russian and regime warplanes": the first country word names
        a force of its own, the same kind as the force word after the second."""
        out = []
        for match in matches:
            if match.kind not in ("state", "unit") or match.force == "Government":
                continue
            before = self._coordinated.search(text, 0, match.start - offset)
            if before is None:
                continue
            country = self._qualifier_country.get(before.group("q"))
            if country is None or country is match.country:
                continue
            force = match.force or (match.unit.force if match.unit is not None else "Military Forces")
            out.append(ActorMatch("state", before.start("q") + offset, before.end("q") + offset, before.group("q"),
                                  force=force, country=country, qualified=True))
        return out

    def _acting_states(self, text: str, offset: int) -> list[ActorMatch]:
        """"Russia launched 80 drones", "Israel struck a house in Gaza": a country's name as the subject of an attack
        names its military."""
        if not any(needed in text for needed in self._state_acting_needs):
            return []
        out = []
        for m in self._state_acting.finditer(text):
            country = self._qualifier_country.get(m.group("q"))
            if country is not None:
                out.append(ActorMatch("state", m.start() + offset, m.end() + offset, m.group(0), force="Military Forces",
                                      country=country, qualified=True))
        return out

    def _weapons_of(self, text: str, offset: int, country: str | None, folded: str) -> list[ActorMatch]:
        """"Shahed drones struck Odesa": in the theatre where only one state's forces use a weapon, the weapon names
        them, weakly unless the state is named with it ("Russian Shahed drones")."""
        out = []
        for state, pattern, names in self._weapons.get(country or "", ()):
            if not any(name in folded for name in names):
                continue
            for m in pattern.finditer(text):
                weak = None if m.group("q") else f"the weapon '{m.group(0)}' alone"
                out.append(ActorMatch("state", m.start() + offset, m.end() + offset, m.group(0), force="Military Forces",
                                      country=state, qualified=True, weak=weak, weapon=True))
        return out

    def _home(self, entry: object) -> CountryEntry | None:
        """The state a unit, or a brigade coded as a unit, belongs to."""
        if isinstance(entry, UnitEntry):
            return self.countries.get(entry.country)
        if isinstance(entry, GroupEntry) and entry.part_of:
            return self.countries.get(entry.part_of.split("|")[0])
        return None

    def _states(self, text: str, offset: int, folded: str, screen: "_Screen") -> list[ActorMatch]:
        out: list[ActorMatch] = []
        # a pattern runs only on a text holding one of its force words
        formal = () if _absent(screen.formal_anchors, folded) else self._formal.finditer(text)
        state = () if _absent(screen.state_anchors, folded) else self._state.finditer(text)
        for m in formal:
            force = {"security forces": "security"}.get(m.group("f").lower(), m.group("f").title())
            out.append(ActorMatch("state", m.start() + offset, m.end() + offset, m.group(0), force=force,
                                  country=self._qualifier_country.get(m.group("q")), qualified=True))
        for m in state:
            word = m.group("f").lower()
            qualifier = m.group("q")
            if qualifier and _BACKING.search(m.group("gap") or ""):
                qualifier = None
            if qualifier and m.group(0)[len(qualifier):len(qualifier) + 1] == "-" and _BACKING.match(m.group(0)[len(qualifier) + 1:]):
                qualifier = None
            start = m.start() if qualifier else m.start("f")
            owner = None if qualifier or not _SAID_ITS.search(text, max(0, start - 30), start) \
                else self._its_owner.search(text, max(0, start - 80), start)
            if owner is not None:
                qualifier = owner.group("q")  # the word stays the force's span; its state is the speaker's
            if not qualifier and word in self._needs_qualifier:
                continue
            if _JURISDICTION_AFTER.match(text, m.end()) and (
                    _JURISDICTION_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _JURISDICTION_AREA.match(text, m.end())):
                continue  # "under the Naubatpur police station", "Khadia police station limits": a district, not a force
            force = self._force_word.get(word) or self._force_word.get(re.sub(r"[\s\-]+", " ", word), "Military Forces")
            country = self._qualifier_country.get(qualifier) if qualifier else None
            enemy = word.startswith("enemy")  # ("the enemy", "enemy drones": whose enemy, the resolver knows)
            out.append(ActorMatch("state", start + offset, m.end() + offset, text[start:m.end()], force=force,
                                  country=None if enemy else country, qualified=country is not None and not enemy,
                                  enemy=enemy))
        return out


#: The verbs of an attack whose subject a country's name may be ("Russia launched 80 drones", "Israel struck Gaza").
_STATE_ACT_VERBS = ("launched", "fired", "struck", "attacked", "shelled", "bombed", "pounded", "bombarded", "hit",
                    "targeted", "unleashed")
_STATE_ACTS = (r"(?:(?:has|had|also|again|reportedly|then|once\s+again)\s+)?(?:(?:launched|fired|unleashed)\s+"
               # (not "launched an investigation into the attack")
               r"(?:(?!(?:into|in|on|of|for|to|against|at|after|over|about)\s)[\w\-]+\s+){0,4}?"
               r"(?:drones?|UAVs?|missiles?|rockets?|shells?|bombs?|(?:air\s?)?strikes?|barrages?|"
               r"salvos?|attacks?|assaults?|offensives?|Shaheds?)\b|(?:struck|attacked|shelled|bombed|pounded|bombarded|"
               r"hit|targeted)\s+(?!back\b|out\b|a\s+deal\b|an?\s+agreement\b|the\s+headlines\b|record\b)\w)")
#: What follows a weapon's name ("Shahed drones", "Kh-101 cruise missiles", "KAB guided bombs"), or nothing ("Shaheds").
_WEAPON_NOUN = (r"(?:\s+(?:(?:attack|kamikaze|strike|cruise|ballistic|hypersonic|guided|glide|aerial|air|loitering|"
                r"one-way|suicide)\s+){0,2}(?:drones?|UAVs?|missiles?|bombs?|munitions?|rockets?))?")

_SAID_ITS = re.compile(r"\b(?:said|says|announced|reported|claimed)\s+(?:that\s+)?its\s+$")
_JURISDICTION_AFTER = re.compile(r"\s+stations?\b", re.I)
_JURISDICTION_AREA = re.compile(r"\s+stations?\s+(?:limits|area|jurisdiction)\b", re.I)
_JURISDICTION_BEFORE = re.compile(r"\b(?:under|within)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)

#: A capitalised word right before a name (the words of a longer proper name).
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][\w'’\-]*)[ \t]+$")
#: Capitalised words that start a sentence or a headline's clause, not a name.
_NOT_NAME_WORDS = frozenset((
    "the a an by of in on at for from with and or to against between as after before during near among amid "
    "suspected alleged armed rebel rebels fighters militants members gunmen pro anti former ex when while where "
    "but if since until both all some two three four five several many dozens hundreds unidentified unknown "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today january february march april may "
    "june july august september october november december police army troops soldiers").split())
#: "US-backed", "Turkish-led": a word that qualifies a name is no part of it.
_QUALIFYING = re.compile(r"-[a-z]")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Z0-9\-]{1,9})\s*\)")

_MEMBER_WORDS = re.compile(r"^[\s\-]*(?:['’]s\s+)?(?:suspected\s+)?$")
#: "Fighters of the Fano militia", "rebels of the CPC": fighters of a named group are the group ("three members of
#: the X were killed" keeps its "of", a target's cue).
_MEMBERS_OF = re.compile(r"(?i:\b(fighters|rebels|militants|militiamen|gunmen|combatants|insurgents|terrorists|operatives|"
                         r"separatists|guerrillas|cadres|elements)\s+(?:of|from)\s+(?:the\s+)?)$")


def _without_read_names(matches: list[ActorMatch]) -> list[ActorMatch]:
    """Names read as the text gives them, less those overlapping a name the lexicon knows ("Global Coalition
    warplanes" is the Global Coalition, whatever another theatre calls "coalition warplanes")."""
    known = [m for m in matches if m.group is None or not m.group.as_written]
    read = [m for m in matches if m.group is not None and m.group.as_written]
    return known + [m for m in read if all(m.end <= k.start or m.start >= k.end for k in known
                                           if k.kind in ("group", "unit"))]


def _absorb_generic_members(matches: list[ActorMatch], text: str, offset: int) -> list[ActorMatch]:
    """"PKK militants", "IS fighters": a generic word right after a named group is that group."""
    out: list[ActorMatch] = []
    for match in matches:
        members = _MEMBERS_OF.search(text, max(0, match.start - offset - 40), match.start - offset) \
            if match.kind in ("group", "unit") else None
        if members is not None:
            start = members.start(1)
            out = [m for m in out if m.end - offset <= start]  # (the generic word itself: "rebels")
            match = ActorMatch(match.kind, start + offset, match.end, text[start:match.end - offset], group=match.group,
                               unit=match.unit, country=match.country)
        previous = out[-1] if out else None
        # "HTS security forces", "Houthi forces": an unqualified force word after a named group is that group's
        own_forces = match.kind == "state" and not match.qualified and previous is not None and previous.kind == "group"
        # ("Viv Ansanm gang members": a generic group's words after a named group are its members)
        generic = match.kind == "group" and match.group is not None and match.group.name.startswith("Unidentified")
        if (previous is not None and (match.kind == "unidentified" or own_forces or generic)
                and previous.kind in ("group", "unit")
                and _MEMBER_WORDS.match(text[previous.end - offset:match.start - offset])
                and not match.text.lower().startswith(("unidentified", "unknown"))):
            out[-1] = ActorMatch(previous.kind, previous.start, match.end, text[previous.start - offset:match.end - offset],
                                 group=previous.group, unit=previous.unit, country=previous.country)
            continue
        out.append(match)
    return out


def _without_overlaps(matches: list[ActorMatch]) -> list[ActorMatch]:
    rank = {kind: i for i, kind in enumerate(KINDS)}

    def general(match: ActorMatch) -> int:  # a name tied to a theatre beats one used anywhere ("IS" in Nigeria)
        entry = match.group or match.unit
        return 0 if entry is not None and entry.countries else 1

    ordered = sorted(matches, key=lambda m: (-(m.end - m.start), rank[m.kind], general(m), m.start))
    kept: list[ActorMatch] = []
    for match in ordered:
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)
