"""Events that a film, a series, a novel or a play shows: the content of a work, not news.

A review or a premiere tells what happens on screen ("In its opening scene, artillery shells a trench",
"The documentary shows troops shelling a hospital", "In episode three of the thriller, gunmen storm a bank").
A story opens on a work (a work's noun in its first sentences), and the event's sentence is framed as the
work's content: "in" one of the work's parts ("in the opening scene", "in episode three"), or a verb of showing
whose subject is the work or a pronoun for it ("it shows", "the series follows"). Footage and videos are not
works: "a video shows troops firing" tells what happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["depicted_reason", "WORKS"]

#: Nouns of works of fiction or of film.
#: ("episode", "drama" and "play" are left out: news tells "another episode of violence", "the drama unfolded",
#: "foul play").
WORKS = frozenset({"film", "movie", "documentary", "docudrama", "series", "miniseries", "thriller", "novel", "sitcom",
                   "telenovela", "opera", "biopic", "blockbuster", "screenplay"})
#: The parts of a work that a depicted event is told "in" ("a plot" and "an act" are left out: "arrested in the
#: plot to bomb", "caught in the act").
_PARTS = WORKS | frozenset({"scene", "episode", "chapter", "finale", "storyline", "instalment", "installment", "sequel",
                            "prologue"})
#: Verbs that tell what a work shows ("the film depicts", "it follows", "the novel opens with").
_SHOWING = frozenset({"show", "depict", "portray", "follow", "tell", "recount", "dramatize", "dramatise", "chronicle",
                      "imagine", "recreate", "reconstruct", "feature", "centre", "center", "revolve", "open", "begin",
                      "star", "reimagine"})
#: Of those, the verbs that tell a work's content with a pronoun for the work ("It shows troops shelling"); "It began
#: when protesters attacked the cinema" and "It follows last week's attack" tell news.
_DEPICTING = frozenset({"show", "depict", "portray", "dramatize", "dramatise", "reimagine", "recreate"})
_PRONOUNS = frozenset({"it", "which", "this"})
#: How many sentences at the start of a story may name the work it is about.
_OPENING_SENTENCES = 2


def _a_work(token: "Token") -> bool:
    """A noun of a work ("the film", "the thriller"), not "a series of attacks" nor "documentary evidence"."""
    if token.pos_ not in {"NOUN", "PROPN"} or (token.lemma_.lower() not in WORKS and token.lower_ not in WORKS):
        return False
    return token.lemma_.lower() != "series" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def _opens_on_a_work(token: "Token") -> bool:
    """Whether the story's first sentences name a work (a review, a premiere, a screening)."""
    for index, sentence in enumerate(token.doc.sents):
        if index >= _OPENING_SENTENCES:
            return False
        if any(_a_work(t) for t in sentence):
            return True
    return False


def _in_a_part(token: "Token") -> "Token | None":
    """The part of a work that the sentence of ``token`` is told in ("In its opening scene, ...")."""
    for prep in token.sent:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "during"}:
            part = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if part is not None and (part.lemma_.lower() in _PARTS or part.lower_ in _PARTS) and (
                    part.lemma_.lower() != "series" or not any(c.lower_ == "of" for c in part.children)):
                return part
    return None


def _shown_by_a_work(token: "Token") -> "Token | None":
    """The verb of showing whose subject is a work, or a pronoun for it, and that governs ``token``."""
    node = token
    for _ in range(8):
        if node.lemma_.lower() in _SHOWING and node.pos_ in {"VERB", "AUX"} and node.i != token.i:
            subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if any(_a_work(s) or (s.lower_ in _PRONOUNS and node.lemma_.lower() in _DEPICTING) for s in subjects):
                return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def depicted_reason(trigger: "Token") -> str | None:
    """Why the event word ``trigger`` tells what a work shows, not an event (None when it tells an event)."""
    if not _opens_on_a_work(trigger):
        return None
    part = _in_a_part(trigger)
    if part is not None:
        return f"what a film, series or book shows ('in the {part.text}'), not an event"
    verb = _shown_by_a_work(trigger)
    if verb is not None:
        return f"what a film, series or book shows ('{verb.text}'), not an event"
    return None
