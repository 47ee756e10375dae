"""The pipeline: documents in, records out, one named stage at a time.

``parse`` runs spaCy over batches of documents with ``nlp.pipe``; every other stage works on one
:class:`~eventcoder.analysis.Analysis` at a time. A failure inside a stage turns into a
:class:`~eventcoder.errors.DocumentError` naming the document and the stage; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .analysis import Analysis
from .article.explain import explain
from .budget import Budget, TimeBudgetExceeded, screen, time_limit
from .documents import Document, document_from_dict
from .errors import DocumentError, EventcoderError
from .language import LanguageGate, Refused
from .nlp import MODEL_PACKAGE, load_nlp
from .record import AggregateClaim, Event, Span
from .stages import Stage

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["PipelineConfig", "Pipeline", "DocumentResult", "STAGE_MODULES", "extract", "process"]

log = logging.getLogger(__name__)

#: The stages after parsing, in order; each module exposes ``create(config) -> Stage``.
STAGE_MODULES: tuple[str, ...] = ("anatomy", "mentions", "dates", "places", "actors", "relevance", "counts", "claims", "assemble")

#: Parse long documents in pieces of about this many characters, cut at paragraph ends.
CHUNK_CHARS = 100_000
#: Texts the stages see once before the first document: an event with a place, a date and a
#: count, and a text with no event cue at all.
WARM_UP_TEXTS: tuple[str, ...] = ("On Monday, police killed two protesters in Basra, Iraq, officials said.", "(((")
#: At most about this many characters go to spaCy at once, whatever the batch size (bounds memory).
PARSE_GROUP_CHARS = 400_000


@dataclass(frozen=True)
class PipelineConfig:
    """Everything that changes what the pipeline extracts. Unknown options are rejected."""

    model_dir: Path | None = None  # a model written by `eventcoder train`
    gazetteer_dir: Path | None = None  # where the gazetteer index lives (default: user cache)
    actor_lexicon: Path | None = None  # a user's extra actor names (extends the bundled lexicon)
    nlp_package: str = MODEL_PACKAGE
    batch_size: int = 32
    stages: tuple[str, ...] = STAGE_MODULES
    budget: Budget = Budget()  # what one document may cost (see eventcoder.budget)


@dataclass(slots=True)
class DocumentResult:
    """What one document gave: its events and aggregate claims, or the error that stopped it."""

    doc_id: str | None
    events: list[Event] = field(default_factory=list)
    aggregates: list[AggregateClaim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: DocumentError | None = None
    content_hash: str | None = None
    document: Document | None = None
    explanation: dict[str, Any] | None = None  # the reading decisions (eventcoder.article.explain)
    seconds: float = 0.0  # time spent on it: its stages, plus its share (by length) of its parse group


class Pipeline:
    """spaCy for parsing, then the eventcoder stages. Build it once; reuse it for every batch."""

    chunk_chars: int = CHUNK_CHARS

    def __init__(self, nlp: "Language", stages: list[Stage], config: PipelineConfig | None = None, *,
                 language_gate: LanguageGate | None = None, warm_up: bool = False) -> None:
        self.nlp = nlp
        self.stages = stages
        self.config = config or PipelineConfig()
        self.language_gate = language_gate or LanguageGate()  # before parse: the slot for a translator
        self._cold = warm_up  # warm up before the first document (see warm_up)
        #: Seconds spent in each stage ("parse" included) over this pipeline's life: the per-stage split of benches.
        self.stage_seconds: dict[str, float] = dict.fromkeys(self.stage_names, 0.0)
        check_stage_order(stages)

    @classmethod
    def from_config(cls, config: PipelineConfig | None = None) -> "Pipeline":
        config = config or PipelineConfig()
        stages: list[Stage] = []
        for name in config.stages:
            module = importlib.import_module(f"eventcoder.stages.{name}")
            stages.append(module.create(config))
        return cls(load_nlp(config.nlp_package), stages, config, warm_up=True)

    @property
    def stage_names(self) -> list[str]:
        return ["parse", *(s.name for s in self.stages)]

    def parse(self, documents: list[Document]) -> Iterator["Doc"]:
        """spaCy docs for documents, in order; long texts are parsed in pieces and joined."""
        from spacy.tokens import Doc

        pieces: list[tuple[int, str]] = []
        for index, document in enumerate(documents):
            pieces.extend((index, chunk) for chunk in split_for_parsing(document.text, self.chunk_chars))
        current: list[Doc] = []
        current_index = 0
        for (index, _), doc in zip(pieces, self.nlp.pipe((chunk for _, chunk in pieces), batch_size=self.config.batch_size)):
            if index != current_index:
                yield current[0] if len(current) == 1 else Doc.from_docs(current, ensure_whitespace=False)
                current, current_index = [], index
            current.append(doc)
        if current:
            yield current[0] if len(current) == 1 else Doc.from_docs(current, ensure_whitespace=False)

    def warm_up(self) -> None:
        """Run the stages once over short texts of our own, with no time budget, so that what they
        load on first use (gazetteer, models) is never charged to the first real document."""
        self._cold = False
        for text in WARM_UP_TEXTS:
            analysis = Analysis(document=Document("warm-up", text), doc=self.nlp(text))
            for stage in self.stages:
                try:
                    stage(analysis)
                except Exception:  # it fails again, reported with its document, where it matters
                    log.debug("warm-up: stage %s failed", stage.name, exc_info=True)
                    break

    def run_stages(self, analysis: Analysis) -> DocumentResult:
        """The stages after parsing, within the document's time budget; a failure is the document's error."""
        document = analysis.document
        name = "parse"
        seconds = self.stage_seconds
        try:
            with time_limit(self.config.budget.max_seconds) as check:
                for index, stage in enumerate(self.stages):
                    name = stage.name
                    started = time.perf_counter()
                    stage(analysis)
                    seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - started
                    check()
                    if stage.name == "anatomy" and len(analysis.anatomy.briefs) > 1:
                        name = self._run_briefs(analysis, self.stages[index:], check)
                        break
        except TimeBudgetExceeded as exc:
            return self._failed(document, DocumentError(str(exc), doc_id=document.id, stage=name))
        except EventcoderError as exc:
            return self._failed(document, DocumentError(str(exc), doc_id=document.id, stage=name))
        except Exception as exc:  # a bug in a stage must not kill the batch; it is reported with its stage
            log.exception("stage %s failed on document %s", name, document.id)
            return self._failed(document, DocumentError(f"internal error: {type(exc).__name__}: {exc}",
                                                        doc_id=document.id, stage=name))
        return DocumentResult(document.id, events=analysis.events, aggregates=analysis.aggregates,
                              warnings=[*document.warnings, *analysis.warnings],
                              content_hash=document.content_hash, document=document, explanation=explain(analysis))

    def _run_briefs(self, analysis: Analysis, stages: list[Stage], check: Callable[[], None]) -> str:
        """A digest of briefs ("BAMAKO — ...", then "BAMENDA — ..."): each brief is read as a story of its own,
        from its own anatomy on, so that its dateline's place, country and date are its own; the records come
        back with the digest's offsets. Returns the last stage run (named in a failure)."""
        document, name = analysis.document, "anatomy"
        readings = []
        for brief in analysis.anatomy.briefs:
            part = Analysis(document=replace(document, text=brief.text, title=None),
                            doc=_sub_doc(analysis.doc, brief.start, brief.end, self.nlp))
            for stage in stages:
                name = stage.name
                started = time.perf_counter()
                stage(part)
                if stage.name == "anatomy":
                    part.anatomy.briefs = []
                self.stage_seconds[name] = self.stage_seconds.get(name, 0.0) + time.perf_counter() - started
                check()
            analysis.events.extend(shifted_event(e, brief.start) for e in part.events)
            analysis.aggregates.extend(shifted_aggregate(a, brief.start) for a in part.aggregates)
            analysis.warnings.extend(w for w in part.warnings if w not in analysis.warnings)
            if isinstance(part.extras.get("confidence"), dict):  # (each record's reasons, by its id)
                analysis.extras.setdefault("confidence", {}).update(part.extras["confidence"])
            readings.append({**explain(part), "offset": brief.start})
        analysis.extras["briefs"] = readings
        return name

    @staticmethod
    def _failed(document: Document, error: DocumentError) -> DocumentResult:
        return DocumentResult(document.id, error=error, content_hash=document.content_hash, document=document)

    def _screened(self, item: Document | DocumentError) -> Document | DocumentResult:
        if isinstance(item, DocumentError):
            return DocumentResult(item.doc_id, error=item)
        try:
            return screen(item, self.config.budget)
        except DocumentError as exc:
            return self._failed(item, exc)

    def _parse_isolated(self, documents: list[Document]) -> Iterator[tuple["Doc | DocumentError", float]]:
        """``(doc, seconds)`` per document, in order, parsed in groups of bounded size. If a group
        fails, its documents are parsed one by one and only those that still fail carry an error."""
        group: list[Document] = []
        size = 0
        for document in [*documents, None]:
            if group and (document is None or size + len(document.text) > PARSE_GROUP_CHARS):
                yield from self._parse_group(group)
                group, size = [], 0
            if document is not None:
                group.append(document)
                size += len(document.text)

    def _parse_group(self, group: list[Document]) -> Iterator[tuple["Doc | DocumentError", float]]:
        started = time.perf_counter()
        try:
            docs: list[Doc | DocumentError] | None = list(self.parse(group))
        except Exception as exc:  # a failure inside spaCy: find the document that causes it
            docs = None if len(group) > 1 else [
                DocumentError(f"internal error: {type(exc).__name__}: {exc}", doc_id=group[0].id, stage="parse")]
        if docs is None:
            log.warning("parsing a group of %d documents failed; parsing them one by one", len(group))
            for document in group:
                yield from self._parse_group([document])
            return
        seconds = time.perf_counter() - started
        total = sum(len(d.text) for d in group) or 1
        for document, doc in zip(group, docs):
            yield doc, seconds * len(document.text) / total

    def process(self, items: Iterable[Document | DocumentError]) -> Iterator[DocumentResult]:
        """One :class:`DocumentResult` per input item, in input order, streaming batch by batch.
        Nothing one document holds can stop the others: every failure is that document's error."""
        iterator = iter(items)
        while batch := list(islice(iterator, self.config.batch_size)):
            if self._cold:
                self.warm_up()
            gated = [self.language_gate(item) if isinstance(item, Document) else item for item in batch]
            screened = [self._screened(item) if not isinstance(item, Refused) else item for item in gated]
            parsed = self._parse_isolated([item for item in screened if isinstance(item, Document)])
            for item in screened:
                if isinstance(item, DocumentResult):
                    yield item
                    continue
                if isinstance(item, Refused):  # a language the stages do not read: no events, a warning
                    refused = item.document
                    yield DocumentResult(refused.id, warnings=list(refused.warnings),
                                         content_hash=refused.content_hash, document=refused)
                    continue
                doc, seconds = next(parsed)
                if isinstance(doc, DocumentError):
                    result = self._failed(item, doc)
                else:
                    self.stage_seconds["parse"] += seconds
                    started = time.perf_counter()
                    result = self.run_stages(Analysis(document=item, doc=doc))
                    seconds += time.perf_counter() - started
                result.seconds = seconds
                yield result


def _sub_doc(doc: "Doc | None", start: int, end: int, nlp: "Language") -> "Doc | None":
    """The parse of ``doc``'s characters ``start:end`` as a Doc of its own (parsed afresh when the span
    does not fall on token boundaries)."""
    if doc is None:
        return None
    span = doc.char_span(start, end)
    return span.as_doc() if span is not None else nlp(doc.text[start:end])


def shifted_event(event: Event, offset: int) -> Event:
    """``event`` with its evidence and claims moved ``offset`` characters on: a brief's records in its digest."""
    return replace(event, evidence={k: [_shifted(s, offset) for s in v] for k, v in event.evidence.items()},
                   claims=[replace(c, span=_shifted(c.span, offset)) if c.span else c for c in event.claims])


def shifted_aggregate(claim: AggregateClaim, offset: int) -> AggregateClaim:
    return replace(claim, span=_shifted(claim.span, offset)) if claim.span is not None else claim


def _shifted(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset, span.text)


def split_for_parsing(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about ``limit`` characters, cut after paragraph (or line, or space) ends,
    that join back to exactly ``text``."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"), window.rfind(". "), window.rfind(" "))
        end = start + (cut + 1 if cut > 0 else limit)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def check_stage_order(stages: list[Stage]) -> None:
    """Raise if a stage requires something no earlier stage assigns (spaCy's pipe analysis, in small)."""
    assigned = {"doc", "document"}
    for stage in stages:
        missing = [r for r in stage.requires if r not in assigned and r.split(".")[0] not in assigned]
        if missing:
            raise EventcoderError(f"stage {stage.name!r} requires {missing}, which no earlier stage assigns")
        assigned.update(stage.assigns)


def _as_document(item: Any, index: int, published: dt.date | None, country: str | None) -> Document | DocumentError:
    if isinstance(item, (Document, DocumentError)):
        return item
    if isinstance(item, str):
        item = {"id": f"doc-{index}", "text": item}
    try:
        return document_from_dict(item, where=f"document #{index}", default_id=None, published=published, country=country)
    except DocumentError as exc:
        return exc
    except Exception as exc:  # a value the reader never makes (an int too long to print...): this document's error
        return DocumentError(f"unusable document: {type(exc).__name__}: {exc}", source=f"document #{index}")


def process(documents: Iterable[Document | dict[str, Any] | str] | Document | dict[str, Any] | str, *, config: PipelineConfig | None = None,
            published: dt.date | None = None, country: str | None = None,
            pipeline: Pipeline | None = None) -> Iterator[DocumentResult]:
    """Run the pipeline over documents (Document objects, dicts in the input format, or plain strings),
    or over one document given alone (``process("Police fired tear gas ...")``).

    Yields one :class:`DocumentResult` per document, errors included, in input order.
    """
    if isinstance(documents, (str, dict, Document)):  # one document, not an iterable of characters or keys
        documents = [documents]
    pipeline = pipeline or Pipeline.from_config(config)
    items = (_as_document(item, i, published, country) for i, item in enumerate(documents))
    yield from pipeline.process(items)


def extract(documents: Iterable[Document | dict[str, Any] | str] | Document | dict[str, Any] | str, *, config: PipelineConfig | None = None,
            published: dt.date | None = None, country: str | None = None,
            on_error: Callable[[DocumentError], None] | None = None,
            pipeline: Pipeline | None = None) -> Iterator[Event]:
    """Stream the events found in documents. A document that fails is passed to ``on_error``
    (default: logged as a warning) and the rest go on."""
    for result in process(documents, config=config, published=published, country=country, pipeline=pipeline):
        if result.error is not None:
            if on_error is None:
                log.warning("%s", result.error)
            else:
                on_error(result.error)
            continue
        yield from result.events
