"""Find date expressions in English news text: absolute dates, weekdays, relative and anaphoric phrases.

Each :class:`DateExpression` records what the words say (``kind`` and the parsed parts) and the role
its context gives it: ``event`` (when something happened), ``report`` ("as reported on", "(as
reported)"), ``approximate`` ("around"), ``since`` (the start of a period: "since October 2019"),
``until`` (a period's end), ``future`` ("will march on Friday") or ``background`` (the date of
something the sentence mentions in passing: "the operation launched on May 27"). Nothing is resolved here; see
:mod:`eventcoder.temporal.resolve`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .calendar import MONTHS, WEEKDAYS

__all__ = ["DateExpression", "find_date_expressions", "EVENT_ROLES", "long_ranges", "LONG_RANGE_DAYS"]

#: Roles whose date can be an event's date.
EVENT_ROLES = frozenset({"event", "report", "approximate", "background"})

_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d{2})(?!\d))?"
#: A year told against publication ("October last year", "5 May of this year").
_RELATIVE_YEAR = r"(?:,?\s+(?:of\s+)?(?P<relyear>(?i:last|previous|this))\s+year\b)?"
# Weekday names are never other words, so they match in lower-cased (scraped) text too.
_WEEKDAY = r"(?P<weekday>(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
_TIME_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|midday|noon))?"
_SMALL = r"(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_SMALL_VALUES = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}

# (kind, pattern); the finder keeps the longest match where patterns overlap.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # A month next to its day is a date in any case ("march 3" in lower-cased text); alone it must be capitalised.
    ("date", re.compile(rf"(?i)\b{_DAY}(?:\s+of)?\s+{_MONTH}{_YEAR}{_RELATIVE_YEAR}(?!\w)")),
    ("date", re.compile(rf"(?i)\b{_MONTH}\s+{_DAY}{_YEAR}{_RELATIVE_YEAR}(?!\w)")),
    ("date", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("date", re.compile(r"\b(?P<day>[0-3]?\d)([/. ])(?P<month>[01]?\d)\2(?P<year>(?:19|20)\d{2})\b")),  # day first
    ("month", re.compile(rf"(?i:\b(?P<part>early|mid|late|(?:the\s+)?(?:beginning|start|end|middle)\s+of)[\s-]+)?"
                         rf"\b{_MONTH}(?:\s+(?P<year>(?:19|20)\d{{2}}))?{_RELATIVE_YEAR}(?!\w)")),
    ("weekday", re.compile(rf"(?i:\b(?P<mod>last|this|past|next|early|late|overnight)\s+)?\b{_WEEKDAY}(?:'s)?{_TIME_OF_DAY}\b")),
    ("relative", re.compile(r"(?i)\b(?P<word>today|tonight|this\s+(?:morning|afternoon|evening)|"
                            r"the\s+day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?|"
                            r"last\s+night|overnight)\b")),
    ("relative", re.compile(rf"(?i)\b{_SMALL}\s+(?P<unit>days?|weeks?)\s+ago\b")),
    ("anaphoric", re.compile(r"(?i)\b(?P<word>(?:later\s+|earlier\s+)?that\s+(?:same\s+)?(?:day|night|morning|afternoon|evening)|"
                             r"the\s+same\s+(?:day|night|evening)|the\s+(?:next|following)\s+(?:day|morning|night|evening)|"
                             r"the\s+day\s+(?:before|after)|the\s+previous\s+(?:day|night|evening)|the\s+night\s+before)\b")),
    ("anaphoric", re.compile(rf"(?i)\b{_SMALL}\s+days?\s+(?P<dir>earlier|later|before|after)\b")),
    ("period", re.compile(r"(?i)\b(?P<word>(?:last|past|previous)\s+week(?:end)?|(?:earlier\s+|later\s+)?this\s+week(?:end)?|"
                          r"(?:over|during|at|on)\s+the\s+weekend|(?:earlier\s+)?this\s+month|earlier\s+in\s+the\s+month|"
                          r"last\s+month|(?:in|over)\s+(?:recent|the\s+past\s+few|the\s+last\s+few)\s+(?:days|weeks)|recently)\b")),
]

#: For each pattern, words one of which a text must hold for it to match (checked before running it;
#: a (?i) pattern's words are looked for in the folded, lowercased text). Empty: always run.
_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_WORDS = tuple(p.lower() for p in _MONTH_PREFIXES)
_NEEDS: list[tuple[tuple[str, ...], bool]] = [
    # day-month dates and weekdays also match lower-cased text (their patterns are case-blind)
    (_MONTH_WORDS, True), (_MONTH_WORDS, True), ((), False), ((), False), (_MONTH_PREFIXES, False),
    (("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), True),
    (("today", "tonight", "this", "yesterday", "last", "overnight"), True), (("ago",), True),
    (("that", "same", "next", "following", "day", "previous", "night"), True), (("day",), True),
    (("week", "month", "day", "recent"), True),
]
#: The only characters outside ASCII that a case-blind pattern matches to an ASCII letter (İ, ı, ſ, Kelvin K).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

_PREPOSITION_BEFORE_MONTH = re.compile(r"(?i)\b(?:in|during|since|of|until|till|from|throughout|through|by|last|this|early|"
                                       r"late|mid|end|beginning|start|middle)[\s-]*$")
#: The words before the closing month of a range ("From January to April"): a month there is no verb.
_SECOND_MONTH_OF_RANGE = re.compile(r"\b(?i:from|between)\s+(?i:early\s+|late\s+|mid-?)?" + _MONTH
                                    + r"(?:\s+(?:19|20)\d{2})?\s+(?i:to|and|until|till|through)\s+$")
_SINCE = re.compile(r"(?i)\bsince\s+(?:the\s+(?:start|beginning|end|middle)\s+of\s+|early\s+|late\s+|mid-?)?$"
                    r"|\bsince\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,6}\s+(?:began|started|launched|erupted|broke\s+out|"
                    r"escalated|intensified|resumed|flared(?:\s+up)?)\b[^.;,]{0,30}$")
_UNTIL = re.compile(r"(?i)\b(?:until|till|up\s+to|through)\s+(?:the\s+)?$")
#: "had been killed ... by Tuesday": the day a count was made up to, not an event's day ("by Tuesday's blast" is).
_BY = re.compile(r"(?i)\bby\s+(?:late\s+|early\s+)?$")
#: The morning a night ran into ("overnight Tuesday into Wednesday", "Friday night to Saturday"): the night's end,
#: not a day of its own (the event is the first day's, as ACLED dates a night).
_DAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NIGHT_INTO = re.compile(r"(?i)\b(?:overnight\s+(?:on\s+)?" + _DAY_NAME + r"(?:\s+night)?|" + _DAY_NAME
                         + r"(?:'s)?\s+(?:night|evening))\s+(?:into|to|and)\s+(?:early\s+)?(?:on\s+)?$")
#: A date an event is compared with ("the first time since early November", "the deadliest attack since 2019"):
#: neither the event's date nor a period it sums.
_COMPARED_SINCE = re.compile(r"(?i)\b(?:first|worst|deadliest|bloodiest|largest|biggest|heaviest|fiercest|highest|"
                             r"lowest|most\s+[\w-]+)\b(?:\s+[\w'’-]+){0,5}?\s+since\s+(?:the\s+(?:start|beginning|end|"
                             r"middle)\s+of\s+|early\s+|late\s+|mid-?)?$")
_REPORTED = re.compile(r"(?i)\breported\s+(?:on\s+)?$")
#: When a statement was made ("police said on Saturday", "told AFP on Sunday", "said in a statement on
#: Wednesday"): the day of the telling, not of the event.
_STATEMENT = re.compile(r"(?i)\b(?:said|says|told(?:\s+[\w.]+){0,3}?|stated|announced|added|confirmed)\s+"
                        r"(?:in\s+a\s+statement\s+|(?:late|early)\s+)?(?:on\s+)?$")
_AROUND = re.compile(r"(?i)\b(?:around|about|circa|approximately|on\s+or\s+about|sometime\s+(?:on|in|around))\s+(?:the\s+)?$")
_AS_REPORTED_AFTER = re.compile(r"(?i)^\s*\(?\s*as\s+reported\b")
_BACKGROUND = re.compile(r"(?i)\b(?:launched|began|begun|started|announced|declared|imposed|issued|expired|established|"
                         r"founded|signed|elected|appointed|passed|introduced|initiated|kicked\s+off|erupted|broke\s+out)"
                         r"\s+(?:on\s+|in\s+)?(?:the\s+)?$|\b(?:the|its|their)\s+$")  # "the October 2019 revolution"
#: What follows "a day after" / "the day before" when it names its own anchor ("a day after the presidential vote",
#: "two days after Maduro was sworn in"): a word, not the clause's end ("the day after, ...").
_ANCHOR_AFTER = re.compile(r"\s+(?!(?:and|but|or|when|while|as|to|on|in|at|with|for|from|by|that|this|it)\b)[\w'\u2019\"\u201c]")
_FUTURE = re.compile(r"(?i)\b(?:will|shall|plans?\s+to|planned|planning|scheduled|due\s+to|set\s+to|called\s+for|"
                     r"intends?\s+to|next)\b[^.;,]*$")


@dataclass(frozen=True, slots=True)
class DateExpression:
    """A date phrase at ``text[start:end]`` with its parsed parts (only those the kind uses are set)."""

    start: int
    end: int
    text: str
    kind: str  # date | month | weekday | relative | anaphoric | period
    role: str = "event"  # event | report | approximate | background | since | comparison | until | future | statement
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int | None = None  # days from the anchor (relative) or from the reference (anaphoric)
    part: str | None = None  # early | mid | late (month), last | this | next (weekday, period), a period phrase
    time_of_day: str | None = None
    years_back: int | None = None  # a year told against publication: "October last year" 1, "this year" 0


#: What makes "five days after" a length of time ("for five days after the protests"), not a day counted from another.
_FOR_A_SPAN = re.compile(r"(?i)\b(?:for|lasting|last(?:ed|s)?)\s+$")
_LOWER_DATE_CONTEXT = re.compile(r"(?i)(?:^|\b(?:on|since|from|until|till|by|before|after|between|of|dated)|[,:(])\s*$")


def _month_number(token: str) -> int | None:
    token = token.rstrip(".").lower()
    return int(token) if token.isdigit() else MONTHS.get(token)


def _build(kind: str, match: re.Match[str], text: str, base: int) -> DateExpression | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    span = (base + match.start(), base + match.end(), match.group(0))
    if kind in ("date", "month"):
        month = _month_number(groups["month"])
        if month is None or not 1 <= month <= 12:
            return None
        if kind == "month" and groups["month"][0].islower():
            return None
        if kind == "date" and groups["month"][0].islower() and not _LOWER_DATE_CONTEXT.search(text[max(0, match.start() - 12):match.start()]):
            return None  # "may 2 people", "march 3 miles": a lower-case month needs a preposition before it
        year = int(groups["year"]) if "year" in groups else None
        years_back = None if year is not None or "relyear" not in groups else (
            0 if groups["relyear"].lower() == "this" else 1)
        if kind == "date":
            day = int(groups["day"])
            if not 1 <= day <= 31:
                return None
            return DateExpression(*span, kind="date", year=year, month=month, day=day, years_back=years_back)
        before = text[max(0, match.start() - 30):match.start()]
        if year is None and "part" not in groups and not _PREPOSITION_BEFORE_MONTH.search(before) \
                and not _SECOND_MONTH_OF_RANGE.search(before):
            return None  # a bare "May" is too often the verb
        part = groups.get("part", "").lower()
        part = ("early" if any(w in part for w in ("early", "beginning", "start")) else
                "late" if any(w in part for w in ("late", "end")) else "mid" if part else None)
        return DateExpression(*span, kind="month", year=year, month=month, part=part, years_back=years_back)
    if kind == "weekday":
        mod = groups.get("mod", "").lower() or None
        tod_match = re.search(r"(?:morning|afternoon|evening|night|midday|noon)$", match.group(0))
        tod = tod_match.group(0).lower() if tod_match else None
        return DateExpression(*span, kind="weekday", weekday=WEEKDAYS[groups["weekday"].lower()], part=mod, time_of_day=tod)
    if kind == "relative":
        if "word" in groups:
            word = re.sub(r"\s+", " ", groups["word"].lower())
            offset = (2 if word.startswith("the day before yesterday") else
                      1 if word.startswith(("yesterday", "last night", "overnight")) else 0)
            return DateExpression(*span, kind="relative", offset=-offset, part=word)
        n = _SMALL_VALUES.get(groups["n"].lower()) or int(groups["n"])
        days = n * (7 if groups["unit"].lower().startswith("week") else 1)
        return DateExpression(*span, kind="relative", offset=-days, part="ago")
    if kind == "anaphoric":
        if "word" in groups:
            word = re.sub(r"\s+", " ", groups["word"].lower())
            offset = (1 if re.search(r"next|following|day after", word) else
                      -1 if re.search(r"before|previous", word) else 0)
            return DateExpression(*span, kind="anaphoric", offset=offset, part=word)
        if _FOR_A_SPAN.search(text, max(0, match.start() - 12), match.start()):
            return None  # "suspended internet services for five days after the protests": how long, not when
        n = _SMALL_VALUES.get(groups["n"].lower()) or int(groups["n"])
        sign = -1 if groups["dir"].lower() in ("earlier", "before") else 1
        return DateExpression(*span, kind="anaphoric", offset=sign * n, part="days")
    word = re.sub(r"\s+", " ", groups["word"].lower())
    return DateExpression(*span, kind="period", part=word)


def _role(expr: DateExpression, text: str, base: int) -> str:
    local_start, local_end = expr.start - base, expr.end - base
    before = text[max(0, local_start - 60):local_start]
    after = text[local_end:local_end + 20]
    if _COMPARED_SINCE.search(before):
        return "comparison"
    if expr.kind == "anaphoric" and expr.part is not None and expr.part.endswith(("after", "before", "days")) \
            and re.search(r"(?i)(?:after|before)$", expr.text) and _ANCHOR_AFTER.match(text, local_end):
        return "background"  # "on Sunday, a day after the presidential vote": the day of something named in passing
    if _SINCE.search(before):
        return "since"
    if _UNTIL.search(before) or (expr.kind == "weekday" and _NIGHT_INTO.search(before)) or (
            _BY.search(before) and not expr.text.endswith(("'s", "’s"))):
        return "until"
    if expr.part == "next" or (expr.kind in ("weekday", "date") and _FUTURE.search(before[-40:])):
        return "future"
    if _STATEMENT.search(before):
        return "statement"
    if _AS_REPORTED_AFTER.search(after) or _REPORTED.search(before):
        return "report"
    if _AROUND.search(before):
        return "approximate"
    if _BACKGROUND.search(before):
        return "background"
    return "event"


#: A range of dates longer than this many days is a period that sums events ("Between 1 January and 8 July"), not
#: one event's day; a shorter one ("from Monday to Wednesday") keeps its first day as the event's.
LONG_RANGE_DAYS = 7
_RANGE_OPENS = re.compile(r"(?i)\b(?:between|from)\s+(?:the\s+)?$")
_RANGE_JOINS = re.compile(r"(?i)\s*(?:and|to|until|till|through|[-\u2013])\s*(?:the\s+)?")


def _days_between(first: DateExpression, last: DateExpression) -> int | None:
    """Days from ``first`` to ``last`` (both dates or months), the year taken from the later one when the first has
    none; None when either has no month."""
    if first.month is None or last.month is None:
        return None
    year = last.year or first.year or 2001  # any year: only the distance matters
    start_year = first.year or (year if (first.month, first.day or 1) <= (last.month, last.day or 31) else year - 1)
    start = _calendar_day(start_year, first.month, first.day or 1)
    end = _calendar_day(year, last.month, last.day or 28)
    return (end - start).days if start is not None and end is not None else None


def _calendar_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def long_ranges(text: str, expressions: list[DateExpression], *, offset: int = 0, longer_than: int = LONG_RANGE_DAYS
                ) -> list[tuple[DateExpression, DateExpression]]:
    """Pairs of ``expressions`` (found in ``text``, spans shifted by ``offset``) that open and close a range of
    more than ``longer_than`` days: "Between 1 January and 8 July 2026", "from March to June", "3-20 May"."""
    pairs = []
    for first, last in zip(expressions, expressions[1:]):
        if first.kind not in ("date", "month") or last.kind not in ("date", "month"):
            continue
        dash = re.fullmatch(r"\s*[-\u2013]\s*", text[first.end - offset:last.start - offset]) is not None
        if not dash and not _RANGE_OPENS.search(text[max(0, first.start - offset - 20):first.start - offset]):
            continue
        if not _RANGE_JOINS.fullmatch(text, first.end - offset, last.start - offset):
            continue
        days = _days_between(first, last)
        if days is not None and days > longer_than:
            pairs.append((first, last))
    return pairs


#: The first day of a range whose month is told once, after its last day: "between 3 and 10 January", "from the 3rd
#: to the 10th of May", "3-10 January".
_FIRST_DAY_BEFORE = re.compile(r"(?i)(?:\b(?:between|from)\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|to|until|"
                               r"till|through|[-\u2013])\s*(?:the\s+)?|(?<![\d,.])(?P<bare>[0-3]?\d)\s*[-\u2013]\s*)$")
#: The last day of a range whose month is told once, before its first day: "between January 3 and 10".
_LAST_DAY_AFTER = re.compile(r"(?i)\s*(?:and|to|until|till|through|[-\u2013])\s*(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
                             r"(?=\s*(?:[,.;:)]|$)|\s+(?:19|20)\d{2}\b|\s+(?:in|at|when|while|as|across|during)\b)")


def _first_days_of_ranges(text: str, chosen: list[DateExpression], offset: int) -> list[DateExpression]:
    """The days a range names by their number alone, its month told once beside the other day ("between 3 and 10
    January": the 3rd; "between January 3 and 10": the 10th), as dates of their own, so that the range is read as
    one ("Security forces killed 14 between 3 and 10 January" is told over eight days, not on the 10th)."""
    found = []
    for expr in chosen:
        if expr.kind != "date" or expr.day is None:
            continue
        local = expr.start - offset
        before = _FIRST_DAY_BEFORE.search(text, max(0, local - 40), local) if expr.text[:1].isdigit() else None
        if before is not None:
            group = "day" if before.group("day") else "bare"
            day = int(before.group(group))
            if 1 <= day < expr.day:
                found.append(replace(expr, start=before.start(group) + offset, end=before.end(group) + offset,
                                     text=before.group(group), day=day))
            continue
        if not expr.text[:1].isdigit() and re.search(r"(?i)\b(?:between|from)\s+(?:the\s+)?$", text[max(0, local - 20):local]):
            after = _LAST_DAY_AFTER.match(text, expr.end - offset)
            if after is not None and expr.day < int(after.group("day")) <= 31:
                found.append(replace(expr, start=after.start("day") + offset, end=after.end("day") + offset,
                                     text=after.group("day"), day=int(after.group("day"))))
    return found


def find_date_expressions(text: str, *, offset: int = 0) -> list[DateExpression]:
    """Date expressions in ``text`` in reading order, overlaps resolved in favour of the longest.

    ``offset`` is added to every span (pass the start of ``text`` inside a larger document).
    """
    candidates: list[DateExpression] = []
    folded = text.translate(_FOLD).lower()
    for (kind, pattern), (words, blind) in zip(_PATTERNS, _NEEDS):
        if words and not any(word in (folded if blind else text) for word in words):
            continue  # none of the words this pattern needs: it cannot match
        for match in pattern.finditer(text):
            expr = _build(kind, match, text, offset)
            if expr is not None:
                candidates.append(expr)
    candidates.sort(key=lambda e: (-(e.end - e.start), e.start))
    chosen: list[DateExpression] = []
    for expr in candidates:
        if all(expr.end <= c.start or expr.start >= c.end for c in chosen):
            chosen.append(expr)
    chosen.sort(key=lambda e: e.start)
    chosen = sorted([*chosen, *_first_days_of_ranges(text, chosen, offset)], key=lambda e: e.start)
    found = [replace(e, role=_role(e, text, offset)) for e in chosen]
    for first, last in long_ranges(text, found, offset=offset):  # a period that sums events, not an event's day
        found[found.index(first)] = replace(first, role="since")
        found[found.index(last)] = replace(last, role="until")
    return found
