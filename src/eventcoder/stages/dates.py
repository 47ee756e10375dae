"""The ``dates`` stage: give every event mention its date and ACLED time_precision.

A mention takes the event date expression of its own sentence (the one nearest its trigger, in its
clause when it has one); else the date carried over from the latest earlier event sentence ("They
set fire to..." after "protests on Sunday"), at week precision when the sentence tells a *later* event
("Troops later raided ..., a spokesman said on Wednesday": on or after that day, by the telling);
else, for an undated lead, the day the next report of its kind gives ("have detained 30 ..." then
"arrested the group on Thursday night"); else the dateline's date, then the publication date, at
week precision with low confidence. Anaphoric phrases ("that night", "the day before") resolve against the date the text
was last about. Dates never fall after the publication date; without one, only dates that carry
their year resolve. All date expressions found are kept in ``analysis.extras["dates"]``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from ..analysis import Analysis, EventMention, ResolvedDate
from ..article.reporting import is_story
from ..classify.clauses import under_a_reaction
from ..pipeline import PipelineConfig
from ..temporal import EVENT_ROLES, DateExpression, TemporalValue, publication_fallback, resolve_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["DateStage", "create", "date_mentions", "reporting_day"]

#: Confidence kept by a date carried over within its paragraph, and across a paragraph break.
CARRY_SAME_PARAGRAPH = 0.85
CARRY_ACROSS_PARAGRAPHS = 0.7
#: Below this confidence a resolution ("recently") is used only for its own sentence, never carried.
MIN_CARRY_CONFIDENCE = 0.4

#: A death from a wound received earlier: the death belongs to the event of the wound.
_DIED_OF_WOUNDS = re.compile(r"(?i)\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their|the|a)\s+(?:\w+\s+)?"
                             r"(?:wounds?|injur(?:y|ies))")

#: Words that put a sentence's event after the one told before it ("Troops later raided ..."), unless within the
#: same day ("hours later", "later that night") or of the telling ("later said").
_LATER = re.compile(r"(?i)(?<!hours )(?<!minutes )(?<!moments )(?<!shortly )(?<!soon )"
                    r"\b(?:later|subsequently|afterwards?)\b(?!\s+(?:that|this|the\s+same|in\s+the\s+day)\b)")
_SPACES = re.compile(r"\s*")
_A_DEATH = re.compile(r"(?i)\b(?:died|dies|die|succumb\w*|death|dead)\b")
_SPEECH = frozenset({"say", "tell", "add", "confirm", "announce", "report", "state", "claim", "deny"})

Resolved = list[tuple[DateExpression, TemporalValue | None]]


def _event_dates(resolved: Resolved) -> list[tuple[DateExpression, TemporalValue]]:
    return [(e, v) for e, v in resolved if v is not None and e.role in EVENT_ROLES]


def _own_date(mention: EventMention, dated: list[tuple[DateExpression, TemporalValue]], doc: "Doc | None" = None
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
    # A date the parser hangs on the trigger itself comes first ("schoolchildren kidnapped last month ... continued
    # on Thursday": the kidnapping's month, not the talks' day), when the trigger alone made the mention's type: not
    # for a crowd's event (its trigger may be the force used on it) nor one another word retyped ("an attack launched
    # the previous day" + "took control": the takeover's day).
    verb = (_trigger_verb(doc, trigger.start, trigger.end) if doc is not None and len(inside) > 1
            and mention.event_type not in ("Protests", "Riots") and " + " not in mention.rule else None)
    attached = {id(e) for e, _ in inside if verb is not None and _verb_of(doc, e.start, e.end) == verb}
    return min(inside, key=lambda ev: (ev[1].confidence < MIN_CARRY_CONFIDENCE, id(ev[0]) not in attached,
                                       ev[0].role == "background",
                                       ev[1].precision > 1 and ev[0].role == "event",
                                       min(abs(ev[0].start - trigger.end), abs(trigger.start - ev[0].end))))


def _trigger_verb(doc: "Doc", start: int, end: int) -> int | None:
    """The index of the trigger's own verb ("kidnapped"), or None for a noun ("the attack ... was condemned on
    Tuesday": the verb a noun hangs on may be another act's)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) and span.root.pos_ == "VERB" else None


def _verb_of(doc: "Doc", start: int, end: int) -> int | None:
    """The index of the verb the words at ``start``..``end`` belong to (climbing prepositions and nouns), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    node = span.root
    for _ in range(6):
        if node.pos_ == "VERB":
            return node.i
        if node.head.i == node.i or node.dep_ in {"relcl", "ccomp", "advcl", "conj", "ROOT"}:
            return None
        node = node.head
    return None


#: Verbs of a state, which has no day: a date the parser hangs on one ("men they accused of belonging to a gang
#: on Sunday") is the sentence's own.
_STATES = frozenset({"be", "belong", "have", "support", "own", "hold", "live", "work", "know", "remain"})
#: Verbs that, in a relative clause on a participant, say what the participant is taken for ("four men they
#: accused of ...", "a youth suspected of ..."): a description, not a reaction to another event.
_LABELS = frozenset({"accuse", "suspect", "blame", "brand", "call", "describe"})


#: What a retaliation answers, told after it: "fired rockets ... in retaliation for the killing of two of its fighters
#: in X the day before". A date in that phrase, before any clause break, dates the earlier event.
_ANSWERING = re.compile(r"(?i)\b(?:in\s+(?:retaliation|response|revenge|reprisal)\s+(?:for|to)|to\s+avenge|avenging)\s")
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s[-\u2013]\s")


def _answered_from(analysis: Analysis, expression: DateExpression) -> int | None:
    """Where the phrase that tells what a retaliation answers starts, when ``expression`` sits in it, or None."""
    text = analysis.text
    start = max(text.rfind(". ", 0, expression.start), text.rfind("\n", 0, expression.start), 0)
    answering = list(_ANSWERING.finditer(text, start, expression.start))
    if answering and _CLAUSE_BREAK.search(text, answering[-1].end(), expression.start) is None:
        return answering[-1].start()
    return None


def _dates_a_grievance(analysis: Analysis, expression: DateExpression) -> bool:
    """A date inside what people react to ("angry over the killing ... earlier this month") dates that; not one
    the parser hung on a state, or on a relative clause saying what a participant is taken for."""
    doc = analysis.doc
    span = doc.char_span(expression.start, expression.end, alignment_mode="expand") if doc is not None else None
    if span is None or len(span) == 0 or not under_a_reaction(span.root):
        return False
    node = span.root
    for _ in range(7):
        if node.head.i == node.i:
            break
        node = node.head
        lemma = node.lemma_.lower()
        if node.pos_ in ("VERB", "AUX") and lemma in _STATES:
            return False
        if node.dep_ == "relcl" and lemma in _LABELS:
            return False
    return True


def _a_schedule(analysis: Analysis, expression: DateExpression) -> bool:
    """A weekday hung on a verb in the simple present that tells no event ("the exhibition, which opens to the
    public on Saturday", "the trial resumes on Monday"): a schedule, not the day anything happened. Headlines,
    which tell past events in the present, and verbs that are or govern an event's word ("police arrest five on
    Sunday", "protesters continue their sit-in on Sunday") keep their day."""
    doc = analysis.doc
    if doc is None or analysis.anatomy.in_headline(expression.start):
        return False
    verb = _verb_of(doc, expression.start, expression.end) if expression.kind == "weekday" else None
    if verb is None:
        return False
    token = doc[verb]
    if token.tag_ not in {"VBZ", "VBP"} or token.lemma_.lower() in _SPEECH or any(
            c.dep_ in {"aux", "auxpass", "neg"} for c in token.children):
        return False
    # (nor one that governs an event's word: "protesters continue their sit-in on Sunday")
    return not any(m.trigger.start <= t.idx < m.trigger.end for m in analysis.mentions for t in token.subtree)


def _paragraph_break_between(text: str, start: int, end: int) -> bool:
    return re.search(r"\n\s*\S", text[start:end + 1]) is not None


def date_mentions(analysis: Analysis, resolved: Resolved) -> None:
    """Set ``mention.date`` on every mention from the resolved date expressions of the document."""
    published = analysis.published
    furniture = [s for s in (analysis.anatomy.dateline.span if analysis.anatomy.dateline else None,
                             *analysis.anatomy.boilerplate) if s is not None]
    dated = [(e, v) for e, v in _event_dates(resolved) if not any(s.start <= e.start < s.end for s in furniture)
             and not _a_schedule(analysis, e)]
    of_events = [(e, v) for e, v in dated if not _dates_a_grievance(analysis, e)]
    # a date in what a retaliation answers ("in retaliation for the killing of two fighters the day before") is the
    # earlier event's: only a mention told in that phrase takes it
    answered = {id(e): _answered_from(analysis, e) for e, _ in of_events}
    own_dates = {id(m): _own_date(m, [(e, v) for e, v in of_events if answered[id(e)] is None
                                      or answered[id(e)] <= m.trigger.start < e.end], analysis.doc)
                 for m in analysis.mentions}
    chosen = {id(pair[0]) for pair in own_dates.values() if pair is not None}
    # Dates that can carry over: those of events, and any a mention took as its own ("Protests began on Sunday").
    carriers = [(e, v) for e, v in dated if v.confidence >= MIN_CARRY_CONFIDENCE and (e.role != "background" or id(e) in chosen)
                and (answered.get(id(e)) is None or id(e) in chosen)]
    mention_sentences = [(m.sentence.start, m.sentence.end) for m in analysis.mentions]
    for mention in analysis.mentions:
        anchored = _day_counted_back(analysis, mention, resolved)
        if anchored is not None:  # "buried on Friday, a day after he was killed": Thursday
            mention.date = anchored
            continue
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
        kin = {id(pair[0]) for m in analysis.mentions if m.event_type == mention.event_type
               for pair in [own_dates[id(m)]] if pair is not None}
        carried = _carried(analysis, mention, carriers, mention_sentences, chosen, kin)
        if carried is not None:
            carried = _after_the_carried_day(analysis, mention, carried, resolved, published) or carried
        mention.date = carried or _told_again(analysis, mention, own_dates) \
            or _timed_by_the_next_sentence(analysis, mention, dated) or _filed(analysis) \
            or _signed(analysis, resolved) or (_fallback(published) if published is not None else None)


#: Where the clause that "a day after" or "two days before" opens ends ("a day after he was killed in an air strike").
_ANCHOR_END = re.compile(r"[;:.!?\u2014]|,\s|\s[-\u2013]\s")


def _day_counted_back(analysis: Analysis, mention: EventMention, resolved: Resolved) -> ResolvedDate | None:
    """A mention told in the clause that "a day after" or "two days before" opens, in a sentence dated by another
    day ("Mourners buried him on Friday, a day after he was killed in an air strike"): that day moved back (or
    forward) by the days counted. Funerals and obituaries date a death this way."""
    sentence, trigger = mention.sentence, mention.trigger
    for index, (expr, value) in enumerate(resolved):
        if expr.kind != "anaphoric" or expr.role != "background" or not sentence.start <= expr.start < sentence.end:
            continue
        if expr.offset is None or not re.search(r"(?i)(?:after|before)$", expr.text):
            continue
        end = _ANCHOR_END.search(analysis.text, expr.end, sentence.end)
        if not expr.end <= trigger.start < (end.start() if end else sentence.end):
            continue
        days = [(e, v) for e, v in resolved[:index] + resolved[index + 1:]
                if v is not None and e.role in EVENT_ROLES and e.kind != "anaphoric" and v.precision == 1
                and sentence.start <= e.start < sentence.end and not expr.start <= e.start < expr.end]
        if not days:
            return None
        told, told_value = min(days, key=lambda ev: abs(ev[0].start - expr.start))
        day = told_value.date - dt.timedelta(days=expr.offset)
        if analysis.published is not None and day > analysis.published:
            return None
        return ResolvedDate(day, 1, round(told_value.confidence * 0.9, 3), analysis.span(expr.start, expr.end),
                            f"{expr.text.lower()} the day told ({told_value.date.isoformat()}): {told_value.rule}")
    return None


#: Nothing but a dash or a colon between a date and the sentence after it: the date heads that sentence.
_HEADING_GAP = re.compile(r"[ \t]*[-\u2013\u2014:][ \t]*")


def _carried(analysis: Analysis, mention: EventMention, carriers: list[tuple[DateExpression, TemporalValue]],
             mention_sentences: list[tuple[int, int]], taken: set[int], kin: set[int] = frozenset()) -> ResolvedDate | None:
    """The date of the latest earlier event sentence: one that holds a mention, else any earlier date. In
    that sentence the date its event took wins over a later one about something else ("rallied on Saturday
    ... over the collapse in November 2024. Police detained 22"): the date of the event told before; of two
    events told there, the date of the one of this mention's kind (``kin``): "arrested on September 3 ... in
    connection with the attack ... on August 21. The accused were remanded": the arrest's day."""
    earlier = [(e, v) for e, v in carriers if e.end <= mention.sentence.start]
    if earlier and _HEADING_GAP.fullmatch(analysis.text, earlier[-1][0].end, mention.sentence.start):
        # a roundup line's own day, split off as a sentence of its own: "Wednesday, Nov 4 — Quetta: A grenade ..."
        expr, value = earlier[-1]
        return ResolvedDate(value.date, value.precision, value.confidence, analysis.span(expr.start, expr.end),
                            f"the line's heading: {value.rule}")
    in_event_sentences = [(e, v) for e, v in earlier if any(s <= e.start < t for s, t in mention_sentences)]
    chosen = (in_event_sentences or earlier)
    if chosen:
        last = next(((s, t) for s, t in mention_sentences if s <= chosen[-1][0].start < t), None)
        own = [(e, v) for e, v in chosen if id(e) in taken and last is not None and last[0] <= e.start < last[1]]
        chosen = [(e, v) for e, v in own if id(e) in kin] or own or chosen
    if not chosen:
        return None
    expr, value = chosen[-1]
    factor = (CARRY_ACROSS_PARAGRAPHS if _paragraph_break_between(analysis.text, expr.end, mention.sentence.start)
              else CARRY_SAME_PARAGRAPH)
    return ResolvedDate(value.date, value.precision, round(value.confidence * factor, 3),
                        analysis.span(expr.start, expr.end), f"carried over: {value.rule}")


def _after_the_carried_day(analysis: Analysis, mention: EventMention, carried: ResolvedDate, resolved: Resolved,
                           published: dt.date | None) -> ResolvedDate | None:
    """A sentence that tells what happened *later* and when it was told ("Security forces later raided the
    hideout ..., a spokesman said on Wednesday") happened on or after the day carried over, by the telling's day:
    that day at week precision (month beyond a week), not as if the day were known. Without a later telling day,
    and for a victim who "died later" (of the event told before), the carried day stays."""
    if _A_DEATH.search(mention.trigger.text) or not _tells_a_later_event(analysis, mention):
        return None
    sentence = mention.sentence
    told = [v.date for e, v in resolved if v is not None and e.role == "statement" and v.precision == 1
            and sentence.start <= e.start and e.end <= sentence.end]
    bound = min(told, default=None)
    if bound is None or bound <= carried.date:
        return None  # (with no later telling day, "later" is most often later that day)
    return ResolvedDate(carried.date, max(carried.precision, 2 if (bound - carried.date).days <= 7 else 3),
                        round(min(carried.confidence, 0.5), 3), carried.span,
                        f"later: on or after {carried.date.isoformat()}, by {bound.isoformat()}; {carried.rule}")


def _tells_a_later_event(analysis: Analysis, mention: EventMention) -> bool:
    sentence = mention.sentence
    found = [m for m in _LATER.finditer(analysis.text, sentence.start, sentence.end)]
    if not found:
        return False
    doc = analysis.doc
    if doc is None:
        return True
    for match in found:
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and len(span) > 0 and span.root.head.lemma_.lower() not in _SPEECH:
            return True  # ("police later said ...": the day of the telling, not of a later event)
    return False


def _told_again(analysis: Analysis, mention: EventMention,
                own_dates: dict[int, tuple[DateExpression, TemporalValue] | None]) -> ResolvedDate | None:
    """A lead with no date and nothing before it ("Security forces have detained at least 30 journalists, rights
    groups said.") told again with its day by the next sentence that reports the same kind of event ("... arrested
    the group on Thursday night"): that day, with less confidence."""
    if any(m.sentence.start < mention.sentence.start for m in analysis.mentions):
        return None  # not the story's first report
    following = _next_sentence_start(analysis.text, mention.sentence.end)
    later = sorted((m for m in analysis.mentions if m.sentence.start == following), key=lambda m: m.trigger.start)
    for other in later:
        if other.event_type != mention.event_type:
            continue
        own = own_dates.get(id(other))
        if own is None or other.sub_event_type != mention.sub_event_type:
            return None  # the next report of that kind is of another event, or gives no day either
        expr, value = own
        if expr.role != "event" or value.precision > 2:
            return None
        factor = (CARRY_ACROSS_PARAGRAPHS if _paragraph_break_between(analysis.text, mention.sentence.end, expr.start)
                  else CARRY_SAME_PARAGRAPH)
        return ResolvedDate(value.date, value.precision, round(value.confidence * factor * 0.9, 3),
                            analysis.span(expr.start, expr.end), f"told again later: {value.rule}")
    return None


def _timed_by_the_next_sentence(analysis: Analysis, mention: EventMention,
                                dated: list[tuple[DateExpression, TemporalValue]]) -> ResolvedDate | None:
    """A story's undated lead ("Two militants were killed in an encounter, the Army said on Tuesday.") whose next
    sentence, in the same paragraph, tells no event of its own but when it happened ("The infiltration bid was
    foiled late on Monday"): that day, with less confidence."""
    if not is_story(analysis) or any(m.sentence.start < mention.sentence.start for m in analysis.mentions):
        return None
    following = _next_sentence_start(analysis.text, mention.sentence.end)
    if following >= len(analysis.text) or _paragraph_break_between(analysis.text, mention.sentence.end, following):
        return None
    if any(m.sentence.start == following for m in analysis.mentions):
        return None  # the next sentence tells an event of its own (see _told_again)
    end = analysis.text.find(". ", following)
    end = len(analysis.text) if end < 0 else end
    days = [(e, v) for e, v in dated if following <= e.start < end and e.role == "event" and v.precision <= 2]
    if len(days) != 1:
        return None
    expr, value = days[0]
    return ResolvedDate(value.date, value.precision, round(value.confidence * CARRY_SAME_PARAGRAPH * 0.9, 3),
                        analysis.span(expr.start, expr.end), f"timed by the next sentence: {value.rule}")


def _next_sentence_start(text: str, end: int) -> int:
    """Where the sentence after the one ending at ``end`` starts (past spaces and line breaks)."""
    match = _SPACES.match(text, end)
    return match.end() if match else end


def _filed(analysis: Analysis) -> ResolvedDate | None:
    """The dateline's date ("BAGHDAD, Nov 28 (Reuters) -"): when the body gives none, the story is of
    that day or the days before it, so week precision, as for the publication date."""
    dateline = analysis.anatomy.dateline
    if dateline is None or dateline.date is None:
        return None
    value = publication_fallback(dateline.date, precision=2)
    return ResolvedDate(value.date, value.precision, value.confidence, dateline.span, "the dateline's date")


#: A post's sign-off with its date, closing the text: "— Military spokesman, February 3, 2025".
_SIGN_OFF = re.compile(r"(?:^|\n|\s)[\u2014\u2013-]{1,2}\s*[^\n.!?\u2014\u2013]{0,80}?,?\s*$")


def _signed(analysis: Analysis, resolved: Resolved) -> ResolvedDate | None:
    """The date a post is signed with at its end ("... — Military spokesman, February 3, 2025"): like a
    dateline's, the day it was written, so the event is of that day or the days before it (week precision)."""
    text = analysis.text.rstrip(" \t\n.")
    last = next(((e, v) for e, v in reversed(resolved) if v is not None), None)
    if last is None or last[0].kind != "date" or last[1].precision != 1 or last[0].end < len(text):
        return None
    expr, value = last
    if not _SIGN_OFF.search(text, max(0, expr.start - 100), expr.start):
        return None
    if analysis.published is not None and value.date > analysis.published:
        return None
    filed = publication_fallback(value.date, precision=2)
    return ResolvedDate(filed.date, filed.precision, 0.5, analysis.span(expr.start, expr.end), "the post's signed date")


def _fallback(published: dt.date) -> ResolvedDate:
    value = publication_fallback(published, precision=2)
    return ResolvedDate(value.date, value.precision, value.confidence, None, value.rule)


def reporting_day(analysis: Analysis) -> dt.date | None:
    """The day the story tells from, which "yesterday" and "on Tuesday" count back from: the dateline's date when it
    gives one ("KYIV, March 3 (Reuters) - ... yesterday": March 2, whenever the story was published or archived),
    else the publication date. A digest's briefs each carry their own dateline, so a digest keeps the publication
    date; so does a dateline dated after publication (a time zone ahead, or a slip)."""
    published, dateline = analysis.published, analysis.anatomy.dateline
    if dateline is None or dateline.date is None or analysis.anatomy.briefs:
        return published
    return dateline.date if published is None or dateline.date <= published else published


class DateStage:
    """Resolves the document's date expressions once, then dates each mention."""

    name = "dates"
    requires: tuple[str, ...] = ("doc", "mentions")  # reads the anatomy's dateline when that stage ran
    assigns: tuple[str, ...] = ("mentions.date",)

    def __call__(self, analysis: Analysis) -> None:
        resolved = resolve_text(analysis.text, reporting_day(analysis))
        analysis.extras["dates"] = resolved
        date_mentions(analysis, resolved)


def create(config: PipelineConfig) -> DateStage:
    return DateStage()
