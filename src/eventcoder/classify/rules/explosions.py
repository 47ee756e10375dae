"""Explosions and remote violence (ACLED Explosions/Remote violence): suicide bombs, disrupted weapons use,
air and drone strikes, shelling, grenades and remote explosives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..cues import Cue, CueSet
from .common import (_armed, _cues_in, Decision, _first, _LIGHT_ARMS, _object_tokens, _people_taken, _SEIZE_PEOPLE,
                     _state_agent, _STRONG_CLASH)

if TYPE_CHECKING:
    from spacy.tokens import Doc


_STRONG_IED = {"ied", "ieds", "improvised explosive", "roadside bomb", "explosive device", "landmine", "land mine",
               "mine explode", "mine exploded", "car bomb", "vbied", "vbieds", "booby - trap", "booby - trapped",
               "booby trap", "booby trapped", "booby-trapped", "sticky bomb", "magnetic bomb", "explosive - laden",
               "remote - controlled", "remotely detonated", "motorcycle bomb", "bike bomb", "explosive charge"}
_SUICIDE_ACTS = {"suicide bomber", "suicide attack", "suicide bombing", "blew himself up", "blow himself up",
                 "blew herself up", "blew themselves up", "self - detonate"}


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
