"""The riot family (ACLED Riots): violent demonstrations and mob violence, and crowds that fight each other
or the state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cues import Cue, CueSet
from .common import (_agent_tokens, _armed, _cues_in, Decision, fighting_parties, _FIREARM_USE, _first, _LIGHT_ARMS,
                     _phrases_in, _STATE_FORCE_WORDS, _STATE_WORDS, _weapons_used)
from .crowd import (_a_demonstration, _communal_riots, _CROWD_VIOLENCE, _demands_told, _riot_police, _RIOT_SIGNS,
                    _rioters_fight_the_state)

if TYPE_CHECKING:
    from spacy.tokens import Doc


_BATTLE_WORDS = {"clash", "armed clash", "fighting", "fight", "battle", "exchange fire", "exchanged fire", "exchange of fire",
                 "exchanging fire", "traded fire", "trade fire", "gunfight", "firefight", "fire fight", "gun battle",
                 "gunbattle", "skirmish", "shootout", "shoot - out", "repel", "repulse", "in both directions",
                 "both sides fired", "exchange of artillery", "exchange artillery", "exchange shelling",
                 "exchange gunfire", "exchange rocket", "exchange mortar", "exchange heavy", "exchange shell",
                 "exchange artillery fire", "exchanged artillery", "exchanged shelling", "exchanged gunfire",
                 "exchanged rocket", "exchanged mortar", "exchanged heavy", "fire back", "fired back", "return fire",
                 "returned fire", "returning fire", "shelling exchange", "artillery exchange", "exchange of shelling",
                 "artillery duel"}
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


def _riot_without_demands(doc: "Doc", sentence: CueSet, cue: Cue) -> bool:
    """"Prisoners rioted", "rioters torched a bank" with no demand or demonstration told anywhere in the
    report: mob violence. A riot with demands ("rioted, calling for their release"), tied to demonstrations
    ("likely related to recent demonstrations") or fought out with the state's forces is a violent
    demonstration."""
    if cue.phrase in {"riot", "rioter"} and _communal_riots(doc) and not _a_demonstration(doc, sentence):
        return True  # ("by nightfall, riots started in the city" in a report of communal violence)
    return cue.phrase in {"riot", "rioter"} and not _demands_told(doc) and not _rioters_fight_the_state(doc, sentence)


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
