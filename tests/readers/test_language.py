"""Languages: each document's language is detected; English is coded, any other language is held
back with a warning and no events; a translator plugs in before parsing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from eventcoder.documents import Document
from eventcoder.language import NOT_CODED, LanguageGate, Refused, detect_language

ARTICLES = {
    "fr": "Des centaines de manifestants ont bloqué les routes à Bassora mercredi, réclamant des emplois et la "
          "démission du gouverneur. La police a tué deux manifestants et blessé douze personnes.",
    "es": "Cientos de manifestantes bloquearon las carreteras en Basora el miércoles, exigiendo empleos y la "
          "dimisión del gobernador. La policía mató a dos manifestantes e hirió a doce personas.",
    "ar": "أغلق مئات المتظاهرين الطرق في البصرة يوم الأربعاء مطالبين بفرص عمل واستقالة المحافظ. وقتلت الشرطة "
          "متظاهرين اثنين وأصابت اثني عشر شخصا.",
}
ENGLISH = "Security forces killed two protesters in Basra on Wednesday and wounded twelve people, medics said."


@pytest.mark.parametrize("code", sorted(ARTICLES))
def test_other_languages_are_detected(code):
    assert detect_language(ARTICLES[code])[0] == code


@pytest.mark.parametrize("text", [
    ENGLISH,
    # English crowded with foreign names is still English
    "On 9 May 2020, in Pesqueria, Nuevo Leon, a person was found dead in Colonia Colinas de San Juan.",
    "On 2 May 2020, a police officer was shot dead by IS snipers in Zaghniya village in Diyala province.",
])
def test_english_is_english(text):
    assert detect_language(text)[0] == "en"


# short wire copy whose names outweigh its words (stop 21): the detector alone calls these Tagalog, Sotho, Shona
@pytest.mark.parametrize("text", [
    "DAVAO, Philippines - Abu Sayyaf gunmen abducted 4 in Jolo, Patikul.",
    "Bandits kill 7 in Gusau, Anka, Bukkuyum raids",
    "BULAWAYO, Zimbabwe - Police arrest ZCTU activists in Makokoba, Nkulumane, Lobengula.",
])
def test_short_english_crowded_with_names_is_not_refused(text):
    detected = detect_language(text)
    assert detected is None or detected[0] == "en"
    assert LanguageGate()(Document(id="w", text=text)).id == "w"


@pytest.mark.parametrize(("text", "code"), [
    ("Lalaki, patay sa pamamaril sa Tondo ngayong Biyernes.", "tl"),
    ("Polisen grep två män i Uppsala på fredagen efter rånet.", "sv"),
    ("Tres heridos en un tiroteo en Rosario, Santa Fe.", "es"),
])
def test_short_text_in_another_language_is_still_refused(text, code):
    assert detect_language(text)[0] == code
    refused = LanguageGate()(Document(id="x", text=text))
    assert isinstance(refused, Refused) and NOT_CODED in refused.warning and "English only" in refused.warning


def test_short_text_is_not_called():
    assert detect_language("Basra, 16 Jan") is None


def test_gate_holds_back_other_languages_with_a_warning():
    document = Document(id="fr-1", text=ARTICLES["fr"], published=dt.date(2020, 1, 16))
    refused = LanguageGate()(document)
    assert isinstance(refused, Refused) and refused.document.language == "fr"
    assert "French" in refused.warning and NOT_CODED in refused.warning
    assert refused.warning in refused.document.warnings


def test_gate_passes_english_and_falls_back_to_the_declared_language_for_short_texts():
    english = Document(id="en", text=ENGLISH)
    assert LanguageGate()(english) is english
    assert isinstance(LanguageGate()(Document(id="s", text="Bassora, 16 janv.", language="fr")), Refused)
    assert LanguageGate()(Document(id="s", text="Basra, 16 Jan")).id == "s"  # unknown: coded


def test_a_translator_slots_in_before_parsing():
    def translate(document: Document) -> Document:
        return dataclasses.replace(document, text=ENGLISH, language="en")

    coded = LanguageGate(translator=translate)(Document(id="fr-1", text=ARTICLES["fr"]))
    assert isinstance(coded, Document) and coded.text == ENGLISH
    assert any("coded from a translation" in w for w in coded.warnings)


@pytest.mark.slow
def test_pipeline_codes_english_and_gives_no_events_for_other_languages(pipeline):
    documents = [Document(id=code, text=text, published=dt.date(2020, 1, 16)) for code, text in ARTICLES.items()]
    documents.append(Document(id="en", text=ENGLISH, published=dt.date(2020, 1, 16)))
    results = {r.doc_id: r for r in pipeline.process(documents)}
    for code in ARTICLES:
        assert results[code].events == [] and results[code].error is None
        assert any(NOT_CODED in w for w in results[code].warnings)
    assert results["en"].events and not any(NOT_CODED in w for w in results["en"].warnings)
