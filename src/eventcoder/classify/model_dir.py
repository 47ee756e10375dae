"""A model directory written by ``eventcoder train``: manifest.json, the sub-event classifier, and
whatever the actor model writes beside them."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ModelError
from .model import TextClassifier

__all__ = ["MANIFEST", "MODEL_FORMAT_VERSION", "write_manifest", "read_manifest", "load_classifier"]

MANIFEST = "manifest.json"
MODEL_FORMAT_VERSION = 1


def write_manifest(directory: Path, **facts: Any) -> Path:
    """Write manifest.json: format version, creation time and what was trained on what."""
    from .. import __version__ as package_version

    manifest = {"format_version": MODEL_FORMAT_VERSION, "eventcoder_version": package_version,
                "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), **facts}
    path = directory / MANIFEST
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    return path


def read_manifest(directory: Path) -> dict[str, Any]:
    path = Path(directory) / MANIFEST
    if not path.exists():
        raise ModelError(f"{directory} is not an eventcoder model directory (no {MANIFEST}); "
                         "create one with `eventcoder train ACLED.csv -o DIR`")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {path}: {exc}; retrain with `eventcoder train`") from exc
    if manifest.get("format_version") != MODEL_FORMAT_VERSION:
        raise ModelError(f"{path} has model format {manifest.get('format_version')!r}, this eventcoder reads "
                         f"{MODEL_FORMAT_VERSION}; retrain with `eventcoder train`")
    return manifest


@lru_cache(maxsize=4)
def load_classifier(directory: Path) -> TextClassifier:
    """The sub-event classifier of a model directory (checked against its manifest)."""
    directory = Path(directory)
    read_manifest(directory)
    return TextClassifier.load(directory)
