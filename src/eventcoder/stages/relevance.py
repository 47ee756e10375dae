"""The ``relevance`` stage: keep the mentions that report a specific event of this story.

Reads the document's beat (:mod:`~eventcoder.article.topic`) and each dated mention's standing
(:mod:`~eventcoder.article.reporting`): headline retellings, furniture, other beats' borrowed
words, accidents, history, references and questions are set aside, and then background told like
news (:mod:`~eventcoder.article.background`: events recalled in speeches, the past perfect before a
story's news). What was set aside, and why, is kept in ``analysis.extras["relevance"]``
(``eventcoder extract --explain`` writes it out).
"""

from __future__ import annotations

from ..analysis import Analysis, EventMention, ResolvedPlace
from ..article.background import BACKGROUND_REASONS, background_reason
from ..article.reporting import FOLLOW_UP_REASONS, event_told_before, not_a_report, told_in_a_story_of_the_past
from ..article.topic import load_topics
from ..errors import EventcoderError
from ..pipeline import PipelineConfig

__all__ = ["RelevanceStage", "create"]


class RelevanceStage:
    """Removes mentions that report no event of this story from ``analysis.mentions``."""

    name = "relevance"
    requires: tuple[str, ...] = ("doc", "anatomy", "mentions", "mentions.date", "mentions.actor1")
    assigns: tuple[str, ...] = ("mentions", "mentions.follow_ups", "relevance", "relevance.set_aside")

    def __call__(self, analysis: Analysis) -> None:
        if analysis.doc is None:
            raise EventcoderError("the relevance stage needs the parsed document; run the parse stage first")
        lexicon = load_topics()
        topic = lexicon.topic(analysis.doc)
        kept, dropped, set_aside = [], [], []
        reasons = [not_a_report(analysis, mention, topic, lexicon) or background_reason(analysis, mention)
                   for mention in analysis.mentions]
        # a sentence that tells background ("militants had killed hundreds in the past, he said") lends no figures
        # to the event told before it, whatever clause of it reads as that event's context
        background = {m.sentence.start for m, r in zip(analysis.mentions, reasons) if r and r.startswith(BACKGROUND_REASONS)}
        for mention, reason in zip(analysis.mentions, reasons):
            if reason is None:
                kept.append(mention)
            else:
                dropped.append(_dropped(mention, reason))
                set_aside.append(mention)
                target = event_told_before(analysis, mention) if reason.startswith(FOLLOW_UP_REASONS) \
                    and mention.sentence.start not in background else None
                if target is not None:  # "23 people had been arrested": the figures are the earlier event's
                    target.follow_ups.append(mention.sentence)
                    if _refines(mention, target.place):  # "The attack took place in the city of Salvatierra"
                        target.place = mention.place
        for mention in told_in_a_story_of_the_past(analysis, kept, [d["reason"] for d in dropped]):
            kept.remove(mention)
            dropped.append(_dropped(mention, "history: told in a story about the past, with no date of its own"))
            set_aside.append(mention)
        analysis.mentions[:] = kept
        analysis.extras["relevance.set_aside"] = set_aside  # the claims stage reads who acted in a tally's sentence
        analysis.extras.pop("relevance.spans", None)  # the checks' span cache lives only for this stage
        analysis.extras["relevance"] = {"topic": topic.name, "topic_words": topic.counts, "dropped": dropped}
        if topic.off_topic and not kept:
            analysis.warnings.append(f"reads as {topic.name} news; no event of political violence or protest found")


def _refines(retelling: EventMention, told: ResolvedPlace | None) -> bool:
    """Whether a retelling's place says more precisely where the event told before happened: a town of the
    province or country that event was placed in, named in the retelling's own sentence (not the dateline's or an
    earlier sentence's place, which the retelling only fell back on)."""
    place, sentence = retelling.place, retelling.sentence
    return (place is not None and told is not None and place.span is not None and not place.country_only
            and sentence.start <= place.span.start < sentence.end
            and place.geo_precision < told.geo_precision and place.country == told.country
            and (told.admin1 is None or place.admin1 == told.admin1))


def _dropped(mention: EventMention, reason: str) -> dict[str, object]:
    return {"trigger": mention.trigger.text, "start": mention.trigger.start, "sub_event_type": mention.sub_event_type,
            "reason": reason}


def create(config: PipelineConfig) -> RelevanceStage:
    return RelevanceStage()
