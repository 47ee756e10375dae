"""eventcoder: news reports about protests and political violence in, ACLED-format event records out.

    >>> import eventcoder
    >>> for event in eventcoder.extract([{"id": "a1", "text": "...", "published": "2020-01-22"}]):
    ...     print(event.event_date, event.sub_event_type, event.location)   # event_date: a datetime.date
    >>> eventcoder.to_frame(eventcoder.extract("Police fired tear gas at protesters in Basra on Monday."))
"""

from .budget import Budget
from .documents import Document, read_documents
from .frame import to_frame
from .errors import DocumentError, EventcoderError, GazetteerError, InputError, ModelError, StoreError
from .pipeline import DocumentResult, Pipeline, PipelineConfig, extract, process
from .record import AggregateClaim, Claim, Event, Span

__all__ = [
    "extract", "process", "to_frame", "read_documents", "Pipeline", "PipelineConfig", "Budget", "DocumentResult",
    "Document", "Event", "AggregateClaim", "Claim", "Span",
    "EventcoderError", "DocumentError", "InputError", "ModelError", "GazetteerError", "StoreError",
]

__version__ = "0.1.0"
