"""How sure a record is, field by field, from the kind of evidence behind each field (docs/FIELDS.md).

Every value is hand-set and comes with its reasons, so an analyst can see why a record scores low:

* ``event_type``: how strongly the text reports the event: the rule's strength (an explicit event verb
  over a model's guess), lowered where the event's sentences hedge, pass on a rumour or a denial, put the
  event in a quotation or under a condition ("would strike if"), or where the story's words are mostly
  another beat's (sports, markets); lowered too where the record's reports read as kinds one record cannot
  hold, and where the clause's words do not fit the kind (``kind_fit``: a dog as the attacker, a bombardment
  of messages, goods seized as territory).
* ``location``: the place stage's confidence (its own words, then the previous event's place, the
  dateline, the document's main place, the country), lowered where the place is the dateline's, where the
  text names another country by it, where it was read from the tail of a longer name ("Port-au-Prince"),
  or where the event's sentence names an area the gazetteer lacks.
* ``event_date``: the date stage's confidence, capped by where the date came from: the body's own
  words, the dateline, or no date at all (the publication date).
* ``actor1``: the actor stage's confidence (which already weighs an actor carried from another sentence or
  inferred from the kind of event), lowered where the text names it as the event's target.
* ``fatalities``: how the figure was found: in the event's own sentence, in another one, vague ("dozens"),
  given by a party to the event, disputed by another figure, or no figure beside words of death.

``confidence`` (overall) is half the type's confidence (is this a real event?) and half the mean of the date's,
the place's and actor1's (are its main fields right?).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..analysis import ActorRef, Analysis, Count, EventMention, ResolvedDate, ResolvedPlace
from ..article.topic import CONFLICT, NOT_BEATS
from ..record import Span
from .kind_fit import kind_doubts

__all__ = ["Confidence", "record_confidence", "HEDGE_FACTOR", "SOFT_HEDGE_FACTOR", "DOUBT_FACTOR", "QUOTE_FACTOR",
           "CONDITION_FACTOR", "BEAT_FACTOR", "MIXED_FACTOR"]

#: How much each doubt about the event itself lowers its type's confidence (multiplied).
HEDGE_FACTOR = 0.6  # "unconfirmed reports", "may have", "it was not clear", "claimed without evidence"
SOFT_HEDGE_FACTOR = 0.9  # "reportedly", "allegedly": the wire's and ACLED's everyday caution
DOUBT_FACTOR = 0.4  # a rumour, a denial, "could not be verified"
QUOTE_FACTOR = 0.75  # the event word is inside someone's quoted words
CONDITION_FACTOR = 0.5  # "would strike if", "will attack"
BEAT_FACTOR = 0.5  # the story's words are mostly those of another beat
MIXED_FACTOR = 0.8  # the record's reports read as different kinds ("arrested" and "found weapons")
#: Kinds one record holds by ACLED's rules (a demonstration at its most severe; a battle, the shelling in it and the
#: people it kills); any other two kinds in one record are two readings of it.
PROTEST_FAMILY = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                            "Violent demonstration"})
ONE_FIGHT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
ABSORBED = {"demonstration": frozenset({"armed violence", "Arrests", "Mob violence"}),
            "armed violence": frozenset({"Arrests", "Looting/property destruction", "Mob violence"})}
#: Beats whose words conflict news shares: gangs and criminal groups are ACLED actors ("robbery", "suspects").
OWN_BEATS = ("crime",)

#: Caps on a date by where it came from (the date stage's rule).
DATE_CAPS = (("publication date", 0.3, "no date in the text: the publication date"),
             ("the dateline's date", 0.6, "the dateline's date, not the event's own"),
             ("later: on or after", 0.5, "a later day, bounded only"))
#: A figure's confidence by how it was found (own sentence, another, vague, from a party, none told, uncounted).
FIGURE_OWN, FIGURE_OTHER, FIGURE_VAGUE, FIGURE_PARTY, FIGURE_NONE, FIGURE_UNCOUNTED = 0.85, 0.7, 0.55, 0.7, 0.75, 0.4

_HEDGE = re.compile(r"\b(?:unconfirmed|unverified|believed to have|said to have|may have|might have|could have|"
                    r"suggested that|without (?:offering|providing|giving) (?:any )?evidence|it was not clear|"
                    r"it is not clear|it was unclear|claim(?:ed|s)(?:,[^,]{0,40},)? (?:that|to have))\b", re.I)
_SOFT_HEDGE = re.compile(r"\b(?:reportedly|allegedly|purportedly|apparently)\b", re.I)
_DOUBT = re.compile(r"\b(?:rumou?rs?|hoax|denied|denies|deny|could not (?:be )?(?:independently )?(?:verified|confirmed|"
                    r"verify|confirm)|no (?:blast|attack|explosion|clash(?:es)?|incident|shooting) (?:had |has )?"
                    r"(?:taken place|occurred|happened))\b", re.I)
_QUOTES = re.compile(r"[\"“”]([^\"“”]{3,400})[\"“”]")
_CONDITION = re.compile(r"\b(?:would|will|if|unless|threaten(?:s|ed)? to|vow(?:s|ed)? to|plans? to|warned)\b", re.I)
#: Words that tell deaths, for a record with no figure.
_DEATH_WORDS = re.compile(r"\b(?:killed|killing|dead|died|death|deaths|bodies|murdered|martyred)\b", re.I)
#: A place the gazetteer does not hold, named with its kind ("Kale township", "the Solino neighborhood").
_NAMED_AREA = re.compile(r"\b((?:[A-Z][\w'’-]+\s){1,3})(?:township|neighbou?rhood|village|district|area|sector|"
                         r"regency|county|suburb|camp|town)\b")
#: A party to the event in a figure's reporter ("the army said", "ISPR said") and the actors it stands for.
_PARTY_WORDS = {"Military Forces": ("army", "military", "defence", "defense", "troops", "ispr", "armed forces"),
                "Police Forces": ("police",)}


@dataclass(slots=True)
class Confidence:
    """A record's confidence per field, overall, and the reasons for each field."""

    fields: dict[str, float]
    overall: float
    reasons: dict[str, list[str]] = field(default_factory=dict)


def record_confidence(analysis: Analysis, mentions: list[EventMention], *, date: ResolvedDate | None,
                      place: ResolvedPlace | None, actor1: ActorRef | None, actor2: ActorRef | None,
                      fatalities: Count | None) -> Confidence:
    """The confidence of the record that ``mentions`` make, from the evidence behind each field."""
    reasons: dict[str, list[str]] = {}
    sentences = sorted({(m.sentence.start, m.sentence.end) for m in mentions})
    fields = {
        "event_type": _type(analysis, mentions, sentences, reasons.setdefault("event_type", []), actor1),
        "event_date": _date(date, reasons.setdefault("event_date", [])),
        "location": _place(analysis, place, sentences, reasons.setdefault("location", [])),
        "actor1": _actor(actor1, sentences, reasons.setdefault("actor1", []), analysis.text,
                         [m.trigger for m in mentions]),
        "fatalities": _fatalities(analysis, mentions, fatalities, sentences, actor1, actor2,
                                  reasons.setdefault("fatalities", [])),
    }
    fields["sub_event_type"] = fields["event_type"]
    if actor2 is not None:
        fields["actor2"] = _actor(actor2, sentences, [])
    overall = 0.5 * fields["event_type"] + 0.5 * (fields["event_date"] + fields["location"] + fields["actor1"]) / 3
    return Confidence({k: round(v, 3) for k, v in fields.items()}, round(overall, 3),
                      {k: v for k, v in reasons.items() if v})


def _inside(span: Span | None, sentences: list[tuple[int, int]]) -> bool:
    return span is not None and any(a <= span.start < b for a, b in sentences)


def _type(analysis: Analysis, mentions: list[EventMention], sentences: list[tuple[int, int]], why: list[str],
          actor1: ActorRef | None = None) -> float:
    strongest = max(mentions, key=lambda m: m.confidence)
    value = strongest.confidence
    if strongest.rule.startswith(("no rule fired", "trained model")):
        why.append(f"typed by the model, not a rule ({strongest.rule.split(';')[0]})")
    else:
        why.append(f"rule: {strongest.rule}")
    text = analysis.text
    told = [text[a:b] for a, b in sentences]
    if len(told) > 1:  # (no more sure for it: a kind misread once is misread in each retelling)
        why.append(f"told in {len(told)} sentences")
    if all(_DOUBT.search(s) for s in told):
        value *= DOUBT_FACTOR
        why.append(f"doubted: '{_DOUBT.search(told[0]).group(0)}'")  # type: ignore[union-attr]
    elif all(_HEDGE.search(s) for s in told):
        value *= HEDGE_FACTOR
        why.append(f"hedged: '{_HEDGE.search(told[0]).group(0)}'")  # type: ignore[union-attr]
    elif all(_SOFT_HEDGE.search(s) for s in told):
        value *= SOFT_HEDGE_FACTOR
        why.append(f"hedged: '{_SOFT_HEDGE.search(told[0]).group(0)}'")  # type: ignore[union-attr]
    if all(_quoted(text, m.trigger) for m in mentions):
        value *= QUOTE_FACTOR
        why.append("the event word is inside a quotation")
    elif all(_conditional(text, m) for m in mentions):
        value *= CONDITION_FACTOR
        why.append("told as a plan, threat or condition ('would', 'will', 'if')")
    beat = _other_beat(analysis)
    if beat is not None:
        value *= BEAT_FACTOR
        why.append(beat)
    kinds = sorted({m.sub_event_type for m in mentions})
    if len(_readings(mentions)) > 1:
        value *= MIXED_FACTOR
        why.append(f"its reports read as several kinds: {', '.join(kinds)}")
    doubts = [kind_doubts(analysis, m, actor1) for m in mentions]
    if all(doubts):  # (a kind told once in words that fit it is enough)
        for factor, reason in kind_doubts(analysis, strongest, actor1) or doubts[0]:
            value *= factor
            why.append(reason)
    return value


def _family(mention: EventMention) -> str:
    if mention.sub_event_type in PROTEST_FAMILY:
        return "demonstration"
    return "armed violence" if mention.event_type in ONE_FIGHT else mention.sub_event_type


def _readings(mentions: list[EventMention]) -> set[str]:
    """The kinds a record's reports read it as, less those its kind holds: a demonstration holds the clash, the
    killing, the arrests and the brawl told of it; a battle or an attack the arrests and the looting told of it."""
    families = {_family(m) for m in mentions}
    for kind, held in ABSORBED.items():
        if kind in families:
            families -= held
    return families


def _quoted(text: str, trigger: Span) -> bool:
    start = max(0, text.rfind("\n", 0, trigger.start))
    end = text.find("\n", trigger.end)
    line = text[start:end if end >= 0 else len(text)]
    offset = trigger.start - start
    return any(m.start(1) <= offset < m.end(1) for m in _QUOTES.finditer(line))


def _conditional(text: str, mention: EventMention) -> bool:
    """A modal or a condition in the clause before the event word ("the army would strike Hezbollah if")."""
    clause = mention.clause or mention.sentence
    before = text[max(clause.start, mention.trigger.start - 40):mention.trigger.start]
    return bool(_CONDITION.search(before))


def _other_beat(analysis: Analysis) -> str | None:
    """The story's beat when it is not conflict, or when another beat's words outnumber conflict's."""
    relevance = analysis.extras.get("relevance") or {}
    topic, words = relevance.get("topic"), relevance.get("topic_words") or {}
    if topic and topic != CONFLICT:
        return f"the story reads as {topic} news"
    others = [(n, t) for t, n in words.items() if t not in (CONFLICT, *OWN_BEATS) and t not in NOT_BEATS]
    count, beat = max(others, default=(0, ""))
    conflict = words.get(CONFLICT, 0)
    if count > conflict:
        return f"the story's words are more {beat}'s ({count}) than conflict's ({conflict})"
    return None


def _date(date: ResolvedDate | None, why: list[str]) -> float:
    if date is None:
        why.append("no date")
        return 0.0
    value = date.confidence
    cap = next(((c, reason) for rule, c, reason in DATE_CAPS if date.rule.startswith(rule)), None)
    if cap is not None:
        value = min(value, cap[0])
        why.append(cap[1])
    elif date.span is not None:
        why.append(f"'{date.span.text}' ({date.rule})")
    else:
        why.append(date.rule)
    if date.precision == 3:
        value = min(value, 0.5)
        why.append("month precision")
    return value


def _place(analysis: Analysis, place: ResolvedPlace | None, sentences: list[tuple[int, int]], why: list[str]) -> float:
    if place is None:
        why.append("no place")
        return 0.0
    value = place.confidence
    dateline = analysis.anatomy.dateline
    if place.country_only:
        why.append("only the country")
    elif place.span is None:
        why.append("not named: the story's main place")
    elif dateline is not None and dateline.span.start <= place.span.start < dateline.span.end:
        value = min(value, 0.4)
        why.append("the dateline's place")
    elif not _inside(place.span, sentences):  # (the place stage lowered a carried place already)
        why.append(f"'{place.span.text}' is named in another sentence")
    else:
        why.append(f"'{place.span.text}' in the event's sentence")
    whole = _longer_name(analysis.text, place.span) if place.span is not None else None
    if whole:
        value *= 0.5
        why.append(f"'{place.span.text}' is only part of the name '{whole}'")  # type: ignore[union-attr]
    if place.unresolved:  # (the place stage gave it the confidence of the unit that holds it)
        why.append("not in the gazetteer: coded to the unit that holds it")
    if place.country_from and place.country_from != "its own place":
        why.append(f"{place.country}: {place.country_from}")
    if place.namesakes_in:  # (the place stage lowered it already)
        why.append(f"'{place.location}' has namesakes in {', '.join(place.namesakes_in)}: chosen in {place.admin1}")
    for a, b in sentences:
        other = _other_country(analysis, place, a, b)
        if other:
            value *= 0.5
            why.append(f"the text names {other} by the place, which is in {place.country}")
            break
        lacking = _unknown_area(analysis, place, a, b)
        if lacking:
            value *= 0.7
            why.append(f"the sentence names '{lacking}', not in the gazetteer")
            break
    return value


_NAME_AROUND = re.compile(r"[\w'’]+(?:-[\w'’]+)+")
#: A capitalised word and a number just before a place name: "North 24 Parganas".
_NUMBERED = re.compile(r"\b([A-Z][\w'’]*)\s+(\d{1,3})\s+$")
_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
                     "Nov", "Dec"})


def _longer_name(text: str, span: Span) -> str | None:
    """"Port-au-Prince" read as "Prince", "North 24 Parganas" as "Parganas": the span is the tail of a longer name."""
    if text[max(0, span.start - 1):span.start] == "-":  # (a name's head before a hyphen is the town: "Zagreb-Centar")
        start = span.start
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
            start -= 1
        match = _NAME_AROUND.match(text, start)
        return match.group(0) if match else None
    numbered = _NUMBERED.search(text, max(0, span.start - 24), span.start)
    if numbered and numbered.group(1) not in _MONTHS:
        return f"{numbered.group(1)} {numbered.group(2)} {span.text}"
    return None


#: How close (characters) a country named by the place must be to say where the place is.
NEAR_CHARS = 60
#: How a toponym says where something happened ("in", "near", "north of", "part of"), not whose it is.
_WHERE = ("in", "near", "direction", "part", "outskirts")


def _other_country(analysis: Analysis, place: ResolvedPlace, start: int, end: int) -> str | None:
    """A country named as a place ("the Qandil mountains of northern Iraq") right by the record's place, in the
    event's sentence, that is not the record's country."""
    if place.span is None:
        return None
    near = (max(start, place.span.start - NEAR_CHARS), min(end, place.span.end + NEAR_CHARS))
    for toponym in analysis.extras.get("places") or []:
        if toponym.get("kind") == "country" and near[0] <= toponym["start"] < near[1] and toponym.get("relation") in \
                _WHERE and place.country and toponym.get("name") not in (None, place.country) \
                and toponym.get("country") != _country_code(analysis, place):
            return str(toponym["name"])
    return None


def _country_code(analysis: Analysis, place: ResolvedPlace) -> str | None:
    for toponym in analysis.extras.get("places") or []:
        if toponym.get("name") == place.country or toponym.get("admin1") == place.admin1 and place.admin1:
            return toponym.get("country")  # type: ignore[return-value]
    return analysis.extras.get("country_code")  # type: ignore[return-value]


def _unknown_area(analysis: Analysis, place: ResolvedPlace, start: int, end: int) -> str | None:
    """"in the Solino neighborhood", "in Kale township": a named area that no resolved place covers."""
    known = [(t["start"], t["end"]) for t in analysis.extras.get("places") or []]
    if place.span is not None:
        known.append((place.span.start, place.span.end))
    for match in _NAMED_AREA.finditer(analysis.text, start, end):
        name = match.group(1).strip()
        if name.split()[0] in {"The", "A", "An", "In", "On", "At", "Near"}:
            continue
        if not any(a < match.end(1) and match.start(1) < b for a, b in known):
            return name
    return None


_CROWDS = ("Protesters", "Rioters")
#: Words between an event word and the actor it names as its target ("an attack on a military base").
_TARGET_WORDS = re.compile(r"[^.,;]{0,30}?\b(?:on|against|at|targeting|targeted)\b[^.,;]{0,20}$", re.I)


def _actor(actor: ActorRef | None, sentences: list[tuple[int, int]], why: list[str],
           text: str = "", triggers: list[Span] | None = None) -> float:
    if actor is None:
        why.append("no actor")
        return 0.0
    value = actor.confidence
    if actor.span is None:
        why.append("not named: inferred from the kind of event")
    elif not _inside(actor.span, sentences):  # (the actor stage lowered a carried actor already)
        why.append(f"'{actor.span.text}' is named in another sentence")
    else:
        why.append(f"'{actor.span.text}' in the event's sentence")
        target = None if actor.name.startswith(_CROWDS) else next(
            (t for t in triggers or [] if t.end <= actor.span.start and _TARGET_WORDS.match(text, t.end, actor.span.start)),
            None)  # (a crowd fired on is actor1 of its demonstration, as ACLED codes it)
        if target is not None:
            value *= 0.7
            why.append(f"named after '{target.text}' as its target")
    return value


def _fatalities(analysis: Analysis, mentions: list[EventMention], count: Count | None, sentences: list[tuple[int, int]],
                actor1: ActorRef | None, actor2: ActorRef | None, why: list[str]) -> float:
    text = analysis.text
    if count is None:
        if any(_DEATH_WORDS.search(text[a:b]) for a, b in sentences):
            why.append("deaths told without a figure the reader could count")
            return FIGURE_UNCOUNTED
        why.append("no deaths reported")
        return FIGURE_NONE
    value = FIGURE_OWN if _inside(count.span, sentences) or count.span is None else FIGURE_OTHER
    why.append(f"'{count.span.text}' in the event's sentence" if value == FIGURE_OWN and count.span else
               f"'{count.span.text}' in another sentence" if count.span else "no figure span")
    if not count.exact:
        value = min(value, FIGURE_VAGUE)
        why.append("a vague figure")
    party = _party(count.claimed_by, actor1, actor2)
    if party:
        value = min(value, FIGURE_PARTY)
        why.append(f"given by a party to the event ({count.claimed_by})")
    figures = {m.fatalities.value for m in mentions if m.fatalities is not None} | {
        c.value for m in mentions for c in m.claims if c.field == "fatalities" and isinstance(c.value, int)}
    if len(figures) > 1:
        value *= 0.8
        why.append(f"reports differ: {sorted(figures)}")
    return value


def _party(reporter: str | None, *actors: ActorRef | None) -> bool:
    if not reporter:
        return False
    said = reporter.lower()
    for actor in actors:
        if actor is None:
            continue
        for kind, words in _PARTY_WORDS.items():
            if actor.name.startswith(kind) and any(w in said for w in words):
                return True
        head = actor.name.split(":")[0].split(" (")[0].lower()
        if not actor.name.startswith(("Unidentified", "Civilians", "Protesters", "Rioters", "Military", "Police")) \
                and len(head) > 2 and head in said:
            return True
    return False
