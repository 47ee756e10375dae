"""The ``anatomy`` stage: headline, dateline and boilerplate of the article, before events are read.

Later stages use it so that a headline never adds to the body's facts, the dateline's place and
date stand in only where the body says nothing, and furniture is never read as news. A story with
no publication date takes the date its archive note or dateline files it under, with a warning.
"""

from __future__ import annotations

from ..analysis import Analysis
from ..article.anatomy import read_anatomy
from ..pipeline import PipelineConfig

__all__ = ["AnatomyStage", "create"]


class AnatomyStage:
    """Sets ``analysis.anatomy`` from the document's text and title."""

    name = "anatomy"
    requires: tuple[str, ...] = ("document",)
    assigns: tuple[str, ...] = ("anatomy",)

    def __call__(self, analysis: Analysis) -> None:
        document = analysis.document
        anatomy = read_anatomy(document.text, title=document.title, published=document.published)
        analysis.anatomy = anatomy
        if document.published is None and anatomy.filed is not None:
            analysis.warnings.append(f"no publication date given; relative dates are read from the date the story "
                                     f"is filed under ({anatomy.filed.isoformat()})")


def create(config: PipelineConfig) -> AnatomyStage:
    return AnatomyStage()
