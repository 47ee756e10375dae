"""Bodies of water named in the news ("in the Red Sea", "off Yemen in the Gulf of Aden"), and the states on their coasts.

A sea is no place on land: its name must never resolve to the land unit named after it (Sudan's Red Sea state,
Papua New Guinea's Gulf province). ACLED codes an event at sea to the nearest coast; from the text alone, the
coast is that of a state whose forces or people take part (a Houthi missile at a tanker in the Red Sea is
Yemen's), so the coastal states of the seas most named in conflict news are listed here.
"""

from __future__ import annotations

import re

__all__ = ["WATER_BODY", "coastal_states", "water_named"]

#: A body of water ("the Red Sea", "the Gulf of Aden", "the Strait of Hormuz", "the Bab al-Mandab"), not the land
#: unit named after it ("Red Sea state", "the Red Sea Governorate").
WATER_BODY = re.compile(
    r"(?:(?:Gulf|Straits?|Bay|Sea)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,2}[A-Z][\w'’\-]*"
    r"|(?:[A-Z][\w'’\-]*\s+){1,2}(?:Sea|Ocean|Gulf)\b|Bab[\s\-](?:al|el)[\s\-]Mand[ae]b)"
    r"(?!\s+(?i:state|governorate|province|region|district|county|department|division|city|town|port)\b)")

_COASTS: dict[str, tuple[str, ...]] = {
    "red sea": ("Yemen", "Saudi Arabia", "Eritrea", "Sudan", "Egypt", "Djibouti", "Israel", "Jordan"),
    "bab al-mandab": ("Yemen", "Djibouti", "Eritrea"),
    "gulf of aden": ("Yemen", "Somalia", "Djibouti"),
    "arabian sea": ("Yemen", "Oman", "India", "Pakistan", "Iran", "Somalia"),
    "gulf of oman": ("Oman", "Iran", "United Arab Emirates"),
    "strait of hormuz": ("Iran", "Oman", "United Arab Emirates"),
    "persian gulf": ("Iran", "Iraq", "Kuwait", "Saudi Arabia", "Bahrain", "Qatar", "United Arab Emirates", "Oman"),
    "arabian gulf": ("Iran", "Iraq", "Kuwait", "Saudi Arabia", "Bahrain", "Qatar", "United Arab Emirates", "Oman"),
    "black sea": ("Ukraine", "Russia", "Turkey", "Georgia", "Romania", "Bulgaria"),
    "sea of azov": ("Ukraine", "Russia"),
    "mediterranean sea": ("Israel", "Lebanon", "Syria", "Turkey", "Cyprus", "Egypt", "Libya", "Tunisia", "Algeria",
                          "Morocco", "Greece", "Italy", "France", "Spain", "Malta", "Palestine"),
    "south china sea": ("China", "Philippines", "Vietnam", "Malaysia", "Brunei", "Taiwan", "Indonesia"),
    "sulu sea": ("Philippines", "Malaysia"),
    "celebes sea": ("Philippines", "Indonesia", "Malaysia"),
    "gulf of guinea": ("Nigeria", "Cameroon", "Equatorial Guinea", "Gabon", "Sao Tome and Principe", "Ghana", "Togo",
                       "Benin", "Cote d'Ivoire"),
    "caspian sea": ("Russia", "Azerbaijan", "Iran", "Kazakhstan", "Turkmenistan"),
    "caribbean sea": ("Venezuela", "Colombia", "Haiti", "Dominican Republic", "Jamaica", "Cuba", "Panama"),
}


def _key(name: str) -> str:
    key = re.sub(r"\s+", " ", re.sub(r"^the\s+", "", name.strip(), flags=re.I)).lower()
    return re.sub(r"^bab[\s\-](?:al|el)[\s\-]mand[ae]b$", "bab al-mandab", key)


def water_named(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first body of water named in ``text[start:end]``."""
    return WATER_BODY.search(text, start, len(text) if end is None else end)


def coastal_states(name: str) -> tuple[str, ...]:
    """The states on the coast of the body of water ``name`` ("the Red Sea"); empty when it is not listed."""
    return _COASTS.get(_key(name), ())
