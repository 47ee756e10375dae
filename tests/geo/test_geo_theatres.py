"""Conflict theatres: a report's own words ("PKK", "OSCE SMM") point to the provinces its places lie in."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.geo.resolver import Geocoder
from eventcoder.geo.store import add_dump
from eventcoder.geo.theatres import theatre_of, theatres


def test_every_theatre_names_its_country_and_provinces():
    assert theatres() and all(len(t.country) == 2 and t.admin1 for t in theatres())


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("The OSCE SMM observed 6 projectiles near Vesele.", "UA", ("Donetsk", "Luhansk")),
    ("Turkish jets struck PKK positions.", "IQ", ("Erbil", "Duhok", "Sulaymaniyah", "Halabja")),
])
def test_a_cue_names_the_theatre(text: str, country: str, expected: tuple[str, ...]):
    theatre = theatre_of(text, country)
    assert theatre is not None and theatre.admin1 == expected


@pytest.mark.parametrize(("text", "country"), [
    ("Turkish jets struck PKK positions.", "UA"),  # a cue counts only in its own country
    ("Protesters in Kyiv demanded wages.", "UA"),
    ("A SMMS campaign and a pkk meeting.", "IQ"),  # whole words, case as written
    ("Turkish jets struck PKK positions.", None),
])
def test_no_theatre_without_its_cue(text: str, country: str | None):
    assert theatre_of(text, country) is None


def test_a_report_with_no_place_falls_back_to_the_theatre(geocoder: Geocoder):
    text = "A Turkish soldier was killed by an IED planted by the PKK in an unspecified location."
    place = geocoder.event_place(geocoder.analyse(text, country="Iraq"), (0, len(text)))
    assert (place.admin1, place.geo_precision) == ("Erbil", 3)
    text = "A soldier was killed by an IED in an unspecified location."
    place = geocoder.event_place(geocoder.analyse(text, country="Iraq"), (0, len(text)))
    assert place.country == "Iraq" and place.admin1 is None and place.latitude is None and place.country_only


_ROW = "{id}\t{name}\t{name}\t\t{lat}\t{lon}\tP\tPPL\tIQ\t\t\t\t\t\t{pop}\t\t\tAsia/Baghdad\t2024-01-01\n"


def test_the_theatre_picks_among_namesakes(tmp_path: Path):
    dump = tmp_path / "IQ.txt"  # one "Kani Rash" near Duhok, a larger one near Basra
    dump.write_text(_ROW.format(id=9100001, name="Kani Rash", lat=36.90, lon=42.95, pop=300)
                    + _ROW.format(id=9100002, name="Kani Rash", lat=30.55, lon=47.75, pop=900), encoding="utf-8")
    _, index = add_dump(dump, tmp_path / "gazetteer", include_registry=False)
    geocoder = Geocoder(index)

    def admin1(text: str) -> str | None:
        return geocoder.event_place(geocoder.analyse(text, country="Iraq"), (0, len(text)), text=text).admin1

    assert admin1("Shelling hit the village of Kani Rash.") == "Basra"
    assert admin1("Turkish artillery shelled PKK positions near the village of Kani Rash.") == "Duhok"


def test_a_governorate_spelling_beats_a_town_known_by_it(tmp_path: Path):
    dump = tmp_path / "IQ.txt"  # a town near Erbil that also answers to "Salahaddin"
    dump.write_text("9100003\tPirmam\tPirmam\tSalahaddin,Salahuddin\t36.35\t44.20\tP\tPPL\tIQ\t\t\t\t\t\t25000\t\t\t"
                    "Asia/Baghdad\t2024-01-01\n", encoding="utf-8")
    _, index = add_dump(dump, tmp_path / "gazetteer", include_registry=False)
    geocoder = Geocoder(index)
    text = "IS militants were killed in an air strike in Salahuddin."
    place = geocoder.event_place(geocoder.analyse(text, country="Iraq"), (0, len(text)), text=text)
    assert place.admin1 == "Salah al-Din"


def test_a_namesake_known_only_outside_the_theatre_gives_way_to_it(tmp_path: Path):
    dump = tmp_path / "IQ.txt"  # a "Kani Rash" near Basra only
    dump.write_text(_ROW.format(id=9100009, name="Kani Rash", lat=30.55, lon=47.75, pop=900), encoding="utf-8")
    _, index = add_dump(dump, tmp_path / "gazetteer", include_registry=False)
    geocoder = Geocoder(index)
    text = "Turkish artillery shelled PKK positions near the village of Kani Rash."
    place = geocoder.event_place(geocoder.analyse(text, country="Iraq"), (0, len(text)), text=text)
    assert (place.admin1, place.geo_precision) == ("Erbil", 3)
    text = "Gunmen attacked farmers near the village of Kani Rash."
    assert geocoder.event_place(geocoder.analyse(text, country="Iraq"), (0, len(text)), text=text).admin1 == "Basra"
