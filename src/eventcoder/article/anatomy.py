"""Article anatomy: the headline, the dateline and the boilerplate around a story's body.

Journalism wraps its facts: a headline that summarises the body ("Crackdown kills dozens"), a
dateline that files the story ("BAGHDAD, Nov 28 (Reuters) -", "rajkot:"), bylines and archive
notes ("This story is from March 10, 2002"). Each part is found on the raw text by its shape, so
offsets are the document's own; nothing here reads the parse.
"""

from __future__ import annotations

import datetime as dt
import re

from ..analysis import Anatomy, Dateline
from ..record import Span
from ..temporal.calendar import WEEKDAYS

__all__ = ["read_anatomy", "HEADLINE_MAX_WORDS"]

#: A first line longer than this is a lead paragraph, not a headline.
HEADLINE_MAX_WORDS = 22

_MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
           "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH_NUMBER = {m[:3]: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_DAY_MONTH = rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTHS})\.?|(?P<m2>{_MONTHS})\.?\s+(?P<d2>\d{{1,2}}))(?:,?\s+(?P<y>\d{{4}}))?"
_KNOWN_OUTLETS = (r"reuters|ap|afp|ians|pti|tnn|upi|xinhua|anadolu|efe|dpa|ani|apa|nan|bbc|cnn|al jazeera"
                  r"|associated press|agence france-presse|thomson reuters|bernama|kyodo|yonhap|sputnik|tass|irna|wam|spa|sana")
_KNOWN_OUTLET = re.compile(rf"(?:{_KNOWN_OUTLETS})", re.IGNORECASE)
# Any outlet in brackets: the dateline's shape makes it one, not a list of agencies ("(Lusa)", "(UNB)",
# "(Bangkok Post)", "(Times of Israel)"): a name of up to five words, opening with a letter.
_OUTLET = r"[A-Za-z][\w.&'\u2019\-]*(?:\s+[\w.&'\u2019\-]+){0,4}"

# Patterns below are used with .match(text, line_start, line_end), which anchors them at the line.
# "BAGHDAD, Nov 28 (Reuters) -", "LAGOS, Nigeria —", "NAIROBI (AP) —", "rajkot:", "Ahmedabad, March 3:".
_DATELINE = re.compile(
    rf"""(?P<place>(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){{0,3}})          # BAGHDAD, NEW DELHI
          |(?:[a-z][a-z.'\-]+(?:\s+[a-z][a-z.'\-]+){{0,2}})                      # rajkot, new delhi (scraped, lower-cased)
          |(?:[A-Z][a-z.'\-]+(?:\s+[A-Z][a-z.'\-]+){{0,2}}(?=\s*(?:,|\(|:)))) # Ahmedabad, / Kano (AP)
        (?:,\s*(?P<region>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){{0,2}}))?
        (?:,?\s*(?P<date>{_DAY_MONTH}))?
        (?:\s*\((?P<outlet>{_OUTLET})\))?
        \s*(?P<sep>:|[-\u2014\u2013]{{1,2}}(?=\s))""",
    re.IGNORECASE | re.VERBOSE,
)
# Words that start a line with a colon but file nothing: "Update:", "Editor's note:".
_NOT_PLACES = frozenset({
    "update", "updated", "note", "editor's note", "editors note", "breaking", "breaking news", "watch", "exclusive",
    "analysis", "opinion", "comment", "photos", "photo", "video", "live", "read more", "related", "also read",
    "advertisement", "source", "sources", "by", "tags", "topics", "summary", "highlights", "correction", "warning",
    "q", "a", "file", "caption", "credit", "image", "listen", "share", "subscribe", "follow", "more", "see also",
    "the", "he", "she", "they", "it", "we", "police", "officials", "witnesses", "residents", "meanwhile", "however",
    # a broadcast transcript's furniture and speakers ("TRANSCRIPT -", "PRESENTER: Protesters are out tonight in ...")
    "transcript", "presenter", "correspondent", "reporter", "anchor", "host", "interviewer", "narrator", "guest",
    "caller", "moderator", "announcer", "voiceover", "voice over",
})

_ARCHIVE_NOTE = re.compile(rf"\s*this (?:story|article) (?:is|was) from\s+(?P<date>{_DAY_MONTH})\s*\.?\s*$",
                           re.IGNORECASE)
_BOILERPLATE_LINE = re.compile(
    r"""\s*(?:by\s+[\w.'\- ]{2,60}$                         # byline
        |(?:reporting|writing|editing|additional\ reporting|compiled)\ by\b.*$
        |(?:©|\(c\)|copyright\b).*$
        |(?:click\ here|read\ more|also\ read|related\ (?:stories|articles|coverage)|share\ (?:this|on)|follow\ us
           |subscribe|sign\ up|advertisement|sponsored|image\ (?:caption|copyright)|photo:|file\ photo|getty\ images).*$
        |(?:updated|published|posted|last\ updated)\s*:?\s+\d.*$
        |(?:(?:facebook|twitter|linkedin|whatsapp|e?mail|pinterest|reddit|telegram)\s*){2,}$)  # a share bar""",
    re.IGNORECASE | re.VERBOSE,
)


# Furniture that scraped pages run into the story's last line: share buttons, "related stories" lists.
_TRAILING_FURNITURE = re.compile(
    r"(?:related (?:stories|articles|news|coverage)|read this story in\b|facebook\s+twitter|share (?:this|on)\b"
    r"|also read\s*:|more from\b|recommended for you|most read\b|get latest\b|subscribe to\b)",
    re.IGNORECASE)


#: Furniture run into a story's text is looked for only this near its end (and on its last line).
_TAIL_CHARS = 600


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end) offsets, trailing spaces excluded."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.start(), match.end()
        stripped = match.group().strip()
        if stripped:
            start += len(match.group()) - len(match.group().lstrip())
            spans.append((start, start + len(stripped)))
    return spans


def _date_from(match: re.Match[str], year: int | None, published: dt.date | None = None) -> dt.date | None:
    """The day a dateline or archive note gives; a day without a year is the latest one not after
    the publication date ("Dec 30" filed on 2 January is last year's)."""
    month = (match.group("m1") or match.group("m2") or "").lower()[:3]
    day = match.group("d1") or match.group("d2")
    year = int(match.group("y")) if match.group("y") else year
    if not month or not day or year is None:
        return None
    try:
        date = dt.date(year, _MONTH_NUMBER[month], int(day))
    except (KeyError, ValueError):
        return None
    if not match.group("y") and published is not None and date > published + dt.timedelta(days=1):
        date = date.replace(year=date.year - 1) if not (date.month == 2 and date.day == 29) else date
    return date


#: A line that tells a whole sentence of six words or more and goes on after its full stop (a post's first line,
#: ended by an emoji or a slogan): the body, not a headline.
_TOLD_SENTENCE = re.compile(r"\W*(?:\S+\s+){5,}?\S+[a-z)]\.\s+\S")


def _looks_like_headline(text: str, start: int, end: int, following: tuple[int, int] | None) -> bool:
    line = text[start:end]
    words = line.split()
    if following is None or not words or len(words) > HEADLINE_MAX_WORDS:
        return False
    if line.rstrip().endswith((".", ",", ";", ":")) and not line.rstrip().endswith("..."):
        return False  # a sentence of the body, not a headline
    if _TOLD_SENTENCE.match(line):
        return False  # "Our forces destroyed a tank near X during the night. Glory to ...!": a post's sentences
    next_line = text[following[0]:following[1]]
    filed = _dateline(text, start, end, None, None)
    if filed is not None and not _headed(text, filed, end, following):
        return False  # (a shape "Haiti: vigilantes lynch ..." that is no dateline stays a headline)
    blank_between = "\n\n" in text[end:following[0]].replace(" ", "")
    if next_line[:1].islower() and not blank_between and not _DATELINE.match(next_line):
        return False  # a hard-wrapped sentence goes on in lower case
    return True


def _headed(text: str, line: Dateline, end: int, following: tuple[int, int]) -> bool:
    """A first line of dateline shape that is a headline with its topic before a colon ("CAMEROON: SEPARATISTS TORCH
    SCHOOL"): its words after the colon are in capitals, or the next line files the story with a dateline of its
    own ("BUEA - ..."): a story has one dateline, the body's."""
    if line.span.text.rstrip()[-1:] != ":":
        return False
    rest = text[line.span.end:end]
    if len(re.findall(r"[A-Za-z]{2,}", rest)) >= 3 and rest.upper() == rest:
        return True
    body = _dateline(text, following[0], following[1], None, None)
    return body is not None and body.place is not None and body.place.text.isupper()


def _dateline(text: str, start: int, end: int, year: int | None, published: dt.date | None) -> Dateline | None:
    match = _DATELINE.match(text, start, end)
    if match is None:
        return None
    place = match.group("place").strip()
    if place.lower() in _NOT_PLACES or len(place) < 3 or place.lower() in WEEKDAYS:
        return None  # ("Monday, Nov 2 — Bannu: ...": a roundup's day, not a place)
    outlet = match.group("outlet")
    known = outlet is not None and _KNOWN_OUTLET.fullmatch(outlet) is not None
    if outlet is not None and not known and not outlet[0].isupper():
        return None  # "Police (who ...) -": an aside; "jamdudhai (jamnagar):": the district that holds the place
    if match.group("sep") != ":" and not (place.isupper() or known or match.group("date")
                                          or outlet is not None and match.group("region")):
        return None  # "Kano - the ...", "Free Papua Movement (OPM) -" in Title Case: too weak without a date,
        # a known outlet, or a region before the outlet ("Jayapura, Indonesia (Antara) -")
    if match.group("sep") == ":" and place[0].isupper() and not place.isupper() and not match.group("date"):
        return None  # "Witnesses:" or "Police:" at a line start reads as speech, not a dateline
    place_start = match.start("place")
    date = _date_from(match, year, published) if match.group("date") else None
    return Dateline(span=Span(match.start(), match.end(), match.group()),
                    place=Span(place_start, place_start + len(place), place), date=date,
                    outlet=outlet.upper() if outlet and len(outlet) <= 4 else outlet)


def _opens_brief(text: str, lines: list[tuple[int, int]], index: int, year: int | None,
                 published: dt.date | None) -> bool:
    """A later paragraph of a digest that files a brief of its own: a strong dateline ("BAMENDA —",
    "GOMA, Feb 4 (Reuters) -") after a paragraph that ended. A lower-case "rajkot:" or a Title Case
    "Quetta:" inside a story is a list item or speech, not a new brief."""
    start, end = lines[index]
    previous = text[lines[index - 1][0]:lines[index - 1][1]].rstrip()
    if not previous.endswith((".", "!", "?", '"', "\u201d", ")")):
        return False
    line = _dateline(text, start, end, year, published)
    if line is None or line.place is None:
        return False
    known = line.outlet is not None and _KNOWN_OUTLET.fullmatch(line.outlet) is not None
    return line.place.text.isupper() or line.date is not None or known


def _briefs(text: str, lines: list[tuple[int, int]], body: int, year: int | None,
            published: dt.date | None) -> list[Span]:
    """A digest's briefs, from each dateline to the next: none unless the body opens with a dateline
    and a later paragraph files another."""
    opening = [i for i in range(body + 1, len(lines)) if _opens_brief(text, lines, i, year, published)]
    if not opening:
        return []
    starts = [lines[body][0], *(lines[i][0] for i in opening)]
    ends = [*starts[1:], lines[-1][1]]
    return [Span(a, a + len(text[a:b].rstrip()), text[a:b].rstrip()) for a, b in zip(starts, ends)]


def read_anatomy(text: str, *, title: str | None = None, published: dt.date | None = None) -> Anatomy:
    """The headline, dateline and boilerplate of ``text``; ``filed`` is the date an archive note
    ("This story is from March 10, 2002") or else the dateline files the story under.

    ``title`` is the document's own headline field: a first line that repeats it is that headline.
    """
    anatomy = Anatomy()
    archived: dt.date | None = None
    lines = _lines(text)
    index = 0
    # Furniture before the story: archive notes, bylines, share prompts.
    while index < len(lines):
        start, end = lines[index]
        note = _ARCHIVE_NOTE.match(text, start, end)
        if note:
            archived = archived or _date_from(note, published.year if published else None)
            anatomy.boilerplate.append(Span(start, end, text[start:end]))
        elif _BOILERPLATE_LINE.match(text, start, end):
            anatomy.boilerplate.append(Span(start, end, text[start:end]))
        else:
            break
        index += 1
    year = (published or archived).year if (published or archived) else None
    if index < len(lines):
        start, end = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        same_as_title = title is not None and text[start:end].strip().casefold() == title.strip().casefold()
        if same_as_title or _looks_like_headline(text, start, end, following):
            anatomy.headline = Span(start, end, text[start:end])
            index += 1
    # The dateline opens the first paragraph of the body (after any byline under the headline).
    while index < len(lines) and _BOILERPLATE_LINE.match(text, *lines[index]):
        anatomy.boilerplate.append(Span(lines[index][0], lines[index][1], text[lines[index][0]:lines[index][1]]))
        index += 1
    if index < len(lines):
        anatomy.dateline = _dateline(text, lines[index][0], lines[index][1], year, published)
        anatomy.briefs = _briefs(text, lines, index, year, published) if anatomy.dateline is not None else []
    # Furniture after the story: credits and prompts on lines of their own, or run into its last lines.
    story_end: tuple[int, int] | None = None  # the story's last line: the last one not furniture of its own
    for start, end in lines[index:]:
        if start > (anatomy.dateline.span.end if anatomy.dateline else start - 1) and _BOILERPLATE_LINE.match(text, start, end):
            anatomy.boilerplate.append(Span(start, end, text[start:end]))
            continue
        story_end = (start, end)
    if story_end is not None:
        start, end = story_end
        trailing = _TRAILING_FURNITURE.search(text, max(start, len(text) - _TAIL_CHARS), end)
        if trailing:
            anatomy.boilerplate.append(Span(trailing.start(), end, text[trailing.start():end]))
    anatomy.filed = archived or (anatomy.dateline.date if anatomy.dateline else None)
    return anatomy
