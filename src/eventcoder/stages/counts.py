"""The ``counts`` stage: fatalities, injuries and arrests for each event mention, with who reports them.

Figures are read per sentence (:func:`eventcoder.quantities.find_counts`). A figure in a sentence
with several mentions goes to the mention whose clause holds it, else the one with the nearest
trigger; a mention triggered by the casualty word itself ("killing 1 civilian") yields to the
violent event it reports on ("an IED exploded"); a figure in a sentence without a mention goes to
the latest earlier mention of the same paragraph ("...clashed in Baghdad. Two soldiers were
killed."). Tallies of many events ("killed 600 since October") are left out: the claims stage
records them as aggregate claims. See :func:`_combine` for how several figures become one; across
reporters the lowest wins, as ACLED's conservative rule asks. Every figure, with its reporter and
owner, is kept in ``analysis.extras["counts"]`` for the claims stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..analysis import Analysis, Count, EventMention
from ..article.reporting import is_story
from ..classify.clauses import since_of_another_phrase
from ..pipeline import PipelineConfig
from ..quantities import (CASUALTY_WORDS, CLAIMED_LOSSES, AggregateCue, CountFinding, TallyScope, attribution_for,
                          continues_a_tally, find_attributions, find_claimed_losses, find_counts, is_aggregate,
                          tally_scopes, told_by_pronoun)
from ..record import Span
from ..temporal import EVENT_ROLES, DateExpression
from ..temporal.expressions import long_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["CountStage", "create", "AttributedCount", "sentence_spans", "count_mentions", "is_casualty_trigger", "since_token",
           "counts_other_dead", "yielded_its_figures"]

#: The reason the mentions stage gives an event word that tells a tally (:func:`~eventcoder.classify.clauses.non_event_reason`).
_TALLY_REASON = "a tally of many events"
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“A-Z0-9])|\n\s*\n")


@dataclass(frozen=True, slots=True)
class AttributedCount:
    """A figure found for a mention, with its reporter (None: the article says it itself)."""

    finding: CountFinding
    claimed_by: str | None
    mention: EventMention | None
    tally: bool = False  # part of a tally of many events ("since October"), not any one event's figure
    sentence_start: int = 0


def sentence_spans(analysis: Analysis) -> list[tuple[int, int]]:
    """Sentence boundaries of the document: spaCy's when parsed, a punctuation split otherwise."""
    if analysis.doc is not None:
        cached = analysis.extras.get("sentence_spans")  # counts and claims both ask: found once
        if cached is None:
            cached = analysis.extras["sentence_spans"] = [(s.start_char, s.end_char) for s in analysis.doc.sents
                                                          if s.text.strip()]
        return cached
    spans, start = [], 0
    text = analysis.text
    for match in _SENTENCE_END.finditer(text):
        if text[start:match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _date_expressions(analysis: Analysis) -> list[DateExpression]:
    resolved = analysis.extras.get("dates")
    if resolved is None:
        from ..temporal import find_date_expressions

        return find_date_expressions(analysis.text)
    return [expr for expr, _ in resolved]


#: Event types whose records carry the deaths of the violence they describe (ACLED: civilians harmed as
#: collateral damage get no event of their own; their deaths go to the battle's or explosion's record).
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


def is_casualty_trigger(mention: EventMention) -> bool:
    """Is the mention triggered by a casualty word ("killed", "killing", "wounded and")?"""
    return any(word in CASUALTY_WORDS for word in re.findall(r"[a-z]+", mention.trigger.text.lower()))


def _violent(mention: EventMention) -> bool:
    return (mention.event_type in VIOLENT_TYPES or mention.sub_event_type == "Excessive force against protesters") and (
        not is_casualty_trigger(mention))


def _distance(finding: CountFinding, mention: EventMention) -> int:
    trigger = mention.trigger
    if not mention.sentence.start <= trigger.start < mention.sentence.end:
        trigger = mention.clause or mention.sentence  # a trigger outside its sentence: trust the sentence
    return min(abs(finding.start - trigger.end), abs(trigger.start - finding.end))


def _names_its_actor(mention: EventMention) -> bool:
    actor = mention.actor1
    return actor is not None and actor.span is not None and mention.sentence.start <= actor.span.start < mention.sentence.end


def _owner(finding: CountFinding, mentions: list[EventMention], earlier: list[EventMention],
           previous_start: int | None = None) -> EventMention | None:
    """The mention a figure belongs to: in the figure's clause, else the nearest; in a sentence without
    mentions, the latest earlier one of the paragraph. A mention triggered by the casualty word itself
    ("..., killing 1 civilian") yields to the violent event told before it ("an IED exploded"); when its
    sentence names who killed, only to one in its sentence or the sentence before (``previous_start``)."""
    if mentions:
        in_clause = [m for m in mentions if m.clause is not None and m.clause.start <= finding.start < m.clause.end]
        owner = min(in_clause or mentions, key=lambda m: _distance(finding, m))
    elif earlier:
        owner = earlier[-1]
    else:
        return None
    if is_casualty_trigger(owner):
        # a killing whose sentence names who did it ("...killed when the police fired") is an event of its
        # own unless told right after another ("Planes targeted PKK positions, killing 3")
        near = [*(m for m in earlier if not _names_its_actor(owner) or previous_start is None
                  or m.sentence.end > previous_start), *mentions]
        before = [m for m in near if _violent(m) and m.trigger.start < owner.trigger.start
                  and not m.placed_apart(owner)  # ("clashes broke out in X after he was killed at a base in Y")
                  and not _told_apart(owner, m) and not _answers_an_attack_on_civilians(owner, m)]
        if before:
            return max(before, key=lambda m: m.trigger.start)
    return owner


def _answers_an_attack_on_civilians(killing: EventMention, attack: EventMention) -> bool:
    """"Jihadists attacked a wedding, killing 12 guests. Soldiers killed four militants.": a battle told in a later
    sentence that names who fought is its own event beside the attack on civilians it answers (ACLED codes the two
    apart), so its figure is its own, not another report of the attack's toll."""
    return (attack.sentence.end <= killing.sentence.start and attack.event_type == "Violence against civilians"
            and killing.event_type == "Battles" and _names_its_actor(killing))


def _own(span: Span | None, sentence: Span) -> bool:
    return span is not None and sentence.start <= span.start < sentence.end


#: A death told on a later day that the event told before caused ("two soldiers died of their wounds on Tuesday"):
#: ACLED counts it on that event.
_DIED_LATER = re.compile(r"(?i)\b(?:succumb\w*|(?:died|dies|die)\s+(?:later\s+)?(?:of|from)\s+(?:\w+\s+)?(?:wounds|"
                         r"injuries)|later\s+died|died\s+(?:later|in\s+hospital))\b")


#: A death told as coming after the event's own ("A police officer was burned to death later that night"): another
#: victim, whose death adds to the event's toll rather than retelling it.
_LATER_THAT = re.compile(r"(?i)\blater\s+(?:that|the\s+same|in\s+the)\s+(?:night|day|evening|morning|afternoon)\b|"
                         r"\b(?:hours|minutes)\s+later\b")
#: The sides a figure's victims belong to ("11 terrorists ... Two soldiers embraced shahadat"): the dead of two sides
#: told in two sentences are two groups of dead, not two reports of one toll.
_SIDES = (
    ("forces", re.compile(r"(?i)^(?:soldiers?|troops?|police(?:m[ae]n|wom[ae]n|\s+officers?)?|officers?|personnel|"
                          r"jawans?|servicem[ae]n|gendarmes?|guards?|security\s+(?:forces|personnel|officials)|"
                          r"constables?|cops?|paramilitar(?:y|ies))\b")),
    ("fighters", re.compile(r"(?i)^(?:militants?|terrorists?|insurgents?|rebels?|fighters?|attackers?|assailants?|"
                            r"gunm[ae]n|jihadists?|khwarij|khawarij|bandits?|extremists?|separatists?|kidnappers?|"
                            r"miscreants?|outlaws?)\b")),
    ("civilians", re.compile(r"(?i)^(?:civilians?|villagers?|residents?|passers-?by|worshippers?|farmers?|"
                             r"students?|children|women|pilgrims?)\b")),
)
_VICTIM_AFTER = re.compile(r"\s+(?:(?:more|other|[A-Z][\w-]+|[a-z]+-?(?:ian|ese|i|ish))\s+)?(?P<noun>[\w-]+(?:\s+[\w-]+)?)")


def _side(text: str, finding: CountFinding) -> str | None:
    """Whose dead a figure counts, from the noun after it ("five terrorists", "Two soldiers", "A police officer")."""
    after = _VICTIM_AFTER.match(text, finding.end)
    if after is None:
        return None
    return next((side for side, words in _SIDES if words.match(after.group("noun"))), None)


#: Vague words ACLED reads as a default figure ("dozens": 12, "several": 3): a placeholder for want of a number.
_PLACEHOLDER = re.compile(r"(?i)^(?:several|dozens|scores|hundreds|many|numerous|a\s+number|a\s+few)\b")


def _placeholder(finding: CountFinding) -> bool:
    return not finding.exact and _PLACEHOLDER.match(finding.text) is not None


def _another_victim(text: str, finding: CountFinding, owner: EventMention, told: list[AttributedCount],
                    sentence: str) -> bool:
    """Whether a figure told in a later sentence than its event counts other dead than the event's own figures: a
    death told as coming later ("... later that night"), or the dead of another side ("Security forces killed 11
    terrorists. Two soldiers embraced shahadat")."""
    if finding.measure != "fatalities" or finding.is_toll or finding.additive:
        return False
    return _other_dead(text, finding, [c for c in told if c.mention is owner], sentence)


def _other_dead(text: str, finding: CountFinding, told: list[AttributedCount], sentence: str) -> bool:
    """Whether ``finding``, told in ``sentence``, counts other dead than the death figures ``told`` before it."""
    before = [c for c in told if c.finding.measure == "fatalities" and not c.tally]
    if not before:
        return False
    if _LATER_THAT.search(sentence) and not _DIED_LATER.search(sentence):
        return True
    mine = _side(text, finding)
    theirs = {_side(text, c.finding) for c in before}
    return mine is not None and None not in theirs and mine not in theirs


def counts_other_dead(analysis: Analysis, mention: EventMention, before: list[EventMention]) -> bool:
    """Whether every death figure of ``mention`` counts other dead than the figures of the mentions ``before`` it,
    told in the sentence right before: a death told as additional ("a police officer was also killed"), as coming later
    ("Later that night a mob burned a policeman to death") or of another side ("Two soldiers embraced shahadat").
    When the classifier made such a death an event of its own and the assembly groups it with the event told
    before, its figure adds to that event's rather than competing with it."""
    found: list[AttributedCount] = analysis.extras.get("counts") or []
    mine = [c for c in found if c.mention is mention and c.finding.measure == "fatalities" and not c.tally
            and c.finding.value > 0]
    starts = [start for start, _ in sentence_spans(analysis)]
    at = next((i for i, start in enumerate(starts) if start >= mention.sentence.start), None)
    if not at:
        return False
    # only the sentence right before: figures told far apart are as often a retelling ("4 policemen and 4 civilians
    # also killed" in a summary of the eleven dead) or another day's dead as other victims of this event
    told = [c for c in found if c.mention in before and c.sentence_start == starts[at - 1]]
    if not mine or not told or any(c.finding.is_toll for c in mine):
        return False
    return all(c.finding.additive or _other_dead(analysis.text, c.finding, told, mention.sentence.text) for c in mine)


def yielded_its_figures(analysis: Analysis, mention: EventMention) -> bool:
    """Whether a mention read from a death from wounds ("also died of his wounds on Tuesday", "succumbed") has no
    figure of its own because its sentence's figures went to the event told before (``_owner``): ACLED counts such a
    death on that event, and the mention is no killing of its own."""
    if not is_casualty_trigger(mention) or not _DIED_LATER.search(mention.sentence.text) or any(
            getattr(mention, m) is not None for m in ("fatalities", "injuries", "arrests")):
        return False
    found: list[AttributedCount] = analysis.extras.get("counts") or []
    mine = [c for c in found if c.sentence_start == mention.sentence.start and not c.tally]
    return bool(mine) and all(c.mention is not None and c.mention is not mention
                              and c.mention.sentence.end <= mention.sentence.start for c in mine)


def _told_apart(mention: EventMention, other: EventMention) -> bool:
    """Whether ``mention``'s own sentence sets it on another day or at another place than ``other``, told in an
    earlier sentence ("Two bombs exploded in Nong Chik ... Earlier on the same day, insurgents shot dead a headman
    in Rueso district"; "Eight were killed on 3 January ... Six more were killed on 10 January"): a killing of its
    own, not the figure of the event told before."""
    if other.sentence.start == mention.sentence.start:
        return False
    if mention.date is not None and other.date is not None and not _DIED_LATER.search(mention.sentence.text) \
            and _own(mention.date.span, mention.sentence) \
            and _own(other.date.span, other.sentence) and mention.date.date != other.date.date:
        return True
    mine, theirs = mention.place, other.place
    if mine is None or theirs is None or not _own(mine.span, mention.sentence) or not _own(theirs.span, other.sentence):
        return False
    if mine.admin1 and theirs.admin1 and mine.admin1 != theirs.admin1:
        return True
    # two towns; a region holds the town told in it ("Basra city ... In total 3 were killed in Basra province")
    return mine.geo_precision < 3 and theirs.geo_precision < 3 and \
        (mine.location or "").casefold() != (theirs.location or "").casefold()


#: A clause set on another day than its sentence's event ("protested on Thursday, a day after the mayor was
#: detained", "two days before gunmen killed 4"): its figures are that other day's event's.
#: "relatives of", "families of the": the figure after it counts the people a crowd is kin of, harmed before.
_KIN_OF_BEFORE = re.compile(r"(?i)\b(?:relatives|families|family\s+members|parents|wives|widows|mothers|fathers|"
                            r"children|colleagues|kin)\s+of\s+(?:the\s+|some\s+)?$")
_ANOTHER_DAY = re.compile(r"(?i)\b(?:a|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)"
                          r"\s+(?:after|before)\b[^,;.()]*")


def _another_day_clause(sentence: str, position: int) -> tuple[int, int] | None:
    """The span (in ``sentence``) of the clause set on another day that holds ``position``, if any."""
    return next(((m.start(), m.end()) for m in _ANOTHER_DAY.finditer(sentence) if m.start() <= position < m.end()), None)


def _crowd_told_before(mentions: list[EventMention], start: int) -> EventMention | None:
    """The latest demonstration or riot told before ``start``: a story's arrests with no event of their own are
    its crowd's (ACLED codes arrests at a demonstration on the demonstration)."""
    crowds = [m for m in mentions if m.sentence.end <= start and m.event_type in ("Protests", "Riots")]
    return crowds[-1] if crowds else None


#: A sentence that tells of events all over a country: "rioting spread across the country", "protests nationwide",
#: or "across" a country's name (checked against the places stage's toponyms).
_ALL_OVER = re.compile(r"(?i)\b(?:nationwide|countrywide|(?:across|throughout|all\s+over)\s+(?:the\s+(?:country|nation)\b)?)")


def _the_countrys_figures(analysis: Analysis, previous: tuple[int, int], sentence: tuple[int, int],
                          own: list[EventMention], follows_up: bool) -> bool:
    """Whether a sentence that only tells figures ("1,311 people were arrested and 79 officers injured") sums the
    whole country's events told just before ("Rioting spread across France"): it names no place of its own, its
    events are only its casualty and arrest words (or the relevance stage read it as going on about the event told
    before, ``follows_up``), and the sentence before tells of the whole country."""
    places = analysis.extras.get("places") or []
    if not (own or follows_up) or not all(is_casualty_trigger(m) or m.sub_event_type == "Arrests" for m in own) or any(
            sentence[0] <= int(t["start"]) < sentence[1] and t.get("kind") != "country" for t in places):
        return False
    countries = {int(t["start"]) for t in places if t.get("kind") == "country"}
    for match in _ALL_OVER.finditer(analysis.text, *previous):
        if match.group(0).lower() in ("nationwide", "countrywide") or match.group(0).rstrip().endswith(
                ("country", "nation")) or match.end() in countries:
            return True
    return False


def _same_paragraph(text: str, start: int, end: int) -> bool:
    """No line break between ``start`` and the text at ``end`` (a sentence may end with its own newline)."""
    return re.search(r"\n\s*\S", text[start:end + 1]) is None


#: Quoted speech: a sentence that opens with a quotation mark, or tells what someone said in one.
_QUOTED = re.compile(r'^\s*["\u201c\u2018\']|["\u201d\u2019]\s*,?\s*(?:\w+\s+){0,6}?(?:said|says|added|told|stated)\b')
#: The most quoted sentences a one-sentence paragraph reaches back over to the event they are about.
_QUOTES_BACK = 3


def _before_the_quotes(analysis: Analysis, sentences: list[tuple[int, int]], index: int,
                       mentions: list[EventMention]) -> list[EventMention]:
    """The mentions of the sentence before ``index``; when that sentence is a quotation with no event of its
    own, those of the sentence before the quotation ("Militants attacked a post on Monday.\n\n"We responded
    effectively," the army said.\n\nTwo soldiers were killed."): a death told after a quote is the event's
    the quote is about."""
    for back in range(index - 1, max(-1, index - 1 - _QUOTES_BACK), -1):
        first, last = sentences[back]
        found = [m for m in mentions if first <= m.sentence.start < last]
        if found or not _QUOTED.search(analysis.text[first:last]):
            return found
    return []


def since_token(doc: "Doc", start: int) -> "Token | None":
    """The "since" that opens the date or period at character ``start`` (or is there), if any."""
    words = doc.char_span(start, start + 1, alignment_mode="expand")
    if words is None:
        return None
    return next((t for t in reversed(doc[max(0, words.start - 4):words.start + 1]) if t.lower_ == "since"), None)


def _dates_another_phrase(doc: "Doc | None", cue: AggregateCue) -> bool:
    """A "since" tally cue that dates a participle's phrase or a comparison, not the figures' event."""
    if doc is None or cue.start < 0 or not cue.text.lower().startswith("since"):
        return False
    since = since_token(doc, cue.start)
    return since is not None and since_of_another_phrase(since)


def count_mentions(analysis: Analysis) -> list[AttributedCount]:
    """Every figure of the document with its reporter and owning mention (None: unowned or a tally)."""
    text = analysis.text
    expressions = _date_expressions(analysis)
    date_spans = [(e.start, e.end) for e in expressions]
    sentences = sentence_spans(analysis)
    mentions = sorted(analysis.mentions, key=lambda m: (m.sentence.start, m.trigger.start))
    set_aside = [int(d["start"]) for d in analysis.extras.get("relevance", {}).get("dropped", [])]
    tallies = [s["trigger"].start for s in analysis.extras.get("mentions.skipped", ()) if s["reason"] == _TALLY_REASON]
    results: list[AttributedCount] = []
    previous_tallied = False  # whether the sentence before told a tally
    for index, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        findings = find_counts(sentence, offset=start, excluded=date_spans)
        findings += find_claimed_losses(sentence, offset=start)  # a side's claim, kept as one (never a count)
        if not findings:  # a toll told without a figure we count ("touched the 544-mark") still has parts
            previous_tallied = is_aggregate(sentence) is not None
            continue
        next_sentence = text[sentences[index + 1][0]:sentences[index + 1][1]] if index + 1 < len(sentences) else None
        dated = any(start <= e.start < end and e.role in EVENT_ROLES for e in expressions)
        scopes = [s for s in tally_scopes(sentence, next_sentence=next_sentence, dated=dated, offset=start)
                  if not _dates_another_phrase(analysis.doc, s.cue)]
        own = [m for m in mentions if m.sentence.start < end and start < m.sentence.end]
        followed = [m for m in mentions if any(f.start <= start < f.end for f in m.follow_ups)]
        if not scopes and index and _the_countrys_figures(analysis, sentences[index - 1], (start, end), own,
                                                          bool(followed)):
            # "Rioting spread across France. The ministry said 1,311 people were arrested overnight": the country's
            # tally, not the figures of one scene (the dateline's, the last one named)
            scopes.append(TallyScope(AggregateCue(sentence, start, start), start, end))
        if not scopes and not own and any(start <= t < end for t in tallies):
            # the mentions stage read the sentence's event word as a tally ("Since the 2021 coup, the junta has
            # killed more than 4,600"): its figures are the tally's, never an event's told before
            scopes.append(TallyScope(AggregateCue(sentence, start, start), start, end))
        breakdown = continues_a_tally(sentence) if previous_tallied and not dated else None
        if breakdown is not None:  # "Out of this, 97 died in police firing": parts of the tally just told
            scopes.append(TallyScope(AggregateCue(breakdown.text, breakdown.start + start, breakdown.end + start),
                                     start, end))
        previous_tallied = bool(scopes)
        earlier = [m for m in mentions if m.sentence.end <= start and _same_paragraph(text, m.sentence.start, start)]
        if not own and followed:  # a sentence that goes on about an event told before (relevance stage)
            earlier = followed
        elif not own and not earlier and not dated and index and is_story(analysis) \
                and not any(start <= s < end for s in set_aside):
            # a story's paragraph of one sentence goes on about the scene of the one before ("Police fired
            # tear gas at protesters.\n\nA spokesman said six officers were injured."), unless the relevance
            # stage set its own event aside (background, history, the habitual present)
            earlier = _before_the_quotes(analysis, sentences, index, mentions)
        findings = [part for finding in findings for part in _split_at_a_gap(text, finding, own, start, date_spans)]
        for finding in findings:
            if analysis.anatomy.in_boilerplate(finding.start):
                continue  # "Related stories: 1 killed in ...": furniture, not this story's figures
            reporter = attribution_for(sentence, finding.start, offset=start)
            claimed_by = reporter.reporter if reporter else _reporter_before(text, sentences, index)
            scope = next((s for s in scopes if s.start <= finding.start < s.end), None)
            if finding.measure != CLAIMED_LOSSES and scope is not None:
                if finding.part:
                    continue  # a part of a tally, told at its own place, is no claim of its own
                results.append(AttributedCount(finding, claimed_by, None, tally=True, sentence_start=start))
                if scope.cue.start >= 0:  # what the cue tells from its own words on ("killed nationwide", "attacks
                    # across X, killing 38") is no event of its own; what its clause told before it may be
                    analysis.extras.setdefault("counts.tally_scopes", []).append((scope.cue.start, scope.end))
                continue
            # in a short report (a brief, a coder's note) every sentence tells its one event
            previous = sentences[index - 1][0] if index and is_story(analysis) else None
            owner = _owner(finding, own, earlier, previous)
            if owner is None and finding.measure == "arrests" and not own and is_story(analysis):
                owner = _crowd_told_before(mentions, start)  # "Seven people were arrested for public violence"
            told_apart = _another_day_clause(sentence, finding.start - start)
            if owner is not None and told_apart is not None and not (
                    start + told_apart[0] <= owner.trigger.start < start + told_apart[1]):
                owner = None  # "..., a day after the mayor was detained": that day's event, not this one's
            if owner is not None and _KIN_OF_BEFORE.search(text, max(0, finding.start - 40), finding.start):
                owner = None  # "Relatives of 30 miners detained last week marched": whom the crowd is kin of
            if owner is not None and owner.sub_event_type == "Arrests" and finding.measure == "fatalities":
                owner = None  # an arrest has no deaths (ACLED): "booked for murder" tells the charge, not this event
            elif (owner is not None and not own and owner.event_type == "Strategic developments"
                  and finding.measure in ("fatalities", "injuries")):
                owner = None  # harm told in a later sentence is not a troop withdrawal's or an agreement's
            if owner is not None and owner.sentence.end <= start and _another_victim(
                    text, finding, owner, [c for c in results if c.sentence_start < start], sentence):
                finding = replace(finding, additive=True)
            elif finding.additive and owner is not None and owner.sentence.end <= start and _on_another_day(
                    analysis, (start, end), owner, of_wounds=_DIED_LATER.search(sentence) is not None):
                # "Seven were killed on 4 March. Four more were killed on 9 March.": another day's dead, not more of
                # the event told before (a death from its wounds, on a later day, is)
                finding = replace(finding, additive=False)
            results.append(AttributedCount(finding, claimed_by, owner, sentence_start=start))
    return _lead_of_told_parts(analysis, _wholes_of_told_parts(analysis, results, sentences))


def _wholes_of_told_parts(analysis: Analysis, results: list[AttributedCount], sentences: list[tuple[int, int]]
                          ) -> list[AttributedCount]:
    """Figures told over a range of days whose parts the document tells day by day ("killed 14 between 3 and 10
    January. Eight were killed on 3 January. Six more were killed on 10 January."): the whole is a tally, not
    an event beside its parts. The ranges are kept in ``analysis.extras["counts.wholes"]``."""
    resolved = analysis.extras.get("dates") or []
    values = {(e.start, e.end): v for e, v in resolved}
    days: dict[int, list] = {}  # sentence start -> the days its event dates name
    for expr, value in resolved:
        if value is not None and value.precision == 1 and expr.role in EVENT_ROLES:
            at = next((s for s, e in sentences if s <= expr.start < e), None)
            if at is not None:
                days.setdefault(at, []).append(value.date)
    wholes = []
    for first, last in long_ranges(analysis.text, [e for e, _ in resolved], longer_than=0):
        opened, closed = values.get((first.start, first.end)), values.get((last.start, last.end))
        sentence = next((s for s, e in sentences if s <= first.start < e), None)
        if opened is None or closed is None or opened.precision != 1 or closed.precision != 1 or sentence is None:
            continue
        for index, item in enumerate(results):
            if item.sentence_start != sentence or item.tally or item.finding.measure == CLAIMED_LOSSES:
                continue
            parts = [other for other in results if other.sentence_start != sentence and not other.tally
                     and other.finding.measure == item.finding.measure and other.finding.value <= item.finding.value
                     and any(opened.date <= day <= closed.date for day in days.get(other.sentence_start, ()))]
            if parts:
                results[index] = AttributedCount(item.finding, item.claimed_by, None, tally=True, sentence_start=sentence)
                wholes.append((first.start, last.end))
    if wholes:
        analysis.extras["counts.wholes"] = sorted(set(wholes))
    return results


def _lead_of_told_parts(analysis: Analysis, results: list[AttributedCount]) -> list[AttributedCount]:
    """A lead's figure that the body tells again in parts ("Eleven people were killed in two attacks on Sunday. Eight
    villagers were killed when gunmen stormed X. Three soldiers died when their convoy hit a mine near Y."): the
    lead sums the same deaths, told once (as a headline's are), so it is no figure of its own beside its parts. The
    parts are the next figures of the measure, in the order told, that add up to the lead's exactly (two or more,
    each smaller), at least one of them another event's; where every part is the lead's own event's, the
    counts already keep the largest. The leads set aside are kept in ``analysis.extras["counts.leads"]``."""
    lead = next((c.sentence_start for c in results if c.mention is not None and not c.tally
                 and c.finding.measure != CLAIMED_LOSSES and not analysis.anatomy.in_headline(c.sentence_start)), None)
    if lead is None:
        return results
    leads = []
    for measure in ("fatalities", "injuries", "arrests", "abductions"):
        told = [i for i, c in enumerate(results) if c.sentence_start == lead and c.finding.measure == measure]
        if len(told) != 1 or results[told[0]].mention is None or results[told[0]].tally:
            continue
        whole = results[told[0]]
        later = [c for c in results if c.sentence_start > lead and c.finding.measure == measure and not c.tally
                 and c.mention is not None]
        parts: list[AttributedCount] = []
        for part in later:
            if not 0 < part.finding.value < whole.finding.value or _another_days_or_separate(analysis, part, whole):
                break
            parts.append(part)
            if sum(p.finding.value for p in parts) >= whole.finding.value:
                break
        if sum(p.finding.value for p in parts) != whole.finding.value or len(parts) < 2 or all(p.mention is whole.mention for p in parts):
            continue
        results[told[0]] = replace(whole, mention=None)
        leads.append((whole.finding.start, whole.finding.end))
    if leads:
        analysis.extras["counts.leads"] = leads
    return results


def _on_another_day(analysis: Analysis, sentence: tuple[int, int], owner: EventMention, *, of_wounds: bool = False
                    ) -> bool:
    """Whether ``sentence`` names an event day of its own other than the day of ``owner``, told before it; for a death
    from wounds (``of_wounds``), a day before the owner's (a later one is the wounds' event's, ACLED counting it there)."""
    if owner.date is None or owner.date.precision != 1:
        return False
    return any(sentence[0] <= e.start < sentence[1] and e.role in EVENT_ROLES and v is not None and v.precision == 1
               and (v.date < owner.date.date if of_wounds else v.date != owner.date.date)
               for e, v in analysis.extras.get("dates") or [])


#: Words that tell an event apart from the one told before ("In a separate attack", "Separately", "Elsewhere").
_SEPARATE = re.compile(r"(?i)\b(?:separate(?:ly)?|elsewhere|in\s+another\s+(?:incident|attack))\b")


def _another_days_or_separate(analysis: Analysis, part: AttributedCount, whole: AttributedCount) -> bool:
    """Whether a figure told after a lead's is told as another event than the lead sums: set on another day in its
    own sentence, told as separate ("In a separate attack, ..."), or the dead of another side than the lead's ("Five
    soldiers were killed ... Three civilians died")."""
    mine, theirs = part.mention, whole.mention
    sentence = next((analysis.text[s:e] for s, e in sentence_spans(analysis) if s == part.sentence_start), "")
    if _SEPARATE.search(sentence):
        return True
    sides = _side(analysis.text, whole.finding), _side(analysis.text, part.finding)
    if None not in sides and sides[0] != sides[1]:
        return True
    return (mine is not None and theirs is not None and mine.date is not None and theirs.date is not None
            and _own(mine.date.span, mine.sentence) and mine.date.date != theirs.date.date)


def _split_at_a_gap(text: str, finding: CountFinding, mentions: list[EventMention], start: int,
                    date_spans: list[tuple[int, int]]) -> list[CountFinding]:
    """A figure summed across two events of one verb ("shot dead two protesters in Khartoum on Wednesday and another
    in Omdurman on Thursday": 3), where the classifier split the words after "and" into a mention of their own: the
    part before the second mention's clause is the first event's (2), the rest the second's (1)."""
    first = next((m for m in mentions if m.clause is not None and m.clause.start <= finding.start < m.clause.end), None)
    second = next((m for m in mentions if m is not first and m.clause is not None
                   and finding.start < m.clause.start < finding.end), None)
    if first is None or second is None:
        return [finding]
    cut = second.clause.start
    part = next((f for f in find_counts(text[start:cut], offset=start, excluded=date_spans)
                 if f.measure == finding.measure and f.start == finding.start), None)
    if part is None or not 0 < part.value < finding.value:
        return [finding]
    rest = replace(finding, value=finding.value - part.value, start=cut, text=text[cut:finding.end])
    return [replace(finding, value=part.value, end=part.end, text=part.text), rest]


def _reporter_before(text: str, sentences: list[tuple[int, int]], index: int) -> str | None:
    """The reporter a pronoun stands for ("..., the ombudsman's office said. Protests have left 8 dead since
    December, it said."): the last one the sentence before names."""
    if index == 0 or not told_by_pronoun(text[sentences[index][0]:sentences[index][1]]):
        return None
    before = find_attributions(text[sentences[index - 1][0]:sentences[index - 1][1]])
    return before[-1].reporter if before else None


def _combine(counts: list[AttributedCount]) -> Count:
    """One figure from several. Figures of one sentence add up (different victims); a later sentence
    may retell them, so across sentences the largest wins, as does a toll; across reporters the lowest
    (ACLED's conservative rule). Figures told as additional ("were also killed") always add."""
    wholes = {i.sentence_start for i in counts if not i.finding.part}
    counts = [i for i in counts if not i.finding.part or i.sentence_start not in wholes]  # (the whole holds its parts)
    numbered = {i.sentence_start for i in counts if not _placeholder(i.finding) and not i.finding.additive}
    if numbered:
        # a number told for the dead replaces a vague word's default told in another sentence ("killing dozens ...
        # Between 20 and 30 bodies were found": 20, not 12), ACLED's defaults being for want of any number
        counts = [i for i in counts if not _placeholder(i.finding) or i.sentence_start in numbered]
    extra = [i for i in counts if i.finding.additive and not i.finding.is_toll]
    by_reporter: dict[str | None, list[AttributedCount]] = {}
    for item in counts:
        if item.finding.additive and not item.finding.is_toll:
            continue
        by_reporter.setdefault(item.claimed_by, []).append(item)
    totals: list[tuple[int, bool, str | None]] = []
    for reporter, items in by_reporter.items():
        tolls = [i.finding.value for i in items if i.finding.is_toll]
        per_sentence: dict[int, int] = {}
        for item in items:
            if not item.finding.is_toll:
                per_sentence[item.sentence_start] = per_sentence.get(item.sentence_start, 0) + item.finding.value
        totals.append((max([*per_sentence.values(), *tolls]), all(i.finding.exact for i in items), reporter))
    value, exact, reporter = min(totals, key=lambda t: (t[0], not t[1])) if totals else (0, True, None)
    value += sum(i.finding.value for i in extra)
    exact = exact and all(i.finding.exact for i in extra)
    if reporter is None and not totals and extra:
        reporter = extra[0].claimed_by
    # The evidence span: the largest single figure (a sum over several figures has no one span).
    anchor = next((i for i in counts if i.finding.value == value), None) or max(counts, key=lambda i: i.finding.value)
    return Count(value, _span(anchor), reporter, exact)


def _span(item: AttributedCount) -> Span:
    finding = item.finding
    return Span(finding.start, finding.end, finding.text)


class CountStage:
    """Sets ``fatalities``, ``injuries`` and ``arrests`` on each mention."""

    name = "counts"
    requires: tuple[str, ...] = ("doc", "mentions")
    assigns: tuple[str, ...] = ("mentions.fatalities", "mentions.injuries", "mentions.arrests")

    def __call__(self, analysis: Analysis) -> None:
        found = count_mentions(analysis)
        analysis.extras["counts"] = found
        for mention in analysis.mentions:
            mine = [c for c in found if c.mention is mention]
            for measure in ("fatalities", "injuries", "arrests"):
                items = [c for c in mine if c.finding.measure == measure]
                if items:
                    setattr(mention, measure, _combine(items))


def create(config: PipelineConfig) -> CountStage:
    return CountStage()
