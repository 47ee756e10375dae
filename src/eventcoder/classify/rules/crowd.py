"""What a crowd is doing, read by both the protest and the riot families: signs of a demonstration, of
rioting, of demands, of riot police and of a crowd that fights the state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..cues import Cue, CueSet
from .common import _agent_tokens, _armed, _BACKGROUND_PREPS, _state_agent, _STATE_FORCE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_RIOT_SIGNS = {"rioter", "riot", "burn tire", "burn tyre", "burn tires", "burn tyres", "burning tire", "burning tyre",
               "burning tires", "burning tyres"}  # what only rioting demonstrators do
_CROWD_VIOLENCE = {"throw stone", "throw rock", "stone - throwing", "stone-throwing", "pelt", "hurl", "molotov",
                   "petrol bomb", "throw firework", "throw firecracker", "throw bottle", "throw brick",
                   "throw projectile", "throw object"} | _RIOT_SIGNS
_BACKGROUND_OWNERS = {"organiser", "organizer", "member", "leader", "anniversary", "movement", "coordinator", "supporter",
                      "activist", "victim", "martyr", "family", "wake", "aftermath", "start", "beginning", "outbreak",
                      "spokesman", "spokesperson", "committee", "murderer", "killer", "killing", "death", "support"}
#: Nouns a protest word only names ("the protest square", "protest leaders"), reporting no protest.
_PROTEST_PLACES = frozenset({"square", "site", "ground", "venue", "area", "zone", "leader",
                             "organiser", "organizer", "movement", "committee", "slogan", "banner", "placard", "song"})
#: Marches that are no protest: "the army staged a flag march", "a route march" (security forces on show).
_FORCES_MARCHES = frozenset({"flag", "route"})


def _show_of_force(token: "Token") -> bool:
    """"The RAF staged a flag march in Bandra": security forces showing themselves, not a protest."""
    return token.lemma_.lower() == "march" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in _FORCES_MARCHES for c in token.children)


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
