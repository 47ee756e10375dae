"""Background that reads like news: events recalled in speeches, consequences of old events, policy.

A story about a speech, a report or a relief plan names violence that happened before it: "the security forces
killed all the terrorists, the prime minister said" at a hospital's opening, "students had lost their books in the
riots" in a story about exams, "the commission that looked into the police firing". ACLED codes an event on the
day and at the place it happened; such an event has neither in the text (the story's date and dateline are the
speech's), so it is no record of this story (docs/READING.md, stop 21). Each check returns the reason a mention
is background, or None; the relevance stage runs them after :func:`~eventcoder.article.reporting.not_a_report`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..analysis import Analysis, EventMention, Span
from .reporting import _earlier_events, _past_perfect, _sentence_tokens, _trigger_token, is_story

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["background_reason", "RECALLED", "BACKGROUND_REASONS"]

#: What the recalled check's reason starts with.
RECALLED = "recalled"
#: Reasons whose sentence tells background: it lends no figures to the event told before it.
BACKGROUND_REASONS = ("history", "background", "an ongoing campaign", "many acts", RECALLED, "a reference")

#: Verbs that report speech or a finding: the clause they govern is what someone said.
_SPEECH_VERBS = frozenset({"say", "tell", "allege", "claim", "add", "recall", "remind", "assert", "state", "reminisce",
                           "find", "conclude", "charge", "accuse", "narrate", "recount"})
#: Nouns of an occasion for speaking, or of an inquiry's report: the story's news is what was said there.
_SPEECH_NOUNS = frozenset({"speech", "interview", "seminar", "convention", "audience", "lecture", "conversation",
                           "memoir", "symposium", "conclave", "webinar", "podcast", "commission", "inquiry"})
#: Verbs that look back ("recalling the day ...").
_RECALLING = frozenset({"recall", "remind", "reminisce"})
#: Occasions that are a speech's setting only as what is addressed or told ("told a public meeting").
_OCCASIONS = frozenset({"meeting", "gathering", "rally", "function", "ceremony", "worker", "supporter"})
#: Who a press briefing is for: the police's briefings tell news, not memories.
_PRESS = frozenset({"press", "conference", "medium", "media", "reporter", "journalist", "newsman", "correspondent",
                    "briefing"})


def _setting(sentence: "SpacySpan") -> str | None:
    """The word that makes ``sentence`` a speech's setting: an interview, a seminar, a commission's report,
    someone recalling, a public meeting addressed or told (not a press conference)."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ in {"NOUN", "PROPN"} and lemma in _SPEECH_NOUNS:
            return token.text
        if token.pos_ == "VERB" and lemma in _RECALLING:
            return token.text
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if token.pos_ == "VERB" and lemma == "address" and objects and not any(
                o.lemma_.lower() in _PRESS or any(c.lemma_.lower() in _PRESS for c in o.children) for o in objects):
            return token.text
        if lemma in _OCCASIONS and token.dep_ == "dobj" and token.head.lemma_.lower() in {"tell", "address"}:
            return f"{token.head.text} ... {token.text}"
    return None


def _in_speech(trigger: "Token", sentence: "SpacySpan") -> bool:
    """Whether the trigger's clause is what someone said ("..., he alleged", "she said the forces killed ...")."""
    if trigger.lemma_.lower() in _SPEECH_VERBS and any(c.dep_ == "ccomp" for c in trigger.children):
        return True  # the fallback model picked the speech verb itself
    ancestors = {a.i for a in trigger.ancestors}
    for token in sentence:
        if token.i == trigger.i or token.pos_ != "VERB" or token.lemma_.lower() not in _SPEECH_VERBS:
            continue
        if token.i in ancestors or token.dep_ == "parataxis":
            return True
        if token.dep_ == "conj" and token.i > trigger.i and any(c.dep_ == "nsubj" and c.i > 0 and c.doc[c.i - 1].text == ","
                                                                for c in token.children):
            return True  # ("Militants stormed the temple ..., she told the audience")
    return False


def _sentences(analysis: Analysis) -> list["SpacySpan"]:
    return list(analysis.doc.sents) if analysis.doc is not None else []


def _body_lead(analysis: Analysis, sentences: list["SpacySpan"]) -> "SpacySpan | None":
    """The story's first sentence after its headline and dateline."""
    anatomy = analysis.anatomy
    edge = max([anatomy.headline.end if anatomy.headline is not None else 0,
                anatomy.dateline.span.end if anatomy.dateline is not None else 0])
    return next((s for s in sentences if s.end_char > edge and s.text.strip(" \n-:") and not anatomy.in_boilerplate(s.start_char)),
                None)


def _anchored_here(analysis: Analysis, span: Span | None, here: "SpacySpan", before: "SpacySpan | None") -> bool:
    """Whether a date or place span is the event's own: in its sentence, or in the sentence before where that
    sentence tells an event and is no speech's setting (the day and town of a speech or an inauguration are
    theirs). The dateline's never is."""
    if span is None:
        return False
    dateline = analysis.anatomy.dateline
    if dateline is not None and dateline.span.start <= span.start < dateline.span.end:
        return False
    if here.start_char <= span.start < here.end_char:
        return True
    if before is None or not before.start_char <= span.start < before.end_char or _setting(before) is not None:
        return False
    return any(before.start_char <= m.trigger.start < before.end_char and m.event_type != "Strategic developments"
               for m in analysis.mentions)


def _recalled(analysis: Analysis, mention: EventMention) -> str | None:
    """"Recalling the siege, he said the security forces killed all the terrorists", "our workers were beaten,
    he alleged" (at a convention), "the commission found that the police opened fire": a past event told in
    someone's speech, in a story whose news is that speech (an interview, a seminar, a public meeting, a report),
    with no date or place of its own in its sentence or the one before. ACLED cannot date or place it; the
    story's date and dateline are the speech's."""
    trigger = _trigger_token(analysis, mention)
    sentence = _sentence_tokens(analysis, mention)
    if trigger is None or sentence is None or not _in_speech(trigger, sentence):
        return None
    sentences = _sentences(analysis)
    index = next((i for i, s in enumerate(sentences) if s.start <= trigger.i < s.end), None)
    if index is None:
        return None
    before = sentences[index - 1] if index > 0 and not analysis.anatomy.in_headline(sentences[index - 1].start_char) else None
    date, place = mention.date, mention.place
    if _anchored_here(analysis, date.span if date is not None else None, sentence, before) or \
            _anchored_here(analysis, place.span if place is not None else None, sentence, before):
        return None
    lead = _body_lead(analysis, sentences)
    where = next((found for s in (sentence, before, lead) if s is not None and (found := _setting(s)) is not None), None)
    if where is None:
        return None
    return f"{RECALLED}: a past event told in a speech or report ('{where}'), with no date or place of its own"


def _is_lead(analysis: Analysis, trigger: "Token") -> bool:
    lead = _body_lead(analysis, _sentences(analysis))
    return lead is not None and lead.start <= trigger.i < lead.end


def _clause_verb(trigger: "Token") -> "Token":
    """The verb whose clause tells the event: the trigger, or the verb its noun (or gerund) serves ("shelling
    had destroyed", "had lost their books in the riots")."""
    node = trigger
    for _ in range(3):
        if node.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "prep", "compound"} or node.head.i == node.i:
            break
        node = node.head
    return node


def _pluperfect_background(analysis: Analysis, mention: EventMention) -> str | None:
    """"Shelling had destroyed many houses", "students had lost their books in the riots": in the body of a story
    whose lead tells no event (an exam schedule, a harvest, a loan scheme), an event told in the past perfect, with
    no date of its own and no event told before it (which it would be the context of), is what came before the
    story's news."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or _is_lead(analysis, trigger):
        return None
    date = mention.date
    if date is not None and date.span is not None and mention.sentence.start <= date.span.start < mention.sentence.end:
        return None
    verb = _clause_verb(trigger)
    if not _past_perfect(verb) or _earlier_events(analysis, mention):
        return None
    lead = _body_lead(analysis, _sentences(analysis))
    if lead is None or any(lead.start_char <= m.trigger.start < lead.end_char and m.event_type != "Strategic developments"
                           for m in analysis.mentions):
        return None  # the story's lead tells an event: its past perfect may go on telling it
    others = [m for m in analysis.mentions if m is not mention and m.sentence.start == mention.sentence.start
              and m.event_type != "Strategic developments"]
    if any(not _past_perfect(_clause_verb(t)) for m in others if (t := _trigger_token(analysis, m)) is not None):
        return None  # ("the mob had set fire to shops when the police opened fire"): the sentence's own event
    return f"background: told in the past perfect ('{verb.text}'), before the story's news, with no date of its own"


#: Verbs and nouns of an inquiry: what it looks into happened before and is told elsewhere.
_INQUIRING = frozenset({"investigate", "probe", "examine", "inquire", "enquire", "inquiry", "enquiry", "investigation"})


def _inquired_into(analysis: Analysis, mention: EventMention) -> str | None:
    """"the commission that looked into the police firing", "an inquiry into the killings", "a panel
    investigating the riots": the event an inquiry looks into is its subject, told elsewhere."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None:
        return None
    node = trigger
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return None
        lemma = head.lemma_.lower()
        if head.lower_ == "into" and head.head.lemma_.lower() in _INQUIRING | {"look"}:
            return f"a reference: the subject of an inquiry ('{head.head.text} into'), told elsewhere"
        if lemma in _INQUIRING and node.dep_ in {"dobj", "pobj"}:
            return f"a reference: the subject of an inquiry ('{head.text}'), told elsewhere"
        if head.pos_ == "VERB" and node.dep_ not in {"dobj", "pobj", "acl", "compound", "amod", "prep"}:
            return None
        node = head
    return None


#: Nouns for the people of an event: alone, they name people, not what happened.
_PEOPLE_OF_EVENTS = frozenset({"rioter", "protester", "protestor", "demonstrator", "agitator", "attacker", "assailant",
                               "looter", "arsonist", "marcher", "picketer"})


def _in_an_aside(analysis: Analysis, mention: EventMention, word: "Token") -> str | None:
    """The governing word when ``word``, a noun for an event's people, is only named in an aside about someone
    else ("officers who acted against the rioters", "the arrest of the rioters"), else None."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in _PEOPLE_OF_EVENTS or word.dep_ not in {"pobj", "dobj", "poss"}:
        return None
    if any(c.dep_ in {"relcl", "acl"} for c in word.children):
        return None  # ("no respite from the rioters who took to the streets"): what they did is told
    governor = word.head.head if word.dep_ == "pobj" else word.head
    if any(m is not mention and m.trigger.start <= governor.idx < m.trigger.end for m in analysis.mentions):
        return None  # ("police fired at the rioters"): the governing verb tells the event
    if governor.pos_ == "NOUN" and governor.dep_ in {"nsubj", "nsubjpass"}:
        return None  # ("hundreds of rioters torched shops"): the people act
    return governor.text if governor.pos_ == "NOUN" or governor.dep_ in {"relcl", "acl"} else None


def _names_people(analysis: Analysis, mention: EventMention) -> str | None:
    """"the transfer of officers who acted against the rioters", "compensation for the rioters' victims": a
    noun for an event's people that an aside about someone else mentions names them; it reports no event."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or (governor := _in_an_aside(analysis, mention, trigger)) is None:
        return None
    for evidence in mention.evidence.get("event_type", []):  # the same people named again elsewhere, in an aside too
        if evidence.start <= trigger.idx < evidence.end:
            continue
        words = trigger.doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
        if words is None or not len(words) or _in_an_aside(analysis, mention, words.root) is None:
            return None  # other words tell the event
    return f"names people ('{governor} ... {trigger.text}'), not an event"


#: Nouns that sum up a conflict as a whole: "the fighting has displaced ..." tells what it did over time.
_CONFLICT_NOUNS = frozenset({"violence", "fighting", "unrest", "conflict", "clash", "clashes", "riot", "riots", "war",
                             "insurgency", "crisis", "turmoil", "bloodshed"})


def _consequences(analysis: Analysis, mention: EventMention) -> str | None:
    """"The fighting, which has driven 60,000 people from their homes, has left the camps overcrowded": a conflict
    named as a whole ("the fighting", "the violence"), told in the present perfect by what it has done, with no
    date of its own, is the story's background, not an event."""
    trigger = _trigger_token(analysis, mention)
    if trigger is None or trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in _CONFLICT_NOUNS \
            or trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in trigger.children):
        return None
    verb = trigger.head
    if not any(c.dep_ == "aux" and c.lower_ in {"has", "have", "'s"} for c in verb.children):
        return None  # ("the violence left five dead"): an event told by its toll
    if verb.lemma_.lower() in {"kill", "injure", "wound", "claim"} or any(
            t.lower_ in {"dead", "injured", "wounded"} for t in verb.subtree):
        return None  # a toll ("the fighting has killed 30 people"): the claims stage reads it
    date = mention.date
    if date is not None and date.span is not None and mention.sentence.start <= date.span.start < mention.sentence.end:
        return None
    return f"background: the consequences of '{trigger.text}' as a whole ('has {verb.text}'), not an event"


#: The checks, in order; each returns a reason or None.
_CHECKS: tuple[Callable[[Analysis, EventMention], str | None], ...] = (
    _recalled, _inquired_into, _names_people, _pluperfect_background, _consequences)


def background_reason(analysis: Analysis, mention: EventMention) -> str | None:
    """Why ``mention`` tells background rather than an event of this story (None: it does not)."""
    if analysis.doc is None or not is_story(analysis) or analysis.anatomy.in_headline(mention.trigger.start):
        return None
    return next((found for check in _CHECKS if (found := check(analysis, mention)) is not None), None)
