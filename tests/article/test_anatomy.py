"""Article anatomy on stories written for these tests: headline, dateline, furniture and the date a
story is filed under. Offsets are the text's own, so evidence spans stay exact."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.article.anatomy import read_anatomy

PUBLISHED = dt.date(2019, 11, 29)


def test_wire_story_headline_dateline_and_credits() -> None:
    text = ("Crackdown kills dozens in southern city\n"
            "BAGHDAD, Nov 28 (Reuters) - Security forces shot dead 18 protesters on Wednesday night.\n"
            "Reporting by Ali Hassan; Editing by Mark Ford")
    anatomy = read_anatomy(text, published=PUBLISHED)
    assert anatomy.headline is not None and anatomy.headline.text == "Crackdown kills dozens in southern city"
    dateline = anatomy.dateline
    assert dateline is not None
    assert dateline.place is not None and dateline.place.text == "BAGHDAD"
    assert text[dateline.place.start:dateline.place.end] == "BAGHDAD"
    assert dateline.date == dt.date(2019, 11, 28) and dateline.outlet == "Reuters"
    assert [s.text for s in anatomy.boilerplate] == ["Reporting by Ali Hassan; Editing by Mark Ford"]
    assert anatomy.filed == dt.date(2019, 11, 28)


@pytest.mark.parametrize(("text", "place"), [
    ("rajkot: mobs set fire to shops near the market on thursday.", "rajkot"),
    ("new delhi: opposition parties walked out of parliament.", "new delhi"),
    ("LAGOS, Nigeria \u2014 Police fired tear gas at marchers.", "LAGOS"),
    ("NAIROBI (AP) \u2014 Police fired tear gas at marchers.", "NAIROBI"),
    ("Ahmedabad, March 3: Police opened fire on a mob.", "Ahmedabad"),
])
def test_datelines_as_outlets_write_them(text: str, place: str) -> None:
    dateline = read_anatomy(text, published=PUBLISHED).dateline
    assert dateline is not None and dateline.place is not None and dateline.place.text == place


@pytest.mark.parametrize("text", [
    "Protesters gathered in Baghdad on Tuesday. They demanded jobs.",
    "Witnesses: the police fired into the crowd.",
    "Update: police said two people died.",
    "On 1 March 2020, protesters gathered in Baghdad.",
])
def test_sentences_are_not_datelines(text: str) -> None:
    assert read_anatomy(text, published=PUBLISHED).dateline is None


@pytest.mark.parametrize(("text", "place", "outlet", "date"), [
    ("KIGOMA, Tanzania, Oct 3 (Mwananchi) - Gunmen raided a ferry on Tuesday.", "KIGOMA", "Mwananchi", dt.date(2019, 10, 3)),
    ("Khulna, Nov 2 (BSS) \u2014 Pickets torched a bus on Friday.", "Khulna", "BSS", dt.date(2019, 11, 2)),
    ("DAVAO (PNA) \u2014 Soldiers clashed with rebels on Monday.", "DAVAO", "PNA", None),
    ("HAT YAI, Thailand (Songkhla Daily) \u2014 A bomb went off on Monday.", "HAT YAI", "Songkhla Daily", None),
    ("Kupang, Indonesia (Antara) - Students marched on Monday.", "Kupang", "Antara", None),
    ("BEIRA, Nov 20 (Noticias): Vendors marched on Monday.", "BEIRA", "Noticias", dt.date(2019, 11, 20)),
])
def test_any_outlet_in_a_datelines_shape_makes_a_dateline(text: str, place: str, outlet: str, date: dt.date | None) -> None:
    dateline = read_anatomy(text, published=PUBLISHED).dateline
    assert dateline is not None and dateline.place is not None and dateline.place.text == place
    assert dateline.outlet is not None and dateline.outlet.casefold() == outlet.casefold()
    assert dateline.date == date


@pytest.mark.parametrize("text", [
    "Police (who declined to be named) - said two people died.",
    "Free Trade Union (FTU) \u2014 members walked out on Monday.",
    "Kisumu (Daily Nation) - the town was calm on Monday.",
    "bhilad (valsad): police fired tear gas at a mob on monday.",  # the district that holds the place, no outlet
])
def test_a_bracket_without_a_datelines_other_signs_makes_no_dateline(text: str) -> None:
    assert read_anatomy(text, published=PUBLISHED).dateline is None


def test_archive_note_files_the_story_and_is_furniture() -> None:
    text = "This story is from March 7, 2002\n\nkolkata: the left front organised two rallies on wednesday."
    anatomy = read_anatomy(text)
    assert anatomy.filed == dt.date(2002, 3, 7)
    assert [s.text for s in anatomy.boilerplate] == ["This story is from March 7, 2002"]
    assert anatomy.headline is None
    assert anatomy.dateline is not None and anatomy.dateline.place is not None and anatomy.dateline.place.text == "kolkata"


def test_a_dateline_day_after_publication_is_last_year() -> None:
    dateline = read_anatomy("KABUL, Dec 30 (AFP) - A bomb exploded.", published=dt.date(2020, 1, 2)).dateline
    assert dateline is not None and dateline.date == dt.date(2019, 12, 30)


def test_a_hard_wrapped_sentence_is_not_a_headline() -> None:
    assert read_anatomy("Protesters gathered\nin Baghdad on Tuesday.").headline is None


def test_the_title_field_marks_a_repeated_first_line_as_headline() -> None:
    text = "Police arrest 20 after clashes.\nPolice arrested 20 people in Kano on Monday."
    anatomy = read_anatomy(text, title="Police arrest 20 after clashes.")
    assert anatomy.headline is not None and anatomy.headline.end == text.index("\n")


def test_related_stories_run_into_the_last_line_are_furniture() -> None:
    text = "Police fired on rioters in Vadodara on Friday. Related stories two die in riots in Surat"
    anatomy = read_anatomy(text)
    assert [s.text for s in anatomy.boilerplate] == ["Related stories two die in riots in Surat"]


@pytest.mark.parametrize("first", [
    "Haiti: vigilantes lynch suspected gang members in Petion-Ville",
    "Kenya: police tear-gas marchers in Kisumu",
    "Sudan: Paramilitaries shell market in El Fasher",
])
def test_a_country_prefixed_headline_over_a_dateline_is_a_headline(first: str) -> None:
    text = first + "\nPORT-AU-PRINCE \u2014 A crowd beat four men to death on Sunday, witnesses said."
    anatomy = read_anatomy(text, published=PUBLISHED)
    assert anatomy.headline is not None and anatomy.headline.text == first
    assert anatomy.dateline is not None and anatomy.dateline.place is not None
    assert anatomy.dateline.place.text == "PORT-AU-PRINCE"


@pytest.mark.parametrize("first, body", [
    ("MALI: JIHADISTS STORM ARMY CAMP NEAR SEVARE", "\nBAMAKO - Fighters attacked an army camp on Friday, the army said."),
    ("NIGERIA: GUNMEN SEIZE 30 VILLAGERS", "\nGunmen abducted 30 villagers in Zamfara state on Sunday, police said."),
    ("PERU: Farmers clash with soldiers", "\nLIMA - Farmers clashed with soldiers near a mine on Monday."),
])
def test_a_capitalised_country_prefix_over_the_body_is_a_headline_not_a_dateline(first: str, body: str) -> None:
    anatomy = read_anatomy(first + body, published=PUBLISHED)
    assert anatomy.headline is not None and anatomy.headline.text == first
    assert anatomy.dateline is None or anatomy.dateline.span.start > len(first)


def test_a_capitalised_dateline_before_the_lead_stays_a_dateline() -> None:
    text = "KANO: Gunmen killed five people in a market on Tuesday, police said.\nThe attackers fled on motorcycles."
    anatomy = read_anatomy(text, published=PUBLISHED)
    assert anatomy.headline is None
    assert anatomy.dateline is not None and anatomy.dateline.place is not None and anatomy.dateline.place.text == "KANO"


def test_a_transcripts_speakers_are_no_datelines_nor_briefs() -> None:
    text = ("TRANSCRIPT - Radio Morning Report, Tuesday\nPRESENTER: Crowds marched again tonight in Yerevan. Our "
            "reporter is there.\nREPORTER: Yes, police used stun grenades and detained dozens of people.\n"
            "PRESENTER: Thank you.")
    anatomy = read_anatomy(text, published=PUBLISHED)
    assert anatomy.briefs == []
    assert anatomy.dateline is None or anatomy.dateline.place is None or anatomy.dateline.place.text not in (
        "TRANSCRIPT", "PRESENTER", "REPORTER")
