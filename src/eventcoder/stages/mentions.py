"""The ``mentions`` stage: find the clauses that report events and type them by ACLED's rules.

Each :class:`~eventcoder.analysis.EventMention` carries its trigger, sentence and clause spans,
the rule (or model) that decided its type, and a confidence that ranks the main event first.
With ``PipelineConfig.model_dir`` set, a classifier trained by ``eventcoder train`` refines the
rules' sub-types. Event words judged not to report an event (demands, plans, quotes, tallies)
are listed in ``analysis.extras["mentions.skipped"]``.
"""

from __future__ import annotations

from ..analysis import Analysis, EventMention
from ..classify.detect import Candidate, find_candidates
from ..classify.model import TextClassifier
from ..classify.model_dir import load_classifier
from ..errors import EventcoderError
from ..pipeline import PipelineConfig
from ..record import Span

__all__ = ["MentionStage", "create"]


class MentionStage:
    """Appends one EventMention per event-reporting clause to ``analysis.mentions``."""

    name = "mentions"
    requires: tuple[str, ...] = ("doc",)
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, classifier: TextClassifier | None = None) -> None:
        self.classifier = classifier

    def __call__(self, analysis: Analysis) -> None:
        if analysis.doc is None:
            raise EventcoderError("the mentions stage needs the parsed document; run the parse stage first")
        candidates, skipped = find_candidates(analysis.doc, classifier=self.classifier)
        analysis.mentions.extend(_mention(analysis, cand) for cand in candidates)
        if skipped:
            analysis.extras["mentions.skipped"] = [
                {"trigger": _char_span(analysis, *s.trigger), "sub_event_type": s.sub_event_type, "reason": s.reason}
                for s in skipped]


def _char_span(analysis: Analysis, start: int, end: int) -> Span:
    """The document span covering tokens [start, end)."""
    doc = analysis.doc
    assert doc is not None
    last = doc[end - 1]
    return analysis.span(doc[start].idx, last.idx + len(last.text))


def _mention(analysis: Analysis, cand: Candidate) -> EventMention:
    trigger = _char_span(analysis, *cand.trigger)
    evidence = [_char_span(analysis, a, b) for a, b in cand.evidence]
    return EventMention(
        sentence=_char_span(analysis, cand.sentence.start, cand.sentence.end),
        trigger=trigger,
        clause=_char_span(analysis, cand.clause.start, cand.clause.end),
        event_type=cand.event_type,
        sub_event_type=cand.sub_event_type,
        confidence=cand.confidence,
        rule=cand.rule,
        evidence={"event_type": evidence, "sub_event_type": evidence},
        field_confidence={"event_type": cand.confidence, "sub_event_type": cand.confidence},
    )


def create(config: PipelineConfig) -> MentionStage:
    """The stage for a pipeline config: with ``model_dir``, its trained classifier refines the rules."""
    return MentionStage(load_classifier(config.model_dir) if config.model_dir else None)
