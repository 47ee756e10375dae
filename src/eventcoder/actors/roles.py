"""Who is actor1, actor2 and the associated actors of one event, in ACLED's conventions.

The sub-event type sets strong priors (a protest's actor1 is "Protesters (Country)", violence
against civilians has "Civilians (Country)" as actor2); the phrases found in the event's sentence
fill the rest, ordered by simple syntax cues: "by X" and "X attacked" mark the initiator, "against
X", "targeting X" and "X was killed" the target. Each actor keeps the phrase that supports it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..analysis import ActorRef
from ..record import Span
from .lexicon import CountryEntry
from .cues import ALLY, is_source, syntax_cue, used_force, word_cue
from .gangs import gang_marked
from .matching import ActorMatch
from .states import state_actor_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["ActorContext", "RoleAssignment", "assign_roles", "actor_for_match", "ARMED_KINDS"]

ARMED_KINDS = frozenset({"group", "unit", "state", "unidentified", "unidentified_military", "tribal"})
#: Sub-types a state fights with its military, whoever the text says acted ("the government bombed ...").
_ARMED_FORCE_TYPES = frozenset({"Armed clash", "Air/drone strike", "Shelling/artillery/missile attack"})
REMOTE_TYPES = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Shelling/artillery/missile attack",
                          "Chemical weapon"})
EXPLOSION_TYPES = REMOTE_TYPES | {"Air/drone strike"}
_NEGATED = re.compile(r"\b(no|without|not)\s+(?:\w+\s+)?$", re.I)
DEMONSTRATION_TYPES = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                                 "Violent demonstration", "Mob violence"})

#: An organisation named after these words is the protest's target, not its organiser.
_TARGETED_PLACE = re.compile(r"\b(against|office|offices|headquarters|HQ|building|buildings|premises|rejecting|"
                             r"condemning|denouncing)\s+(?:(?:of|the|an?)\s+)*$", re.I)


@dataclass(frozen=True, slots=True)
class ActorContext:
    """Where and when the event happened, for generic names and government periods."""

    country: CountryEntry | None
    on: dt.date | None
    as_of: dt.date | None = None
    speaker: CountryEntry | None = None  # the state whose statement or post the text is: the owner of "our forces"
    soldiers_of: CountryEntry | None = None  # the state whose military unqualified soldiers are (Israel's in Palestine)

    @property
    def military_country(self) -> CountryEntry | None:
        """The state whose military "soldiers", "troops" and "the army" name here, unqualified."""
        return self.soldiers_of or self.country


@dataclass(slots=True)
class RoleAssignment:
    actor1: ActorRef | None = None
    actor2: ActorRef | None = None
    assoc_actor_1: list[ActorRef] = field(default_factory=list)
    assoc_actor_2: list[ActorRef] = field(default_factory=list)
    sub_event_type: str | None = None  # a sub-type the actors call for ("Armed clash" for an attack on soldiers)
    why: str = "armed target"  # what in the actors calls for it
    notes: list[str] = field(default_factory=list)  # why an actor is less sure ("the weapon 'Shahed drones' alone")


def _generic(label: str, context: ActorContext) -> str:
    return f"{label} ({context.country.name})" if context.country else label


def _state_inter(country: CountryEntry | None, context: ActorContext) -> int:
    """1 for a state's own forces, 8 for forces of another state (ACLED's external forces)."""
    if country is None or context.country is None or country.name == context.country.name:
        return 1
    return 1 if context.country.name in country.internal_in else 8


VAC_TYPES = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})


def unidentified_name(context: ActorContext, sub_event_type: str, text: str = "", start: int = 0, end: int = 0) -> str:
    """"Unidentified Armed Group (Country)"; where ACLED's regional methodology names unidentified
    perpetrators of violence against civilians as gangs (Mexico, Brazil), that name when the report around
    ``text[start:end]`` shows the marks of gang violence (a drive-by shooting, a bound or mutilated body); so too
    in a clash ("a drive-by shooting killed a known trafficker": gangs at war)."""
    if context.country is not None and context.country.gangs and sub_event_type in VAC_TYPES | {"Armed clash"} \
            and gang_marked(text, start, end):
        return context.country.gangs.replace("{country}", context.country.name)
    return _generic("Unidentified Armed Group", context)


_GENDARMERIE = re.compile(r"(?i)\bgendarm")
_PRISON_GUARDS = re.compile(r"(?i)\b(?:prison|jail)\s+(?:guards?|officers|wardens)|\bwarders\b")


def _span(text: str, match: ActorMatch | None) -> Span | None:
    return Span(match.start, match.end, text[match.start:match.end]) if match else None


def actor_for_match(match: ActorMatch, context: ActorContext, text: str, *, sub_event_type: str = "",
                    confidence: float = 0.7) -> tuple[ActorRef, list[ActorRef]] | None:
    """The canonical actor a phrase names (and associated actors it implies), or None when the
    phrase names no actor on its own (a country-less state force with no event country)."""
    span = _span(text, match)
    if match.kind in ("group", "organisation") and match.group is not None:
        group = match.group
        group_name = group.name_on(context.on)
        own = ActorRef(_generic(group_name, context) if group.per_country else group_name, group.inter, span, confidence)
        if group.part_of:
            _, force, unit = group.part_of.split("|")
            country = match.country
            if country is None:
                return own, []
            name = state_actor_name(force, country, context.on, as_of=context.as_of, unit=unit)
            return ActorRef(name, _state_inter(country, context), span, confidence), [own]
        return own, []
    if match.kind == "unit" and match.unit is not None:
        unit = match.unit
        if unit.became is not None and unit.until is not None and context.on is not None and context.on >= unit.until:
            return ActorRef(unit.became, unit.became_inter, span, confidence), []  # it broke away from the state
        country = match.country or context.country
        if country is None:
            return None
        name = state_actor_name(match.unit.force, country, context.on, as_of=context.as_of, unit=match.unit.unit,
                                period=match.unit.period)
        return ActorRef(name, _state_inter(country, context), span, confidence), []
    if match.kind == "state":
        if match.enemy and match.country is None:
            return None  # ("the enemy", with no speaker whose enemy is known)
        force = match.force or "Military Forces"
        if force == "security":
            force = "Police Forces" if sub_event_type in DEMONSTRATION_TYPES or sub_event_type == "Arrests" else "Military Forces"
        country = match.country or (context.military_country if force == "Military Forces" else context.country)
        if country is None:
            return None
        elif force == "Government" and sub_event_type in DEMONSTRATION_TYPES:
            force = "Police Forces"  # a government facing demonstrators acts through its police
            confidence = min(confidence, 0.5)
        elif force == "Government" and sub_event_type in _ARMED_FORCE_TYPES and used_force(text, match):
            force = "Military Forces"  # "the government bombed the town": a government fights through its military
            confidence = min(confidence, 0.5)
        operation = dict(country.operations).get(context.country.name) if context.country is not None else None
        if operation is not None and force == "Military Forces":
            return ActorRef(operation, 8, span, confidence), []  # "Saudi warplanes" over Yemen: the coalition
        # ("gendarmes", "the gendarmerie", "prison guards": ACLED names the branch as a unit of the state's forces)
        unit = "Gendarmerie" if force == "Military Forces" and _GENDARMERIE.search(match.text) else \
            "Prison Guards" if force == "Police Forces" and _PRISON_GUARDS.search(match.text) else None
        name = state_actor_name(force, country, context.on, as_of=context.as_of, unit=unit)
        return ActorRef(name, _state_inter(country, context), span, confidence), []
    simple = {"unidentified": ("Unidentified Armed Group", 3), "tribal": ("Unidentified Tribal Militia", 4),
              "protesters": ("Protesters", 6), "rioters": ("Rioters", 5), "civilians": ("Civilians", 7),
              "identity": ("Civilians", 7)}
    if match.kind == "unidentified_military":
        return ActorRef("Unidentified Military Forces", 8, span, confidence), []
    if match.kind == "unidentified":
        return ActorRef(unidentified_name(context, sub_event_type, text, match.start, match.end), 3, span, confidence), []
    if match.kind in simple:
        label, inter = simple[match.kind]
        return ActorRef(_generic(label, context), inter, span, confidence), []
    return None


@dataclass(slots=True)
class _Candidate:
    match: ActorMatch
    actor: ActorRef
    assoc: list[ActorRef]
    cue: float
    order: int


def _candidates(matches: list[ActorMatch], kinds: frozenset[str], context: ActorContext, text: str,
                sub_event_type: str, doc: "Doc | None" = None) -> list[_Candidate]:
    out: list[_Candidate] = []
    seen: set[str] = set()
    for match in matches:
        if match.kind not in kinds or is_source(text, match):
            continue
        resolved = actor_for_match(match, context, text, sub_event_type=sub_event_type)
        if resolved is None:
            continue
        actor, assoc = resolved
        cue = word_cue(text, match) or syntax_cue(doc, match)
        if actor.name in seen:
            for c in out:  # a later mention with a clearer cue improves the earlier one
                if c.actor.name == actor.name and c.match.force == "Government" and match.force != "Government":
                    # the police named, not a government word read as its police ("prime minister ... police")
                    c.match, c.actor, c.cue = match, actor, cue or c.cue
                elif c.actor.name == actor.name and c.cue == 0:
                    c.cue = cue
            continue
        seen.add(actor.name)
        out.append(_Candidate(match, actor, assoc, cue, len(out)))
    return out


def _rank_agents(candidates: list[_Candidate]) -> list[_Candidate]:
    def score(c: _Candidate) -> float:
        kind_bonus = {"group": 0.3, "unit": 0.25, "state": 0.2, "unidentified": 0.1}.get(c.match.kind, 0.0)
        return c.cue * 2 + kind_bonus - 0.15 * c.order
    return sorted(candidates, key=score, reverse=True)


#: A verb of striking right before a phrase: what it names was struck ("bombed RSF positions", "struck the rebels").
_STRUCK_BEFORE = re.compile(r"\b(?:bomb(?:ed|ing|s)?|struck|strik(?:e|es|ing)|hit(?:ting|s)?|target(?:ed|ing|s)?|"
                            r"pound(?:ed|ing|s)?|raid(?:ed|ing|s)?)\s+(?:the\s+|an?\s+)?$", re.I)


def _struck(text: str, match: ActorMatch) -> bool:
    return _STRUCK_BEFORE.search(text, max(0, match.start - 40), match.start) is not None


#: The people of a demonstration, or a demonstration right after a verb of attacking it ("attacked a sit-in"): not a
#: word for what someone did or supported ("a prominent supporter of the protests").
_DEMONSTRATORS = re.compile(r"\b(?:protesters?|protestors?|demonstrators?|marchers?|crowds?)\b", re.I)
_CROWD_ATTACKED_BEFORE = re.compile(r"\b(?:attack(?:ed|ing)?|storm(?:ed|ing)?|bomb(?:ed|ing)?|fired\s+(?:on|at|into)|"
                                    r"opened\s+fire\s+(?:on|at))\s+(?:the\s+|an?\s+)?$", re.I)
#: A gathering word that need not be a protest: an attack on a rally's crowd harms civilians (a politician's rally).
_A_RALLY = re.compile(r"\b(?:rally|rallies|meeting|meetings|gathering|gatherings)\b", re.I)

#: Security personnel off duty or retired are civilians when attacked (ACLED codebook).
_OFF_DUTY = re.compile(r"\b(off[\s\-]duty|retired)\b", re.I)
#: "a former army commander", "an ex-policeman": no longer a force's member, a civilian when attacked.
_FORMER = re.compile(r"\b(?:former|ex-|retired|off[\s\-]duty)\s*(?:[\w'-]+\s+){0,2}$", re.I)
#: Executing or torturing someone is done to people in the perpetrator's power, whoever they are or were
#: (ACLED codebook: violence against civilians); not "executed an attack".
_EXECUTED = re.compile(r"\b(?:execut(?:ed|es|e|ing|ion)\b(?!\s+(?:(?:an?|the|their|its|a\s+\w+)\s+)?(?:attacks?|"
                       r"operations?|raids?|plans?|assaults?|ambush\w*|strikes?|orders?|missions?))|tortur\w*)", re.I)


#: "activists who criticised the (former) junta", "a journalist who denounced the army": whom the arrested spoke
#: against, no party to the arrest.
_CRITICISED = re.compile(r"\b(?:criticis|criticiz|oppos|denounc|condemn|defi|insult|mock|accus|blam)\w*\s+"
                         r"(?:the\s+)?(?:former\s+|ruling\s+|then\s+)?$", re.I)


def _sentence_bounds(matches: list[ActorMatch]) -> tuple[int, int]:
    """The stretch of text the matches come from, widened a little: where to look for "off-duty"."""
    if not matches:
        return 0, 0
    return max(0, min(m.start for m in matches) - 200), max(m.end for m in matches) + 200


_DISPLACED = re.compile(r"\b(fled|flee|fleeing|displaced|displacement|evacuated|evacuate|evacuation|"
                        r"refugees|migrants|returnees)\b", re.I)

_DESTROYED = re.compile(r"\b(arson|set (?:on )?fire|set alight|torched|burn(?:ed|t|ing)?|damaged|damaging|destroyed|"
                        r"destroying|demolished|vandali[sz]ed|looted|looting|material damage)\b", re.I)
_HARMED = re.compile(r"\b(kill\w*|dead|died|death|injur\w*|wound\w*|hurt|shot|stabb\w*|beat\w*|assault\w*|"
                     r"abduct\w*|kidnapp?\w*|casualt\w*|victims?|hostages?|tortur\w*|rap\w*)\b", re.I)


def _property_only(text: str, matches: list[ActorMatch], actor1: ActorRef | None) -> bool:
    """The event's sentence tells of property destroyed and of no one harmed."""
    if actor1 is None or actor1.span is None:
        return False
    start = min([m.start for m in matches] + [actor1.span.start])
    end = text.find(". ", actor1.span.end)
    sentence = text[start:end if end >= 0 else len(text)]
    return bool(_DESTROYED.search(sentence)) and not _HARMED.search(sentence)


_BATTLE = re.compile(r"\b(clash\w*|fight\w*|battle\w*|firefight|gunfight|exchange\w* (?:of )?fire|shoot-?out|"
                    r"skirmish\w*|hostilities|combat|ambush\w*)\b", re.I)

_AND = re.compile(r"^\s*(?:,|and|&|,\s*and)\s*$|^\s*(?:and|&|,\s*and)\s+the\s+$")  # ("X and the Malian army")
#: "between the NPA and the military", "between suspected BIFF militants and soldiers manning a checkpoint".
_BETWEEN = re.compile(r"\bbetween\s+(?:(?:the|suspected|alleged|some|two|rival)\s+)*$", re.I)
_AND_THEN = re.compile(r"^\s*(?:\w+\s+){0,1}?and\s+(?:(?:the|a|an|some)\s+)?(?:[\w'-]+\s+){0,4}?$", re.I)


def _fight_between(text: str, matches: list[ActorMatch], armed: list[_Candidate],
                   context: ActorContext) -> tuple[_Candidate, _Candidate] | None:
    """The two sides of "a firefight between X and Y", in the order told (each phrase read as the side it
    names, wherever that side was first named)."""
    def side(match: ActorMatch) -> _Candidate | None:
        resolved = actor_for_match(match, context, text, sub_event_type="Armed clash")
        return next((c for c in armed if resolved is not None and c.actor.name == resolved[0].name), None)

    for first in matches:
        for second in matches:  # "police and gang members exchanged fire": each other's opponents
            if _opponents(text, first, second) and (one := side(first)) is not None \
                    and (other := side(second)) is not None and other is not one:
                return one, other
        if not _BETWEEN.search(text[max(0, first.start - 30):first.start]) or (one := side(first)) is None:
            continue
        for second in matches:
            if 0 <= second.start - first.end <= 40 and _AND_THEN.match(text[first.end:second.start]) \
                    and (other := side(second)) is not None and other is not one:
                return one, other
    return None


_AND_THE = re.compile(r"\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?$")


def _backs(armed: list[_Candidate], ally: _Candidate) -> _Candidate | None:
    """The side an ally backs: the armed phrase nearest before "backed by X" ("police backed by Kenyan
    officers clashed with gang members": the police)."""
    before = [c for c in armed if c.match.end <= ally.match.start and c.cue != ALLY]
    return max(before, key=lambda c: c.match.end) if before else None


def _coordinated(text: str, a: ActorMatch, b: ActorMatch) -> bool:
    """"Russian and regime warplanes", "Turkish and Russian forces": two forces that act together (not "police and
    gang members exchanged fire")."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return bool(_AND.match(text[first.end:second.start])) and not _opponents(text, first, second) \
        and not _BETWEEN.search(text[max(0, first.start - 30):first.start])  # ("clashes between IS and the PMF")


#: A crowd's people ("protesters", "demonstrators", "marchers", "a crowd"), not its act ("a route march", "a strike").
_PEOPLE = re.compile(r"(?i)(?:[a-z](?:ers|ors|ists|ants|ents)|\bcrowds?|\bmobs?|\byouths?)$")
#: Between two items of a list of forces: a comma or "and", and at most a short name of the next unit ("J&K").
_LIST_JOIN = re.compile(r"\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?(?:(?:local|state|provincial|district|[A-Z][\w&'.-]*)\s+)?")
#: "a joint team of", "a joint operation by", "joint forces comprising": the list after it is one side.
_JOINT_BEFORE = re.compile(r"\bjoint\s+(?:[\w-]+\s+){0,3}?(?:of|by|comprising|from|including)\s+(?:the\s+)?$", re.I)


def _state_of(name: str) -> str | None:
    """"Police Forces of India (2014-) Central Reserve Police Force" -> "India"; None for a non-state actor."""
    if not name.startswith(("Military Forces of ", "Police Forces of ", "Security Forces of ", "Government of ")):
        return None
    return name.split(" of ", 1)[1].split(" (")[0]


def _joint_force(text: str, chosen: _Candidate, armed: list[_Candidate]) -> tuple[_Candidate, list[_Candidate]]:
    """"a joint team of the Army, CRPF and J&K Police launched a search operation": a list of one state's forces
    is one side, not two (a joint operation); its first-named force leads where the list is called joint.
    Returns the side's lead and the rest of its forces."""
    state = _state_of(chosen.actor.name)
    if state is None:
        return chosen, []
    members = [chosen]
    grown = True
    while grown:
        grown = False
        for c in armed:
            if c in members or _state_of(c.actor.name) != state:
                continue
            if any(_listed_together(text, m.match, c.match) for m in members):
                members.append(c)
                grown = True
    if len(members) == 1:
        return chosen, []
    first = min(members, key=lambda c: c.match.start)
    lead = first if _JOINT_BEFORE.search(text, max(0, first.match.start - 40), first.match.start) else chosen
    return lead, [c for c in members if c is not lead]


def _listed_together(text: str, a: ActorMatch, b: ActorMatch) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    return first.end <= second.start and bool(_LIST_JOIN.fullmatch(text, first.end, second.start)) \
        and not _opponents(text, first, second)


#: "exchanged fire", "traded fire", "clashed" (not "clashed with": the two then fight a third) after "X and Y" (or
#: after "X and Y forces").
_RECIPROCAL_AFTER = re.compile(r"\s*(?:(?:forces|troops|fighters|militants|militiamen|militias|soldiers|units)\s+)?"  # ("GNA and LNA forces")
                               r"(?:(?:have|had|reportedly|again|briefly)\s+)?(?:(?:exchanged|traded)\s+(?:heavy\s+)?"
                               r"(?:fire|gunfire|shots)|(?:clashed|fought)\b(?!\s+(?:with|against|alongside)\b))", re.I)


def _opponents(text: str, first: ActorMatch, second: ActorMatch) -> bool:
    """"police and gang members exchanged fire": two sides joined by "and" before a verb of fighting each other."""
    return first.end <= second.start and bool(_AND_ONLY.match(text, first.end, second.start)) \
        and bool(_RECIPROCAL_AFTER.match(text, second.end))


_AND_ONLY = re.compile(r"\s+and\s+(?:the\s+)?")


def _confident(ref: ActorRef, cue: float) -> ActorRef:
    ref.confidence = 0.85 if cue > 0 else 0.7
    return ref


def _default(name: str, inter: int, confidence: float) -> ActorRef:
    return ActorRef(name, inter, None, confidence)


#: "to demand the release of political prisoners", "justice for the victims", "in solidarity with teachers": whom a
#: crowd speaks for, not who marches.
_CAUSE_BEFORE = re.compile(r"\b(?:release|freedom|return|rights|justice|support|solidarity|dismissal|reinstatement)\s+"
                           r"(?:of|for|with|to)\s+(?:the\s+|their\s+|all\s+)?(?:[\w'-]+\s+){0,2}$", re.I)


#: "protest the killing of a student", "relatives of political prisoners": whose death, arrest or kin moves a crowd.
_GRIEVANCE_BEFORE = re.compile(r"\b(?:killing|killings|death|deaths|murder|arrest|arrests|detention|jailing|rape|"
                               r"abduction|kidnapping|disappearance|shooting|lynching|beating|sacking|relatives|families|"
                               r"family\s+members|parents|mothers|wives|kin)\s+of\s+(?:an?\s+|the\s+|their\s+|two\s+|"
                               r"three\s+|several\s+)?(?:[\w'-]+\s+){0,2}$", re.I)
#: "outside the journalists' syndicate", "at the teachers' union office": a building, or a body where people gather,
#: named after a group (a union's leader attacked at home is still one of its people).
_BUILDING_NAMED_AFTER = re.compile(r"['’]s?\s+(?:building|headquarters|office|offices|hall|house|colony|quarters|hostel|"
                                   r"residence|(?:syndicate|union|association|federation|club|council|chamber|bar)"
                                   r"(?:\s+(?:building|headquarters|office|offices|hall|house))?)\b", re.I)
_AT_BEFORE = re.compile(r"\b(?:outside|at|near|in\s+front\s+of|opposite|into|inside|to|from)\s+(?:the\s+)?$", re.I)
_BUILDING_NOUNS = re.compile(r"(?:building|headquarters|office|offices|hall|house|colony|quarters|hostel|residence)$", re.I)
#: "our correspondent reports", "a Reuters reporter saw": the outlet's own reporter, no party to the event.
_OUTLET_REPORTER = re.compile(r"\bour\s+(?:own\s+)?$", re.I)
#: "PTI workers", "party workers", "Congress activists": a party's members, not a labour group.
_PARTY_BEFORE = re.compile(r"(?:\bparty|\b[A-Z]{2,6}\)?|(?:[A-Z][\w-]+\s+){1,4}\([A-Z]{2,6}\))\s+$")
_PARTY_MEMBERS = frozenset({"workers", "activists", "cadres"})


def _not_the_people(match: ActorMatch, text: str, *, crowd: bool) -> bool:
    """The identity names someone else than the people who took part or were hurt: a crowd's cause or whose kin
    it is (for a crowd), a building or body named after them, the outlet's reporter, a party's workers."""
    before = text[max(0, match.start - 60):match.start]
    if crowd and (_CAUSE_BEFORE.search(before) or _GRIEVANCE_BEFORE.search(before)):
        return True
    named_after = _BUILDING_NAMED_AFTER.match(text, match.end)
    if named_after and (_BUILDING_NOUNS.search(named_after.group(0)) or _AT_BEFORE.search(before)):
        return True
    if _OUTLET_REPORTER.search(before):
        return True
    return match.text.lower() in _PARTY_MEMBERS and _PARTY_BEFORE.search(before) is not None


def _identities(matches: list[ActorMatch], context: ActorContext, text: str, *, crowd: bool = False) -> list[ActorRef]:
    """Identities named with an event; ``crowd``: of those who demonstrate, less those a demand names."""
    out: list[ActorRef] = []
    for match in matches:
        if _not_the_people(match, text, crowd=crowd):
            continue
        if match.kind == "identity" and match.identity is not None:
            name = _generic(match.identity.name, context)
            if all(r.name != name for r in out):
                out.append(ActorRef(name, 7, _span(text, match), 0.7))
    return out


#: What names a party's people as the crowd's opponents ("clashes between protesters and supporters of the Awami
#: League", "students clashed with ruling-party activists"): the other side of the riot, not its organisers.
_RIVAL_BEFORE = re.compile(r"(?i)(?:\bbetween\s+(?:[\w-]+\s+){1,4}?and\s+|\b(?:clash\w*|fought|fighting|scuffl\w*|"
                           r"brawl\w*)\s+with\s+|\b(?:attacked|attacking|stormed|assaulted|chased)\s+)(?:the\s+)?"
                           r"(?:(?:rival|ruling[\s-]party|opposition)\s+)?(?:(?:supporters|activists|members|cadres|workers|"
                           r"followers|loyalists|partisans)\s+of\s+(?:the\s+)?(?:ruling\s+|opposition\s+)?)?$")


def _rival(match: ActorMatch, text: str) -> bool:
    return _RIVAL_BEFORE.search(text, max(0, match.start - 80), match.start) is not None


def _organisers(matches: list[ActorMatch], text: str, *, rivals: bool | None = None) -> list[ActorRef]:
    """The organisations named with a crowd; ``rivals``: only those named as its opponents (True) or only the
    others (False)."""
    out: list[ActorRef] = []
    for match in matches:
        if rivals is not None and match.kind == "organisation" and _rival(match, text) != rivals:
            continue
        if match.kind == "organisation" and match.group is not None and not _TARGETED_PLACE.search(text[max(0, match.start - 40):match.start]):
            if all(r.name != match.group.name for r in out):
                out.append(ActorRef(match.group.name, match.group.inter, _span(text, match), 0.6))
    return out


def _add_assoc(target: list[ActorRef], refs: list[ActorRef], *, exclude: set[str]) -> None:
    for ref in refs:
        if ref.name not in exclude and all(r.name != ref.name for r in target):
            target.append(ref)


#: "four men they accused of belonging to a gang", "suspected gang members" lynched: who a crowd took its victims for.
_ACCUSED_BEFORE = re.compile(r"\b(?:accused\s+of\s+(?:being|belonging\s+to)|suspected\s+of\s+(?:being|belonging\s+to)|"
                             r"suspected|alleged|presumed|so-called)\s+(?:(?:an?|the|some)\s+)?$", re.I)


_LYNCHED = re.compile(r"\blynch\w*|\bvigilant\w*|\bmob\b", re.I)


def _accused(text: str, match: ActorMatch) -> bool:
    """The phrase tells what a crowd's victims were taken for, not an armed side: "four men they accused of
    belonging to a gang", "suspected gang members" (a gang, a criminal group: inter 3, named for the country)."""
    group = match.group
    return (match.kind == "group" and group is not None and group.per_country and group.inter == 3
            and bool(_ACCUSED_BEFORE.search(text, max(0, match.start - 40), match.start)))


def _first_accused(armed: list[_Candidate], text: str) -> ActorMatch | None:
    return next((c.match for c in armed if _accused(text, c.match)), None)


_UNREAL_AUX = frozenset({"will", "would", "could", "can", "ca", "may", "might", "should", "must", "shall"})
_FAILING = frozenset({"fail", "refuse", "decline"})


#: Verbs that only bring a force somewhere: "the army was called into the city", "deploying the army".
_SENT_IN = frozenset({"call", "deploy", "send", "rush", "post", "station", "requisition", "summon", "airlift",
                      "position"})


_ARRIVALS = frozenset({"deployment", "arrival", "presence", "induction", "posting", "requisition"})


def _did_not_act(doc: "Doc | None", match: ActorMatch) -> bool:
    """A force named as the subject of what it did not, would or could do ("the police had failed to take
    preventive measures", "in the knowledge that the police would do nothing", "the police will not be able to
    make any arrests"), or only as sent somewhere ("the army and the BSF were called into the city", "if things
    are not controlled by deploying the army"): not a party to the riot or the protest told beside it."""
    if doc is None:
        return False
    words = doc.char_span(match.start, match.end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    phrase = words.root
    while phrase.dep_ == "conj" and phrase.head.i != phrase.i:  # "the army and the BSF were called in"
        phrase = phrase.head
    if phrase.dep_ in {"nsubjpass", "dobj"} and phrase.head.lemma_.lower() in _SENT_IN:
        return True
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.lemma_.lower() in _ARRIVALS:
        return True  # ("to oversee the deployment of the army in violence-hit areas")
    if phrase.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = phrase.head
    return verb.lemma_.lower() in _FAILING or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _UNREAL_AUX) for c in verb.children)


#: What a force or an official does after an attack or a fire it did not commit: it comes, arrests, records,
#: rescues, looks into it, or reacts to it ("the home minister condemned the incidents, including the one in
#: which ... were killed").
_RESPONDING = frozenset({"act", "respond", "arrest", "detain", "nab", "apprehend", "book", "reach", "rush", "arrive",
                         "register", "recover", "rescue", "shift", "investigate", "probe", "seal", "cordon", "launch",
                         "control", "bring", "send", "say", "tell", "confirm", "identify", "trace", "search",
                         "deploy", "post", "station",
                         "condemn", "denounce", "deplore", "decry", "mourn", "criticise", "criticize", "visit",
                         "express", "urge", "appeal", "vow", "pledge", "promise"})


def _only_responded(doc: "Doc | None", match: ActorMatch) -> bool:
    """A force whose own verbs only respond ("two persons were stabbed and the police acted swiftly to arrest an
    activist", "police reached the spot and registered a case"): not the author of the attack beside them."""
    if doc is None or match.kind not in ("state", "unit"):
        return False
    words = doc.char_span(match.start, match.end, alignment_mode="expand")
    if words is None or not len(words) or words.root.dep_ != "nsubj":
        return False
    verb = words.root.head
    chain = [verb, *(c for c in verb.children if c.dep_ in {"xcomp", "conj"} and c.pos_ == "VERB")]
    return all(v.lemma_.lower() in _RESPONDING or _shows_itself(v) for v in chain)


#: What a force holds to show itself: "the army conducted a flag march", "police staged a route march".
_SHOWS = frozenset({"march", "patrol", "vigil"})


def _shows_itself(verb: "Token") -> bool:
    return verb.lemma_.lower() in {"conduct", "stage", "hold", "carry", "take"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _SHOWS for c in verb.children)


def _acting(matches: list[ActorMatch], context: ActorContext, text: str, sub_event_type: str,
            doc: "Doc | None") -> list[_Candidate]:
    """The armed candidates of an attack or a destruction, leaving out a force's phrases that only respond
    ("police say 125 persons have died in police firing": the firing police, not the speaking ones)."""
    return _candidates([m for m in matches if not _only_responded(doc, m)], ARMED_KINDS, context, text,
                       sub_event_type, doc)


#: "loyal to ousted president Assad", "remnants of the former regime": a government that no longer rules.
_OUSTED_BEFORE = re.compile(r"\b(?:former|ousted|deposed|toppled|overthrown|fallen|exiled|ex-)\s*(?:[\w'-]+\s+){0,1}$",
                            re.I)
#: "security forces of the new Syrian government", "troops of the interim government": the force's owner.
_FORCE_OF_BEFORE = re.compile(r"^\s+of\s+(?:the\s+)?(?:(?:new|interim|transitional|caretaker|central|federal|"
                              r"national|de facto)\s+)*$", re.I)


#: Sub-types of armed violence, where "an Israeli strike" is a military one; elsewhere a "French strike" is a stoppage.
_VIOLENT_TYPES = EXPLOSION_TYPES | {"Attack", "Armed clash", "Government regains territory", "Disrupted weapons use",
                                    "Non-state actor overtakes territory", "Looting/property destruction"}
_STRIKE = re.compile(r"(?i)\bstrikes?$")


def _states_read(matches: list[ActorMatch], text: str, sub_event_type: str) -> list[ActorMatch]:
    """The phrases as the state's sides: a government or regime named as ousted or former is no force of the
    state now ("gunmen loyal to ousted president Assad"); one named as the owner of the force just before it
    ("security forces of the new Syrian government") is part of that force's phrase and gives it its country;
    a nationality's "strike" outside armed violence is a stoppage ("workers joined the Nigerian strike")."""
    out: list[ActorMatch] = []
    for match in matches:
        if match.kind == "state" and sub_event_type not in _VIOLENT_TYPES and _STRIKE.search(match.text):
            word = _STRIKE.search(match.text)
            match = ActorMatch("protesters", match.start + word.start(), match.end, word.group(0))  # type: ignore[union-attr]
        governing = match.kind == "state" and (match.force == "Government" or "regime" in match.text.lower())
        if governing and _OUSTED_BEFORE.search(text, max(0, match.start - 30), match.start):
            if sub_event_type in _VIOLENT_TYPES:  # ("remnants of the former regime attacked": its loyalists, unnamed)
                out.append(ActorMatch("unidentified", match.start, match.end, match.text))
            continue
        force = out[-1] if out else None
        if match.kind == "state" and match.force == "Government" and force is not None and force.kind == "state" \
                and force.force != "Government" and _FORCE_OF_BEFORE.match(text[force.end:match.start]):
            out[-1] = replace(force, end=match.end, text=text[force.start:match.end],
                              country=force.country or match.country, qualified=force.qualified or match.country is not None)
            continue
        owner = _FORCES_OF.search(text, max(0, match.start - 60), match.start) \
            if match.kind == "state" and match.force == "Government" else None
        if owner is not None and (force is None or force.end <= owner.start()):
            # ("forces of the new Syrian government": "forces" alone names no state; its owner does)
            match = replace(match, start=owner.start(), text=text[owner.start():match.end],
                            force="security" if owner.group(1) else "Military Forces")
        out.append(match)
    return out


_FORCES_OF = re.compile(r"\b(security\s+)?(?:forces|troops|soldiers)\s+of\s+(?:the\s+)?(?:(?:new|interim|transitional|"
                        r"caretaker|central|federal|national|de facto)\s+)*$", re.I)


#: A force told by the weapon it flies or fires ("Ukrainian drones", "Russian missiles"): the weapon's owner.
_FLYING_WEAPON = re.compile(r"(?i)\b(?:drones?|UAVs?|missiles?|rockets?|projectiles?|shells?|bombs?)$")


def assign_roles(sub_event_type: str, matches: list[ActorMatch], context: ActorContext, text: str,
                 doc: "Doc | None" = None, sentence: tuple[int, int] | None = None) -> RoleAssignment:
    """actor1, actor2 and associated actors for one event from the actor phrases of its sentence.

    ``text`` is the whole document text (match offsets point into it); ``doc``, its spaCy parse
    when there is one, settles phrases the surrounding words leave unclear; ``sentence``, the event
    sentence's character bounds (else the stretch around the matches)."""
    result = RoleAssignment()
    matches = _states_read(matches, text, sub_event_type)
    armed = _candidates(matches, ARMED_KINDS, context, text, sub_event_type, doc)
    country_known = context.country is not None

    def first_of(kind: str) -> ActorMatch | None:
        return next((m for m in matches if m.kind == kind), None)

    if sub_event_type in ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"):
        crowd = first_of("protesters")
        result.actor1 = ActorRef(_generic("Protesters", context), 6, _span(text, crowd), 0.9 if crowd else 0.75)
        _add_assoc(result.assoc_actor_1, _identities(matches, context, text, crowd=True) + _organisers(matches, text),
                   exclude=set())
        if sub_event_type != "Peaceful protest":
            forces = [c for c in armed if c.match.kind != "tribal" and not _did_not_act(doc, c.match)]
            if forces:
                chosen = forces[0]
                result.actor2 = _confident(chosen.actor, chosen.cue)
                _add_assoc(result.assoc_actor_2, chosen.assoc, exclude={result.actor2.name})
            elif country_known:
                result.actor2 = _default(state_actor_name("Police Forces", context.country, context.on, as_of=context.as_of), 1, 0.5)  # type: ignore[arg-type]
        return result

    if sub_event_type in ("Violent demonstration", "Mob violence"):
        crowd = first_of("rioters") or first_of("protesters")
        militias = [c for c in armed if c.match.kind in ("group", "unit", "tribal") and c.actor.inter in (2, 3, 4)
                    and not _accused(text, c.match)]
        if sub_event_type == "Mob violence" and crowd is None and militias:
            # "two rival clans clashed", "clashes between AAS and JaS": armed groups fight, no crowd
            result.sub_event_type = "Armed clash"
            return result
        result.actor1 = ActorRef(_generic("Rioters", context), 5, _span(text, crowd), 0.85 if crowd else 0.7)
        _add_assoc(result.assoc_actor_1, _identities(matches, context, text, crowd=True)
                   + _organisers(matches, text, rivals=False), exclude=set())
        rivals = _organisers(matches, text, rivals=True)
        if rivals:
            # "clashes between protesters and supporters of the Awami League": the party's people are the other
            # crowd (ACLED: Rioters, the party associated), not the protesters' organisers
            result.actor2 = ActorRef(_generic("Rioters", context), 5, rivals[0].span, 0.6)
            _add_assoc(result.assoc_actor_2, rivals, exclude=set())
            return result
        # A state force is the riot's other side only where the text makes it a party (stoned, clashing,
        # firing): "lack of police action", "police station areas" or a government name none.
        forces = [c for c in armed if (c.match.kind == "group" or (
            c.match.kind in ("state", "unit") and c.cue != 0 and c.match.force != "Government"))
            and not _did_not_act(doc, c.match) and not _accused(text, c.match)]
        if forces:
            chosen = forces[0]
            result.actor2 = _confident(chosen.actor, chosen.cue)
            _add_assoc(result.assoc_actor_2, chosen.assoc, exclude={result.actor2.name})
        elif sub_event_type == "Mob violence" and (victims := first_of("civilians") or _first_accused(armed, text)):
            # (a crowd's victims it took for gang members or thieves are civilians: ACLED codebook)
            result.actor2 = ActorRef(_generic("Civilians", context), 7, _span(text, victims), 0.5)
        return result

    if sub_event_type in ("Attack", "Abduction/forced disappearance", "Sexual violence"):
        armed = _acting(matches, context, text, sub_event_type, doc)
        if first_of("rioters") or _LYNCHED.search(text, *(sentence or _sentence_bounds(matches))):
            # "vigilantes lynch suspected gang members": the crowd's victims, not an armed side
            armed = [c for c in armed if not _accused(text, c.match)]
        agents = [c for c in _rank_agents(armed) if c.cue >= 0] or _rank_agents([c for c in armed if c.match.kind != "state"])
        if any(c.cue > 0 and c.match.force != "Government" for c in agents):
            # "President Noboa declared a state of emergency after gunmen stormed the studios, taking staff hostage":
            # a government word is the subject of what it said or decided; the armed phrase that acted did it
            agents = [c for c in agents if c.match.force != "Government" or used_force(text, c.match)] or agents
        if agents:
            chosen = agents[0]
            result.actor1 = _confident(chosen.actor, chosen.cue)
            _add_assoc(result.assoc_actor_1, chosen.assoc, exclude={result.actor1.name})
            # "Malian soldiers and Wagner mercenaries killed civilians": who acted with it is its associate
            allies = [c for c in armed if c is not chosen and _coordinated(text, chosen.match, c.match)]
            _add_assoc(result.assoc_actor_1, [c.actor for c in allies], exclude={result.actor1.name})
            armed = [c for c in armed if c not in allies]
        elif context.country is not None and context.country.unattributed:
            result.actor1 = _default(context.country.unattributed.replace("{country}", context.country.name), 3, 0.55)
        else:
            result.actor1 = _default(unidentified_name(context, sub_event_type, text, *(sentence or _sentence_bounds(matches))),
                                     3, 0.55)
        armed_targets = [c for c in armed if c.cue < 0 and c.match.kind in ("state", "unit", "group")
                         and c.match.force != "Government" and c.actor.inter != 7
                         and c.actor.name != result.actor1.name
                         and not (c.match.kind == "state" and "checkpoint" in c.match.text.lower())
                         and not _FORMER.search(text[max(0, c.match.start - 30):c.match.start])]
        civilians_hit = any(m.kind in ("civilians", "identity") and word_cue(text, m) < 0 for m in matches)
        if (sub_event_type in ("Attack", "Abduction/forced disappearance") and armed_targets and not civilians_hit
                and not _OFF_DUTY.search(text, *_sentence_bounds(matches))
                and not _EXECUTED.search(text, *_sentence_bounds(matches))):
            # soldiers, police or fighters shot at are a side of a battle, not civilians (ACLED codebook)
            result.sub_event_type = "Armed clash"
            return result
        victims = first_of("civilians") or first_of("identity")
        if sub_event_type == "Attack" and victims is None and _property_only(text, matches, result.actor1):
            # an arson attack on a factory, harming no one: property destruction (ACLED codebook)
            result.sub_event_type = "Looting/property destruction"
            return result
        crowd = first_of("protesters")
        if sub_event_type == "Attack" and victims is None and crowd is not None and not _A_RALLY.search(crowd.text) \
                and (_DEMONSTRATORS.search(crowd.text) or _CROWD_ATTACKED_BEFORE.search(
                    text, max(0, crowd.start - 40), crowd.start)):
            # "gunmen attacked a protest, killing two": the demonstrators are its victims (ACLED: Protesters)
            result.actor2 = ActorRef(_generic("Protesters", context), 6, _span(text, crowd), 0.75)
            return result
        result.actor2 = ActorRef(_generic("Civilians", context), 7, _span(text, victims), 0.8 if victims else 0.65)
        _add_assoc(result.assoc_actor_2, _identities(matches, context, text), exclude={result.actor2.name})
        return result

    if sub_event_type == "Arrests":
        police = [c for c in armed if c.match.kind in ("state", "unit")
                  or (c.match.kind == "group" and c.cue > 0 and c.order == 0)]  # "HTS security forces arrested"
        if police:
            chosen = sorted(police, key=lambda c: -c.cue)[0]
            result.actor1 = _confident(chosen.actor, chosen.cue)
        elif country_known:
            result.actor1 = _default(state_actor_name("Police Forces", context.country, context.on, as_of=context.as_of), 1, 0.55)  # type: ignore[arg-type]
        arrested = [c for c in armed if (result.actor1 is None or c.actor.name != result.actor1.name)
                    and not _CRITICISED.search(text, max(0, c.match.start - 40), c.match.start)]
        if arrested:
            result.actor2 = _confident(arrested[0].actor, 0)
        elif first_of("protesters"):
            result.actor2 = ActorRef(_generic("Protesters", context), 6, _span(text, first_of("protesters")), 0.6)
        elif first_of("civilians") or first_of("identity"):
            result.actor2 = ActorRef(_generic("Civilians", context), 7, _span(text, first_of("civilians") or first_of("identity")), 0.55)
            _add_assoc(result.assoc_actor_2, _identities(matches, context, text), exclude=set())
        return result

    if sub_event_type == "Disrupted weapons use":
        # (a weapon shot down names its owner, never the defender: "40 Shahed drones were shot down")
        defenders = [c for c in armed if c.match.kind in ("state", "unit") and not c.match.weapon
                     and not _FLYING_WEAPON.search(c.match.text)]  # ("shot down 20 Ukrainian drones": the owner's)
        # ("Resistance forces shot down a junta helicopter": an armed group named first that acts is the defender)
        defenders = [c for c in armed if c.match.kind == "group" and c.cue > 0 and c.order == 0] + defenders
        if defenders:
            result.actor1 = _confident(defenders[0].actor, defenders[0].cue)
        elif country_known:
            result.actor1 = _default(state_actor_name("Military Forces", context.military_country, context.on, as_of=context.as_of), _state_inter(context.military_country, context), 0.55)  # type: ignore[arg-type]
        others = [c for c in armed if result.actor1 is None or c.actor.name != result.actor1.name]
        if others:
            result.actor2 = _confident(others[0].actor, 0)
        else:
            result.actor2 = _default(_generic("Unidentified Armed Group", context), 3, 0.45)
        return result

    if sub_event_type == "Other" and (people := first_of("civilians") or first_of("identity")) is not None \
            and _DISPLACED.search(text, *_sentence_bounds(matches)):
        # people displaced by fighting are the event's actor; the fighting is its cause (ACLED codebook)
        result.actor1 = ActorRef(_generic("Civilians", context), 7, _span(text, people), 0.6)
        _add_assoc(result.assoc_actor_1, _identities(matches, context, text), exclude={result.actor1.name})
        return result

    # Battles, explosions and the remaining strategic developments: initiator first.
    if sub_event_type == "Looting/property destruction":  # ("burned down by gangs ... knowing the police would do nothing")
        armed = [c for c in _acting(matches, context, text, sub_event_type, doc) if not _did_not_act(doc, c.match)]
    split = next((c for c in armed if c.match.kind == "group" and sub_event_type == "Armed clash"
                  and _FACTIONS_OF.search(text, max(0, c.match.start - 60), c.match.start)), None)
    if split is not None:
        # "clashes between factions of the Sinaloa Cartel": the group split, fighting itself
        result.actor1 = _confident(split.actor, 0)
        result.actor2 = ActorRef(split.actor.name, split.actor.inter, split.actor.span, 0.6)
        return result
    ranked = _rank_agents(armed)
    pair = None
    if sub_event_type == "Armed clash" and (pair := _fight_between(text, matches, armed, context)) is not None:
        # "a firefight between the NPA and the military": no side said to begin it, the order told (not the
        # side whose losses the sentence counts)
        ranked = [pair[0]] + [c for c in ranked if c is not pair[0]]
    if sub_event_type == "Looting/property destruction":
        ranked = [c for c in ranked if c.cue >= 0]  # "torched the office of a militia": the militia is the target
    if sub_event_type in _TERRITORY_TYPES:
        # "Soldiers captured Kalunguta from the rebels": the side a place is taken from lost it (actor2), even
        # where the taker's own phrase names no actor (a country-less "soldiers")
        ranked = [c for c in ranked if not _taken_from(doc, c.match)]
    if sub_event_type in REMOTE_TYPES:
        # a bomb or shell rarely names its planter; a force named without a cue is its target
        ranked = [c for c in ranked if c.cue > 0 or (c.cue == 0 and c.match.kind not in ("state", "unit"))]
    if sub_event_type == "Air/drone strike":
        ranked = [c for c in ranked if not _struck(text, c.match)]  # "warplanes bombed RSF positions": the target
    front = context.country.front_on(context.on) if context.country is not None else None
    if not armed and front is not None and sub_event_type in ("Armed clash", "Shelling/artillery/missile attack"):
        # fire on a front line that the report attributes to no side: the state's military and its opponent
        result.actor1 = _default(state_actor_name("Military Forces", context.military_country, context.on, as_of=context.as_of), _state_inter(context.military_country, context), 0.4)  # type: ignore[arg-type]
        if sub_event_type == "Armed clash":
            result.actor2 = _default(front[0], front[1], 0.4)
        return result
    if ranked:
        chosen = ranked[0]
        result.actor1 = _confident(chosen.actor, chosen.cue)
        _add_assoc(result.assoc_actor_1, chosen.assoc, exclude={result.actor1.name})
        allies = [c for c in armed if c is not chosen and _coordinated(text, chosen.match, c.match)
                  and (pair is None or c not in pair)]  # ("between X and Y": two sides, not allies)
        operation = next((c for c in allies if c.actor.name.startswith("Operation ")), None)
        if operation is not None:  # "Turkish forces and JWS factions, operating under OPS": the joint operation acts
            allies = [c for c in allies if c is not operation] + [chosen]
            chosen = operation
            result.actor1 = _confident(chosen.actor, max(chosen.cue, 0))
            result.assoc_actor_1 = []
        lead, joint = _joint_force(text, chosen, armed)
        if joint:  # ("a joint team of the Army, CRPF and police": one side, its forces associated)
            chosen = lead
            result.actor1 = _confident(chosen.actor, max(chosen.cue, 0))
            allies = joint + [c for c in allies if c is not chosen and all(c is not j for j in joint)]
            result.assoc_actor_1 = [a for a in result.assoc_actor_1 if a.name != chosen.actor.name]
        _add_assoc(result.assoc_actor_1, [c.actor for c in allies], exclude={result.actor1.name})
        backers = [c for c in armed if c.cue == ALLY and c is not chosen and _backs(armed, c) is chosen]
        # ("backed by the police and the PMF": both back it)
        backers += [c for c in armed if c not in backers and c is not chosen and c.cue != -1
                    and any(_AND_THE.match(text, b.match.end, c.match.start) for b in backers)]
        _add_assoc(result.assoc_actor_1, [c.actor for c in backers], exclude={result.actor1.name})
        rest = [c for c in armed if c is not chosen and c not in allies and c not in backers]
    else:
        rest = armed
    if not ranked and armed and sub_event_type in REMOTE_TYPES:
        result.actor1 = _default(_generic("Unidentified Armed Group", context), 3, 0.5)
    if (sub_event_type == "Armed clash" and result.actor1 is not None and result.actor1.span is not None and not rest
            and result.actor1.inter in (1, 2, 3, 8) and not _BATTLE.search(text, *_sentence_bounds(matches))
            and any(m.kind in ("civilians", "identity") and word_cue(text, m) < 0 for m in matches)):
        # "Israeli forces fired live bullets at two Palestinians": no armed side faces them (ACLED codebook)
        result.sub_event_type = "Attack"
        return result
    if sub_event_type == "Armed clash" and result.actor1 is not None:
        # a government word of the fighting force's own state ("breached the parliament compound", "the ministry")
        # names a place or an authority, not the armed side it fights
        own = _state_of(result.actor1.name)
        rest = [c for c in rest if not (c.match.force == "Government" and _state_of(c.actor.name) == own)]
        crowd = next((m for m in matches if m.kind in ("protesters", "rioters") and _PEOPLE.search(m.text)), None)
        if not rest and own is not None and result.actor1.inter == 1 and crowd is not None \
                and not _BATTLE.search(text, *(sentence or _sentence_bounds(matches))):
            # "police opened fire as protesters breached the compound": no armed side faces the forces; they used
            # force on a demonstration (ACLED: force against protesters; against rioters, a violent demonstration)
            result.sub_event_type = "Excessive force against protesters" if crowd.kind == "protesters" \
                else "Violent demonstration"
            result.why = "demonstrators, no armed opponent"
            return result
    if result.actor1 is not None:
        if rest:
            preference = {-1.0: 0, 0.0: 1, ALLY: 2}
            target = sorted(rest, key=lambda c: (preference.get(c.cue, 3), c.order))[0]
            target, joint = _joint_force(text, target, rest)  # ("fired on a joint team of the army and police")
            result.actor2 = _confident(target.actor, 0)
            _add_assoc(result.assoc_actor_2, target.assoc, exclude={result.actor2.name})
            _add_assoc(result.assoc_actor_2, [c.actor for c in joint], exclude={result.actor2.name})
    else:
        if sub_event_type == "Air/drone strike" or (sub_event_type == "Government regains territory" and rest):
            result.actor1 = _default("Unidentified Military Forces", 8, 0.45)  # (state forces of no known state)
            struck = [c for c in rest if _struck(text, c.match)]  # (a side named as struck, the strike's target)
            if sub_event_type != "Air/drone strike" or struck:
                result.actor2 = _confident((struck or rest)[0].actor, 0)
        elif sub_event_type in ("Change to group/activity", "Agreement", "Other") and first_of("protesters"):
            result.actor1 = ActorRef(_generic("Protesters", context), 6, _span(text, first_of("protesters")), 0.45)
        else:
            result.actor1 = _default(_generic("Unidentified Armed Group", context), 3, 0.5)
    if result.actor2 is not None and result.actor2.inter != 7 and sub_event_type in EXPLOSION_TYPES:
        # civilians hit as collateral damage are associated with the target (ACLED.md 1.2)
        hurt = [m for m in matches if m.kind in ("civilians", "identity") and not _NEGATED.search(text[max(0, m.start - 12):m.start])]
        if hurt:
            _add_assoc(result.assoc_actor_2, [ActorRef(_generic("Civilians", context), 7, _span(text, hurt[0]), 0.5)]
                       + _identities(hurt, context, text), exclude={result.actor2.name})
    if result.actor2 is None:
        victims = first_of("civilians") or first_of("identity")
        if victims and sub_event_type not in ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"):
            result.actor2 = ActorRef(_generic("Civilians", context), 7, _span(text, victims), 0.55)
            _add_assoc(result.assoc_actor_2, _identities(matches, context, text), exclude={result.actor2.name})
        elif sub_event_type == "Armed clash" and result.actor1 is not None and result.actor1.inter == 4:
            # "two rival clans clashed": a communal, clan or tribal militia fights its own kind
            result.actor2 = _default(result.actor1.name, 4, 0.45)
        elif sub_event_type == "Armed clash" and result.actor1 is not None and _BETWEEN_PEERS.search(
                text, *(sentence or _sentence_bounds(matches))):
            # "gunfights between different communities": both sides are of one kind, neither is the state's
            result.actor2 = _default(result.actor1.name, result.actor1.inter, 0.45)
        elif sub_event_type == "Armed clash" and result.actor1 is not None and country_known:
            military = state_actor_name("Military Forces", context.military_country, context.on, as_of=context.as_of)  # type: ignore[arg-type]
            # (not the army that fights beside actor1: "VDP volunteers fighting alongside the army repelled an attack")
            if result.actor1.inter != 1 and military not in {result.actor1.name, *(a.name for a in result.assoc_actor_1)}:
                result.actor2 = _default(military, _state_inter(context.military_country, context), 0.4)
            else:
                result.actor2 = _default(_generic("Unidentified Armed Group", context), 3, 0.4)
    if (sub_event_type == "Armed clash" and result.actor1 is not None and result.actor2 is not None
            and result.actor1.inter not in (1, 2) and result.actor2.inter == 1
            and matches and _MUTUAL_FIRE.search(text, *(sentence or _sentence_bounds(matches)))):
        # "three traffickers exchanged fire with military police": fire both ways, no side said to begin it;
        # ACLED names the state's forces first against gangs and militias, but keeps a rebel group first as told
        # ("a firefight between the NPA and the military", "Maoists and security forces exchanged fire"); only in
        # the event's sentence: "terrorists attacked a checkpost. The attackers fled after an exchange of fire" told
        # who began it; and where no side is named at all ("a shoot-out took place"), there is nothing to turn round
        result.actor1, result.actor2 = result.actor2, result.actor1
        result.assoc_actor_1, result.assoc_actor_2 = result.assoc_actor_2, result.assoc_actor_1
    if (sub_event_type == "Armed clash" and ranked and ranked[0].cue < 0 and used_force(text, ranked[0].match) is not True
            and result.actor1 is not None
            and result.actor1.inter in (1, 8) and result.actor2 is not None and result.actor2.span is None
            and result.actor2.name == _generic("Unidentified Armed Group", context)
            and not _MUTUAL_FIRE.search(text, *(sentence or _sentence_bounds(matches)))):
        # "police officers were shot by a man", "a man attacked a police officer": the forces, the only armed side
        # named, are the target; the unnamed attacker is actor1 (not where fire went both ways: "killed in an
        # encounter with the police")
        bounds = sentence or _sentence_bounds(matches)
        forces, sure = result.actor1, (result.actor1.confidence, result.actor2.confidence)
        # (each role as sure as before: the event's confidence, which ranks it among the document's, is unchanged)
        result.actor1 = _default(unidentified_name(context, sub_event_type, text, *bounds), 3, sure[0])
        result.actor2 = replace(forces, confidence=sure[1])
        result.assoc_actor_1, result.assoc_actor_2 = result.assoc_actor_2, result.assoc_actor_1
    kin = _named_kin(text, result.actor1, context)
    if kin:
        # ("between the Sikin and Kaekin clans": the two named sides; "the Abgal clan": the one named)
        result.actor1 = kin[0]
        if len(kin) > 1 and result.actor2 is not None and result.actor2.name.startswith(
                ("Unidentified Clan Militia", "Unidentified Tribal Militia")):
            result.actor2 = ActorRef(kin[1].name, 4, kin[1].span, result.actor2.confidence)
    return result


_TERRITORY_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _taken_from(doc: "Doc | None", match: ActorMatch) -> bool:
    """The phrase names the side a place was taken from: the object of a "from" on the verb of taking or on its
    object ("captured Kalunguta from the rebels"), not one on its subject ("soldiers from the 5th brigade")."""
    if doc is None:
        return False
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root.head if span.root.dep_ == "compound" else span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "from" and (
        prep.head.pos_ == "VERB" or prep.head.dep_ in {"dobj", "pobj"})


#: "the Sikin and Kaekin clans", "the Habar Gidir clan", "the Ambulin tribe": the names a clan or tribe word is told
#: with (capitalised words right before it, two joined by "and").
_NAME = r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})"
_NAMED_KIN = re.compile(r"\b(?:the\s+)?(?P<one>" + _NAME + r")(?:\s+and\s+(?:the\s+)?(?P<two>" + _NAME + r"))?\s+"
                        r"(?P<noun>clans?|sub-clans?|tribes?)\b")
_NOT_NAMES = frozenset({"The", "Two", "Rival", "Warring", "Local", "Both", "Armed", "Several", "In", "On", "At"})


def _named_kin(text: str, ref: ActorRef | None, context: ActorContext) -> list[ActorRef]:
    """The clan or tribal militias a generic clan or tribe phrase names ("fighting between the Sikin and Kaekin
    clans": Sikin Clan Militia and Kaekin Clan Militia), each with the event's country."""
    if ref is None or ref.span is None or not ref.name.startswith(("Unidentified Clan Militia",
                                                                   "Unidentified Tribal Militia")):
        return []
    start = text.rfind(". ", 0, ref.span.start) + 1
    end = text.find(". ", ref.span.end)
    found = _NAMED_KIN.search(text, max(start, ref.span.start - 100), end if end >= 0 else len(text))
    if found is None:
        return []
    names = [n for n in (found.group("one"), found.group("two")) if n and n.split()[0] not in _NOT_NAMES]
    kind = "Clan Militia" if "clan" in found.group("noun").lower() else "Tribal Militia"
    return [ActorRef(_generic(f"{name} {kind}", context), 4, ref.span, ref.confidence) for name in names]


#: "between two factions of", "among rival factions of the": a named group's split.
_FACTIONS_OF = re.compile(r"\b(?:between|among)\s+(?:the\s+)?(?:(?:two|rival|warring|competing|opposing)\s+)?"
                          r"factions\s+of\s+(?:the\s+)?$", re.I)
_BETWEEN_PEERS = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,4}?(?:of|from)\s+(?:the\s+)?)?"
                            r"(?:two|different|rival|opposing|warring|several)\s+"
                            r"(?:communities|groups|factions|families|clans|tribes|villages|gangs|sects)\b", re.I)
# ("gunfights between armed men of two communities": the men of each side, neither the state's)
# (South Asian papers call a shootout with the police or the army an encounter: "shot dead in an encounter", "an
# encounter with the police"; the harm told right before it, not a death told elsewhere in the sentence)
_MUTUAL_FIRE = re.compile(r"\bexchang\w* (?:of )?(?:gun)?fire\b|\bshoot-?outs?\b|\bgunfights?\b|\bfirefights?\b|"
                          r"\bgun ?battles?\b|\b(?:killed|shot(?:\s+dead)?|gunned\s+down|died|dead|slain)\s+"
                          r"(?:\w+\s+){0,2}?(?:in|during)\s+(?:an?|the)\s+(?:\w+\s+)?encounters?\b|"
                          r"\bencounters?\s+with\s+(?:the\s+)?(?:\w+\s+)?(?:police|army|security|forces|troops|jawans|"
                          r"commandos|paramilitary)\b", re.I)
