"""Which place names hang on the event: the dependency path from a name to the event's verb.

"Ankara claimed that its jets killed 200 fighters in northern Syria": Syria is an argument of
"killed" (the event), Ankara the subject of "claimed" (the report). "Forces based in Incirlik patrol
over northern Iraq": Incirlik belongs to "based", another verb. :func:`attachment` scores a name by
whether the parse attaches it to the event's trigger (or the verb the trigger is the object of, as in
"launched an assault on X"), or to some other verb first.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Attachment", "ATTACHED", "WITHIN", "ELSEWHERE"]

ATTACHED = 1.2  # the name is an argument or modifier of the event's verb
WITHIN = 0.6  # the name belongs to a clause inside the event's ("..., targeting the town of Y")
ELSEWHERE = -0.8  # the name belongs to another verb's clause first ("based in Incirlik", "Ankara claimed")
_MAX_STEPS = 10
_CLAUSE_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "csubj", "expl"})  # who acts; "Chile was rocked by protests" is a place
_REPORTING = frozenset("say tell claim report announce state add confirm deny accuse quote cite".split())


class Attachment:
    """Dependency paths over one parsed document."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self._starts = [t.idx for t in doc]
        self._sentence_starts: list[int] | None = None  # token index of each sentence's first token, when asked

    def same_sentence(self, a: "Token", b: "Token") -> bool:
        """Whether two tokens of the document are in one sentence (``a.sent == b.sent``, without making spans)."""
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.doc.sents]
        return bisect_right(self._sentence_starts, a.i) == bisect_right(self._sentence_starts, b.i)

    @classmethod
    def of(cls, doc: "Doc | None") -> "Attachment | None":
        """Paths over ``doc``, or None when there is no parse (a hand-built document without tokens)."""
        return cls(doc) if doc is not None and hasattr(doc, "__iter__") else None

    def token_at(self, char: int) -> "Token | None":
        i = bisect_right(self._starts, char) - 1
        if i < 0:
            return None
        token = self.doc[i]
        return token if char < token.idx + len(token) else None

    def is_subject(self, name: int) -> bool:
        """Whether the name is itself an active clause's subject ("Russia launched ...", "Ankara claimed ...")."""
        token = self.token_at(name)
        return token is not None and token.dep_ in _SUBJECTS

    def score(self, trigger: int, name: int) -> float:
        """ATTACHED, WITHIN, ELSEWHERE or 0.0 for the name starting at character ``name``, the trigger at ``trigger``."""
        event, place = self.token_at(trigger), self.token_at(name)
        if event is None or place is None or not self.same_sentence(event, place):
            return 0.0
        anchors = {event.i}
        if event.pos_ not in _CLAUSE_VERBS and event.head.i != event.i:
            anchors.add(event.head.i)  # "launched an assault on X": the trigger's verb
        token, steps, located = place, 0, False
        while token.head.i != token.i and steps < _MAX_STEPS:
            located = located or token.dep_ in ("pobj", "prep")
            if token.dep_ in _SUBJECTS:
                if located:  # "five butchers inside a shop in the Nabi Yunis area were shot": where the victims were
                    return WITHIN
                if token is place or token.head.lemma_.lower() in _REPORTING and token.head.i not in anchors:
                    return ELSEWHERE  # "Russia launched an operation", "Ankara said that ...": who acts or reports
                return 0.0  # ("the Saladin operations command destroyed ...": the actor's name)
            token, steps = token.head, steps + 1
            if token.i in anchors:
                return ATTACHED
            if token.pos_ in _CLAUSE_VERBS and token.dep_ not in ("aux", "auxpass"):
                break
        if token.pos_ not in _CLAUSE_VERBS or token.i in anchors:
            return 0.0
        if anchors & {t.i for t in token.ancestors}:  # "launched an offensive ..., targeting the town of Y"
            return WITHIN
        if token.i in {t.i for t in event.ancestors}:  # "clashes erupted in Homs, killing five": the event's clause,
            return ELSEWHERE if token.lemma_.lower() in _REPORTING else 0.0  # unless it reports ("Ankara claimed")
        return ELSEWHERE
