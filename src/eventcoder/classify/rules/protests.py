"""The protest family (ACLED Protests): peaceful protest, protest with intervention, excessive force against
protesters; and the codebook's first checks and the demonstration rule that run before every other family.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..clauses import a_politicians_rally
from ..cues import Cue, CueSet
from .common import _agent_tokens, _armed, _BACKGROUND_PREPS, _cues_in, Decision, _first, _object_tokens, _state_agent
from .crowd import (_a_demonstration, _BACKGROUND_OWNERS, _communal_riots, _CROWD_VIOLENCE, _demands_told,
                    _people_block_a_way, _reports_protest, _riot_police, _rioters_fight_the_state)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["PROTEST_SEVERITY", "STRONG_RIOT", "describes_a_noun", "decide_protest"]


#: Protest-family sub-types from mildest to most severe; merging two reports keeps the more severe.
PROTEST_SEVERITY: tuple[str, ...] = ("Peaceful protest", "Protest with intervention",
                                     "Excessive force against protesters", "Violent demonstration")
_STRONG_DISRUPT = {"defuse", "defused", "dismantle", "dismantled", "bomb disposal", "controlled explosion",
                   "controlled detonation", "safely detonated", "safely detonate", "intercept", "intercepted",
                   "interception", "shoot down", "shot down", "downed", "foil", "foiled", "thwart", "thwarted",
                   "disarm", "neutralize", "neutralise", "neutralized", "deactivate", "defusal", "demine",
                   "demining", "before it exploded", "before exploding", "dismantling", "defusing"}
#: Acts that make a demonstration a Violent demonstration (riot cues; the rest are weaker).
STRONG_RIOT = {"clash", "set fire", "set on fire", "set ablaze", "set alight", "burn", "torch", "firebomb", "storm",
               "vandalise", "vandalize", "smash", "ransack", "break into", "broke into", "tear down", "tore down",
               "loot", "ablaze", "on fire", "fire be set", "turn violent", "turned violent"} | _CROWD_VIOLENCE
_WEAK_RIOT = {"attack", "assault", "fight", "beat", "injure", "damage", "stone", "tire", "tyre"}
_LETHAL_FORCE = {"live ammunition", "live fire", "live round", "live bullet", "sniper", "shot dead", "shoot dead",
                 "gunfire", "bullet wound", "gunshot", "machine gun", "run over", "ran over", "fatally"}
_DEATH_WORDS = {"killed", "kill", "die", "died", "dead", "death", "shoot", "shot", "stab", "open fire",
                "opened fire", "fire on", "fired on", "fire at", "fired at", "shoot at", "shot at"}


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


def _protest_context(doc: "Doc", clause: CueSet, sentence: CueSet) -> bool:
    if any(_reports_protest(doc, c) for c in clause.get("protest")):
        return True
    if any(c.phrase in _DISPERSAL for c in clause.get("intervention")):
        return True  # dispersing implies a crowd that gathered
    if any(_people_block_a_way(doc, clause, c) for c in clause.get("gathering")):
        return True
    return clause.has("gathering", "crowd_size") and clause.has("demand")


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
    if lethal is not None and protest is not None and a_politicians_rally(doc[protest.start]):
        # "Gunmen attacked an election rally, killing three": a campaign's rally is no protest (ACLED's demonstrations
        # oppose something), so force on it is an attack on civilians; ACLED codes armed men who fire on a protest,
        # whoever they are, as excessive force (the Iraq file: "unidentified gunmen fired on protesters")
        return Decision("Attack", 0.8, f"{lethal.phrase!r} a politician's rally -> Attack", lethal)
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


def _harmed_state(token: "Token") -> bool:
    """"leaving 15 of them injured": a participle whose subject is who was harmed, not who harmed."""
    return token.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass", "agent"} for c in token.children)


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
