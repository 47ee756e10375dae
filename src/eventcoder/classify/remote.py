"""Remote violence typed by its weapon, read over a whole event clause after the clause rules.

Many explosions at once read as shelling, but an improvised device named by its acronym
("twin RCIED explosions", "a VBIED") is a Remote explosive/landmine/IED (ACLED codebook) unless
an artillery weapon is named too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import CueSet

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .detect import Candidate

__all__ = ["retype_remote"]

#: IED, RCIED (remote-controlled), VBIED (vehicle-borne), PBIED (person-borne), SVBIED, HBIED (house-borne).
_IED_ACRONYM = re.compile(r"^(?:rc|vb|pb|svb|hb|r\.c\.)?-?ieds?$", re.I)


def retype_remote(doc: "Doc", sentence: CueSet, candidate: "Candidate") -> None:
    """Shelling whose clause names an improvised explosive device and no artillery becomes an IED event."""
    if candidate.sub_event_type != "Shelling/artillery/missile attack":
        return
    clause = sentence.within(candidate.clause.start, candidate.clause.end)
    if clause.has("shelling"):
        return
    device = next((t for t in doc[candidate.clause.start:candidate.clause.end] if _IED_ACRONYM.match(t.text)), None)
    if device is None:
        return
    candidate.sub_event_type = "Remote explosive/landmine/IED"
    candidate.rule = f"{candidate.rule} + {device.text!r} named -> Remote explosive/landmine/IED"
