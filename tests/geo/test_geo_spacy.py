"""The places stage on a real parse of the bundled example articles."""

import json
from pathlib import Path

import pytest

from eventcoder.analysis import Analysis, EventMention
from eventcoder.documents import document_from_dict
from eventcoder.pipeline import PipelineConfig
from eventcoder.stages.places import PlacesStage

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds.jsonl"


@pytest.mark.slow
def test_seed_article_sentences_get_their_own_places(bundled_index):
    from eventcoder.nlp import load_nlp

    record = json.loads(SEEDS.read_text(encoding="utf-8").splitlines()[0])
    document = document_from_dict(record)
    doc = load_nlp()(document.text)
    analysis = Analysis(document=document, doc=doc)
    for sent in doc.sents:
        root = sent.root
        analysis.mentions.append(EventMention(
            sentence=analysis.span(sent.start_char, sent.end_char),
            trigger=analysis.span(root.idx, root.idx + len(root.text)),
            event_type="Protests", sub_event_type="Peaceful protest", confidence=0.5))
    PlacesStage(PipelineConfig(), gazetteer=bundled_index)(analysis)
    by_sentence = {m.sentence.text[:30]: m.place for m in analysis.mentions}
    kufa = next(p for s, p in by_sentence.items() if s.startswith("In Kufa"))
    assert kufa.admin1 == "Najaf" and kufa.geo_precision == 1
    karbala = next(p for s, p in by_sentence.items() if s.startswith("In Karbala"))
    assert karbala.admin1 == "Karbala"
    assert analysis.extras["country"] == "Iraq"
    assert all(m.place is not None for m in analysis.mentions)


@pytest.mark.slow
def test_a_surname_taken_from_a_town_is_not_that_town(geocoder):
    from eventcoder.nlp import load_nlp

    text = "IS named a new leader after the killing of Abu Bakr al-Baghdadi by US forces in Syria."
    places = geocoder.analyse(text, doc=load_nlp()(text), country="Iraq")
    assert all(r.place.name != "Baghdadi" for r in places.toponyms)
    text = "IS snipers killed two policemen in Nahiyat Yathrib of Balad district."  # a place spaCy may call a person
    places = geocoder.analyse(text, doc=load_nlp()(text), country="Iraq")
    assert any(r.place.name == "Yathrib" for r in places.toponyms)
