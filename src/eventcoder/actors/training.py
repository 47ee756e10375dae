"""Learn actor names from a user's own ACLED export, and use them on top of the lexicon.

``fit_actor_model(rows, out_dir)`` fits, for actor1 and actor2, a linear classifier over the event
text (word 1-2-grams), its sub-event type and the lexicon's own choice, predicting the actor's
name as a template: government periods become ``{period}`` and the event's country ``{country}``,
so a model trained on 2019 names events of 2020 with the period in power then. It also learns the
export's naming day (ACLED relabels a period once it ends) and the periods of states the bundled
table lacks. Files (no pickle: numpy arrays and JSON), under ``out_dir/actors/``:
``weights.npz`` and ``meta.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..analysis import ActorRef
from ..errors import ModelError
from ..record import Span
from .roles import ActorContext, RoleAssignment
from .states import state_actor_name

if TYPE_CHECKING:
    import numpy as np

    from .resolver import ActorResolver

__all__ = ["fit_actor_model", "load_actor_model", "model_path", "ActorModel", "actor_template", "MODEL_SUBDIR"]

MODEL_SUBDIR = "actors"
FORMAT_VERSION = 1
ROLES = ("actor1", "actor2")
#: Below this probability the lexicon's choice is kept (unless training chose other thresholds).
MIN_PROBABILITY = 0.35
#: Thresholds tried on the latest tenth of the training rows: one for overriding a lexicon default,
#: one for overriding a lexicon choice backed by a phrase.
THRESHOLD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
#: Below this many rows the thresholds are not tuned.
MIN_TUNING_ROWS = 200
_PERIOD = re.compile(r" \((\d{4})-(\d{4})?\)")
_STATE = re.compile(r"^(Military Forces|Police Forces|Government) of (?:the )?(.+?) \((\d{4})-(\d{4})?\)(?: (.+))?$")
_STATE_TEMPLATE = re.compile(r"^(Military Forces|Police Forces|Government) of (?:the )?(.+?) \{period\}(?: (.+))?$")
_TOKEN_PATTERN = r"(?u)\b\w[\w'-]*\b"


def model_path(model_dir: Path) -> Path:
    """Where a model directory keeps the actor model's metadata."""
    return Path(model_dir) / MODEL_SUBDIR / "meta.json"


def actor_template(name: str, country: str | None) -> str:
    """"Military Forces of Iraq (2018-2020) Peshmerga" -> "Military Forces of Iraq {period} Peshmerga";
    "Protesters (Iraq)" with country Iraq -> "Protesters ({country})"."""
    name = _PERIOD.sub(" {period}", name.strip())
    if country and name.endswith(f"({country})"):
        name = name[: -len(country) - 2] + "({country})"
    return name


def _features(sentence: str, sub_event_type: str, rule_name: str | None, country: str | None) -> str:
    rule = actor_template(rule_name, country) if rule_name else "none"
    return (f"{sentence} __sub_{re.sub(r'[^A-Za-z]+', '_', sub_event_type)} "
            f"__rule_{re.sub(r'[^A-Za-z]+', '_', rule)}")


def _parse_day(text: str) -> dt.date | None:
    for fmt in ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d-%b-%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except (ValueError, AttributeError):
            pass
    return None


def _naming_day(rows: list[dict[str, str]], resolver: "ActorResolver") -> dt.date | None:
    """The day the export's names were written: after its last event, and after the start of every
    period its labels show as closed."""
    days = [d for d in (_parse_day(r.get("event_date", "")) for r in rows) if d]
    bound = max(days) if days else None
    for row in rows:
        for role in ROLES:
            state = _STATE.match(row.get(role) or "")
            period = _PERIOD.search(row.get(role) or "")
            if not state or not period or not period.group(2):
                continue
            country = resolver.country(state.group(2))
            if country is None:
                continue
            closing = [s for s in country.periods if s.year == int(period.group(2)) and s.year > int(period.group(1))]
            if closing and (bound is None or closing[0] > bound):
                bound = closing[0]
    return bound


def _learned_periods(rows: list[dict[str, str]], resolver: "ActorResolver") -> dict[str, list[list[str]]]:
    """For states the bundled table has no periods for: each label seen, with its first and last day."""
    seen: dict[str, dict[str, list[dt.date]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        day = _parse_day(row.get("event_date", ""))
        for role in ROLES:
            state = _STATE.match(row.get(role) or "")
            period = _PERIOD.search(row.get(role) or "")
            if not state or not period or day is None:
                continue
            country = resolver.country(state.group(2))
            if country is not None and country.periods:
                continue
            seen[state.group(2)][period.group(0).strip()[1:-1]].append(day)
    return {name: sorted([[label, min(d).isoformat(), max(d).isoformat()] for label, d in labels.items()], key=lambda x: x[1])
            for name, labels in seen.items()}


def _fit_classifier(texts: list[str], labels: list[str]) -> tuple[Any, Any]:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, max_features=40_000, sublinear_tf=True,
                                 token_pattern=_TOKEN_PATTERN, lowercase=True, dtype=np.float32)
    classifier = LogisticRegression(C=10.0, max_iter=300)
    classifier.fit(vectorizer.fit_transform(texts), labels)
    return vectorizer, classifier


def _tune_thresholds(texts: list[str], labels: list[str], rule_labels: list[str], backed: list[bool]) -> dict[str, float]:
    """How sure the model must be to override the lexicon, chosen on the latest tenth of the rows
    (a model fitted on the rest) so that it overrides only where that helped there."""
    cut = int(len(texts) * 0.9)
    if len(texts) < MIN_TUNING_ROWS or len(set(labels[:cut])) < 2:
        return {"default": MIN_PROBABILITY, "evidence": MIN_PROBABILITY}
    vectorizer, classifier = _fit_classifier(texts[:cut], labels[:cut])
    probabilities = classifier.predict_proba(vectorizer.transform(texts[cut:]))
    predicted = [str(classifier.classes_[i]) for i in probabilities.argmax(axis=1)]
    confidence = probabilities.max(axis=1)
    best: tuple[int, float, float] | None = None
    for when_default in THRESHOLD_GRID:
        for when_backed in THRESHOLD_GRID:
            correct = 0
            for i, label in enumerate(predicted):
                j = cut + i
                threshold = when_backed if backed[j] else when_default
                override = label != rule_labels[j] and confidence[i] >= threshold and not (label == "none" and backed[j])
                correct += (label if override else rule_labels[j]) == labels[j]
            if best is None or correct > best[0]:
                best = (correct, when_default, when_backed)
    assert best is not None
    return {"default": best[1], "evidence": best[2]}


def fit_actor_model(rows: list[dict[str, str]], out_dir: Path, *, resolver: "ActorResolver | None" = None) -> None:
    """Fit the actor-name model on ACLED rows (columns notes, sub_event_type, event_date, country,
    actor1, inter1, actor2, inter2) and write it under ``out_dir/actors/``."""
    import numpy as np

    from .resolver import ActorResolver

    resolver = resolver or ActorResolver()
    usable = [r for r in rows if (r.get("notes") or "").strip() and r.get("sub_event_type") and r.get("actor1")]
    if len(usable) < 20:
        raise ModelError(f"only {len(usable)} ACLED rows with notes, sub_event_type and actor1; "
                         "train the actor model on at least 20")
    as_of = _naming_day(usable, resolver)
    arrays: dict[str, Any] = {}
    meta: dict[str, Any] = {"format": FORMAT_VERSION, "as_of": as_of.isoformat() if as_of else None,
                            "periods": _learned_periods(usable, resolver), "roles": {}}
    usable.sort(key=lambda r: _parse_day(r.get("event_date", "")) or dt.date.min)
    for role in ROLES:
        texts, labels, rule_labels, backed = [], [], [], []
        inter_votes: dict[str, Counter[int]] = defaultdict(Counter)
        for row in usable:
            country = row.get("country") or None
            day = _parse_day(row.get("event_date", ""))
            context = resolver.context(country, day, as_of)
            notes = row["notes"]
            rules = resolver.resolve(notes, 0, len(notes), row["sub_event_type"], context)
            rule_ref = getattr(rules, role)
            label = actor_template(row.get(role) or "", country) or "none"
            texts.append(_features(notes, row["sub_event_type"], rule_ref.name if rule_ref else None, country))
            labels.append(label)
            rule_labels.append(actor_template(rule_ref.name, country) if rule_ref else "none")
            backed.append(rule_ref is not None and rule_ref.span is not None)
            inter = row.get(f"inter{role[-1]}") or ""
            if inter.strip().isdigit() and int(inter) > 0:
                inter_votes[label][int(inter)] += 1
        if len(set(labels)) < 2:
            meta["roles"][role] = {"constant": labels[0]}
            continue
        thresholds = _tune_thresholds(texts, labels, rule_labels, backed)
        vectorizer, classifier = _fit_classifier(texts, labels)
        vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        arrays[f"{role}_coef"] = classifier.coef_.astype(np.float32)
        arrays[f"{role}_intercept"] = classifier.intercept_.astype(np.float32)
        arrays[f"{role}_idf"] = vectorizer.idf_.astype(np.float32)
        meta["roles"][role] = {"classes": [str(c) for c in classifier.classes_], "vocabulary": vocabulary,
                               "inter": {label: votes.most_common(1)[0][0] for label, votes in inter_votes.items()},
                               "thresholds": thresholds}
    target = Path(out_dir) / MODEL_SUBDIR
    target.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(target / "weights.npz", **arrays)
    (target / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


@dataclass
class _RoleModel:
    classes: list[str]
    vocabulary: list[str]
    inter: dict[str, int]
    thresholds: dict[str, float]
    coef: "np.ndarray"
    intercept: "np.ndarray"
    idf: "np.ndarray"
    analyzer: Any = field(default=None, repr=False)
    index: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        from sklearn.feature_extraction.text import CountVectorizer

        self.index = {term: i for i, term in enumerate(self.vocabulary)}
        self.analyzer = CountVectorizer(ngram_range=(1, 2), token_pattern=_TOKEN_PATTERN, lowercase=True).build_analyzer()

    def predict(self, features: str) -> tuple[str, float, str | None]:
        """The most likely label, its probability, and the n-gram that weighed most for it."""
        import numpy as np

        counts: Counter[int] = Counter(self.index[t] for t in self.analyzer(features) if t in self.index)
        if not counts:
            return "none", 0.0, None
        columns = np.fromiter(counts.keys(), dtype=np.int64)
        values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32))) * self.idf[columns]
        values /= np.linalg.norm(values) or 1.0
        scores = self.coef[:, columns] @ values + self.intercept
        if len(self.classes) == 2 and self.coef.shape[0] == 1:  # binary logistic regression keeps one row
            p = 1.0 / (1.0 + np.exp(-scores[0]))
            probabilities = np.array([1 - p, p])
        else:
            shifted = np.exp(scores - scores.max())
            probabilities = shifted / shifted.sum()
        best = int(np.argmax(probabilities))
        row = self.coef[best if self.coef.shape[0] > 1 else 0] * (1 if best or self.coef.shape[0] > 1 else -1)
        contributions = row[columns] * values
        top = self.vocabulary[int(columns[int(np.argmax(contributions))])]
        return self.classes[best], float(probabilities[best]), None if top.startswith("__") else top


class ActorModel:
    """A fitted actor-name model; :meth:`refine` replaces the lexicon's actor1/actor2 when confident."""

    def __init__(self, meta: dict[str, Any], arrays: dict[str, "np.ndarray"], resolver: "ActorResolver") -> None:
        self.resolver = resolver
        self.as_of = dt.date.fromisoformat(meta["as_of"]) if meta.get("as_of") else None
        self.periods: dict[str, list[list[str]]] = meta.get("periods") or {}
        self.roles: dict[str, _RoleModel | str] = {}
        for role, spec in meta["roles"].items():
            if "constant" in spec:
                self.roles[role] = spec["constant"]
            else:
                self.roles[role] = _RoleModel(spec["classes"], spec["vocabulary"], spec.get("inter", {}),
                                              spec.get("thresholds") or {"default": MIN_PROBABILITY, "evidence": MIN_PROBABILITY},
                                              arrays[f"{role}_coef"], arrays[f"{role}_intercept"], arrays[f"{role}_idf"])

    def _period(self, state: str, on: dt.date | None) -> str | None:
        labels = self.periods.get(state)
        if not labels:
            return None
        if on is None:
            return labels[-1][0]
        started = [label for label, first, _ in labels if dt.date.fromisoformat(first) <= on]
        return started[-1] if started else labels[0][0]

    def name(self, template: str, context: ActorContext) -> tuple[str, int | None]:
        """A learned template filled for one event: its name, and its inter code when known."""
        state = _STATE_TEMPLATE.match(template)
        if state:
            country = self.resolver.country(state.group(2))
            if country is not None and country.periods:
                name = state_actor_name(state.group(1), country, context.on, as_of=context.as_of, unit=state.group(3))
            else:
                period = self._period(state.group(2), context.on)
                name = template.replace("{period}", f"({period})" if period else "").replace("  ", " ").strip()
            own = context.country is not None and country is not None and country.name == context.country.name
            return name, 1 if own or context.country is None else 8
        country_name = context.country.name if context.country else ""
        return template.replace("{country}", country_name), None

    def refine(self, roles: RoleAssignment, *, text: str, sentence: str, sub_event_type: str, context: ActorContext,
               offset: int = 0) -> RoleAssignment:
        """``roles`` with actor1/actor2 replaced by the learned names where the model is confident."""
        country = context.country.name if context.country else None
        for role in ROLES:
            model = self.roles.get(role)
            current: ActorRef | None = getattr(roles, role)
            if model is None:
                continue
            if isinstance(model, str):
                label, probability, evidence = model, 1.0, None
            else:
                label, probability, evidence = model.predict(
                    _features(sentence, sub_event_type, current.name if current else None, country))
            backed = current is not None and current.span is not None
            if not isinstance(model, str):
                if probability < model.thresholds["evidence" if backed else "default"]:
                    continue
            elif probability < MIN_PROBABILITY:
                continue
            if label == "none":
                if current is not None and current.span is None:  # a default the model says ACLED leaves empty
                    setattr(roles, role, None)
                continue
            if current is not None and actor_template(current.name, country) == label:
                current.confidence = max(current.confidence, round(probability, 3))
                continue
            name, inter = self.name(label, context)
            if inter is None:
                inter = model.inter.get(label) if not isinstance(model, str) else None
            if inter is None:
                continue
            setattr(roles, role, ActorRef(name, inter, _evidence(text, sentence, offset, evidence), round(probability, 3)))
        return roles


def _evidence(text: str, sentence: str, offset: int, term: str | None) -> Span | None:
    """The span of the n-gram that weighed most, found in the sentence."""
    if not term:
        return None
    words = [re.escape(w) for w in term.split()]
    match = re.search(r"\b" + r"\W+".join(words) + r"\b", sentence, re.I)
    if not match:
        return None
    start, end = offset + match.start(), offset + match.end()
    return Span(start, end, text[start:end])


def load_actor_model(model_dir: Path, *, resolver: "ActorResolver | None" = None) -> ActorModel:
    """Load the actor model of a model directory written by ``eventcoder train``."""
    import numpy as np

    from .resolver import ActorResolver

    meta_file = model_path(model_dir)
    weights = meta_file.with_name("weights.npz")
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        with np.load(weights, allow_pickle=False) as data:
            arrays = {key: data[key] for key in data.files}
    except (OSError, ValueError) as exc:
        raise ModelError(f"actor model in {meta_file.parent} cannot be read ({exc}); "
                         "retrain it with: eventcoder train ACLED.csv -o MODEL_DIR") from exc
    if meta.get("format") != FORMAT_VERSION:
        raise ModelError(f"actor model in {meta_file.parent} has format {meta.get('format')!r}, expected "
                         f"{FORMAT_VERSION}; retrain it with: eventcoder train ACLED.csv -o MODEL_DIR")
    return ActorModel(meta, arrays, resolver or ActorResolver())
