"""Actors in ACLED's names: the lexicon (bundled data plus a user's file), matching actor phrases,
state forces named by government period, roles (actor1/actor2/associated actors) by ACLED's
conventions, and an actor-name model trained on a user's own ACLED export. See docs/ACTORS.md."""

from .lexicon import ActorLexicon, load_lexicon
from .matching import ActorMatch, ActorMatcher
from .resolver import ActorResolver
from .roles import ActorContext, RoleAssignment, assign_roles
from .states import CountryIndex, period_label, state_actor_name
from .training import ActorModel, fit_actor_model, load_actor_model

__all__ = ["ActorLexicon", "load_lexicon", "ActorMatch", "ActorMatcher", "ActorResolver", "ActorContext",
           "RoleAssignment", "assign_roles", "CountryIndex", "period_label", "state_actor_name", "ActorModel",
           "fit_actor_model", "load_actor_model"]
