"""Attacks that grow out of a private dispute between ordinary people, read over the event's sentence.

ACLED's codebook codes violence by unorganised people, with no armed group behind it, as Mob violence by
Rioters, not as an Attack by an armed group: a man beaten to death by his neighbours "over a land dispute",
relatives who assault a man "after an altercation", rivals who attack a student "in a dispute over a pond".
The sentence must name the dispute and no armed party, firearm, clan or tribe: a shooting takes arms, and
clans and tribes field militias whose fights ACLED codes as battles or attacks by communal militias.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cues import CueSet

if TYPE_CHECKING:
    from .detect import Candidate

__all__ = ["DISPUTE_RULE", "retype_dispute"]

#: The words the retyping adds to a mention's rule: its party is the person harmed, though no crowd is named.
DISPUTE_RULE = "between ordinary people, no armed party"
#: "over a land dispute", "in a dispute over the lease", "after an altercation", "over their enmity".
_DISPUTE = re.compile(r"\b(?:disputes?|feuds?|enmity|quarrel(?:s|led|ed|ing)?|altercations?|arguments?|scuffles?|"
                      r"brawls?)\b", re.I)
#: What makes the attackers armed or organised, or the quarrel one between clans: no private dispute then.
_ARMED = re.compile(r"\b(?:shot|shoot\w*|firing|fired|gun\w*|bullets?|rifles?|pistols?|firearms?|armed|clans?|"
                    r"tribes?|tribal|tribesmen|militias?|militiam[ae]n|gangs?|cartels?|police\w*|soldiers?|troops|army|"
                    r"security|guards?)\b", re.I)


def retype_dispute(sentence: CueSet, candidate: "Candidate") -> None:
    """An Attack whose sentence tells a private dispute and names no armed party becomes Mob violence."""
    if candidate.sub_event_type != "Attack" or sentence.has("armed_party", "small_arms"):
        return
    text = candidate.sentence.text
    found = _DISPUTE.search(text)
    if found is None or _ARMED.search(text):
        return
    candidate.sub_event_type = "Mob violence"
    candidate.rule = f"{candidate.rule} + {found.group(0)!r} {DISPUTE_RULE} -> Mob violence"
