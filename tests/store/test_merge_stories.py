"""Issue 17: de-duplication on hand-written stories: several outlets' reports of one event merge
(generic-actor variants, spellings of the place, region-only and week-precise reports), look-alike
different events stay apart."""

from __future__ import annotations

import pytest
from merge_stories import STORIES, Story

from eventcoder.store.merge import merge_mentions


@pytest.mark.parametrize("story", STORIES, ids=[s.name for s in STORIES])
def test_story_merges_as_written(story: Story) -> None:
    keyed = list(story.mentions())
    truth = {m.mention_id: key for key, m in keyed}
    events = merge_mentions([m for _, m in keyed])
    found = sorted(sorted(truth[i] for i in e["mention_ids"]) for e in events)
    expected = sorted(sorted(k for k in truth.values() if k == key) for key in set(truth.values()))
    assert found == expected, story.why


def test_generic_state_forces_merge_without_losing_the_conflict() -> None:
    story = STORIES[0]
    [event] = merge_mentions([m for _, m in story.mentions()])
    assert event["fatalities"] == 24  # the lowest reported toll, ACLED's conservative rule
    assert any(c["field"] == "fatalities" for c in event["conflicts"])
