"""One object that names the actors of an event: lexicon matching, then ACLED role conventions,
then (when a trained model is given) the user's learned actor names."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .lexicon import ActorLexicon, CountryEntry, load_lexicon
from .cues import AUTHOR_BEFORE as _AUTHOR, CLAIMS_AFTER as _CLAIM, used_force, word_cue
from .matching import ActorMatch, ActorMatcher
from .materiel import fight_over_materiel
from .militias import named_militias
from .roles import ARMED_KINDS, ActorContext, RoleAssignment, assign_roles
from .states import CountryIndex
from .styled import StyledReading

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ActorResolver"]

#: How far before an event's sentence to look when the sentence names no armed actor.
LOOK_BACK_CHARS = 300
#: How far after it a claim that names the attack by its place ("claimed the Chai attack") is looked for.
FAR_CLAIM_CHARS = 1500
_CLAIM_WORD = re.compile(r"claim|carried out by|perpetrated by|committed by|blam", re.I)  # what every _CLAIM or _AUTHOR match holds


#: "In a separate incident, a bomb exploded ...": the sentence before tells of another event and its actors.
_SEPARATE = re.compile(r"\W*(?:in\s+(?:a|another)\s+separate\s+\w+|separately|elsewhere)\b", re.I)
_OUR = re.compile(r"(?i)our\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)")
#: A line that opens with its own heading, a day or a place set off by a dash or a colon ("Wednesday, Nov 4 —",
#: "Quetta:"): an item of a roundup or a live page, whose actors are not the lines' before it.
_ITEM_HEAD = re.compile(r"[ \t]*(?:[-•*][ \t]+)?(?:[A-Z0-9][\w'.]*,?[ \t]+){0,5}[A-Z0-9][\w'.]*[ \t]*(?:—|–|:)[ \t]")
#: "Islamic State claimed the Chai attack": a claim that names the attack by its place holds for an event told there.
_NAMED_ATTACK = re.compile(r"\bthe\s+((?:[A-Z][\w'-]+\s+){1,2})(?:attack|assault|ambush|bombing|blast|raid|killing|"
                           r"kidnapping|abduction)s?\b")


def _generic_group(match: ActorMatch) -> bool:
    """A lexicon "group" that names no one ("Unidentified Gang (Haiti)" for "gang members")."""
    return match.group is not None and match.group.name.startswith("Unidentified")


_MEMBERS_OF = re.compile(r"\s+(?:of|from|belonging\s+to|loyal\s+to)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$")


def _members_of_named(text: str, found: list[ActorMatch]) -> list[ActorMatch]:
    """Leave out a generic phrase that names the men of a group named right after it ("Gang members of the Viv
    Ansanm coalition", "gunmen from the 400 Mawozo gang"): one actor, the named group, not two sides."""
    drop = {id(m) for m, after in zip(found, found[1:])
            if (_generic_group(m) or m.kind == "unidentified") and after.kind == "group" and not _generic_group(after)
            and _MEMBERS_OF.fullmatch(text, m.end, after.start)}
    return [m for m in found if id(m) not in drop] if drop else found


#: What makes a group or state the owner of a body that counts or reports ("The Houthis' health ministry said", "the
#: Hamas-run health ministry", "Hezbollah's al-Manar TV"): the report's source, not a side of the event it reports. (Not
#: its spokesman or its other ministries, which speak for what its own forces did.)
_ITS_REPORTER_AFTER = re.compile(r"(?:-run|-led|-controlled|-affiliated|-owned|'s|’s|'|’)\s+"
                                 r"(?:(?:own|official|state|state-run|main|local|[Aa]l-[\w-]+|[A-Z][\w-]*)\s+){0,2}"
                                 r"(?i:health\s+(?:ministry|officials|authorities)|media|TV|television|channel|radio|"
                                 r"news\s+agency|newspaper|website)\b")


#: A ministry or government that only says what happened ("the health ministry said four people were killed").
_SAID_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}){0,2}"  # ("... of the Russian Federation")
                         r"(?i:\s+(?:(?:also|later|earlier)\s+)?(?:said|says|reported|stated|confirmed))\b")


def _reporters_owners(text: str, found: list[ActorMatch]) -> list[ActorMatch]:
    """Leave out a group named only as the owner of the body that reports the event."""
    return [m for m in found if not (m.kind in ("group", "organisation", "unit", "state")
                                     and _ITS_REPORTER_AFTER.match(text, m.end))]


#: Sub-types whose sides use force: a ministry that says what happened takes no part in them (it does in an
#: agreement or a change it announces).
_FORCE_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                          "Grenade", "Suicide bomb", "Armed clash", "Attack", "Disrupted weapons use",
                          "Abduction/forced disappearance"})


def _sayers(text: str, matches: list[ActorMatch], sub_event_type: str) -> list[ActorMatch]:
    """Leave out a ministry or government that only says what happened in a use of force ("The Ministry of Defence
    said air defences destroyed 46 drones", "the health ministry said four people were killed")."""
    if sub_event_type not in _FORCE_TYPES:
        return matches
    return [m for m in matches if not (m.force == "Government" and _SAID_AFTER.match(text, m.end))]


def _one_sentence_of_groups(text: str, earlier: list[ActorMatch]) -> list[ActorMatch]:
    """The armed phrases told before that a sentence naming no one may mean: none where named groups of two different
    sentences compete ("By Wednesday the M23 had reached the town ... Wazalendo militias shot at Burundian soldiers.
    Dozens were killed": the report does not say by whom); two sides of one sentence are kept ("clashes between X
    and Y. Five were killed")."""
    named = [m for m in earlier if m.kind == "group" and not _generic_group(m)]
    if len({m.group.name for m in named if m.group is not None}) < 2:
        return earlier
    first, last = named[0], named[-1]
    if _SENTENCE_END.search(text, first.end, last.start) is None:
        return earlier
    return []


def _claims(text: str, match: ActorMatch, start: int, *, named_only: bool = False) -> bool:
    """The group claims the attack told from ``start`` on (a claim naming another place's attack does not);
    ``named_only``: only a claim that names the attack by a place told since ``start``."""
    claim = _CLAIM.match(text, match.end)
    if claim is None:
        return False
    named = _NAMED_ATTACK.search(claim.group(0))
    if named is None:
        return not named_only
    return named.group(1).strip() in text[start:match.start]


class ActorResolver:
    """Names actor1/actor2/associated actors for events; build once, reuse for every document."""

    def __init__(self, lexicon: ActorLexicon | None = None, *, extra_lexicon: Path | None = None) -> None:
        self.lexicon = lexicon or load_lexicon(extra_lexicon)
        self.countries = CountryIndex(self.lexicon)
        self.matcher = ActorMatcher(self.lexicon, self.countries)
        self.styled = StyledReading(self.lexicon)

    def country(self, name: str | None) -> CountryEntry | None:
        return self.countries.get(name)

    def context(self, country: str | None, on: dt.date | None, as_of: dt.date | None = None) -> ActorContext:
        """Where and when: ``as_of`` (default: the lexicon's review day) decides whether a period is closed."""
        entry = self.countries.get(country)
        soldiers_of = self.countries.get(entry.soldiers_of) if entry is not None and entry.soldiers_of else None
        return ActorContext(entry, on, as_of or self.lexicon.as_of, soldiers_of=soldiers_of)

    def matches(self, text: str, start: int, end: int, country: str | None = None) -> list[ActorMatch]:
        """Actor phrases in ``text[start:end]``; if none is armed, also the named armed groups (and forces
        that acted) just before it (same paragraph), which often name the perpetrator of a follow-up sentence.
        ``country``: the event's country, which leaves out names used only in other theatres."""
        def find(a: int, b: int) -> list[ActorMatch]:  # the document is screened once for all its pieces
            return self.matcher.find(text[a:b], offset=a, country=country, within=text)

        found = _reporters_owners(text, _members_of_named(text, find(start, end)))
        # (a ministry that says what happened is no side the sentence names: "the health ministry said four were killed")
        own_armed = any(m.kind in ARMED_KINDS and not (m.force == "Government" and _SAID_AFTER.match(text, m.end))
                        for m in found)
        named = {m.group.name for m in found if m.group is not None and m.kind == "group" and not _generic_group(m)}
        if start > 0 and not own_armed and not _SEPARATE.match(text, start):
            back = max(0, start - LOOK_BACK_CHARS)
            paragraph = text.rfind("\n\n", back, start)
            back = paragraph + 2 if paragraph >= 0 else back
            line = text.rfind("\n", back, start) + 1
            if line > back and _ITEM_HEAD.match(text, line):
                back = line  # "Wednesday, Nov 4 — Quetta: A grenade attack ...": a list item of its own
            # a named group carries over ("IS fighters stormed the village. They killed..."); a force word only
            # where it used force ("Ukrainian forces fired at ..."): police in the sentence before are as often
            # finders, responders, arresters or reporters ("police recovered two bodies", "police arrested her")
            earlier = [m for m in find(back, start)
                       if m.kind in ARMED_KINDS and (m.kind != "state" or used_force(text, m))]
            found = _one_sentence_of_groups(text, earlier) + found
        # "... Al Shabaab militants claimed responsibility for the attack", "The attack was carried out by X", "Police
        # blamed X": a claim or an attribution after the sentence names its author
        if not _CLAIM_WORD.search(text, end):
            return found  # (no claim told after the sentence: no group to look for there)
        ahead = text.find("\n\n", end, end + LOOK_BACK_CHARS)
        ahead = ahead if ahead >= 0 else min(len(text), end + LOOK_BACK_CHARS)
        next_sentence = _SENTENCE_END.search(text, end, ahead)
        named_before = {m.group.name for m in found if m.group is not None}
        # (a claim that names the attack by its place, "claimed the Chai attack", may come later in the story)
        far = min(len(text), end + FAR_CLAIM_CHARS)
        far = far if _NAMED_ATTACK.search(text, end, far) else ahead
        claimed = [m for m in find(end, far) if m.kind == "group" and m.group is not None
                   and (m.group.name not in named_before or _claims(text, m, start, named_only=True))
                   and (_claims(text, m, start, named_only=m.start >= ahead) or (m.start < ahead and
                       # an attribution names the author of the sentence just before, one that names no group
                       not named and (next_sentence is None or m.start < next_sentence.end())
                       and _AUTHOR.search(text, max(end, m.start - 80), m.start)))]
        if not claimed:
            return found
        if not own_armed:
            found = [m for m in found if m.start >= start]  # (the author is named: no need of the groups before)
        # the "gunmen" who carried it out are the author's men, not its target
        found = [m for m in found if not (_generic_group(m) or m.kind == "unidentified") or word_cue(text, m) < 0]
        return claimed + found  # the group that claims the attack comes before the "gunmen" who carried it out

    def resolve(self, text: str, start: int, end: int, sub_event_type: str, context: ActorContext,
                doc: "Doc | None" = None) -> RoleAssignment:
        """Actors of one event whose sentence is ``text[start:end]`` (``doc``: the text's parse, if any)."""
        country = context.country.name if context.country else None
        matches = _sayers(text, self.styled(text, start, end, self.matches(text, start, end, country), country),
                          sub_event_type)
        if context.speaker is not None:  # "Our forces destroyed ...": the speaking state's forces
            matches = [replace(m, country=context.speaker, qualified=True)
                       if m.kind == "state" and m.country is None and _OUR.match(m.text) else m for m in matches]
        # "an enemy tank", "the enemy attacked": the forces of the state the speaker fights (as "our forces", the
        # speaker is the event's country where the text's source is unknown)
        speaker = context.speaker or context.country
        enemy = self.countries.get(speaker.enemy_on(context.on)) if speaker is not None else None
        if enemy is not None and speaker is not None:
            matches = [replace(m, country=enemy, qualified=True, weak=f"'{m.text}' read as {enemy.name}'s forces, the "
                               f"enemy of {speaker.name} (taken as the speaker)") if m.enemy else m for m in matches]
        roles = assign_roles(sub_event_type, matches, context, text, doc, sentence=(start, end))
        if roles.sub_event_type is None and (fight := fight_over_materiel(text[start:end], sub_event_type)) is not None:
            # "Our forces destroyed an enemy tank": two armed sides fight, whatever the words of the post made it
            fought = assign_roles(fight, matches, context, text, doc, sentence=(start, end))
            if _two_armed_sides(fought):
                roles.sub_event_type, roles.why = fight, "enemy materiel destroyed"
        if context.country is not None:
            # ("Tiv militias attacked", "militias from Umumubu and Omor clashed": the militias their names make)
            roles.actor1, roles.actor2 = named_militias(text, roles.actor1, roles.actor2, context.country.name,
                                                        lambda name, at, to: self._known(name, at, to, matches),
                                                        clash=(roles.sub_event_type or sub_event_type) == "Armed clash")
        return _weakened(roles, matches)

    def _known(self, name: str, start: int, end: int, matches: list[ActorMatch]) -> bool:
        """A name that is a country's people ("Nigerian militias") or part of an actor phrase found in the text."""
        return (any(self.countries.demonym(word) is not None or (len(word) > 3 and self.countries.get(word) is not None)
                    for word in name.split())
                or any(m.start < end and start < m.end for m in matches))


#: The most an actor named only by weak evidence (a weapon, a target, a speaker's "enemy") is trusted.
WEAK_CONFIDENCE = 0.5


def _two_armed_sides(roles: RoleAssignment) -> bool:
    """Both actors named in the text, armed, and not the same."""
    one, other = roles.actor1, roles.actor2
    return (one is not None and other is not None and one.span is not None and other.span is not None
            and one.inter in (1, 2, 3, 8) and other.inter in (1, 2, 3, 8) and one.name != other.name)


def _weakened(roles: RoleAssignment, matches: list[ActorMatch]) -> RoleAssignment:
    """Actors whose only phrase is weak evidence are less sure, and say why (``roles.notes``)."""
    for name in ("actor1", "actor2"):
        ref = getattr(roles, name)
        weak = next((m.weak for m in matches if m.weak and ref is not None and ref.span is not None
                     and (m.start, m.end) == (ref.span.start, ref.span.end)), None)
        if ref is not None and weak is not None:
            ref.confidence = min(ref.confidence, WEAK_CONFIDENCE)
            roles.notes.append(f"{name} {ref.name}: {weak}, weak evidence")
    return roles
