"""ACLED's decision rules over the cues of one clause: which sub-event type, why, and how sure.

The rules follow the codebook's order of precedence (docs/EVENT_TYPES.md): specific weapons
before generic violence, violent demonstrators before the force used against them, armed targets
(Battles) apart from unarmed ones (Violence against civilians), state arrests apart from
abductions by armed groups.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .cues import Cue, CueSet

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Decision", "decide", "decide_protest", "done_by_non_state", "fighting_parties", "named_place_taken",
           "PROTEST_SEVERITY", "STRONG_RIOT"]

#: Protest-family sub-types from mildest to most severe; merging two reports keeps the more severe.
PROTEST_SEVERITY: tuple[str, ...] = ("Peaceful protest", "Protest with intervention",
                                     "Excessive force against protesters", "Violent demonstration")

_STRONG_DISRUPT = {"defuse", "defused", "dismantle", "dismantled", "bomb disposal", "controlled explosion",
                   "controlled detonation", "safely detonated", "safely detonate", "intercept", "intercepted",
                   "interception", "shoot down", "shot down", "downed", "foil", "foiled", "thwart", "thwarted",
                   "disarm", "neutralize", "neutralise", "neutralized", "deactivate", "defusal", "demine",
                   "demining", "before it exploded", "before exploding", "dismantling", "defusing"}
_STRONG_IED = {"ied", "ieds", "improvised explosive", "roadside bomb", "explosive device", "landmine", "land mine",
               "mine explode", "mine exploded", "car bomb", "vbied", "vbieds", "booby - trap", "booby - trapped",
               "booby trap", "booby trapped", "booby-trapped", "sticky bomb", "magnetic bomb", "explosive - laden",
               "remote - controlled", "remotely detonated", "motorcycle bomb", "bike bomb", "explosive charge"}
_STRONG_CLASH = {"clash", "armed clash", "fighting", "fight", "battle", "exchange fire", "exchanged fire",
                 "exchange of fire", "exchanging fire", "traded fire", "trade fire", "gunfight", "firefight",
                 "fire fight", "gun battle", "gunbattle", "skirmish", "ambush", "repel", "repulse", "shootout",
                 "shoot - out", "counterattack", "counter - attack", "hostilities", "engage", "engagement", "combat"}
_BATTLE_WORDS = {"clash", "armed clash", "fighting", "fight", "battle", "exchange fire", "exchanged fire", "exchange of fire",
                 "exchanging fire", "traded fire", "trade fire", "gunfight", "firefight", "fire fight", "gun battle",
                 "gunbattle", "skirmish", "shootout", "shoot - out", "repel", "repulse", "in both directions",
                 "both sides fired", "exchange of artillery", "exchange artillery", "exchange shelling",
                 "exchange gunfire", "exchange rocket", "exchange mortar", "exchange heavy", "exchange shell",
                 "exchange artillery fire", "exchanged artillery", "exchanged shelling", "exchanged gunfire",
                 "exchanged rocket", "exchanged mortar", "exchanged heavy", "fire back", "fired back", "return fire",
                 "returned fire", "returning fire", "shelling exchange", "artillery exchange", "exchange of shelling",
                 "artillery duel"}
_LIGHT_ARMS = {"small arms", "small - arms", "firearm", "firearms", "automatic weapons", "automatic rifle", "rifle",
               "rifles", "gunfire", "gunshot", "gunshots", "shots", "light weapons"}
_RIOT_SIGNS = {"rioter", "riot", "burn tire", "burn tyre", "burn tires", "burn tyres", "burning tire", "burning tyre",
               "burning tires", "burning tyres"}  # what only rioting demonstrators do
_CROWD_VIOLENCE = {"throw stone", "throw rock", "stone - throwing", "stone-throwing", "pelt", "hurl", "molotov",
                   "petrol bomb", "throw firework", "throw firecracker", "throw bottle", "throw brick",
                   "throw projectile", "throw object"} | _RIOT_SIGNS
_SUICIDE_ACTS = {"suicide bomber", "suicide attack", "suicide bombing", "blew himself up", "blow himself up",
                 "blew herself up", "blew themselves up", "self - detonate"}
#: Acts that make a demonstration a Violent demonstration (riot cues; the rest are weaker).
STRONG_RIOT = {"clash", "set fire", "set on fire", "set ablaze", "set alight", "burn", "torch", "firebomb", "storm",
               "vandalise", "vandalize", "smash", "ransack", "break into", "broke into", "tear down", "tore down",
               "loot", "ablaze", "on fire", "fire be set", "turn violent", "turned violent"} | _CROWD_VIOLENCE
_WEAK_RIOT = {"attack", "assault", "fight", "beat", "injure", "damage", "stone", "tire", "tyre"}
_LETHAL_FORCE = {"live ammunition", "live fire", "live round", "live bullet", "sniper", "shot dead", "shoot dead",
                 "gunfire", "bullet wound", "gunshot", "machine gun", "run over", "ran over", "fatally"}
_DEATH_WORDS = {"killed", "kill", "die", "died", "dead", "death", "shoot", "shot", "stab", "open fire",
                "opened fire", "fire on", "fired on", "fire at", "fired at", "shoot at", "shot at"}
_STRONG_AGREEMENT = {"agreement", "agree", "agreed", "ceasefire", "cease - fire", "cease-fire", "truce", "peace deal",
                     "peace agreement", "peace accord", "reconcile", "reconciliation", "memorandum of understanding",
                     "prisoner exchange", "prisoner swap", "exchange of prisoners", "pact", "armistice",
                     "reached an agreement"}
_STATE_WORDS = {"police", "policeman", "policemen", "police officer", "security force", "security forces", "army",
                "military", "soldier", "troop", "troops", "forces", "officers", "police officers", "government", "authorities", "gendarme",
                "gendarmerie", "intelligence", "counter", "swat", "commando", "commandos", "detective"}
_NON_STATE_WORDS = {"gunman", "gunmen", "armed men", "armed man", "armed group", "militant", "militants", "=IS",
                    "isis", "isil", "daesh", "insurgent", "rebel", "bandit", "bandits", "kidnapper", "jihadist",
                    "militia", "unidentified", "unknown", "gang", "terrorist",
                    # (plurals the parser keeps as written when it tags them proper nouns: "Rebels captured ...")
                    "rebels", "insurgents", "jihadists", "kidnappers", "terrorists", "militias", "gangs"}


@dataclass(frozen=True, slots=True)
class Decision:
    """A sub-event type with the cue that triggered it, the rule's reason and its confidence."""

    sub_event_type: str
    confidence: float
    rule: str
    trigger: Cue | None
    generic: bool = False  # decided from a generic violence word ("killed"), not from a weapon or act


def _first(cues: CueSet, category: str, phrases: set[str] | None = None) -> Cue | None:
    for cue in cues.get(category):
        if phrases is None or cue.phrase in phrases:
            return cue
    return None


def _object_tokens(doc: "Doc", cue: Cue) -> set[int]:
    """Token indices of what the cue's word acts on: its objects, passive subject and prepositional
    objects with their modifiers, plus the words right after an active verb (or right before a
    passive one) up to a clause boundary, since the small parser often misreads names like "IS"."""
    head: "Token" = doc[cue.end - 1]
    found: set[int] = set()
    for child in head.children:
        if child.dep_ in {"dobj", "nsubjpass", "attr", "pobj", "compound", "amod", "nmod", "poss"}:
            found.update(t.i for t in child.subtree)
        elif child.dep_ in {"prep", "dative"} and child.lower_ not in {"by", "in", "near", "during", "with"}:
            found.update(t.i for t in child.subtree)
    side = _firing_side(head)
    if head.dep_ in {"amod", "compound", "acl"} and side is None:  # "the killed protesters", "a bomb attack on ..."
        found.update(t.i for t in head.head.subtree)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children) or (
        head.i > 0 and doc[head.i - 1].lower_ in {"was", "were", "been", "being"})
    if passive:
        i = head.i - 1
        while i >= max(head.i - 8, 0) and doc[i].lower_ not in {",", ";", "on", "in", "by"} and not doc[i].is_sent_start:
            found.add(i)
            i -= 1
    else:
        for i in range(cue.end, min(cue.end + 8, len(doc))):
            word = doc[i]
            if word.is_sent_start or word.lower_ in {",", ";", ".", "in", "near", "during", "by", "after", "while",
                                                      "before", "as", "with", "when", "and"}:
                if not (word.lower_ == "and" and i == cue.end):
                    break
            found.add(i)
    if side is not None:
        found -= {side.i, *(t.i for t in side.lefts)}  # who fires is not what is hit
    return found


#: Words of firing whose noun just before names the side that fires ("killed in police firing", "army shelling").
_SHOOTING_WORDS = frozenset({"firing", "fire", "gunfire", "shooting", "shoot", "shelling", "shell", "bombardment",
                             "airstrike",
                             "raid", "crackdown", "ambush", "assault", "offensive"})  # ("a police raid": by the police)
_HARM_VERBS = frozenset({"kill", "die", "perish", "injure", "wound", "hurt", "succumb", "martyr"})


def _firing_side(head: "Token") -> "Token | None":
    """The noun right before a word of firing or force that names who acted ("police firing", "army shelling",
    "a police raid"), however the small parser attached the two (compound, the noun modified by a verb, or a
    preposition's object)."""
    if head.i == 0 or head.lemma_.lower() not in _SHOOTING_WORDS:
        return None
    side = head.doc[head.i - 1]
    if side.pos_ not in {"NOUN", "PROPN", "ADJ"} or not (side.head.i == head.i or head.head.i == side.i or side.dep_ == "pobj"):
        return None
    return side


def _harmed_in(doc: "Doc", cue: Cue) -> set[int]:
    """"a youth perished in police firing", "two were injured in the shelling": who the firing harmed."""
    token: "Token" = doc[cue.end - 1]
    side = _firing_side(token)
    anchor = side if side is not None and side.dep_ == "pobj" else token
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "in":
        verb = anchor.head.head
    elif token.dep_ == "advcl" and side is not None and side.i > 0 and doc[side.i - 1].lower_ == "in":
        verb = token.head  # "died in army firing" parsed with "firing" as the verb's adverbial clause
    elif token.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in {"when", "as"} for c in token.children):
        verb = token.head  # "six soldiers were martyred when terrorists attacked a post": who the attack harmed
    else:
        return _lives_taken(doc, cue)
    verb = _harm_behind_wounds(verb)
    if verb.lemma_.lower() not in _HARM_VERBS:
        return set()
    subjects = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    if not subjects and verb.dep_ == "acl" and verb.head.i < verb.i:  # "a youth perished in ..." parsed as a youth
        return {verb.head.i} | {t.i for c in verb.head.lefts for t in c.subtree}  # who perished
    return subjects


#: Verbs of wounds received: "succumbed to bullet injuries sustained in police firing".
_WOUNDS_RECEIVED = frozenset({"sustain", "receive", "suffer", "get"})
#: Verbs whose object "lives" is a toll ("police firing claimed two lives").
_TAKING_LIVES = frozenset({"claim", "take", "cost"})


def _harm_behind_wounds(verb: "Token") -> "Token":
    """The harm verb whose wounds were received in the firing: "died of wounds suffered in police firing", "succumbed
    to injuries they received in police firing" (the verb itself when no wounds come between)."""
    if verb.lemma_.lower() not in _WOUNDS_RECEIVED or verb.dep_ not in {"acl", "relcl"}:
        return verb
    wounds = verb.head
    if wounds.lemma_.lower() not in {"injury", "wound"} or wounds.dep_ != "pobj" or wounds.head.lower_ not in {"to", "of"}:
        return verb
    return wounds.head.head


def _lives_taken(doc: "Doc", cue: Cue) -> set[int]:
    """"Police firing claimed two lives", "the firing took the lives of three youths", "the toll in police firing
    rose to five": the lives a firing took (its subject's verb a verb of taking, its object "lives"; or the toll
    it is the cause of)."""
    token: "Token" = doc[cue.end - 1]
    side = _firing_side(token)
    subject = side if side is not None and side.dep_ in {"nsubj", "pobj"} else token
    if subject.dep_ == "pobj" and subject.head.lower_ in {"in", "from"} and subject.head.head.lemma_.lower() == "toll":
        return {subject.head.head.i}
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in _TAKING_LIVES:
        return set()
    lives = next((c for c in subject.head.children if c.dep_ == "dobj" and c.lemma_.lower() == "life"), None)
    return set() if lives is None else {t.i for t in lives.subtree}


#: Light verbs whose object names the act: "conducted ground assaults", "carried out an attack", "was making attack".
_DOING = frozenset({"conduct", "carry", "launch", "mount", "stage", "make", "undertake", "perform"})


def _an_operation_done(doc: "Doc", cue: Cue) -> bool:
    """"conducted ground assaults near Chasiv Yar": an assault that forces carry out is an operation, not abuse."""
    word = doc[cue.end - 1]
    return word.pos_ == "NOUN" and word.dep_ == "dobj" and word.head.lemma_.lower() in _DOING


def _agent_tokens(doc: "Doc", cue: Cue) -> set[int]:
    head: "Token" = doc[cue.end - 1]
    if head.dep_ == "prt":  # "beaten up by locals": the verb, not its particle, has the agent
        head = head.head
    elif head.dep_ == "dobj" and (cue.start <= head.head.i < head.i or head.head.lemma_.lower() in _DOING):
        head = head.head  # "took control", "set fire", "conducted ground assaults": the verb has the agent
    found: set[int] = set()
    for child in head.children:
        if child.dep_ in {"nsubj", "csubj"}:
            found.update(t.i for t in child.subtree)
        elif child.dep_ == "agent":
            found.update(t.i for t in child.subtree)
    side = _firing_side(head)
    if side is not None:  # "police firing", "army shelling": who fires
        found.update({side.i, *(t.i for t in side.lefts)})
    if not found and head.dep_ in {"conj", "xcomp", "advcl"}:  # "gunmen stormed a house and killed ..."
        return _agent_tokens(doc, Cue(cue.category, cue.phrase, head.head.i, head.head.i + 1))
    return found


def _cues_in(cues: CueSet, category: str, token_ids: set[int]) -> list[Cue]:
    return [c for c in cues.get(category) if c.start in token_ids or c.end - 1 in token_ids]


def _phrases_in(cues: CueSet, phrases: set[str], token_ids: set[int], *categories: str) -> bool:
    return any(c.phrase in phrases and c.start in token_ids for cat in categories for c in cues.get(cat))


def _about_grievance(doc: "Doc", cue: Cue, sentence: CueSet) -> bool:
    """Whether a cue names what people protest about ("against the arrest of ...") rather than what
    happened at the protest."""
    heads = {c.start for c in sentence.get("grievance_head")}
    node = doc[cue.start]
    for _ in range(4):
        if node.head.i == node.i or node.dep_ in {"conj", "ROOT"}:
            return False
        node = node.head
        if node.i in heads:
            return True
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"pcomp", "acl", "amod"}:
            return False
    return False


_STANDING_BY = {"deploy", "station", "position", "keep", "post", "place", "rush", "send", "move", "bring"}


def _only_deployed(doc: "Doc", cue: Cue) -> bool:
    """"Water cannons have been deployed in the town": means of dispersal standing by, not used on anyone."""
    node = doc[cue.end - 1]
    while node.dep_ in {"conj", "appos"} and node.head.i != node.i:  # "armoured vehicles, water cannons and ..."
        node = node.head
    return node.dep_ in {"nsubjpass", "dobj"} and node.head.lemma_.lower() in _STANDING_BY


def _stolen_root(verb: "Token") -> bool:
    """A participle the parser made the sentence's main verb, though it describes the noun before it: "Families of
    12 farmers abducted last month protested in Gusau on Thursday" ("abducted" the root, "protested" hung on it
    as an adverbial clause). The participle has no auxiliary and no object, and the verb after it is finite, with
    no subject, no conjunction and no auxiliary of its own: the sentence's main verb."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VBN", "VBD"} or verb.i == 0 \
            or verb.doc[verb.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "dobj", "cc"} for c in verb.children):
        return False
    return any(c.dep_ == "advcl" and c.i > verb.i and c.tag_ in {"VBD", "VBN"} and not any(
        g.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for g in c.children) for c in verb.children)


def describes_a_noun(node: "Token") -> bool:
    """The violence word is in a clause that describes a noun ("measures taken to fight the coronavirus",
    "drug traffickers attacking them", "their crop, damaged during the lockdown"): not what the protest did."""
    for _ in range(3):
        if node.dep_ in {"acl", "relcl"} or _stolen_root(node):
            return True
        if node.head.i == node.i or node.dep_ in {"conj", "ROOT"}:
            return False
        node = node.head
    return False


def _torch_carried(doc: "Doc", cue: Cue) -> bool:
    """Torches carried ("marched with torches", "the National Torch Movement") are no arson."""
    return cue.phrase in {"torch", "torches"} and doc[cue.start].pos_ in {"NOUN", "PROPN"}


_DISPERSAL = {"tear gas", "teargas", "tear - gas", "tear-gas", "disperse", "dispersal", "water cannon", "rubber bullet",
              "stun grenade", "sound bomb", "sound grenade", "baton", "truncheon", "pepper spray"}


_BACKGROUND_OWNERS = {"organiser", "organizer", "member", "leader", "anniversary", "movement", "coordinator", "supporter",
                      "activist", "victim", "martyr", "family", "wake", "aftermath", "start", "beginning", "outbreak",
                      "spokesman", "spokesperson", "committee", "murderer", "killer", "killing", "death", "support"}
_BACKGROUND_PREPS = {"following", "after", "for", "due", "because", "since", "before", "about", "regarding", "over",
                     "against", "toward", "towards"}


#: Nouns a protest word only names ("the protest square", "protest leaders"), reporting no protest.
_PROTEST_PLACES = frozenset({"square", "site", "ground", "venue", "area", "zone", "leader",
                             "organiser", "organizer", "movement", "committee", "slogan", "banner", "placard", "song"})


#: Marches that are no protest: "the army staged a flag march", "a route march" (security forces on show).
_FORCES_MARCHES = frozenset({"flag", "route"})


def _show_of_force(token: "Token") -> bool:
    """"The RAF staged a flag march in Bandra": security forces showing themselves, not a protest."""
    return token.lemma_.lower() == "march" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _FORCES_MARCHES for c in token.children)


def _a_past_disaster(doc: "Doc", cue: Cue) -> bool:
    """The death word tells what a noun the protest is about or marks did ("to mark one year since the collapse of
    a canopy that killed 16 people", "against the police who killed three students"): a relative clause on a noun
    under a preposition of time or cause, or under "anniversary of". Its deaths are not the protest's."""
    node = doc[cue.end - 1]
    if node.dep_ not in {"relcl", "acl"}:
        return False
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.dep_ == "prep" and node.lower_ in _BACKGROUND_PREPS:
            return True
        if node.dep_ == "prep" and node.lower_ == "of" and node.head.lemma_.lower() in _BACKGROUND_OWNERS:
            return True
        if node.pos_ in {"VERB", "AUX"}:
            return False
    return False


_CAMPERS = frozenset({"pro", "anti", "protest", "student", "students", "solidarity", "peace", "climate", "occupy"})


def _a_cause_camp(token: "Token") -> bool:
    """"a pro-Palestinian encampment", "a student encampment", "the anti-war encampment": a camp set up to
    protest, as its modifiers say."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in _CAMPERS for c in token.children)


def _reports_protest(doc: "Doc", cue: Cue) -> bool:
    """Whether a protest word reports a protest here, not as background ("support for the protesters",
    "following the protests", "the demonstrators' anger is due to ...")."""
    token = doc[cue.start]
    if token.pos_ == "VERB":
        return True
    if cue.phrase == "encampment" and not _a_cause_camp(token):
        return False  # ("an encampment of displaced people", "an insurgent encampment")
    if _show_of_force(token):
        return False
    if token.dep_ == "poss":
        return False
    if token.dep_ in {"compound", "amod"} and token.head.lemma_.lower() in _PROTEST_PLACES:
        return False  # "as he left the protest square", "protest leaders": named after protests
    node = token
    for _ in range(5):
        if node.head.i == node.i:
            break
        node = node.head
        if node.dep_ == "prep" and node.lower_ in _BACKGROUND_PREPS:
            return False
        if node.dep_ == "prep" and node.lower_ == "of" and node.head.lemma_.lower() in _BACKGROUND_OWNERS:
            return False  # "organisers of the demonstrations", "anniversary of the protests"
        if node.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children):
            if any(c.dep_ == "mark" and c.lower_ in {"since", "after", "before", "until"} for c in node.children):
                return False  # "since the protests began": the time frame of something else
            break
    return not (token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_ in {"be", "have"})


def _protest_context(doc: "Doc", clause: CueSet, sentence: CueSet) -> bool:
    if any(_reports_protest(doc, c) for c in clause.get("protest")):
        return True
    if any(c.phrase in _DISPERSAL for c in clause.get("intervention")):
        return True  # dispersing implies a crowd that gathered
    if any(_people_block_a_way(doc, clause, c) for c in clause.get("gathering")):
        return True
    return clause.has("gathering", "crowd_size") and clause.has("demand")


_WAYS = {"road", "highway", "street", "entrance", "bridge", "route", "access", "railway", "track", "junction",
         "crossing", "motorway", "expressway", "avenue"}


def _people_block_a_way(doc: "Doc", clause: CueSet, cue: Cue) -> bool:
    """"Taxi drivers blocked the roads", "residents blocked the entrance to the village": people (no force,
    no armed group) blocking a way is a protest in ACLED's practice, with or without a stated demand."""
    verb = doc[cue.start]
    if cue.phrase != "block" or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _WAYS for c in verb.children):
        return False
    agents = _agent_tokens(doc, cue)
    return bool(agents) and not _armed(clause, agents) and _state_agent(doc, clause, cue) is None


_RIOT_GEAR = {"police", "policeman", "policemen", "forces", "force", "squad", "gear", "control", "unit", "units", "officers"}


def _riot_police(doc: "Doc", cue: Cue) -> bool:
    """"Riot police", "anti-riot forces": the police, not a riot."""
    if cue.phrase not in {"riot", "rioter"}:
        return False
    after = doc[cue.end].lower_ if cue.end < len(doc) else ""
    before = doc[cue.start - 1].lower_ if cue.start > 0 else ""
    before2 = doc[cue.start - 2].lower_ if cue.start > 1 else ""
    return after in _RIOT_GEAR or before.startswith("anti") or (before == "-" and before2 == "anti")


def _burns_only_symbols(doc: "Doc", clause: CueSet) -> bool:
    """Burning flags, pictures or effigies is a peaceful protest act in ACLED's practice."""
    burns = [c for c in clause.get("riot")
             if c.phrase in {"burn", "set fire", "set on fire", "on fire", "torch", "set ablaze"}]
    if not burns:
        return False
    symbols = clause.get("peaceful_burn_object")
    return bool(symbols) and all(any(abs(s.start - b.end) <= 4 or s.start in _burnt_objects(doc, b) for s in symbols)
                                 for b in burns)


def _burnt_objects(doc: "Doc", burn: Cue) -> set[int]:
    """What "set ... on fire" burns: the object of "set", which stands between the two parts."""
    verb = doc[burn.start].head if burn.phrase == "on fire" else doc[burn.start]
    return {t.i for child in verb.children if child.dep_ == "dobj" for t in child.subtree}


_REFLEXIVE = frozenset({"themselves", "himself", "herself", "itself", "ourselves"})


def _barricades_a_way(doc: "Doc", cue: Cue) -> bool:
    """"Traders barricaded the roads", "built barricades", "roads were barricaded with stones": road-blocking with
    barricades is the codebook's example of a violent demonstration; "barricaded themselves into an office"
    (a sit-in) is not."""
    if cue.phrase != "barricade" or describes_a_noun(doc[cue.start]):
        return False
    word = doc[cue.end - 1]
    return not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in word.children)


_DEMANDING = frozenset({"demand", "call", "seek", "urge", "want", "press"})
_SAYING = frozenset({"claim", "say", "allege", "accuse", "insist", "believe"})


def _demanded(token: "Token") -> bool:
    """"demanding a CBI inquiry and the arrest of the officer": what the protesters ask for, not done to them."""
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _DEMANDING and node.pos_ in {"VERB", "NOUN"}:
            return True
    return False


def _what_protesters_say(doc: "Doc", cue: Cue, sentence: CueSet) -> bool:
    """An abduction that a protest is about ("in protest of the abduction of ...", "families who claim their
    sons were kidnapped held a sit-in", "demanding the return of the abducted"): the grievance, not an event
    of the protest. Read by position too, since the small parser often misreads such clauses."""
    if _about_grievance(doc, cue, sentence) or describes_a_noun(doc[cue.start]) or _demanded(doc[cue.start]):
        return True
    before = doc[max(cue.start - 6, doc[cue.start].sent.start):cue.start]
    return any(t.lemma_.lower() in _SAYING for t in before)


_KIN = frozenset({"relative", "family", "kin", "parent", "widow", "mother", "father", "son", "daughter", "colleague"})
_KIN_PLURALS = frozenset({"relatives", "families", "parents", "widows", "mothers", "fathers", "sons", "daughters",
                          "colleagues"})


def _kin_of_the_dead(doc: "Doc", cue: Cue) -> bool:
    """"Relatives of the dead staged a protest", "families of those killed", "relatives of 30 miners detained last
    week": who protests, not harm done to them."""
    word = doc[cue.end - 1]
    node = word.head if word.dep_ in {"amod", "acl", "relcl"} else word  # ("of those killed", "of the dead men")
    if node.dep_ != "pobj" and word.dep_ == "pobj":
        node = word
    preposition = node.head
    kin = preposition.head
    return node.dep_ == "pobj" and preposition.lower_ == "of" and (
        kin.lemma_.lower() in _KIN or kin.lower_ in _KIN_PLURALS)  # (a capitalised "Relatives" keeps its plural lemma)


def _harm_to_whose_kin(doc: "Doc", cue: Cue) -> bool:
    """"Hundreds of women whose husbands were killed by bandits protested": harm told in a "whose" clause that
    describes the demonstrators is their grievance, not force used on them."""
    word = doc[cue.end - 1]
    clause = next((t for t in [word, *word.ancestors] if t.dep_ == "relcl"), None)
    if clause is not None and any(t.lower_ == "whose" for t in clause.subtree if t.i < word.i):
        return True
    # (the small parser may make the harm the sentence's root: "whose husbands were killed" a few words before)
    return any(t.lower_ == "whose" for t in doc[max(word.sent.start, cue.start - 5):cue.start])


#: Verbs whose object is what is attacked ("gunmen attacked a rally"), and those whose "on"/"at" object is
#: ("opened fire on a march", "hurled a grenade at the sit-in").
_ATTACKING = frozenset({"attack", "bomb", "storm", "ambush", "target", "raid", "strike", "shell", "hit"})
_FIRING_ON = frozenset({"fire", "open", "shoot", "spray", "lob", "hurl", "throw", "drive", "plough", "plow", "ram"})


def _crowd_under_attack(doc: "Doc", protester_ids: set[int]) -> bool:
    """Whether the demonstration is what was attacked ("gunmen attacked an election rally, killing three people",
    "opened fire on the march"): the deaths of the clause are the crowd's, whoever the dead are called."""
    for i in protester_ids:
        token = doc[i]
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _ATTACKING:
            return True
        if token.dep_ == "pobj" and token.head.lower_ in {"on", "at", "into"} \
                and token.head.head.lemma_.lower() in _FIRING_ON:
            return True
    return False


def decide_protest(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision:
    protest = _first(clause, "protest") or _first(clause, "gathering") or _first(clause, "crowd_size")
    abduction = next((c for c in clause.get("abduction") if not _what_protesters_say(doc, c, sentence)), None)
    if abduction is not None:
        return Decision("Abduction/forced disappearance", 0.8,
                        f"{abduction.phrase!r} (a protest is only the setting) -> Abduction/forced disappearance", abduction)
    mob = _first(clause, "mob")
    if mob is not None and not clause.has("protest"):
        return Decision("Mob violence", 0.75, f"{mob.phrase!r} outside a demonstration -> Mob violence", mob)
    strong_riot = [c for c in clause.get("riot") if c.phrase in STRONG_RIOT and not _about_grievance(doc, c, sentence)
                   and not _riot_police(doc, c) and not _torch_carried(doc, c)]
    if strong_riot and not _burns_only_symbols(doc, clause):
        cue = strong_riot[0]
        return Decision("Violent demonstration", 0.85,
                        f"demonstrators + {cue.phrase!r} -> Violent demonstration", cue)
    barricade = next((c for c in clause.get("gathering") if _barricades_a_way(doc, c)), None)
    if barricade is not None:
        return Decision("Violent demonstration", 0.8,
                        f"demonstrators + {barricade.phrase!r} -> Violent demonstration", barricade)
    lethal = _first(clause, "excessive_force", _LETHAL_FORCE)
    if lethal is not None and any(0 <= a.start - lethal.end <= 4 for a in clause.get("in_the_air")):
        lethal = None  # live rounds fired into the air are a dispersal, not lethal force
    if lethal is not None and _harm_to_whose_kin(doc, lethal):
        lethal = None
    if lethal is None:
        protester_ids = {t for c in sentence.get("protest") for t in range(c.start, c.end)}
        for cue in clause.get("excessive_force"):
            if _about_grievance(doc, cue, sentence) or _a_past_disaster(doc, cue) or _kin_of_the_dead(doc, cue) \
                    or _harm_to_whose_kin(doc, cue):
                continue
            if cue.phrase in _DEATH_WORDS and (_object_tokens(doc, cue) & protester_ids or
                                               _agent_tokens(doc, cue) & protester_ids and cue.phrase in
                                               {"killed", "die", "died", "dead", "death"}
                                               or _crowd_under_attack(doc, protester_ids)):
                lethal = cue
                break
    if lethal is not None and done_by_non_state(doc, lethal):
        return Decision("Attack", 0.8, f"non-state armed men {lethal.phrase!r} demonstrators -> Attack", lethal)
    if lethal is not None:
        return Decision("Excessive force against protesters", 0.8,
                        f"{lethal.phrase!r} against demonstrators -> Excessive force against protesters", lethal)
    weak_riot = [c for c in clause.get("riot") if c.phrase in _WEAK_RIOT and not _about_grievance(doc, c, sentence)
                 and not describes_a_noun(doc[c.start])]
    protester_ids = {t for c in clause.get("protest") for t in range(c.start, c.end)}
    for cue in weak_riot:
        agents = _agent_tokens(doc, cue)
        if cue.phrase != "stone" and (_state_agent(doc, clause, cue) or _harmed_state(doc[cue.end - 1])):
            continue  # "police lathi-charged the teachers, leaving 15 of them injured": the force's act
        if cue.phrase == "stone" or agents & protester_ids or (agents and not _armed(clause, agents)):
            return Decision("Violent demonstration", 0.75, f"demonstrators + {cue.phrase!r} -> Violent demonstration", cue)
    intervention = next((c for c in clause.get("intervention") if not _about_grievance(doc, c, sentence)
                         and not _demanded(doc[c.start]) and not _only_deployed(doc, c)
                         and not _kin_of_the_dead(doc, c) and not _harm_to_whose_kin(doc, c)), None)
    if intervention is not None:
        return Decision("Protest with intervention", 0.8,
                        f"demonstrators + {intervention.phrase!r} -> Protest with intervention", intervention)
    return Decision("Peaceful protest", 0.8 if clause.has("protest") else 0.55,
                    f"{protest.phrase if protest else 'demonstration'!r} with no violence reported -> Peaceful protest",
                    protest)


_FIREARM_USE = {"open fire", "opened fire", "fire on", "fired on", "fire at", "fired at", "shoot", "shot at", "shoot at",
                "shot dead", "shoot dead", "gun down", "gunned down", "fire", "fired"}


def _weapons_used(cues: CueSet) -> bool:
    """Whether firearms or explosives are named: fighting with them takes armed, organised groups."""
    return (cues.has("small_arms", "shelling", "ied", "air", "grenade", "weapon_object")
            or any(c.phrase in _FIREARM_USE for c in cues.get("violence")))


_RELATIVES = frozenset({"who", "which", "that"})


def _only_the_state_fires(doc: "Doc", sentence: CueSet) -> bool:
    """"Youths clashed with police; two were shot dead", "residents clashed with police, who opened fire on them":
    the state's fire on a crowd does not make the crowd an armed side (ACLED codes rioters against the police as a
    riot, whatever force the police use). True when firearms used are the only weapons told and each firing is
    the state forces' or names no shooter; arms or explosives named, or a crowd that shoots, make it a battle."""
    if sentence.has("small_arms", "shelling", "ied", "air", "grenade", "weapon_object"):
        return False
    for cue in (c for c in sentence.get("violence") if c.phrase in _FIREARM_USE):
        agents = _agent_tokens(doc, cue)
        for i in list(agents):  # "police, who opened fire": the relative pronoun stands for the police
            if doc[i].lower_ in _RELATIVES and doc[i].head.dep_ == "relcl":
                agents |= {t.i for t in doc[i].head.head.subtree if t.i < doc[i].i}
        if agents and not any(doc[i].lower_ in _STATE_FORCE_WORDS or doc[i].lemma_.lower() in _STATE_FORCE_WORDS
                              for i in agents):
            return False
    return True


def fighting_parties(doc: "Doc", cue: "Cue | Span") -> list[set[int]]:
    """Token indices of each party to a clash: the subjects of the clash word (or of the verb it is the
    subject of, "clashes erupted between ...") and the objects of with/between/against, conjoined names apart."""
    head = doc[cue.end - 1]
    verbs = [head, head.head] if head.dep_ in {"nsubj", "nsubjpass"} else [head]
    names: list["Token"] = []
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i != head.i:
                names.append(child)
            elif child.dep_ == "prep" and child.lower_ in {"with", "between", "against"}:
                names.extend(c for c in child.children if c.dep_ == "pobj")
    parties = []
    for name in names:
        for party in [name, *name.conjuncts]:
            others = {t.i for c in party.children if c.dep_ == "conj" for t in c.subtree}
            parties.append({t.i for t in party.subtree} - others)
    return parties


_TRIBAL = {"tribesmen", "clan", "clans"}  # in armed conflicts tribes field armed militias


def _people_against_police(doc: "Doc", sentence: CueSet, cue: Cue) -> bool:
    """Ordinary people (workers, residents, a crowd) clashing with the police or troops: a riot, not a
    battle, which needs two armed, organised sides."""
    parties = fighting_parties(doc, cue)
    crowds = [c for c in sentence.get("crowd") if c.phrase not in _TRIBAL]
    people = any((_cues_in(sentence, "civilian", p) or _cues_in(CueSet(crowds), "crowd", p) or _a_people(doc, p))
                 and not _armed(sentence, p) for p in parties)
    police = any(_phrases_in(sentence, _STATE_WORDS, p, "armed_party") for p in parties)
    return people and police


def _a_people(doc: "Doc", party: set[int]) -> bool:
    """"Clashes between Palestinians and Israeli forces": people named by their nation, in the plural, are
    ordinary people, not an armed side."""
    return any(doc[i].ent_type_ == "NORP" and doc[i].tag_ in {"NNPS", "NNS"} and doc[i].dep_ != "compound"
               for i in party)


_WHERE_PREPS = {"in", "near", "outside", "around", "inside", "from", "between"}


def _civilians_named(doc: "Doc", cues: CueSet) -> bool:
    """Whether civilians (or their homes) are named as a party, not counting words inside an armed group's
    name ("People's Militia") or places that only say where ("near the village")."""
    armed_ids = {c.start for c in cues.get("armed_party")}
    for cue in cues.get("civilian"):
        word = doc[cue.end - 1]
        if word.dep_ in {"poss", "compound", "amod"} and word.head.i in armed_ids:
            continue
        if word.dep_ == "pobj" and word.head.lower_ in _WHERE_PREPS:
            continue
        return True
    return False


def _harmed_state(token: "Token") -> bool:
    """"leaving 15 of them injured": a participle whose subject is who was harmed, not who harmed."""
    return token.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass", "agent"} for c in token.children)


def _armed(cues: CueSet, token_ids: set[int]) -> bool:
    return bool(_cues_in(cues, "armed_party", token_ids))


def _state_agent(doc: "Doc", clause: CueSet, cue: Cue) -> bool | None:
    """True when the actor doing ``cue`` is a state force, False when a non-state group, None if unsaid."""
    agent = _agent_tokens(doc, cue)
    # (lemmas too: "M23 rebels", "the insurgents")
    words = {w for i in agent for w in (doc[i].lower_, doc[i].lemma_.lower())} | {"=" + doc[i].text for i in agent}
    if words & _NON_STATE_WORDS:
        return False
    if words & _STATE_WORDS or _phrases_in(clause, _STATE_WORDS, agent, "armed_party"):
        return True
    return None


def done_by_non_state(doc: "Doc", cue: Cue) -> bool:
    """Whether the doer of ``cue`` is named and is no state force ("gunmen attacked a protest, killing two"): force
    on a demonstration is excessive force only when the state's forces use it (ACLED codebook); armed men who attack
    one commit violence against civilians (an Attack, the demonstrators its victims)."""
    first_word = Cue(cue.category, cue.phrase, cue.start, cue.start + 1)  # ("shot dead": the verb has the doer)
    return any(_state_agent(doc, CueSet([]), c) is False for c in dict.fromkeys([cue, first_word]))


#: Vehicles that carry people: an attack on one is an attack on its passengers, burning one is property destroyed.
_PASSENGER_VEHICLES = frozenset({"bus", "buses", "minibus", "minibuses", "matatu", "taxi"})
_PROPERTY_HITS = {"attack", "open fire", "opened fire", "fire on", "fired on", "fired at", "fire at", "shot at",
                  "shoot at", "target", "raid", "storm", "hit", "fire", "fired"}


#: Verbs of striking that tell violence only where what they strike is armed ("the army struck RSF positions",
#: "pounded rebel bases"); what else they strike is a deal, a car's victim or a storm's town.
_STRIKES = frozenset({"struck", "pounded", "pounding"})

_ABUSE = {"beat", "assault", "torture", "whip", "flog", "mutilate", "execute",
          "executed"}  # done to people in one's power, not in a fight


def _victim_head_kind(doc: "Doc", sentence: CueSet, cue: Cue) -> str | None:
    """"civilian", "armed" or "property" when the direct object (or passive subject) of a violence word
    is itself such a word ("a civilian at a checkpoint" is a civilian), None when it is none or mixed."""
    head = doc[cue.end - 1]
    objects = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    kinds = set()
    for obj in (o for first in objects for o in (first, *first.conjuncts)):
        if _cues_in(sentence, "armed_party", {obj.i}):
            kinds.add("armed")
        elif _cues_in(sentence, "property_object", {obj.i}):
            kinds.add("property")
        elif _cues_in(sentence, "civilian", {obj.i}):
            kinds.add("civilian")
    return kinds.pop() if len(kinds) == 1 else None


def _ordinary_people(doc: "Doc", sentence: CueSet, agents: set[int]) -> bool:
    """"Five citizens attacked police officers", "a policewoman was attacked by a group of sellers": several
    ordinary people, none of them armed, are a mob when they turn on the police or soldiers (ACLED: Mob
    violence), not a side in a battle."""
    if not agents or _armed(sentence, agents):
        return False
    return any(doc[c.end - 1].tag_ in {"NNS", "NNPS"} for c in _cues_in(sentence, "civilian", agents))


#: Words that gather ordinary people into a crowd: "a group of around 20 people", "dozens of youths".
_GROUPING = frozenset({"group", "groups", "dozens", "hundreds", "scores", "gang"})


def _a_group_of_people(doc: "Doc", sentence: CueSet, agents: set[int]) -> bool:
    """"A group of around 20 people attacked merchants", "a group of citizens beat a thief", "dozens of youths
    tried to kill a suspect": ordinary people acting together are a mob (ACLED: Mob violence), as a crowd is."""
    plural_people = [c for c in _cues_in(sentence, "civilian", agents) if doc[c.end - 1].tag_ in {"NNS", "NNPS"}
                     or doc[c.end - 1].lower_ in {"people", "youth"}]
    return bool(plural_people) and any(doc[i].lower_ in _GROUPING and doc[i].lower_ != "gang"
                                       and i + 1 < len(doc) and doc[i + 1].lower_ == "of" for i in agents)


_TELLING = frozenset({"say", "tell", "report", "confirm", "add", "state"})


def _speakers(doc: "Doc", cue: Cue) -> set[int]:
    """The words of a closing attribution ("..., killing 28 people and burning homes, police and rights groups
    said"): who tells the event, never its victims, though the parser may join them to the victims."""
    sent = doc[cue.start].sent
    root = sent.root
    if root.lemma_.lower() not in _TELLING or root.i < cue.end:
        return set()
    commas = [t.i for t in sent if cue.end <= t.i < root.i and t.text == ","]
    return set(range(commas[-1] + 1, root.i)) if commas else set()


def _generic_violence(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Violence named by a generic word ("attacked", "killed"): a Battle when the targets are armed,
    Violence against civilians when they are not. Targets are looked up in the whole sentence,
    since the small parser often cuts clauses wrongly around names such as "IS"."""
    cues = [c for c in clause.get("violence") if c.phrase not in {"body", "bodies", "dead", "death", "die", "found dead", "corpse",
                                                                   *_LOST_LIVES}
            and not (c.phrase in {"fire", "fired"} and doc[c.start].pos_ != "VERB")
            and not (doc[c.start].dep_ in {"pcomp", "pobj"} and doc[c.start].head.lower_ in _BACKGROUND_PREPS)]
    if not cues:
        return None
    armed_hit = civilian_hit = property_hit = mob_hit = None
    for cue in cues:
        agents = _agent_tokens(doc, cue)
        if (_cues_in(sentence, "crowd", agents) or _a_group_of_people(doc, sentence, agents)) \
                and not _armed(sentence, agents) and cue.phrase not in {"found dead", "corpse"}:
            return Decision("Mob violence", 0.65, f"a crowd {cue.phrase!r} someone -> Mob violence", cue, generic=True)
        victims = (_object_tokens(doc, cue) | _harmed_in(doc, cue)) - agents - _speakers(doc, cue)
        unarmed = bool(_cues_in(sentence, "unarmed_marker", victims))
        victim_kind = _victim_head_kind(doc, sentence, cue)
        if cue.phrase in _STRIKES:
            if _cues_in(sentence, "armed_party", victims) and not unarmed and victim_kind in {"armed", None}:
                armed_hit = armed_hit or cue
        elif victim_kind == "civilian":
            civilian_hit = civilian_hit or cue
        elif _cues_in(sentence, "civilian", victims) and (unarmed or not _cues_in(sentence, "armed_party", victims)):
            carried = {c.phrase for c in _cues_in(sentence, "civilian", victims)} & _PASSENGER_VEHICLES
            if _cues_in(sentence, "property_object", victims) and cue.phrase in _PROPERTY_HITS and not carried and not (
                    sentence.has("excessive_force") or any(c.phrase in {"injure", "wound"} for c in sentence.get("violence"))):
                property_hit = property_hit or cue
            else:
                civilian_hit = civilian_hit or cue
        elif _lives_taken(doc, cue) and not _cues_in(sentence, "armed_party", victims):
            civilian_hit = civilian_hit or cue  # "police firing claimed two lives": lives, no armed side among them
        elif _cues_in(sentence, "armed_party", victims) and not unarmed:
            if _ordinary_people(doc, sentence, agents) and not _weapons_used(sentence):
                mob_hit = mob_hit or cue
            else:
                armed_hit = armed_hit or cue
    main = cues[0]
    if civilian_hit is not None:
        return Decision("Attack", 0.7, f"{civilian_hit.phrase!r} unarmed people -> Attack", civilian_hit, generic=True)
    raid = armed_hit or property_hit
    if raid is not None and _a_raid(doc, sentence, raid):
        return Decision("Other", 0.55, f"state forces {raid.phrase!r} a building, no fire exchanged nor anyone held "
                        "-> Other (a raid)", raid, generic=True)
    if mob_hit is not None and armed_hit is None:
        return Decision("Mob violence", 0.65, f"ordinary people {mob_hit.phrase!r} an armed target, no weapons -> Mob "
                        "violence", mob_hit, generic=True)
    if armed_hit is not None:
        return Decision("Armed clash", 0.7, f"{armed_hit.phrase!r} an armed target -> Armed clash", armed_hit, generic=True)
    if property_hit is not None:
        return Decision("Looting/property destruction", 0.6,
                        f"{property_hit.phrase!r} a building, nobody hurt -> Looting/property destruction", property_hit,
                        generic=True)
    if main.phrase in {"hit", "target", *_STRIKES}:
        return None
    agent_armed = _armed(sentence, _agent_tokens(doc, main))
    if agent_armed and _state_agent(doc, sentence, main) and (main.phrase not in _ABUSE or _an_operation_done(doc, main)):
        burned = next((c for c in clause.get("loot") if c.phrase in _RUINING and c.start != main.start), None)
        agents = _agent_tokens(doc, main)
        opponent = any(c.start not in agents and c.end - 1 not in agents for c in sentence.get("armed_party")) or any(
            doc[i].ent_type_ in {"ORG", "NORP"} for i in _object_tokens(doc, main) - agents)
        homes = [c for c in clause.get("property_object") if c.phrase not in _FIGHTERS_PROPERTY]
        if burned is not None and homes and not _harm_told(sentence) and not opponent:
            # "soldiers raided a neighbourhood and burned several houses": no opponent, nobody hurt ("attacked
            # Islamic State hideouts and destroyed them" names one)
            return Decision("Looting/property destruction", 0.6, f"state forces {main.phrase!r} and "
                            f"{burned.phrase!r} property, no opponent -> Looting/property destruction", burned)
        return Decision("Armed clash", 0.55, f"state forces {main.phrase!r}, target unsaid -> Armed clash", main, generic=True)
    return Decision("Attack", 0.6, f"{main.phrase!r}, no armed target named -> Attack", main, generic=True)


#: Dying said the long way ("at least 11 civilians lost their lives"): a death, like "died".
_LOST_LIVES = frozenset({"lose their life", "lose his life", "lose her life"})
_HARM_PHRASES = frozenset({"kill", "killed", "killing", "injure", "injured", "wound", "wounded", "shot", "shoot",
                           "dead", "die", "died", "clash", "fighting", "exchange of fire", "gunfight", "firefight"})


#: Property that is an armed group's own: destroying it is an operation against the group, not looting.
_FIGHTERS_PROPERTY = frozenset({"hideout", "hideouts", "hide - out", "tunnel", "tunnels", "safe house", "safehouse",
                                "headquarters"})
#: Words of property burned, wrecked or plundered (not a raid or a search of it).
_RUINING = frozenset({"burn", "burned", "burnt", "torch", "torched", "set fire", "destroy", "destroyed", "demolish",
                      "demolished", "loot", "looted", "ransack", "ransacked", "pillage", "pillaged", "raze", "razed"})


#: A force's entry into a building: "stormed a house", "raided a hideout".
_ENTRY = frozenset({"storm", "stormed", "raid", "raided"})


def _a_raid(doc: "Doc", sentence: CueSet, cue: Cue) -> bool:
    """"Police commandos stormed a house where suspected militants were hiding": state forces entering a building
    where suspects are, with no fire exchanged and nobody hurt told, make a raid (ACLED: Other; an arrest when
    people are held, read by the arrest rule in its own clause), neither a battle nor property destroyed."""
    if cue.phrase not in _ENTRY or doc[cue.start].pos_ != "VERB" or not _state_agent(doc, sentence, cue):
        return False
    if not _cues_in(sentence, "property_object", _object_tokens(doc, cue)):
        return False
    return not (_harm_told(sentence) or _weapons_used(sentence) or sentence.has("arrest", "loot"))


def _harm_told(sentence: CueSet) -> bool:
    """Whether the sentence tells people harmed or fighting, besides a raid or property burned."""
    return sentence.has("excessive_force", "clash") or any(c.phrase in _HARM_PHRASES for c in sentence.get("violence"))


def _destroys_property(doc: "Doc", clause: CueSet, cue: Cue) -> bool:
    """"Destroyed three hideouts used to store weapons": what is named first after the verb is what was
    destroyed (read by position, since the parser often misreads names such as "IS")."""
    if cue.phrase not in {"destroy", "destroyed"}:
        return False
    after = [c for category in ("property_object", "weapon_object") for c in clause.get(category)
             if cue.end <= c.start < cue.end + 6]
    return bool(after) and min(after, key=lambda c: c.start).category == "property_object"


def _indirect_fire(doc: "Doc", cue: Cue, clause: CueSet) -> bool:
    """Explosions counted in numbers, from unnamed weapons or along a front line, are indirect fire
    (ACLED codes them as shelling), not a planted device."""
    token = doc[cue.start]
    if cue.phrase not in {"explosion", "blast"} or token.tag_ != "NNS":
        return False
    counted = any(child.like_num and child.text.isdigit() and int(child.text) >= 3 for child in token.children)
    counted = counted or any(doc[i].like_num and doc[i].text.isdigit() and int(doc[i].text) >= 3
                             for i in range(max(cue.start - 4, 0), cue.start))
    front = any(t.lower_ in {"frontline", "front", "frontlines"} for t in doc[token.sent.start:token.sent.end])
    return counted or front or any(c.phrase in {"weapon", "weapons"} for c in clause.get("weapon_object"))


def _codebook_firsts(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Chemical weapons, sexual violence, and a weapon stopped before use, which outrank all else."""
    if (cue := _first(clause, "chemical")) is not None:
        return Decision("Chemical weapon", 0.85, f"{cue.phrase!r} -> Chemical weapon", cue)
    if (cue := _first(clause, "sexual")) is not None:
        return Decision("Sexual violence", 0.85, f"{cue.phrase!r} -> Sexual violence", cue)
    for cue in clause.get("disrupt"):
        if cue.phrase not in _STRONG_DISRUPT:
            continue
        objects = _object_tokens(doc, cue)
        if any(_cues_in(clause, category, objects) for category in ("weapon_object", "air", "ied", "shelling")):
            return Decision("Disrupted weapons use", 0.85, f"{cue.phrase!r} a weapon before use -> Disrupted weapons use",
                            cue)
    return None


def _demonstration(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Protests and riots: a clause that reports a demonstration, or a mob."""
    if _protest_context(doc, clause, sentence) or clause.has("mob"):
        decision = decide_protest(doc, clause, sentence)
        if decision.sub_event_type == "Violent demonstration" and not _a_demonstration(doc, sentence) \
                and (_communal_riots(doc) or not _demands_told(doc) and not _rioters_fight_the_state(doc, sentence)) \
                and decision.trigger is not None and decision.trigger.phrase not in _ROAD_BLOCKING:
            return Decision("Mob violence", decision.confidence - 0.05,
                            f"a crowd dispersed, no demonstration told + {decision.trigger.phrase!r} -> Mob violence",
                            decision.trigger)
        if decision.sub_event_type == "Peaceful protest" and decision.trigger is None:
            return None  # only the means of dispersal, standing by ("water cannons were deployed"): no protest told
        return decision
    if clause.has("riot") and any(_reports_protest(doc, c) for c in sentence.get("protest")):
        # "the hartal passed off peacefully, though activists set fire to two buses in Motijheel": the crowd's
        # violence told in its own clause of a demonstration's sentence
        decision = decide_protest(doc, clause, sentence)
        if decision.sub_event_type == "Violent demonstration" and decision.trigger is not None:
            return decision
    return None


#: What only demonstrators do: blocking roads with burning tyres (the codebook's example of a violent demonstration).
_ROAD_BLOCKING = frozenset({"burn tire", "burn tyre", "burn tires", "burn tyres", "burning tire", "burning tyre",
                            "burning tires", "burning tyres", "tire", "tyre", "barricade"})


def _a_demonstration(doc: "Doc", sentence: CueSet) -> bool:
    """Whether a demonstration is told (a protest word, a gathering with demands, a way blocked), not only a
    crowd that the police dispersed: crowd violence with no demonstration is Mob violence (ACLED codebook)."""
    if any(_reports_protest(doc, c) for c in sentence.get("protest")):
        return True
    if any(_people_block_a_way(doc, sentence, c) for c in sentence.get("gathering")):
        return True
    return sentence.has("gathering", "crowd_size") and sentence.has("demand")


#: Words that tell a riot's demands or its link to demonstrations: a riot with none is Mob violence.
_DEMONSTRATION_WORDS = frozenset({"demand", "demonstration", "demonstrator", "demonstrate", "protest", "protester",
                                  "reject", "oppose", "denounce", "slogan"})


def _riot_without_demands(doc: "Doc", sentence: CueSet, cue: Cue) -> bool:
    """"Prisoners rioted", "rioters torched a bank" with no demand or demonstration told anywhere in the
    report: mob violence. A riot with demands ("rioted, calling for their release"), tied to demonstrations
    ("likely related to recent demonstrations") or fought out with the state's forces is a violent
    demonstration."""
    if cue.phrase in {"riot", "rioter"} and _communal_riots(doc) and not _a_demonstration(doc, sentence):
        return True  # ("by nightfall, riots started in the city" in a report of communal violence)
    return cue.phrase in {"riot", "rioter"} and not _demands_told(doc) and not _rioters_fight_the_state(doc, sentence)


#: A report of violence between communities ("communal riots", "a fresh outbreak of communal violence"): its rioters
#: fight each other, whatever demands a politician makes in it and however the police disperse them.
_COMMUNAL = re.compile(r"\bcommunal\s+(?:violence|riots?|rioting|clash(?:es)?|frenzy|flare-?\s?ups?|strife|"
                       r"disturbances?|conflagration|carnage|tension)\b", re.I)


def _communal_riots(doc: "Doc") -> bool:
    """Whether the report tells communal violence: riots in it with no demonstration of their own told are Mob
    violence (ACLED codebook: rioters against other rioters or civilians), not a demonstration."""
    return _COMMUNAL.search(doc.text) is not None


#: Crowd violence thrown at someone, and the state's fire: what a street battle with the police is made of.
_THROWN = _CROWD_VIOLENCE - _RIOT_SIGNS
_FIRED = frozenset({"live ammunition", "live fire", "live round", "live bullet", "open fire", "opened fire", "fire on",
                    "fired on", "fire at", "fired at", "shoot at", "shot at", "gunfire", "shoot", "shot"})


def _rioters_fight_the_state(doc: "Doc", sentence: CueSet) -> bool:
    """"Rioters and security forces clashed", "rioters threw petrol bombs at the police", "police fired live
    rounds at rioters": rioters in a street battle with the state's forces are the unrest of a demonstration
    (ACLED: a violent demonstration includes clashes with the police), not a mob turning on people or property."""
    if not any(c.phrase in {"riot", "rioter"} and not _riot_police(doc, c) for c in sentence.get("riot")):
        return False
    if not any(c.phrase in _STATE_FORCE_WORDS for c in sentence.get("armed_party")):
        return False
    return sentence.has("clash") or any(c.phrase in _THROWN for c in sentence.get("riot")) \
        or any(c.phrase in _FIRED for c in sentence.get("excessive_force"))


def _demands_told(doc: "Doc") -> bool:
    """Whether the report tells a demand or a demonstration anywhere ("to demand", "calling for"), by others than
    politicians and officials ("the opposition demanded the chief minister's dismissal" makes no crowd's demand)."""
    return any((t.lemma_.lower() in _DEMONSTRATION_WORDS or (
        t.lemma_.lower() == "call" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "for"))
        and not _said_by_politicians(t) for t in doc)


#: Who demands, rejects or denounces in a report without being the crowd: parties, politicians and officials.
_POLITICIANS = frozenset({"opposition", "party", "leader", "minister", "lawmaker", "legislator", "politician", "mp",
                          "mla", "government", "parliamentarian", "senator", "congressman", "official", "spokesman",
                          "spokesperson", "president", "governor", "mayor", "chief", "premier", "cabinet"})


def _said_by_politicians(word: "Token") -> bool:
    """"The opposition demanded the chief minister's dismissal", "the minister denounced the violence": a demand
    word (not a protest word) whose subject is a party, a politician or an official."""
    if word.lemma_.lower() in {"demonstration", "demonstrator", "demonstrate", "protest", "protester", "slogan"}:
        return False
    verb = word.head if word.dep_ == "prt" or word.lemma_.lower() == "call" and word.dep_ != "ROOT" and \
        word.pos_ != "VERB" else word
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "poss"}]
    return bool(subjects) and all(s.lemma_.lower() in _POLITICIANS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _POLITICIANS for c in s.children) for s in subjects)


def _fight_or_crowd_violence(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Fighting without weapons (Mob violence), explosives or heavy weapons used inside a battle (Armed
    clash), and crowd violence outside a demonstration."""
    battle = _first(clause, "clash", _BATTLE_WORDS)
    if battle is not None and not _weapons_used(sentence):
        if not sentence.has("armed_party"):
            return Decision("Mob violence", 0.65, f"{battle.phrase!r} between unarmed groups -> Mob violence", battle)
        if _people_against_police(doc, sentence, battle):
            return Decision("Mob violence", 0.65, f"people {battle.phrase!r} with the police, no weapons -> Mob violence",
                            battle)
    elif battle is not None and _people_against_police(doc, sentence, battle) and _only_the_state_fires(doc, sentence):
        return Decision("Mob violence", 0.6, f"people {battle.phrase!r} with the police, only the police fire -> Mob "
                        "violence", battle)
    if battle is not None and clause.has("air", "shelling", "ied", "suicide", "grenade"):
        return Decision("Armed clash", 0.8, f"{battle.phrase!r}: explosives used inside a battle -> Armed clash", battle)
    small_arms = _first(sentence, "small_arms", _LIGHT_ARMS)
    if small_arms is not None and clause.has("shelling", "grenade") and not _civilians_named(doc, clause):
        return Decision("Armed clash", 0.75, f"{small_arms.phrase!r} with heavier weapons at armed positions -> Armed clash",
                        small_arms)
    crowd_violence = next((c for c in clause.get("riot") if c.phrase in _CROWD_VIOLENCE and not _riot_police(doc, c)
                           and not _hurls_a_grenade(clause, c)), None)
    if crowd_violence is not None and not _armed(clause, _agent_tokens(doc, crowd_violence)):
        if _riot_without_demands(doc, sentence, crowd_violence):
            return Decision("Mob violence", 0.7, f"{crowd_violence.phrase!r}, no demands told -> Mob violence",
                            crowd_violence)
        if crowd_violence.phrase in _RIOT_SIGNS:
            sure = 0.7 if crowd_violence.phrase in {"rioter", "riot"} else 0.8  # "riot" also names background events
            return Decision("Violent demonstration", sure, f"{crowd_violence.phrase!r} -> Violent demonstration",
                            crowd_violence)
        return Decision("Mob violence", 0.7, f"a crowd {crowd_violence.phrase!r}, no demonstration -> Mob violence",
                        crowd_violence)
    for arson in (c for c in clause.get("riot") if c.phrase in _CROWD_ARSON):
        agents = _agent_tokens(doc, arson)
        if any(c.phrase in _TOWNSFOLK for c in _cues_in(sentence, "crowd", agents)) and not _armed(sentence, agents):
            # "Youths set fire to cars and a school", "residents torched the councillor's house": rioters
            return Decision("Mob violence", 0.65, f"a crowd {arson.phrase!r} property, no demonstration -> Mob violence",
                            arson)
    return None


def _hurls_a_grenade(clause: CueSet, cue: Cue) -> bool:
    """"A grenade was hurled at soldiers near the bus stand": a grenade thrown is a grenade attack (Explosions),
    whoever threw it, not a crowd's stones."""
    return cue.phrase in {"hurl", "pelt"} and clause.has("grenade") and not clause.has("not_grenade")


#: Crowds of townsfolk (herders, clans and communities also field armed militias).
_TOWNSFOLK = frozenset({"youths", "residents", "locals", "villagers", "crowd", "mob", "students", "fans", "inhabitants",
                        "local people", "group of people"})
#: A crowd's arson that makes it rioters, not an armed group looting (smashing is left to the other rules).
_CROWD_ARSON = frozenset({"set fire", "set on fire", "set ablaze", "set alight", "burn", "torch", "firebomb"})


def _exploded(clause: CueSet) -> bool:
    return any(c.phrase in {"explosion", "explode", "blast", "detonate", "detonation"} for c in clause.get("ied"))


def _suicide_or_disrupted(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Explosive remnants of war (Other), suicide bombs, and weapons found or seized (Disrupted weapons use)."""
    exploded = _exploded(clause)
    if (erw := _first(clause, "erw")) is not None and (exploded or clause.has("ied", "shelling")):
        return Decision("Other", 0.7, f"{erw.phrase!r}: explosive remnants of war -> Other", erw)
    killed_ids = {i for c in clause.get("violence") if c.phrase in {"kill", "shoot", "shot dead", "neutralize"}
                  for i in _object_tokens(doc, c)}
    suicide = _first(clause, "suicide", _SUICIDE_ACTS) or _first(clause, "suicide")
    if suicide is not None and suicide.start in killed_ids:
        suicide = None  # suicide bombers killed by forces before they struck: a battle
    if suicide is not None and suicide.phrase == "suicide" and not exploded and not clause.has("ied") \
            and _stormed_with_guns(doc, suicide):
        suicide = None  # "suicide attackers stormed a temple": nobody blew himself up, an assault (ACLED: not a bombing)
    if suicide is not None and (suicide.phrase != "suicide" or exploded or clause.has("violence")):
        if suicide.phrase in _SUICIDE_ACTS or exploded or not _armed(clause, _object_tokens(doc, _first(clause, "violence") or suicide)):
            return Decision("Suicide bomb", 0.9, f"{suicide.phrase!r} -> Suicide bomb", suicide)
    weak_disrupt = next((c for c in clause.get("disrupt") if not _destroys_property(doc, clause, c)
                         and not _person_seized(doc, clause, c)), None)
    fighting = sentence.has("clash") or any(c.phrase in {"kill", "injure", "wound", "die", "shoot"} or (
        c.phrase == "raid" and doc[c.start].pos_ == "VERB") for c in clause.get("violence"))  # ("seized in a raid")
    if weak_disrupt is not None and clause.has("weapon_object") and not fighting and not clause.has("air"):
        if not (clause.has("shelling") and clause.has("violence")):
            return Decision("Disrupted weapons use", 0.7,
                            f"{weak_disrupt.phrase!r} weapons or explosives -> Disrupted weapons use", weak_disrupt)
    return None


def _person_seized(doc: "Doc", clause: CueSet, cue: Cue) -> bool:
    """"Police seized Ahmed Hassan, a suspected arms dealer": what was seized is a person, and the weapons are
    only in what he is called (an apposition), not among the things seized ("seized Hassan and 30 rifles")."""
    if cue.phrase not in _SEIZE_PEOPLE or not _people_taken(doc, cue):
        return False
    named = _object_tokens(doc, cue) - {
        t.i for o in doc[cue.end - 1].children if o.dep_ in {"dobj", "nsubjpass"}
        for a in o.children if a.dep_ == "appos" for t in a.subtree}
    return not _cues_in(clause, "weapon_object", named)


#: What gunmen do when they storm a place; a bombing is told by an explosion, a bomb or a vest.
_STORMING = frozenset({"storm", "raid", "attack", "enter", "besiege", "infiltrate", "shoot", "fire", "open", "kill",
                       "seize", "overrun", "assault"})


def _stormed_with_guns(doc: "Doc", cue: Cue) -> bool:
    """"Three suicide attackers stormed a temple ..., killing 11": the bare word "suicide" names attackers whose
    verb is an assault, with no explosion told in the clause."""
    person = doc[cue.end - 1].head if doc[cue.end - 1].dep_ in {"amod", "compound"} else doc[cue.end - 1]
    verb = person.head
    return person.dep_ in {"nsubj", "conj"} and verb.pos_ == "VERB" and verb.lemma_.lower() in _STORMING


#: What aircraft do besides striking: rescue, evacuate, carry and search.
_CARRYING = frozenset({"rescue", "evacuate", "airlift", "ferry", "transport", "deliver", "fly", "search",
                       "move", "relocate", "supply", "distribute", "drop", "bring", "take", "rush", "reach",
                       "survey", "monitor", "assess", "land", "arrive"})
#: The aircraft themselves, which may carry people as well as bombs (not "airstrike" nor "air raid").
_AIRCRAFT = frozenset({"helicopter", "jet", "drone", "uav", "warplane", "war plane", "fighter jet", "gunship",
                       "military aircraft", "air force", "airforce", "warplanes", "coalition aircraft"})
#: What is dropped or delivered from the air that harms nobody.
_AID = frozenset({"food", "aid", "supply", "supplies", "relief", "medicine", "leaflet", "water", "ration", "tent"})


def _aircraft_carries(doc: "Doc", cue: Cue) -> bool:
    """"Soldiers rescued 120 families using helicopters and boats", "the wounded were evacuated by helicopter",
    "a helicopter dropped food": the aircraft is the means of a rescue or a journey, not a strike."""
    if cue.phrase not in _AIRCRAFT:
        return False  # ("carried out an airstrike": the strike itself)
    node = doc[cue.end - 1]
    for _ in range(4):  # up through "using", "by", "aboard", "in" and a list of vehicles to the verb
        if node.pos_ != "VERB" or node.lemma_.lower() in {"use", "board", "deploy"}:
            if node.head.i == node.i:
                break
            node = node.head
            continue
        break
    if node.pos_ != "VERB" or node.lemma_.lower() not in _CARRYING or any(c.dep_ == "prt" for c in node.children):
        return False  # ("flew in to strike", "took out"): a verb with its particle is another verb
    if node.lemma_.lower() == "drop":  # dropped food, not bombs
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _AID for c in node.children)
    return True


#: Verbs whose object (or passive subject) is the aircraft hit: "shot down a drone", "a helicopter was downed".
_HITTING = frozenset({"shoot", "down", "hit", "target", "attack", "fire", "ambush", "strike", "intercept"})


def _aircraft_targeted(doc: "Doc", cue: Cue) -> bool:
    """"A UN helicopter ... came under fire", "militants shot down an army helicopter", "fired at a helicopter":
    the aircraft is the target of ground fire, not the striker."""
    if cue.phrase not in _AIRCRAFT:
        return False
    node = doc[cue.end - 1]
    verb = node.head
    if node.dep_ == "nsubj" and verb.lemma_.lower() == "come" and any(
            c.dep_ == "prep" and c.lower_ == "under" for c in verb.children):
        return True  # ("came under fire", "came under attack")
    if node.dep_ == "pobj" and verb.lower_ in {"at", "on"} and verb.head.lemma_.lower() in _HITTING:
        return True  # ("opened fire on a helicopter", "fired at the drone")
    return (node.dep_ == "dobj" or node.dep_ == "nsubjpass") and verb.lemma_.lower() in _HITTING


def _assault_with_guns_and_explosives(doc: "Doc", ied: Cue, clause: CueSet) -> bool:
    """Explosives named as one weapon among guns ("with explosives and rifles", "using guns and explosives"):
    a direct assault, not a remote bomb (ACLED: a battle or an attack, by the target)."""
    token = doc[ied.end - 1]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if not (token.dep_ == "pobj" and token.head.lower_ in {"with", "using"} or token.dep_ == "dobj"
            and token.head.lemma_.lower() == "use"):
        return False
    return any(c.phrase in _LIGHT_ARMS or c.phrase in {"machine gun", "machine guns", "heavy weapons"}
               for c in clause.get("small_arms")) or any(
        doc[i].lemma_.lower() in {"gun", "rifle", "ak-47", "pistol"} for i in range(token.head.i, min(len(doc), token.i + 8)))


def _remote_violence(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Explosions/Remote violence by the weapon named: aircraft, grenade, IED, shelling, then any explosion."""
    air = [c for c in clause.get("air") if not any(0 <= c.start - m.end <= 8 or m.start <= c.start < m.end
                                                    for m in clause.get("support_marker")) and not _aircraft_carries(doc, c)
           and not _aircraft_targeted(doc, c)]
    if air:
        return Decision("Air/drone strike", 0.85, f"{air[0].phrase!r} -> Air/drone strike", air[0])
    grenade = _first(clause, "grenade")
    if grenade is not None and not clause.has("not_grenade"):
        return Decision("Grenade", 0.85, f"{grenade.phrase!r} -> Grenade", grenade)
    if (cue := _first(clause, "ied", _STRONG_IED)) is not None:
        return Decision("Remote explosive/landmine/IED", 0.85, f"{cue.phrase!r} -> Remote explosive/landmine/IED", cue)
    shelling = next((c for c in clause.get("shelling")
                     if not (c.start > 0 and doc[c.start - 1].lower_ == "water")), None)  # ("water cannons")
    if shelling is not None:
        clash = _first(clause, "clash", _STRONG_CLASH)
        if clash is not None and clash.phrase not in {"engage", "engagement", "combat"}:
            return Decision("Armed clash", 0.7, f"{clash.phrase!r} with {shelling.phrase!r} inside the battle -> Armed clash", clash)
        return Decision("Shelling/artillery/missile attack", 0.85,
                        f"{shelling.phrase!r} -> Shelling/artillery/missile attack", shelling)
    suicide_ids = {i for c in clause.get("suicide") for i in range(c.start, c.end)}
    ied = next((c for c in clause.get("ied") if c.start not in suicide_ids and not _names_a_person(doc, c)), None)
    if ied is None:
        return None
    if ied.phrase in {"blew up", "blow up", "blown up"} and clause.has("property_object") and not clause.has("violence"):
        return Decision("Looting/property destruction", 0.65, f"{ied.phrase!r} property -> Looting/property destruction", ied)
    if _indirect_fire(doc, ied, clause):
        if (small_arms := _first(sentence, "small_arms", _LIGHT_ARMS)) is not None:
            return Decision("Armed clash", 0.7, f"many {ied.phrase!r} with {small_arms.phrase!r} fire -> Armed clash",
                            small_arms)
        return Decision("Shelling/artillery/missile attack", 0.6,
                        f"many {ied.phrase!r} from unnamed weapons -> Shelling/artillery/missile attack", ied)
    if _assault_with_guns_and_explosives(doc, ied, clause):
        return None  # "attacked a police station with rifles and explosives": an assault, typed by its target
    if ied.phrase in {"bomb", "bombing"} and doc[ied.start].pos_ == "VERB" and _state_agent(doc, clause, ied):
        return Decision("Air/drone strike", 0.65, f"state forces {ied.phrase!r} an area -> Air/drone strike", ied)
    return Decision("Remote explosive/landmine/IED", 0.75,
                    f"{ied.phrase!r}, no other weapon named -> Remote explosive/landmine/IED", ied)


#: Nouns that a weapon word names a person or a team by: "a bomb maker", "bomb experts", "the bomb squad".
_WEAPON_PEOPLE = frozenset({"maker", "makers", "expert", "experts", "squad", "squads", "specialist", "specialists",
                            "technician", "technicians", "disposal", "builder", "builders"})


def _names_a_person(doc: "Doc", cue: Cue) -> bool:
    """"captured the group's top bomb maker", "bomb disposal experts defused it": the weapon word is part of the
    name of a person or team, not a weapon used."""
    word = doc[cue.end - 1]
    return cue.end < len(doc) and doc[cue.end].lower_ in _WEAPON_PEOPLE or (
        word.dep_ == "compound" and word.head.lower_ in _WEAPON_PEOPLE)


_DISPLACEMENT = frozenset({"displacement", "displaced", "displace"})


def _describes_the_displaced(doc: "Doc", cue: Cue) -> bool:
    """"attacked the Plaine Savo displacement site", "a camp for displaced families": the word names a place or
    people by their past flight, not a displacement told here (the attack on them is the event)."""
    word = doc[cue.end - 1]
    return cue.phrase in _DISPLACEMENT and cue.end - cue.start == 1 and word.dep_ in {"amod", "compound"}


def _displacement_or_graves(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    cue = next((c for c in clause.get("other_strong") if not _describes_the_displaced(doc, c)), None)
    if cue is not None:
        return Decision("Other", 0.7, f"{cue.phrase!r} -> Other", cue)
    return None


_CHARGING = frozenset({"suspect", "accuse", "charge", "convict", "allege", "blame"})


def _a_charge(token: "Token") -> bool:
    """"suspected of kidnapping", "accused of killing", "charged with abducting": what someone is said to have
    done, told as a description of them, not the event of the sentence."""
    node = token
    for _ in range(3):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _CHARGING and node.i < token.i:
            return True
    return False


def _abduction(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Abduction, or Attack when the victim is killed or tortured."""
    abduction = next((c for c in clause.get("abduction") if not _a_charge(doc[c.start])), None)
    if abduction is None:
        return None  # ("a man suspected of kidnapping a child was beaten up by locals": the charge, not this event)
    killed = [c for c in clause.get("violence") if c.phrase in {"kill", "killed", "dead", "execute", "executed",
                                                                 "behead", "murder", "torture", "body", "stab",
                                                                 "beat", "death", "shoot", "shot dead"}]
    if killed:  # (captives executed: an attack, however they were held)
        return Decision("Attack", 0.75, f"{abduction.phrase!r} then {killed[0].phrase!r} -> Attack", killed[0])
    abduction = next((c for c in clause.get("abduction") if not _a_charge(doc[c.start]) and not _people_held(doc, c)), None)
    if abduction is None:
        return None
    return Decision("Abduction/forced disappearance", 0.85, f"{abduction.phrase!r} -> Abduction/forced disappearance",
                    abduction)


_TAKING = frozenset({"take", "seize", "grab", "hold", "kidnap", "abduct", "capture", "snatch", "keep"})


def _people_held(doc: "Doc", cue: Cue) -> bool:
    """"talks on the release of the remaining hostages held in Gaza", "ready to free four captives": the noun
    names people held, a state of affairs, and "after a ransom was paid" how it ended; only an act of taking
    ("seized 30 hostages", "held the staff hostage", "a hostage-taking") tells an abduction."""
    word = doc[cue.start]
    if cue.phrase == "ransom":
        return True
    if cue.phrase not in {"hostage", "captive"} or word.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(t.lower_ in {"taking", "taker", "takers", "taken", "took"} for t in doc[word.i + 1:word.i + 3]):
        return False
    node = word
    while node.dep_ in {"conj", "appos", "compound", "amod", "nummod"} and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "as":  # "took farmers as hostages", "was taken as a hostage"
        node = node.head
    verb = node.head
    return not (node.dep_ in {"dobj", "oprd", "xcomp", "attr", "prep"} and verb.lemma_.lower() in _TAKING
                and verb.dep_ not in {"acl", "amod"})  # ("the hostages held in Gaza": a state)


_SEIZING = frozenset({"seize", "seized", "seizure", "confiscate", "confiscated", "dismantle", "dismantled",
                      "dismantling", "destroyed"})


def _goods_seized(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Goods other than weapons seized or a drug lab dismantled ("police seized two tons of cannabis"): the
    codebook's Looting/property destruction, which includes seizing goods; the arrests that go with it are
    part of the seizure. Weapons seized are Disrupted weapons use (decided before)."""
    for cue in clause.get("disrupt"):
        if cue.phrase not in _SEIZING or clause.has("weapon_object"):
            continue
        objects = _object_tokens(doc, cue)
        if _cues_in(clause, "goods_object", objects):
            return Decision("Looting/property destruction", 0.8,
                            f"{cue.phrase!r} goods, no weapons -> Looting/property destruction", cue)
    return None


def _occupied_by_people(doc: "Doc", clause: CueSet, cue: Cue, objects: set[int]) -> bool:
    """"Landless workers occupied three farms", "students occupied the rector's office": unarmed people taking
    over land or a building to press a demand (ACLED: a protest; violence told with it is read elsewhere)."""
    agents = _agent_tokens(doc, cue)
    people = _cues_in(clause, "civilian", agents) or _cues_in(clause, "crowd", agents) or _cues_in(clause, "protest", agents)
    return bool(people) and not _armed(clause, agents) and bool(_cues_in(clause, "property_object", objects)) \
        and not clause.has("violence", "clash")


_SEIZE_PEOPLE = frozenset({"capture", "captured", "seize", "seized"})
#: Nouns that make what was captured a person: "Khan, a senior commander", "the rebel commander Mbala".
#: (Not the rank and file, "fighters", "operatives": fighters captured while infiltrating are read with the fight.)
_PERSON_ROLES = frozenset({"commander", "leader", "chief", "head", "coordinator", "maker", "financier", "spokesman",
                           "spokesperson", "suspect", "kingpin", "emir", "deputy", "official", "officer", "lieutenant",
                           "mastermind", "recruiter", "smuggler", "trafficker", "dealer", "brother", "son", "wife", "journalist"})
#: Titles before a name that make it a person's ("captured Colonel Mbaye", "seized Sheikh Ali").
_TITLES = frozenset({"colonel", "col", "general", "gen", "major", "maj", "captain", "capt", "lieutenant", "lt",
                     "sergeant", "sgt", "brigadier", "admiral", "mr", "mrs", "ms", "dr", "sheikh", "imam", "pastor",
                     "father", "bishop", "mullah", "emir", "prince", "king", "sultan", "president", "minister",
                     "governor", "senator", "mayor", "chief", "commander"})


def _people_taken(doc: "Doc", cue: Cue) -> bool:
    """What a capture took is a person: its object, or a noun in apposition or compound to it, is a role
    ("a senior militant commander", "the group's top bomb maker", "the rebel commander Mbala") or a title
    ("Colonel Mbaye"), or the object is a person's full name ("Ahmed Hassan") or a people ("Malians")."""
    head = doc[cue.end - 1]
    for obj in (c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}):
        words = [obj] + [t for t in obj.children if t.dep_ in {"appos", "compound", "conj"}]
        if any(w.lemma_.lower() in _PERSON_ROLES or w.lower_.rstrip(".") in _TITLES for w in words):
            return True
        if obj.ent_type_ == "NORP" or obj.pos_ == "PROPN" and any(
                e.label_ == "PERSON" and len(e) > 1 and e.start <= obj.i < e.end for e in doc.ents):
            return True
    return False


#: Who takes people, not places: the police arrest "Kamau"; they take no town.
_ARRESTERS = frozenset({"police", "policeman", "policemen", "detective", "officer", "investigator", "agent"})
_NO_PLACE_ENTITIES = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def named_place_taken(doc: "Doc", clause: CueSet, cue: Cue) -> bool:
    """"M23 rebels captured Rubaya", "fighters seized Kalunguta", "took control of Hazm": a capitalised name that
    an armed side captures, seizes or takes control of is a place when nothing makes it a person: no title
    ("Colonel Mbaye"), no role ("Kamau, a commander"), not a person's full name, not a people ("Malians"). The small
    parser reads many an unknown town as a person's name, so a one-word PERSON is still a place here; the police
    arrest people and take no towns, and a passive capture ("Rubaya was captured") does not say it was a side's."""
    head = doc[cue.end - 1]
    verb = head.head if head.dep_ == "dobj" and head.lemma_.lower() == "control" else head
    agents = _agent_tokens(doc, cue)
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(doc[i].lemma_.lower() in _ARRESTERS for i in agents):
        return False
    if _state_agent(doc, clause, cue) is None and not _armed(clause, agents):
        return False
    names = [c for c in head.children if c.dep_ == "dobj"] + [
        o for p in head.children if p.dep_ == "prep" and p.lower_ in {"of", "over"} for o in p.children if o.dep_ == "pobj"]
    names = [n for n in names if n.pos_ == "PROPN" and n.text[:1].isupper()]
    if not names:
        return False
    for name in names:
        words = [name, *(c for c in name.children if c.dep_ in {"compound", "appos", "conj", "nmod", "amod"})]
        words += [t for w in words[1:] for t in w.subtree]
        if any(w.lower_.rstrip(".") in _TITLES or w.lemma_.lower() in _PERSON_ROLES for w in words):
            return False
        if name.ent_type_ in _NO_PLACE_ENTITIES or any(
                e.label_ == "PERSON" and len(e) > 1 and e.start <= name.i < e.end for e in doc.ents):
            return False
    return True


def _taken_from_a_side(doc: "Doc", clause: CueSet, cue: Cue) -> bool:
    """"Soldiers captured Tal Afar from the militants": a name taken from an armed side is a place (a person is
    captured, not taken from anyone), though the small parser may read the name as a person's."""
    head = doc[cue.end - 1]
    for obj in (c for c in head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"):
        froms = [c for t in (obj, head) for c in t.children if c.dep_ == "prep" and c.lower_ == "from"]
        if any(_cues_in(clause, "armed_party", {t.i for t in f.subtree}) for f in froms):
            return True
    return False


def _territory(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """A place captured, retaken or handed over: who took it decides the sub-type."""
    territory = _first(clause, "territory")
    if territory is None or territory.phrase in {"enter", "entered"}:
        return None
    objects = _object_tokens(doc, territory)
    if territory.phrase in {"occupy", "occupied"} and _occupied_by_people(doc, clause, territory, objects):
        return Decision("Peaceful protest", 0.6, f"unarmed people {territory.phrase!r} land or a building -> "
                        "Peaceful protest", territory)
    if territory.phrase in _SEIZE_PEOPLE and _people_taken(doc, territory) and not _taken_from_a_side(doc, clause,
                                                                                                   territory):
        state = _state_agent(doc, clause, territory)
        if territory.phrase in {"seize", "seized"} and (state is False or state is None and _armed(
                clause, _agent_tokens(doc, territory))):  # ("Taliban fighters seized Mullah Omar Khan")
            return Decision("Abduction/forced disappearance", 0.65, f"a person {territory.phrase!r} by a non-state "
                            "group -> Abduction/forced disappearance", territory)  # ("gunmen seized Ahmed Hassan")
        if territory.phrase in {"seize", "seized"} and state and not clause.has("arrest"):
            return Decision("Arrests", 0.65, f"a person {territory.phrase!r} by the authorities -> Arrests",
                            territory)  # ("police seized Ahmed Hassan": seizing is no arrest cue of its own)
        return None  # "captured Omar Saleh, the group's top bomb maker, in Kenya": a person (the arrest rule reads it)
    if not (_cues_in(clause, "place_object", objects) or any(doc[i].ent_type_ in {"GPE", "LOC", "FAC"} for i in objects)
            or (territory.phrase in _SEIZE_PEOPLE and _taken_from_a_side(doc, clause, territory))
            or named_place_taken(doc, clause, territory)):
        return None
    if clause.has("withdraw") and not clause.has("clash", "violence"):
        return Decision("Non-violent transfer of territory", 0.6,
                        f"{territory.phrase!r} after a withdrawal -> Non-violent transfer of territory", territory)
    if _without_a_fight(doc, clause, territory):
        return Decision("Non-violent transfer of territory", 0.6,
                        f"{territory.phrase!r} without a fight -> Non-violent transfer of territory", territory)
    state = _state_agent(doc, clause, territory)
    if state:
        return Decision("Government regains territory", 0.6,
                        f"state forces {territory.phrase!r} an area -> Government regains territory", territory)
    if state is False:
        return Decision("Non-state actor overtakes territory", 0.6,
                        f"armed group {territory.phrase!r} an area -> Non-state actor overtakes territory", territory)
    if _armed(clause, _agent_tokens(doc, territory)):  # "Houthi fighters took control of Hazm": the actors stage
        return Decision("Non-state actor overtakes territory", 0.5,  # names the side, and so the sub-type
                        f"an armed side {territory.phrase!r} an area -> Non-state actor overtakes territory", territory)
    return None


#: What tells a place taken with no fighting, in its sentence or the next ("No casualties were reported").
_BLOODLESS = re.compile(r"\b(?:without (?:a fight|firing a (?:single )?shot|a (?:single )?shot|(?:any )?resistance|"
                        r"bloodshed|a struggle)|unopposed|bloodless|no casualties (?:were|was) reported|"
                        r"no (?:one|shots?) (?:was|were) (?:hurt|injured|killed|fired))\b", re.IGNORECASE)


def _without_a_fight(doc: "Doc", clause: CueSet, cue: Cue) -> bool:
    """"took control of the district headquarters without firing a shot", "took control of the town offices ...
    No casualties were reported.": a place changing hands with no fighting told (ACLED: Non-violent transfer)."""
    sentence = doc[cue.start].sent
    end = doc[sentence.end].sent.end if sentence.end < len(doc) else sentence.end
    told = doc[sentence.start:end]
    said = [(told.start_char + m.start(), told.start_char + m.end()) for m in _BLOODLESS.finditer(told.text)]
    if not said:
        return False
    fighting = [c for kind in ("clash", "violence", "shelling", "air") for c in clause.get(kind)]
    return not any(not any(a <= doc[c.start].idx < b for a, b in said) for c in fighting)  # ("firing a shot")


def _arrest(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Arrests by the state; by armed groups an abduction; with beating or killing an attack."""
    arrest = next((c for c in clause.get("arrest") if not _taking_of_things(doc, clause, c)), None)
    if arrest is None or clause.has("clash") or _apprehension(doc, arrest) or _booking_of_things(doc, arrest):
        return None
    if any(c.phrase == "kill" for c in clause.get("violence")) and not clause.has("abduction"):
        return None  # fighters killed and others arrested: the fighting is the event
    killed = [c for c in clause.get("violence") if c.phrase in {"kill", "execute", "executed", "behead", "murder"}]
    if killed and arrest.phrase in {"capture", "captured", "round up", "rounded up", "nab"}:
        return Decision("Attack", 0.75, f"{arrest.phrase!r} then {killed[0].phrase!r} -> Attack", killed[0])
    abuse = [c for c in clause.get("violence") if c.phrase in {"beat", "torture", "injure", "wound", "stab", "whip"}]
    if abuse:
        agents = _agent_tokens(doc, arrest)
        if (_cues_in(clause, "crowd", agents) or _a_group_of_people(doc, clause, agents)) and not _armed(clause, agents):
            # "a group of citizens captured a thief and beat him": mob justice (ACLED: Mob violence)
            return Decision("Mob violence", 0.7, f"a crowd {arrest.phrase!r} and {abuse[0].phrase!r} someone -> Mob "
                            "violence", abuse[0])
        return Decision("Attack", 0.7, f"{abuse[0].phrase!r} and {arrest.phrase!r} -> Attack", abuse[0])
    state = _state_agent(doc, clause, arrest)
    if state is False:
        return Decision("Abduction/forced disappearance", 0.7,
                        f"{arrest.phrase!r} by a non-state group -> Abduction/forced disappearance", arrest)
    if arrest.phrase in {"capture", "captured"} and _cues_in(clause, "place_object", _object_tokens(doc, arrest)):
        return None
    return Decision("Arrests", 0.75 if state else 0.65, f"{arrest.phrase!r} by the authorities -> Arrests", arrest)


def _apprehension(doc: "Doc", arrest: Cue) -> bool:
    """Arrest words used of things: "partymen are apprehending a loss of support" ('apprehend' as 'fear', its
    object not a person), "the army helped to arrest the deteriorating situation" (to halt a trend)."""
    head = doc[arrest.end - 1]
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children):
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    if not objects:
        return False
    if head.lemma_.lower() == "arrest":
        return all(o.lemma_.lower() in _TRENDS for o in objects)
    return head.lemma_.lower() == "apprehend" and all(
        o.pos_ == "NOUN" and o.ent_type_ not in {"PERSON", "NORP", "CARDINAL"} and o.lemma_.lower() not in _PERSON_NOUNS
        for o in objects)


#: Who is booked, in South Asian usage ("police booked 12 people under the Arms Act"): people, not tickets.
_BOOKED = frozenset({"people", "person", "persons", "man", "men", "woman", "women", "youth", "youths", "activist",
                     "member", "leader", "worker", "supporter", "accused", "suspect", "protester", "student", "villager",
                     "resident", "traveller", "passenger", "rioter", "officer", "policeman", "official", "owner"})


def _booking_of_things(doc: "Doc", arrest: Cue) -> bool:
    """"Booked" is an arrest only when people are booked, or booked under a law ("booked the people under the
    railway act", "two men were booked for rioting"); not "booked a hotel", nor the noun "book"."""
    head = doc[arrest.end - 1]
    if head.lemma_.lower() != "book":
        return False
    if head.pos_ != "VERB":
        return True
    booked = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    people = any(t.lemma_.lower() in _BOOKED or t.lower_ in _BOOKED or t.ent_type_ in {"PERSON", "NORP"} or any(
        c.dep_ == "nummod" for c in t.children) for b in booked for t in b.subtree)  # ("a large number of people")
    under_law = any(c.dep_ == "prep" and c.lower_ in {"under", "for"} for c in head.children)
    return not (people or under_law)


def _taking_of_things(doc: "Doc", clause: CueSet, arrest: Cue) -> bool:
    """"Took away the 12 members", "three men were led away": people taken away are held; "took away their
    land", "the storm took away the roof" tell no arrest."""
    head = doc[arrest.start]
    if head.lemma_.lower() not in {"take", "lead"}:
        return False
    taken = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
    if not taken:  # ("took away" before its object, parsed as a particle's object)
        taken = [c for i in range(arrest.start, arrest.end) for c in doc[i].children if c.dep_ in {"dobj", "pobj"}]
    heads = {b.i for b in taken}
    people = any(b.lemma_.lower() in _BOOKED or b.lower_ in _BOOKED or b.lemma_.lower() in _PERSON_NOUNS
                 or b.ent_type_ in {"PERSON", "NORP"} for b in taken) or _cues_in(clause, "civilian", heads) \
        or _cues_in(clause, "armed_party", heads)
    # ("took away nine of its organisers", "dozens of activists"; not "the pensions of retired teachers")
    return not (people or any(b.like_num or b.lower_ in _SOME_OF for b in taken))


#: Words that count people out of a group: "nine of its organisers", "dozens of activists".
_SOME_OF = frozenset({"dozens", "hundreds", "scores", "some", "several", "many", "most", "all", "others"})


#: What is 'arrested' when a trend is halted.
_TRENDS = frozenset({"situation", "decline", "slide", "trend", "spread", "growth", "fall", "deterioration", "drift",
                     "rot", "slump", "rise", "erosion"})


#: Nouns for people that the authorities arrest; other things 'apprehended' are feared.
_PERSON_NOUNS = frozenset({"suspect", "accused", "culprit", "criminal", "militant", "terrorist", "man", "woman", "youth",
                           "person", "people", "member", "leader", "activist", "planner", "mastermind", "perpetrator",
                           "rioter", "protester", "gang", "driver", "official", "worker", "student", "boy", "girl"})


#: What is fought that is no party: a disease, a trend, a social ill ("to combat the spread of the virus").
_SCOURGES = _TRENDS | frozenset({"virus", "coronavirus", "covid", "covid-19", "pandemic", "epidemic", "disease",
                                 "outbreak", "infection", "contagion", "crime", "corruption", "poverty", "hunger",
                                 "inflation", "unemployment", "fire", "wildfire", "flood", "locust", "impunity"})


def _fights_a_scourge(doc: "Doc", cue: Cue) -> bool:
    """"To combat the spread of the coronavirus", "the fight against corruption": no battle."""
    head = doc[cue.end - 1]
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "against" for o in p.children
                if o.dep_ == "pobj"]
    return bool(objects) and all(o.lemma_.lower() in _SCOURGES for o in objects)


#: Words that tell a battle as the setting of what is reported ("as battles continue", "the ongoing clashes").
_ONGOING = frozenset({"ongoing", "recent", "continuing", "continued", "recently", "continue", "persist",
                      "previous", "earlier", "past"})
_SETTING_NOUNS = frozenset({"context", "connection", "amid", "amidst", "light", "wake"})


def _battle_as_setting(doc: "Doc", sentence: CueSet, cue: Cue) -> bool:
    """"Reinforcements arrived on the front lines as battles continue", "forces deployed in the context of recent
    fighting": a battle told as ongoing or recent, beside a change of activity (deployments, reinforcements,
    recruitment), is the setting of that change, which is the event (ACLED: Change to group/activity)."""
    if not sentence.has("change_group"):
        return False
    head = doc[cue.end - 1]
    near = [*head.children, head.head]
    if any(t.lemma_.lower() in _ONGOING for t in near):
        return True
    node = head
    for _ in range(3):  # "in the context of recent fighting", "in connection to the ongoing clashes"
        if node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in _SETTING_NOUNS:
            return True
    return False


def _ambush_on_unarmed(doc: "Doc", sentence: CueSet, cue: Cue) -> bool:
    """"Gunmen ambushed and killed four youths", "ambushed an off-duty police chief": an ambush on people who are
    not armed is an attack on them (ACLED: violence against civilians), not a battle."""
    if cue.phrase != "ambush" or doc[cue.start].pos_ != "VERB":
        return False
    victims = _object_tokens(doc, cue)
    if _cues_in(sentence, "unarmed_marker", victims):
        return True
    return bool(_cues_in(sentence, "civilian", victims)) and not _cues_in(sentence, "armed_party", victims)


def _battle_or_attack(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """Clashes and ambushes, then generic violence typed by its target."""
    clashes = [c for c in clause.get("clash") if c.phrase in _STRONG_CLASH and not _fights_a_scourge(doc, c)]
    if clashes and all(_battle_as_setting(doc, sentence, c) for c in clashes):
        return None
    if (clash := next(iter(clashes), None)) is not None:
        if _ambush_on_unarmed(doc, sentence, clash):
            return Decision("Attack", 0.7, f"{clash.phrase!r} unarmed people -> Attack", clash, generic=True)
        if _crowd_clash(sentence):
            return Decision("Mob violence", 0.7, f"unarmed people {clash.phrase!r} -> Mob violence", clash)
        return Decision("Armed clash", 0.8, f"{clash.phrase!r} -> Armed clash", clash)
    return _generic_violence(doc, clause, sentence)


#: Crowds that riot (not clans, tribesmen or herders: communal militias fight armed, ACLED codes their battles).
_RIOTING_CROWDS = {"locals", "villagers", "residents", "youths", "crowd", "mob", "supporters", "students", "traders",
                   "workers", "drivers", "fans", "football fans", "group of people", "local people", "stone-pelters",
                   "stone pelters", "group of locals", "group of residents", "communities", "community"}
#: The state's forces a crowd may clash with (a crowd against the police is a riot, not a battle).
_STATE_FORCE_WORDS = {"police", "policeman", "policemen", "police officer", "police officers", "officer", "officers",
                      "policewoman", "policewomen", "security force", "security forces", "personnel", "forces",
                      "soldier", "troop", "troops", "army", "military", "gendarme", "gendarmerie", "guard",
                      "border guard", "patrol", "paramilitary"}


def _crowd_clash(sentence: CueSet) -> bool:
    """"Two groups of party supporters clashed", "residents clashed with police and threw stones": a crowd
    and at most the state's forces, no armed group or weapon: mob violence (ACLED codebook)."""
    if not any(c.phrase in _RIOTING_CROWDS for c in sentence.get("crowd")):
        return False
    fired = any(c.phrase in _GUNFIRE for c in sentence.get("violence") + sentence.get("excessive_force"))
    return all(c.phrase in _STATE_FORCE_WORDS for c in sentence.get("armed_party")) and not (
        sentence.has("weapon_object") or fired)  # ("residents clashed with police, who opened fire": weapons used)


_GUNFIRE = {"open fire", "opened fire", "fire", "fired", "firing", "shoot", "shot", "shooting", "gunfire", "gunshot",
            "live ammunition", "live fire", "bullet"}


_LOOT_ALONE = {"loot", "looting", "looted", "pillage", "pillaged", "plunder", "plundered", "ransack", "ransacked",
               "vandalism", "vandalise", "vandalize", "vandalised", "vandalized", "arson", "property destruction",
               "cattle rustling", "robbery", "robbed", "rob", "theft", "steal", "stole", "extortion",
               "extort"}  # words that need no property named


def _property_base_or_agreement(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    loot = _first(clause, "loot")
    if loot is not None and (clause.has("property_object") or loot.phrase in _LOOT_ALONE):
        return Decision("Looting/property destruction", 0.65, f"{loot.phrase!r} -> Looting/property destruction", loot)
    hq = _first(clause, "hq")
    if hq is not None and clause.has("hq_object"):
        return Decision("Headquarters or base established", 0.7,
                        f"{hq.phrase!r} a base -> Headquarters or base established", hq)
    if (cue := _first(clause, "agreement", _STRONG_AGREEMENT)) is not None:
        return Decision("Agreement", 0.7, f"{cue.phrase!r} -> Agreement", cue)
    return None


_BODY_FOUND = {"find", "recover", "discover", "dump", "exhume", "retrieve", "lie", "dead", "bullet", "decompose",
               "identify", "hand", "bury", "mutilate", "wound", "kill", "murder"}


def _a_dead_body(doc: "Doc", cue: Cue) -> bool:
    """"A body was found", "the bodies of two men were recovered"; not "a lawyers' body", "a body of jurists"."""
    if cue.phrase in {"found dead", "corpse"} or doc[cue.start].lower_ == "bodies":
        return True  # (the singular also names groups: "a governing body")
    return any(t.lemma_.lower() in _BODY_FOUND for t in doc[cue.start].sent)


def _a_named_settlement(doc: "Doc", cue: Cue) -> bool:
    """"the settlement of Novoolenivka", "the Donetsk settlement": a village, as Ukrainian and Russian official
    texts call it, not a deal."""
    if cue.phrase != "settlement":
        return False
    word = doc[cue.start]
    after = doc[word.i + 2] if word.i + 2 < len(doc) and doc[word.i + 1].lower_ == "of" else None
    return (after is not None and after.pos_ == "PROPN") or any(
        t.dep_ == "compound" and t.ent_type_ in {"GPE", "LOC"} for t in word.lefts)


#: Verbs that say a named event happened ("the shooting occurred in ...", "gunfire broke out").
_HAPPENED = {"occur", "happen", "take", "erupt", "break", "ring"}


def _a_shooting_happened(doc: "Doc", cue: Cue) -> bool:
    """"Saturday's shooting occurred in Nalchik", "gunfire rang out": a shooting told as an event, with no
    attacker or target named; not a weapon's name ("a shooting range") nor a verb of its own."""
    word = doc[cue.end - 1]
    return word.pos_ == "NOUN" and word.dep_ == "nsubj" and word.head.lemma_.lower() in _HAPPENED


def _weak_cues(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """The weaker cues skipped above: bodies found, deaths, displacement, deals, group changes."""
    for cue in clause.get("violence"):
        if cue.phrase in {"body", "bodies", "found dead", "corpse"} and _a_dead_body(doc, cue):
            return Decision("Attack", 0.5, "a body found -> Attack", cue, generic=True)
        if (cue.phrase == "die" and doc[cue.start].pos_ == "VERB") or cue.phrase in _LOST_LIVES:
            return Decision("Attack", 0.45, f"{cue.phrase!r} -> Attack", cue, generic=True)
    for cue in clause.get("small_arms"):
        if _a_shooting_happened(doc, cue):
            return Decision("Attack", 0.45, f"{cue.phrase!r} happened -> Attack", cue, generic=True)
    if (cue := next((c for c in clause.get("other") if not _describes_the_displaced(doc, c)), None)) is not None:
        return Decision("Other", 0.55, f"{cue.phrase!r} -> Other", cue)
    if (cue := next((c for c in clause.get("agreement") if not _a_named_settlement(doc, c)), None)) is not None:
        return Decision("Agreement", 0.45, f"{cue.phrase!r} -> Agreement", cue)
    for cue in clause.get("change_group"):
        if doc[cue.start].dep_ == "amod" and cue.end - cue.start == 1:
            continue  # "behind closed gates", "a launched satellite": a describing word, not an act
        if cue.phrase == "recruit" and doc[cue.start].tag_ == "NNS":
            continue  # "200 police recruits completed a course": people, not a recruitment
        if doc[cue.start].dep_ == "compound" and doc[cue.start].head.lemma_.lower() in _SCHOOLS:
            continue  # "at the training college": a name of a place
        if doc[cue.start].dep_ == "nsubj" and doc[cue.start].head.lemma_.lower() in _CONTAINING:
            continue  # "The drills included simulated riots": what a drill held, not a new activity
        if doc[cue.start].pos_ == "NOUN" and doc[cue.start].dep_ in ("nsubj", "nsubjpass") and any(
                c.phrase == cue.phrase for c in sentence.get("armed_party")):
            continue  # "An army patrol came under fire": the unit that acts or suffers, not a change of activity
        if _no_change_told(doc, cue):
            continue
        if _what_a_noun_was_doing(doc[cue.start]):
            continue  # "a helicopter attempting to evacuate soldiers came under fire": what the noun was doing
        return Decision("Change to group/activity", 0.5, f"{cue.phrase!r} -> Change to group/activity", cue)
    return None


_CONTAINING = frozenset({"include", "involve", "feature", "consist", "cover", "comprise"})
#: Premises and services that close or stop as a strike's or a curfew's effect: no group's change of activity.
_PREMISES = frozenset({"business", "shop", "store", "market", "school", "office", "bank", "university", "college",
                       "restaurant", "class", "trader", "transport", "traffic", "flight", "service"})


_WILL = frozenset({"will", "would", "shall", "'ll", "wo"})


def _what_a_noun_was_doing(token: "Token") -> bool:
    """"a UN helicopter attempting to evacuate soldiers ... came under fire": a participle that describes a noun
    (not "the president appointed X", which the parser may also read as describing)."""
    node = token
    for _ in range(3):
        if node.dep_ == "acl" and node.tag_ == "VBG":
            return True
        if node.head.i == node.i or node.dep_ not in {"xcomp", "acl", "aux"}:
            return False
        node = node.head
    return False


def _no_change_told(doc: "Doc", cue: Cue) -> bool:
    """What the weak change-of-activity words say without a group changing its activity: an announcement of what
    will be done ("unions announced that they will march next Wednesday": the plan, set aside as future, is the
    news), a launch of a book or a product ("200 guests attended the launch"), and premises or services that
    closed or stopped because of a strike ("In Istmina, businesses closed and river transport was suspended"; the
    strike declared is the event)."""
    word = doc[cue.end - 1]
    lemma = word.lemma_.lower()
    if lemma in {"announce", "declare"} and word.pos_ == "VERB":  # (not "announced that it was cutting its aid")
        return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in _WILL for a in c.children)
                   for c in word.children) and not any(c.dep_ == "dobj" for c in word.children)
    if lemma == "launch" and word.pos_ == "NOUN":
        return not any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children)
    if lemma in {"close", "closed", "suspend"} and not any(c.dep_ == "dobj" for c in word.children):
        before = doc[max(word.sent.start, word.i - 3):word.i]  # ("river transport was suspended": misparsed often)
        return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _PREMISES for c in word.children) or any(
            t.lemma_.lower() in _PREMISES and t.pos_ == "NOUN" for t in before)
    return False
_SCHOOLS = frozenset({"college", "school", "academy", "centre", "center", "institute", "facility", "course"})


#: The rule families in the codebook's order of precedence; the first that decides wins.
_RULES: tuple[Callable[["Doc", CueSet, CueSet], Decision | None], ...] = (
    _codebook_firsts, _demonstration, _fight_or_crowd_violence, _suicide_or_disrupted, _remote_violence,
    _displacement_or_graves, _abduction, _goods_seized, _territory, _arrest, _battle_or_attack, _property_base_or_agreement,
    _weak_cues)


def decide(doc: "Doc", clause: CueSet, sentence: CueSet) -> Decision | None:
    """The sub-event type a clause reports, by ACLED's rules, or None when it reports no event."""
    for rule in _RULES:
        if (decision := rule(doc, clause, sentence)) is not None:
            return decision
    return None
