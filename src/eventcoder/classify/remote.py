"""Remote violence typed by its weapon, read over a whole event clause after the clause rules.

Many explosions at once read as shelling, but an improvised device named by its acronym
("twin RCIED explosions", "a VBIED") is a Remote explosive/landmine/IED (ACLED codebook) unless
an artillery weapon is named too. Fire from heavy weapons at a distance that meets no fighting
("fired IFVs at the positions of", "57 shots involving heavy machineguns", "fired 14.5mm machine
guns at villages", "fired machine guns, assumedly heavy, at") is a Shelling/artillery/missile
attack, not an armed clash: no small arms, no clash, no assault.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import CueSet

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .detect import Candidate

__all__ = ["retype_remote", "retype_heavy_fire", "retype_fire_returned", "IED_ACRONYM"]

#: IED, RCIED (remote-controlled), VBIED (vehicle-borne), PBIED (person-borne), SVBIED, HBIED (house-borne),
#: UVIED (under-vehicle).
IED_ACRONYM = re.compile(r"^(?:rc|vb|pb|svb|hb|uv|r\.c\.)?-?ieds?$", re.I)


def retype_remote(doc: "Doc", sentence: CueSet, candidate: "Candidate") -> None:
    """Shelling whose clause names an improvised explosive device and no artillery becomes an IED event."""
    if candidate.sub_event_type != "Shelling/artillery/missile attack":
        return
    clause = sentence.within(candidate.clause.start, candidate.clause.end)
    if clause.has("shelling"):
        return
    device = next((t for t in doc[candidate.clause.start:candidate.clause.end] if IED_ACRONYM.match(t.text)), None)
    if device is None:
        return
    candidate.sub_event_type = "Remote explosive/landmine/IED"
    candidate.rule = f"{candidate.rule} + {device.text!r} named -> Remote explosive/landmine/IED"


_HEAVY = re.compile(r"\b(?:IFVs?|BMPs?|APCs?|cannons?|anti[\s-]?aircraft(?:\s+guns?)?|heavy\s+machine[\s-]?guns?|"
                    r"heavy\s+machineguns?|heavy\s+and\s+medium\s+(?:weapons|machine[\s-]?guns)|"
                    r"machine[\s-]?guns?,?\s+(?:(?:assumedly|presumably|reportedly|probably|likely)\s+)?heavy|"
                    r"(?:12\.7|14\.5|23|30)\s?mm|recoilless|tank\s+(?:fire|rounds|shells))\b", re.I)
_LIGHT = re.compile(r"\b(?:small[\s-]arms|light\s+weapons|assault\s+rifles?|AK-?47s?|pistols?|handguns?)\b", re.I)
_FIRED = re.compile(r"\b(?:fired|fire|firing|shot|shots|shelled|targeted|bursts?|projectiles?|explosions?)\b", re.I)


def retype_heavy_fire(doc: "Doc", sentence: CueSet, candidate: "Candidate") -> None:
    """An "armed clash" that is heavy-weapon fire at a distance, meeting no fighting, is shelling."""
    if candidate.sub_event_type != "Armed clash":
        return
    clause = sentence.within(candidate.clause.start, candidate.clause.end)
    if clause.has("clash") or any(c.phrase in {"attack", "attacked", "raid", "storm"} for c in clause.get("violence")):
        return
    text = doc[candidate.clause.start:candidate.clause.end].text
    heavy = _HEAVY.search(text)
    if heavy is None or _LIGHT.search(text) or not _FIRED.search(text):
        return
    candidate.sub_event_type = "Shelling/artillery/missile attack"
    candidate.rule = f"{candidate.rule} + {heavy.group(0)!r} fired, no fighting -> Shelling/artillery/missile attack"


#: The target fires back: "Police responded with gunfire", "reacted with gunfire towards the attackers", "opened
#: gunfire in response", "responded to the fire", "returned fire".
_FIRE_RETURNED = re.compile(r"\b(?:respond|react)(?:s|ed|ing)?\s+(?:with\s+(?:gun)?fire|to\s+the\s+(?:fire|attack)\b)|"
                            r"\b(?:return|returned|returning)\s+(?:the\s+)?fire\b|\bfired?\s+back\b|"
                            r"\b(?:gun)?fire\s+in\s+response\b", re.I)
_ONE_SIDED = frozenset({"Grenade", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"})


def retype_fire_returned(doc: "Doc", candidate: "Candidate") -> None:
    """A grenade, shell or bomb whose target fires back, in its sentence or the next, is an armed clash:
    remote violence meets no fire in return (ACLED codebook)."""
    if candidate.sub_event_type not in _ONE_SIDED:
        return
    sentence = candidate.sentence
    following = doc[sentence.end].sent if sentence.end < len(doc) else None
    for part in (sentence, following):
        found = _FIRE_RETURNED.search(part.text) if part is not None else None
        if found is not None:
            candidate.sub_event_type = "Armed clash"
            candidate.rule = f"{candidate.rule} + {found.group(0)!r} -> Armed clash"
            return
