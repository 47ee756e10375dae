"""Does an event mention report a specific event that happened, here and now, in this story?

Journalism tells more than events: the headline retells the lead, furniture frames the page,
background recalls old events, a question or a reference ("during the Gujarat riots") points at
events told elsewhere, an accident kills without an attacker, and other beats borrow conflict's
words. Each check returns the reason a mention is not a report, or None.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..analysis import Analysis, EventMention
from ..classify.detect import SHORT_REPORT_CHARS
from ..classify.disputes import DISPUTE_RULE
from ..classify.remote import IED_ACRONYM
from ..quantities import CASUALTY_WORDS
from ..temporal.resolve import YEAR_SLIP
from .depiction import depicted_reason
from .figurative import figurative_reason
from .topic import CONFLICT, NOT_BEATS, Topic, TopicLexicon

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["not_a_report", "told_in_a_story_of_the_past", "event_told_before", "is_story", "FOLLOW_UP_REASONS", "HISTORY_DAYS",
           "BACKGROUND_DAYS"]

#: An event dated this many days before publication is history, whatever the wording.
HISTORY_DAYS = 90
#: An event dated this long before publication and told as a beginning ("began on", "since") is background.
BACKGROUND_DAYS = 7

_BEGINNINGS = {"begin", "start", "erupt", "spark", "trigger", "break"}
_REFERENCE_PREPS = {"during", "after", "since", "before", "following", "over", "of", "despite", "like", "about",
                    "in the wake of", "post"}
_VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}


def _char_span(analysis: Analysis, start: int, end: int) -> "SpacySpan | None":
    """The parse's tokens over [start, end), looked up once per document: every check reads the same spans."""
    cache = analysis.extras.setdefault("relevance.spans", {})
    if (start, end) not in cache:
        cache[(start, end)] = analysis.doc.char_span(start, end, alignment_mode="expand") if analysis.doc is not None else None
    return cache[(start, end)]


def _sentence_tokens(analysis: Analysis, mention: EventMention) -> "SpacySpan | None":
    """The mention's sentence, stretched to its trigger's when a later sentence's word was merged into it."""
    doc = analysis.doc
    if doc is None:
        return None
    start, end = mention.sentence.start, mention.sentence.end
    if not start <= mention.trigger.start < end:
        trigger_sentence = _char_span(analysis, mention.trigger.start, mention.trigger.end)
        if trigger_sentence is not None and len(trigger_sentence):
            sent = trigger_sentence[0].sent
            start, end = min(start, sent.start_char), max(end, sent.end_char)
    return _char_span(analysis, start, end)


def _trigger_token(analysis: Analysis, mention: EventMention):  # type: ignore[no-untyped-def]
    doc = analysis.doc
    if doc is None:
        return None
    span = _char_span(analysis, mention.trigger.start, mention.trigger.end)
    return span.root if span is not None and len(span) else None


def _headline(analysis: Analysis, mention: EventMention) -> str | None:
    anatomy = analysis.anatomy
    if not anatomy.in_headline(mention.trigger.start):
        return None
    body = [m for m in analysis.mentions if not anatomy.in_headline(m.trigger.start)]
    if body:  # the body tells the story; its own words, figures and dates win ("kills dozens" vs "no casualties")
        return "in the headline: it summarises what the body tells"
    return None


def _habitual(analysis: Analysis, mention: EventMention) -> str | None:
    """The simple present of a story's body describes what happens, not what happened ("states where bandits
    raid villages, kill residents and kidnap people for ransom"); news tells its events in the past. Headlines,
    which use the present for the past, are read before this; coders' notes, terse and sometimes in the
    present ("villagers engaged in a fight where they throw stones"), are left alone."""
    if not is_story(analysis) or analysis.anatomy.in_headline(mention.trigger.start) \
            or mention.rule.startswith("no rule fired"):
        return None  # (the fallback model's pick is any word of the text)
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.pos_ != "VERB" or trigger.tag_ not in {"VBP", "VBZ", "VB"} \
            or trigger.text != mention.trigger.text:
        return None
    # a clause of its own with its subject ("gangs ... kill residents"), not "to kill" nor "Army airstrikes"
    if any(child.dep_ in {"aux", "auxpass"} for child in trigger.children) \
            or not any(child.dep_ == "nsubj" for child in trigger.children):
        return None
    return "habitual present: it describes what happens, not an event"


def is_story(analysis: Analysis) -> bool:
    """A news story (long, or with a headline, a title field or a dateline), not a coder's note or a bare
    sentence."""
    return len(analysis.text) > SHORT_REPORT_CHARS or analysis.anatomy.is_news_story or bool(analysis.document.title)


def _furniture(analysis: Analysis, mention: EventMention) -> str | None:
    anatomy = analysis.anatomy
    dateline = anatomy.dateline
    if anatomy.in_boilerplate(mention.trigger.start) or (
            dateline is not None and dateline.span.start <= mention.trigger.start < dateline.span.end):
        return "page furniture (dateline, byline, archive note or prompt), not the story"
    return None


_REPORTING_VERBS = {"say", "tell", "report", "confirm", "add", "state", "claim", "note", "allege", "quote", "cite"}


def _speaks(token) -> bool:  # type: ignore[no-untyped-def]
    """Whether the token names who reports ("police said", "according to police"), not who acts."""
    node = token
    while node.dep_ in {"compound", "amod", "conj"} and node.head.i != node.i:
        node = node.head
    if node.dep_ in {"nsubj", "nsubjpass"} and node.head.lemma_.lower() in _REPORTING_VERBS:
        return True
    return node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lower_ == "according"


def _party_words(lexicon: TopicLexicon, tokens, mention: EventMention, *,  # type: ignore[no-untyped-def]
                 with_trigger: bool = True) -> dict[str, int]:
    """Beat word counts of ``tokens`` leaving out dates, who reports and, unless ``with_trigger``, the
    event word itself (which cannot vouch for its own sense: "bombed at the box office")."""
    kept = [t for t in tokens if (with_trigger or not mention.trigger.start <= t.idx < mention.trigger.end)
            and t.ent_type_ not in {"DATE", "TIME"} and not _speaks(t)]
    return lexicon.count(kept)


def _clause_tokens(analysis: Analysis, mention: EventMention):  # type: ignore[no-untyped-def]
    doc = analysis.doc
    span = mention.clause or mention.sentence
    return _char_span(analysis, span.start, span.end) if doc is not None else None


def _figurative(analysis: Analysis, mention: EventMention) -> str | None:
    """A figure that varies in its words: an attack in words, a crowd of admirers (``article/figurative.py``); or
    what a film or a series shows (``article/depiction.py``)."""
    trigger = _trigger_token(analysis, mention)
    return (figurative_reason(trigger) or depicted_reason(trigger)) if trigger is not None else None


def _idiom(analysis: Analysis, mention: EventMention, lexicon: TopicLexicon) -> str | None:
    """A figure of speech ("a riot of colour", "stormed to victory", "war of words") reports nothing."""
    sentence = _sentence_tokens(analysis, mention)
    if sentence is None:
        return None
    for phrase, start, end in lexicon.phrases_in(sentence, "idioms"):
        if start <= mention.trigger.start < end:
            return f"a figure of speech ('{phrase}')"
    return None


def _off_topic(analysis: Analysis, mention: EventMention, topic: Topic, lexicon: TopicLexicon) -> str | None:
    if not topic.off_topic:
        return None
    if mention.event_type == "Strategic developments":
        return f"{topic.name} news: a development outside a conflict"
    trigger = _trigger_token(analysis, mention)
    if mention.event_type == "Protests" and trigger is not None and (
            trigger.pos_ == "VERB" or trigger.dep_ == "pobj" and trigger.head.lower_ == "in"
            or trigger.dep_ == "dobj" and trigger.head.lower_ in _HELD):
        return None  # "workers protested over prices", "drivers blocked the highway in protest", "relatives staged a
        # protest at the factory gate": whatever the beat
    clause = _clause_tokens(analysis, mention)
    # the event word itself does not vouch for its clause ("bombed at the box office"), nor does who reports it,
    # nor the police alone ("the policemen bombarded the Tusker goal": a club's players)
    counts = _party_words(lexicon, clause, mention, with_trigger=False) if clause is not None else {}
    if counts.get(CONFLICT, 0) - counts.get("security", 0) > 0 or counts.get("security", 0) and counts.get("crowd", 0):
        return None  # ("fans clashed with police": a crowd and the police)
    if mention.event_type == "Riots" and trigger is not None and _a_crowd_did_it(trigger, lexicon):
        return None  # "Enraged residents blocked the road and set the bus on fire" after a crash: the crowd is its party
    return f"{topic.name} news: the sentence names no conflict actor, weapon or protest besides its event word"


def _a_crowd_did_it(trigger: "Token", lexicon: TopicLexicon) -> bool:
    """Whether the riot word's verb has a crowd for its subject ("Enraged residents ... set the bus on fire"), not
    a crowd word somewhere in the clause ("the group was in a fight for survival")."""
    verb = trigger
    for _ in range(3):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.head.i != verb.i:
        verb = verb.head  # ("blocked the road ... and set the bus on fire": the first verb's subject)
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
    return verb.pos_ == "VERB" and bool(subjects) and lexicon.count(subjects).get("crowd", 0) > 0


#: Verbs that hold a protest ("staged a protest"; the small parser's lemma of "staged" is "stag").
_HELD = frozenset({"stage", "staged", "stages", "staging", "hold", "held", "holds", "holding"})


#: Words that tell harm without saying anybody caused it: accidents and disasters use them too.
_HARM_WORDS = frozenset({"kill", "die", "dead", "death", "injure", "wound", "storm", "blast", "explosion", "explode",
                         "collapse", "fire", "burn", "body", "casualty", "destroy", "damage", "batter", "hit", "strike"})


#: Harm that somebody did, whatever accident the sentence also tells.
_SOMEBODY_DID_IT = frozenset({"shoot", "shot", "stab", "gunman", "gunmen", "gunfire", "behead", "lynch", "hack"})


#: Aircraft whose crash is an accident unless something downed them ("died in a helicopter crash").
_AIRCRAFT = frozenset({"helicopter", "chopper", "plane", "aircraft", "airplane", "airliner", "jet"})
_DOWNED = re.compile(r"\b(?:shot|shoot(?:ing)?|brought|bring)\s+down\b|\bdowned\b|\b(?:hit|struck)\s+by\b|\bmissiles?\b|"
                     r"\bgunfire\b|\bfired\b|\battack", re.IGNORECASE)


def _aircraft_crash(analysis: Analysis, mention: EventMention, trigger: "Token") -> str | None:
    """"The speaker died in a helicopter crash", "a military plane crashed": an aircraft that crashed with
    nothing told downing it is an accident, not an air strike."""
    sentence = _sentence_tokens(analysis, mention)
    if trigger.lemma_.lower() not in _AIRCRAFT or sentence is None:
        return None
    if any(t.lemma_.lower() in ("crash", "crash-land") for t in sentence) and not _DOWNED.search(sentence.text):
        return "an accident: an aircraft crashed, and nothing told downed it"
    return None


def _accident(analysis: Analysis, mention: EventMention, lexicon: TopicLexicon) -> str | None:
    """Deaths by crash, fire, flood or collapse with no attacker are not political violence."""
    trigger = _trigger_token(analysis, mention)
    if trigger is not None and (crash := _aircraft_crash(analysis, mention, trigger)) is not None:
        return crash
    if mention.event_type not in _VIOLENT_TYPES or trigger is None or trigger.lemma_.lower() not in _HARM_WORDS:
        return None  # "shot at", "stabbed", "attacked": somebody did it
    sentence = _sentence_tokens(analysis, mention)
    if sentence is None:
        return None
    causes = lexicon.count(sentence)  # "a gas explosion": the cause may be the event word's own phrase
    dead = _the_harmed(trigger)
    counts = _party_words(lexicon, [t for t in sentence if t.i not in dead], mention, with_trigger=False)
    if any(IED_ACRONYM.match(t.text) or t.lemma_.lower() in _SOMEBODY_DID_IT for t in sentence):
        return None  # "a UVIED attached to the commissioner's vehicle exploded", "a gendarme shot and killed a taxi
        # driver after a road accident": a planted bomb, a shooting
    # the police among the dead or at the scene do not make a crash an attack ("Five people, including a police
    # officer, died when a bus collided with a lorry"); they weigh nothing here, as in the other beats' check
    armed = counts.get(CONFLICT, 0) + _weapon_in_the_event_word(analysis, mention, trigger, lexicon)
    if trigger.lemma_.lower() == "body":  # "the bodies of five men found on the highway": the road is where they lay
        causes = lexicon.count([t for t in sentence if not _where_bodies_lay(t)])
    if (causes.get("accident", 0) or causes.get("weather", 0) or _mishap_did_it(trigger)) and armed <= 0:
        return "an accident or disaster: no attacker, weapon or crowd in the sentence"
    return None


def _weapon_in_the_event_word(analysis: Analysis, mention: EventMention, trigger: "Token", lexicon: TopicLexicon) -> int:
    """The conflict words of the event's own phrase besides its verb ("a drone struck a bus": the drone is a
    weapon, whatever the bus makes the sentence read as)."""
    span = _char_span(analysis, mention.trigger.start, mention.trigger.end)
    return lexicon.count([t for t in span if t.i != trigger.i]).get(CONFLICT, 0) if span is not None else 0


#: Roads and vehicles: where bodies are found or dumped, not what killed them ("after a bus plunged" still is).
_WHERE_BODIES_LIE = frozenset({"highway", "road", "bus", "truck", "lorry", "vehicle", "car", "van", "boat"})


def _where_bodies_lay(token: "Token") -> bool:
    """"found on the Mexico 15 highway", "dumped in a car near the market": a road or a vehicle named as a place."""
    node = token.head if token.dep_ == "compound" else token
    return token.lemma_.lower() in _WHERE_BODIES_LIE and node.dep_ == "pobj" and node.head.lower_ in {
        "on", "near", "along", "beside", "by", "off", "in", "inside", "at", "under"}


def _the_harmed(trigger: "Token") -> set[int]:
    """The tokens naming who died or was hurt ("Two soldiers and a driver died", "three policemen were killed"):
    the dead of a crash are no attackers, whatever their trade. The subject of an active "killed" is who killed."""
    verb = trigger.head if trigger.dep_ == "acomp" else trigger  # ("were dead")
    harmed: set[int] = set()
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.dep_ == "nsubjpass" or verb.lemma_.lower() in {"die", "be", "drown"}:
            harmed.update(t.i for t in subject.subtree)
    return harmed


#: Things that kill with nobody behind them when they are the subject ("a fire tore through the building, killing").
_MISHAPS = frozenset({"fire", "blaze", "flame", "inferno", "cyclone", "storm", "hurricane", "typhoon", "tornado", "flood",
                      "floodwater", "quake", "earthquake", "landslide", "mudslide", "avalanche", "tsunami", "lightning",
                      "wave", "heatwave", "tree", "wall", "roof", "building", "bridge"})


def _mishap_did_it(trigger: "Token") -> bool:
    """The harm's subject is a fire, a storm or a falling wall, unqualified ("A fire tore through a building,
    killing 46"; "Cyclone Remal slammed into the coast, killing 16"), not a side's fire ("Israeli fire killed")."""
    verb = trigger.head if trigger.dep_ in {"advcl", "xcomp", "conj"} and trigger.tag_ == "VBG" else trigger
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        words = [subject, *(c for c in subject.children if c.dep_ == "compound")]
        if any(w.lemma_.lower() in _MISHAPS for w in words) and not any(
                c.dep_ in {"amod", "poss", "prep"} for c in subject.children):
            return True
    return False


def _named_year(analysis: Analysis, mention: EventMention) -> int | None:
    """A year written into the event's own phrase ("the 1984 riots", "the riots of 2002", "rioted in March
    2002"), not into a phrase about something else that hangs from it: "rallied on Saturday ... demanding
    accountability for the collapse ... in November 2024" is a rally of this week about an old event."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None:
        return None
    for token in trigger.subtree:
        if token.i != trigger.i and token.like_num and len(token.text) == 4 and token.text.isdigit():
            year = int(token.text)
            if 1800 < year < 2200 and _dates_directly(token, trigger):
                return year
    return _antecedent_year(trigger)


def _antecedent_year(trigger: "Token") -> int | None:
    """The year of the noun a relative clause tells about: "the 2007 post-election violence, in which hundreds
    were killed", "the war of 1971, when thousands died" (the clause's event is that old one's)."""
    node = trigger
    for _ in range(3):
        if node.dep_ == "relcl":
            clause = {t.i for t in node.subtree}
            noun = node.head
            for token in noun.subtree:
                if token.i in clause or not (token.head.i == noun.i or token.head.head.i == noun.i):
                    continue
                if token.like_num and len(token.text) == 4 and token.text.isdigit() and 1800 < int(token.text) < 2200:
                    return int(token.text)
            return None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _dated_today_not_then(analysis: Analysis, mention: EventMention, year_start: int) -> bool:
    """Whether the mention's own day dates its trigger and the old year at ``year_start`` does not: the year
    dates what the event is about ("rallied on Saturday ... demanding accountability for the collapse in
    November 2024"), not an event the day merely frames ("gathered on Sunday to mark the 1994 genocide, in
    which 800,000 were killed"; "convicted on Monday ... of crimes committed in 2014, including attacks")."""
    trigger, date = _trigger_token(analysis, mention), mention.date
    if trigger is None or date is None or date.span is None:
        return False
    sentence = trigger.sent
    if not sentence.start_char <= year_start < sentence.end_char:
        return True  # the trigger is told in another sentence than the old year (a merged mention)
    day = _char_span(analysis, date.span.start, date.span.end)
    if day is None or not len(day) or not any(t.i == day.root.i for t in trigger.subtree):
        return False
    return (day.root.i == trigger.i or _dates_directly(day.root, trigger)) \
        and not _year_dates_trigger(analysis, mention, year_start)


def _year_dates_trigger(analysis: Analysis, mention: EventMention, start: int) -> bool:
    """Whether the year written at ``start`` dates the mention's trigger itself (see ``_dates_directly``)."""
    trigger = _trigger_token(analysis, mention)
    year = _char_span(analysis, start, start + 4)
    if trigger is None or year is None or not len(year):
        return True  # no parse to tell: the old year stands
    token = year[0]
    return any(t.i == token.i for t in trigger.subtree) and _dates_directly(token, trigger)


def _dates_directly(year, trigger) -> bool:  # type: ignore[no-untyped-def]
    """Whether the year hangs from the trigger through date words and a preposition only ("in", "November")."""
    node = year.head
    while node.i != trigger.i:
        if not (node.ent_type_ in {"DATE", "TIME"} or node.dep_ == "prep" or node.pos_ == "NUM") or node.head.i == node.i:
            return False
        node = node.head
    return True


def _slipped(mention: EventMention, year: str) -> bool:
    """The old year is the one the report's opening date got wrong (temporal.resolve: YEAR_SLIP)."""
    date = mention.date
    return date is not None and YEAR_SLIP in date.rule and date.span is not None and year in date.span.text


def _history(analysis: Analysis, mention: EventMention) -> str | None:
    published, date = analysis.published, mention.date
    year = _named_year(analysis, mention)
    if published is not None and year is not None and year <= published.year - 2 and not _slipped(mention, str(year)):
        return f"history: an event of {year}, named in passing"
    if published is None or date is None or date.span is None or date.rule.startswith("publication"):
        return None
    if date.rule.startswith("carried"):
        # a date carried from a sentence set in an old year ("... in October 2020. Prosecutors had told the
        # court that the soldiers fired ..."): that sentence's history goes on; other carried dates may be wrong
        old = re.search(r"\b(1[89]\d\d|20\d\d)\b", date.span.text)
        if old is not None and int(old.group(1)) <= published.year - 2 and not _slipped(mention, old.group(1)):
            return f"history: told after an event of {old.group(1)}, with no date of its own"
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


_LONG_SPANS = frozenset({"year", "decade", "month"})


def _ongoing(analysis: Analysis, mention: EventMention) -> str | None:
    """"Al Shabaab has been fighting for more than 15 years", "has carried out dozens of bombings over the past
    year", "has carried out numerous attacks on Hazaras in the area in the past": a campaign told in the
    perfect over a long span, or as many acts, is background, not one event."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None:
        return None
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None  # the perfect tells a span up to now; "protested against a closure for 6 months" is one day's
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        spans = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ in {"for", "over"} and any(o.lemma_.lower() in _LONG_SPANS and (
                o.tag_ == "NNS" or any(c.lower_ in {"past", "last"} for c in o.children)) for o in spans):
            return f"an ongoing campaign ('{prep.text} ... {prep.right_edge.text}'), not one event"
        if prep.lower_ == "in" and any(o.lower_ == "past" for o in spans):
            return "an ongoing campaign ('in the past'), not one event"
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NNS"]
    if any(a.lower_ in _MANY_WORDS for act in acts for a in act.children if a.dep_ in {"amod", "nummod", "det"}):
        return "many acts told at once ('numerous attacks'), not one event"
    return None


_MANY_WORDS = frozenset({"numerous", "many", "countless", "dozens", "scores", "hundreds", "repeated", "multiple",
                         "frequent", "successive"})  # (not "several")


def _past_perfect(token) -> bool:  # type: ignore[no-untyped-def]
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "'d"} for c in token.children)


def _perfect_progressive(token) -> bool:  # type: ignore[no-untyped-def]
    """"The ELN has been fighting dissidents for control of the routes": a present perfect progressive tells
    a conflict going on for a while, the background of a story's event."""
    auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
    return token.tag_ == "VBG" and "been" in auxes and bool(auxes & {"has", "have", "'s", "'ve"})


def _reference(analysis: Analysis, mention: EventMention) -> str | None:
    """A noun that names an event told elsewhere ("during the Gujarat riots", "after the Godhra carnage")."""
    trigger = _summary_noun(analysis, mention)
    if trigger is None:
        return None
    if trigger.dep_ == "pobj" and trigger.head.lower_ in _REFERENCE_PREPS and not _gathering_told(mention, trigger):
        if not _sentence_anchored(trigger) and trigger.sent.root.i != trigger.i:
            return f"a reference ('{trigger.head.text} the {trigger.text}') to an event told elsewhere"
    when = next((c for c in trigger.children if c.dep_ == "poss" and c.ent_type_ == "DATE"), None)
    clause = trigger.head
    if when is not None and trigger.dep_ in {"nsubj", "nsubjpass"} and clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _REFERENCE_PREPS for c in clause.children):
        # "..., after last week's riots had kept students at home": a past event as the background of another
        named = " ".join(t.text for t in when.subtree if t.dep_ != "case")
        return f"a reference ('{named}'s {trigger.text}') to an event told elsewhere"
    return None


#: Spans of time long enough that an event told as "<span> after" it is background to a later story.
_LONG_SPANS = frozenset({"week", "fortnight", "month", "year", "decade"})


def _time_reference(analysis: Analysis, mention: EventMention) -> str | None:
    """"A week after gunmen killed 14 people, survivors are still counting their losses": the event a story
    counts time from is one told before, not this story's event (an hour or a day after is still the news)."""
    trigger = _trigger_token(analysis, mention)
    if trigger is not None and trigger.pos_ == "NOUN" and trigger.dep_ in {"nsubj", "nsubjpass"}:
        trigger = trigger.head  # "weeks after the clashes forced them to close": the noun's clause
    if trigger is None or trigger.pos_ != "VERB":  # (an advcl, or the root where the parse went wrong)
        return None
    mark = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ in {"after", "since"}), None)
    if mark is None:
        return None
    spans = [c for node in (trigger, mark) for c in node.children if c.dep_ == "npadvmod"]
    if any(s.lemma_.lower() in _LONG_SPANS for s in spans):
        span = next(s for s in spans if s.lemma_.lower() in _LONG_SPANS)
        return f"background: the story counts time from it ('{span.text} {mark.text}'), an event told before"
    return None


#: Nouns that sum up events and can name them without reporting one ("the 2002 riots", "the violence").
_SUMMARY_NOUNS = {"riot", "riots", "violence", "unrest", "carnage", "massacre", "mayhem", "bloodshed", "pogrom",
                  "turmoil", "disturbance", "clash", "clashes", "protest", "agitation", "bandh", "strike", "attack",
                  "incident", "conflict", "war", "fighting", "fight", "battle", "mob", "killing", "killings",
                  "demonstration", "march", "rally", "uprising", "insurgency", "crackdown", "tension", "arson",
                  "destruction", "operation", "operations", "measure", "measures", "rioting", "communal",
                  "arrest", "arrests", "detention", "detentions"}

#: Verbs that report an event named by a noun as happening: "riots broke out", "held a march".
_OCCURRENCE = {"break", "erupt", "occur", "happen", "take", "spread", "rock", "hit", "continue", "leave", "kill",
               "claim", "flare", "grip", "engulf", "turn", "rage", "follow", "injure", "wound", "end", "start",
               "begin", "resume", "escalate", "intensify", "see", "witness", "report", "trigger", "spark", "cause"}
#: Words that tell people gathered: a protest noun beside them is that gathering ("gathered ... protest movement").
_GATHERING = {"gather", "assemble", "organize", "organise", "stage", "hold", "march", "rally", "demonstrate", "protest",
              "dozens", "hundreds", "thousands", "sit", "block", "chant", "demand", "demonstration", "procession",
              "motorcade", "chain", "picket"}
_STAGING = {"hold", "stage", "organise", "organize", "lead", "launch", "carry", "conduct", "mount", "join", "take",
            "call", "observe", "start", "begin", "continue", "resume", "end", "break", "disperse", "attack", "use"}


#: Nouns that tell events breaking out when they govern them ("a burst of mob violence", "a wave of riots").
_OUTBREAK_NOUNS = {"burst", "outbreak", "wave", "spate", "surge", "flare", "eruption", "bout", "round", "upsurge"}


def _phrase_noun(trigger):  # type: ignore[no-untyped-def]
    """The noun that stands for the trigger's whole phrase: "violence" for "mob" in "mob violence", and
    "burst" in "a burst of mob violence", so that the phrase's own verb and anchors are read."""
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in _SUMMARY_NOUNS:
        trigger = trigger.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in _OUTBREAK_NOUNS:
        trigger = trigger.head.head
    return trigger


def _summary_noun(analysis: Analysis, mention: EventMention):  # type: ignore[no-untyped-def]
    """The trigger when it is a noun that sums up events ("the riots", "violence"), else None. Weapons
    ("an IED explosion") and people ("the protesters") are told with the event, not instead of it."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.pos_ not in {"NOUN", "PROPN", "ADJ"} or trigger.lemma_.lower() not in _SUMMARY_NOUNS:
        return None
    return trigger


_ANCHOR_ENTITIES = {"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC"}
_PLACE_NOUNS = {"city", "town", "village", "province", "district", "region", "area", "capital", "square", "street"}


def _sentence_anchored(trigger) -> bool:  # type: ignore[no-untyped-def]
    """A date, figure or place of the noun's own: in its phrase, or in the clause of the verb it is the
    subject or object of ("the riots in Vadodara", "riots broke out on Friday"). A date elsewhere in
    the sentence belongs to another verb ("told reporters on Saturday that the riots were planned")."""
    words = list(trigger.subtree)
    if trigger.dep_ in {"nsubj", "nsubjpass", "dobj"} and trigger.head.pos_ in {"VERB", "AUX"}:
        verb = trigger.head
        words += [t for c in verb.children if c.dep_ in {"prep", "npadvmod", "advmod", "tmod", "pobj"} for t in c.subtree]
    if any((t.ent_type_ in _ANCHOR_ENTITIES or t.like_num) and t.i != trigger.i for t in words):
        return True
    if any(t.dep_ == "pobj" and t.head.lower_ in {"in", "at", "across"} and t.head.head.i == trigger.i
           and (t.pos_ == "PROPN" or t.lemma_.lower() in _PLACE_NOUNS) for t in trigger.subtree):
        return True  # "a synchronised protest in several Croatian cities"
    # Elsewhere in the sentence, an anchor counts; under words of speech or thought only inside what is
    # said ("told reporters on Saturday that the riots were planned": Saturday dates the telling).
    scope = list(trigger.sent)
    child = trigger
    for ancestor in trigger.ancestors:
        if ancestor.lemma_.lower() in _DISCOURSE_VERBS:
            scope = list(child.subtree)  # only what is said counts, not when it was said
            break
        child = ancestor
    return any((t.ent_type_ in _ANCHOR_ENTITIES or t.like_num) and t.i != trigger.i for t in scope)


#: Verbs of an attack fought off: the attack took place (ACLED codes the fight).
_FOUGHT_OFF = frozenset({"thwart", "repel", "repulse"})

#: Verbs of speech, thought and judgement: a noun under them is talked about, not reported.
_DISCOURSE_VERBS = {"say", "tell", "accuse", "allege", "claim", "justify", "plan", "compare", "blame", "talk",
                    "control", "handle", "affect", "condemn", "criticise", "criticize", "discuss", "deny", "describe",
                    "call", "term", "refer", "investigate", "probe", "inquire", "attribute", "link", "cite", "argue",
                    "believe", "think", "feel", "fear", "warn", "demand", "urge", "appeal", "express", "regret"}


def _gathering_told(mention: EventMention, trigger) -> bool:  # type: ignore[no-untyped-def]
    """A protest noun in a sentence that tells people gathering ("students gathered ... protest movement",
    "held a protest demanding jobs"): the noun is that gathering."""
    return mention.event_type == "Protests" and any(t.lemma_.lower() in _GATHERING for t in trigger.sent if t.i != trigger.i)


def _names_only(trigger) -> bool:  # type: ignore[no-untyped-def]
    """Whether a summary noun names events without telling one happen: no verb of occurrence or staging, no
    anchor of its own ("had lost their books in the riots")."""
    trigger = _phrase_noun(trigger)
    return not _told_happening(trigger) and not _sentence_anchored(trigger)


def _told_happening(noun) -> bool:  # type: ignore[no-untyped-def]
    """Whether a summary noun is told happening: the subject of a verb of occurrence ("riots broke out") or the
    object of a verb of staging ("held a protest")."""
    head = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in _OCCURRENCE:
        return True
    return noun.dep_ in {"dobj", "pobj", "attr", "amod", "compound"} and (
        head.lemma_.lower() in _STAGING or head.head.lemma_.lower() in _STAGING)


def _another_sentences_name(analysis: Analysis, mention: EventMention, evidence) -> bool:  # type: ignore[no-untyped-def]
    """Whether a word merged into the mention from another sentence is a summary noun that tells no event
    there either ("riot-hit areas" in a headline, "lost their books in the riots" in the body)."""
    if mention.sentence.start <= evidence.start < mention.sentence.end:
        return False
    span = _char_span(analysis, evidence.start, evidence.end)
    if span is None or not len(span):
        return False
    word = span.root
    return word.pos_ in {"NOUN", "PROPN"} and word.lemma_.lower() in _SUMMARY_NOUNS and _names_only(word)


def _unanchored(analysis: Analysis, mention: EventMention) -> str | None:
    """A noun that sums up events and reports none: a modifier ("riot-hit areas", "riot victims") or a
    noun with no verb of occurrence, no date, figure or place of its own ("to justify the riots")."""
    trigger = _summary_noun(analysis, mention)
    if trigger is None or not mention.sentence.start <= mention.trigger.start < mention.sentence.end:
        return None  # a later sentence's noun merged into the event told before it says nothing alone
    other_evidence = [s for s in mention.evidence.get("event_type", []) if not s.start <= trigger.idx < s.end
                      and not _another_sentences_name(analysis, mention, s)]
    if other_evidence or _gathering_told(mention, trigger):
        return None  # the clause tells the event with other words too ("students gathered ... protest movement")
    doc = trigger.doc
    trigger = _phrase_noun(trigger)
    head = trigger.head
    if _told_happening(trigger):
        return None
    if trigger.dep_ == "dobj" and head.lemma_.lower() in _FOUGHT_OFF:
        return None  # "claimed to have thwarted attacks of the Houthis on the front": the attacks came and were fought
    hyphenated = trigger.i + 1 < len(doc) and doc[trigger.i + 1].text == "-" and not doc[trigger.i].whitespace_
    modifies_noun = (trigger.dep_ in {"compound", "amod", "nmod", "poss"} and trigger.head.pos_ in {"NOUN", "PROPN"}) or (
        trigger.dep_ in {"npadvmod", "compound", "amod"} and trigger.head.tag_ == "VBN")  # "riot affected areas"
    if modifies_noun or hyphenated:
        return f"'{trigger.text}' modifies another word ('{trigger.head.text}'): no event is told"
    if _sentence_anchored(trigger):
        return None
    return f"the noun '{trigger.text}' names events without reporting one (no verb of occurrence, date, figure or place)"


#: Inter codes of actors that take part in political violence or protest (not civilians, 7).
_PARTICIPANT_INTERS = frozenset({1, 2, 3, 4, 5, 6, 8})


def _participant(analysis: Analysis, mention: EventMention, topic: Topic, lexicon: TopicLexicon) -> str | None:
    """An event has a party the text names: an armed, state or political actor, a crowd, a weapon, or
    someone harmed. "Bond yields shot up", "the commission announced a review", "lawmakers fought
    over the budget" name none. A protest word names its own party (people protesting), and so does a
    violent demonstration ("prisoners demonstrated, setting fire to mattresses"); a riot needs its crowd
    ("residents")."""
    if mention.event_type == "Protests" or mention.sub_event_type == "Violent demonstration" \
            or _header_label(analysis, mention):
        return None
    other_beats = max((n for t, n in topic.counts.items() if t != CONFLICT and t not in NOT_BEATS), default=0)
    terse = len(analysis.text) <= SHORT_REPORT_CHARS  # a wire brief or a coder's note, not a long article
    if terse and mention.event_type in _ARMED_VIOLENCE and (
            topic.counts.get(CONFLICT, 0) - topic.counts.get("security", 0) > 0 or other_beats < 2):
        return None  # violence in a short story that names conflict, or borrows no other beat's words
    if mention.sub_event_type == "Agreement":  # the codebook's agreements are between conflict actors
        return _development_party(analysis, mention, lexicon)
    for ref in (mention.actor1, mention.actor2):
        if ref is not None and ref.span is not None and ref.inter in _PARTICIPANT_INTERS:
            return None
    sentence = _sentence_tokens(analysis, mention)
    if sentence is not None:
        words = _outside_time_clauses(sentence) if mention.event_type == "Strategic developments" else sentence
        counts = _party_words(lexicon, words, mention)
        if counts.get(CONFLICT, 0) or (_CROWD_EVENTS & {mention.event_type, mention.sub_event_type} and counts.get("crowd", 0)):
            return None
    trigger = _trigger_token(analysis, mention)
    rioting = (mention.event_type == "Riots" or mention.sub_event_type in _CROWD_EVENTS) \
        and DISPUTE_RULE not in mention.rule  # ("a man was killed over a land dispute": the person harmed is its party)
    if trigger is not None and not rioting and _named_party(trigger, lexicon, harmed=mention.event_type in _VIOLENT_TYPES):
        return None  # a riot needs its crowd: "the lawmakers fought over the budget" is no riot
    if trigger is not None and trigger.pos_ == "NOUN" and trigger.lemma_.lower() in _VIOLENCE_NOUNS:
        return None  # "the attack occurred at the motor park": the noun itself says somebody attacked
    if trigger is not None and trigger.pos_ == "VERB" and trigger.lemma_.lower() in _WEAPON_VERBS:
        return None  # "a tanker truck was shot at": a weapon was used, so somebody used it
    return "no party of political violence or protest (armed or state actor, crowd, weapon, person harmed) is named"


#: Nouns of violence done by someone: the noun names the act and implies its author.
_VIOLENCE_NOUNS = frozenset({"attack", "shooting", "bombing", "ambush", "massacre", "raid", "shelling",
                             "airstrike", "strike", "assassination", "abduction", "kidnapping"})
#: Nouns that name an event already told when the story goes on about it ("The attack ... began when").
_EVENT_NOUNS = _VIOLENCE_NOUNS | {"blast", "explosion", "assault", "clash", "fighting", "protest", "demonstration",
                                  "riot", "violence", "siege"}


#: Verbs of using a weapon on someone or something: they imply who used it.
_WEAPON_VERBS = frozenset({"shoot", "stab", "bomb", "shell", "detonate", "snipe", "behead", "assassinate", "torture",
                           "lynch", "gun", "hack", "firebomb", "blow", "rape"})


#: Violence by armed actors, told without them in terse reports ("a shoot-out took place in X").
_ARMED_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _header_label(analysis: Analysis, mention: EventMention) -> bool:
    """A coder's label opening a note ("Property destruction: On 1 June, ..."): the label types the event."""
    return analysis.text[mention.trigger.end:mention.trigger.end + 2].startswith(":") and (
        mention.trigger.start - mention.sentence.start) <= 2


def _named_party(trigger, lexicon: TopicLexicon, *, harmed: bool) -> bool:  # type: ignore[no-untyped-def]
    """Whether the event word's subject (or, for violence, its object) is a named group or person
    ("the SAA has entered Zabdeen", "Naji Jerf was killed", "the mayor was shot")."""
    deps = {"nsubj", "agent", "pobj"} | ({"nsubjpass", "dobj"} if harmed else set())
    verbs = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]  # "attacked and injured 2 members"
    words = [c for verb in verbs for c in verb.children if c.dep_ in deps]
    words += [g for verb in verbs for c in verb.children if c.dep_ == "agent" for g in c.children]
    for word in words:
        if word.tag_ == "NNPS" and not word.ent_type_ and word.i == word.sent.start:
            continue  # a plural capitalised because it opens the sentence ("Schools in the old city reopened")
        if word.ent_type_ in {"PERSON", "ORG", "NORP"} or (word.pos_ == "PROPN" and word.dep_ != "pobj"):
            return True
        if harmed and lexicon.count([word]).get("people", 0):
            return True  # a person harmed on purpose (crime is checked apart)
    return False


#: Events that ordinary people commit: a crowd word names their party.
_CROWD_EVENTS = frozenset({"Riots", "Looting/property destruction"})


def _development_party(analysis: Analysis, mention: EventMention, lexicon: TopicLexicon) -> str | None:
    """A strategic development (a deal, a deployment, a change of a group's activity) is news of a
    conflict only when its sentence names the conflict: a government forming a coalition is not."""
    sentence = _sentence_tokens(analysis, mention)
    if sentence is not None and _party_words(lexicon, _outside_time_clauses(sentence), mention).get(CONFLICT, 0):
        return None
    for ref in (mention.actor1, mention.actor2):
        if ref is not None and ref.span is not None and ref.inter in _ARMED_INTERS:
            return None
    return "a development that names no armed group, force, crowd or weapon"


def _outside_time_clauses(sentence):  # type: ignore[no-untyped-def]
    """The sentence's words but those of a time clause ("weeks after the clashes forced them to close"), which
    dates a development by an event told before: its conflict words are not the development's party."""
    before = {t.i for v in sentence if v.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in {"after", "since", "before"} for c in v.children) for t in v.subtree}
    return [t for t in sentence if t.i not in before]


#: Armed, organised actors: rebels, political and identity militias, external forces (ACLED inter codes).
_ARMED_INTERS = frozenset({2, 3, 4, 8})

_NEGATED_SUBJECTS = {"no one", "nobody", "none", "noone"}


def _negated(analysis: Analysis, mention: EventMention) -> str | None:
    """"No arrests were made", "no one was killed": the clause says the event did not happen."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None:
        return None
    # the event word itself ("no arrests were made") or, for a verb, its subject ("no one was killed")
    subjects = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}] if trigger.pos_ in {"VERB", "AUX"} else []
    for token in [trigger, *subjects]:
        if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
            return f"negated ('no {token.text}')"
        following = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
        if token in subjects and (token.lower_ in _NEGATED_SUBJECTS or f"{token.lower_} {following}" in _NEGATED_SUBJECTS):
            return f"negated ('{token.text} ...')"
    return None


#: Strategic developments that, after a violent event, tell its aftermath ("the attackers fled",
#: "reinforcements were sent", "teams were searching for them").
_AFTERMATH_TYPES = frozenset({"Other", "Change to group/activity"})
#: Nouns of what an event leaves behind ("rescuers pulled bodies from the rubble").
_AFTERMATH_NOUNS = frozenset({"body", "bodies", "dead", "casualty", "victim", "toll", "funeral", "wounded", "injured"})
#: Verbs of weapons taken after a fight ("recovered at the scene were five rifles"): the battle's aftermath.
_TAKEN_AFTER = frozenset({"recover", "seize", "find", "confiscate", "retrieve"})
#: How many sentences after an event its aftermath, or its retelling, is looked for.
_FOLLOW_SENTENCES = 3


def _earlier_events(analysis: Analysis, mention: EventMention) -> list[EventMention]:
    """Events told in the few sentences before ``mention`` (violence, protest, arrests)."""
    doc = analysis.doc
    if doc is None:
        return []
    sentence = _char_span(analysis, mention.sentence.start, mention.sentence.end)
    if sentence is None:
        return []
    sentences = list(doc.sents)
    index = next((i for i, s in enumerate(sentences) if s.start <= sentence.start < s.end), 0)
    window_start = sentences[max(0, index - _FOLLOW_SENTENCES)].start_char
    return [m for m in analysis.mentions if m is not mention and window_start <= m.sentence.start < mention.sentence.start
            and m.event_type != "Strategic developments"]


#: Reasons that make a mention part of the event told before it: its sentence's figures are that event's.
FOLLOW_UP_REASONS = ("the aftermath", "context", "a retelling")


def event_told_before(analysis: Analysis, mention: EventMention) -> EventMention | None:
    """The event that ``mention`` goes on about: the latest told in the sentences just before it, or, where the
    mention's people are a crowd ("nearly 1,000 protesters were arrested"), the latest protest or riot."""
    earlier = _earlier_events(analysis, mention)
    if not earlier:
        return None
    if _own_place(mention) and (here := [m for m in _body_events_before(analysis, mention) if _same_place_name(m, mention)]):
        return here[-1]  # ("... in Tamworth, a second hotel was attacked. Ten officers were injured in Rotherham.")
    if _CROWD_WORDS.search(mention.sentence.text):
        crowds = [m for m in earlier if m.event_type in ("Protests", "Riots")]
        if crowds:
            return crowds[-1]
    return earlier[-1]


_CROWD_WORDS = re.compile(r"(?i)\b(?:protesters|protestors|demonstrators|marchers|rioters|supporters)\b")


def _own_anchor(analysis: Analysis, mention: EventMention) -> bool:
    """Whether the mention has a date of its own in its sentence."""
    date = mention.date
    return date is not None and date.span is not None and mention.sentence.start <= date.span.start < mention.sentence.end


def _dispersed_by_itself(trigger: "Token | None") -> bool:
    """"The teachers dispersed peacefully in the evening": a crowd that dispersed, with nobody dispersing it (no
    object, no agent), ended its own protest."""
    return trigger is not None and trigger.pos_ == "VERB" and trigger.lemma_.lower() == "disperse" \
        and any(c.dep_ == "nsubj" for c in trigger.children) \
        and not any(c.dep_ in {"dobj", "agent", "auxpass", "nsubjpass"} for c in trigger.children)


def _aftermath(analysis: Analysis, mention: EventMention) -> str | None:
    """"The attackers fled", "reinforcements were sent", "recovered at the scene were five rifles": what
    followed an event is part of it."""
    trigger = _trigger_token(analysis, mention)
    earlier = _earlier_events(analysis, mention)
    told_after = mention.sub_event_type in _AFTERMATH_TYPES or (
        trigger is not None and trigger.lemma_.lower() in _AFTERMATH_NOUNS) or (
        mention.sub_event_type == "Disrupted weapons use" and trigger is not None
        and trigger.lemma_.lower() in _TAKEN_AFTER and any(m.event_type == "Battles" for m in earlier))
    protests = [m for m in earlier if m.event_type == "Protests"]
    if _dispersed_by_itself(trigger) and protests:  # (its day may be another's: "after officials promised talks on Thursday")
        return f"the aftermath of the event told just before ('{protests[-1].trigger.text}'): the crowd dispersed"
    if not told_after or _own_anchor(analysis, mention) or _tells_harm_done(analysis, mention):
        return None
    if _bodies_found_elsewhere(mention, trigger, earlier):
        return None
    if earlier:
        return f"the aftermath of the event told just before ('{earlier[-1].trigger.text}')"
    return None


#: Words of a hunt for the attackers ("launched a pursuit operation", "a manhunt is under way").
_PURSUIT = frozenset({"pursuit", "manhunt", "hunt", "chase", "search", "dragnet"})


def _pursuit(analysis: Analysis, mention: EventMention) -> str | None:
    """"The army has launched a pursuit operation", "police began a manhunt": forces that set out after the
    attackers of an event the story told, however far back, answer that event; their setting out is no event."""
    trigger = _trigger_token(analysis, mention)
    if mention.sub_event_type != "Change to group/activity" or trigger is None:
        return None
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "attr"}] if trigger.pos_ == "VERB" else []
    words = [w for node in (trigger, *objects) for w in (node, *node.children) if w.dep_ != "prep" or w is node]
    if not any(w.lemma_.lower() in _PURSUIT for w in words):
        return None
    earlier = [m for m in analysis.mentions if m.sentence.start < mention.sentence.start
               and m.event_type in {"Battles", "Explosions/Remote violence", "Violence against civilians"}]
    return f"the aftermath of the event told before ('{earlier[-1].trigger.text}'): a pursuit of its attackers" \
        if earlier else None


def _bodies_found_elsewhere(mention: EventMention, trigger: "Token | None", earlier: list[EventMention]) -> bool:
    """"Gunmen blocked roads in Culiacan ... State authorities reported the bodies of five men found on the highway
    near Eldorado": bodies found at a place of their own are an event of their own (ACLED: an Attack), not what
    the event before left behind."""
    return bool(earlier) and mention.sub_event_type == "Attack" and trigger is not None \
        and trigger.lemma_.lower() == "body" and _own_place(mention) and not _same_place_name(earlier[-1], mention)


def _tells_harm_done(analysis: Analysis, mention: EventMention) -> bool:
    """Whether the mention's sentence also tells harm done by someone ("police recovered two bodies while one
    person was killed in police firing"): that is an event of its own, not what the event before left."""
    sentence = _sentence_tokens(analysis, mention)
    return sentence is not None and any(
        t.lower_ in CASUALTY_WORDS and t.lower_ not in _AFTERMATH_NOUNS and _harmed_by(t) for t in sentence)


def _harmed_by(token) -> bool:  # type: ignore[no-untyped-def]
    """"killed in police firing", "killed by gunmen": a casualty word with who or what harmed."""
    return any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "in" and any(
        {o.lemma_.lower(), *(g.lemma_.lower() for g in o.children)} & _HARMING for o in c.children))
        for c in token.children)  # ("in police firing" is often parsed "police" <- "firing")


_HARMING = frozenset({"firing", "fire", "shooting", "attack", "blast", "explosion", "clash", "shelling", "bombing"})


#: What harms without acting: "hurt by pellets" names the means, not a new attacker.
_MEANS = frozenset({"pellet", "bullet", "stone", "rock", "shrapnel", "gas", "debris", "glass", "baton", "cannon",
                    "fire", "gunfire", "blast", "explosion"})


def _unattributed_harm(trigger) -> bool:  # type: ignore[no-untyped-def]
    """"Eight police officers were injured", "several marchers were hurt by pellets": people harmed with
    nobody named who harmed them; in an article, the harm of the scene just told."""
    if trigger.lower_ not in CASUALTY_WORDS or not _passive(trigger):
        return False
    agents = [c for c in trigger.children if c.dep_ == "agent"]
    return all(any(o.lemma_.lower() in _MEANS for o in agent.children if o.dep_ == "pobj") for agent in agents)


def _unattributed_harm_here(analysis: Analysis, mention: EventMention) -> bool:
    trigger = _trigger_token(analysis, mention)
    return trigger is not None and _unattributed_harm(trigger)


def _passive(verb) -> bool:  # type: ignore[no-untyped-def]
    """A passive verb, the conjunct of one whose "were" it shares ("22 people were detained and 56 injured"), or a
    participle that describes its noun ("and 212 people arrested")."""
    if any(c.dep_ == "auxpass" for c in verb.children) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.head.children)  # (its subject "212 people" parsed as active)


def _own_place(mention: EventMention) -> bool:
    place = mention.place
    return place is not None and place.span is not None and mention.sentence.start <= place.span.start < mention.sentence.end


def _retold_by_subject(analysis: Analysis, mention: EventMention) -> str | None:
    """"The attack on the restaurant began when a suicide bomber blew himself up": a sentence whose
    subject is the event just told, by a definite noun, goes on about that event. In a short text too
    where that subject is the mention's own word ("The assault lasted hours", "The attack came as the
    group enforced a lockdown"): the sentence names the event told before and tells no act of its own."""
    if _own_anchor(analysis, mention):
        return None
    sentence = _sentence_tokens(analysis, mention)
    if sentence is None:
        return None
    root = sentence.root
    verbs = [root, *(c for c in root.children if c.dep_ == "ccomp")]  # ("The attack began ..., police said")
    subject = next((c for verb in verbs for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                    and c.lemma_.lower() in _EVENT_NOUNS
                    and any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in c.children)), None)
    if subject is None or not _earlier_events(analysis, mention):
        return None
    if not is_story(analysis) and subject.idx != mention.trigger.start:
        return None
    return f"a retelling ('{subject.text} ...') of the event told just before"


#: Pronouns by which a speaker or a story names the side it has just told of ("We killed many soldiers").
_SIDE_PRONOUNS = frozenset({"we", "they"})


def _retold_by_its_side(analysis: Analysis, mention: EventMention) -> str | None:
    """"On Tuesday our fighters attacked the army camp. We killed many soldiers": harm done by "we" or "they",
    with no day and no place of its own, right after a violent event, is that event's harm told by (or of) the
    side that did it, not another event."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.pos_ != "VERB" or trigger.lower_ not in CASUALTY_WORDS or _own_anchor(analysis, mention) \
            or _own_place(mention):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _SIDE_PRONOUNS for c in trigger.children):
        return None
    earlier = [m for m in _body_events_before(analysis, mention) if m.event_type in _VIOLENT_TYPES]
    if not earlier or earlier[-1] is not _body_events_before(analysis, mention)[-1]:
        return None
    return f"a retelling ('{trigger.text}' by '{next(c.text for c in trigger.children if c.dep_ == 'nsubj')}') of the " \
        f"event told just before ('{earlier[-1].trigger.text}')"


#: Gatherings that can be only where a person was attacked ("shot at his campaign rally").
_SETTINGS = frozenset({"rally", "meeting", "gathering", "event", "function", "ceremony", "speech"})
#: Verbs of harm done to people.
_HARM_VERBS = frozenset({"shoot", "kill", "stab", "attack", "wound", "injure", "assassinate", "gun", "murder", "hit"})
#: Words of a crowd that protests (one protester too): with them the gathering is a protest.
_PROTESTING = re.compile(r"(?i)\b(?:protest(?:er|or)s?|demonstrat(?:or|ors|ion|ions)|marchers?|rioters?|crowds?|"
                         r"supporters)\b")


def _setting_of_an_attack(analysis: Analysis, mention: EventMention) -> str | None:
    """"Gunmen killed a candidate on Friday. Mario Lopez was shot at his campaign rally. His driver was also
    wounded": a protest read from a rally that is only where one person was harmed (the rally after "at" or
    "during", here or in the sentence before, and no crowd told) retells the attack told just before."""
    if mention.event_type != "Protests":
        return None
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _HARM_VERBS:
        return None
    person = next((c for c in trigger.children if c.dep_ in {"nsubjpass", "dobj"}), None)
    if person is None or person.tag_ not in {"NNP", "NN"}:
        return None  # (one person harmed, not "protesters" nor "people")
    earlier = _body_events_before(analysis, mention)
    if not earlier or earlier[-1].event_type not in _ARMED_VIOLENCE:
        return None
    told = analysis.text[earlier[-1].sentence.start:mention.sentence.end]
    doc = trigger.doc
    span = doc.char_span(earlier[-1].sentence.start, mention.sentence.end, alignment_mode="expand")
    if span is None or _PROTESTING.search(told):
        return None
    setting = next((t for t in span if t.lemma_.lower() in _SETTINGS and t.dep_ == "pobj"
                    and t.head.lower_ in {"at", "during"}), None)
    if setting is None:
        return None
    return f"a retelling of the attack told just before ('{earlier[-1].trigger.text}'): the {setting.text} is where " \
        f"{person.text} was harmed, not a protest"


#: Verbs whose object is an event already told: who confirms, reports or blames it tells no new one.
_TELLING_VERBS = frozenset({"confirm", "report", "describe", "recount", "narrate", "explain", "blame", "deny",
                            "acknowledge", "verify", "witness", "recall", "attribute"})


def _retold_as_object(analysis: Analysis, mention: EventMention) -> str | None:
    """"The chairman, who confirmed the attack on Tuesday, said ...": "the" event confirmed or reported is the
    one just told; the day is the confirming's, not another event's."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in _EVENT_NOUNS:
        return None
    if trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in _TELLING_VERBS:
        return None
    if not any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in trigger.children):
        return None  # ("police confirmed an attack on a bank"): a new one
    earlier = _earlier_events(analysis, mention)
    if not earlier or not any(m.event_type == mention.event_type for m in earlier):
        return None
    return f"a retelling ('{trigger.head.text} the {trigger.text}') of the event told before"


#: Words that open another story in the same report.
_ANOTHER_STORY = frozenset({"separately", "elsewhere", "meanwhile", "also", "another", "earlier", "later"})


def _toll_of_the_battle(analysis: Analysis, mention: EventMention) -> str | None:
    """"Fighters of two brigades exchanged fire until Tuesday. The health ministry said six people were killed":
    deaths told with no one who killed, no day and no place of their own, after a battle, are its toll."""
    if mention.event_type != "Violence against civilians" or _own_anchor(analysis, mention):
        return None
    trigger = _trigger_token(analysis, mention)
    dying = trigger is not None and trigger.lemma_.lower() in {"die", "lose"}  # ("seven civilians lost their lives")
    if trigger is None or (trigger.lower_ not in CASUALTY_WORDS and not dying) or trigger.pos_ != "VERB":
        return None
    if any(c.dep_ in {"agent", "nsubj"} for c in trigger.children) and not dying and not any(
            c.dep_ == "auxpass" for c in trigger.children):
        return None  # somebody killed them ("gunmen killed six")
    if any(c.dep_ == "agent" for c in trigger.children):
        return None  # ("were killed by gunmen")
    place = mention.place
    if place is not None and place.span is not None and mention.sentence.start <= place.span.start < mention.sentence.end:
        return None  # a place of its own
    sentence = _sentence_tokens(analysis, mention)
    if sentence is None or any(t.ent_type_ in {"GPE", "LOC", "FAC"} or t.lower_ in _ANOTHER_STORY for t in sentence):
        return None  # ("Separately, two farmers were killed in Oicha"): another place or another story
    earlier = _earlier_events(analysis, mention)
    if not earlier or earlier[-1].event_type != "Battles":
        return None
    return f"a retelling of the toll of the battle told just before ('{earlier[-1].trigger.text}')"


def _describes_people(analysis: Analysis, mention: EventMention) -> str | None:
    """"camps that shelter people who have fled fighting between the army and M23": an event noun in a
    present or perfect clause about someone describes them, and tells no event."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.pos_ != "NOUN":
        return None
    verb = trigger.head
    if verb.dep_ not in {"relcl", "acl"} or verb.pos_ != "VERB":
        return None
    present = verb.tag_ in {"VBP", "VBZ"} or any(c.dep_ == "aux" and c.lower_ in {"have", "has"} for c in verb.children)
    if present and any(c.lower_ == "where" for c in verb.children) and any(
            t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree if t.i != trigger.i):
        return None  # "to the Dabat town, where the fighting ... has been continued all day": the place's event, dated
    return f"describes '{verb.head.text}' ('{verb.text} {trigger.text}'), not an event" if present else None


def _named_by_pronoun(analysis: Analysis, mention: EventMention) -> str | None:
    """"This was the third protest by the teachers this month": the event just told, counted among others."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.dep_ != "attr" or trigger.head.lemma_ != "be":
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in {"this", "it", "that"} for c in trigger.head.children) \
            and _earlier_events(analysis, mention):
        return f"a retelling ('{trigger.head.text} the ... {trigger.text}') of the event told just before"
    return None


#: Nouns of an event that harm told "in the ..." refers back to ("a soldier was injured in the operation").
_EVENT_NOUNS = frozenset({"operation", "encounter", "attack", "clash", "clashes", "fighting", "raid", "ambush",
                          "gunfight", "firefight", "exchange", "blast", "explosion", "shootout", "incident", "violence",
                          "assault", "offensive", "battle", "bombing", "strike", "shelling"})


def _harm_in_the_event(analysis: Analysis, mention: EventMention) -> str | None:
    """"A soldier was injured in the operation, which began after a cordon was launched on Wednesday night":
    harm told in "the" event just told is that event's, whatever dates the rest of the sentence (the day the
    operation began is not a new event). A day that dates the harm itself makes it another event."""
    trigger = _trigger_token(analysis, mention)
    if trigger is not None and trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "during"}:
        trigger = trigger.head.head  # the event's noun is the trigger ("were wounded in the fighting, which ...")
    if trigger is None or trigger.lower_ not in CASUALTY_WORDS or not _earlier_events(analysis, mention):
        return None
    told = next((o for p in trigger.children if p.dep_ == "prep" and p.lower_ in {"in", "during"}
                 for o in p.children if o.dep_ == "pobj" and o.lower_ in _EVENT_NOUNS
                 and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in o.children)), None)
    if told is None:
        return None
    date = mention.date
    day = _char_span(analysis, date.span.start, date.span.end) if date is not None and date.span is not None else None
    if day is not None and len(day) and mention.sentence.start <= date.span.start < mention.sentence.end \
            and any(t.i == day.root.i for t in trigger.subtree) and _dates_directly(day.root, trigger):
        return None
    return f"a retelling of the harm done in the event told just before ('in the {told.text}')"


def _harm_in_its_event(analysis: Analysis, mention: EventMention) -> str | None:
    """"Three people were killed and five injured in a gunfight between two militias": the harm is the
    gunfight's, told in the same sentence as its own event; it is no attack of its own."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.lower_ not in CASUALTY_WORDS:
        return None
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj")]  # ("killed and five injured in")
    nouns = [o for verb in verbs for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "during"}
             for o in p.children if o.dep_ == "pobj"]
    for noun in nouns:
        other = next((m for m in analysis.mentions if m is not mention and m.trigger.start == noun.idx), None)
        if other is not None and other.event_type != "Strategic developments":
            return f"the harm done in the {noun.text} told in the same sentence"
    return None


_CLAIMING = frozenset({"claim", "say", "announce", "boast", "state"})


def _claimed_by_its_author(trigger: "Token") -> bool:
    """"JNIM claimed it killed 'militiamen' of the VDP", "the group said they had shot down a drone": the author
    telling its own act (the clause's subject a pronoun), after the act was told, with no day or place of its own."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _CLAIMING:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in {"it", "they", "we"} for c in verb.children)


def _day_told_before(analysis: Analysis, mention: EventMention) -> bool:
    """Whether the mention's own day is the day of the event told just before ("Protesters blocked a highway on
    Sunday ... The police said 27 people were arrested on Sunday"): the same day tells no new event."""
    earlier = _body_events_before(analysis, mention)
    return bool(earlier) and mention.date is not None and earlier[-1].date is not None \
        and earlier[-1].date.date == mention.date.date


def _place_told_before(analysis: Analysis, mention: EventMention) -> bool:
    """Whether the mention's own place is that of an event told just before ("Rioters attacked a hotel in Rotherham
    ... Ten officers were injured in Rotherham")."""
    return any(_same_place_name(m, mention) for m in _body_events_before(analysis, mention))


def _body_events_before(analysis: Analysis, mention: EventMention) -> list[EventMention]:
    """The events told just before the mention in the body (a headline retells the lead; it tells nothing before it)."""
    return [m for m in _earlier_events(analysis, mention) if not analysis.anatomy.in_headline(m.trigger.start)]


def _context_clause(analysis: Analysis, mention: EventMention) -> str | None:
    """A past perfect clause after an event ("the army said its troops had been attacked first") tells
    what led to it, not a new event; so does a definite retelling ("the 18 people who were killed")."""
    if _own_anchor(analysis, mention) and not (_unattributed_harm_here(analysis, mention)
                                               and _day_told_before(analysis, mention)):
        return None
    trigger = _trigger_token(analysis, mention)
    if trigger is None or not _earlier_events(analysis, mention):
        return None
    if _past_perfect(trigger) or _past_perfect(trigger.head):
        return "context (past perfect) of the event told just before"
    author = mention.actor1.name if mention.actor1 is not None else None
    if author is not None and _claimed_by_its_author(trigger) and not _own_place(mention) and any(
            m.event_type in _VIOLENT_TYPES and m.actor1 is not None and m.actor1.name == author
            for m in _earlier_events(analysis, mention)):
        return "its author's claim of the event told just before"
    if _perfect_progressive(trigger):
        return "background (has been ...ing): a conflict going on, not the event told just before"
    if is_story(analysis) and _unattributed_harm(trigger) and (not _own_place(mention) or _place_told_before(analysis, mention)):
        return "a retelling of the harm done in the event told just before"
    if trigger.lower_ in CASUALTY_WORDS and any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"}
                                                for c in trigger.children) \
            and not _bodies_found_elsewhere(mention, trigger, _earlier_events(analysis, mention)):
        return f"a retelling ('the {trigger.text}') of the event told just before"
    if trigger.dep_ == "relcl" and trigger.head.i < trigger.i:
        antecedent = trigger.head
        if any(c.lower_ in {"the", "these", "those"} for c in antecedent.children if c.dep_ == "det"):
            return f"a retelling ('the {antecedent.text} who ...') of the event told just before"
    own_place = _own_place(mention)
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in trigger.children):
        same = [m for m in _earlier_events(analysis, mention) if m.sub_event_type == mention.sub_event_type
                and (not own_place or _same_place_name(m, mention))]
        if same:  # a place of its own makes it another event ("students in Babylon ... took part in the demonstrations")
            return f"a retelling ('the {trigger.text}') of the event told just before"
    return None


#: Sub-types that ordinary crime shares with political violence (a robber's pistol recovered, too).
_CRIME_LIKE = frozenset({"Attack", "Arrests", "Looting/property destruction", "Abduction/forced disappearance",
                         "Sexual violence", "Disrupted weapons use"})
#: What the police do to drugs and their traders: seize them, arrest them (a killing is never this crime alone).
_SEIZURES = frozenset({"Arrests", "Looting/property destruction", "Disrupted weapons use"})
#: Drugs: their seizure is police work against crime unless an armed group or a party is named with it.
_DRUGS = frozenset({"drug", "drugs", "narcotic", "narcotics", "cocaine", "heroin", "cannabis", "marijuana", "hashish",
                    "methamphetamine", "meth", "shabu", "tramadol", "opium", "captagon", "ketamine", "ecstasy",
                    "buy-bust", "anti-narcotics"})


def _ordinary_crime(analysis: Analysis, mention: EventMention, topic: Topic, lexicon: TopicLexicon) -> str | None:
    """A robbery, a fraud arrest, a domestic killing: crime words and no political party or motive
    (the police alone do not make it political; ACLED codes crime only with a political dimension)."""
    if mention.sub_event_type not in _CRIME_LIKE:
        return None
    sentence = _sentence_tokens(analysis, mention)
    if sentence is None:
        return None
    if any(ref is not None and ref.span is not None and ref.inter in _ARMED_INTERS for ref in (mention.actor1, mention.actor2)) \
            or (mention.actor1 is not None and mention.actor1.span is not None and mention.actor1.inter == 1
                and mention.sub_event_type not in {"Arrests", "Disrupted weapons use"}):
        return None  # an armed group's or the state's violence is political whatever the pretext ("IS killed five
        # men for smuggling", "police shot two khat smugglers")
    # "armed robbers", "armed robbery": the weapon describes the crime, not a political side
    words = [t for t in sentence if not (t.dep_ in {"amod", "compound"} and lexicon.count([t.head]).get("crime", 0))]
    counts = _party_words(lexicon, words, mention, with_trigger=False)
    # a party or an office-holder makes it political ("former MP shot dead during a robbery at his home")
    political = counts.get(CONFLICT, 0) - counts.get("security", 0) + counts.get("office", 0)
    if counts.get("crime", 0) and political <= 0:
        return "ordinary crime: no political party or motive in the sentence"
    if mention.sub_event_type in _SEIZURES and political <= 0 and any(t.lemma_.lower() in _DRUGS for t in sentence):
        return "ordinary crime: drugs seized or traffickers held, with no armed group or party in the sentence"
    if mention.sub_event_type in _SEIZURES and analysis.doc is not None \
            and topic.counts.get(CONFLICT, 0) - topic.counts.get("security", 0) <= 1 \
            and any(t.lemma_.lower() in _DRUGS for t in analysis.doc):
        return "ordinary crime: a drug story with no armed group or party"
    if topic.counts.get("crime", 0) >= 2 and topic.counts.get(CONFLICT, 0) - topic.counts.get("security", 0) <= 1:
        return "ordinary crime: a crime story with no political party or motive"
    return None


_YEARS_AGO = re.compile(r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
                        r"a few|several|many)\s+(?:years|decades)|decades|a decade|a century)\s+ago\b", re.IGNORECASE)


#: A figure like a year that counts people ("nearly 2000 migrant laborers", "more than 1800 workers").
_A_COUNT = re.compile(r"(?i)\b(?:nearly|almost|about|around|over|some|approximately|roughly|more\s+than|less\s+than|"
                      r"fewer\s+than|at\s+least|up\s+to|as\s+many\s+as)\s*$")


def _in_an_aside(sentence: str, at: int, trigger_at: int) -> bool:
    """Whether ``at`` lies in a non-restrictive relative clause (", which closed down a few years ago,") that
    does not hold the trigger: it dates the noun the clause describes, not the event."""
    opening = max((m.end() for m in re.finditer(r",\s*(?:which|who|whose|where)\b", sentence[:at])), default=-1)
    if opening < 0 or "," in sentence[opening:at]:
        return False
    closing = sentence.find(",", at)
    closing = len(sentence) if closing < 0 else closing
    return not opening <= trigger_at < closing


def _told_as_past(analysis: Analysis, mention: EventMention) -> str | None:
    """A sentence set years back ("30 years ago when troops fired", "the day in 1960 when police opened
    fire") tells history, unless the event has a recent date of its own."""
    published = analysis.published
    if published is None:
        return None
    sentence, offset = mention.sentence.text, mention.sentence.start
    trigger_at = mention.trigger.start - offset
    old = [(m.start() + offset, "years ago") for m in _YEARS_AGO.finditer(sentence)
           if not _in_an_aside(sentence, m.start(), trigger_at)]
    old += [(m.start() + offset, m.group(1)) for m in re.finditer(r"\b(1[89]\d\d|20\d\d)\b", sentence)
            if int(m.group(1)) <= published.year - 2 and not _slipped(mention, m.group(1))
            and not _A_COUNT.search(sentence, 0, m.start())]
    if not old:
        return None
    trigger = mention.trigger.start
    nearest, when = min(old, key=lambda o: abs(o[0] - trigger))
    date = mention.date
    if _own_anchor(analysis, mention) and date is not None and date.span is not None and date.precision == 1 \
            and (abs(date.span.start - trigger) < abs(nearest - trigger)
                 or when != "years ago" and _dated_today_not_then(analysis, mention, nearest)):
        # the event's own day is nearer than the old year ("On 5 May 2020, ... arrested in 2017"), or the day
        # dates the event and the old year something else ("rallied on Saturday ... over a collapse in 2024")
        return None
    return f"history: the sentence is set {'years ago' if when == 'years ago' else 'in ' + when}"


def _measure(analysis: Analysis, mention: EventMention) -> str | None:
    """A curfew (or a state of emergency) is a measure around events, not an event by itself."""
    trigger = _trigger_token(analysis, mention)
    if mention.event_type != "Strategic developments" or trigger is None:
        return None
    for word in [trigger, *(c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"})]:
        if word.lemma_.lower() in _MEASURES:
            return f"a {word.lemma_.lower()} is a measure, not an event by itself"
    return None


_MEASURES = frozenset({"curfew", "emergency", "lockdown", "ban"})

#: What is formed in politics, not by an armed or organised group's change of activity.
_OFFICES = frozenset({"government", "cabinet", "coalition", "majority", "administration", "ministry"})


def _politics(analysis: Analysis, mention: EventMention) -> str | None:
    """"won 240 seats and will rely on allies to form a government": forming a government or a coalition after an
    election is politics, not a strategic development ACLED codes (a new armed group formed still is)."""
    trigger = _trigger_token(analysis, mention)
    if mention.event_type != "Strategic developments" or trigger is None or trigger.lemma_.lower() != "form":
        return None
    formed = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in _OFFICES), None)
    return f"politics: forming a {formed.lemma_.lower()} is no event" if formed is not None else None


#: Words that make an attack one on computers ("a cyber attack", "a ransomware attack").
_CYBER = frozenset({"cyber", "cyberattack", "cyber-attack", "hack", "hacking", "ransomware", "ddos", "malware",
                    "phishing", "online", "digital", "computer"})


#: Nouns of an attack that a word of computers makes a cyber attack.
_HACKED = frozenset({"attack", "assault", "strike", "raid", "breach", "hack", "hacking"})


def _cyber_attack(analysis: Analysis, mention: EventMention) -> str | None:
    """"A cyber attack on the country's largest bank disrupted mobile banking": ACLED codes no attack on computers,
    whoever claims it."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None:
        return None
    words = {c.lower_ for c in trigger.children if c.dep_ in {"amod", "compound"}}
    if trigger.lower_.startswith("cyber") or trigger.pos_ == "NOUN" and trigger.lemma_.lower() in _HACKED \
            and words & _CYBER:
        return "a cyber attack: ACLED codes no attack on computers"
    return None

#: Verbs of a decision on paper: what they decide about has not happened by their act.
_DECIDING = frozenset({"vote", "approve", "authorize", "authorise", "ratify", "endorse", "debate"})
# (not "renew" nor "pass": "have renewed their offensive" is the offensive)


def _decided(analysis: Analysis, mention: EventMention) -> str | None:
    """"Parliament voted to extend the mandate for military operations", "lawmakers approved a bill allowing
    the deployment of troops": a vote or an approval about an activity, named by a noun, is no event of it."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.pos_ not in {"NOUN", "PROPN"} or mention.event_type != "Strategic developments":
        return None
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in _DECIDING:
            return f"a decision ('{node.text}') about {trigger.text}, not an event"
    return None

#: Words of a court's sentence: an execution that carries one out is not political violence.
_JUDICIAL = re.compile(r"\b(?:convict(?:ed|ion)s?|sentenc(?:ed|es?)|condemned|death row|judiciary|court|verdict|"
                       r"tribunal|death penalty|capital punishment)\b", re.IGNORECASE)
#: What a judicial execution's reason starts with (the story of the past reads it too).
JUDICIAL_REASON = "a judicial execution"


def _judicial_execution(analysis: Analysis, mention: EventMention) -> str | None:
    """"Iran executed two men convicted of ...", "was hanged after the supreme court upheld his sentence":
    the state carrying out a court's sentence is not coded; an armed group's execution is ("militants executed
    two men they accused of spying", even after their own "court")."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.lemma_.lower() not in {"execute", "hang", "execution", "hanging"}:
        return None
    if any(ref is not None and ref.span is not None and ref.inter in _ARMED_INTERS
           for ref in (mention.actor1,)):
        return None
    sentence = _sentence_tokens(analysis, mention)
    if sentence is None or not _JUDICIAL.search(sentence.text):
        return None
    return f"{JUDICIAL_REASON}: a court's sentence carried out, not political violence"


_SIMILE = re.compile(r"\b(?:like|as if|as though)\s+(?:(?:a|an|the|some)\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _comparison(analysis: Analysis, mention: EventMention) -> str | None:
    """"It sounded like a bomb going off", "as if a war had broken out": a simile names no event."""
    before = analysis.text[max(mention.sentence.start, mention.trigger.start - 30):mention.trigger.start]
    if _SIMILE.search(before):
        return "a comparison, not an event"
    return None


def _same_place_name(a: EventMention, b: EventMention) -> bool:
    return a.place is not None and b.place is not None and a.place.location == b.place.location


def _question(analysis: Analysis, mention: EventMention) -> str | None:
    if mention.sentence.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
        return "a question, not a report"
    return None


_FORCES = ("Military Forces", "Police Forces")
#: Main verbs of relief work: soldiers who rescue or evacuate people fight nobody.
_RELIEF = frozenset({"rescue", "evacuate", "airlift", "relocate", "distribute", "donate", "vaccinate", "treat",
                     "feed", "shelter", "rebuild", "repair", "clean", "clear", "search"})


#: Guesses of violence: people who only meet, talk or are ("the minister met the governor") make none.
_VIOLENT_GUESSES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence", "Riots"})
_TALKING = frozenset({"be", "say", "tell", "speak", "talk", "meet", "hold", "visit", "discuss", "address", "announce",
                      "ask", "seek", "urge", "pledge", "repose", "praise", "laud", "welcome", "criticise", "criticize",
                      "condemn", "express", "assure", "appeal", "request", "write", "call", "decide", "agree"})


def _guess(analysis: Analysis, mention: EventMention, lexicon: TopicLexicon) -> str | None:
    """The fallback model types a short text no rule covers; with no word of conflict in it ("The shilling came
    under siege", "(((("), its guess is no event."""
    if not mention.rule.startswith("no rule fired"):
        return None
    sentence = _sentence_tokens(analysis, mention)
    if sentence is not None and sentence.root.lemma_.lower() in _RELIEF:
        return f"no event word: the sentence tells relief work ('{sentence.root.text}'), whoever does it"
    if any(ref is not None and ref.span is not None and (ref.inter in _ARMED_INTERS or ref.name.startswith(_FORCES))
           for ref in (mention.actor1, mention.actor2)):
        return None  # ("the Islamic Front seized control of warehouses"): an armed actor acts
    if sentence is not None:
        idioms = [(start, end) for _, start, end in lexicon.phrases_in(sentence, "idioms")]
        literal = [t for t in sentence if not any(start <= t.idx < end for start, end in idioms)]
        counts = _party_words(lexicon, literal, mention)
        if counts.get(CONFLICT, 0) or counts.get("casualty", 0) or counts.get("crowd", 0):
            return None
        trigger = _trigger_token(analysis, mention)
        if counts.get("people", 0) and mention.event_type in _VIOLENT_GUESSES and trigger is not None \
                and trigger.lemma_.lower() in _TALKING:  # ("a delegation met the governor", "the minister spoke to")
            return f"no event word: people who {trigger.lemma_.lower()}, and no word of conflict for a guess of violence"
        if counts.get("people", 0):
            return None  # people act ("employees demanding salaries", "lawmakers approved"; refugees returned)
    return "no event word, and no word of conflict for the model's guess"


#: The checks that read a mention on its own, in the order they are tried: the story's parts, then the
#: mention's standing (history, background, references, retellings).
_STANDING_CHECKS: tuple[Callable[[Analysis, EventMention], str | None], ...] = (
    _history, _ongoing, _reference, _time_reference, _unanchored, _comparison, _question, _negated, _measure, _politics, _cyber_attack, _decided, _harm_in_the_event, _harm_in_its_event,
    _pursuit, _aftermath,
    _context_clause, _named_by_pronoun, _retold_by_subject, _retold_by_its_side, _setting_of_an_attack, _retold_as_object, _toll_of_the_battle, _describes_people, _told_as_past, _judicial_execution)


def not_a_report(analysis: Analysis, mention: EventMention, topic: Topic, lexicon: TopicLexicon) -> str | None:
    """Why ``mention`` does not report an event of this story (None: it does)."""
    reason = (_furniture(analysis, mention) or _headline(analysis, mention) or _habitual(analysis, mention)
              or _guess(analysis, mention, lexicon) or _idiom(analysis, mention, lexicon) or _figurative(analysis, mention)
              or _off_topic(analysis, mention, topic, lexicon) or _accident(analysis, mention, lexicon))
    if reason is None:
        reason = next((found for check in _STANDING_CHECKS if (found := check(analysis, mention)) is not None), None)
    return reason or _ordinary_crime(analysis, mention, topic, lexicon) or _participant(analysis, mention, topic, lexicon)


def told_in_a_story_of_the_past(analysis: Analysis, kept: list[EventMention], reasons: list[str]) -> list[EventMention]:
    """In a story about the past (an anniversary, a book, an exhibition, a court's case: some events set aside
    as history or as a sentence carried out, and none of those left dated by the text), the undated rest belongs
    to that past too ("the men were tortured into confessing")."""
    if not any(r.startswith(("history", JUDICIAL_REASON)) for r in reasons) or any(_own_anchor(analysis, m) for m in kept):
        return []
    return list(kept)
