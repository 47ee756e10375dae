"""ACLED's decision rules over the cues of one clause: which sub-event type, why, and how sure.

The rules follow the codebook's order of precedence (docs/EVENT_TYPES.md): specific weapons
before generic violence, violent demonstrators before the force used against them, armed targets
(Battles) apart from unarmed ones (Violence against civilians), state arrests apart from
abductions by armed groups.

Each family of rules is a module: protests, riots, explosions, seizures, fighting and fallbacks;
``common`` and ``crowd`` hold what several families read. ``decide`` runs the families in the
codebook's order of precedence.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..cues import CueSet
from .common import Decision, done_by_non_state, fighting_parties
from .protests import (_codebook_firsts, decide_protest, _demonstration, describes_a_noun, PROTEST_SEVERITY,
                       STRONG_RIOT)
from .riots import _fight_or_crowd_violence
from .explosions import _remote_violence, _suicide_or_disrupted
from .seizures import _abduction, _arrest, _displacement_or_graves, _goods_seized, named_place_taken, _territory
from .fighting import _battle_or_attack
from .fallbacks import _property_base_or_agreement, _weak_cues

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Decision", "decide", "decide_protest", "describes_a_noun", "done_by_non_state", "fighting_parties",
           "named_place_taken", "PROTEST_SEVERITY", "STRONG_RIOT"]

#: The rule families in the codebook's order of precedence; the first that decides wins.
_RULES: tuple[Callable[["Doc", CueSet, CueSet], Decision | None], ...] = (
    _codebook_firsts, _demonstration, _fight_or_crowd_violence, _suicide_or_disrupted, _remote_violence,
    _displacement_or_graves, _abduction, _goods_seized, _territory, _arrest, _battle_or_attack, _property_base_or_agreement,
    _weak_cues)


def decide(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """The sub-event type a clause reports, by ACLED's rules, or None when it reports no event."""
    for rule in _RULES:
        if (decision := rule(doc, clause, sentence)) is not None:
            return decision
    return None
