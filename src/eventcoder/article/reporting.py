"""Does an event mention report a specific event that happened, here and now, in this story?

Journalism tells more than events: the headline retells the lead, furniture frames the page,
background recalls old events, a question or a reference ("during the Gujarat riots") points at
events told elsewhere, an accident kills without an attacker, and other beats borrow conflict's
words. Each check returns the reason a mention is not a report, or None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..analysis import Analysis, EventMention
from .topic import CONFLICT, Topic, TopicLexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["not_a_report", "HISTORY_DAYS", "BACKGROUND_DAYS"]

#: An event dated this many days before publication is history, whatever the wording.
HISTORY_DAYS = 90
#: An event dated this long before publication and told as a beginning ("began on", "since") is background.
BACKGROUND_DAYS = 14

_BEGINNINGS = {"begin", "start", "erupt", "spark", "trigger", "break"}
_REFERENCE_PREPS = {"during", "after", "since", "before", "following", "over", "of", "despite", "like", "about",
                    "in the wake of", "post"}
_VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


def _sentence_tokens(analysis: Analysis, mention: EventMention) -> "SpacySpan | None":
    doc = analysis.doc
    if doc is None:
        return None
    return doc.char_span(mention.sentence.start, mention.sentence.end, alignment_mode="expand")


def _trigger_token(analysis: Analysis, mention: EventMention):  # type: ignore[no-untyped-def]
    doc = analysis.doc
    if doc is None:
        return None
    span = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _headline(analysis: Analysis, mention: EventMention) -> str | None:
    anatomy = analysis.anatomy
    if not anatomy.in_headline(mention.trigger.start):
        return None
    body = [m for m in analysis.mentions if not anatomy.in_headline(m.trigger.start)]
    if body:  # the body tells the story; its own words, figures and dates win ("kills dozens" vs "no casualties")
        return "in the headline: it summarises what the body tells"
    return None


def _furniture(analysis: Analysis, mention: EventMention) -> str | None:
    anatomy = analysis.anatomy
    dateline = anatomy.dateline
    if anatomy.in_boilerplate(mention.trigger.start) or (
            dateline is not None and dateline.span.start <= mention.trigger.start < dateline.span.end):
        return "page furniture (dateline, byline, archive note or prompt), not the story"
    return None


def _off_topic(analysis: Analysis, mention: EventMention, topic: Topic, lexicon: TopicLexicon) -> str | None:
    if not topic.off_topic:
        return None
    sentence = _sentence_tokens(analysis, mention)
    if sentence is not None:
        # the event word itself does not vouch for its sentence ("bombed at the box office")
        others = [t for t in sentence if not mention.trigger.start <= t.idx < mention.trigger.end]
        if lexicon.count(others).get(CONFLICT, 0):
            return None
    return f"{topic.name} news: the sentence names no conflict actor, weapon or protest besides its event word"


def _accident(analysis: Analysis, mention: EventMention, lexicon: TopicLexicon) -> str | None:
    """Deaths by crash, fire, flood or collapse with no attacker are not political violence."""
    if mention.event_type not in _VIOLENT_TYPES:
        return None
    sentence = _sentence_tokens(analysis, mention)
    if sentence is None:
        return None
    counts = lexicon.count(sentence)
    if (counts.get("accident", 0) or counts.get("weather", 0)) and not counts.get(CONFLICT, 0):
        return "an accident or disaster: no attacker, weapon or crowd in the sentence"
    return None


def _named_year(analysis: Analysis, mention: EventMention) -> int | None:
    """A year written into the event's own phrase ("the 1984 riots", "the riots of 2002")."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None:
        return None
    for token in trigger.subtree:
        if token.i != trigger.i and token.like_num and len(token.text) == 4 and token.text.isdigit():
            year = int(token.text)
            if 1800 < year < 2200:
                return year
    return None


def _history(analysis: Analysis, mention: EventMention) -> str | None:
    published, date = analysis.published, mention.date
    year = _named_year(analysis, mention)
    if published is not None and year is not None and year < published.year:
        return f"history: an event of {year}, named in passing"
    if published is None or date is None or date.span is None or date.rule.startswith(("carried", "publication")):
        return None
    days = (published - date.date).days
    # A day and month with no year far back is more likely a wrong publication date than history.
    dated_in_full = re.search(r"\b\d{4}\b|\byears?\b|\bago\b|\blast\b", date.span.text, re.IGNORECASE)
    if days > HISTORY_DAYS and dated_in_full:
        return f"history: an event of {date.date.isoformat()}, {days} days before the story"
    trigger = _trigger_token(analysis, mention)
    sentence = _sentence_tokens(analysis, mention)
    told_as_start = sentence is not None and any(
        t.lemma_.lower() in _BEGINNINGS and t.pos_ == "VERB" or t.lower_ == "since" for t in sentence)
    if days > BACKGROUND_DAYS and (told_as_start or (trigger is not None and _past_perfect(trigger))):
        return f"background: how the story began ({date.date.isoformat()}, {days} days before it)"
    return None


def _past_perfect(token) -> bool:  # type: ignore[no-untyped-def]
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in token.children)


def _reference(analysis: Analysis, mention: EventMention) -> str | None:
    """A noun that names an event told elsewhere ("during the Gujarat riots", "after the Godhra carnage")."""
    trigger = _summary_noun(analysis, mention)
    if trigger is None:
        return None
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _REFERENCE_PREPS:
        if not _sentence_anchored(trigger) and trigger.sent.root.i != trigger.i:
            return f"a reference ('{trigger.head.text} the {trigger.text}') to an event told elsewhere"
    return None


#: Nouns that sum up events and can name them without reporting one ("the 2002 riots", "the violence").
_SUMMARY_NOUNS = {"riot", "riots", "violence", "unrest", "carnage", "massacre", "mayhem", "bloodshed", "pogrom",
                  "turmoil", "disturbance", "clash", "clashes", "protest", "agitation", "bandh", "strike", "attack",
                  "incident", "conflict", "war", "fighting", "fight", "battle", "mob", "killing", "killings",
                  "demonstration", "march", "rally", "uprising", "insurgency", "crackdown", "tension", "arson",
                  "destruction", "operation", "operations", "measure", "measures", "rioting", "communal"}

#: Verbs that report an event named by a noun as happening: "riots broke out", "held a march".
_OCCURRENCE = {"break", "erupt", "occur", "happen", "take", "spread", "rock", "hit", "continue", "leave", "kill",
               "claim", "flare", "grip", "engulf", "turn", "rage", "follow", "injure", "wound", "end", "start",
               "begin", "resume", "escalate", "intensify", "see", "witness", "report", "trigger", "spark", "cause"}
_STAGING = {"hold", "stage", "organise", "organize", "lead", "launch", "carry", "conduct", "mount", "join", "take",
            "call", "observe", "start", "begin", "continue", "resume", "end", "break", "disperse", "attack", "use"}


def _summary_noun(analysis: Analysis, mention: EventMention):  # type: ignore[no-untyped-def]
    """The trigger when it is a noun that sums up events ("the riots", "violence"), else None. Weapons
    ("an IED explosion") and people ("the protesters") are told with the event, not instead of it."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.pos_ not in {"NOUN", "PROPN", "ADJ"} or trigger.lemma_.lower() not in _SUMMARY_NOUNS:
        return None
    return trigger


def _sentence_anchored(trigger) -> bool:  # type: ignore[no-untyped-def]
    """A date, time or figure in the sentence: what a report of an event gives."""
    return any(t.ent_type_ in {"DATE", "TIME", "CARDINAL"} or (t.like_num and t.i != trigger.i) for t in trigger.sent)


def _unanchored(analysis: Analysis, mention: EventMention) -> str | None:
    """A noun that sums up events and reports none: a modifier ("riot-hit areas", "riot victims") or a
    noun with no verb of occurrence, no date, figure or place of its own ("to justify the riots")."""
    trigger = _summary_noun(analysis, mention)
    if trigger is None:
        return None
    doc = trigger.doc
    hyphenated = trigger.i + 1 < len(doc) and doc[trigger.i + 1].text == "-" and not doc[trigger.i].whitespace_
    if trigger.dep_ in {"compound", "amod", "nmod", "poss"} or hyphenated:
        return f"'{trigger.text}' modifies another word ('{trigger.head.text}'): no event is told"
    head = trigger.head
    if trigger.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in _OCCURRENCE:
        return None
    if trigger.dep_ in {"dobj", "pobj", "attr"} and (head.lemma_.lower() in _STAGING or head.head.lemma_.lower() in _STAGING):
        return None
    if any(t.ent_type_ in {"GPE", "LOC", "FAC"} for t in trigger.subtree if t.i != trigger.i) or _sentence_anchored(trigger):
        return None
    return f"the noun '{trigger.text}' names events without reporting one (no verb of occurrence, date, figure or place)"


def _question(analysis: Analysis, mention: EventMention) -> str | None:
    if mention.sentence.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
        return "a question, not a report"
    return None


def not_a_report(analysis: Analysis, mention: EventMention, topic: Topic, lexicon: TopicLexicon) -> str | None:
    """Why ``mention`` does not report an event of this story (None: it does)."""
    return (_furniture(analysis, mention) or _headline(analysis, mention) or _off_topic(analysis, mention, topic, lexicon)
            or _accident(analysis, mention, lexicon) or _history(analysis, mention) or _reference(analysis, mention)
            or _unanchored(analysis, mention) or _question(analysis, mention))
