"""ACLED's event taxonomy and actor-type codes, as published in its codebook (see docs/FIELDS.md)."""

from __future__ import annotations

__all__ = ["EVENT_TYPES", "SUB_EVENT_TYPES", "INTER_CODES", "event_type_of", "interaction_code", "is_valid_pair"]

#: event_type -> its sub-event types, in codebook order.
EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}

SUB_EVENT_TYPES: dict[str, str] = {sub: event for event, subs in EVENT_TYPES.items() for sub in subs}

#: ACLED inter codes: the kind of actor.
INTER_CODES: dict[int, str] = {
    1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
}


def event_type_of(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to; KeyError for a name outside the codebook."""
    return SUB_EVENT_TYPES[sub_event_type]


def is_valid_pair(event_type: str, sub_event_type: str) -> bool:
    return SUB_EVENT_TYPES.get(sub_event_type) == event_type


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction: both inter codes joined lowest first; a missing side counts as 0 (e.g. 20)."""
    if not inter1 and not inter2:
        return None
    low, high = sorted((inter1 or 0, inter2 or 0))
    if low == 0:
        return high * 10
    return low * 10 + high
