"""Whether the words of an event's clause fit the kind of event it was read as (docs/FIELDS.md "Confidence").

The rules type a clause from its event word; these checks read the parse around that word for what the
kind needs and the clause lacks, and give the type's confidence a factor with its reason:

* a doer that is no party to political violence: an animal, the weather, a market, a player, hackers
  ("a stray dog attacked a boy", "a cyclone battered the port");
* an instrument of words, not of force ("bombarded with messages", "hit with a travel ban");
* an attack or assault made on an idea, a record or a policy ("a fierce assault on the government's record");
* a clash over an issue with nobody hurt and no weapon told ("clashed over taxes in a debate");
* a protest word that is only where someone spoke ("the senator said during a rally");
* a territory taken that is no place ("seized 3,000 bottles");
* weapons found on people the same sentence says were arrested (ACLED codes the arrest);
* a violent demonstration whose demonstrators are what the violence is done to ("youths attacked
  opposition supporters at a rally").

The authorities seizing contraband ("police seized 40 kg of heroin") is no misreading: ACLED codes such
seizures as Looting/property destruction.

Each check needs the parse (``analysis.doc``); without it none applies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..analysis import ActorRef, Analysis, EventMention

if TYPE_CHECKING:
    from spacy.tokens import Span as DocSpan
    from spacy.tokens import Token

__all__ = ["kind_doubts", "NOT_A_PARTY_FACTOR", "WORDS_FACTOR", "MISFIT_FACTOR", "ARREST_FACTOR"]

NOT_A_PARTY_FACTOR = 0.4  # the doer is an animal, the weather, a market, a team
WORDS_FACTOR = 0.4  # the blow is one of words ("bombarded with messages")
MISFIT_FACTOR = 0.5  # what the kind needs is missing or of another sort (an idea attacked, bottles seized as territory)
ARREST_FACTOR = 0.7  # weapons found, told with an arrest

#: Doers that are no party to political violence.
_NOT_PARTIES = frozenset({
    # animals
    "dog", "leopard", "tiger", "lion", "elephant", "bear", "wolf", "hyena", "crocodile", "alligator", "snake", "bee",
    "swarm", "wasp", "hornet", "monkey", "baboon", "bull", "buffalo", "hippo", "hippopotamus", "shark", "boar", "jackal",
    "rat", "animal", "beast",
    # weather, nature and disease
    "storm", "cyclone", "typhoon", "hurricane", "tornado", "rain", "downpour", "flood", "floodwater", "wind", "gale",
    "quake", "earthquake", "tremor", "landslide", "mudslide", "avalanche", "blaze", "wildfire",
    "heatwave", "drought", "lightning", "hail", "snow", "virus", "disease", "epidemic", "pandemic", "outbreak",
    # markets
    "market", "stock", "share", "price", "currency", "inflation", "investor", "index", "bond", "economy",
    # sport (not "side", "team" or "squad": "both sides", "a security team", "a death squad")
    "striker", "midfielder", "goalkeeper", "footballer", "batsman", "bowler",
    # computers
    "hacker", "malware", "ransomware", "bot"})
#: Instruments of words or paperwork, not of force ("bombarded with messages", "hit with fines").
_WORD_THINGS = frozenset({
    "message", "call", "question", "complaint", "criticism", "email", "e-mail", "letter", "request", "query", "text",
    "tweet", "post", "comment", "insult", "accusation", "allegation", "demand", "petition", "lawsuit", "suit", "fine",
    "tax", "levy", "tariff", "sanction", "ban", "penalty", "offer", "order", "praise", "gift", "flower", "vote", "bill",
    "invoice", "notice", "summons", "application", "enquiry", "inquiry", "advertisement", "ad", "spam", "rumour",
    "rumor", "lawsuits", "subpoena", "warning", "ultimatum", "deadline"})
#: Words of force that a blow of words borrows ("bombarded", "pelted", "hit").
_BLOWS = frozenset({"bombard", "pelt", "hit", "attack", "assault", "pound", "shower", "batter", "hammer", "target",
                    "slap", "strike", "bomb", "blast", "barrage", "besiege", "swamp", "inundate", "flood", "pepper",
                    "deluge"})
#: What an attack in words is made on ("an assault on the government's record").
_IDEAS = frozenset({"record", "policy", "plan", "budget", "decision", "remark", "statement", "claim", "stance",
                    "handling", "performance", "leadership", "reform", "bill", "law", "proposal", "idea", "agenda",
                    "programme", "program", "credibility", "integrity", "character", "reputation", "motive", "view",
                    "comment", "speech", "manifesto", "ideology", "press", "media", "judiciary", "verdict", "ruling",
                    "report", "strategy", "legacy", "tenure", "management", "governance", "corruption"})
_ATTACK_WORDS = frozenset({"attack", "assault", "onslaught", "broadside", "offensive", "tirade", "salvo"})
#: Signs that a clash was more than words: harm, weapons, force.
_HARM = frozenset({"kill", "killed", "die", "died", "dead", "death", "injure", "injured", "injury", "injuries",
                   "wound", "wounded", "wounds", "hurt",
                   "weapon", "gun", "gunfire", "fire", "fired", "shoot", "shot", "stone", "rock", "stick", "machete",
                   "knife", "bullet", "gas", "arrest", "arrested", "burn", "burned", "burnt", "torch", "torched",
                   "beat", "beaten", "hospital", "casualty", "casualties", "baton", "rod", "club", "axe", "bow",
                   "arrow", "spear", "police", "troops", "soldiers", "fighters", "militants", "rebels", "armed"})
#: Places a territory is taken at ("seized the town", "overran an army base").
_PLACE_NOUNS = frozenset({
    "town", "city", "village", "area", "district", "base", "camp", "post", "outpost", "position", "territory",
    "region", "province", "hill", "checkpoint", "border", "crossing", "airport", "port", "road", "highway", "bridge",
    "locality", "county", "neighbourhood", "neighborhood", "suburb", "zone", "stronghold", "headquarters", "building",
    "compound", "valley", "island", "mountain", "field", "oilfield", "mine", "station", "barracks", "garrison",
    "settlement", "municipality", "capital", "junction", "pass", "ridge", "front", "line", "enclave", "state",
    "governorate", "sector", "quarter", "control", "palace", "parliament", "office", "offices", "hospital", "school",
    "market", "square", "facility", "plant", "dam", "refinery", "prison", "jail"})
_FIGHTS = ("Armed clash", "Mob violence")
_LAND = frozenset({"land", "farmland", "pasture", "grazing", "water", "well", "cattle", "livestock", "turf", "boundary"})
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory")
_WHERE_WORDS = frozenset({"in", "at", "near", "outside", "inside", "from", "on"})
_ARRESTS = frozenset({"arrest", "detain", "apprehend", "nab", "capture"})
_CROWDS = frozenset({"protester", "protestor", "demonstrator", "marcher", "supporter", "rally", "march", "protest",
                     "demonstration", "picket", "sit-in", "mourner"})


def kind_doubts(analysis: Analysis, mention: EventMention, actor1: ActorRef | None) -> list[tuple[float, str]]:
    """Each reason the clause's words do not fit the kind ``mention`` was read as, with its factor."""
    doc = analysis.doc
    if doc is None:
        return []
    trigger = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
    clause_span = mention.clause or mention.sentence
    clause = doc.char_span(clause_span.start, clause_span.end, alignment_mode="expand")
    sentence = doc.char_span(mention.sentence.start, mention.sentence.end, alignment_mode="expand")
    if trigger is None or clause is None or sentence is None or len(trigger) == 0:
        return []
    word = trigger.root
    doubts: list[tuple[float, str]] = []
    doer = _doer(word)
    if doer is not None and _lemma(doer) in _NOT_PARTIES:
        doubts.append((NOT_A_PARTY_FACTOR, f"the doer of '{trigger.text}' is '{doer.text}', no party to political "
                                           "violence (an animal, the weather, a market, a player, a hacker)"))
    words = _words_for_blows(clause)
    if words is not None:
        doubts.append((WORDS_FACTOR, f"'{words[0].text}' with {words[1].text}: a blow of words, not of force"))
    idea = _idea_attacked(word)
    if idea is not None:
        doubts.append((MISFIT_FACTOR, f"'{trigger.text}' on '{idea.text}': an attack in words on an idea or a record"))
    if mention.sub_event_type in _FIGHTS:
        issue = _issue(word)
        told = [t for t in sentence if t.i not in range(trigger.start, trigger.end)] + [
            t for s in mention.follow_ups for t in doc.char_span(s.start, s.end, alignment_mode="expand") or []]
        if issue is not None and not any(t.lower_ in _HARM or _lemma(t) in _HARM for t in told):
            doubts.append((MISFIT_FACTOR, f"a clash over '{issue.text}' with nobody hurt and no weapon told: a quarrel"))
    subtype = mention.sub_event_type
    if subtype == "Peaceful protest" and _where_one_spoke(word):
        doubts.append((MISFIT_FACTOR, f"the '{trigger.text}' is where someone spoke ('{word.head.head.text} "
                                      f"{word.head.text} {trigger.text}'), not a protest told"))
    if subtype in _TERRITORY:
        taken = _object(word)
        if taken is not None and not _a_place(analysis, taken):
            doubts.append((MISFIT_FACTOR, f"'{trigger.text}' {taken.text}: no place, so no territory changed hands"))
    if subtype == "Disrupted weapons use":
        arrest = next((t for t in sentence if t.pos_ == "VERB" and _lemma(t) in _ARRESTS), None)
        if arrest is not None:
            doubts.append((ARREST_FACTOR, f"the sentence tells an arrest ('{arrest.text}'): ACLED codes the arrest, "
                                          "the weapons found are part of it"))
    if subtype == "Violent demonstration" and doer is not None and not _has(doer.subtree, _CROWDS):
        target = next((c for c in word.children if c.dep_ in {"dobj", "nsubjpass"} and _has(c.subtree, _CROWDS)), None)
        if target is not None:
            doubts.append((MISFIT_FACTOR, f"the demonstrators are what '{trigger.text}' is done to (by "
                                          f"'{doer.text}'), not its doers"))
    return doubts


def _lemma(token: "Token") -> str:
    return token.lemma_.lower()


def _has(tokens: "DocSpan | object", words: frozenset[str]) -> bool:
    return any(_lemma(t) in words or t.lower_ in words for t in tokens)  # type: ignore[attr-defined]


def _doer(word: "Token") -> "Token | None":
    """Who does the event word: its subject, the agent of a passive, the subject of the verb it is the object of
    ("launched an assault"), or "by X" after a noun ("an attack by a leopard")."""
    for child in word.children:
        if child.dep_ == "nsubj":
            return _head_noun(child)
        if child.dep_ == "agent":
            return next((_head_noun(c) for c in child.children if c.dep_ == "pobj"), None)
    if word.pos_ in {"NOUN", "PROPN"}:
        by = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is not None:
            return next((_head_noun(c) for c in by.children if c.dep_ == "pobj"), None)
        if word.dep_ == "dobj" and word.head.pos_ == "VERB":
            return next((_head_noun(c) for c in word.head.children if c.dep_ == "nsubj"), None)
    if word.dep_ == "conj" and word.head.pos_ == "VERB" and word.pos_ == "VERB":
        return _doer(word.head)
    return None


def _head_noun(token: "Token") -> "Token":
    """"a swarm of bees" is bees; "the two candidates" is candidates."""
    if _lemma(token) in {"swarm", "pack", "herd", "group", "flock"}:
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return noun if noun is not None else token
    return token


def _object(word: "Token") -> "Token | None":
    return next((c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _words_for_blows(clause: "DocSpan") -> "tuple[Token, Token] | None":
    """A word of force with an instrument of words in the clause: ("bombarded", "messages")."""
    for token in clause:
        if _lemma(token) not in _BLOWS:
            continue
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if thing is not None and _lemma(thing) in _WORD_THINGS:
                    return token, thing
    return None


def _idea_attacked(word: "Token") -> "Token | None":
    """"a fierce assault on the government's economic record": what the attack is on is an idea or a record."""
    if _lemma(word) not in _ATTACK_WORDS:
        return None
    heads = [c for c in word.children if c.dep_ == "prep" and c.lower_ in {"on", "against", "upon"}]
    if word.pos_ == "VERB":
        heads += [c for c in word.children if c.dep_ == "dobj"]
    for head in heads:
        target = next((c for c in head.children if c.dep_ == "pobj"), None) if head.dep_ == "prep" else head
        if target is not None and _lemma(target) in _IDEAS:
            return target
    return None


_SPEECH = frozenset({"say", "tell", "speak", "address", "declare", "announce", "promise", "vow", "claim", "add"})


def _where_one_spoke(word: "Token") -> bool:
    """"the senator said during a rally": the protest word is the setting of a speech."""
    prep = word.head
    if any(c.dep_ in {"prep", "acl", "relcl"} and c.lower_ not in {"in", "on", "at", "near"} for c in word.children):
        return False  # ("a rally of striking teachers", "a rally against the fuel price": a protest of its own)
    return word.dep_ == "pobj" and prep.lower_ in {"during", "at", "to", "before"} and _lemma(prep.head) in _SPEECH


def _issue(word: "Token") -> "Token | None":
    """What a clash is over ("clashed over taxes", "traded fire over the budget"), when that is no place."""
    heads = [word, word.head] if word.dep_ in {"dobj", "compound"} else [word]
    over = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"over", "about"}), None)
    thing = next((c for c in over.children if c.dep_ == "pobj"), None) if over is not None else None
    if thing is None or any(t.ent_type_ in {"GPE", "LOC", "FAC", "DATE", "TIME"} or _lemma(t) in _PLACE_NOUNS | _LAND
                            for t in thing.subtree):
        return None  # ("over grazing land", "over a land dispute", "over control of the border": what fights are over)
    return thing


def _a_place(analysis: Analysis, taken: "Token") -> bool:
    """Whether what was taken is a place: a place word, a named place, or a toponym the place stage read."""
    where = {t.i for c in taken.children if c.dep_ == "prep" and c.lower_ in _WHERE_WORDS for t in c.subtree}
    own = [t for t in taken.subtree if t.i not in where]  # (not "the cash of a bank in Maiduguri")
    for conj in (c for c in taken.children if c.dep_ == "conj"):
        skip = {t.i for c in conj.children if c.dep_ == "prep" for t in c.subtree}
        own = [t for t in own if t.i not in skip]
    tokens = own or [taken]
    if any(_lemma(t) in _PLACE_NOUNS or t.ent_type_ in {"GPE", "LOC", "FAC"} for t in tokens):
        return True
    starts = {t.idx for t in tokens}
    return any(p.get("start") in starts for p in analysis.extras.get("places") or [])
