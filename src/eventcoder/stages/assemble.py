"""Assembly: group a document's event mentions into records, one per day, place and kind of event.

ACLED's rule (ACLED.md 1.4, 1.6): events are atomic by day and place; the same day, place and
activity told twice is one event (both spans kept as evidence); protests in five provinces are five
events. A demonstration is one event whatever happens to it: a protest that turns violent or is
fired on is told in several sentences but coded once, as its most severe sub-type; shelling or
strikes inside a battle are coded as that battle (ACLED.md 1.1). Two places are
the same when they share a name or lie within a few kilometres of each other (a square and its
city); a mention placed only in the country ("struck targets in northern Iraq") joins the one
precise place its group has. Within a group the most precise date and place win, figures take the largest single report
of the same event (reports of one event are not summed), and every claim and span is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from ..analysis import ActorRef, Analysis, Count, EventMention, ResolvedDate, ResolvedPlace
from ..geo.index import km_between
from ..pipeline import PipelineConfig
from ..record import Event, Span, make_event_id
from ..taxonomy import interaction_code
from ..temporal import EVENT_ROLES, DateExpression
from .confidence import record_confidence
from .counts import counts_other_dead, is_casualty_trigger, yielded_its_figures

__all__ = ["AssembleStage", "create", "group_mentions", "SEVERITY"]

#: Within one event, the sub-type that wins when mentions disagree: the more serious reading. A
#: demonstration whose participants turned violent is a Violent demonstration even if it was also
#: fired on (ACLED codes the demonstrators' conduct first).
SEVERITY: dict[str, int] = {
    "Violent demonstration": 4, "Excessive force against protesters": 3, "Protest with intervention": 2,
    "Peaceful protest": 1,
}

_ARMED_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence"})

#: Sub-types that by ACLED's definitions involve no serious or lethal injury.
_NO_DEATHS = frozenset({"Peaceful protest", "Protest with intervention"})

#: Places this close (km) are one location for grouping: a square, a bridge and the city around them.
SAME_PLACE_KM = 5.0

_NOTES_CHARS = 600


def _place_name(place: ResolvedPlace | None) -> str | None:
    where = (place.location or place.admin1 or place.country) if place else None
    return where.casefold() if where else None


def _group_key(mention: EventMention) -> tuple[object, ...]:
    when = mention.date.date.isoformat() if mention.date else None
    return (when, _place_name(mention.place), mention.event_type)


def _kind(mention: EventMention) -> str:
    """The kind of action a record is about: every reading of a demonstration is one kind, and so are
    a battle and the shelling or strikes inside it (ACLED.md 1.1: merged into a single Battle)."""
    if mention.sub_event_type in SEVERITY:
        return "demonstration"
    if mention.event_type in _ARMED_VIOLENCE:
        return "armed violence"
    return mention.event_type


def _precedence(mention: EventMention, mentions: list[EventMention]) -> int:
    """Which reading of one event names the record: the more serious demonstration; a battle told as
    fighting ("clashed", "attacked") over the remote violence inside it. A battle read only from a
    casualty ("a soldier was killed") gives way to the shelling or strike it reports on. A suicide bombing
    told before the fighting opened it ("a suicide bomber rammed the checkpost ... killed in an exchange of
    fire that followed") names the event; one told inside a battle told first is part of that battle."""
    if mention.sub_event_type == "Suicide bomb" and not any(
            _fighting(m) and m.trigger.start < mention.trigger.start for m in mentions):
        return 2
    if _fighting(mention):
        return 1
    return SEVERITY.get(mention.sub_event_type, 0)


def _fighting(mention: EventMention) -> bool:
    return mention.event_type == "Battles" and not is_casualty_trigger(mention)


def _same_place(a: ResolvedPlace | None, b: ResolvedPlace | None) -> bool:
    if a is None or b is None:
        return a is b
    if _place_name(a) == _place_name(b):
        return True
    if None in (a.latitude, a.longitude, b.latitude, b.longitude) or a.country != b.country:
        return False
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude) <= SAME_PLACE_KM


#: Actors that stand for a side nobody named: they never tell two sides apart.
_UNNAMED_SIDES = ("Unidentified", "Civilians", "Rioters", "Protesters")


def _another_side(mention: EventMention, group: list[EventMention]) -> bool:
    """Whether a mention tells another kind of act by a side that none of the group's mentions names
    ("SDF and SNA factions fought near the dam. Turkish drones also struck SDF positions"): ACLED's
    event is one day, place, pair of actors and kind of act, so Turkey's strike is an event of its own."""
    actor = mention.actor1
    if actor is None or actor.name.startswith(_UNNAMED_SIDES):
        return False
    if all(m.sub_event_type == mention.sub_event_type for m in group):
        return False  # the same act told with another reading of its actor
    sides = [a for m in group for a in (m.actor1, m.actor2) if a is not None]
    return bool(sides) and all(a.name != actor.name and not _one_state(a, actor) for a in sides)


def _target_answers(mention: EventMention, group: list[EventMention]) -> bool:
    """Whether a mention tells another side's remote violence of another kind against the group's doer, or by the
    group's target ("RSF shelled army positions ... Later, army aircraft bombed RSF positions", "... Later, warplanes
    bombed RSF positions"): another pair's act of another kind is an event of its own (ACLED: one pair of actors and
    one kind of act), unless a battle told as fighting holds both (ACLED.md 1.1: shelling and strikes inside a battle
    are that battle)."""
    actor, target = mention.actor1, mention.actor2
    if actor is None or mention.event_type != "Explosions/Remote violence":
        return False
    if any(_fighting(m) or m.event_type not in _ARMED_VIOLENCE or m.sub_event_type == mention.sub_event_type
           for m in group):
        return False
    doers = [m.actor1 for m in group if m.actor1 is not None]
    if not doers or any(a.name == actor.name or _one_state(a, actor) for a in doers):
        return False
    struck_the_doer = target is not None and any(a.name == target.name for a in doers)
    return struck_the_doer or not actor.name.startswith(_UNNAMED_SIDES)


_STATE_FORCES = ("Military Forces of ", "Police Forces of ", "Security Forces of ", "Government of ")


def _one_state(a: ActorRef, b: ActorRef) -> bool:
    """The forces of one state ("Military Forces of Turkey", "Police Forces of Turkey ... Intelligence"): one side."""
    if not (a.name.startswith(_STATE_FORCES) and b.name.startswith(_STATE_FORCES)):
        return False
    return a.name.split(" of ", 1)[1].split(" (")[0] == b.name.split(" of ", 1)[1].split(" (")[0]


#: Nouns that name an act already told ("in an attack claimed by IS", "the assault") rather than tell a new one.
_NAMING_NOUNS = frozenset({"attack", "attacks", "assault", "violence", "incident", "killing", "killings"})
#: Days before an undated mention's publication (or dateline) date that a dated mention of its kind may be.
UNDATED_WEEK_DAYS = 6


def _undated(date: ResolvedDate | None) -> bool:
    """A date the text does not give: the publication (or dateline) date at week precision."""
    return date is not None and date.precision > 1 and date.rule.startswith("publication")


def _same_day(a: EventMention, b: EventMention) -> bool:
    """One day; or a lead with no date of its own ("forces have detained 30 journalists") and a sentence that
    dates the same kind of act in the week before publication ("arrested the group on Thursday night")."""
    if (a.date.date if a.date else None) == (b.date.date if b.date else None):
        return True
    if a.date is None or b.date is None or _undated(a.date) == _undated(b.date):
        return False
    fallback, dated = (a.date, b.date) if _undated(a.date) else (b.date, a.date)
    return 0 <= (fallback.date - dated.date).days <= UNDATED_WEEK_DAYS


def _state_force(actor: ActorRef | None) -> bool:
    return actor is not None and actor.name.startswith(_STATE_FORCES)


def _part_of(part: EventMention, whole: EventMention) -> bool:
    """Whether ``part`` tells an act inside the event ``whole`` tells, though its kind differs: arrests at a
    demonstration are its intervention (ACLED: Protest with intervention, with the arrests); the forces'
    killing told in a demonstration's sentence ("17 were killed as police fired at students protesting") is
    force against it; "in an attack claimed by IS" after a bombing names the bombing; a riot between gangs that the
    next sentence tells as a fight with guns ("a riot between rival gangs ... the gangs fought with guns and knives")
    is that armed clash (the gangs' fight, not mob violence by rioters)."""
    if _kind(whole) == "demonstration":
        return _crowd_arrested(part) or (
            part.event_type == "Violence against civilians" and _state_force(part.actor1)
            and part.sentence == whole.sentence) or _shot_in_the_firing(part, whole)
    if whole.event_type == "Explosions/Remote violence":
        return part.event_type == "Violence against civilians" and part.trigger.text.lower() in _NAMING_NOUNS
    if whole.sub_event_type == "Armed clash" and _fighting(whole) and part.event_type == "Riots":
        return bool(_armed_sides(part) & _armed_sides(whole))
    if whole.sub_event_type == "Armed clash" and _fighting(whole):
        return _raid_met_with_fire(part, whole)
    return False


def _raid_met_with_fire(part: EventMention, whole: EventMention) -> bool:
    """"Israeli forces raided the camp overnight, where fighters exchanged fire with soldiers": a state force's raid
    that harmed nobody, told in the sentence of a clash the force fought, is that clash (ACLED: a raid met with armed
    resistance is an armed clash), not an attack on the place's civilians besides it."""
    harmed = any(count is not None and count.value for count in (part.fatalities, part.injuries))
    return part.sub_event_type == "Attack" and part.sentence == whole.sentence and not harmed \
        and _state_force(part.actor1) and part.actor1 is not None \
        and part.actor1.name in {a.name for a in (whole.actor1, whole.actor2) if a is not None}


def _armed_sides(mention: EventMention) -> set[str]:
    """The sides of a mention that are non-state armed groups (gangs, militias), not a crowd, its victims nor the
    forces that came to break the riot up (a riot the army stopped is no clash of the army's)."""
    return {a.name for a in (mention.actor1, mention.actor2)
            if a is not None and not a.name.startswith(("Rioters", "Protesters", "Civilians", *_STATE_FORCES))}


#: Words of a shooting: people shot where the forces had fired live rounds.
_SHOOTING = re.compile(r"(?i)^(?:shot|shoot|shooting|gunned|gunfire|bullet)")
#: How far (characters) after the firing a shooting with no shooter named is told with it.
_FIRING_FOLLOWS = 400


def _shot_in_the_firing(part: EventMention, whole: EventMention) -> bool:
    """"Police fired tear gas and live rounds at protesters. ... At least five people were shot dead outside
    parliament": a shooting whose shooter goes unnamed, told right after state forces fired on a crowd at that place
    (Excessive force), is their firing's toll, not an attack by an unidentified group."""
    shooter = part.actor1
    return whole.sub_event_type == "Excessive force against protesters" and _state_force(whole.actor2) \
        and part.event_type == "Violence against civilians" and bool(_SHOOTING.match(part.trigger.text)) \
        and (shooter is None or (shooter.name.startswith("Unidentified") and shooter.span is None)) \
        and 0 <= part.sentence.start - whole.sentence.end <= _FIRING_FOLLOWS


#: The fewest people arrested that make arrests told beside a demonstration its intervention: one arrest named
#: there is more often what the demonstrators protest ("against the arrest of the editor. He was arrested ...").
CROWD_ARRESTS = 2


def _crowd_arrested(mention: EventMention) -> bool:
    """Arrests of demonstrators, or of several people ("47 people were arrested"), not of one man."""
    if mention.sub_event_type != "Arrests":
        return False
    if mention.actor2 is not None and mention.actor2.name.startswith(("Protesters", "Rioters")):
        return True
    return mention.arrests is not None and mention.arrests.value >= CROWD_ARRESTS


def _one_kind(a: EventMention, b: EventMention) -> bool:
    return _kind(a) == _kind(b) or _part_of(a, b) or _part_of(b, a)


#: Words that tell an act answering another: the other side's act, an event of its own.
_REPRISAL = re.compile(r"\b(?:reprisal|retaliat\w*|revenge|counter-?attack\w*)\b", re.I)


def _reprisal(mention: EventMention, group: list[EventMention]) -> bool:
    """"Meanwhile, a reprisal attack by youths on a Fulani settlement left two herders dead": the answer to the
    event told before is another event, with the sides turned round, whatever place and day they share."""
    return bool(_REPRISAL.search(mention.sentence.text)) and not any(
        _REPRISAL.search(m.sentence.text) for m in group)


#: A live blog's entry opens with its time ("14:05 GMT - ", "9.30am:", "16:45 BST |"): each entry is a dispatch.
_ENTRY = re.compile(r"(?m)^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:GMT|UTC|BST|CET|CEST|EST|EDT|IST|local time|hrs|[ap]\.?m\.?)?"
                    r"[ \t]*[-\u2013\u2014:|][ \t]")


def live_blog_entries(text: str) -> list[int]:
    """Where each timed entry of a live blog starts; empty unless the text has two entries or more."""
    starts = [m.start() for m in _ENTRY.finditer(text)]
    return starts if len(starts) >= 2 else []


def _entry(mention: EventMention, entries: list[int]) -> int:
    return bisect_right(entries, mention.sentence.start)


def _same_event(mention: EventMention, group: list[EventMention], entries: list[int] | None = None) -> bool:
    if not all(_same_day(mention, m) and _one_kind(mention, m) for m in group):
        return False
    if entries and any(_entry(m, entries) != _entry(mention, entries) and m.sub_event_type != mention.sub_event_type
                       and not _shot_in_the_firing(mention, m) for m in group):
        return False  # "14:05 GMT - Israel ... struck Hezbollah targets" and "16:45 GMT - Iran launches missiles"
    if any(mention.placed_apart(m) for m in group):
        return False
    if _reprisal(mention, group):
        return False
    if _another_side(mention, group) and not any(_part_of(mention, m) for m in group):
        return False  # (the forces that arrest at a demonstration are the side that intervenes in it)
    if _target_answers(mention, group):
        return False
    # "Turkish jets struck PKK targets in northern Iraq. Planes targeted positions in Sidakan": a place that
    # is only the country is any place of that country, and a group keeps to its one precise place
    known = [m.place for m in group if m.place is not None and not m.place.country_only]
    if mention.place is not None and mention.place.country_only:
        return all(p.country == mention.place.country for p in known) and any(
            m.place is not None and m.place.country == mention.place.country for m in group)
    if not known and mention.place is not None:
        return all(m.place is not None and m.place.country == mention.place.country for m in group)
    return any(_same_place(mention.place, p) for p in known)


def group_mentions(mentions: Iterable[EventMention], entries: list[int] | None = None) -> list[list[EventMention]]:
    """The mentions of each event, in text order: same day, same kind of action, same place. In a live blog
    (``entries``: where its timed entries start) another kind of act in another entry is another event."""
    groups: list[list[EventMention]] = []
    for mention in mentions:
        group = next((g for g in groups if _same_event(mention, g, entries)), None)
        if group is None:
            groups.append([mention])
        else:
            group.append(mention)
    return groups


def _best_date(mentions: list[EventMention]) -> ResolvedDate | None:
    dates = [m.date for m in mentions if m.date]
    return min(dates, key=lambda d: (d.precision, -d.confidence)) if dates else None


def _best_place(mentions: list[EventMention]) -> ResolvedPlace | None:
    places = [m.place for m in mentions if m.place]
    return min(places, key=lambda p: (p.geo_precision, -p.confidence)) if places else None


def _largest(counts: Iterable[Count | None], text: str = "") -> Count | None:
    """The event's figure from its mentions' figures: a later mention retells or updates the figure, so the
    largest wins; but where two reporters give figures of the same victims, the lowest (ACLED's conservative
    rule: "killing five soldiers, sources said" beside "the group said it killed 12 soldiers")."""
    present = [c for c in counts if c is not None]
    if not present:
        return None
    largest = max(present, key=lambda c: (c.value, c.exact))
    rivals = [c for c in present if c.claimed_by and largest.claimed_by and c.claimed_by != largest.claimed_by
              and _victims(text, c) & _victims(text, largest)]
    return min(rivals, key=lambda c: (c.value, not c.exact)) if rivals and min(c.value for c in rivals) < largest.value else largest


def _fatalities(analysis: Analysis, mentions: list[EventMention]) -> Count | None:
    """The event's deaths: the largest report (``_largest``), plus the dead a later mention tells who are other
    victims than those told before it ("also", "later that night", another side: ``counts_other_dead``)."""
    ordered = sorted(mentions, key=lambda m: m.sentence.start)
    extra = [m for m in ordered if m.fatalities is not None and counts_other_dead(
        analysis, m, [o for o in ordered if o.sentence.end <= m.sentence.start and o.fatalities is not None])]
    base = _largest((m.fatalities for m in mentions if m not in extra), analysis.text)
    if base is None or not extra:
        return base
    added = [m.fatalities for m in extra if m.fatalities is not None]
    return Count(base.value + sum(c.value for c in added), base.span, base.claimed_by,
                 base.exact and all(c.exact for c in added))


_VICTIM_WORD = re.compile(r"[a-z]{4,}")
_NOT_VICTIMS = frozenset({"were", "have", "been", "said", "also", "least", "more", "than", "over", "about", "some"})


def _victims(text: str, count: Count) -> set[str]:
    """The words right after a figure ("12 soldiers" -> {"soldier"}): whom it counts, singular or plural ("two
    soldiers" and "one soldier" are the same victims)."""
    if count.span is None or not text:
        return set()
    return {w.removesuffix("s") for w in _VICTIM_WORD.findall(text[count.span.end:count.span.end + 30].lower())[:3]
            if w not in _NOT_VICTIMS}


def _first_actor(mentions: list[EventMention], role: str, primary: EventMention) -> ActorRef | None:
    """The most confident actor, from the mentions that read the event as the record's type if any do
    (a riot's actor1 is the rioters, not the protesters of an earlier sentence). Where two mentions name the same
    two sides in turned order, the one told first names them (``_sides_as_told_first``)."""
    told = _sides_as_told_first(mentions, primary)
    if told is not None:
        return told[0] if role == "actor1" else told[1]
    actors = [getattr(m, role) for m in mentions if getattr(m, role) is not None]
    typed = [getattr(m, role) for m in mentions if getattr(m, role) is not None and m.event_type == primary.event_type]
    return max(typed or actors, key=lambda a: a.confidence) if actors else None


def _sides_as_told_first(mentions: list[EventMention], primary: EventMention) -> tuple[ActorRef, ActorRef] | None:
    """"Terrorists attacked a checkpost ... The attackers fled after an exchange of fire with police": the sentence
    told first says who attacked whom (ACLED's actor1 is the side that began it); a later sentence that names the
    same two sides the other way round retells the fight, it does not turn it round."""
    pairs = [(m, p) for m in sorted(mentions, key=lambda m: m.trigger.start)
             if m.event_type == primary.event_type and (p := _two_sides(m)) is not None]
    if not pairs:
        return None
    first, (one, other) = pairs[0]
    turned = any(a.name == other.name and b.name == one.name and m.sentence.start != first.sentence.start
                 for m, (a, b) in pairs[1:])
    return (one, other) if turned else None


def _two_sides(mention: EventMention) -> tuple[ActorRef, ActorRef] | None:
    one, other = mention.actor1, mention.actor2
    return (one, other) if one is not None and other is not None and one.name != other.name else None


def _joined(names: Iterable[str]) -> str | None:
    unique = list(dict.fromkeys(n for n in names if n))
    return "; ".join(unique) or None


def _add(evidence: dict[str, list[Span]], name: str, span: Span | None) -> None:
    if span is not None and span not in evidence.setdefault(name, []):
        evidence[name].append(span)


def _notes(mentions: list[EventMention], dateline_end: int | None = None) -> str:
    """The event's sentences in one line, without the dateline ("MEXICO CITY (AP) -"): furniture, not notes."""
    def told(m: EventMention) -> str:
        cut = dateline_end - m.sentence.start if dateline_end is not None and m.sentence.start < dateline_end else 0
        return " ".join(m.sentence.text[max(0, cut):].split())
    sentences = list(dict.fromkeys(t for t in map(told, mentions) if t))
    text = " ".join(sentences)
    return text if len(text) <= _NOTES_CHARS else text[: _NOTES_CHARS - 1].rstrip() + "…"


def assemble_event(analysis: Analysis, mentions: list[EventMention]) -> Event:
    """One record from the mentions of one event."""
    primary = max(mentions, key=lambda m: (_precedence(m, mentions), m.confidence))
    document = analysis.document
    date, place = _best_date(mentions), _best_place(mentions)
    actor1, actor2 = _first_actor(mentions, "actor1", primary), _first_actor(mentions, "actor2", primary)
    if actor1 is not None and actor2 is not None and actor2.name == actor1.name and not any(
            m.actor1 is not None and m.actor2 is not None and m.actor1.name == m.actor2.name for m in mentions):
        # one mention's attacker is another's target ("the drone hit a base, the army said, blaming the ELN"):
        # a side does not fight itself unless one mention says so ("clashes between two clans")
        others = [m for m in mentions if m.actor2 is not None and m.actor2.name != actor1.name]
        actor2 = _first_actor(others, "actor2", primary) if others else None
    # A protest that no one harmed has no deaths of its own: deaths told with it are its cause or its
    # background ("protested over the killing of 3 brothers"); lethal force would make it Excessive force.
    event_type, sub_event_type = primary.event_type, primary.sub_event_type
    if _kind(primary) == "demonstration" and sub_event_type != "Violent demonstration" and any(
            m.event_type == "Violence against civilians" and _state_force(m.actor1) and m.fatalities is not None
            and m.fatalities.value > 0 for m in mentions):
        sub_event_type = "Excessive force against protesters"  # the forces killed people at the demonstration
    arrests = _largest((m.arrests for m in mentions), analysis.text)
    if sub_event_type == "Peaceful protest" and arrests is not None and arrests.value >= CROWD_ARRESTS:
        sub_event_type = "Protest with intervention"  # people were arrested at it ("22 were detained after")
    harmless = sub_event_type in _NO_DEATHS
    fatalities = None if harmless else _fatalities(analysis, mentions)
    injuries = _largest((m.injuries for m in mentions), analysis.text)
    country = (place.country if place else None) or analysis.extras.get("country") or document.country

    evidence: dict[str, list[Span]] = {}
    for mention in mentions:
        _add(evidence, "event_type", mention.trigger)
        _add(evidence, "sentence", mention.sentence)
        for name, spans in mention.evidence.items():
            for span in spans:
                _add(evidence, name, span)
    _add(evidence, "event_date", date.span if date else None)
    _add(evidence, "location", place.span if place else None)
    _add(evidence, "actor1", actor1.span if actor1 else None)
    _add(evidence, "actor2", actor2.span if actor2 else None)
    _add(evidence, "fatalities", fatalities.span if fatalities else None)
    _add(evidence, "injuries", injuries.span if injuries else None)
    _add(evidence, "arrests", arrests.span if arrests else None)

    scored = record_confidence(analysis, mentions, date=date, place=place, actor1=actor1, actor2=actor2,
                               fatalities=fatalities)
    confidence = {**scored.fields, "place": scored.fields["location"]}

    # the associates of the record's own kind: a killing inside a demonstration names its victims' side too
    told = [m for m in mentions if _kind(m) == _kind(primary)] or mentions
    inter1 = actor1.inter if actor1 else None
    inter2 = actor2.inter if actor2 else None
    key = _group_key(primary)
    event = Event(
        event_id=make_event_id(document.id, key, primary.sub_event_type, primary.trigger.start),
        doc_id=document.id,
        event_date=date.date.isoformat() if date else None,
        time_precision=date.precision if date else None,
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=actor1.name if actor1 else None,
        assoc_actor_1=_joined(a.name for m in told for a in m.assoc_actor_1),
        inter1=inter1,
        actor2=actor2.name if actor2 else None,
        assoc_actor_2=_joined(a.name for m in told for a in m.assoc_actor_2),
        inter2=inter2,
        interaction=interaction_code(inter1, inter2),
        country=country,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        admin3=place.admin3 if place else None,
        location=place.location if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        source=_joined(analysis.extras.get("outlets") or [document.source or ""]),
        notes=_notes(mentions, analysis.anatomy.dateline.span.end if analysis.anatomy.dateline is not None else None),
        fatalities=fatalities.value if fatalities else 0,
        injuries=injuries.value if injuries else None,
        arrests=arrests.value if arrests else None,
        claims=[claim for m in mentions for claim in m.claims],
        evidence=evidence,
        field_confidence=confidence,
        confidence=scored.overall,
        sources=[document.id],
    )
    analysis.extras.setdefault("confidence", {})[event.event_id] = scored.reasons  # --explain shows them
    return event


#: Two days joined in one phrase ("on Friday and Saturday", "on Friday and on Saturday").
_AND_DAYS = re.compile(r"^\s*(?:and|&)\s+(?:on\s+)?$", re.I)
_A_NIGHT = re.compile(r"(?i)\b(?:between|night|evening|overnight)\b")
#: A range of days ("from Monday to Wednesday", "between 3 and 5 March", "3-5 March"): what opens it, what joins it.
_RANGE_OPENS = re.compile(r"(?i)\b(?P<word>between|from)\s+(?:the\s+)?$")
_RANGE_JOINS = re.compile(r"(?i)^\s*(?:(?P<and>and)|to|until|till|through|[-\u2013])\s*(?:the\s+)?$")
#: A range told in brackets after a date, as the days it lies in ("Around 4 May (3-4 May)"): ACLED codes one event
#: at the approximate date (precision 2), the day unknown, not one a day.
_A_GLOSS = re.compile(r"\(\s*$")
_NIGHT_BETWEEN = re.compile(r"(?i)\b(?:night|evening|overnight)\s+(?:of\s+)?$")
#: The most days apart the first and last days of one phrase may be (a week's days; longer ranges are periods).
_TWO_DAYS_APART = 6


def _joined_days(analysis: Analysis, one: DateExpression, two: DateExpression) -> str | None:
    """How two dates are joined: "and" (two days, "on Friday and Saturday"), "range" (every day from the first to the
    last, "from Monday to Wednesday", "between 3 and 5 March") or None (not one phrase, or one night)."""
    text = analysis.text
    between = text[one.end:two.start]
    opens = _RANGE_OPENS.search(text, max(0, one.start - 20), one.start)
    joins = _RANGE_JOINS.match(between)
    if joins and (opens is not None or re.fullmatch(r"\s*[-\u2013]\s*", between)) and (
            joins.group("and") is None or (opens is not None and opens.group("word").lower() == "between")):
        if _NIGHT_BETWEEN.search(text, max(0, one.start - 30), opens.start() if opens else one.start) \
                or re.search(r"(?i)\b(?:night|evening)\b", one.text):
            return None  # "the night between Sunday and Monday", "Friday night to Saturday": one night
        if _A_GLOSS.search(text, max(0, one.start - 20), opens.start() if opens else one.start):
            return None  # "Around 28 April (from 27 - 29 April)": the days an approximate date lies in
        return "range"
    if not _AND_DAYS.match(between):
        return None
    if _A_NIGHT.search(text, max(0, one.start - 12), one.start) or _A_NIGHT.search(one.text):
        return None  # "the night between Friday and Saturday", "Friday night and Saturday morning": one night
    return "and"


def _days_told(analysis: Analysis, mentions: list[EventMention], event: Event
               ) -> tuple[dt.date, Span, list[tuple[dt.date, Span]]] | None:
    """The days of an event told over several days at one place, in the sentence whose day the record took: its first
    day with that day's span, and each later day with its span. Two days named together ("In police firing in the
    city on Friday and Saturday, five people died") or a range ("From Monday to Wednesday, 12 people were killed in
    clashes", every day from the first to the last, whichever of them the record took)."""
    date = next((m.date for m in mentions if m.date is not None and m.date.span is not None
                 and str(event.event_date) == m.date.date.isoformat() and m.date.precision == 1), None)
    if date is None or date.span is None:
        return None
    resolved = sorted(((e, v) for e, v in analysis.extras.get("dates") or [] if v is not None), key=lambda p: p[0].start)
    at = next((i for i, (e, _) in enumerate(resolved) if e.start == date.span.start), None)
    if at is None or any(e.role == "approximate" and e.start < date.span.start and re.fullmatch(
            r"[^.;\n]*", analysis.text[e.end:date.span.start]) for e, _ in resolved):
        return None  # ("Around 27 April, from 27 to 28 April, ...": one event at the approximate date)
    for first in (at, at - 1):  # (the record may have taken the range's last day)
        if first < 0 or first + 1 >= len(resolved):
            continue
        (one, opened), (two, closed) = resolved[first], resolved[first + 1]
        joined = _joined_days(analysis, one, two)
        if joined is None or opened.precision != 1 or closed.precision != 1 or one.role not in EVENT_ROLES:
            continue
        if two.role != one.role and not (joined == "range" and two.role == "until"):
            continue
        if not 0 < (closed.date - opened.date).days <= _TWO_DAYS_APART or (joined == "and" and first != at):
            continue
        whole = Span(one.start, two.end, analysis.text[one.start:two.end])
        last = (closed.date, Span(two.start, two.end, two.text))
        between = [] if joined == "and" else [(opened.date + dt.timedelta(days=k), whole)
                                              for k in range(1, (closed.date - opened.date).days)]
        return opened.date, Span(one.start, one.end, one.text), [*between, last]
    return None


def _spread_over_days(analysis: Analysis, events: list[Event], groups: list[list[EventMention]]) -> list[Event]:
    """ACLED's events are atomic by day (ACLED.md 1.4) and a figure told for several days is spread over the days'
    events (1.5): an event told over two days or a range of days at one place is a record a day, dated from the
    first, each figure split evenly and what does not divide given a death each to the earliest days (5 over two
    days: 3 and 2; 7 over three: 3, 2, 2). Not where the document tells one of the other days at that place as an
    event of its own."""
    out: list[Event] = []
    for event, group in zip(events, groups):
        out.append(event)
        told = _days_told(analysis, group, event)
        if told is None:
            continue
        first, first_span, later = told
        if any(str(e.event_date) == day.isoformat() and e.location == event.location
               for e in events if e is not event for day, _ in later):
            continue
        if str(event.event_date) != first.isoformat():  # the record took the range's last day: it opens on the first
            event.event_date = first
            event.evidence = {**event.evidence, "event_date": [first_span]}
        # each figure told for the days together is split (arrests and injuries as the deaths)
        shares = {name: _shares(value, len(later) + 1) for name in ("fatalities", "injuries", "arrests")
                  if (value := getattr(event, name)) is not None}
        for name, parts in shares.items():
            setattr(event, name, parts[0])
        confidence = analysis.extras.setdefault("confidence", {})
        for k, (day, span) in enumerate(later, start=1):
            copy = replace(event, event_id=make_event_id(event.doc_id, day.isoformat(), event.event_id),
                           event_date=day.isoformat(), evidence={**event.evidence, "event_date": [span]},
                           claims=list(event.claims), **{name: parts[k] for name, parts in shares.items()})
            confidence[copy.event_id] = confidence.get(event.event_id)
            out.append(copy)
    return out


def _shares(value: int, days: int) -> list[int]:
    """``value`` split over ``days`` as evenly as whole numbers go, the remainder one each to the earliest days."""
    base, rest = divmod(value, days)
    return [base + (1 if k < rest else 0) for k in range(days)]


class AssembleStage:
    name = "assemble"
    requires: tuple[str, ...] = ("mentions",)
    assigns: tuple[str, ...] = ("events",)

    def __call__(self, analysis: Analysis) -> None:
        entries = live_blog_entries(analysis.text)
        groups = group_mentions(analysis.mentions, entries)
        # a death from an event's wounds told on a later day ("also died of his wounds on Tuesday") is counted on
        # that event (stage counts) and makes no record of its own
        groups = [g for g in groups if len(groups) == 1 or not all(yielded_its_figures(analysis, m) for m in g)]
        events = [assemble_event(analysis, group) for group in groups]
        analysis.events = _spread_over_days(analysis, events, groups)


def create(config: PipelineConfig) -> AssembleStage:
    return AssembleStage()
