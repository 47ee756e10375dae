"""One object that names the actors of an event: lexicon matching, then ACLED role conventions,
then (when a trained model is given) the user's learned actor names."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .lexicon import ActorLexicon, CountryEntry, load_lexicon
from .cues import CLAIMS_AFTER as _CLAIM, used_force
from .matching import ActorMatch, ActorMatcher
from .roles import ARMED_KINDS, ActorContext, RoleAssignment, assign_roles
from .states import CountryIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ActorResolver"]

#: How far before an event's sentence to look when the sentence names no armed actor.
LOOK_BACK_CHARS = 300
_CLAIM_WORD = re.compile(r"claim", re.I)  # what every _CLAIM match holds


class ActorResolver:
    """Names actor1/actor2/associated actors for events; build once, reuse for every document."""

    def __init__(self, lexicon: ActorLexicon | None = None, *, extra_lexicon: Path | None = None) -> None:
        self.lexicon = lexicon or load_lexicon(extra_lexicon)
        self.countries = CountryIndex(self.lexicon)
        self.matcher = ActorMatcher(self.lexicon, self.countries)

    def country(self, name: str | None) -> CountryEntry | None:
        return self.countries.get(name)

    def context(self, country: str | None, on: dt.date | None, as_of: dt.date | None = None) -> ActorContext:
        """Where and when: ``as_of`` (default: the lexicon's review day) decides whether a period is closed."""
        return ActorContext(self.countries.get(country), on, as_of or self.lexicon.as_of)

    def matches(self, text: str, start: int, end: int, country: str | None = None) -> list[ActorMatch]:
        """Actor phrases in ``text[start:end]``; if none is armed, also the named armed groups (and forces
        that acted) just before it (same paragraph), which often name the perpetrator of a follow-up sentence.
        ``country``: the event's country, which leaves out names used only in other theatres."""
        def find(a: int, b: int) -> list[ActorMatch]:  # the document is screened once for all its pieces
            return self.matcher.find(text[a:b], offset=a, country=country, within=text)

        found = find(start, end)
        if start > 0 and not any(m.kind in ARMED_KINDS for m in found):
            back = max(0, start - LOOK_BACK_CHARS)
            paragraph = text.rfind("\n\n", back, start)
            back = paragraph + 2 if paragraph >= 0 else back
            # a named group carries over ("IS fighters stormed the village. They killed..."); a force word only
            # where it used force ("Ukrainian forces fired at ..."): police in the sentence before are as often
            # finders, responders, arresters or reporters ("police recovered two bodies", "police arrested her")
            earlier = [m for m in find(back, start)
                       if m.kind in ARMED_KINDS and (m.kind != "state" or used_force(text, m))]
            found = earlier + found
        # "... Al Shabaab militants claimed responsibility for the attack": a claim after the sentence names its author
        if not _CLAIM_WORD.search(text, end):
            return found  # (no claim told after the sentence: no group to look for there)
        ahead = text.find("\n\n", end, end + LOOK_BACK_CHARS)
        ahead = ahead if ahead >= 0 else min(len(text), end + LOOK_BACK_CHARS)
        named = {m.group.name for m in found if m.group is not None}
        claimed = [m for m in find(end, ahead) if m.kind == "group" and m.group is not None
                   and m.group.name not in named and _CLAIM.match(text, m.end)]
        return claimed + found  # the group that claims the attack comes before the "gunmen" who carried it out

    def resolve(self, text: str, start: int, end: int, sub_event_type: str, context: ActorContext,
                doc: "Doc | None" = None) -> RoleAssignment:
        """Actors of one event whose sentence is ``text[start:end]`` (``doc``: the text's parse, if any)."""
        country = context.country.name if context.country else None
        return assign_roles(sub_event_type, self.matches(text, start, end, country), context, text, doc,
                            sentence=(start, end))
