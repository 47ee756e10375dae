"""The ``claims`` stage: who reports each figure and fact, and tallies that are not events.

Each mention gets a :class:`~eventcoder.record.Claim` per figure the counts stage found for it
(``fatalities``, ``injuries``, ``arrests``, ``abductions``), with its reporter ("medical sources",
"Sky News"; None when the article states it itself), and one for the event itself when its sentence
names a reporter ("Activists say the security forces killed...").

Tallies of many events ("killed at least 600 protesters since October 2019", "bringing the death
toll to 450") become :class:`~eventcoder.record.AggregateClaim` records in ``analysis.aggregates``
with their period, place, figure and reporter. A mention whose sentence only carries a tally, or
only summarises a period ("Since October 2019, many people flooded the streets"), is removed from
``analysis.mentions``: it is not one event. The outlets the document cites are listed in
``analysis.extras["outlets"]`` (the document's own source first).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING

from ..actors.resolver import ActorResolver
from ..actors.roles import ActorContext, actor_for_match
from ..analysis import Analysis, EventMention
from ..pipeline import PipelineConfig
from ..quantities import CLAIMED_LOSSES, CountFinding, days_back, find_attributions
from ..quantities.aggregates import ACROSS_A_REGION, days_after
from ..record import AggregateClaim, Claim, Span, make_event_id
from ..temporal import EVENT_ROLES, DateExpression, TemporalValue
from ..temporal.calendar import month_end
from ..temporal.expressions import long_ranges
from ..classify.clauses import since_of_another_phrase
from .counts import AttributedCount, count_mentions, sentence_spans, since_token

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ClaimStage", "create", "OUTLET_WORDS"]

#: Words that mark a reporter as a news outlet rather than a person or an official body.
OUTLET_WORDS = re.compile(
    r"\b(?:News|Times|Post|Agency|TV|Television|Radio|Press|Network|Media|Tribune|Journal|Herald|Guardian|Gazette|"
    r"Channel|Daily|Reuters|AFP|Associated\s+Press|AP|BBC|CNN|Al\s+Jazeera|Al\s+Arabiya|Xinhua|Kurdistan\s*24|Rudaw|"
    r"Shafaq|Sumaria|Telegraph|Independent|Monitor|Observer|Chronicle|Review|Broadcasting|Wire|Online)\b")

Resolved = list[tuple[DateExpression, TemporalValue | None]]


def _span(analysis: Analysis, start: int, end: int) -> Span:
    return analysis.span(start, end)


def _period(analysis: Analysis, sentence: tuple[int, int], figure: int) -> tuple[str | None, str | None]:
    """The tally's period: a "since" date in its sentence, else the latest before it; it ends at publication.
    A range of days in its sentence ("between 3 and 10 January"), or a day or month its figure's own clause names
    ("19 were killed across the country that day"), is the period itself."""
    resolved: Resolved = analysis.extras.get("dates") or []
    told = _range_or_day(analysis, resolved, sentence, figure)
    if told is not None:
        return told
    since = [(e, v) for e, v in resolved if v is not None and e.role == "since" and e.start < sentence[1]]
    in_sentence = [(e, v) for e, v in since if e.start >= sentence[0]]
    chosen = in_sentence or since
    start = None
    if chosen:
        since_date = chosen[-1][1]
        # "since October 2019" starts on the month's first day, not on ACLED's mid-month event date
        start = (since_date.date.replace(day=1) if since_date.precision == 3 else since_date.date).isoformat()
    published = analysis.published
    until = [month_end(v.date.year, v.date.month) if v.precision == 3 else v.date  # "to April": April's last day
             for e, v in resolved if v is not None and e.role == "until" and sentence[0] <= e.start < sentence[1]]
    if start is not None and until and published is not None and start <= until[0].isoformat() <= published.isoformat():
        return start, until[0].isoformat()  # "Between 1 January and 8 July 2026": the range's end
    days = days_back(analysis.text[sentence[0]:sentence[1]]) if start is None else None
    if days is not None and published is not None:  # "over the last five days"
        start = (published - dt.timedelta(days=days)).isoformat()
    following = days_after(analysis.text[sentence[0]:sentence[1]]) if start is None else None
    before = [v.date for e, v in resolved if v is not None and v.precision == 1 and e.role in EVENT_ROLES
              and e.start < sentence[0]]
    if following is not None and before:  # "in the following three days" after the day told before: those days
        first = before[-1] + dt.timedelta(days=1)
        last = before[-1] + dt.timedelta(days=following)
        if published is None or first <= published:
            return first.isoformat(), (min(last, published) if published is not None else last).isoformat()
    if start is None and published is not None:
        years = _years_told(analysis.text[sentence[0]:sentence[1]], published)
        if years is not None:
            return years
    return start, published.isoformat() if published else None


def _range_or_day(analysis: Analysis, resolved: Resolved, sentence: tuple[int, int], figure: int
                  ) -> tuple[str, str] | None:
    """The days a tally's sentence spans by a short range, or the day (or month) its figure's clause names."""
    inside = [(e, v) for e, v in resolved if sentence[0] <= e.start < sentence[1]]
    values = {(e.start, e.end): v for e, v in inside}
    for first, last in long_ranges(analysis.text, [e for e, _ in inside], longer_than=0):
        opened, closed = values.get((first.start, first.end)), values.get((last.start, last.end))
        if opened is not None and closed is not None and opened.precision == 1 and opened.date <= closed.date:
            end = month_end(closed.date.year, closed.date.month) if closed.precision == 3 else closed.date
            return opened.date.isoformat(), end.isoformat()
    if any(e.role in ("since", "until") for e, _ in inside):
        return None
    days = [v for e, v in inside if v is not None and e.role in EVENT_ROLES and v.precision in (1, 3)
            and _same_clause(analysis.text, e.start, figure)]
    if not days:
        return None
    value = days[0]
    if value.precision == 1:
        return value.date.isoformat(), value.date.isoformat()
    first = value.date.replace(day=1)
    last = month_end(value.date.year, value.date.month)
    published = analysis.published
    return first.isoformat(), (min(last, published) if published is not None else last).isoformat()


#: A tally's period told in years: "since 2017", "since the 2021 coup", "last year", "this year", "in 2023", "the 2013-2018 war".
_YEARS = re.compile(r"(?i)\bsince\s+(?:the\s+)?(?P<since>(?:19|20)\d{2})\b(?!\s*[-/])|\bsince\s+(?P<since_last>last)\s+year"
                    r"|\b(?P<relative>last|this|past)\s+year\b"
                    r"|\bin\s+(?P<year>(?:19|20)\d{2})\b(?!\s*[-/])"
                    r"|\b(?P<first>(?:19|20)\d{2})\s*[-–]\s*(?P<last>(?:19|20)?\d{2})\b")


def _years_told(sentence: str, published: dt.date) -> tuple[str, str] | None:
    """The (start, end) a tally's years give, ending no later than publication, or None."""
    match = _YEARS.search(sentence)
    if match is None:
        return None
    if match.group("since"):
        first, last = dt.date(int(match.group("since")), 1, 1), published
    elif match.group("since_last"):  # "since last year's demonstrations": from then to publication
        first, last = dt.date(published.year - 1, 1, 1), published
    elif match.group("relative"):
        word = match.group("relative").lower()
        if word == "last":
            first, last = dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31)
        elif word == "this":
            first, last = dt.date(published.year, 1, 1), published
        else:
            first, last = published - dt.timedelta(days=365), published
    elif match.group("year"):
        year = int(match.group("year"))
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    else:  # "2013-2018", "2007-08"
        last_year = match.group("last")
        last_year = match.group("first")[:2] + last_year if len(last_year) == 2 else last_year
        first, last = dt.date(int(match.group("first")), 1, 1), dt.date(int(last_year), 12, 31)
    if first > published:
        return None
    return first.isoformat(), min(last, published).isoformat()


#: The tally's reach is the whole country: "arrested nationwide", "killed across the country".
_THE_COUNTRY = re.compile(r"(?i)\b(?:nationwide|countrywide|(?:across|throughout|all\s+over)\s+the\s+(?:country|nation))\b")
#: The tally's region said without its name: "arrested in the state", "across the province".
_THE_REGION = re.compile(r"(?i)\b(?:in|across|over|throughout|of)\s+the\s+(?:state|province|governorate|region)\b(?!\s+(?:of|government|police|capital))")


def _place(analysis: Analysis, mentions: list[EventMention], sentence: tuple[int, int]) -> str | None:
    """A place the tally's own sentence names, an event's or not (a place carried over from other sentences
    is not its place, nor one in a period's name, "post-Godhra", nor the dateline's), else the region the
    document's events are in when the sentence says "the state" or "the province", else the document's
    country."""
    text = analysis.text
    dateline = analysis.anatomy.dateline

    def its_own(start: int) -> bool:
        return sentence[0] <= start < sentence[1] and not text[max(0, start - 5):start].lower().endswith("post-") \
            and not re.search(r"(?i)\bof\s+them\s+in\s+$", text[max(0, start - 20):start]) \
            and not (dateline is not None and dateline.span.start <= start < dateline.span.end)

    spread = re.search("(?i)" + ACROSS_A_REGION, text[sentence[0]:sentence[1]])
    if spread is not None:  # "coordinated attacks across Balochistan": the region, not one scene's town
        return spread.group("region")
    if _THE_COUNTRY.search(text, *sentence):
        return analysis.document.country  # "arrested nationwide since the stabbing in X": not X's tally
    for mention in mentions:
        place = mention.place
        if place is not None and place.span is not None and its_own(place.span.start):
            return place.location or place.admin1 or place.country
    for toponym in analysis.extras.get("places") or ():  # a place the sentence names that no event took, as named
        if its_own(int(toponym["start"])) and toponym.get("kind") != "country":
            return str(toponym["text"])
    if _THE_REGION.search(text, *sentence):
        regions = Counter(m.place.admin1 for m in analysis.mentions
                          if m.place is not None and m.place.admin1 and m.place.span is not None)
        if regions:
            return regions.most_common(1)[0][0]
    return analysis.document.country


#: What separates a tally's clauses: "486 deaths have taken place, including 84 killed in police firing".
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s-\s|\b(?:while|whereas|including|out\s+of\s+which|per\s?cent\s+of|"
                           r"percent\s+of)\b", re.IGNORECASE)  # ("600 died and 25 per cent of them ...": a part)


def _same_clause(text: str, a: int, b: int) -> bool:
    return _CLAUSE_BREAK.search(text, min(a, b), max(a, b)) is None


def _not_a_later_clause(text: str, position: int, figure: int) -> bool:
    """Whether what is told at ``position`` may be the figure's: before it ("police arrested 4,000, and shot dead
    98"), or after it in its clause ("73 died in police firing"), not in a later clause ("486 died, including 84
    killed in police firing")."""
    return position < figure or _same_clause(text, figure, position)


def _perpetrator(finding: CountFinding, in_sentence: list[EventMention], text: str, sentence: tuple[int, int],
                 resolver: ActorResolver | None = None, context: ActorContext | None = None) -> str | None:
    """Who inflicted a tally's figure, when its own clause names them: the actor of the nearest act of the
    figure's kind ("73 people have died in police firing while 2,500 have been arrested": the police, both).
    An arrest is the police's by ACLED's convention; a killing only by an actor the text names, in the
    figure's clause or before it, not in a later clause ("486 deaths ..., including 84 killed in police firing":
    not the police's 486)."""
    if finding.measure == "arrests":
        acts = [m for m in in_sentence if m.sub_event_type == "Arrests" and m.actor1 is not None]
    else:
        acts = [m for m in in_sentence if m.sub_event_type != "Arrests" and m.actor1 is not None
                and m.actor1.span is not None and _not_a_later_clause(text, m.trigger.start, finding.start)
                and _not_a_later_clause(text, m.actor1.span.start, finding.start)
                and sentence[0] <= m.actor1.span.start < sentence[1]  # (not "unidentified men" of the sentence before)
                and not _FIRED_ON.search(text, max(sentence[0], m.actor1.span.start - 30), m.actor1.span.start)]
    if not acts:
        return _force_by_its_weapon(finding, text, sentence, resolver, context) if resolver is not None else None
    nearest = min(acts, key=lambda m: abs(m.trigger.start - finding.start))
    if nearest.sub_event_type in _CROWD_FIRST and nearest.actor2 is not None and nearest.actor2.span is not None:
        return nearest.actor2.name  # "police shot dead 98 rioters": ACLED names the crowd first, the force second
    return nearest.actor1.name


#: A party told as what was fired on ("opening fire on rioters and, as a result, 47 persons have been killed"): the
#: target of the killing, not who did it.
_FIRED_ON = re.compile(r"(?i)\b(?:fir(?:e|ed|es|ing)|shot|shooting)\s+(?:on|at|upon|into)\s+(?:the\s+|a\s+)?$")


#: A state force told by what it killed with ("died in police firing", "killed by police bullets", "firing by
#: the army"): the force is the perpetrator although no act of it is told as an event.
_FORCE_BY_WEAPON = re.compile(
    r"(?i)\b(?:in|by|to|due\s+to|from)\s+(?:the\s+)?(?P<a>police|policemen|security\s+forces|army|troops|soldiers|"
    r"paramilitar(?:y|ies))(?:'s)?\s+(?:firing|fire|bullets|shooting|action|excesses)\b"
    r"|\b(?:firing|shooting|fire)\s+by\s+(?:the\s+)?(?P<b>police|policemen|security\s+forces|army|troops|soldiers)\b")


def _force_by_its_weapon(finding: CountFinding, text: str, sentence: tuple[int, int], resolver: ActorResolver,
                         context: ActorContext | None) -> str | None:
    """The state force the figure's clause names by its weapon ("73 people have died in police firing")."""
    if finding.measure not in ("fatalities", "injuries") or context is None:
        return None
    for match in _FORCE_BY_WEAPON.finditer(text, *sentence):
        group = "a" if match.group("a") else "b"
        if not _same_clause(text, match.start(), finding.start):
            continue
        forces = [m for m in resolver.matcher.find(text[match.start(group):match.end(group)], offset=match.start(group),
                                                   country=None, within=text) if m.kind in ("state", "unit")]
        named = actor_for_match(forces[0], context, text) if forces else None
        if named is not None:
            return named[0].name
    return None


#: Sub-types where ACLED names the crowd as actor1 and the force used on it as actor2.
_CROWD_FIRST = frozenset({"Violent demonstration", "Protest with intervention", "Excessive force against protesters"})


def _aggregates(analysis: Analysis, counts: list[AttributedCount], sentence_ends: dict[int, int],
                resolver: ActorResolver | None = None) -> list[tuple[AggregateClaim, tuple[int, int]]]:
    found = []
    context = resolver.context(analysis.document.country, analysis.published) if resolver is not None else None
    for item in counts:
        if not item.tally:
            continue
        finding = item.finding
        end = sentence_ends.get(item.sentence_start)
        if end is None:
            continue
        sentence = (item.sentence_start, end)
        in_sentence = [m for m in analysis.mentions if m.sentence.start < sentence[1] and sentence[0] < m.sentence.end]
        acts = in_sentence + [m for m in analysis.extras.get("relevance.set_aside", ())
                              if m.sentence.start < sentence[1] and sentence[0] < m.sentence.end]
        period_start, period_end = _period(analysis, sentence, finding.start)
        claim = AggregateClaim(
            claim_id=make_event_id(analysis.document.id, "aggregate", finding.measure, finding.start, finding.value),
            doc_id=analysis.document.id,
            measure=finding.measure,
            figure=finding.value,
            period_start=period_start,
            period_end=period_end,
            place=_place(analysis, in_sentence, sentence),
            claimed_by=item.claimed_by,
            span=_span(analysis, finding.start, finding.end),
            text=" ".join(analysis.text[sentence[0]:sentence[1]].split()),
            actor1=_perpetrator(finding, acts, analysis.text, sentence, resolver, context),
        )
        found.append((claim, sentence))
    return found


def _is_summary(mention: EventMention, resolved: Resolved, doc: "Doc | None") -> bool:
    """A sentence dated only by a "since" period ("Since October 2019, many people flooded the streets")."""
    sentence = mention.sentence
    inside = [e for e, _ in resolved if sentence.start <= e.start < sentence.end]
    return any(e.role == "since" and not _period_of_a_noun(doc, e.start) for e in inside) \
        and not any(e.role in EVENT_ROLES for e in inside)


def _period_of_a_noun(doc: "Doc | None", start: int) -> bool:
    """Whether the "since" before the date at character ``start`` dates another phrase than the event
    ("protesting against the near-daily firing since June 11", "the first time since November")."""
    since = since_token(doc, start) if doc is not None else None
    return since is not None and since_of_another_phrase(since)


def _claims_for(analysis: Analysis, mention: EventMention, counts: list[AttributedCount]) -> list[Claim]:
    claims = [Claim(item.finding.measure, item.finding.value, item.claimed_by,
                    _span(analysis, item.finding.start, item.finding.end))
              for item in counts if item.mention is mention]
    sentence = mention.sentence
    reporters = find_attributions(sentence.text, offset=sentence.start)
    if reporters:
        nearest = min(reporters, key=lambda a: abs(a.start - mention.trigger.start))
        claims.append(Claim("event", f"{mention.event_type}: {mention.sub_event_type}", nearest.reporter,
                            _span(analysis, nearest.start, nearest.end)))
    return claims


def _outlets(analysis: Analysis) -> list[str]:
    outlets = [analysis.document.source] if analysis.document.source else []
    for attribution in find_attributions(analysis.text):
        name = re.sub(r"^(?:the|a|an)\s+", "", attribution.reporter, flags=re.IGNORECASE)
        if OUTLET_WORDS.search(name) and name[:1].isupper():
            outlets.append(name)
    return list(dict.fromkeys(outlets))


class ClaimStage:
    """Fills ``mention.claims`` and ``analysis.aggregates``; removes mentions that only carry a tally."""

    name = "claims"
    requires: tuple[str, ...] = ("doc", "mentions")
    assigns: tuple[str, ...] = ("mentions.claims", "aggregates")

    def __init__(self, resolver: ActorResolver | None = None) -> None:
        self.resolver = resolver  # names the force a tally's clause gives by its weapon ("died in police firing")

    def __call__(self, analysis: Analysis) -> None:
        stored: list[AttributedCount] | None = analysis.extras.get("counts")
        counts = stored if stored is not None else count_mentions(analysis)
        aggregates = _aggregates(analysis, counts, dict(sentence_spans(analysis)), self.resolver)
        analysis.aggregates.extend(claim for claim, _ in aggregates)
        resolved: Resolved = analysis.extras.get("dates") or []
        tally_sentences = [sentence for _, sentence in aggregates]
        wholes: list[tuple[int, int]] = analysis.extras.get("counts.wholes") or []
        scopes: list[tuple[int, int]] = analysis.extras.get("counts.tally_scopes") or []
        kept, removed = [], []
        for mention in analysis.mentions:
            own_figures = any(item.mention is mention and item.finding.measure != CLAIMED_LOSSES for item in counts)
            in_tally = any(mention.sentence.start < e and s < mention.sentence.end for s, e in tally_sentences)
            own_date = mention.date is not None and mention.date.span is not None and (
                mention.sentence.start <= mention.date.span.start < mention.sentence.end) and not any(
                s <= mention.date.span.start < e for s, e in wholes)  # (a range whose days are told one by one)
            told_as_tally = any(s <= mention.trigger.start < e for s, e in scopes)  # "attacks across X, killing 38"
            if (in_tally and not own_figures and (not own_date or told_as_tally)) \
                    or (_is_summary(mention, resolved, analysis.doc) and not own_figures):
                removed.append(mention)
                continue
            mention.claims.extend(_claims_for(analysis, mention, counts))
            kept.append(mention)
        analysis.mentions[:] = kept
        if removed:
            analysis.extras["claims.removed"] = [
                {"trigger": m.trigger, "sub_event_type": m.sub_event_type, "reason": "tally or period summary, not one event"}
                for m in removed]
        analysis.extras["outlets"] = _outlets(analysis)


def create(config: PipelineConfig) -> ClaimStage:
    return ClaimStage(ActorResolver(extra_lexicon=config.actor_lexicon))
