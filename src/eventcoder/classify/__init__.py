"""Event mentions and their ACLED types: cue phrases, ACLED's decision rules, clause splitting, the
learned text classifier and the model directory written by ``eventcoder train``.

See docs/EVENT_TYPES.md. The pipeline stage that uses all this is ``eventcoder.stages.mentions``.
"""

from __future__ import annotations

from .detect import Candidate, Skipped, find_candidates
from .model import TextClassifier, default_classifier
from .model_dir import load_classifier, read_manifest
from .rules import Decision, decide

__all__ = ["Candidate", "Skipped", "find_candidates", "TextClassifier", "default_classifier", "load_classifier",
           "read_manifest", "Decision", "decide"]
