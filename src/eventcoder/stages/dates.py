"""The ``dates`` stage: give every event mention its date and ACLED time_precision.

A mention takes the event date expression of its own sentence (the one nearest its trigger, in its
clause when it has one); else the date carried over from the latest earlier event sentence ("They
set fire to..." after "protests on Sunday"); else the publication date at week precision with low
confidence. Anaphoric phrases ("that night", "the day before") resolve against the date the text
was last about. Dates never fall after the publication date; without one, only dates that carry
their year resolve. All date expressions found are kept in ``analysis.extras["dates"]``.
"""

from __future__ import annotations

import datetime as dt
import re

from ..analysis import Analysis, EventMention, ResolvedDate
from ..classify.clauses import under_a_reaction
from ..pipeline import PipelineConfig
from ..temporal import EVENT_ROLES, DateExpression, TemporalValue, publication_fallback, resolve_text

__all__ = ["DateStage", "create", "date_mentions"]

#: Confidence kept by a date carried over within its paragraph, and across a paragraph break.
CARRY_SAME_PARAGRAPH = 0.85
CARRY_ACROSS_PARAGRAPHS = 0.7
#: Below this confidence a resolution ("recently") is used only for its own sentence, never carried.
MIN_CARRY_CONFIDENCE = 0.4

#: A death from a wound received earlier: the death belongs to the event of the wound.
_DIED_OF_WOUNDS = re.compile(r"(?i)\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their|the|a)\s+(?:\w+\s+)?"
                             r"(?:wounds?|injur(?:y|ies))")

Resolved = list[tuple[DateExpression, TemporalValue | None]]


def _event_dates(resolved: Resolved) -> list[tuple[DateExpression, TemporalValue]]:
    return [(e, v) for e, v in resolved if v is not None and e.role in EVENT_ROLES]


def _own_date(mention: EventMention, dated: list[tuple[DateExpression, TemporalValue]]
              ) -> tuple[DateExpression, TemporalValue] | None:
    sentence = mention.sentence
    inside = [(e, v) for e, v in dated if sentence.start <= e.start and e.end <= sentence.end]
    if not inside:
        return None
    clause = mention.clause
    if clause is not None:
        in_clause = [(e, v) for e, v in inside if clause.start <= e.start and e.end <= clause.end]
        inside = in_clause or inside
    trigger = mention.trigger
    # The firmest reading first ("recently" only when nothing else), dates of things mentioned in passing
    # ("the operation launched on May 27") last, a day before a week or month, then the one nearest the trigger.
    return min(inside, key=lambda ev: (ev[1].confidence < MIN_CARRY_CONFIDENCE, ev[0].role == "background",
                                       ev[1].precision > 1 and ev[0].role == "event",
                                       min(abs(ev[0].start - trigger.end), abs(trigger.start - ev[0].end))))


def _dates_a_grievance(analysis: Analysis, expression: DateExpression) -> bool:
    """A date inside what people react to ("angry over the killing ... earlier this month") dates that."""
    doc = analysis.doc
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand") if doc is not None else None
    return span is not None and len(span) > 0 and under_a_reaction(span.root)


def _paragraph_break_between(text: str, start: int, end: int) -> bool:
    return re.search(r"\n\s*\S", text[start:end + 1]) is not None


def date_mentions(analysis: Analysis, resolved: Resolved) -> None:
    """Set ``mention.date`` on every mention from the resolved date expressions of the document."""
    published = analysis.published
    furniture = [s for s in (analysis.anatomy.dateline.span if analysis.anatomy.dateline else None,
                             *analysis.anatomy.boilerplate) if s is not None]
    dated = [(e, v) for e, v in _event_dates(resolved) if not any(s.start <= e.start < s.end for s in furniture)]
    of_events = [(e, v) for e, v in dated if not _dates_a_grievance(analysis, e)]
    own_dates = {id(m): _own_date(m, of_events) for m in analysis.mentions}
    chosen = {id(pair[0]) for pair in own_dates.values() if pair is not None}
    # Dates that can carry over: those of events, and any a mention took as its own ("Protests began on Sunday").
    carriers = [(e, v) for e, v in dated if v.confidence >= MIN_CARRY_CONFIDENCE and (e.role != "background" or id(e) in chosen)]
    mention_sentences = [(m.sentence.start, m.sentence.end) for m in analysis.mentions]
    for mention in analysis.mentions:
        own = own_dates[id(mention)]
        if own is not None:
            expr, value = own
            if expr.kind == "anaphoric" and (expr.offset or 0) > 0 and _DIED_OF_WOUNDS.search(mention.sentence.text):
                # "...was shot on Dec 14 and died of his wounds the next day": the death joins the shooting.
                value = TemporalValue(value.date - dt.timedelta(days=expr.offset or 0), value.precision,
                                      value.confidence, "death from an earlier wound: the wound's date")
            mention.date = ResolvedDate(value.date, value.precision, value.confidence,
                                        analysis.span(expr.start, expr.end), value.rule)
            continue
        mention.date = _carried(analysis, mention, carriers, mention_sentences, chosen) or _filed(analysis) or (
            _fallback(published) if published is not None else None)


def _carried(analysis: Analysis, mention: EventMention, carriers: list[tuple[DateExpression, TemporalValue]],
             mention_sentences: list[tuple[int, int]], taken: set[int]) -> ResolvedDate | None:
    """The date of the latest earlier event sentence: one that holds a mention, else any earlier date. In
    that sentence the date its event took wins over a later one about something else ("rallied on Saturday
    ... over the collapse in November 2024. Police detained 22"): the date of the event told before."""
    earlier = [(e, v) for e, v in carriers if e.end <= mention.sentence.start]
    in_event_sentences = [(e, v) for e, v in earlier if any(s <= e.start < t for s, t in mention_sentences)]
    chosen = (in_event_sentences or earlier)
    if chosen:
        last = next(((s, t) for s, t in mention_sentences if s <= chosen[-1][0].start < t), None)
        own = [(e, v) for e, v in chosen if id(e) in taken and last is not None and last[0] <= e.start < last[1]]
        chosen = own or chosen
    if not chosen:
        return None
    expr, value = chosen[-1]
    factor = (CARRY_ACROSS_PARAGRAPHS if _paragraph_break_between(analysis.text, expr.end, mention.sentence.start)
              else CARRY_SAME_PARAGRAPH)
    return ResolvedDate(value.date, value.precision, round(value.confidence * factor, 3),
                        analysis.span(expr.start, expr.end), f"carried over: {value.rule}")


def _filed(analysis: Analysis) -> ResolvedDate | None:
    """The dateline's date ("BAGHDAD, Nov 28 (Reuters) -"): when the body gives none, the story is of
    that day or the days before it, so week precision, as for the publication date."""
    dateline = analysis.anatomy.dateline
    if dateline is None or dateline.date is None:
        return None
    value = publication_fallback(dateline.date, precision=2)
    return ResolvedDate(value.date, value.precision, value.confidence, dateline.span, "the dateline's date")


def _fallback(published: dt.date) -> ResolvedDate:
    value = publication_fallback(published, precision=2)
    return ResolvedDate(value.date, value.precision, value.confidence, None, value.rule)


class DateStage:
    """Resolves the document's date expressions once, then dates each mention."""

    name = "dates"
    requires: tuple[str, ...] = ("doc", "mentions")  # reads the anatomy's dateline when that stage ran
    assigns: tuple[str, ...] = ("mentions.date",)

    def __call__(self, analysis: Analysis) -> None:
        resolved = resolve_text(analysis.text, analysis.published)
        analysis.extras["dates"] = resolved
        date_mentions(analysis, resolved)


def create(config: PipelineConfig) -> DateStage:
    return DateStage()
