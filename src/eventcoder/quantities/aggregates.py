"""Aggregate tallies: figures that sum many events ("killed at least 600 protesters since October
2019", "bringing the death toll to 500", "so far"), which ACLED never codes as one event.

:func:`aggregate_cue` finds the phrase that marks a tally in a sentence; :func:`is_aggregate`
decides for a figure, looking at its own sentence and, for phrases that point back ("so far",
"to date"), the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..temporal.expressions import find_date_expressions, long_ranges
from .numbers import parse_number

__all__ = ["AggregateCue", "TallyScope", "aggregate_cue", "is_aggregate", "tally_scopes", "days_back", "days_after",
           "ACROSS_THE_LAND", "ACROSS_A_REGION", "RECENT_YEARS", "continues_a_tally"]

_PERIOD_WORDS = (r"(?:protests?|demonstrations?|uprising|unrest|revolution|movement|crackdown|crisis|conflict|war|"
                 r"campaign|violence|clashes|fighting|offensive|operation|siege|blockade|occupation|insurgency)")
_CAMPAIGN_WORDS = (r"(?:insurgency|insurgencies|conflict|war|violence|fighting|unrest|crisis|uprising|campaign|"
                   r"rebellion|crackdown|bloodshed)")
#: Upheavals that open an era a tally runs from ("since the coup", "since the military takeover").
_UPHEAVALS = r"(?:coup|putsch|takeover|invasion|independence)"
_MONTH_OR_YEAR = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|"
                  r"last\s+(?:year|month|week)|then|(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                  r"Sunday))")
#: A figure summed over a country ("457 people were arrested nationwide"), not one place's.
ACROSS_THE_LAND = (r"\b(?:arrested|detained|held|killed|injured|wounded|died|toll|deaths|firing)\s+(?:[\w,-]+\s+){0,5}?"
                   # ("killed on Sunday in clashes between protesters and the ruling party's supporters across the
                   # country": the clashes' scenes, summed)
                   r"(?:(?:in|during|amid)\s+(?:[\w-]+\s+)?(?:clashes|protests|violence|unrest|riots|rioting|fighting|"
                   r"demonstrations)\s+(?:[\w'\u2019-]+\s+){0,10}?)?"
                   r"(?:nationwide|countrywide|statewide|across\s+the\s+(?:country|nation|state|province)|"
                   r"throughout\s+the\s+(?:country|state|province))\b"
                   # "Across the state, police detained 200 bandh supporters"
                   r"|^\W*(?:across|throughout|all\s+over)\s+the\s+(?:country|nation|state|province)\b")
#: A figure spread over a named region ("coordinated attacks across Balochistan, killing 38", "arrested
#: throughout Punjab"): the sum of the scenes of many events, as "across the province" is.
ACROSS_A_REGION = (r"\b(?:(?:arrested|detained|held|killed|injured|wounded|died)\s+(?:[\w,-]+\s+){0,5}?|(?:attacks|raids|"
                   r"strikes|airstrikes|bombings|assaults|clashes|ambushes|shootings|killings)\s+)(?:across|throughout)\s+"
                   r"(?P<region>(?-i:[A-Z][\w'\u2019-]+)(?:\s+(?-i:[A-Z][\w'\u2019-]+))?)")
#: Years of events summed ("bandits have killed thousands of people in recent years").
RECENT_YEARS = r"\b(?:in|over|during)\s+(?:the\s+)?recent\s+(?:years|months|decades)\b|\bover\s+the\s+years\b"
_SAME_SENTENCE = re.compile(
    "(?i)" + ACROSS_THE_LAND + "|" + ACROSS_A_REGION + "|" + RECENT_YEARS + "|"
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\b|(?:the\s+)?(?:[\w-]+\s+){0,2}" + _PERIOD_WORDS
    + r"|(?:early\s+|late\s+|mid-?)?" + _MONTH_OR_YEAR + r"\b"
    # an upheaval that opened an era, or one named by its year: "since the 2021 coup", "since the invasion"
    r"|the\s+(?:19|20)\d{2}\b(?!\s*[-/\u2013])|(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}" + _UPHEAVALS + r"\b)"
    r"|\bbring(?:s|ing)?\s+(?:the\s+\w+\s+)?to\s+(?:more\s+than\s+|at\s+least\s+|over\s+)?[\w,]+\s+the\s+(?:total|number|toll)\b"
    r"|\bso\s+far\b|\bto\s+date\b|\b(?:overall|total)\s+(?:death\s+)?toll\b|\bcumulative\b"
    # a share of the dead told ("600 had died and nearly 25 per cent of them had been killed by police bullets",
    # "Ahmedabad has been worst affected, accounting for over 210 deaths"), not "50 per cent of these costs"
    r"|\b(?:per\s?cent|percent|%)\s+of\s+(?:them|the\s+(?:dead|victims|deaths)|those\s+(?:killed|who\s+died))\b"
    r"|\baccounting\s+for\s+(?:over\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?[\d,]+\s+(?:of\s+the\s+)?"
    r"(?:deaths|dead|killings|lives)\b"
    # a running count passing a round figure: "the death toll had touched the 200 mark", "crossed the 500-mark"
    r"|\btoll\b[^.;]{0,40}?\b(?:touched|hit|crossed|reached|topped|passed)\s+the\s+[\d,]+\s*-?\s*mark\b"
    # a running count that moved: "the spurt in the death toll from 544 to 607", "28 more deaths added to the tally"
    r"|\btoll\s+from\s+[\d,]+\s+to\s+[\d,]+|\badded\s+to\s+the\s+(?:death\s+)?(?:tally|toll)\b"
    r"|\b(?:bringing|raising|pushing|taking)\s+the\s+(?:overall\s+|total\s+|death\s+|casualty\s+)*(?:toll|total|number)\b"
    r"|\b(?:death\s+)?toll\s+(?:\w+\s+){0,3}(?:from|of|in|during)\s+(?:the\s+)?(?:\w+\s+){0,2}" + _PERIOD_WORDS + r"\b"
    r"|\b(?:over|during|in)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years)\b"
    r"|\bthroughout\s+the\s+(?:\w+\s+){0,2}" + _PERIOD_WORDS + r"\b"
    r"|\bsince\s+(?:they|it|the\s+(?:[\w-]+\s+){0,2}\w+)\s+(?:began|started|erupted|broke\s+out)\b"
    # the campaign itself as the killer: "The insurgency, which began in 2009, has killed more than 35,000"
    r"|\b" + _CAMPAIGN_WORDS + r"\b(?:,[^,]{1,60},)?\s+(?:has|have)\s+(?:\w+\s+)?(?:killed|claimed|left|cost)\b"
    # the campaign's dead told in a relative clause: "the 2013-2018 civil war, in which nearly 400,000 people died"
    r"|\b" + _CAMPAIGN_WORDS + r",?\s+(?:in|during)\s+which\b"
)
# several days or more ("killed in bandit attacks last year", "In 2023, police killed 871 people", "in the
# first nine months", "73 have died in police firing over the last five days", "after five days of rioting"):
# ACLED's events are days, so a large figure over such a span sums many events
_LONG_PERIOD = re.compile(
    r"(?i)\b(?:last|this|past|previous)\s+year\b|\bin\s+(?:early\s+|late\s+|mid-?)?(?:19|20)\d{2}\b(?!\s*[-/])"
    r"|\bin\s+the\s+first\s+(?:\w+\s+)?(?:months|weeks|half|quarter)\b|\b(?:every|each)\s+year\b"
    r"|\b(?:over|during|in|within)\s+the\s+(?:past|last|first|previous|following|next)\s+(?:\w+\s+)?(?:days|week)\b"
    # a campaign's first year or months: "killed in the conflict's first year", "during the war's first six months"
    r"|\b(?:in|during|over|within)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,2}first\s+(?:\w+\s+)?"
    r"(?:year|years|months|weeks)\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+days\s+of\s+(?:the\s+)?" + _PERIOD_WORDS + r"\b"
    r"|\b(?:19|20)\d{2}\s*[-\u2013]\s*(?:19|20)?\d{2}\b"  # years: "the 2013-2018 civil war", "in 2019-20"
    # many scenes summed: "as many as 47 persons have been killed in various places"
    r"|\b(?:arrested|detained|held|killed|injured|wounded|died)\s+(?:in|at)\s+(?:various|several|different|many|"
    r"numerous)\s+(?:places|parts|areas|towns|cities|districts|locations)\b"
    # "reports of the killing of 15 people in separate incidents": many events' dead summed
    r"|\bin\s+(?:(?:several|various|many|numerous|different)\s+)?separate\s+(?:incidents|attacks|clashes)\b")
# a figure that sums: 10 or more (not a year), or "hundreds", "thousands" ("killed in 2012" is one killing)
_MANY = re.compile(r"(?i)\b(?!(?:19|20)\d{2}\b)\d{2,}\b|\b\d{1,3}(?:,\d{3})+\b|\b(?:dozens|hundreds|thousands|scores)\b")
_POINTS_BACK = re.compile(r"(?i)\bso\s+far\b|\bto\s+date\b")
# Cues that sum only in a sentence with no event date of its own, and with a large figure: official
# statistics ("the official statistics say that 99 persons have been killed in police firing"), an
# aftermath or a "post-X" period ("486 deaths have taken place in the post-godhra aftermath",
# "post-Godhra, 668 persons had died", "post-poll violence has claimed 40 lives")
_UNDATED_TALLY = re.compile(
    r"(?i)\b(?:official\s+)?(?:statistics|figures|data|records)\s+(?:\w+\s+)?(?:say|says|said|show|shows|showed|"
    r"indicate|indicates|indicated)\b"
    r"|\bin\s+the\s+(?:[\w'-]+\s+){0,2}aftermath\b"
    r"|\bpost-[a-z]+(?:\s*,|\s+(?:violence|riots?|clashes|unrest|aftermath|period|killings))")
# A sentence that breaks down the tally told just before ("Out of this, 97 died in police firing",
# "Of these, 40 were children"): its figures are parts of that tally, not events.
_PART_OF_PREVIOUS = re.compile(
    r"(?i)^\W*(?:out\s+of\s+(?:this|these|them|that|those|which|the\s+(?:total|toll|dead))|of\s+(?:this|these|them|those)"
    r"|among\s+(?:them|these|those|the\s+dead))\b")


#: A figure told with the share one place had ("56 were killed on Friday, most of them in Dhaka"): spread over
#: several places, so a tally, whatever day it names. Its figure is told before it.
_PARTS_ELSEWHERE = re.compile(r"(?i)\b(?:most|many|some|half|all|\w+)\s+of\s+them\s+in\s+(?-i:[A-Z])")
#: What opens a clause that goes on with the harm a spread act did (", killing 38 civilians").
_HARM_FOLLOWS = re.compile(r"(?i)\s*,\s*(?:killing|leaving|wounding|injuring|claiming)\b")
_FIGURE_WORD = re.compile(r"(?i)\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|"
                          r"hundreds|thousands)\b")

_TOLL_CUE = re.compile(r"(?i)^(?:bringing|raising|pushing|taking|overall|cumulative)")
_CLAUSE_END = re.compile(r"[,;:()\u2014]|\s-\s")


@dataclass(frozen=True, slots=True)
class AggregateCue:
    """The phrase that marks a tally, with its span (relative to the text searched plus any offset)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TallyScope:
    """The part of a sentence (``start``..``end``) whose figures are tallies, and the cue that says so."""

    cue: AggregateCue
    start: int
    end: int


def _long_range(sentence: str) -> AggregateCue | None:
    """A range of dates longer than a week ("Between 1 January and 8 July 2026, 142 ... have been killed"): the
    figures told over it sum many days' events."""
    if not re.search(r"(?i)\b(?:between|from)\b", sentence):
        return None
    ranges = long_ranges(sentence, find_date_expressions(sentence))
    if not ranges:
        return None
    first, last = ranges[0]
    start = sentence.rfind(" ", 0, max(first.start - 1, 0)) + 1  # the "between" or "from" that opens it
    return AggregateCue(sentence[start:last.end], start, last.end)


def aggregate_cue(sentence: str, *, offset: int = 0) -> AggregateCue | None:
    """The first tally phrase in ``sentence``, or None."""
    match = _SAME_SENTENCE.search(sentence) or _PARTS_ELSEWHERE.search(sentence)
    if match is None:
        found = _long_range(sentence)
        if found is not None:
            return AggregateCue(found.text, found.start + offset, found.end + offset)
        match = _LONG_PERIOD.search(sentence)
        if match is None or not _MANY.search(sentence):
            return None
    return AggregateCue(match.group(0), match.start() + offset, match.end() + offset)


def is_aggregate(sentence: str, next_sentence: str | None = None) -> AggregateCue | None:
    """The cue that makes the figures of ``sentence`` a tally of many events, or None.

    A phrase in the sentence itself counts; in the next sentence only one that points back
    ("However, no one has stood trial so far.").
    """
    cue = aggregate_cue(sentence)
    if cue is not None:
        return cue
    if next_sentence:
        match = _POINTS_BACK.search(next_sentence)
        if match is not None and not re.search(r"(?i)\b(?:killed|dead|died|wounded|injured|arrested)\b", next_sentence):
            return AggregateCue(match.group(0), -1, -1)  # outside this sentence
    return None


def tally_scopes(sentence: str, *, next_sentence: str | None = None, dated: bool = False,
                 offset: int = 0) -> list[TallyScope]:
    """The parts of ``sentence`` whose figures are tallies (spans shifted by ``offset``).

    A sentence without its own event date ("Activists say the forces killed at least 600") is a
    tally as a whole when it holds a cue. A dated sentence ("Two died on Tuesday, bringing the
    toll to 450") keeps its own figures: only the figure after a toll phrase, or the clause of a
    period phrase ("since October"), is a tally.
    """
    cue = is_aggregate(sentence, next_sentence)
    if cue is None and not dated and _MANY.search(sentence):
        match = _UNDATED_TALLY.search(sentence)
        cue = AggregateCue(match.group(0), match.start(), match.end()) if match else None
    if cue is None:
        return []
    if not dated:
        return [TallyScope(AggregateCue(cue.text, cue.start + offset if cue.start >= 0 else -1,
                                        cue.end + offset if cue.end >= 0 else -1), offset, len(sentence) + offset)]
    scopes = []
    for match in _SAME_SENTENCE.finditer(sentence):
        found = AggregateCue(match.group(0), match.start() + offset, match.end() + offset)
        if _TOLL_CUE.match(match.group(0)) or re.match(r"(?i)\b(?:death\s+)?toll", match.group(0)):
            end = _clause_end(sentence, match.end())
            scopes.append(TallyScope(found, match.start() + offset, end + offset))
        else:
            start = _subject_clause(sentence, match.start())
            end = _clause_end(sentence, match.end())
            harm = _HARM_FOLLOWS.match(sentence, end)
            if harm is not None and not _FIGURE_WORD.search(sentence, start, end):  # "attacks across X, killing 38"
                end = _clause_end(sentence, harm.end())
            scopes.append(TallyScope(found, start + offset, end + offset))
    for match in _PARTS_ELSEWHERE.finditer(sentence):  # "56 were killed on Friday, ..., most of them in Dhaka"
        breaks = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, match.start())]
        start = next((b for b in reversed([0, *breaks]) if _FIGURE_WORD.search(sentence, b, match.start())), 0)
        found = AggregateCue(match.group(0), match.start() + offset, match.end() + offset)
        scopes.append(TallyScope(found, start + offset, match.start() + offset))
    found_range = _long_range(sentence)
    if found_range is not None:  # "..., and between 1 January and 8 July, 142 were killed": that clause
        start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, found_range.start)), default=0)
        end = _clause_end(sentence, found_range.end)
        outside = sentence[start:found_range.start] + " " + sentence[found_range.end:end]
        if not re.search(r"\d|\b(?:dozens|hundreds|thousands|scores)\b", outside):
            end = _clause_end(sentence, end + 1)  # "Between 1 January and 8 July, 142 ...": the figure follows
        scopes.append(TallyScope(AggregateCue(found_range.text, found_range.start + offset, found_range.end + offset),
                                 start + offset, end + offset))
    if _MANY.search(sentence):
        for match in _LONG_PERIOD.finditer(sentence):
            found = AggregateCue(match.group(0), match.start() + offset, match.end() + offset)
            start = max((m.end() for m in _CLAUSE_END.finditer(sentence, 0, match.start())), default=0)
            end = _clause_end(sentence, match.end())
            if not _MANY.search(sentence, start, end):  # "In 2023, police killed 871": the figure follows
                end = _clause_end(sentence, end + 1)
            scopes.append(TallyScope(found, start + offset, end + offset))
    return scopes


#: A clause that only adds to its subject: "At least 100 people, including 14 police officers, were killed ...".
_APPENDED = re.compile(r"(?i)\s*(?:including|among\s+them|among\s+whom)\b")
_HARM_VERB = re.compile(r"(?i)(?:arrested|detained|held|killed|injured|wounded|died)\b")


def _subject_clause(sentence: str, at: int) -> int:
    """Where the clause of the cue at ``at`` starts: after the last clause break before it, or, when the cue is a
    passive harm verb with no figure in its clause ("were killed ... across the country"), where its subject's
    figure is ("At least 100 people, including 14 police officers, were killed"), past what only adds to it."""
    breaks = [0, *(m.end() for m in _CLAUSE_END.finditer(sentence, 0, at))]
    if not _HARM_VERB.match(sentence, at) or _FIGURE_WORD.search(sentence, breaks[-1], at):
        return breaks[-1]
    for i in range(len(breaks) - 1, -1, -1):
        if _FIGURE_WORD.search(sentence, breaks[i], at) and not _APPENDED.match(sentence, breaks[i]):
            return breaks[i]
    return breaks[-1]


def continues_a_tally(sentence: str) -> AggregateCue | None:
    """The opening that makes ``sentence`` a breakdown of the tally told just before ("Out of this, 97
    died in police firing"), or None. The caller checks that the sentence before was a tally."""
    match = _PART_OF_PREVIOUS.search(sentence)
    return AggregateCue(match.group(0), match.start(), match.end()) if match else None


_DAYS_BACK = re.compile(r"(?i)\b(?:over|during|in|within)\s+the\s+(?:past|last|previous)\s+(\w+)\s+days\b")


#: A running toll's span told as a length of unrest ("bring the toll from a month of protests to 46", "after three
#: weeks of clashes"): the period runs that long back from publication.
_SPAN_OF_UNREST = re.compile(r"(?i)\b(?:from|over|after|in|during)\s+(?:the\s+)?(?P<n>a|an|one|two|three|four|five|six|"
                             r"seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?|months?)\s+of\s+(?:[\w-]+\s+)?"
                             r"(?:protests?|unrest|demonstrations?|clashes|fighting|violence|riots?|rioting)\b")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}


def days_back(sentence: str) -> int | None:
    """How many days before publication a tally's period starts ("over the last five days": 5; "the toll from a
    month of protests": 30), or None."""
    match = _DAYS_BACK.search(sentence)
    if match:
        return parse_number(match.group(1))
    unrest = _SPAN_OF_UNREST.search(sentence)
    if unrest is None:
        return None
    n = 1 if unrest.group("n").lower() in ("a", "an") else parse_number(unrest.group("n"))
    return n * _UNIT_DAYS[unrest.group("unit").lower().rstrip("s")] if n else None


_DAYS_AFTER = re.compile(r"(?i)\b(?:over|during|in|within)\s+the\s+(?:following|next)\s+(\w+)\s+days\b")


def days_after(sentence: str) -> int | None:
    """How many days after the day told before a tally's period runs ("in the following three days": 3), or None."""
    match = _DAYS_AFTER.search(sentence)
    return parse_number(match.group(1)) if match else None


def _clause_end(sentence: str, position: int) -> int:
    match = _CLAUSE_END.search(sentence, position)
    return match.start() if match else len(sentence)
