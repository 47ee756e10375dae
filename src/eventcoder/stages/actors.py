"""The actors stage: actor1, actor2 and associated actors of each event mention, in ACLED's names.

Reads each mention's sub-event type, sentence, date (else the publication date) and country
(the mention's place, else the document's); writes :class:`~eventcoder.analysis.ActorRef` objects
with the phrase that supports each and a confidence. With a trained model (``eventcoder train``),
the learned actor names refine the lexicon's choice.
"""

from __future__ import annotations

from ..actors.resolver import ActorResolver
from ..actors.roles import ActorContext
from ..actors.training import ActorModel, load_actor_model, model_path
from ..analysis import Analysis, EventMention
from ..pipeline import PipelineConfig

__all__ = ["ActorsStage", "create"]


class ActorsStage:
    """Names the actors of every mention (see docs/ACTORS.md)."""

    name = "actors"
    requires: tuple[str, ...] = ("doc", "mentions")
    assigns: tuple[str, ...] = ("mentions.actor1", "mentions.actor2", "mentions.assoc_actor_1", "mentions.assoc_actor_2")

    def __init__(self, resolver: ActorResolver, model: ActorModel | None = None) -> None:
        self.resolver = resolver
        self.model = model

    def context(self, analysis: Analysis, mention: EventMention) -> ActorContext:
        country = (mention.place.country if mention.place and mention.place.country else None) \
            or analysis.extras.get("country") or analysis.document.country
        on = mention.date.date if mention.date else analysis.document.published
        as_of = self.model.as_of if self.model is not None and self.model.as_of else None
        return self.resolver.context(country, on, as_of)

    def __call__(self, analysis: Analysis) -> None:
        text = analysis.text
        for mention in analysis.mentions:
            context = self.context(analysis, mention)
            start, end = mention.sentence.start, mention.sentence.end
            roles = self.resolver.resolve(text, start, end, mention.sub_event_type, context, analysis.doc)
            if self.model is not None:
                roles = self.model.refine(roles, text=text, sentence=text[start:end], sub_event_type=mention.sub_event_type,
                                          context=context, offset=start)
            mention.actor1 = roles.actor1
            mention.actor2 = roles.actor2
            mention.assoc_actor_1 = roles.assoc_actor_1
            mention.assoc_actor_2 = roles.assoc_actor_2
            for field_name in ("actor1", "actor2"):
                ref = getattr(roles, field_name)
                if ref is not None:
                    mention.field_confidence[field_name] = ref.confidence


def create(config: PipelineConfig) -> ActorsStage:
    resolver = ActorResolver(extra_lexicon=config.actor_lexicon)
    model = None
    if config.model_dir is not None and model_path(config.model_dir).exists():
        model = load_actor_model(config.model_dir, resolver=resolver)
    return ActorsStage(resolver, model)
