"""Fixtures for the actor tests: one resolver on the bundled lexicon, shared by every module (it holds no state
between texts)."""

from __future__ import annotations

import pytest

from eventcoder.actors.resolver import ActorResolver


@pytest.fixture(scope="session")
def resolver() -> ActorResolver:
    return ActorResolver()
