"""Clauses of a parsed sentence, and whether a clause reports an event that happened.

A clause is a verb with its own subject (the main verb, or one joined by "and", "while", "as"...)
and the words that depend on it. Clauses that only voice demands, plans, threats, denials or
reactions ("condemned the assassination") report no new event; nor do quotes and tallies that
sum many events ("killed at least 600 protesters since October 2019").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..temporal.calendar import WEEKDAYS
from .cues import CueSet

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

__all__ = ["Clause", "split_clauses", "acts_at_two_places", "non_event_reason", "under_a_reaction",
           "since_of_another_phrase", "a_politicians_rally"]

_CLAUSE_DEPS = {"ROOT", "conj", "advcl", "ccomp", "parataxis"}
_MODALS = {"will", "would", "could", "can", "ca", "may", "might", "should", "must", "shall", "'ll"}
_UNREAL_HEADS = {"plan", "threaten", "vow", "intend", "warn", "prepare", "call", "urge", "demand", "want", "seek",
                 "fear", "deny", "refuse", "avoid", "prevent", "hope", "aim", "promise", "pledge", "ask", "need",
                 "expect", "propose", "consider", "decide", "agree", "alternative", "likely", "unlikely"}
#: Verbs whose object is going on when they are asked for ("urged them to stop the attacks").
_STOPPING = {"stop", "halt", "cease", "end"}
#: Verbs that keep something from happening ("the swift police action stopped the groups from turning into a mob").
_PREVENTING = {"stop", "prevent", "keep", "deter", "restrain", "dissuade"}
#: What suspects own up to ("have confessed to killing Nitish Katara"): the charge, told as a confession.
_CONFESSING = {"confess", "admit"}
#: Orders and duties not yet carried out when they govern a verb ("ordered to arrest", "instructions to detain",
#: "the power to arrest"); an order's object is itself the event ("authorities ordered a curfew"), and a duty's
#: noun is a past event's ("claimed responsibility for the attack").
_ORDER_HEADS = {"instruction", "instruct", "order", "direct", "directive",
                "responsibility", "duty", "obligation", "mandate", "power"}  # ("the government's responsibility to apprehend")
_REACTION_HEADS = {"condemn", "denounce", "mourn", "investigate", "blame", "accuse", "commemorate", "praise", "commend",
                   "describe",
                   "welcome", "remember", "honour", "honor", "discuss", "deplore", "decry", "criticise", "criticize",
                   "angry", "anger", "outrage", "outraged", "furious", "incensed",  # ("angry over the killing of ...")
                   "memory", "tribute", "homage", "condolence"}  # ("a silence in memory of those killed")
#: Nouns of a release sought: "talks to secure the release of 15 farmers abducted last week" tell the abduction
#: as their background; a release only through "of" or "for" (a government that "released prisoners" is no such
#: noun, nor "the studio's autumn release bombed").
_RELEASE_NOUNS = frozenset({"release", "negotiation", "talk"})
#: Reactions that name what they react to after "for" ("commended the forces for repulsing the attack").
_FOR_WHAT = {"praise", "commend", "thank", "laud", "congratulate", "blame", "criticise", "criticize", "condemn",
             "honour", "honor", "reward", "decorate"}


@dataclass(frozen=True, slots=True)
class Clause:
    """Token range [start, end) of one clause and its head verb."""

    start: int
    end: int
    head: int


def _is_clause_head(token: "Token") -> bool:
    if token.dep_ == "ROOT":
        return True
    if token.dep_ not in _CLAUSE_DEPS or token.pos_ not in {"VERB", "AUX"}:
        return False
    return any(child.dep_ in {"nsubj", "nsubjpass", "expl"} for child in token.children) or _act_at_another_place(token)


def acts_at_two_places(doc: "Doc", a: Clause, b: Clause) -> bool:
    """Whether two clauses are acts of one subject at two places, split by :func:`split_clauses`."""
    first, second = doc[a.head], doc[b.head]
    return (a.start <= second.head.i < a.end and _act_at_another_place(second)) or (
        b.start <= first.head.i < b.end and _act_at_another_place(first))


def _act_at_another_place(verb: "Token") -> bool:
    """A verb joined to another by "and", sharing its subject, each with a place of its own: two acts
    ("set ablaze two buses at Nsukka ... and shot a rider dead at Nnewi"), each its own clause. (A verb with a
    subject of its own heads its own clause anyway, and is read as before.)"""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return False
    here, there = _own_places(verb), _own_places(verb.head)
    return bool(here and there and not here & there)


_PLACE_PREPS = frozenset({"in", "at", "near"})


def _own_places(verb: "Token") -> set[str]:
    """The proper names in the phrases after "in", "at" or "near" that hang on the verb itself or on its object
    ("at Nnewi", "at a military base in Salah al-Din district", "shot dead a trader at Aba")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [p for holder in holders for p in holder.children if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS]
    return {token.text for prep in preps for token in prep.subtree
            if token.pos_ == "PROPN" and token.ent_type_ not in {"DATE", "TIME"} and token.lower_ not in _UNIT_WORDS}


#: Words of the names of units ("Enugu State", "Kech District"): shared by two places, they make them no one place.
_UNIT_WORDS = frozenset({"state", "province", "district", "region", "county", "governorate", "city", "town",
                         "village", "area", "division", "department", "municipality", "prefecture", "territory"})


def split_clauses(sentence: "SpacySpan") -> list[Clause]:
    """The sentence's clauses in text order; every token belongs to the nearest clause head above it."""
    heads = {t.i for t in sentence if _is_clause_head(t)}
    root = sentence.root.i  # computed once: Span.root walks the span
    members: dict[int, list[int]] = {}
    head_of = {t.i: t.head.i for t in sentence}
    doc = sentence.doc
    for i in head_of:
        node = i
        while node not in heads:
            up = head_of[node] if node in head_of else doc[node].head.i
            if up == node:
                break
            node = up
        members.setdefault(node if node in heads else root, []).append(i)
    clauses = []
    for head in sorted(heads):
        owned = members.get(head)
        if owned:
            clauses.append(Clause(min(owned), max(owned) + 1, head))
    # clauses are contiguous approximations; trim overlaps so each token is in one clause
    clauses.sort(key=lambda c: c.start)
    trimmed: list[Clause] = []
    for clause in clauses:
        if trimmed and clause.start < trimmed[-1].end:
            previous = trimmed[-1]
            if clause.head < previous.end and previous.start <= clause.head:
                # nested: the inner clause cuts the outer one at its start
                trimmed[-1] = Clause(previous.start, max(clause.start, previous.start + 1), previous.head)
                trimmed.append(clause)
                if clause.end < previous.end:
                    trimmed.append(Clause(clause.end, previous.end, previous.head))
                continue
            clause = Clause(trimmed[-1].end, max(clause.end, trimmed[-1].end + 1), clause.head)
        trimmed.append(clause)
    return [c for c in trimmed if c.end > c.start] or [Clause(sentence.start, sentence.end, sentence.root.i)]


#: Quotation marks, as typeset and as typed: doubled single quotes are double quotes, a backtick opens
#: ("``police fired''"), a typed '"' opens or closes, and so do typed doubled apostrophes, by where they stand.
_OPENING_QUOTES = frozenset({"\u201c", "\u2018\u2018", "``", "`"})
_EITHER_QUOTE = frozenset({'"', "''"})
_CLOSING_QUOTES = frozenset({"\u201d", "\u2019\u2019"}) | _EITHER_QUOTE
_QUOTE_MARKS = _OPENING_QUOTES | _CLOSING_QUOTES
#: Quoted stretches this short, inside a sentence that goes on after them, are phrases in scare quotes.
_SHORT_QUOTE = 5


def _opens(mark: "Token") -> bool:
    """Whether a quotation mark opens: typeset marks say so; typed doubled apostrophes open after a space and
    close when written onto the word before (''kar sevak puram'', "the disturbed areas'' act")."""
    if mark.text != "''":
        return mark.text in _OPENING_QUOTES
    return mark.i == 0 or bool(mark.doc[mark.i - 1].whitespace_)


def _continues_a_mark(token: "Token") -> bool:
    """A quotation mark typed right after another (a closing mark escaped twice, four apostrophes): one mark."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.text in _QUOTE_MARKS and not before.whitespace_


def _in_quotes(doc: "Doc", index: int, sentence: "SpacySpan") -> bool:
    """Whether the token at ``index`` is inside quotation marks opened earlier in its paragraph (a quote
    often runs over several sentences: '"This is a war. They can arrest us," a lawmaker said')."""
    start = sentence.start
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    opened, opened_at = False, start
    for token in doc[start:index]:
        if token.text in _QUOTE_MARKS and not _continues_a_mark(token):
            opened = not opened if token.text == '"' else _opens(token)
            opened_at = token.i
    if not opened:
        return False
    # a few words in quotes inside a sentence ('"Huge protests" also took place') are a phrase, not a quotation
    closing = next((t.i for t in doc[index:min(len(doc), opened_at + _SHORT_QUOTE + 2)] if t.text in _CLOSING_QUOTES), None)
    return not (closing is not None and closing - opened_at <= _SHORT_QUOTE and closing + 1 < sentence.end
                and not doc[closing + 1].is_punct)


_ARRESTING = {"arrest", "detain", "nab", "apprehend", "hold", "book", "catch", "capture", "round"}


def _charge_of_the_arrested(trigger: "Token") -> bool:
    """"Police arrested two men who allegedly killed a driver": what the arrested are accused of is the charge,
    told in a relative clause on them; the arrest is the event."""
    node = trigger
    for _ in range(4):
        if node.dep_ == "relcl":
            person = node.head
            return person.dep_ in {"dobj", "nsubjpass"} and person.head.lemma_.lower() in _ARRESTING
        if node.head.i == node.i:
            return False
        node = node.head
    return False


#: Words that tell what someone is said to have done, through a preposition ("accused of killing", "charged with
#: arson", "convicted for") or as their object ("who masterminded the abduction").
_CHARGING = {"suspect", "accuse", "convict", "charge"}
_PLOTTING = {"mastermind", "orchestrate", "plot"}
#: Acts a crowd is arrested at rather than for ("arrested for protesting": at the protest, read by the protest rules).
_GATHERING = {"protest", "demonstrate", "demonstration", "rally", "march", "gather", "picket", "strike", "sit"}
#: Nouns of what was told to someone, not seen ("responding to reports of extortion", "allegations of torture").
_HEARSAY = {"report", "allegation", "rumour", "rumor"}


def _under_a_charge(trigger: "Token") -> bool:
    """"Named under charges of attempt to murder, dacoity and arson", "Ansari, who masterminded the abduction of
    a businessman": the event is what someone is charged with, told as a description of them. Not "gunmen
    suspected to be herdsmen killed 19", nor the police's charge ("charged at the crowd with batons")."""
    node, via = trigger, trigger
    for _ in range(5):
        if node.head.i == node.i:
            return False
        via, node = node, node.head
        if node.i > trigger.i:
            continue
        lemma = node.lemma_.lower()
        if lemma in _PLOTTING and via.dep_ == "dobj":
            return True
        if lemma in _HEARSAY and node.pos_ == "NOUN" and node.tag_ == "NNS" and via.dep_ == "prep" and via.lower_ == "of":
            return True  # "troops responding to reports of extortion by the rebels encountered ...": what prompted it
        if lemma in _CHARGING and via.dep_ == "prep" and via.lower_ in {"of", "with", "for"} and (
                lemma != "charge" or node.pos_ == "NOUN" or any(c.dep_ == "auxpass" for c in node.children)):
            return True
        if lemma in _ARRESTING and node.pos_ == "VERB" and via.dep_ == "prep" and via.lower_ in {"for", "over"} \
                and trigger.lemma_.lower() not in _GATHERING:
            return True  # "five men were arrested for setting fire to buses during the clashes": the arrest's reason
    return False


def _quoted_report(doc: "Doc", clause: Clause, trigger: "Token") -> bool:
    """A quotation that reports an event rather than voicing a view: a wire's or an official's account,
    with its figures ('"A car bomb exploded in a market, killing 16 people," the ministry said') or told
    in the past at a named place ('"Clashes erupted in Taez late on Monday," AFP reported'). Rhetoric
    gives neither ('"They can arrest us all," a lawmaker said'; '"This is a political battle"')."""
    words = doc[clause.start:clause.end]
    if any(t.like_num and t.ent_type_ not in {"DATE", "TIME", "ORDINAL"} and t.i != trigger.i for t in words):
        return True
    opening = max((t.i for t in doc[clause.start:trigger.i] if t.text in _QUOTE_MARKS), default=clause.start - 1)
    quoted = doc[opening + 1:clause.end]  # the clause's words after the quotation mark ('"terrorist attack"': none)
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return verb.tag_ in _PAST_TAGS and verb.i > opening and any(_names_a_place(t) for t in quoted)


_PAST_TAGS = frozenset({"VBD", "VBN"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_NOT_PLACES = frozenset({"DATE", "TIME", "PERSON", "ORG", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _names_a_place(token: "Token") -> bool:
    """A place name: tagged as one, or a capitalised word after "in", "at" or "near" ("erupted in Taez")."""
    return token.ent_type_ in _PLACE_ENTITIES or (
        token.dep_ == "pobj" and token.head.lower_ in {"in", "at", "near"} and token.text[:1].isupper()
        and token.ent_type_ not in _NOT_PLACES)


_ARREST_VERBS = {"arrest", "detain", "nab", "apprehend"}
#: Verbs of sending word or of trying, after which an arrest told as an infinitive is meant, not made ("a message
#: was faxed to the magistrates to detain him"); after others it is mostly done ("acted swiftly to arrest").
_MEANT_BY = {"fax", "send", "write", "request", "direct", "tell", "issue", "pass", "empower", "authorise",
             "authorize", "attempt", "try", "seek"}


def _arrest_as_purpose(doc: "Doc", trigger: "Token") -> bool:
    """"A message was faxed to the magistrates to detain the mahant", "police tried to arrest him": an arrest told
    only as the infinitive of sending word or of trying is what someone meant to do."""
    if trigger.lemma_.lower() not in _ARREST_VERBS or trigger.i == 0 or doc[trigger.i - 1].lower_ != "to":
        return False
    return trigger.head.i != trigger.i and trigger.head.lemma_.lower() in _MEANT_BY


#: Nouns of hearsay, and the verbs that deny it ("reports that ... had been arrested were denied").
_HEARSAY = {"report", "claim", "rumour", "rumor", "allegation", "speculation"}
_DENYING = {"deny", "refute", "dismiss", "reject", "rubbish", "quash"}


def _denied_hearsay(noun: "Token") -> bool:
    """Whether ``noun`` is a report or rumour that its sentence denies ("there were reports that some
    terrorists had been arrested, but the reports were quickly denied")."""
    if noun.lemma_.lower() not in _HEARSAY:
        return False
    return any(t.lemma_.lower() in _DENYING and any(c.dep_ in {"nsubjpass", "dobj"} and c.lemma_ == noun.lemma_
                                                     for c in t.children) for t in noun.sent)


def _ordered_before(doc: "Doc", clause: Clause, trigger: "Token") -> "Token | None":
    """The order a verb is the infinitive of, however the parser attached it: "with specific orders to arrest
    anyone", "instructions have been passed to detain them" (not "on orders, police moved in to disperse")."""
    if trigger.i < 2 or doc[trigger.i - 1].lower_ != "to" or not clause.start <= trigger.i - 2:
        return None
    before = doc[trigger.i - 2]
    candidates = [before] + [c for c in before.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return next((t for t in candidates if t.pos_ == "NOUN" and t.lemma_.lower() in _ORDER_HEADS), None)


def _not_the_first_time(node: "Token") -> bool:
    """"It was not the first time militants attacked the base": the negation denies "first", not the event."""
    return any(child.dep_ == "attr" and child.lemma_.lower() == "time"
               and any(word.lower_ in {"first", "only"} for word in child.children) for child in node.children)


#: What a government announces that changes no group's activity ("announced compensation for the families").
_CARE = frozenset({"compensation", "inquiry", "enquiry", "probe", "investigation", "relief", "aid", "reward",
                   "package", "scheme", "holiday", "mourning", "condolence", "grant", "assistance", "payment"})
#: What an electoral body declares: a poll's result, not a change in any group's activity.
_RESULTS = frozenset({"winner", "victor", "elect", "elected", "result", "results", "outcome", "tally", "returning"})
#: Words of a poll: who is elected in one wins a vote.
_POLLS = frozenset({"election", "poll", "polls", "vote", "votes", "ballot", "by-election", "runoff", "constituency",
                    "electorate", "primary", "primaries", "referendum"})
#: Officials whose arrival or visit is a visit, not a movement of forces.
_OFFICIALS = frozenset({"minister", "governor", "president", "premier", "chief", "mayor", "delegation", "leader",
                        "secretary", "envoy", "ambassador", "official", "mp", "lawmaker", "team", "commission"})


def _care_or_visit(verb: "Token") -> bool:
    """"The government announced compensation", "the defence minister arrived to oversee": the announcement of
    help or an inquiry, and an official's visit, change no group's activity (not ACLED events)."""
    lemma = verb.lemma_.lower()
    if lemma in {"elect", "elected"} and any(t.lemma_.lower() in _POLLS for t in verb.sent):
        return True  # "was declared elected in the by-election": a poll's winner, not a group's new leader
    if lemma in {"announce", "declare"}:
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
        if any(o.lemma_.lower() in _CARE for o in objects):
            return True
        # an election's result: "declared the candidate winner", "was declared elected", "announced the results"
        told = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp", "attr", "acomp", "advcl"}]
        told += [c for o in [*objects, *told] for c in o.children if c.dep_ in {"appos", "oprd", "acl", "attr"}]
        # (the parse may hang "winner" on any noun of the object: "the candidate of the party, Mr X, winner of")
        return any(t.lemma_.lower() in _RESULTS for o in [*objects, *told] for t in o.subtree)
    if lemma in {"evacuate", "rescue", "relocate", "airlift"}:  # people moved out of a flood's or a fire's way
        return not any(c.dep_ == "dobj" and c.lemma_.lower() in {"base", "post", "position", "embassy", "troop",
                                                                  "soldier", "force", "personnel", "diplomat"}
                       for c in verb.children)
    if lemma in {"arrive", "visit"}:
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in _OFFICIALS for c in verb.children)
    return False


def _checked_for(token: "Token") -> bool:
    """"Engineers checked the structures for damage", "searched the area for explosives": what a check looks for."""
    prep = token.head
    return (token.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in
            {"check", "inspect", "assess", "examine", "survey", "search", "scan", "screen", "comb"})




_CARRYING_ON = frozenset({"continue", "maintain", "sustain", "pursue", "keep"})
_CAMPAIGNS = frozenset({"operation", "campaign", "deployment", "patrol", "presence", "mission"})


_MOCK = frozenset({"simulated", "simulate", "mock", "staged", "fake", "imaginary", "fictional", "hypothetical",
                   "rehearsed", "practice", "dummy"})
_DRILLS = frozenset({"drill", "exercise", "scenario", "simulation", "rehearsal", "training", "game", "role-play"})
_LESSONS = frozenset({"course", "lesson", "workshop", "seminar", "class", "instruction"})
_ATTENDING = frozenset({"complete", "finish", "undergo", "attend", "receive", "conclude", "hold"})
_ACTING = frozenset({"simulate", "rehearse", "practise", "practice", "re-enact", "reenact", "act"})


def _pretended(token: "Token") -> bool:
    """"The course included simulated riots and hostage scenarios", "a mock ambush", "officers rehearsed a raid",
    "a course in crowd control and the use of tear gas": an exercise or a lesson, not an event ("staged a
    protest" is a protest: "staged" as a verb is not a mock)."""
    word = token
    while word.dep_ == "conj" and word.head.i != word.i:  # "simulated riots and hostage scenarios"
        word = word.head
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _MOCK for c in [*token.children, *word.children]):
        return True
    if token.dep_ in {"compound", "amod"} and token.head.lemma_.lower() in _DRILLS:
        return True  # ("riot drills", "hostage scenarios")
    if token.lemma_.lower() in _DRILLS | _LESSONS and (
            (token.dep_ == "dobj" and token.head.lemma_.lower() in _ATTENDING)
            or any(c.dep_ == "amod" and c.lemma_.lower() in _ATTENDING for c in token.children)):
        return True  # ("Haitian police officers complete crowd-control training", a headline the parser reads as nouns)
    root = token.sent.root
    if root.lemma_.lower() in _ATTENDING and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _DRILLS | _LESSONS for c in root.children):
        return True  # "Gendarmes completed a course in crowd control and the use of tear gas": all of it taught
    node = token
    for _ in range(5):  # "a course in crowd control and the use of tear gas": what is taught
        if node.head.i == node.i:
            break
        if node.dep_ == "prep" and node.lower_ in {"in", "on"} and node.head.lemma_.lower() in _DRILLS | _LESSONS:
            return True
        node = node.head
    return word.dep_ == "dobj" and word.head.lemma_.lower() in _ACTING


#: Verbs of weapons shown, not used ("missiles rolled across the square", "unveiled a new drone").
_SHOWN = frozenset({"roll", "parade", "march", "pass", "rumble", "trundle", "drive", "display", "showcase", "unveil",
                    "exhibit", "show", "feature", "appear", "file", "include"})
#: Verbs that show weapons whatever the sentence's other words ("the army showcased its new missiles").
_SHOWCASING = frozenset({"display", "showcase", "unveil", "exhibit", "parade"})
#: Occasions on which weapons are shown.
_PARADES = frozenset({"parade", "procession", "display", "exhibition", "expo", "show", "airshow", "flypast", "fly-past",
                      "march-past", "ceremony", "celebration", "anniversary", "festival", "fair"})
#: Weapon words that are the event word when a weapon is named alone ("missiles", "tanks").
_SHOWN_WEAPONS = frozenset({"missile", "rocket", "tank", "drone", "artillery", "jet", "warplane", "fighter", "bomber",
                            "howitzer", "launcher", "helicopter", "warship", "aircraft", "weapon", "gun", "icbm"})


#: Words of a state's yearly ceremony ("the annual Victory Day parade", "a parade marking the anniversary").
_CEREMONIES = frozenset({"annual", "anniversary", "victory", "independence", "national", "republic", "jubilee",
                         "commemoration", "commemorate", "mark", "celebrate", "celebration", "holiday", "inauguration"})


def _on_show(token: "Token") -> bool:
    """"Tanks and intercontinental ballistic missiles rolled across Red Square in the Victory Day parade", "the army
    showcased its new drones": weapons shown at a parade or a fair, not fired (a bomb that hits a parade is still an
    attack: its word is the bomb's verb); and a yearly ceremony's parade changes no group's activity (a militia's
    show of force, told with no ceremony, stays)."""
    if token.lemma_.lower() == "parade" and token.pos_ == "NOUN":
        return any(t.lemma_.lower() in _CEREMONIES for t in token.sent)
    if token.pos_ not in {"NOUN", "PROPN"} or token.lemma_.lower() not in _SHOWN_WEAPONS:
        return False
    word = token
    while word.dep_ in {"conj", "compound", "appos", "amod"} and word.head.i != word.i:  # ("troops, tanks and missiles")
        word = word.head
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.i != word.head.i:
        word = word.head.head  # ("thousands of troops")
        while word.dep_ == "conj" and word.head.i != word.i:
            word = word.head
    verb = word.head if word.dep_ in {"nsubj", "nsubjpass", "dobj"} else None
    if verb is None:
        return False
    if word.dep_ == "dobj" and verb.lemma_.lower() in _SHOWCASING:
        return True
    return verb.lemma_.lower() in _SHOWN and any(t.lemma_.lower() in _PARADES for t in token.sent)


_TALKS = frozenset({"talk", "negotiation", "dialogue", "mediation", "meeting"})


def _carried_on(token: "Token") -> bool:
    """"Russian forces continued offensive operations in the Pokrovsk direction", "maintained their deployment",
    "talks ... resumed on Thursday": what goes on as before, and talks, change no group's activity (an assault or
    a shelling carried on is still told)."""
    if token.lemma_.lower() in _CARRYING_ON | {"resume"} and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _TALKS for c in token.children):
        return True
    return token.dep_ == "dobj" and token.lemma_.lower() in _CAMPAIGNS and token.head.lemma_.lower() in _CARRYING_ON


#: Verbs of reporters and investigators who look into a campaign ("our reporters traced the operations of ...").
_INQUIRING = frozenset({"trace", "investigate", "document", "examine", "study", "map", "track", "analyse", "analyze",
                        "probe", "chronicle", "review", "detail", "describe", "reconstruct", "scrutinize", "scrutinise"})


def _inquired_into(token: "Token") -> bool:
    """"Over eight months, our reporters traced the operations of mercenaries alongside the army": a campaign that
    somebody investigates or documents is the object of an inquiry, not a change of activity told here."""
    word = token
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head
    return word.dep_ == "dobj" and word.lemma_.lower() in _CAMPAIGNS and word.head.lemma_.lower() in _INQUIRING


def _dated_clause(verb: "Token") -> bool:
    """Whether a relative clause names its own day ("who on Sunday killed", "who killed two on Monday")."""
    return any((t.lower_ in WEEKDAYS or t.lower_ == "yesterday") or (t.ent_type_ == "DATE" and t.like_num) for t in verb.subtree)


def _semicolon_between(a: "Token", b: "Token") -> bool:
    """Whether a semicolon stands between two words of a sentence: two clauses, whatever the parse joined."""
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[low + 1:high])


#: Gatherings a politician holds or speaks at.
_RALLIES = frozenset({"rally", "meeting", "roadshow", "gathering"})
#: Words that make a rally a campaign's ("an election rally", "a poll meeting").
_CAMPAIGN_WORDS = frozenset({"election", "electoral", "campaign", "poll", "polls", "hustings"})
#: Verbs of a speech whose setting a rally is ("spoke at a rally", "addressing a rally", "told a rally").
_SPEAKING = frozenset({"say", "tell", "speak", "address", "declare", "announce", "promise", "vow", "claim", "add",
                       "assure"})
#: Words in a rally's own phrase that make it a protest ("a rally against the farm laws", "demanding jobs").
_PROTEST_WORDS = frozenset({"against", "protest", "demand", "denounce", "condemn", "oppose", "over", "strike",
                            "striking", "solidarity"})


def a_politicians_rally(word: "Token") -> bool:
    """"The chief minister spoke at an election rally", "addressing a rally in Patna": a campaign's rally, or a rally
    that is where someone spoke, is no protest (ACLED's demonstrations press a demand or grievance), unless its own
    phrase says what it is against or for ("a rally against the farm laws")."""
    if word.lemma_.lower() not in _RALLIES or word.pos_ != "NOUN":
        return False
    if any(t.lemma_.lower() in _PROTEST_WORDS for t in word.subtree if t.i != word.i):
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _CAMPAIGN_WORDS for c in word.children):
        return True
    verb = word.head.head if word.dep_ == "pobj" and word.head.lower_ in {"at", "during", "to", "before"} else (
        word.head if word.dep_ == "dobj" else None)
    return verb is not None and verb.lemma_.lower() in _SPEAKING


def non_event_reason(doc: "Doc", sentence: "SpacySpan", clause: Clause, trigger_index: int, cues: CueSet) -> str | None:
    """Why the clause does not report an event that happened (None when it does)."""
    trigger: "Token" = doc[trigger_index]
    head: "Token" = doc[clause.head]
    # the word the trigger hangs on, unless the trigger is a clause of its own ("did not get better, as IS stormed")
    # nor across a semicolon ("forces later clashed with the rebels; casualties were not known": parsed as one clause)
    governing = {trigger.head} if trigger.dep_ not in {"advcl", "conj", "relcl", "parataxis"} \
        and not _semicolon_between(trigger, trigger.head) else set()
    for node in dict.fromkeys([trigger, head, *governing]):  # (in this order: a set of tokens orders by address)
        if any(child.dep_ == "neg" for child in node.children) and not _not_the_first_time(node):
            return "negated"
        if any(child.dep_ == "aux" and child.lower_ in _MODALS for child in node.children):
            return "future or hypothetical"
    node, via = trigger, trigger
    for _ in range(6):
        if via.dep_ == "dobj" and via.pos_ in {"NOUN", "PROPN"} and node.lemma_.lower() in _STOPPING:
            break  # what is to be stopped is going on ("urged Russia to stop the air strikes on the town")
        if via.dep_ == "relcl" and _dated_clause(via):
            break  # "demanded the arrest of the gunmen who killed two workers on Monday": that killing happened
        # a conjunct is a sibling, not a complement: "gathered to demand pay and to protest shortages"
        in_complement = via.dep_ not in {"nsubj", "nsubjpass", "agent", "npadvmod", "advmod", "conj"}
        if (via.dep_ == "prep" and via.lower_ == "from" and node.lemma_.lower() in _PREVENTING
                and any(c.dep_ == "pcomp" for c in via.children)):
            return f"kept from happening ({node.text!r} ... 'from')"
        if node.i != trigger.i and node.pos_ == "NOUN" and _denied_hearsay(node):
            return f"told in {node.text!r} that were denied"
        if node.i != trigger.i and in_complement:
            if node.dep_ != "amod" and (node.lemma_.lower() in _UNREAL_HEADS or (
                    node.lemma_.lower() in _ORDER_HEADS and via.pos_ == "VERB")):
                return f"under {node.lemma_!r}: a plan, demand or threat"
            if (node.lemma_.lower() in _REACTION_HEADS or (node.lemma_.lower() in _RELEASE_NOUNS and node.pos_ == "NOUN" and (
                    node.lemma_.lower() != "release" or via.lower_ in {"of", "for"}))) \
                    and (trigger.pos_ in {"NOUN", "PROPN"} or trigger.dep_ in {
                    "acl", "relcl"}) and not (node.lemma_.lower() == "memory" and any(
                    c.dep_ == "det" for c in node.children)):  # ("a mob, angry over the killing of six women
                # abducted by militants"; "in memory of those killed", not "in the memory of every schoolchild")
                return f"under {node.lemma_!r}: a reaction to an event reported elsewhere"
            if node.lemma_.lower() == "claim" and via.i == trigger.i and trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" \
                    and any(c.dep_ in {"det", "poss"} and c.lower_ not in {"a", "an"} for c in trigger.children):
                # (not "claimed to have attacked", nor "militants claimed an attack in Cajembe", which tells it)
                return "a claim of an attack told elsewhere ('claimed the attack')"
            if node.lemma_.lower() in _FOR_WHAT and via.dep_ == "prep" and via.lower_ == "for":
                return f"under {node.lemma_!r} ... 'for': a reaction to an event reported elsewhere"
            if node.lemma_.lower() in _CONFESSING:
                return f"under {node.lemma_!r}: a confession to an event, not the event told here"
        if node.head.i == node.i:
            break
        via, node = node, node.head
    if trigger.pos_ == "NOUN" and trigger.dep_ == "attr" and trigger.head.lemma_ == "be" \
            and trigger.head.tag_ in {"VBZ", "VBP"}:
        return f"a description ('is a {trigger.text}'), not an event"  # ("Ayodhya is a target of terrorist groups")
    if (order := _ordered_before(doc, clause, trigger)) is not None:
        return f"under {order.lemma_!r}: a plan, demand or threat"
    if _care_or_visit(trigger):
        return "help or an inquiry announced, or an official's visit: no change of any group's activity"
    if _pretended(trigger):
        return "an exercise: simulated or practised, not an event"
    if _on_show(trigger):
        return "weapons on show at a parade or a fair, not fired"
    if _carried_on(trigger):
        return "an activity carried on, or talks: no change of any group's activity"
    if _inquired_into(trigger):
        return f"what an inquiry looked into ('{trigger.head.text} the {trigger.text}'), not a change of activity told here"
    if a_politicians_rally(trigger):
        return "a politician's rally, where someone campaigned or spoke: no protest told"
    if _checked_for(trigger):
        return f"what was checked for ('for {trigger.text}'), not harm done"
    if _arrest_as_purpose(doc, trigger):
        return f"an arrest told as a purpose ('to {trigger.text}'), not as made"
    if _charge_of_the_arrested(trigger):
        return "the charge against people arrested, not an event told here"
    if _under_a_charge(trigger):
        return "what someone is charged with or said to have done, not an event told here"
    if _in_quotes(doc, trigger_index, sentence) and not _quoted_report(doc, clause, trigger):
        return "inside a quotation"
    if _is_tally(doc, clause):
        return "a tally of many events"
    return None


def under_a_reaction(token: "Token") -> bool:
    """Whether ``token`` tells what people react to ("a mob, angry over the killing of six women abducted
    earlier this month"): an event reported elsewhere, with its own date."""
    node = token
    for _ in range(7):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _REACTION_HEADS:
            return True
    return False


#: A toll that has risen ("the death toll in the carnage has risen to eight"), not the toll of one event
#: ("resulted in a high death toll for the rebels").
_RISING_TOLL = re.compile(r"\btoll\b[^.;]{0,50}?\b(?:rise|risen|rose|rising|climb|climbed|reach|reached|stands|stood|"
                          r"mount|mounted)\b")
#: A share of a toll told before ("25 per cent of them", "per cent of those killed"): part of a tally.
_SHARE_OF_THEM = re.compile(r"\b(?:per\s?cent|percent|%)\s+of\s+(?:them|the\s+(?:dead|victims|deaths)|those\s+"
                            r"(?:killed|who\s+died))\b")
#: Words that spread a toll over many places ("the toll across the state", "in various districts").
_SPREAD = frozenset({"across", "various", "several", "state", "country", "nation", "districts", "statewide",
                     "nationwide", "overall", "total", "cumulative"})


def _one_days_toll(sentence: "SpacySpan") -> bool:
    """A toll that rose for one day's event ("the toll in police firing in Dariapur on Friday rose to five"): its day
    named, no period or spread over places told; the event's own figure, not a tally of many events."""
    words = {t.lower_ for t in sentence}
    if words & _SPREAD or words & set(_PERIOD_WORDS) or "so far" in sentence.text.lower():
        return False
    return any(t.lower_ in WEEKDAYS or t.lower_ in {"yesterday", "today"} for t in sentence)


#: The words a tally's period opens with ("since Friday", "the past months", "last years").
_PERIOD_WORDS = ("since", "past", "last")


#: Words that make "since" a comparison ("the first time since", "the deadliest attack since 2019").
_COMPARISON_WORDS = frozenset({"first", "worst", "deadliest", "bloodiest", "largest", "biggest", "heaviest", "fiercest",
                               "highest", "lowest", "most"})


def since_of_another_phrase(since: "Token") -> bool:
    """Whether a "since" dates something other than its sentence's event: a participle's phrase
    ("protesting against the near-daily firing since June 11": the firing's period) or a comparison
    ("the first time since early November", "the deadliest attack since 2019")."""
    doc = since.doc
    if since.head.dep_ == "acl":
        return True
    return any(t.lower_ in _COMPARISON_WORDS for t in doc[max(since.sent.start, since.i - 6):since.i])


def _is_tally(doc: "Doc", clause: Clause) -> bool:
    """A figure summed over a period ("killed 400 since October", "the death toll so far"): looked for
    in the whole sentence, since "since ..." is often a clause of its own."""
    tokens = doc[clause.start:clause.end]
    if not any((t.like_num or t.ent_type_ == "CARDINAL") and t.ent_type_ not in ("DATE", "TIME") for t in tokens):
        return False  # no figure of people or events ("On 27 April 2020 ... unpaid since the past five months")
    sentence = tokens.sent if clause.end - clause.start else doc[clause.start:clause.start + 1].sent
    text = sentence.text.lower()
    if any(p in text for p in (" to date", "a tally")) or _RISING_TOLL.search(text) and not _one_days_toll(sentence):
        return True
    if _SHARE_OF_THEM.search(text):
        return True  # ("nearly 25 per cent of them had been killed by police bullets": a share of the dead told)
    if not any(word in text for word in _PERIOD_WORDS):
        return False  # (none of the words the reading below looks for)
    for token in sentence:
        if token.lower_ == "since" and since_of_another_phrase(token):
            continue
        if token.lower_ == "since" and token.head.pos_ in {"VERB", "AUX"} \
                and any(t.ent_type_ == "DATE" for t in token.subtree if t.i != token.i):
            return True  # ("killed since Friday")
        if token.lower_ == "since" and token.dep_ == "mark" and any(t.ent_type_ == "DATE" for t in token.head.subtree):
            return True
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.lower_ in {"past", "last"} and following in {"months", "years", "weeks", "decades"}:
            return True
        if token.lower_ == "past" and following in {"year", "month", "decade"}:  # "over the past year", not "last month's"
            return True
    return False
