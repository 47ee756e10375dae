"""Figures in news text: numbers read conservatively, casualty/injury/arrest/abduction counts, who
reports them, and tallies that sum many events.

Pure Python (text2num for number words, no spaCy).
"""

from __future__ import annotations

from .aggregates import AggregateCue, TallyScope, aggregate_cue, continues_a_tally, days_back, is_aggregate, tally_scopes
from .attribution import Attribution, attribution_for, find_attributions
from .casualties import CASUALTY_WORDS, MEASURES, UNNUMBERED_DEATHS, CountFinding, find_counts
from .numbers import VAGUE_QUANTITIES, Quantity, find_numbers, parse_number

__all__ = [
    "Quantity", "find_numbers", "parse_number", "VAGUE_QUANTITIES",
    "CountFinding", "find_counts", "MEASURES", "UNNUMBERED_DEATHS", "CASUALTY_WORDS",
    "Attribution", "find_attributions", "attribution_for",
    "AggregateCue", "TallyScope", "aggregate_cue", "continues_a_tally", "days_back", "is_aggregate", "tally_scopes",
]
