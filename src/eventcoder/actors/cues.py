"""Cues that tell an event's initiator from its target and its sources, read from the words
around an actor phrase ("by X", "X attacked", "targeting X", "X was killed", "backed by X",
"X reported") and, when a parse is at hand, from its syntax."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lookbehind import clause_start
from .matching import ActorMatch

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["ALLY", "AUTHOR_BEFORE", "CLAIMS_AFTER", "word_cue", "used_force", "syntax_cue", "is_source"]

ALLY = -0.5  # the cue of an ally ("backed by X"): neither initiator nor target
_AGENT_BEFORE = re.compile(
    r"\b(by|from)\s+(?:(?:the|an?|suspected|alleged|presumed|some|several|two|three|\d+)\s+)*"
    r"(?:(?:airstrikes?|air strikes?|shelling|fire|gunfire|attacks?|raids?|bombardment|drones?|strikes?|rockets?|incursions?|"
    r"mortars?|missiles?|shells?|forces|members|militants|fighters|elements)\s+(?:of|by|from)\s+(?:the\s+)?)?$", re.I)
#: "thwarted attacks of pro-Houthi forces", "an incursion by X": X made the attack.
_ATTACK_OF = re.compile(r"\b(?:attacks?|assaults?|incursions?|offensives?|ambush(?:es)?|raids?)\s+(?:of|by)\s+"
                        r"(?:(?:the|an?|suspected|alleged)\s+)*$", re.I)
#: "the army said, blaming the ELN", "accused the PKK of": the one blamed did it.
_BLAMED_BEFORE = re.compile(r"\b(?:blam(?:e|ed|es|ing)|accus(?:e|ed|es|ing))\s+(?:the\s+)?$", re.I)
#: A phrase that names who reports, not who acts: "HPG reported", "according to the police".
_SOURCE_BEFORE = re.compile(r"\b(according to|reported by|cited by|quoted by|citing|told|per)\s+(?:the\s+|an?\s+)?$", re.I)
# ("the army said", "the army and aid workers said": a second reporter joined by "and")
# ("regional governor Oleksandr Prokudin said": the official's name between the title and the verb)
#: "(X) spokesman Yahya Saree said they targeted a ship": a side's spokesman telling the side's own act (its
#: name, a title and the day between).
_OWN_ACT_TOLD = (r"(?:\s+(?-i:[A-Z][\w'.-]*)){0,4}\s+(?:said|says|stated|announced)(?:\s+on\s+[A-Z]\w+)?\s+(?:that\s+)?"
                 r"(?:it|they|(?:its|their|the)\s+(?:forces|fighters|group|movement|units|navy|troops))\s+"
                 r"(?:had\s+|have\s+|has\s+)?(?:[a-z]+ed|shot|hit|struck|fought|took|blew|overran|beat)\b")
_SPOKESMAN_TELLS_OWN_ACT = re.compile(r"\s+(?:(?:military|official|armed\s+forces|army)\s+)?spokes\w*" + _OWN_ACT_TOLD, re.I)
_SOURCE_AFTER = re.compile(r"^\s*(?:\([^)]{0,20}\)\s*)?(?:and\s+(?:[\w'-]+\s+){1,3}?)?(?-i:(?:[A-Z][\w'.-]+\s+){0,3})"
                           # ("Hezbollah said it fired rockets": a side telling its own act is its author)
                           # ("the rebels said on Tuesday their fighters shot dead": the day and the men between)
                           r"(reported|reports|(?:said|says|stated)(?!(?:\s+on\s+[A-Z]\w+)?\s+(?:that\s+)?(?:it|they|"
                           r"(?:its|their)\s+(?:fighters|militants|men|members|rebels|combatants|guerrillas|cadres))\s+"
                           r"(?:had\s+|have\s+|has\s+)?(?:[a-z]+ed|shot|hit|struck|fought|took|blew|overran|beat)\b)|"
                           r"told|claimed that(?!\s+(?:they|it|its|their)\b)|"
                           r"(?:suspects?|suspected|believes?|believed|fears?|feared|confirmed|added) that|added(?=\s*[.,;])|"
                           r"media|news|statement|sources?|spokes\w*|officials? said|"
                           # ("officials revised the death toll to nine": who counts, not who attacked)
                           r"(?:(?:have|has|had)\s+)?(?:revised|raised|lowered|updated|put|corrected|gave|confirmed)\s+"
                           r"(?:the\s+|their\s+|its\s+)?(?:death\s+|casualty\s+)?(?:toll|tally|figure|count)|"
                           # ("in what police believe is", "police suspect a feud": a belief, not the act)
                           r"(?:believe|believes|suspect|suspects|think|thinks)(?!\s+(?:of|to|in)\b)|"
                           # ("the hospital's police camp in-charge confirmed": an office of the force speaks)
                           r"(?:[\w'-]+\s+){0,2}?(?:in-charge|chief|head|official|officials|officer|officers|commander|"
                           r"commissioner|superintendent|inspector)\s+(?:has\s+|had\s+)?(?:said|says|confirmed|told|stated))\b",
                           re.I)
_PATIENT_BEFORE = re.compile(
    r"\b(against|targeting|targeted|target|targets|on|at|attacked|attacking|attack|killed|killing|kill|wounded|wounding|"
    r"injured|injuring|kidnapped|kidnapping|abducted|abducting|arrested|arresting|detained|detaining|shot|shooting|"
    r"struck|striking|hit|hitting|bombed|bombing|shelled|shelling|ambushed|ambushing|assassinated|assassinating|with|"
    r"of|into|intercepted|seized|captured|capturing|dispersed|dispersing|raided|raiding|stormed|storming|burned|torched|"
    r"near|toward|towards|upon|in front of|outside|foiled|thwarted|repelled|repulsed|hosting|housing|belonging to|"
    r"ambush|ambushed|pushed back)\s+"
    r"(?:(?:the|an?|two|three|four|five|several|some|\d+|members? of|positions? of|suspected|alleged|local|an? group of|dead|(?:pro|anti)-[\w-]+|"
    r"dozens of|hundreds of|group of|of)\s+)*$", re.I)
_AGENT_AFTER = re.compile(
    r"^(?:\s*\([^)]{0,20}\))?\s*(?:[\w'-]+\s+){0,5}?(?:have\s+|has\s+|had\s+|reportedly\s+|allegedly\s+|also\s+|then\s+)?"
    r"(attacked|killed|shot|kidnapped|abducted|arrested|detained|targeted|bombed|shelled|struck|raided|clashed|fired|"
    r"opened fire|launched|carried out|conducted|ambushed|stormed|set fire|burned|burnt|torched|seized|captured|"
    r"destroyed|intercepted|defused|dismantled|dispersed|used|planted|detonated|blew up|executed|assassinated|"
    r"attempted|tried|attack|attacks|clash|killing|targeting|took control|took over|imposed|deployed|launch|"
    r"carry out|bomb|shell|hit|hits|fought|engaged|exchanged|infiltrated|demolished|looted|set up|established|"
    r"announced|released|handed|signed|agreed|withdrew|withdrawn|entered|advanced|recaptured|retook|repelled|foiled|"
    r"thwarted|repulsed|freed|discovered|found|pushed|chased|pursued|downed|shot down|blocked|closed|cut|"
    r"raid|raids|operation|offensive|ambush|assault|assaulted|invaded|marched|responded|retaliated|claimed|"
    r"resorted|lobbed|burst|lathi-charged|lathicharged|caned|beat|intervened|rushed)\b", re.I)
#: "(JNIM), an al-Qaeda affiliate, claimed the attack", "the X group claimed responsibility": the author.
CLAIMS_AFTER = re.compile(r"\s*(?:[),]\s*)*(?:an?\s+[\w\s'-]{1,40}?,\s*)?"  # ("(JNIM), an al-Qaeda affiliate,")
                          r"(?:group|militants|fighters|movement|insurgents|rebels|jihadists)?\s*"  # ("the X group")
                          r"(?:has\s+|have\s+|later\s+|reportedly\s+)?(?:claimed|claims|claim)\s+"
                          r"(?:responsibility|credit|to\s+have|that\s+(?:they|it)|they|it|the\s+(?:[A-Z][\w'-]+\s+){0,2}"
                          r"(?:attack|assault|ambush|bombing|blast|raid|killing|kidnapping|abduction)s?)\b", re.I)
#: "The attack was carried out by members of X", "Police blamed X": a later sentence names the author.
AUTHOR_BEFORE = re.compile(r"(?:\b(?:attacks?|assaults?|massacres?|killings?|ambush(?:es)?|bombings?|raids?|abductions?|"
                           r"kidnappings?)\s+(?:was|were|had\s+been|has\s+been)\s+(?:carried\s+out|perpetrated|committed|"
                           r"staged|launched)\s+by|\b(?:blamed|blames|blaming)(?!\s+(?:the\s+)?(?:attack|violence)))\s+"
                           r"(?:(?:the|an?|suspected|alleged)\s+)*(?:(?:members|fighters|militants|gunmen)\s+of\s+"
                           r"(?:the\s+)?)?$", re.I)
#: "an IS-planted IED", "a PKK drone": the group owns the weapon.
_WEAPON_AFTER = re.compile(r"^[\s\-]*(?:militants?['’]?\s+)?(planted|placed|laid|made|IEDs?|bombs?|rockets?|mortars?|"
                           r"drones?|snipers?|suicide|car bomb|explosives?|mines?)\b", re.I)
#: "killed in police firing", "an army crackdown", "Israeli shelling", "repelled a Taliban attack": the force did
#: the firing or the attacking.
_FIRING_AFTER = re.compile(r"^[\s\-]*(firing|fire(?!\s+(?:station|brigade|service|fighters?|department|tenders?))|shooting|"
                           r"gunfire|bullets?|pellets?|crackdown|excesses|brutality|lathi[\s\-]?charge|baton[\s\-]charge|"
                           r"shelling|bombardment|air[\s\-]?strikes?|attacks?(?!\s+(?:by|of)\b)|"
                           r"assaults?(?!\s+(?:by|of)\b)|"
                           r"offensives?|ambush(?:es)?(?!\s+(?:by|of)\b))\b", re.I)
#: "gunmen believed to be affiliated with IS": the group is the attacker's.
_AFFILIATION_BEFORE = re.compile(r"\b(affiliated with|linked to|associated with|loyal to|believed to be|assumed to be|"
                                 r"suspected to be|suspected of being|thought to be|said to be)\s+(?:(?:the|an?)\s+)*$", re.I)
_PATIENT_AFTER = re.compile(r"^\s*(?:(?:had\s+)?(?:lost\s+(?:their|his|her)\s+li(?:fe|ves)|died|perished|succumbed)\b|"
                            # "a dozen VDP lost their lives", "two soldiers died": right after the phrase
                            r"(?:[\w'-]+\s+){0,2}?(?:(was|were|had been|have been|has been|got)\s+"
                            r"(?:\w+ed|shot|hit|struck|beaten|slain|hurt|taken|caught|held|burnt|blown|stabbed|run over)\b|"
                            # "a police convoy came under attack from militants"
                            r"(?:came|comes|come|coming|was|were|is|are)\s+under\s+(?:heavy\s+|sustained\s+)?"
                            r"(?:attack|fire|assault|gunfire|shelling)\b))", re.I)
#: "Afghan forces repulsed their attack", "security forces thwarted an attack": the phrase names the
#: defender; the attack's author is the initiator (actor1). A side that claims to have thwarted an
#: attack reports its own action and stays the initiator.
_DEFENDER_AFTER = re.compile(
    r"^(?:\s*\([^)]{0,20}\))?\s*(?:[\w'-]+\s+){0,3}?"
    r"(?:(?:said|says|reported|stated|announced)\s+(?:that\s+)?(?:they|it|its\s+\w+|their\s+\w+)\s+(?:had\s+|have\s+|has\s+)?)?"
    r"(?:reportedly\s+|also\s+|successfully\s+)?"
    r"(?:repelled|repulsed|thwarted|foiled|fended off|pushed back|beat back|beaten back|foiling|repelling|repulsing|thwarting)\s+"
    r"(?:an?|the|their|its|several|\w+|\d+)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|assaults?|ambush(?:es)?|raids?)\b", re.I)  # not "thwarted an incursion": the thwarting side acts


#: "backed by X", "alongside X": X is an ally of the side that acts.
_ALLY_BEFORE = re.compile(r"\b(backed|supported|assisted|aided) by\s+(?:(?:the|an?|its|their)\s+)*$|"
                          r"\b(support of|alongside|in cooperation with|in coordination with|together with|joined by)\s+"
                          r"(?:(?:the|an?|its|their)\s+)*$", re.I)
#: The headline's passive, its auxiliary left out ("Two policemen killed when", "soldiers martyred in an attack").
_HEADLINE_PASSIVE = re.compile(r"^\s*(?:killed|injured|wounded|hurt|martyred|shot dead|abducted|kidnapped)\s+"
                               r"(?:when|as|while|in|after|during|by)\b", re.I)
#: "the naval forces of the Yemeni Armed Forces carried out", "the units of the X attacked": the owner of the forces
#: that act is no target for its "of".
# ("an FPV drone of our brigade destroyed", "gunners of the 93rd Brigade hit": the unit's weapon or men act)
_OWN_FORCES_BEFORE = re.compile(r"\b(?:forces|units|troops|navy|division|brigades?|wing|drones?|UAVs?|operators?|"
                                r"gunners|crews?|pilots?|artillerymen|snipers?|teams?)\s+of\s+(?:the\s+)?$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)


def is_source(text: str, match: ActorMatch) -> bool:
    """The phrase names who reports the event ("HPG reported", "according to the police")."""
    before = text[max(0, match.start - 30):match.start]
    if _SPOKESMAN_TELLS_OWN_ACT.match(text, match.end, match.end + 160):
        return False  # ("X spokesman Y said they targeted a ship": X tells its own act)
    return bool(_SOURCE_BEFORE.search(before, clause_start(before)) or _SOURCE_AFTER.match(text[match.end:match.end + 40]))


def word_cue(text: str, match: ActorMatch) -> float:
    """+1 when the phrase reads as the initiator, -1 as the target, ALLY for an ally, 0 when unclear."""
    before = re.sub(r"(?i)\b(?:pro|anti)-$", "", text[max(0, match.start - 40):match.start])  # "against pro-Houthi groups"
    after = text[match.end:match.end + 80]
    clause = clause_start(before)  # (the patterns of the words before a phrase are searched from there)
    if _ALLY_BEFORE.search(before, clause):
        return ALLY
    if (_AGENT_BEFORE.search(before, clause) or _AFFILIATION_BEFORE.search(before, clause)
            or _ATTACK_OF.search(before, clause) or _BLAMED_BEFORE.search(before, clause)
            or _WEAPON_AFTER.match(after) or _FIRING_AFTER.match(after) or CLAIMS_AFTER.match(after)
            or _SPOKESMAN_TELLS_OWN_ACT.match(text, match.end, match.end + 160)):
        return 1
    defender = _DEFENDER_AFTER.match(text[match.end:match.end + 120])
    if defender and "claim" not in defender.group(0).lower():
        return -1
    if _PATIENT_AFTER.match(after):
        return -1
    if _PATIENT_BEFORE.search(before, clause) and not _OWN_FORCES_BEFORE.search(before, clause):
        return -1
    if _HEADLINE_PASSIVE.match(after):
        return -1  # "Two policemen killed when militants attacked": a passive without its auxiliary
    agent = _AGENT_AFTER.match(after)
    if agent:
        # "PKK militants including a commander were killed": a passive verb further on marks the target
        return -1 if _PASSIVE_BEFORE.search(after[:agent.start(1)]) else 1
    return 0


#: What a force does that is no violence of its own: it arrests, deploys, answers, finds or announces.
_NOT_FORCE = frozenset({"arrested", "detained", "imposed", "deployed", "set up", "established", "announced",
                        "released", "handed", "signed", "agreed", "discovered", "found", "defused", "dismantled",
                        "responded", "rushed", "intervened", "freed", "claimed", "closed", "blocked", "marched"})
#: "shot by the police", "fire from the army", "a raid by police": the force that follows used force.
_FORCE_BY_BEFORE = re.compile(
    r"\b(?:air ?strikes?|shelling|fire|firing|gunfire|attacks?|raids?|bombardment|drones?|strikes?|rockets?|"
    r"incursions?|mortars?|missiles?|shells?|shot|killed|attacked|beaten|injured|wounded|hit|assaulted|targeted|"
    r"raided|bombed|shelled|lathi-?charged|fired (?:up)?on)\s+(?:by|from)\s+(?:the\s+|an?\s+)?$", re.I)


def used_force(text: str, match: ActorMatch) -> bool:
    """The words around a force's phrase say it used force itself ("police opened fire", "shot by the army",
    "a police lathi-charge"), not only that it arrested, deployed, responded or was asked for something
    ("sought an explanation from the police", "arrangements made by the police")."""
    before = text[max(0, match.start - 40):match.start]
    after = text[match.end:match.end + 80]
    clause = clause_start(before)
    if _FORCE_BY_BEFORE.search(before, clause) or _ATTACK_OF.search(before, clause):
        return True
    if _WEAPON_AFTER.match(after) or _FIRING_AFTER.match(after):
        return True
    if _HEADLINE_PASSIVE.match(after):
        return -1  # "Two policemen killed when militants attacked": a passive without its auxiliary
    agent = _AGENT_AFTER.match(after)
    return bool(agent and agent.group(1).lower() not in _NOT_FORCE and not _PASSIVE_BEFORE.search(after[:agent.start(1)]))


def _object_like(token: "Token") -> bool:
    """The token is what the verb acts on: its object ("torched the office", "set fire to the office"),
    a passive subject, or one joined to them."""
    if token.dep_ == "conj":
        token = token.head
    if token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
        return token.head.lower_ not in ("by", "from", "with", "alongside")
    return token.dep_ in ("dobj", "nsubjpass")


def syntax_cue(doc: "Doc | None", match: ActorMatch) -> float:
    """The parse's reading when the words around a phrase say nothing: subject of an active verb or
    agent of a passive one -> initiator; object or passive subject -> target."""
    if doc is None:
        return 0
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    root = span.root
    if root.dep_ == "compound":  # "IS militants", "a militia group": the noun it qualifies has the role
        root = root.head
    if root.dep_ == "appos":  # "the office of al-Wafa, a militia group": the phrase it renames decides
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _object_like(root.head.head):
        return -1  # "torched the office of X", "members of X were killed": X owns or is the target
    if root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX"):
        return 1
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return 1
    if root.dep_ in ("nsubjpass", "dobj"):
        return -1
    return 0
