"""Event words used figuratively in political and society news, read through the parse.

The fixed idioms ("war of words", "riot of colour") are phrases in ``data/article/topics.json``; these
are the figures that vary in their words: a verbal attack on a government or a party ("making a scathing
attack on the government", "attacking opposition parties on the issue"), and a crowd of admirers or the
press ("mobbed by cameramen as he came out of the court"); an attack by critics or rivals ("under attack from
investors"); things used "as missiles" in a brawl (chairs and files, not ordnance); a barrage of words or
messages ("bombarded us with campaigns", "peppered the minister with questions"); a clash of words, in a debate
or an interview ("the two candidates clashed in a fiery debate"); and weapons fired, cracked or dropped in words
(stop 21): a salvo, a volley or a broadside of criticism or at a rival ("fired a salvo at the opposition", "the
opening salvo of the campaign"), a swipe or potshots at a politician, a whip cracked, a deal torpedoed, a
bombshell dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["figurative_reason"]

#: Words that make an attack a verbal one ("a scathing attack", "a sharp attack").
_VERBAL_MANNER = frozenset({"scathing", "blistering", "stinging", "verbal", "vitriolic", "withering", "sharp", "bitter",
                            "personal", "veiled", "frontal", "strident", "virulent"})
#: Targets that an attack in words is made on; buildings and forces ("the parliament", "government forces")
#: are not among them.
_POLITICAL_TARGETS = frozenset({"government", "party", "opposition", "centre", "center", "policy", "leadership",
                                "critic", "remark", "statement", "decision", "stand", "stance", "budget", "coalition"})
#: People who crowd round someone without violence ("mobbed by fans").
_ADMIRERS = frozenset({"fan", "cameraman", "photographer", "reporter", "journalist", "admirer", "supporter",
                       "well-wisher", "wisher", "autograph", "selfie", "media", "press"})

#: Attackers whose attack is in words or in the market ("under attack from critics", "attacked by rivals").
_CRITICS = frozenset({"critic", "rival", "investor", "shareholder", "commentator", "analyst", "economist", "columnist",
                      "pundit", "detractor", "opponent", "competitor", "regulator", "lawmaker", "legislator",
                      "campaigner", "newspaper", "editorial", "media", "press"})
#: Weapons named only as what other things served as ("used the files as missiles").
_WEAPON_LIKENESS = frozenset({"missile", "missiles", "weapon", "weapons", "projectile", "projectiles"})
#: Verbs of a barrage that are figures when what is fired is words or messages.
_BARRAGES = frozenset({"bombard", "pepper", "pelt", "shower", "blitz", "barrage", "bomb"})
#: What a figurative barrage is made of ("bombarded with questions"); stones, rockets or shells are none of them.
_MESSAGES = frozenset({"campaign", "question", "message", "call", "email", "e-mail", "text", "letter", "advert",
                       "advertisement", "ad", "complaint", "request", "demand", "criticism", "propaganda", "information",
                       "offer", "notification", "leaflet", "flyer", "slogan", "promise", "query", "comment", "insult",
                       "abuse", "warning", "appeal", "petition", "statistic", "figure", "image", "tweet", "post", "spam",
                       "advice", "idea", "suggestion", "praise", "compliment", "invitation", "plea", "order", "news"})


#: Rounds fired together, which words are fired as too ("fired a salvo at the opposition").
_VOLLEYS = frozenset({"salvo", "volley", "broadside", "barrage", "fusillade", "swipe", "potshot", "potshots"})
#: Verbs that fire, launch or take a volley ("fired off a volley", "launched a broadside", "took a swipe at").
_VOLLEY_VERBS = frozenset({"fire", "launch", "unleash", "let", "loose", "deliver", "open", "take", "aim", "direct"})
#: Who a volley of words is aimed at: office holders, rivals and political bodies (a crowd or a base is no such target).
_POLITICIANS = _POLITICAL_TARGETS | frozenset({
    "minister", "president", "governor", "senator", "lawmaker", "legislator", "mp", "rival", "opponent", "premier",
    "chairman", "chairperson", "speaker", "mayor", "commissioner", "administration", "cabinet", "parliament",
    "congress", "senate", "court", "judge", "judiciary", "chief", "leader", "candidate", "media", "press", "critic"})
#: What an opening salvo opens when it is no fight: a campaign, a debate, a dispute.
_CONTESTS = frozenset({"campaign", "election", "race", "debate", "row", "dispute", "talk", "negotiation", "contest",
                       "feud", "standoff", "stand-off", "battle", "war", "fight", "season", "trial", "case", "bid"})
#: Who fires a broadside of cannon (a broadside from anyone else is one of words).
_SHIPS = frozenset({"ship", "warship", "vessel", "frigate", "destroyer", "battleship", "cruiser", "navy", "gunboat"})
#: What a torpedo sinks when it is literal; any other object ("torpedoed the deal") is a figure.
_VESSELS = _SHIPS | frozenset({"boat", "submarine", "tanker", "carrier", "freighter", "ferry", "trawler", "dhow"})


def _volley_of_words(token: "Token") -> bool:
    """"The minister fired a salvo at the opposition", "fired off a volley of criticism at the government", "fired
    the opening salvo in the election campaign", "launched a broadside against the police", "took a swipe at the
    governor": a volley made of words, aimed at a politician or a political body, or opening a contest that is no
    fight; a broadside or a swipe from anyone but a ship. A volley "of shots" or "of rockets", or at a crowd, a base
    or a convoy, is fire."""
    if token.lemma_.lower() in _VOLLEYS:
        volley = token
    elif token.lemma_.lower() in _VOLLEY_VERBS and token.pos_ == "VERB":
        volley = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _VOLLEYS), None)
        if volley is None:
            return False
    else:
        return False
    verb = volley.head if volley.dep_ == "dobj" else volley
    preps = [c for t in (volley, verb) for c in t.children if c.dep_ == "prep"]
    made_of = [o for p in preps if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if made_of:  # "a volley of criticism" against "a volley of shots", "a salvo of rockets"
        return all(o.lemma_.lower() in _MESSAGES or o.lemma_.lower() in {"criticism", "insult", "accusation", "attack",
                                                                          "word", "charge", "allegation"}
                   for o in made_of)
    aimed = [o for p in preps if p.lower_ in {"at", "against", "on"} for o in p.children if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in _POLITICIANS or o.ent_type_ == "PERSON" for o in aimed):
        return True
    opens = any(c.dep_ in {"amod", "compound"} and c.lower_ in {"opening", "first"} for c in volley.children)
    if opens and any(o.lemma_.lower() in _CONTESTS for p in preps if p.lower_ in {"in", "of"}
                     for o in p.children if o.dep_ == "pobj"):
        return True
    if volley.lemma_.lower() in {"broadside", "swipe"}:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return not any(t.lemma_.lower() in _SHIPS for s in subjects for t in s.subtree)
    return False


def _cracked_the_whip(token: "Token") -> bool:
    """"The president cracked the whip on corrupt ministers": discipline imposed, no one whipped."""
    whip = token if token.lemma_.lower() == "whip" and token.pos_ == "NOUN" else None
    if whip is None and token.lemma_.lower() == "crack":
        whip = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == "whip"), None)
    return whip is not None and whip.dep_ == "dobj" and whip.head.lemma_.lower() == "crack" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in whip.children)


def _torpedoed_or_bombshell(token: "Token") -> bool:
    """"The senator torpedoed the deal" (a ship is torpedoed, not a deal), "dropped a bombshell", "a bombshell
    report": a surprise, not a bomb."""
    if token.lemma_.lower() == "bombshell":
        return True
    if any(t.lemma_.lower() == "bombshell" for c in token.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}
           for t in (c, *(m for m in c.children if m.dep_ in {"amod", "compound"}))):
        return True  # ("dropped a bombshell", "a bombshell report was published")
    if token.lemma_.lower() != "torpedo" or token.pos_ != "VERB":
        return False
    hit = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(hit) and not any(t.lemma_.lower() in _VESSELS for h in hit for t in h.subtree)


def _barrage_of_words(token: "Token") -> bool:
    """"It has bombarded us with campaigns urging us to share cars", "reporters peppered him with questions":
    a barrage of messages, not of shells or stones."""
    if token.lemma_.lower() not in _BARRAGES or token.pos_ != "VERB":
        return False
    with_ = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
    fired = [o for w in with_ for o in w.children if o.dep_ == "pobj"]
    fired += [c for o in fired for c in o.conjuncts]
    return bool(fired) and all(o.lemma_.lower() in _MESSAGES or o.lower_ in _MESSAGES for o in fired)


def _attack_target(token: "Token") -> "Token | None":
    """What an attack is made on: the object of "attacking", or the noun after "attack on"."""
    if token.pos_ == "VERB":
        return next((c for c in token.children if c.dep_ == "dobj"), None)
    on = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}), None)
    return next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None


def _verbal_attack(token: "Token") -> bool:
    """"a scathing attack on the NDA government", "attacking opposition parties on the issue": words, not force."""
    if token.lemma_.lower() != "attack":
        return False
    if any(c.dep_ == "amod" and c.lower_ in _VERBAL_MANNER for c in token.children):
        return True
    target = _attack_target(token)
    if target is None or target.lemma_.lower() not in _POLITICAL_TARGETS:
        return False
    return not any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"force", "troop", "soldier", "building",
                                                                          "headquarters", "office", "convoy"}
                   for c in target.children) and target.head.lemma_.lower() not in {"force", "troop"}


def _attack_by_critics(token: "Token") -> bool:
    """"The bank came under attack from investors", "attacked by critics over the budget": the attacker is a
    critic, a rival or the press, so the attack is one of words or of the market."""
    if token.lemma_.lower() != "attack":
        return False
    heads = [c for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}]
    return any(t.lemma_.lower() in _CRITICS for head in heads for t in head.subtree if t.pos_ in {"NOUN", "PROPN"})


def _used_as_missiles(token: "Token") -> bool:
    """"members threw chairs and used files as missiles": what served as a weapon, not a weapon fired."""
    return token.lower_ in _WEAPON_LIKENESS and token.dep_ == "pobj" and token.head.lower_ == "as"


def _crowded_by_admirers(token: "Token") -> bool:
    """"He was mobbed by over 50 cameramen who wanted him to pose": a crowd of the press or of fans."""
    if token.lemma_.lower() != "mob" or token.pos_ != "VERB":
        return False
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    crowd = [t for t in agent.subtree if t.pos_ == "NOUN"] if agent is not None else []
    return any(t.lemma_.lower() in _ADMIRERS for t in crowd)


#: Where a clash is one of words ("clashed in a televised debate", "clashed during the hearing").
#: (Not an election, a summit, a court or a dispute: crowds clash at those with stones.)
_FORUMS = frozenset({"debate", "interview", "hearing", "broadcast", "programme", "podcast", "tweet", "column",
                     "editorial", "op-ed", "letter", "television", "tv", "radio", "newspaper", "talkshow"})
#: Words of a fight with fists or things thrown: who clash with them fight ("MPs clashed in the debate, throwing chairs").
_BLOWS = frozenset({"punch", "fist", "throw", "hurl", "injure", "hurt", "kill", "wound", "brawl", "scuffle", "fight",
                    "blow", "slap", "kick", "chair", "stone", "beat", "shove", "push"})


def _clash_of_words(token: "Token") -> bool:
    """"Harris and Trump clashed in their only debate", "the minister clashed with the host in a radio interview": a
    clash in a debate, an interview or a hearing is one of words (a clash of politicians "over" an issue elsewhere
    stays, with a lower type confidence: stages/kind_fit.py)."""
    if token.lemma_.lower() != "clash" or any(t.lemma_.lower() in _BLOWS for t in token.sent):
        return False
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "during", "on", "over"}]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in _FORUMS for p in preps for o in p.children)


#: Each figure's check and its reason ("{}" is the event word), tried in order.
_FIGURES: tuple[tuple[Callable[["Token"], bool], str], ...] = (
    (_verbal_attack, "an attack in words ('{}' on a government, a party or a policy)"),
    (_attack_by_critics, "'{}' by critics, rivals or the press, not force"),
    (_used_as_missiles, "things used '{}' as weapons are not ordnance"),
    (_crowded_by_admirers, "'{}' by admirers or the press, not a crowd's violence"),
    (_barrage_of_words, "'{}' with words or messages, not with weapons"),
    (_clash_of_words, "'{}' in a debate or an interview, a clash of words"),
    (_volley_of_words, "'{}' a volley of words at a rival or in a contest, not of fire"),
    (_cracked_the_whip, "'{}' the whip (discipline imposed), no one whipped"),
    (_torpedoed_or_bombshell, "'{}' a deal or a surprise, not a torpedo or a bomb"),
)


def figurative_reason(token: "Token") -> str | None:
    """Why the event word ``token`` is a figure of speech (None when it is not one)."""
    return next((f"a figure of speech: {reason.format(token.text)}" for check, reason in _FIGURES if check(token)), None)
