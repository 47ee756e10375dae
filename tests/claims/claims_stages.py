"""The dates, counts and claims stages over hand-built mentions: the shared helper of the claims tests."""

from __future__ import annotations

import datetime as dt

from eventcoder.analysis import Analysis, EventMention
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages import claims, counts, dates


def build(text: str, triggers: list[tuple[str, str, str]], *, published: dt.date | None = dt.date(2020, 11, 5),
          source: str | None = None, country: str = "Iraq") -> Analysis:
    """One mention per (trigger, event type, sub-type), its sentence split at ". ", then the three stages."""
    analysis = Analysis(document=Document(id="doc-1", text=text, published=published, country=country, source=source))
    for trigger, event_type, sub_event_type in triggers:
        at = text.index(trigger)
        start = text.rfind(". ", 0, at) + 2 if ". " in text[:at] else 0
        end = text.find(". ", at)
        end = end + 1 if end >= 0 else len(text)
        analysis.mentions.append(EventMention(sentence=analysis.span(start, end), trigger=analysis.span(at, at + len(trigger)),
                                              event_type=event_type, sub_event_type=sub_event_type, confidence=0.8))
    config = PipelineConfig()
    for stage in (dates.create(config), counts.create(config), claims.create(config)):
        stage(analysis)
    return analysis
