"""The actors stage: actor1, actor2 and associated actors of each event mention, in ACLED's names.

Reads each mention's sub-event type, sentence, date (else the publication date) and country
(the mention's place, else the document's); writes :class:`~eventcoder.analysis.ActorRef` objects
with the phrase that supports each and a confidence. With a trained model (``eventcoder train``),
the learned actor names refine the lexicon's choice. An event at sea that names no place on land is moved to
the coast of the state that takes part (``mention.place``, at the country's precision; see geo/waters.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..actors.cues import used_force
from ..actors.lexicon import CountryEntry
from ..actors.resolver import ActorResolver
from ..actors.roles import ARMED_KINDS, ActorContext, RoleAssignment, actor_for_match
from ..actors.training import ActorModel, load_actor_model, model_path
from ..analysis import ActorRef, Analysis, EventMention, ResolvedPlace
from ..classify.detect import HARM_TOLD_AFTER
from ..classify.victims import CRIMINAL_VICTIM_RULE
from ..geo.waters import coastal_states, water_named
from ..pipeline import PipelineConfig
from ..record import Span
from ..taxonomy import event_type_of

__all__ = ["ActorsStage", "create"]


class ActorsStage:
    """Names the actors of every mention (see docs/ACTORS.md)."""

    name = "actors"
    requires: tuple[str, ...] = ("doc", "mentions")
    assigns: tuple[str, ...] = ("mentions.actor1", "mentions.actor2", "mentions.assoc_actor_1", "mentions.assoc_actor_2")

    def __init__(self, resolver: ActorResolver, model: ActorModel | None = None) -> None:
        self.resolver = resolver
        self.model = model

    def context(self, analysis: Analysis, mention: EventMention) -> ActorContext:
        names = [mention.place.country if mention.place else None, analysis.extras.get("country"),
                 analysis.document.country]
        # the first name the lexicon knows: a place's country spelt another way falls back to the document's
        country = next((n for n in names if n and self.resolver.country(n) is not None), None) \
            or next((n for n in names if n), None)
        on = mention.date.date if mention.date else analysis.published
        as_of = self.model.as_of if self.model is not None and self.model.as_of else None
        if "actors.speaker" not in analysis.extras:
            analysis.extras["actors.speaker"] = self._speaker(analysis)
        return replace(self.resolver.context(country, on, as_of), speaker=analysis.extras["actors.speaker"])

    def __call__(self, analysis: Analysis) -> None:
        text = analysis.text
        previous: EventMention | None = None
        done: list[EventMention] = []
        for mention in sorted(analysis.mentions, key=lambda m: m.sentence.start):
            context = self.context(analysis, mention)
            start, end = mention.sentence.start, mention.sentence.end
            roles = self.resolver.resolve(text, start, end, mention.sub_event_type, context, analysis.doc)
            if roles.sub_event_type is not None and not _criminal_victim(mention, roles.sub_event_type, roles.actor1,
                                                                         text):
                # the actors show another sub-type (an attack on soldiers: a clash)
                mention.rule = f"{mention.rule} + {roles.why} -> {roles.sub_event_type}"
                mention.sub_event_type, mention.event_type = roles.sub_event_type, event_type_of(roles.sub_event_type)
                roles = self.resolver.resolve(text, start, end, mention.sub_event_type, context, analysis.doc)
            if (coast := _coast_at_sea(text, mention, roles, self.resolver)) is not None:
                # an event at sea: coded to the coast of the state that takes part, its actors named there
                mention.place = coast
                context = self.context(analysis, mention)
                roles = self.resolver.resolve(text, start, end, mention.sub_event_type, context, analysis.doc)
            if roles.actor2 is None and mention.sub_event_type == "Attack" and HARM_TOLD_AFTER in mention.rule:
                civilians = f"Civilians ({context.country.name})" if context.country else "Civilians"
                roles.actor2 = ActorRef(civilians, 7, None, 0.65)  # the people harmed, told in the next sentence
            if self.model is not None:
                roles = self.model.refine(roles, text=text, sentence=text[start:end], sub_event_type=mention.sub_event_type,
                                          context=context, offset=start)
            if previous is not None and "\n" not in text[previous.sentence.end:start]:
                roles.actor1 = _pronoun_subject(text, mention, roles.actor1, previous) or roles.actor1
            roles.actor1 = _group_named_before(text, roles.actor1, done) or roles.actor1
            roles.actor1 = _group_of_the_wave(text, mention, roles.actor1, done) or roles.actor1
            roles.actor1 = _weapon_owner_before(text, mention, roles.actor1, done) or roles.actor1
            if (doers := _unnamed_doers(text, mention, roles.actor1)) is not None:
                unidentified = f"Unidentified Armed Group ({context.country.name})" if context.country \
                    else "Unidentified Armed Group"
                roles.actor1, roles.assoc_actor_1 = ActorRef(unidentified, 3, doers, 0.5), []
            roles.actor1 = _some_of_the_crowd(text, mention, roles.actor1, done) or roles.actor1
            if mention.event_type == "Riots" and roles.actor2 is None:
                roles.actor2 = self._force_in_follow_up(analysis, mention, context)
            if mention.sub_event_type == "Excessive force against protesters" and (
                    roles.actor2 is None or roles.actor2.span is None):
                # ("Hundreds protested in Kut. Gunmen opened fire on the crowd": the gunmen, not a police by default)
                roles.actor2 = self._force_in_follow_up(analysis, mention, context, kinds=ARMED_KINDS) or roles.actor2
            if _demonstrators_destroying(mention, roles.actor1):
                mention.event_type, mention.sub_event_type = "Riots", "Violent demonstration"
                mention.rule = f"{mention.rule} + demonstrators as actor -> Violent demonstration"
                rioters = f"Rioters ({context.country.name})" if context.country else "Rioters"
                roles.actor1 = ActorRef(rioters, 5, roles.actor1.span, roles.actor1.confidence)  # type: ignore[union-attr]
            if mention.sub_event_type == "Arrests" and roles.actor1 is not None and roles.actor1.inter in (2, 3, 4):
                # detention by a non-state group is an abduction (ACLED codebook)
                mention.sub_event_type = "Abduction/forced disappearance"
                mention.event_type = event_type_of(mention.sub_event_type)
                mention.rule = f"{mention.rule} + arrested by a non-state group -> Abduction/forced disappearance"
            if _taken_by_a_foreign_state(mention, roles.actor1):
                roles = self.resolver.resolve(text, start, end, mention.sub_event_type, context, analysis.doc)
            _territory_by_actor(mention, roles.actor1)
            if (resisting := self._armed_resistance(analysis, mention, roles, context)) is not None:
                # an attack that the forces fought back ("police returned fire") is an armed clash (ACLED codebook)
                mention.rule = f"{mention.rule} + met by armed resistance ({resisting.name}) -> Armed clash"
                mention.sub_event_type, mention.event_type = "Armed clash", event_type_of("Armed clash")
                roles.actor2 = resisting
            previous = mention
            done.append(mention)
            mention.actor1 = roles.actor1
            mention.actor2 = roles.actor2
            mention.assoc_actor_1 = roles.assoc_actor_1
            mention.assoc_actor_2 = roles.assoc_actor_2
            if roles.notes:  # (an actor read from weak evidence says so in the reading's explanation)
                mention.rule = f"{mention.rule} + {'; '.join(roles.notes)}"
            for field_name in ("actor1", "actor2"):
                ref = getattr(roles, field_name)
                if ref is not None:
                    mention.field_confidence[field_name] = ref.confidence

    def _speaker(self, analysis: Analysis) -> CountryEntry | None:
        """The state whose voice a post or statement is ("Russian Ministry of Defence", else the document's given
        country): the owner of "our forces"."""
        source = analysis.document.source or ""
        for match in self.resolver.matcher.find(source) if source else ():
            state = match.country or (self.resolver.country(match.unit.country) if match.unit is not None else None)
            if state is not None:
                return state
        return self.resolver.country(analysis.document.country) if analysis.document.country else None

    def _armed_resistance(self, analysis: Analysis, mention: EventMention, roles: RoleAssignment,
                          context: ActorContext) -> ActorRef | None:
        """"Militants stormed the temple, hurling grenades. Policemen guarding it returned fire and killed two of
        them": an armed group's attack that a state's forces fought back is an armed clash between the two (ACLED:
        an attack met by armed resistance), told in the attack's sentence after its trigger or in the next one."""
        if mention.sub_event_type != "Attack" or roles.actor1 is None or roles.actor1.inter not in (2, 3) \
                or analysis.doc is None:
            return None
        text = analysis.text
        windows = [(mention.trigger.end, mention.sentence.end)]
        following = next((s for s in analysis.doc.sents if s.start_char >= mention.sentence.end), None)
        if following is not None:
            windows.append((following.start_char, following.end_char))
        for start, end in windows:
            cue = _RESISTANCE.search(text, start, end)
            if cue is None:
                continue
            clause = max(start, text.rfind(",", start, cue.start()) + 1, text.rfind(";", start, cue.start()) + 1)
            for match in self.resolver.matcher.find(text[clause:cue.start()], offset=clause, within=text):
                if match.kind == "state":
                    resolved = actor_for_match(match, context, text, sub_event_type="Armed clash")
                    if resolved is not None and resolved[0].inter in (1, 8):
                        return resolved[0]
            return None
        return None

    def _force_in_follow_up(self, analysis: Analysis, mention: EventMention, context: ActorContext, *,
                            kinds: frozenset[str] = frozenset({"state"})) -> ActorRef | None:
        """"By nightfall, riots started in Ahmedabad. While six people were injured in police firing, 12 were
        killed by the rioters": a force that used force in a sentence merged into the riot is its other side;
        ``kinds``: the kinds of actor phrase that may be that force (armed men too, for force on a protest)."""
        doc, text = analysis.doc, analysis.text
        if doc is None:
            return None
        for span in mention.evidence.get("event_type", []):
            if mention.sentence.start <= span.start < mention.sentence.end:
                continue
            words = doc.char_span(span.start, span.end, alignment_mode="expand")
            if words is None:
                continue
            sentence = words.sent
            start, end = sentence.start_char, sentence.end_char
            for match in self.resolver.matcher.find(text[start:end], offset=start, within=text):
                if match.kind in kinds and used_force(text, match):
                    resolved = actor_for_match(match, context, text, sub_event_type=mention.sub_event_type)
                    if resolved is not None:
                        return resolved[0]
        return None


#: Words that tell a side fighting back: "returned fire", "fired back", "repulsed the attack".
_RESISTANCE = re.compile(r"\b(?:return(?:ed|ing)?\s+(?:the\s+)?fire|fir(?:ed|ing)\s+back|repuls(?:ed|ing)\s+(?:the|an)\s+"
                         r"(?:attack|assault)|fought\s+(?:them\s+)?back|engaged\s+(?:the\s+)?(?:attackers|militants|gunmen))\b",
                         re.I)


_SUBJECT_PRONOUN = re.compile(r"\s*(They|He|She)\b")
_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|had been|have been|has been|got)\s+\w+(?:ed|en)\b")


_STATE_ACTOR = re.compile(r"(?:Military|Police|Security) Forces of (?:the )?(?P<country>.+?)(?: \(|$)")


def _coast_at_sea(text: str, mention: EventMention, roles: RoleAssignment, resolver: ActorResolver) -> ResolvedPlace | None:
    """"The Houthis fired missiles at a tanker in the Red Sea": an event at sea whose sentence names no place on
    land is coded, as ACLED codes events at sea, to the nearest coast; from the text, that of the first state
    among its actors (actor1, then actor2) whose coast the sea washes, at the country's precision."""
    sea = water_named(text, mention.sentence.start, mention.sentence.end)
    place = mention.place
    if sea is None or place is not None and place.span is not None and not place.country_only \
            and mention.sentence.start <= place.span.start < mention.sentence.end:
        return None
    coasts = coastal_states(sea.group(0))
    for ref in (roles.actor1, roles.actor2):
        named = _STATE_ACTOR.match(ref.name) if ref is not None and ref.span is not None else None
        state = resolver.country(named.group("country")) if named else None
        if state is not None and state.name in coasts:
            if place is not None and place.country == state.name:
                return None
            return ResolvedPlace(state.name, None, None, None, None, None, None, 3, 0.3, country_only=True)
    return None


_CRIMINALS_TOLD = re.compile(re.escape(CRIMINAL_VICTIM_RULE) + r" '([^']+)'")


def _criminal_victim(mention: EventMention, sub_event_type: str, actor1: ActorRef | None = None,
                     text: str = "") -> bool:
    """A killing retyped as a battle because the report calls the victim a trafficker or a gang member
    (classify/victims.py) stays one, though the actors' sentence names the victim only as "a man"; so does an
    attack whose harm was told in the next sentence (classify/detect.py). Not where the criminals named are the
    attackers the actors found ("Viv Ansanm gang members attacked the town, killing 15 residents")."""
    told = _CRIMINALS_TOLD.search(mention.rule)
    attackers = told is not None and actor1 is not None and actor1.span is not None and (
        told.group(1).lower() in actor1.span.text.lower()
        # ("Gang members of the Viv Ansanm coalition attacked": the group's men)
        or re.search(re.escape(told.group(1)) + r"\s+(?:of|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
                     text[max(0, actor1.span.start - 60):actor1.span.start], re.I) is not None)
    return (sub_event_type == "Attack" and mention.sub_event_type == "Armed clash"
            and CRIMINAL_VICTIM_RULE in mention.rule and not attackers) or (
        # property burned and people harmed told next: an attack, though the burning's sentence names no victim
        sub_event_type == "Looting/property destruction" and HARM_TOLD_AFTER in mention.rule)


def _pronoun_subject(text: str, mention: EventMention, found: ActorRef | None,
                     previous: EventMention) -> ActorRef | None:
    """"...launched another day of protests. They set fire to billboards": a sentence whose subject is a
    pronoun continues the previous event's actor1; an actor named later in the sentence is what the subject
    acts on ("the office of a militia linked to the regime"), unless the verb is passive."""
    match = _SUBJECT_PRONOUN.match(text, mention.sentence.start)
    if match is None or previous.actor1 is None or _PASSIVE_AFTER.match(text, match.end()):
        return None  # ("They were attacked by gunmen": the pronoun is the target)
    if found is not None and found.span is not None and found.span.start < match.end():
        return None
    span = Span(match.start(1), match.end(1), match.group(1))
    return ActorRef(previous.actor1.name, previous.actor1.inter, span, round(previous.actor1.confidence * 0.8, 3))


#: "the rebels", "the militants": a definite generic phrase that points back to the armed group named before.
_DEFINITE_GENERIC = re.compile(r"(?i)\bthe\s+(?:rebels|militants|insurgents|jihadists|guerrillas|guerillas|fighters|"
                               r"militia|militiamen|group)\s*$")


def _group_named_before(text: str, found: ActorRef | None, earlier: list[EventMention]) -> ActorRef | None:
    """"M23 rebels took Rubaya ... Fighting began on Sunday, when the rebels attacked army positions": a definite
    generic phrase names the last armed group (inter 2 or 3) an earlier event of the story named."""
    if found is None or found.span is None or not found.name.startswith("Unidentified Armed Group"):
        return None
    if not _DEFINITE_GENERIC.search(text, max(0, found.span.start - 4), found.span.end):
        return None
    for mention in reversed(earlier):
        for ref in (mention.actor1, mention.actor2):
            if ref is not None and ref.span is not None and ref.inter in (2, 3) \
                    and not ref.name.startswith("Unidentified"):
                return ActorRef(ref.name, ref.inter, found.span, round(ref.confidence * 0.8, 3))
    return None


#: Unnamed people told as the doers of a looting or a burning in their own clause ("..., and on Thursday night looters
#: ransacked the port"): an armed group named in another clause did not do it.
_UNNAMED_DOERS = re.compile(r"(?i)\b(?:looters|vandals|arsonists|thieves|robbers|unknown\s+(?:people|persons|men))\b")
_CLAUSE_OPENS = re.compile(r"(?:,\s*(?:and|but|while|as)|;|\bwhile|\bbut)\s")


def _unnamed_doers(text: str, mention: EventMention, found: ActorRef | None) -> Span | None:
    """The unnamed doers the trigger's clause names, where ``found`` comes from another clause."""
    if mention.sub_event_type != "Looting/property destruction" or found is None or found.span is None:
        return None
    opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, mention.sentence.start, mention.trigger.start)]
    clause = opens[-1] if opens else mention.sentence.start
    doers = _UNNAMED_DOERS.search(text, clause, mention.trigger.start) if found.span.end <= clause else None
    return Span(doers.start(), doers.end(), doers.group(0)) if doers is not None else None


_WEAPON_WORD = re.compile(r"(?i)\b(drone|uav|missile|rocket)s?\b")


def _weapon_owner_before(text: str, mention: EventMention, found: ActorRef | None,
                         earlier: list[EventMention]) -> ActorRef | None:
    """"Air defences destroyed 46 Ukrainian drones over Belgorod. ... a drone hit a car in Shebekino": a strike by a
    weapon whose owner the report does not name is by the owner of that weapon named in the paragraph before."""
    if mention.sub_event_type not in ("Air/drone strike", "Shelling/artillery/missile attack") or (
            found is not None and not found.name.startswith("Unidentified")):
        return None
    own = _WEAPON_WORD.search(mention.sentence.text)
    if own is None:
        return None
    for other in reversed(earlier):
        if "\n" in text[other.sentence.end:mention.sentence.start].strip() or other.sentence.end > mention.sentence.start:
            continue
        for ref in (other.actor1, other.actor2):
            told = _WEAPON_WORD.search(ref.span.text) if ref is not None and ref.span is not None else None
            if told is not None and told.group(1).lower() == own.group(1).lower() and ref is not None \
                    and ref.inter in (1, 2, 3, 8) and not ref.name.startswith("Unidentified"):
                return ActorRef(ref.name, ref.inter, None, round(ref.confidence * 0.7, 3))
    return None


#: "carried out coordinated attacks across the province", "a wave of attacks": several attacks told at once.
_WAVE = re.compile(r"(?i)\b(?:coordinated|simultaneous|multiple|several|series\s+of|wave\s+of|string\s+of|spate\s+of)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:attacks|assaults|raids|ambushes|strikes)\b")
#: "In a separate incident", "Separately", "Elsewhere": a sentence that leaves the story told before.
_ANOTHER_INCIDENT = re.compile(r"(?i)\W*(?:in\s+(?:a|another)\s+(?:separate|unrelated)\s+\w+|separately|elsewhere|"
                               r"meanwhile|in\s+an(?:other)?\s+(?:unrelated\s+)?(?:incident|attack))\b")


def _group_of_the_wave(text: str, mention: EventMention, found: ActorRef | None,
                       earlier: list[EventMention]) -> ActorRef | None:
    """"BLA militants carried out coordinated attacks across Balochistan on Monday ... In Musakhel district, gunmen
    shot dead 23 passengers": unnamed attackers of an event of the same day, told in the same paragraph after a
    named group's wave of attacks, are that group's (one of the attacks it carried out)."""
    if found is None or found.span is None or not found.name.startswith("Unidentified Armed Group") \
            or not mention.sentence.start <= found.span.start < mention.sentence.end:
        return None
    if _ANOTHER_INCIDENT.match(text, mention.sentence.start):
        return None
    others: set[str] = set()  # the named sides of the events told since
    for before in reversed(earlier):
        group = before.actor1
        if group is None or group.span is None or group.name.startswith("Unidentified"):
            continue
        if not _WAVE.search(text, before.sentence.start, before.sentence.end):
            others.add(group.name)  # (the wave's own attacks, told before this one, name its group)
            continue
        same_day = before.date is not None and mention.date is not None and before.date.date == mention.date.date
        if group.inter not in (2, 3) or not same_day or "\n\n" in text[before.sentence.start:mention.sentence.start] \
                or others - {group.name}:
            return None  # (another day, another paragraph, or another side's acts told since)
        return ActorRef(group.name, group.inter, found.span, round(group.confidence * 0.8, 3))
    return None


_TAKEN = ("Government regains territory", "Non-state actor overtakes territory")


def _taken_by_a_foreign_state(mention: EventMention, actor1: ActorRef | None) -> bool:
    """"Russia's defence ministry said its troops had captured the village": a state's forces taking a place in
    another country fight that country's forces. ACLED codes an Armed clash (the capture goes in the notes);
    a government regains territory only in its own country."""
    if mention.sub_event_type not in _TAKEN or actor1 is None or actor1.span is None or actor1.inter != 8:
        return False
    if not actor1.name.startswith(("Military Forces of", "Police Forces of", "Security Forces of")):
        return False
    mention.rule = f"{mention.rule} + taken by {actor1.name}, a foreign state's forces -> Armed clash"
    mention.sub_event_type, mention.event_type = "Armed clash", event_type_of("Armed clash")
    return True


def _territory_by_actor(mention: EventMention, actor1: ActorRef | None) -> None:
    """A place taken by state forces is regained by the government; by anyone else, overtaken (ACLED codebook)."""
    if mention.sub_event_type not in _TAKEN or actor1 is None or actor1.span is None or actor1.inter == 8:
        return
    sub_type = _TAKEN[0] if actor1.inter == 1 else _TAKEN[1]
    if sub_type != mention.sub_event_type:
        mention.sub_event_type = sub_type
        mention.rule = f"{mention.rule} + taken by {actor1.name} -> {sub_type}"


#: A sentence whose subject is part of a group told before: "Some set tyres on fire", "Others looted shops".
_PARTITIVE_SUBJECT = re.compile(r"\s*(?:Some|Others|Many|Several|A\s+few|A\s+group)(?:\s+of\s+them)?\s+(?!of\b)[a-z]")


def _some_of_the_crowd(text: str, mention: EventMention, found: ActorRef | None,
                       earlier: list[EventMention]) -> ActorRef | None:
    """"The protesters chanted slogans. Some set tyres on fire and looted shops": with no actor of its own, a
    sentence led by "Some" or "Others" tells part of the crowd of the demonstration told just before."""
    if found is not None and found.span is not None and found.span.start >= mention.sentence.start:
        return None  # (an actor named in the sentence itself; one carried from before is only a guess)
    if not _PARTITIVE_SUBJECT.match(text, mention.sentence.start) or not earlier:
        return None
    crowd = earlier[-1].actor1
    if earlier[-1].event_type not in ("Protests", "Riots") or crowd is None or crowd.inter not in (5, 6):
        return None
    return ActorRef(crowd.name, crowd.inter, None, round(crowd.confidence * 0.8, 3))


def _demonstrators_destroying(mention: EventMention, actor1: ActorRef | None) -> bool:
    """Property destroyed by demonstrators is a Violent demonstration (ACLED.md 1.1), not Looting."""
    return mention.sub_event_type == "Looting/property destruction" and actor1 is not None and actor1.inter in (5, 6)


def create(config: PipelineConfig) -> ActorsStage:
    resolver = ActorResolver(extra_lexicon=config.actor_lexicon)
    model = None
    if config.model_dir is not None and model_path(config.model_dir).exists():
        model = load_actor_model(config.model_dir, resolver=resolver)
    return ActorsStage(resolver, model)
