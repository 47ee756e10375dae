"""The places stage over hand-made Analysis objects (no spaCy model needed)."""

from eventcoder.analysis import Analysis, EventMention
from eventcoder.documents import Document
from eventcoder.pipeline import PipelineConfig
from eventcoder.record import Span
from eventcoder.stages import Stage
from eventcoder.stages.places import PlacesStage, create


def _mention(text: str, sentence: str, trigger: str) -> EventMention:
    s = text.index(sentence)
    t = text.index(trigger, s)
    return EventMention(sentence=Span(s, s + len(sentence), sentence), trigger=Span(t, t + len(trigger), trigger),
                        event_type="Protests", sub_event_type="Peaceful protest", confidence=0.9)


def test_contract(tmp_path):
    stage = create(PipelineConfig(gazetteer_dir=tmp_path))
    assert isinstance(stage, Stage)
    assert stage.name == "places" and stage.requires == ("doc", "mentions") and stage.assigns == ("mentions.place",)


def test_each_mention_gets_its_place_and_the_document_its_country(bundled_index):
    text = ("Militias from Basra attacked protesters in Nasiriyah on Friday. "
            "The next day, demonstrators rallied in Baghdad's Tahrir Square. "
            "Police fired tear gas.")
    sentences = [s + "." for s in text.split(". ") if s]
    sentences[-1] = sentences[-1].rstrip(".")
    analysis = Analysis(document=Document(id="d1", text=text, country=None))
    analysis.mentions = [_mention(text, sentences[0], "attacked"), _mention(text, sentences[1], "rallied"),
                         _mention(text, sentences[2], "fired")]
    PlacesStage(PipelineConfig(), gazetteer=bundled_index)(analysis)
    first, second, third = (m.place for m in analysis.mentions)
    assert first.location == "Nasiriyah" and first.admin1 == "Dhi Qar" and first.country == "Iraq"
    assert text[first.span.start:first.span.end] == "Nasiriyah"
    assert second.location == "Tahrir Square" and second.admin1 == "Baghdad"
    assert third.location == "Tahrir Square" and third.confidence < second.confidence  # carried over
    assert analysis.extras["country"] == "Iraq"
    assert {p["text"] for p in analysis.extras["places"]} >= {"Basra", "Nasiriyah", "Tahrir Square"}
    assert analysis.mentions[0].evidence["location"][0].text == "Nasiriyah"


def test_given_country_is_kept(bundled_index):
    text = "Hundreds protested in Kut."
    analysis = Analysis(document=Document(id="d2", text=text, country="Iraq"))
    analysis.mentions = [_mention(text, text, "protested")]
    PlacesStage(PipelineConfig(), gazetteer=bundled_index)(analysis)
    assert analysis.mentions[0].place.admin1 == "Wasit"
    assert analysis.extras["country_code"] == "IQ"


def test_no_mentions_still_records_places(bundled_index):
    analysis = Analysis(document=Document(id="d3", text="Life in Erbil was calm.", country="Iraq"))
    PlacesStage(PipelineConfig(), gazetteer=bundled_index)(analysis)
    assert analysis.extras["places"][0]["admin1"] == "Erbil"
