"""What the rule families share: the decision, cue lookups, the agents, objects and parties of a cue, and
the word lists more than one family reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..cues import Cue, CueSet

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Decision", "done_by_non_state", "fighting_parties"]


_STRONG_CLASH = {"clash", "armed clash", "fighting", "fight", "battle", "exchange fire", "exchanged fire",
                 "exchange of fire", "exchanging fire", "traded fire", "trade fire", "gunfight", "firefight",
                 "fire fight", "gun battle", "gunbattle", "skirmish", "ambush", "repel", "repulse", "shootout",
                 "shoot - out", "counterattack", "counter - attack", "hostilities", "engage", "engagement", "combat"}
_LIGHT_ARMS = {"small arms", "small - arms", "firearm", "firearms", "automatic weapons", "automatic rifle", "rifle",
               "rifles", "gunfire", "gunshot", "gunshots", "shots", "light weapons"}
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


#: Light verbs whose object names the act: "conducted ground assaults", "carried out an attack", "was making attack".
_DOING = frozenset({"conduct", "carry", "launch", "mount", "stage", "make", "undertake", "perform"})


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


_BACKGROUND_PREPS = {"following", "after", "for", "due", "because", "since", "before", "about", "regarding", "over",
                     "against", "toward", "towards"}
_FIREARM_USE = {"open fire", "opened fire", "fire on", "fired on", "fire at", "fired at", "shoot", "shot at", "shoot at",
                "shot dead", "shoot dead", "gun down", "gunned down", "fire", "fired"}


def _weapons_used(cues: CueSet) -> bool:
    """Whether firearms or explosives are named: fighting with them takes armed, organised groups."""
    return (cues.has("small_arms", "shelling", "ied", "air", "grenade", "weapon_object")
            or any(c.phrase in _FIREARM_USE for c in cues.get("violence")))


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


#: Words that gather ordinary people into a crowd: "a group of around 20 people", "dozens of youths".
_GROUPING = frozenset({"group", "groups", "dozens", "hundreds", "scores", "gang"})


def _a_group_of_people(doc: "Doc", sentence: CueSet, agents: set[int]) -> bool:
    """"A group of around 20 people attacked merchants", "a group of citizens beat a thief", "dozens of youths
    tried to kill a suspect": ordinary people acting together are a mob (ACLED: Mob violence), as a crowd is."""
    plural_people = [c for c in _cues_in(sentence, "civilian", agents) if doc[c.end - 1].tag_ in {"NNS", "NNPS"}
                     or doc[c.end - 1].lower_ in {"people", "youth"}]
    return bool(plural_people) and any(doc[i].lower_ in _GROUPING and doc[i].lower_ != "gang"
                                       and i + 1 < len(doc) and doc[i + 1].lower_ == "of" for i in agents)


#: Dying said the long way ("at least 11 civilians lost their lives"): a death, like "died".
_LOST_LIVES = frozenset({"lose their life", "lose his life", "lose her life"})
_DISPLACEMENT = frozenset({"displacement", "displaced", "displace"})


def _describes_the_displaced(doc: "Doc", cue: Cue) -> bool:
    """"attacked the Plaine Savo displacement site", "a camp for displaced families": the word names a place or
    people by their past flight, not a displacement told here (the attack on them is the event)."""
    word = doc[cue.end - 1]
    return cue.phrase in _DISPLACEMENT and cue.end - cue.start == 1 and word.dep_ in {"amod", "compound"}


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


#: What is 'arrested' when a trend is halted.
_TRENDS = frozenset({"situation", "decline", "slide", "trend", "spread", "growth", "fall", "deterioration", "drift",
                     "rot", "slump", "rise", "erosion"})
#: The state's forces a crowd may clash with (a crowd against the police is a riot, not a battle).
_STATE_FORCE_WORDS = {"police", "policeman", "policemen", "police officer", "police officers", "officer", "officers",
                      "policewoman", "policewomen", "security force", "security forces", "personnel", "forces",
                      "soldier", "troop", "troops", "army", "military", "gendarme", "gendarmerie", "guard",
                      "border guard", "patrol", "paramilitary"}
