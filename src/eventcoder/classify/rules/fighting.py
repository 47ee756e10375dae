"""Armed violence between sides or against civilians (ACLED Battles and Violence against civilians): armed
clashes, attacks, raids, and the generic violence that decides between them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cues import Cue, CueSet
from .common import (_a_group_of_people, _agent_tokens, _armed, _BACKGROUND_PREPS, _cues_in, Decision, _DOING,
                     _firing_side, _LOST_LIVES, _object_tokens, _state_agent, _STATE_FORCE_WORDS, _STRONG_CLASH,
                     _TRENDS, _weapons_used)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_HARM_VERBS = frozenset({"kill", "die", "perish", "injure", "wound", "hurt", "succumb", "martyr"})


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


def _an_operation_done(doc: "Doc", cue: Cue) -> bool:
    """"conducted ground assaults near Chasiv Yar": an assault that forces carry out is an operation, not abuse."""
    word = doc[cue.end - 1]
    return word.pos_ == "NOUN" and word.dep_ == "dobj" and word.head.lemma_.lower() in _DOING


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


#: What is fought that is no party: a disease, a trend, a social ill ("to combat the spread of the virus").
_SCOURGES = _TRENDS | frozenset({"virus", "coronavirus", "covid", "covid-19", "pandemic", "epidemic", "disease",
                                 "outbreak", "infection", "contagion", "crime", "corruption", "poverty", "hunger",
                                 "inflation", "unemployment", "fire", "wildfire", "flood", "locust", "impunity"})


#: What one is "engaged in" that is a fight ("engaged in heavy clashes"); anything else is no battle.
_FIGHTS = frozenset({"clash", "fighting", "fight", "battle", "gunfight", "firefight", "exchange", "combat", "hostility",
                     "skirmish", "shootout", "encounter", "war", "operation", "attack", "gunbattle", "confrontation"})


def _engaged_in_something_else(doc: "Doc", cue: Cue) -> bool:
    """"Business houses were engaged in setting up schools", "engaged in talks": to be engaged in anything but a
    fight is no battle."""
    head = doc[cue.end - 1]
    if head.lemma_.lower() != "engage":
        return False
    done = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
            if o.dep_ in ("pobj", "pcomp")]
    return bool(done) and not any(o.lemma_.lower() in _FIGHTS for o in done)


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
    clashes = [c for c in clause.get("clash") if c.phrase in _STRONG_CLASH and not _fights_a_scourge(doc, c)
               and not _engaged_in_something_else(doc, c)]
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
