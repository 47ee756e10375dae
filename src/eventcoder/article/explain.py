"""Why a document gave the events it gave: the reading decisions, as JSON-ready data.

For each document: its anatomy (headline, dateline, furniture), its beat, each event mention kept
(with the rule that typed it) and each one set aside with its reason: by the mentions stage
(demands, plans, quotes, tallies), by the relevance stage (headline, history, other beats...) or by the
claims stage (a sentence that only carries a tally or sums up a period); and each record's confidence,
field by field, with the reasons behind it (:mod:`eventcoder.stages.confidence`).
"""

from __future__ import annotations

from typing import Any

from ..analysis import Analysis

__all__ = ["explain"]


def explain(analysis: Analysis) -> dict[str, Any]:
    """The reading decisions for one analysed document."""
    anatomy = analysis.anatomy
    dateline = anatomy.dateline
    relevance = analysis.extras.get("relevance") or {}
    skipped = analysis.extras.get("mentions.skipped") or []
    reasons = analysis.extras.get("confidence") or {}
    reading: dict[str, Any] = {
        "doc_id": analysis.document.id,
        "headline": anatomy.headline.text if anatomy.headline else None,
        "dateline": {"text": dateline.span.text, "place": dateline.place.text if dateline.place else None,
                     "date": dateline.date.isoformat() if dateline.date else None, "outlet": dateline.outlet}
        if dateline else None,
        "furniture": [s.text for s in anatomy.boilerplate],
        "topic": relevance.get("topic"),
        "topic_words": relevance.get("topic_words", {}),
        "kept": [{"trigger": m.trigger.text, "start": m.trigger.start, "sub_event_type": m.sub_event_type,
                  "confidence": m.confidence, "rule": m.rule} for m in analysis.mentions],
        "set_aside": [*({"trigger": s["trigger"].text, "start": s["trigger"].start, "sub_event_type": s["sub_event_type"],
                         "reason": s["reason"], "stage": "mentions"} for s in skipped),
                      *({**d, "stage": "relevance"} for d in relevance.get("dropped", [])),
                      *({"trigger": r["trigger"].text, "start": r["trigger"].start, "sub_event_type": r["sub_event_type"],
                         "reason": r["reason"], "stage": "claims"} for r in analysis.extras.get("claims.removed") or [])],
        "confidence": [{"event_id": e.event_id, "confidence": e.confidence, "field_confidence": e.field_confidence,
                        "why": reasons.get(e.event_id, {})} for e in analysis.events],
    }
    if "briefs" in analysis.extras:  # a digest: each brief was read as a story of its own (offsets from "offset")
        reading["briefs"] = analysis.extras["briefs"]
    return reading
