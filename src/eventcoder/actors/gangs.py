"""The marks of gang violence: where ACLED's methodology names unidentified perpetrators as gangs.

In Mexico and Brazil ACLED does not call every unknown killer a gang: "two armed men shot a man" is an
unidentified armed group, but a killing that bears the marks of organised crime (a drive-by shooting, a body
found bound, tortured, mutilated or burnt, an execution, a death squad, a threatening message left beside it,
a motive the report ties to gangs, cartels, drugs or extortion) is the country's gang actor ("Unidentified Gang
(Mexico)", "Unidentified Gang and/or Police Militia" in Brazil)."""

from __future__ import annotations

import re

__all__ = ["gang_marked"]

#: How a killing shows organised crime at work.
_HALLMARKS = re.compile(
    r"\bdrive[\s-]?by\b"
    r"|\btied\b(?!\s+to\b)|\bbound\b(?!\s+(?:to|for)\b)|\bhandcuffed\b|\bblindfolded\b|\bgagged\b|\bmuzzled\b"
    r"|\btortur(?:e|ed)\b|\bmutilat\w*|\bdismember\w*|\bbehead\w*|\bdecapitat\w*|\bhuman\s+remains\b"
    r"|\b(?:half|partially)[\s-](?:burnt|burned|charred)\b|\b(?:burnt|burned|charred)\s+(?:body|bodies|remains|corpses?)\b"
    r"|\b(?:body|bodies|corpses?|remains)\s+(?:\w+\s+){0,2}?(?:burnt|burned|charred)\b"
    r"|\bexecut(?:ed|ion)\b|\bcoup\s+de\s+gr[aâ]ce\b|\bshots?\s+(?:\w+\s+){0,3}back\s+of\s+the\s+head\b"
    r"|\bdeath\s+squads?\b|\bwearing\s+(?:\w+\s+){0,2}?(?:police|military)\s+(?:uniforms?|fatigues|vests?)\b"
    r"|\b(?:threatening|narco[\s-]?)\s*messages?\b|\bmessages?\s+signed\b|\bnarco[\s-]?(?:manta|banner)s?\b"
    r"|\b(?:related|linked|connected|due)\s+to\s+(?:\w+\s+){0,4}?(?:gangs?|cartels?|criminal\s+groups?|organi[sz]ed\s+crime|"
    r"drug\s+(?:trafficking|sales?|dealing)|the\s+sale\s+of\s+drugs|extortions?)\b"
    r"|\b(?:gang|cartel)\s+(?:rivalry|rivalries|disputes?|wars?|feuds?)\b"
    r"|\b(?:disputes?|retaliation|rivalry|war)\s+between\s+(?:rival\s+)?(?:gangs|cartels|criminal\s+groups|drug\s+traffickers)\b"
    r"|\bdrug\s+trafficking\s+dispute\b", re.I)
_PARAGRAPH = re.compile(r"\n\s*\n")
#: How far from the event's words a mark may be told ("... was found dead. The victim had his hands tied.").
WINDOW_CHARS = 400


def gang_marked(text: str, start: int, end: int) -> bool:
    """Whether the report around ``text[start:end]`` (the event's sentence or its perpetrator's phrase, and the
    sentences right after it, within its paragraph) shows a mark of gang violence."""
    left = max(0, start - WINDOW_CHARS)
    breaks = [m.end() for m in _PARAGRAPH.finditer(text, left, start)]
    left = breaks[-1] if breaks else left
    right = min(len(text), end + WINDOW_CHARS)
    stop = _PARAGRAPH.search(text, end, right)
    return _HALLMARKS.search(text, left, stop.start() if stop else right) is not None
