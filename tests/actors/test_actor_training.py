"""Training the actor-name model on a (tiny, hand-written) ACLED-like export and using it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventcoder.actors.resolver import ActorResolver
from eventcoder.actors.training import actor_template, fit_actor_model, load_actor_model, model_path
from eventcoder.errors import ModelError

# Invented rows in ACLED's columns. "Falcon Brigade" is not in the lexicon: only training can name it.
PATTERNS = [
    ("Falcon Brigade fighters attacked a checkpoint in {place}.", "Armed clash", "Falcon Brigade", "3",
     "Military Forces of Iraq (2018-2020)", "1"),
    ("Unknown gunmen attacked a shop owner in {place}.", "Attack", "Unidentified Armed Group (Iraq)", "3",
     "Civilians (Iraq)", "7"),
    ("Iraqi army units clashed with IS militants near {place}.", "Armed clash", "Military Forces of Iraq (2018-2020)", "1",
     "Islamic State (Iraq)", "2"),
]
PLACES = ["Hilla", "Kut", "Samarra", "Tikrit", "Baiji", "Ramadi", "Haditha", "Rutba", "Tuz", "Khalis"]


def rows() -> list[dict[str, str]]:
    out = []
    for i, place in enumerate(PLACES):
        for notes, sub, a1, i1, a2, i2 in PATTERNS:
            day = dt.date(2019, 3, 1) + dt.timedelta(days=10 * i)
            out.append({"notes": notes.format(place=place), "sub_event_type": sub, "event_date": day.strftime("%d-%b-%y"),
                        "country": "Iraq", "actor1": a1, "inter1": i1, "actor2": a2, "inter2": i2})
    return out


def test_template_replaces_period_and_event_country() -> None:
    assert actor_template("Military Forces of Iraq (2018-2020) Peshmerga", "Iraq") == "Military Forces of Iraq {period} Peshmerga"
    assert actor_template("Protesters (Iraq)", "Iraq") == "Protesters ({country})"
    assert actor_template("Islamic State (Syria)", "Iraq") == "Islamic State (Syria)"


def test_trained_model_learns_names_the_lexicon_lacks_and_fills_periods_by_date(tmp_path: Path) -> None:
    resolver = ActorResolver()
    fit_actor_model(rows(), tmp_path, resolver=resolver)
    assert model_path(tmp_path).exists() and (tmp_path / "actors" / "weights.npz").exists()
    meta = json.loads(model_path(tmp_path).read_text(encoding="utf-8"))
    assert meta["as_of"] >= "2020-05-07"  # "(2018-2020)" in the export: it was written after May 2020
    model = load_actor_model(tmp_path, resolver=resolver)
    text = "Falcon Brigade fighters attacked a checkpoint in Baquba."
    context = resolver.context("Iraq", dt.date(2020, 6, 1), model.as_of)
    before = resolver.resolve(text, 0, len(text), "Armed clash", context)
    assert before.actor1 is not None and before.actor1.name != "Falcon Brigade"
    after = model.refine(before, text=text, sentence=text, sub_event_type="Armed clash", context=context)
    assert after.actor1 is not None and (after.actor1.name, after.actor1.inter) == ("Falcon Brigade", 3)
    assert after.actor1.span is not None and after.actor1.span.text.lower() in text.lower()
    assert after.actor2 is not None and after.actor2.name == "Military Forces of Iraq (2020-)"


def test_too_few_rows_and_unreadable_models_raise_model_errors(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="at least 20"):
        fit_actor_model(rows()[:5], tmp_path)
    with pytest.raises(ModelError, match="eventcoder train"):
        load_actor_model(tmp_path / "missing")
