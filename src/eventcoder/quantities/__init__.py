"""Figures in news text: numbers read conservatively, casualty/injury/arrest/abduction counts, who
reports them, and tallies that sum many events.

Pure Python (text2num for number words, no spaCy).
"""

from __future__ import annotations

from .aggregates import AggregateCue, TallyScope, aggregate_cue, continues_a_tally, days_back, is_aggregate, tally_scopes
from .attribution import Attribution, attribution_for, find_attributions, told_by_pronoun
from .casualties import (CASUALTY_WORDS, CLAIMED_LOSSES, MEASURES, UNNUMBERED_DEATHS, CountFinding, find_claimed_losses,
                         find_counts)
from .numbers import VAGUE_QUANTITIES, Quantity, find_numbers, parse_number

__all__ = [
    "Quantity", "find_numbers", "parse_number", "VAGUE_QUANTITIES",
    "CountFinding", "find_counts", "find_claimed_losses", "CLAIMED_LOSSES", "MEASURES", "UNNUMBERED_DEATHS",
    "CASUALTY_WORDS",
    "Attribution", "find_attributions", "attribution_for", "told_by_pronoun",
    "AggregateCue", "TallyScope", "aggregate_cue", "continues_a_tally", "days_back", "is_aggregate", "tally_scopes",
]
