"""An armed side's weapons or posts destroyed by another ("Our forces destroyed an enemy tank near X", "Ukrainian
gunners knocked out two Russian howitzers"): ACLED codes a fight between the two sides, an Armed clash, or an
Air/drone strike when a drone or an aircraft did it; never property destruction, a disrupted weapon or a protest,
which short military posts are otherwise often taken for."""

from __future__ import annotations

import re

__all__ = ["MATERIEL_STRUCK", "fight_over_materiel"]

#: A verb of destroying, then (within a few words) a heavy weapon, an armoured vehicle or a post of a side at a front
#: (not boats, caches or depots found and destroyed in a clearance operation: ACLED codes those as property destruction;
#: nor a party's initials: "the home of an APC leader", Nigeria's and Sierra Leone's All People's/Progressives Congress).
MATERIEL_STRUCK = re.compile(
    r"\b(?:destroy(?:ed|s|ing)?|struck|hit(?:s|ting)?|knock(?:ed|s)?\s+out|took\s+out|tak(?:es|ing)\s+out|"
    r"disabl(?:ed|es|ing)|eliminat(?:ed|es|ing)|wip(?:ed|es)\s+out|burn(?:ed|t)|damag(?:ed|es|ing)|neutrali[sz](?:ed|es))\s+"
    r"(?:[\w'’\-]+\s+){0,4}?"
    r"(?:tanks?|armou?red\s+(?:personnel\s+carriers?|fighting\s+vehicles?|vehicles?)|(?-i:APCs?)(?!\s+(?:leaders?|chieftains?|members?|candidates?|chairman|supporters?|stalwarts?|lawmakers?|"
    r"officials?|government|party|secretariat|offices?|headquarters|youths?|women|faithful)\b)|IFVs?|BMPs?|BTRs?|"
    r"artillery\s+(?:systems?|pieces?|guns?|positions?)|howitzers?|(?:multiple\s+)?rocket\s+launchers?|MLRS|"
    r"air\s+defen[cs]e\s+systems?|radars?|radar\s+stations?|command\s+posts?|observation\s+posts?|"
    r"dugouts?|firing\s+positions?|fortified\s+positions?|infantry\s+fighting\s+vehicles?)\b", re.I)
#: The word of a drone or an aircraft doing it ("an FPV drone of our brigade destroyed ...").
_FROM_THE_AIR = re.compile(r"\b(?:drones?|UAVs?|FPVs?|quadcopters?|unmanned|air\s?strikes?|aircraft|warplanes?|"
                           r"jets?|helicopters?|aviation)\b", re.I)
#: Sub-types told by a weapon word of their own, which the destroyed materiel does not change.
_KEPT = frozenset({"Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Suicide bomb",
                   "Chemical weapon", "Government regains territory", "Non-state actor overtakes territory"})


def fight_over_materiel(sentence: str, sub_event_type: str) -> str | None:
    """The sub-type an armed side's materiel destroyed in ``sentence`` calls for, when it is not ``sub_event_type``
    (the caller checks that two armed sides are named)."""
    if sub_event_type in _KEPT or not MATERIEL_STRUCK.search(sentence):
        return None
    wanted = "Air/drone strike" if _FROM_THE_AIR.search(sentence) else "Armed clash"
    return wanted if wanted != sub_event_type else None
