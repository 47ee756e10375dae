"""A synthetic news corpus for benchmarks: short protest and violence reports built from templates.

Deterministic (the same ``seed`` and index give the same document) and streamed, so a million
documents cost no memory. The text is written for this project; it imitates the shape of wire
reports (who, what, where, when, how many, according to whom), not any real article.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from ..documents import Document, document_from_dict

__all__ = ["synthetic_documents", "synthetic_items", "count_words"]

_PLACES = [("Baghdad", "Iraq"), ("Basra", "Iraq"), ("Nasiriyah", "Iraq"), ("Najaf", "Iraq"), ("Karbala", "Iraq"),
           ("Mosul", "Iraq"), ("Beirut", "Lebanon"), ("Tripoli", "Lebanon"), ("Khartoum", "Sudan"),
           ("Omdurman", "Sudan"), ("Lagos", "Nigeria"), ("Abuja", "Nigeria"), ("Santiago", "Chile"),
           ("Valparaiso", "Chile"), ("Dhaka", "Bangladesh"), ("La Paz", "Bolivia")]
_PROTESTERS = ["demonstrators", "protesters", "students", "teachers", "farmers", "unemployed graduates",
               "supporters of the opposition", "residents"]
_FORCES = ["security forces", "riot police", "the police", "soldiers", "an armed group", "unidentified gunmen"]
_SOURCES = ["a medical source said", "police said", "witnesses told reporters", "the health ministry said",
            "local officials said", "activists said"]
_DEMANDS = ["jobs and better public services", "the resignation of the government", "an end to corruption",
            "the release of detained activists", "electricity and clean water", "higher wages"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_NUMBERS = ["two", "three", "five", "seven", "12", "dozens of", "at least 20", "more than 100"]

_SENTENCES = [
    "Hundreds of {who} gathered in {place} on {day} to demand {demand}.",
    "{Force} fired tear gas and live ammunition to disperse {who} in {place}, killing {n} people, {source}.",
    "In {place}, {who} blocked roads and burned tyres outside the provincial council building.",
    "{Force} arrested {n} {who} after a sit-in near the main square of {place} on {day}.",
    "{N} people were wounded when {force} clashed with {who} in {place}, {source}.",
    "A roadside bomb struck a patrol of {force} on the outskirts of {place} on {day}, {source}.",
    "{Who} marched peacefully through central {place} calling for {demand}.",
    "The protests, which began in October, have spread to several cities, {source}.",
    "No group has claimed responsibility for the attack in {place}.",
    "Residents said the situation in {place} was calm on {day} evening.",
]


def _fill(template: str, rng: random.Random, place: str) -> str:
    who, force, n = rng.choice(_PROTESTERS), rng.choice(_FORCES), rng.choice(_NUMBERS)
    values = {"who": who, "Who": who[:1].upper() + who[1:], "force": force, "Force": force[:1].upper() + force[1:],
              "n": n, "N": n[:1].upper() + n[1:], "place": place, "day": rng.choice(_WEEKDAYS),
              "demand": rng.choice(_DEMANDS), "source": rng.choice(_SOURCES)}
    return template.format(**values)


def synthetic_documents(count: int, *, seed: int = 0, sentences: tuple[int, int] = (3, 8),
                        start: dt.date = dt.date(2020, 1, 1)) -> Iterator[dict[str, Any]]:
    """``count`` documents in the input format (``id``, ``text``, ``published``, ``country``), streamed.

    Each has between ``sentences[0]`` and ``sentences[1]`` sentences, in paragraphs of up to three.
    """
    low, high = sentences
    for index in range(count):
        rng = random.Random(f"{seed}:{index}")
        place, country = rng.choice(_PLACES)
        body = [_fill(rng.choice(_SENTENCES), rng, place) for _ in range(rng.randint(low, high))]
        paragraphs = [" ".join(body[i:i + 3]) for i in range(0, len(body), 3)]
        yield {"id": f"synthetic-{seed}-{index:07d}", "text": "\n\n".join(paragraphs),
               "published": (start + dt.timedelta(days=index % 366)).isoformat(), "country": country}


def synthetic_items(count: int, *, seed: int = 0, sentences: tuple[int, int] = (3, 8)) -> Iterator[Document]:
    """:func:`synthetic_documents` as validated :class:`Document` objects, ready for the pipeline."""
    for index, record in enumerate(synthetic_documents(count, seed=seed, sentences=sentences)):
        yield document_from_dict(record, where=f"synthetic #{index}")


def count_words(text: str) -> int:
    """Words as whitespace-separated tokens (the unit of words/s figures)."""
    return len(text.split())
