"""Toponym recognition: gazetteer matching over the text, with the cues around each name.

Every capitalised run of words whose key is in the gazetteer is a candidate ("al-Rifai", "Suq
al-Shuyukh", "Tahrir Square"); the longest match wins. Around each match the finder records what
the text says about it: a type word ("Dhi Qar province", "the city of Baquba"), a relation ("in",
"near", "north of", "outskirts of", "from", "Iran-backed", "a Baghdad-based group", "Baghdad's
Tahrir Square") and spaCy's entity label when a parse is available. Common words that are also place
names ("Police", "Security") are kept out unless the context says they are places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..lookbehind import clause_start
from .index import GazetteerIndex, registry_seat
from .model import Place, km_between
from .normalize import ARTICLES, name_key, skeleton_from_key, skeleton_key
from .sources import demonym_countries, subdivision_name
from .waters import WATER_BODY

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Toponym", "find_toponyms", "COMMON_WORDS", "GENERIC_PREFIXES", "NAME_OPENERS", "APPOSED_TYPE"]

_WORD = re.compile(r"\b[A-Z]&[A-Z]\b|[^\W\d_]+(?:['’ʿʾ`][^\W\d_]+)*", re.UNICODE)  # "J&K" is one word
_CONNECTORS = frozenset({"of", "de", "del", "la", "le", "du", "des", "da", "do", "dos", "das", "los", "las", "di", "van",
                         "von", "der", "den", "bin", "ibn", "abu", "bani",
                         "umm", "and", "e", "i", "ye", "wa",
                         "au", "aux", "sur", "et"} | ARTICLES)  # (Persian "Kut e Abdollah", "Qala i Naw"; Arabic
# "Khabb wa ash Sha'af"; French "Port-au-Prince", "Boulogne-sur-Mer", "Saint-Pierre-et-Miquelon")
_TYPE_AFTER = {"province": "admin1", "provincial": "admin1", "governorate": "admin1", "governate": "admin1", "state": "admin1",
               "region": "area", "desert": "area", "countryside": "area", "district": "admin2", "county": "admin2", "subdistrict": "admin2",
               "municipality": "admin2", "upazila": "admin2", "woreda": "admin2", "tehsil": "admin2", "taluka": "admin2", "subcounty": "admin2",
               "cercle": "admin2", "circle": "admin2",  # (Mali's cercles: "the Douentza circle")
               "township": "admin2",  # (Myanmar's townships: "Kyun Taw village, Shwebo township")
               "oblast": "admin1", "oblasts": "admin1", "krai": "admin1", "raion": "admin2", "rayon": "admin2",
               "city": "city", "town": "city", "village": "village", "villages": "village", "neighbourhood": "neighbourhood",
               "neighborhood": "neighbourhood", "area": "area", "square": "landmark", "bridge": "landmark",
               "airport": "landmark", "camp": "landmark", "base": "landmark", "road": "landmark", "highway": "landmark"}
_TYPE_BEFORE = {"province": "admin1", "governorate": "admin1", "state": "admin1", "department": "admin1", "city": "city", "town": "city", "village": "village",
                "villages": "village", "district": "admin2", "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood",
                "area": "area", "region": "area", "subdistrict": "admin2", "suburb": "neighbourhood",
                "circle": "admin2", "cercle": "admin2"}  # ("Boni, circle of Douentza": Mali's cercle, translated)
_AFFILIATION = re.compile(r"^(?:[-‐‑–]?\s*(backed|based|led|allied|aligned|affiliated|linked|supported|sponsored|funded|"
                          r"born|trained|armed|controlled|bound|made|owned)\b|\s+People['’]s\s|"
                          r"\s+(?:brigade|brigades|battalion|battalions|regiment|corps)\b)", re.IGNORECASE)
# ("the Luhansk People's Militia", "the Donetsk People's Republic", "the commander of Kerbala brigade": a name,
# not a place)
_UNIT_BEFORE = re.compile(r"\b(?:Liwa|Liwaa|Liwa'a|Saraya|Kataib|Kata'ib|Kataeb|Jaysh|Jaish|Harakat|Faylaq|Ahrar|Jabhat|"
                          r"Ansar|Tahrir|Quwat|Fawj)\s+(?:al[-\s])?$", re.IGNORECASE)  # "Liwa Kerbala": a PMF brigade
_DIRECTIONS = r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
_NEAR_BEFORE = re.compile(r"\b(near|nearby|close to|around|outside|vicinity of|(?:off\s+)?(?:the\s+)?coast of|near to|towards|"
                          r"on the edge of|edge of|next to|adjacent to|between)\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.IGNORECASE)
# "found on the road to Saltillo", "the main road out of Ramadi going to Baghdad", "at the turn-off to Jose Maria
# Morelos", "on the border with Diyala province": where a road leads or what a place borders, not where it is
_DESTINATION_BEFORE = re.compile(r"\b(?:(?:road|highway|way|turn-?off|route|going|heading|bound)\s+(?:back\s+)?to|"
                                 r"in the direction of|borders?\s+with|bordering)\s+(?:the\s+)?(?:city\s+of\s+)?$",
                                 re.IGNORECASE)
_DIRECTION_BEFORE = re.compile(rf"\b(?:{_DIRECTIONS}(?:ern)?\s+of|\d+\s*(?:km|kilometers|kilometres|miles)\s+(?:\w+\s+)?"
                               rf"(?:of|from))\s+(?:the\s+)?(?:\w+\s+of\s+)?$"
                               r"|\b(?:north|south)-?(?:east|west)\s+$", re.IGNORECASE)  # ... or "northeast Baquba"
_PART_BEFORE = re.compile(rf"\b(?:{_DIRECTIONS}ern|northern|southern|eastern|western|central|rural|(?:the\s+)?outskirts of|"
                          rf"parts? of|countryside of)\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.IGNORECASE)
_IN_PART_BEFORE = re.compile(rf"\b(?:in|at|across|throughout|over)\s+(?:the\s+)?(?:{_DIRECTIONS}ern|northern|southern|eastern|"
                             rf"western|central|rural|downtown)\s+$", re.IGNORECASE)  # "in central Thessaloniki"
_OUTSKIRTS_BEFORE = re.compile(r"\b(?:outskirts of|suburbs? of)\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b((?:residents|people|inhabitants|villagers|citizens|locals|tribes|tribesmen|farmers|"
                        r"shops|streets|centre|center|heart) of|in|at|inside|into|within|across|throughout|through|on|over|to|toward|towards|reached|entered|"
                        r"storm\w*|raid\w*|attack\w*|target\w*|shell\w*|struck|strik\w*|hit|(?:re)?captur\w*|seiz\w*|"
                        r"retook|retak\w*|besieg\w*|liberat\w*|overr[au]n|bomb\w*|siege on|siege of)\s+(?:the\s+)?"
                        r"(?:(?-i:[a-z]+\s+){1,2}(?:of|in)\s+|(?-i:[a-z]+\s+){0,2}(?:province|governorate|district|region)"
                        r"\s+of\s+)?(?:the\s+)?$",  # ("recapture the strategic village of Maheen", "in the disputed
                        # Province of Kirkuk")
                        re.IGNORECASE)
# "the Baalbek-Homs road": both ends of a road named after two towns are places, whatever the parser says
_ROUTE_WORD = re.compile(r"\s+(?i:road|highway|motorway|expressway|route)\b")
_ROUTE_END = re.compile(r"\s?[-–]\s?[A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?\s+(?i:road|highway|motorway|expressway|route)\b")
_ROUTE_START = re.compile(r"[A-Za-z][-–]\s?$")
# "the road that connects Campeche to Escarcega", "the highway linking A and B", "on the road from A to B": its ends
_ROAD_LINK = r"\b(?i:road|highway|motorway|expressway|route)s?\s+(?:that\s+)?(?:connects|connecting|links|linking|joins|" \
             r"joining|from|out\s+of|leading\s+(?:out\s+of|from))\s+(?:the\s+)?"  # ("between A and B" is near both, as
# before; "the main road out of Ramadi going to Baghdad": on Ramadi's road)
_ROAD_FROM_BEFORE = re.compile(_ROAD_LINK + r"$")
# "attacked the highway between Baghdad and Tuz Khurmatu near the village of Bir Ahmed": a road's first end
_ROAD_BETWEEN_BEFORE = re.compile(r"\b(?i:road|highway|motorway|expressway|route)s?\s+between\s+(?:the\s+)?"
                                  r"(?:[A-Z][\w'’.]*(?:[\s-]+[\w'’.]+){0,4}?\s+and\s+(?:the\s+)?)?$")  # (either end)
_ROAD_TO_BEFORE = re.compile(_ROAD_LINK + r"[A-Z][\w'’.]*(?:[\s-]+[\w'’.]+){0,5}?(?:,\s+[A-Z][\w'’]*)?\s+(?:to|and|with)\s+"
                             r"(?:the\s+)?$")

#: "in solidarity with the protest in Brest", "in support of the strikers in Lagos": the place of the events a protest
#: backs, not its own
# ("in retaliation for the killing of two fighters in Kfar Kila": the cause's place, another event's, too)
_SOLIDARITY_BEFORE = re.compile(r"\b(?:in\s+(?:solidarity|support|sympathy)\s+(?:with|of|for)|"
                                r"in\s+(?:retaliation|revenge|reprisal)\s+for|to\s+avenge)\s+[^.;:()\n]{0,60}?"
                                r"\b(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.IGNORECASE)


def _on_road(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is one end of a road's name ("the Baalbek-Homs road")."""
    return bool(_ROUTE_END.match(text, end) or (_ROUTE_START.search(text[max(0, start - 40):start])
                                                and _ROUTE_WORD.match(text, end)))


_FROM_BEFORE = re.compile(r"\b(from|out of)\s+(?:the\s+)?$", re.IGNORECASE)  # (each *_BEFORE: see clause_start)

#: Capitalised words that name places somewhere but, in news, are nearly always something else.
COMMON_WORDS = frozenset("""
police army security government forces force protesters protester people state islamic popular mobilization units
brigade brigades ministry minister president prime council court party movement front union army's city town village
province district region north south east west northern southern eastern western central new old man men women woman
university hospital church mosque school office headquarters camp base border bridge street square road market
january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec today tonight yesterday during after before since while when where there here this
that these those they their them some many several dozens hundreds thousands unknown unidentified gunmen militants
militia militias fighters soldiers troops officers members residents civilians students workers demonstrators rioters
reports report reported according sources source said says claimed media news agency press red cross crescent
federal national international human rights watch amnesty mission nations united general commander leader
victory hope independence liberty freedom justice peace unity progress reform change resistance martyrs
kurdistan banks bank oil gas power water health education interior defense defence justice finance trade labor labour
also both each every other such only even still just however although though because following
wadi jabal jebel jabel tal tell qaryat ain bir nahr mount lake river sea gulf bay island islands valley desert plain coast gate gates hill hills
sadr hakim maliki abadi allawi sistani barzani talabani soleimani suleimani solaimani muhandis
asia africa europe america oceania god allah grand
republic republics tank tanks division divisions sea ocean atlantic pacific baltic sham masdar shia shii shiite sunni
""".split())  # (Iraqi political families and leaders - "Al-Sadr" is Muqtada al-Sadr, not Sadr City, and
# "Soleimani billboards" are not Sulaymaniyah; continents; "Grand" of "the Ranya Grand Mosque", "Grand Ayatollah")


#: Words that open the name of a quarter or street in Spanish, Portuguese and French ("Colonia Las Aves").
GENERIC_PREFIXES = frozenset("""
colonia barrio fraccionamiento ejido calle avenida carrera paseo bairro rua favela comunidade rue avenue boulevard
quartier barangay purok sitio complexo
""".split())


#: Words that open Arabic and other place names ("Bab Qubli", "Tal Mustawi"): alone, some are towns elsewhere.
NAME_OPENERS = frozenset("""
abu umm bab tal tell ain bir deir dayr kafr kfar khan ras beit bayt sheikh shaykh jabal jebel wadi hay hayy qasr
nahr bani beni badiya badiyat
""".split())  # ("Badiyat al-Sham": the desert of, not a town called Badiya)


@dataclass(slots=True)
class Toponym:
    """A place name found in the text, with its gazetteer candidates and the cues around it."""

    start: int
    end: int
    text: str
    candidates: list[Place]
    type_hint: str | None = None  # admin1 | admin2 | city | village | neighbourhood | landmark | area
    relation: str = "none"  # in | near | direction | part | outskirts | from | affiliation | possessive | none
    entity: str | None = None  # spaCy label covering the name, if any
    loose: bool = False  # matched by skeleton key only
    notes: dict[str, Any] = field(default_factory=dict)


def _entity_labels(doc: "Doc | None") -> list[tuple[int, int, str]]:
    if doc is None:
        return []
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def _label_at(labels: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    for s, e, label in labels:
        if s <= start and end <= e:
            return label
    return None


_PLACE_WORDS = frozenset("nahiyat nahiya qaryat qarya tal tell tulul jabal wadi hay hayy mahallat sheikh".split())


def _inside_a_name(text: str, labels: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends a person's full name ("Abu Bakr al-Baghdadi"): two or more words
    before it in a PERSON entity, the first not a place word (spaCy calls "Nahiyat Kanan" a person too)."""
    for s, e, label in labels:
        if label == "PERSON" and s < start - 1 and end <= e:
            before = re.findall(r"[\w'’]+", text[s:start])
            if len(before) >= 2 and before[0].lower() not in _PLACE_WORDS:
                return True
    return False


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


_ENGLISH_ARTICLES = frozenset({"an", "as", "at", "ad", "ed"})  # lowercase, then a space: English words


def _gap_ok(gap: str) -> bool:
    return gap in (" ", "-", "‐", "‑", "–", "- ") or gap.strip() == "" and "\n" not in gap and len(gap) <= 2  # "Al- Qaim"


def find_toponyms(text: str, gazetteer: GazetteerIndex, *, doc: "Doc | None" = None, country: str | None = None,
                  start: int = 0, end: int | None = None) -> list[Toponym]:
    """Toponyms in ``text[start:end]`` in text order. ``country`` (ISO alpha-2) lets loose matches
    and small places of that country through."""
    end = len(text) if end is None else end
    words = [(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])]
    labels = _entity_labels(doc)
    found: list[Toponym] = []
    i = 0
    while i < len(words):
        word = words[i][2]
        if not _capitalised(word) and word.lower() not in _CAN_OPEN_LOWERCASE:
            i += 1  # (most words: none of the three readings below can start at a lower-case word)
            continue
        named = _generic_named_run(text, words, i)
        if named:  # "Colonia Las Aves", "Rua Augusta": a street or quarter the gazetteer does not know
            i += named
            continue
        afloat = _water_or_vessel_run(text, words, i)
        if afloat:  # "the Red Sea", "the Gulf of Aden", "the ship MSC KATYA": no place on land
            i += afloat
            continue
        match = _longest_match(text, words, i, gazetteer, labels, country)
        typed = _typed_run(text, words, i)
        if typed and (match is None or match[1] != typed):
            i += typed  # "the Cano Raya community": an unknown name, whatever its words mean elsewhere
            continue
        if match is None:
            i += 1
            continue
        toponym, used = match
        whole = _unknown_run(text, words, i, used, toponym, gazetteer, labels, found, country)
        if whole:  # "near the city of Sere Kaniye", "in Bula Hawo": a weak namesake of one word of a longer name
            i += whole
            continue
        found.append(toponym)
        i += used
    for toponym in found:
        _read_context(text, toponym)
        if _CAMPUS_OF.search(text, max(0, toponym.start - 40), toponym.start):
            toponym.relation = "facility"  # "the University of Nairobi" is in Nairobi: a campus, not an allegiance
        elif any(label == "ORG" and s < toponym.start and toponym.end <= e and _ORG_OF.search(text, s, toponym.start)
                 for s, e, label in labels):
            toponym.relation = "affiliation"  # "the Islamic State of Iraq", "the Ministry of Defence of Syria": a name
    _share_plural_type(text, found)
    return found


# "the Islamic State of Iraq", "the Ministry of Defence of Syria": an organisation's word, then "of" right before the place
_ORG_OF = re.compile(r"\b(?:State|Ministry|Directorate|Army|Forces|Party|Council|Front|Movement|Union|Committee|Authority|"
                     r"Command|Police|Bank|University|Company|Organi[sz]ation|Court|Government|Coalition|Alliance|"
                     r"Assembly|Federation|Association|League|Brigades?|Corps|Guards?)\b[^,;()]*\bof\s+(?:the\s+)?$")


# "the University of Nairobi", "the Polytechnic of Namibia": a campus in the town it is named after
_CAMPUS_OF = re.compile(r"\b(?:University|College|Polytechnic)\s+of\s+(?:the\s+)?$")

_PLURAL_TYPES = {"provinces": "admin1", "governorates": "admin1", "states": "admin1", "oblasts": "admin1",
                 "districts": "admin2",
                 "villages": "village", "towns": "city", "cities": "city"}


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_PLURAL = r"\b((?i:provinces|governorates|states|districts|villages|towns|cities))\s+(?:of\s+)?(?:the\s+)?"
_PLURAL_BEFORE = re.compile(_PLURAL + "$")
# "the provinces of Babylon, Diwaniya, and al-Mothana": a name in a list that a plural type word opens (names are
# capitalised words, case-sensitive, so that the scan stays linear)
_IN_TYPED_LIST = re.compile(_PLURAL + r"(?:(?:al-|el-)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:, (?:and )?| and ))*$")


def _share_plural_type(text: str, found: list[Toponym]) -> None:
    """"in Al Jawf, Ad Dali and Taizz governorates", "the provinces of Babylon, Diwaniya, and al-Mothana": the plural
    type word after or before a list types every item, and the items are members of a list (none holds another)."""
    for i in range(len(found) - 1, 0, -1):
        words = re.findall(r"[a-z]+", text[found[i].end:found[i].end + 20].lower())[:1]
        kind = _PLURAL_TYPES.get(words[0]) if words else None
        if kind is None:
            continue
        j = i
        while j > 0 and _LIST_GAP.fullmatch(text[found[j - 1].end:found[j].start]):
            j -= 1
        _type_list(found[j:i + 1], kind)
    for i, t in enumerate(found):
        m = _PLURAL_BEFORE.search(text, max(0, t.start - 30), t.start)
        if m is None:
            continue
        j = i
        while j + 1 < len(found) and _LIST_GAP.fullmatch(text[found[j].end:found[j + 1].start]):
            j += 1
        _type_list(found[i:j + 1], _PLURAL_TYPES[m.group(1).lower()])


def _type_list(items: list[Toponym], kind: str) -> None:
    for t in items:
        t.type_hint = kind
        if len(items) > 1:
            t.notes["listed"] = True


def _generic_named_run(text: str, words: list[tuple[int, int, str]], i: int) -> int:
    """Words in a run that a generic word opens ("Colonia Las Aves", "Barrio San Miguel", "Rue de la Paix"),
    else 0: the name belongs to a quarter or street, and its words must not match towns elsewhere."""
    if words[i][2].lower() not in GENERIC_PREFIXES:
        return 0
    n = _name_run(text, words, i, _CONNECTORS)
    return n if n > 1 else 0


#: A ship's name follows the word for it ("the ship MSC KATYA", "the tanker Sounion").
_VESSEL_BEFORE = re.compile(r"\b(?:ship|vessel|tanker|freighter|carrier|boat|frigate|destroyer|warship|ferry|yacht|"
                            r"dhow|trawler)\s$", re.I)


def _water_or_vessel_run(text: str, words: list[tuple[int, int, str]], i: int) -> int:
    """Words of a body of water or of a ship's name starting at word ``i``, else 0: neither is a place on land,
    and their words must not match towns ("Red Sea" is no Sudanese state, "KATYA" no village)."""
    start = words[i][0]
    water = WATER_BODY.match(text, start)  # (the sea's name: geo/waters.py)
    if water is not None:
        end = water.end()
    elif _VESSEL_BEFORE.search(text, max(0, start - 12), start):
        end = words[i + max(_name_run(text, words, i, frozenset()), 1) - 1][1]  # the capitalised run of the name
    else:
        return 0
    return sum(1 for w in words[i:] if w[0] < end)


def _name_run(text: str, words: list[tuple[int, int, str]], i: int, connectors: frozenset[str],
              *, stop_at_possessive: bool = False) -> int:
    """How many words from ``i`` form one run of a name: capitalised words and the connectors between them
    (a trailing connector is not part of the name)."""
    n = 1
    while i + n < len(words) and _gap_ok(text[words[i + n - 1][1]:words[i + n][0]]) and (
            _capitalised(words[i + n][2]) or words[i + n][2].lower() in connectors) \
            and not (stop_at_possessive and words[i + n - 1][2].endswith(("'s", "’s"))):
        n += 1
    while n > 1 and not _capitalised(words[i + n - 1][2]):
        n -= 1
    return n


_RUN_TYPE_AFTER = re.compile(r"\s+(?i:village|villages|community|area|areas|neighbou?rhoods?|quarters?|camps?|hamlet)\b")
_RUN_TYPE_BEFORE = re.compile(r"\b(?i:village|hamlet)\s+of\s+$")  # ("the area of Basrah City" names the city)
_NOT_NAME_WORDS = frozenset("in on at the a an near from to of and or by for with as during".split())


def _typed_run(text: str, words: list[tuple[int, int, str]], i: int) -> int:
    """The length of a run of two or more capitalised words that a type word follows ("Dola Sehidan area",
    "the Cano Raya community") or opens ("the village of Kani Mazie"), starting at ``i``, else 0: such a run is one
    name."""
    first = words[i][2]
    if not _capitalised(first) or first.lower() in _NOT_NAME_WORDS or first.lower() in COMMON_WORDS:
        return 0
    if i and _capitalised(words[i - 1][2]) and _gap_ok(text[words[i - 1][1]:words[i][0]]) \
            and words[i - 1][2].lower() not in _NOT_NAME_WORDS:
        return 0  # (not the run's first word)
    # (a run ends at "and" and at a possessive: "Makhmur and Bonjena village", "Mosul's Al Jadeda")
    before = max(0, words[i][0] - 20)
    if text.find("of", before, words[i][0]) >= 0 and _RUN_TYPE_BEFORE.search(text, before, words[i][0]):  # (it needs "of")
        n = _name_run(text, words, i, _CONNECTORS - {"and", "of"}, stop_at_possessive=True)  # ("of Chamchamal")
        return n if n > 1 else 0
    n = _name_run(text, words, i, _CONNECTORS - {"and"}, stop_at_possessive=True)
    return n if n > 1 and _RUN_TYPE_AFTER.match(text, words[i + n - 1][1]) else 0


_FEATURE_WORDS = frozenset("""
airport airbase hospital crossing mountain mountains hill hills plain plains plant fields field farms springs forest
forests palace shrine tomb temple stadium tower port harbour harbor station railway railroad highway junction zone zones
""".split())  # ("the Deir Ezzor Airport" is no town called Airport, "the North Zone of Rio" no hamlet called Zone)
_DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper",
                              "lower", "central", "new", "greater"})


def _part_of_a_longer_name(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """A common word or a direction next to a capitalised word of the same run ("Kaduna State", "West Kordofan"),
    or a short acronym ("ETA", "SAAF"): part of another name, not a place of its own."""
    word = _strip_possessive(words[i][2])
    if word.isupper() and len(word) <= 4:
        return True
    low = word.lower()
    if low not in COMMON_WORDS and low not in _DIRECTION_WORDS and low not in _FEATURE_WORDS:
        return False
    before = i > 0 and _capitalised(words[i - 1][2]) and _gap_ok(text[words[i - 1][1]:words[i][0]])
    after = i + 1 < len(words) and _capitalised(words[i + 1][2]) and _gap_ok(text[words[i][1]:words[i + 1][0]])
    return bool(before or after)


#: Capitalised words that never belong to the name next to them (a title, a weekday, a side): "Governor", "Sunday".
_NOT_RUN_WORDS = _NOT_NAME_WORDS | COMMON_WORDS | _FEATURE_WORDS | _DIRECTION_WORDS | frozenset(
    "governor mayor minister sheikh imam general colonel captain lieutenant major mr mrs dr".split())


def _run_word(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether word ``k`` can belong to a place's capitalised name: not a common word, a title, a demonym, an
    acronym or a possessive."""
    word = words[k][2]
    low = word.lower()
    possessive = word.endswith(("'s", "’s")) or text[words[k][1]:words[k][1] + 2] in ("'s", "’s")
    return _capitalised(word) and not (low in _NOT_RUN_WORDS or low in demonym_countries() or word.isupper()
                                       or possessive)


def _weak_namesake(candidates: list[Place], loose: bool, country: str | None) -> bool:
    """Whether a match is only a weak reading: a slip of spelling, or villages and small towns (abroad, if the
    country is known), none of them a unit nor a place of the bundled tables."""
    if loose:
        return True
    if any(p.kind in ("country", "admin1", "admin2") or p.source == "bundled" or p.population >= 100_000
           for p in candidates):
        return False
    return all(p.population < 20_000 for p in candidates) or (
        country is not None and all(p.country != country for p in candidates))


def _unknown_run(text: str, words: list[tuple[int, int, str]], i: int, used: int, toponym: Toponym,
                 gazetteer: GazetteerIndex, labels: list[tuple[int, int, str]], found: list[Toponym],
                 country: str | None) -> int:
    """Words to pass over from ``i`` when the match there is one part of a longer capitalised name the index lacks
    ("near the city of Sere Kaniye": no "Kaniye"; "in Bula Hawo": no "Bula"), else 0. The match must be a weak
    namesake, or a town under 100,000 beside a word whose namesakes all lie in other countries, and the parser must call the whole run one name, or a type word or "the town of" must frame it;
    the name is then the unknown finder's, whole."""
    first, last = i, i + used - 1
    taken = found[-1].end if found else -1
    while first > 0 and i - first < 2 and words[first - 1][0] >= taken and _run_word(text, words, first - 1) \
            and text[words[first - 1][1]:words[first][0]] == " " and words[first - 1][2].lower() not in ARTICLES:
        first -= 1
    while last + 1 < len(words) and last - (i + used - 1) < 2 and _run_word(text, words, last + 1) \
            and text[words[last][1]:words[last + 1][0]] == " ":
        last += 1  # (words apart, not a compound: "near Kalynove-Borshchuvate" is next to Kalynove)
    if first == i and last == i + used - 1:
        return 0
    # no other word is a known place of some size where the match or the story could be; one whose every
    # namesake lies in other countries makes the match a namesake too: no country holds both words ("in Puli
    # Hisar district": a Puli of Taiwan beside Hisar of India is one name the index lacks)
    near = {p.country for p in toponym.candidates} | ({country} if country else set())
    elsewhere = False
    for k in (*range(first, i), *range(i + used, last + 1)):
        others = gazetteer.lookup_key(name_key(words[k][2]))
        if any((p.kind in ("country", "admin1") or p.population >= 100_000) and p.country in near for p in others):
            return 0
        elsewhere = elsewhere or bool(others) and all(p.country not in near for p in others)
    if not (_weak_namesake(toponym.candidates, toponym.loose, country) or elsewhere and not any(
            p.kind in ("country", "admin1", "admin2") or p.source == "bundled" or p.population >= 100_000
            for p in toponym.candidates)):
        return 0
    s, e = words[first][0], words[last][1]
    whole = any(ls <= s and e <= le and label in ("GPE", "LOC", "FAC", "PERSON", "ORG") and (le - ls) < (e - s) + 12
                for ls, le, label in labels)
    framed = bool(_RUN_FRAMED_BEFORE.search(text, max(0, s - 30), s) or _RUN_TYPE_AFTER.match(text, e)
                  or _TYPE_WORD_AFTER.match(text, e, e + 15))
    if not (whole and _RUN_SLOT_BEFORE.search(text, max(0, s - 30), s) or framed):
        return 0
    return last - i + 1


_RUN_FRAMED_BEFORE = re.compile(r"\b(?i:village|villages|town|towns|city|hamlet|area|district|sub-?district|"
                                r"neighbou?rhood|camp|locality)\s+of\s+(?:the\s+)?$")
_RUN_SLOT_BEFORE = re.compile(r"\b(?i:in|at|near|outside|inside|into|around|towards?|across|from|of|"
                              r"stormed|entered|shelled|struck|hit|attacked|captured|besieged|bombed|targeted)\s+"
                              r"(?:the\s+)?$")


def _direction_of_a_name(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """"West Kordofan", "North Darfur": a compass word before a capitalised word opens a longer name."""
    return words[i][2].lower() in _DIRECTION_WORDS and i + 1 < len(words) and _capitalised(words[i + 1][2]) \
        and _gap_ok(text[words[i][1]:words[i + 1][0]])


def _direction_ends_a_name(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """"Imphal West", "Darfur North": a compass word right after a capitalised word closes a longer name."""
    return words[i][2].lower() in _DIRECTION_WORDS and i > 0 and _capitalised(words[i - 1][2]) \
        and _gap_ok(text[words[i - 1][1]:words[i][0]])


#: The lower-case words a name can start with: an article ("al-Qaim", "at-Tall") or a generic opener ("colonia").
_CAN_OPEN_LOWERCASE = ARTICLES | GENERIC_PREFIXES


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


# "Tahrir square", "the Hamrin basin", "Sinjar mountain": a type word that ends a known name, in lower case
_LOWERCASE_TYPE_WORDS = frozenset({"square", "bridge", "airport", "street", "camp", "mountain", "mountains", "basin",
                                   "dam", "lake", "valley"})


def _name_follows(text: str, words: list[tuple[int, int, str]], k: int) -> bool:
    """Whether the rest of a name starts at word ``k``: a capitalised word, or an article and one ("al-Hawa")."""
    if k >= len(words) or not _gap_ok(text[words[k - 1][1]:words[k][0]]):
        return False
    if _capitalised(words[k][2]):
        return True
    return words[k][2] in ARTICLES and k + 1 < len(words) and _capitalised(words[k + 1][2]) \
        and text[words[k][1]:words[k + 1][0]] in ("-", "‐", "‑", " ")


def _longest_match(text: str, words: list[tuple[int, int, str]], i: int, gazetteer: GazetteerIndex,
                   labels: list[tuple[int, int, str]], country: str | None) -> tuple[Toponym, int] | None:
    first = words[i][2]
    lead_article = first.lower() in ARTICLES and i + 1 < len(words) and _capitalised(words[i + 1][2]) and not (
        first in _ENGLISH_ARTICLES and text[words[i][1]:words[i + 1][0]] == " ")  # "at Halol" is English: at-Tall is not
    if not _capitalised(first) and not lead_article:
        return None
    opener = i - 2 if i > 1 and words[i - 1][2] in ARTICLES and _gap_ok(text[words[i - 1][1]:words[i][0]]) else i - 1
    if opener >= 0 and words[opener][2].lower() in NAME_OPENERS and _capitalised(words[opener][2]) \
            and _gap_ok(text[words[opener][1]:words[opener + 1][0]]):
        return None  # "Umm Batna", "Deir Hafer", "Bab al-Hawa": the rest of a longer name is not the town of that name
    longest = min(6, len(words) - i)
    # how far a name may reach from word i: over plain gaps, through capitalised words, connectors and type words
    reach = 0
    while reach < longest - 1 and _gap_ok(text[words[i + reach][1]:words[i + reach + 1][0]]) and (
            _capitalised(w := words[i + reach][2]) or w.lower() in _CONNECTORS or w.lower() in _LOWERCASE_TYPE_WORDS):
        reach += 1
    for n in range(longest, 0, -1):
        if n - 1 > reach:
            continue
        chunk = words[i:i + n]
        last = _strip_possessive(chunk[-1][2])
        if last.lower() in ARTICLES:
            continue
        if not (_capitalised(last) or (n > 1 and last.lower() in _LOWERCASE_TYPE_WORDS)):
            continue
        s, e = chunk[0][0], chunk[-1][1]
        if chunk[-1][2] != last:
            e -= 2
        elif n == 1 and first.lower() in NAME_OPENERS and _name_follows(text, words, i + 1):
            break  # "Abu Raweel", "Bab Qubli", "Bab al-Hawa": a longer name's opening word is not the town of that name
        surface = text[s:e]
        key = name_key(surface)
        if not key:
            continue
        candidates = _drop_untyped_districts(gazetteer.lookup_key(key), text, s, e)
        if not candidates and n >= 3 and any(w[2] in ("de", "del") for w in chunk[1:-1]):
            # "San Andres de Tuxtla", "San Luis de Potosi": a Spanish name is written with or without its "de"
            bare = name_key(" ".join(w[2] for w in chunk if w[2] not in ("de", "del")))
            candidates = _drop_untyped_districts(gazetteer.lookup_key(bare), text, s, e) if bare else []
        if len(key) <= 3 and not surface.isupper():  # "UP" is Uttar Pradesh, "Up to 30 people" is not
            candidates = [p for p in candidates if p.kind != "admin1" or name_key(p.name) == key]
        if country and _CODE.fullmatch(surface) and _CODE_SLOT_BEFORE.search(text, max(0, s - 50), s) \
                and _HOLDER_SLOT_AFTER.match(text, e):  # "(Malappuram, KL)": the province's ISO 3166-2 code
            unit = subdivision_name(country, surface)
            units = [p for p in gazetteer.lookup_key(name_key(unit)) if p.kind == "admin1" and p.country == country] \
                if unit else []
            candidates = units or candidates  # (a code that is no ISO one stays what it was: "AJK")
        if _ARABIC_ARTICLE.match(surface):  # "Al-Dalwa" is no Daloa in Cote d'Ivoire
            candidates = [p for p in candidates if p.country in _ARABIC_NAMING or p.kind == "country"]
        loose = False
        if not candidates and country and n <= 3 and not (n > 1 and last.lower() in _TYPE_AFTER):
            # (a type word is no part of a misspelt name: "Benue State" is Benue, not a loose "Benin City")
            candidates = [p for p in gazetteer.lookup_skeleton(surface, country) if p.kind != "country"
                          and abs(len(name_key(p.name).replace(" ", "")) - len(key.replace(" ", ""))) <= 2
                          and _compass(name_key(p.name)) == _compass(key)]  # ("Imphal West" is no Imphal East)
            if not candidates and not _SMALL_PLACE_AFTER.match(text, e) and not _SMALL_PLACE_BEFORE.search(
                    text, max(0, s - 25), s):  # "in Makhbour district", "protest in Kirku": a letter slipped
                # (but "Kirkup village" is a village the index lacks, no slip for Kirkuk)
                candidates = [p for p in gazetteer.lookup_one_edit(surface, country) if p.kind != "country" and (
                    p.kind in ("admin1", "admin2") or p.source == "bundled" or p.population >= 500_000
                    or _DISTRICT_AFTER.match(text, e))]
                # (a unit, a place of the bundled tables, a city of 500,000, or a town the text calls a district;
                # "Bhannara town" is a town the index lacks, no slip for Bhatara, a quarter of Dhaka)
            if candidates and _holder_rules_out(text, e, candidates, gazetteer, country):
                candidates = []  # "in Bapunagar, Ahmedabad" is no Bhavnagar, 170 km away: a quarter of the city
            candidates = [p for p in candidates if not registry_seat(p) or _names_the_province(text, p)]
            loose = bool(candidates)
        if not candidates or n == 1 and surface.lower() in GENERIC_PREFIXES:
            continue  # ("Colonia 20 de Noviembre" is no town called La Colonia)
        if country and _foreign_namesake_of_a_local_unit(text, s, e, candidates, gazetteer, country):
            continue  # "in a village in Abbarah district" of an Iraqi story is no Ibarra of Ecuador
        if n == 1 and _part_of_a_longer_name(text, words, i) and not any(
                p.kind in ("country", "admin1") or p.source == "bundled" for p in candidates):
            break  # "Kaduna State", "the 18th Tank Division", "SAAF": no place of their own
        if n == 1 and (_direction_of_a_name(text, words, i) or _direction_ends_a_name(text, words, i)):
            break  # ("West Kordofan", "Imphal West" are no region called West)
        label = _label_at(labels, s, e)
        if _inside_a_name(text, labels, s, e):
            continue  # "Abu Bakr al-Baghdadi": a surname taken from a town is not that town
        if label == "PERSON" and not loose and _held_by_a_unit(text, e, gazetteer, country, candidates):
            label = None  # "Faridkot (Punjab)", "Cabanatuan, Nueva Ecija": a town the parser took for a person
        if not _plausible(surface, n, candidates, label, country, loose, text, s):
            continue
        return Toponym(s, e, surface, candidates, entity=label, loose=loose), n
    return None


def _compass(key: str) -> set[str]:
    """The compass words of a name's key: two names that differ in them are two places, never one misspelt."""
    return {w for w in key.split() if w in _COMPASS_WORDS}


_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "upper", "lower", "northern", "southern",
                            "eastern", "western"})
_CAPITALISED_AFTER = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")
_LOCAL_TYPE_AFTER = re.compile(r"\s+(?i:district|sub-?district|village|area|neighbou?rhood|quarter|town|city)\b")


def _foreign_namesake_of_a_local_unit(text: str, start: int, end: int, candidates: list[Place],
                                      gazetteer: GazetteerIndex, country: str) -> bool:
    """Whether a name the text types as a town, village or district ("al-Jadidah city", "Abbarah district") reads
    only as towns of other countries that the text never names: in a story of its country, it is a place the index
    lacks there, not a city abroad ("Qamishli district" across the Syrian border still is Syria's when the text
    names Syria). A name after "from" keeps its reading: an origin is no event's place either way."""
    if not _LOCAL_TYPE_AFTER.match(text, end) or _FROM_BEFORE.search(text, max(0, start - 30), start) \
            or any(p.country == country or p.kind in ("country", "admin1") for p in candidates) \
            or all(p.population < 100_000 for p in candidates):
        return False  # (the geocoder already frees a small foreign namesake for the names the index lacks)
    for m in _CAPITALISED_AFTER.finditer(text, end, end + 80):  # ("An Nada area, eastern Diyala province": the
        if any(p.kind == "admin1" and p.country == country for p in gazetteer.lookup_key(name_key(m.group()))):
            return False  # province the text states puts the name there already)
    lowered = text.lower()
    for code in {p.country for p in candidates}:
        names = {gazetteer.country_name(code) or ""} | {w for w, cc in demonym_countries().items() if cc == code}
        if any(name and re.search(rf"\b{re.escape(name.lower())}\b", lowered) for name in names):
            return False
    return True


_HOLDER_AFTER = re.compile(r"\s*,\s*((?:[Aa]l-)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
_PROVINCE_WORD_AFTER = re.compile(r"\s+(?i:state|province|governorate|region|department|oblast)\b")


def _holder_rules_out(text: str, end: int, candidates: list[Place], gazetteer: GazetteerIndex, country: str) -> bool:
    """Whether the place the text names after a comma ("Bapunagar, Ahmedabad") holds none of a loose reading's
    candidates: a province of the country that is not theirs, or a town or district of it whose district is not
    theirs and which lies more than 30 km from each."""
    m = _HOLDER_AFTER.match(text, end)
    if m is None:
        return False
    holders = [p for p in gazetteer.lookup_key(name_key(m.group(1))) if p.country == country
               and (p.kind in ("admin1", "admin2") or p.kind == "city" and p.population >= 20_000)]
    if _PROVINCE_WORD_AFTER.match(text, m.end()):  # "in Carayaca, Vargas state": the state, not its town or district
        holders = [p for p in holders if p.kind == "admin1"] or holders  # (a French department is a district)
    if not holders:
        return False
    for h in holders:
        for p in candidates:
            if h.kind == "admin1" and p.admin1 == h.admin1:
                return False
            if h.kind != "admin1" and (p.admin2 and p.admin2 in (h.admin2, h.name)
                                       or km_between(p.latitude, p.longitude, h.latitude, h.longitude) <= 30):
                return False
    return True


def _names_the_province(text: str, place: Place) -> bool:
    """Whether the text names the province of a district's seat that a looser spelling reached: a seat is small, and
    its namesakes by a looser spelling many ("Shinwar (...) district, Nangarhar" is no seat of Parwan), so only the
    province the text states lets one in (however spelled: "Mondul Kiri" is Mondolkiri)."""
    if not place.admin1:
        return False
    words = name_key(text)
    if f" {name_key(place.admin1)} " in f" {words} ":
        return True
    skeleton = skeleton_key(place.admin1)
    return len(skeleton) >= 4 and skeleton in skeleton_from_key(words)


_DISTRICT_AFTER = re.compile(r"\s+(?i:border\s+)?(?i:district|districts|county|counties|municipality|municipalities|municipio|lga|"
                             r"local government|tehsil|taluka|upazila|woreda|sub-?county|sub-?district|department|"
                             r"raion|rayon|province|prefecture|cercle|circle|township)\b")
_SMALL_PLACE_AFTER = re.compile(r"\s+(?i:village|villages|hamlet|area|neighbou?rhood|quarter|camp|community|"
                                r"settlement|farm|valley|hill|mountain|oil\s?field|field)\b")
_SMALL_PLACE_BEFORE = re.compile(r"\b(?i:village|hamlet|area|neighbou?rhood|community|settlement)\s+of\s+(?:the\s+)?$")
_DISTRICT_BEFORE = re.compile(r"\b(?i:district|county|municipality|municipio|department|province|cercle|circle) of\s+"
                              r"(?:the\s+)?$")


#: A name the text writes with the Arabic article ("Al-Dalwa", "al Karmah", "El-Fasher") and the countries whose
#: place names carry it (the Arab League's, and their neighbours with Arabic place names).
_ARABIC_ARTICLE = re.compile(r"(?:[Aa]l[-‐‑ ]|[Ee]l[-‐‑])\S")
_ARABIC_NAMING = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IR AF PK TR IL TD NE ML "
                           "ER SS KE ET".split())  # (Somali "El-" names in Kenya and Ethiopia)
# "Mamangou (Logobou, Tapoa)", "Diguel (Diguel, Soum)": the bracket after a place names what holds it, a district too
_HOLDER_SLOT_BEFORE = re.compile(r"\w\s*\((?:[^()\n]{1,40},\s*)?$")
_HOLDER_SLOT_AFTER = re.compile(r"\s*\)")
# "(Nihm, Sanaa)": a bracket's first slot names the district, then the province
_DISTRICT_SLOT_AFTER = re.compile(r"\s*(?:\)|,\s*[A-Z][^()\n,]{1,30}\))")
_CODE = re.compile(r"[A-Z]{2,3}")
# the last item of a place's bracket ("(Malappuram, KL)"), or the whole bracket after a name ("Keylong (HP)"; not a
# news agency's after a dateline in capitals: "WASHINGTON (AP)")
_CODE_SLOT_BEFORE = re.compile(r"(?:\w\s*\([^()\n]{1,40},|[a-z]\s*\()\s*$")


def _drop_untyped_districts(candidates: list[Place], text: str, start: int, end: int) -> list[Place]:
    """The registry's districts worldwide count only where the text calls the name a district ("Cachar district",
    "Sangrur district (Punjab)", "the municipality of Tila"): untyped, the name is a town ("in Inga" is no district
    of Paraiba)."""
    if not any(p.kind == "admin2" and p.source == "geonames" for p in candidates) or _DISTRICT_AFTER.match(text, end) \
            or _DISTRICT_BEFORE.search(text, max(0, start - 30), start) or _HOLDER_SLOT_BEFORE.search(
                text, max(0, start - 50), start) and _DISTRICT_SLOT_AFTER.match(text, end):
        return candidates
    # "In Basilan, a soldier was wounded": the province is named so; its seat answers to the name only as a former
    # name (Isabela was "Basilan City"), so the name is the district's, not a town's
    key = name_key(text[start:end])
    named = {p.country for p in candidates if p.kind == "admin2" and p.source == "geonames" and name_key(p.name) == key}
    if named and not any(p.country in named and p.kind not in ("admin1", "admin2") and name_key(p.name) == key
                         for p in candidates):
        return candidates  # (the resolver prefers the district to the town that answers to its name)
    return [p for p in candidates if not (p.kind == "admin2" and p.source == "geonames")]


_UNIT_AFTER = re.compile(r"\s*(?:\(|,)\s*([A-Z])")


def _held_by_a_unit(text: str, end: int, gazetteer: GazetteerIndex, country: str | None,
                    candidates: list[Place]) -> bool:
    """Whether the name ending at ``end`` is followed by "(Province" or ", District" of the country, or by the
    province or district one of its candidates lies in ("Cabanatuan, Nueva Ecija")."""
    m = _UNIT_AFTER.match(text, end)
    if m is None:
        return False
    following = re.findall(r"[\w'’-]+", text[m.start(1):m.start(1) + 60])[:5]
    held_in = {name_key(p.admin1 or "") for p in candidates} | {name_key(p.admin2 or "") for p in candidates}
    for n in range(len(following), 0, -1):  # "Norte de Santander", "Nueva Ecija", "Punjab"
        key = name_key(" ".join(following[:n]))
        if key in held_in or any(p.kind in ("admin1", "admin2") and (country is None or p.country == country)
                                 for p in gazetteer.lookup_key(key)):
            return True
    return False


# "in Nangalkot upazila (Comilla)", "Kabafukuzi village (Mubende district)": the bracket after a unit's type word
_UNIT_BRACKET_BEFORE = re.compile(r"\b(?i:village|town|city|area|district|upazila|tehsil|taluka|woreda|county|sub-?county|"
                                  r"municipality|lga|region|province|state)\s*\(\s*$")


def _bracket_after_a_unit(before: str, candidates: list[Place], country: str | None) -> bool:
    """Whether the name opens a bracket right after a place's type word (or a place's name: "Meknassy (Sidi Bou
    Zid)") and can hold a place there: a unit, a city of 100,000 people or more, or a town named like its province,
    of the country (the parser calls some such names persons)."""
    typed = bool(_UNIT_BRACKET_BEFORE.search(before))
    if not typed and not _BRACKET_SLOT.search(before):
        return False
    return any((p.kind in ("admin1", "admin2") or p.kind == "city" and (
        p.population >= 100_000 and typed or name_key(p.name) == name_key(p.admin1 or "")))
        and (country is None or p.country == country) for p in candidates)


def _listed_city(text: str, start: int, before: str, candidates: list[Place], country: str | None) -> bool:
    """"including in Paris, Lyon, Marseille": a city of the country (100,000 people or more) after a comma or "and"
    that follows another capitalised name, or after "neighbouring", is a place whatever the parser calls it."""
    city = any(p.kind == "city" and p.population >= 100_000 and (country is None or p.country == country)
               for p in candidates)
    nearby = re.search(r"\bneighbou?ring\s+$", before) and any(
        p.kind in ("city", "village") and (country is None or p.country == country) for p in candidates)
    return bool(city and re.search(r"[A-Z][\w'’-]*(?:,\s+|,?\s+and\s+)$", before) or nearby)


#: Capitalised names before this one in a list ("near Pokrovsk itself and ", "in Basra, Diwaniyah and ").
_NAMES_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?: itself)?(?:, (?:and )?| and ))+$")


def _listed_after_a_locative(text: str, start: int) -> bool:
    """"near Pokrovsk itself and Myrnohrad", "in Basra, Diwaniyah and Kut": a name in a list that a locative opens
    is placed by it, as the list's first name is (a town of 5,000 or more, matched as written and not taken for a
    person: "captured the Al-Raayah and Al-Tal Al-Abyad checkpoints" names no Tall Abyad)."""
    before = text[max(0, start - 160):start]
    listed = _NAMES_LISTED_BEFORE.search(before)
    if listed is None:
        return False
    head = before[:listed.start()]
    clause = clause_start(head)
    return bool(_IN_BEFORE.search(head, clause) or _NEAR_BEFORE.search(head, clause))


#: "Rutshuru, a town near ...", "Gidan Sule, a small village near ...": the apposition says what the name is.
APPOSED_TYPE = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(village|town|city|hamlet|settlement|community|"
                          r"district|suburb|neighbou?rhood|region|province|area)\b")


#: A person's role in apposition after a name: ", a senior militant commander", ", al-Qaida's top coordinator".
APPOSED_ROLE = re.compile(r",\s+(?:(?:a|an|the|his|her|their|its)\s+|[\w-]+(?:'s|’s)\s+)(?:[\w-]+\s+){0,3}?"
                          r"(?:commander|leader|chief|coordinator|spokesman|spokesperson|minister|official|officer|deputy|"
                          r"emir|mastermind|founder|president|governor|general|colonel|journalist|activist|lawyer|"
                          r"son|brother|wife|daughter|father|mother)\b(?!['’])")


#: A person's rank or title before a name ("Colonel Mbaye", "Mullah Omar Khan"); not "Sheikh" nor "Imam", which open
#: many a place's name too.
_TITLE = re.compile(r"(?:Colonel|Col|General|Gen|Major|Maj|Captain|Capt|Lieutenant|Lt|Sergeant|Sgt|Brigadier|Admiral|"
                    r"Commander|Mullah|Mr|Mrs|Dr)\.?")
_TITLE_BEFORE = re.compile(r"\b" + _TITLE.pattern + r"\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _plausible(surface: str, n: int, candidates: list[Place], label: str | None, country: str | None, loose: bool,
               text: str, start: int) -> bool:
    """Keep out common words and people's names unless the context says "place"."""
    head = name_key(surface)
    before = text[max(0, start - 40):start]
    read: dict[str, bool] = {}  # the words around, read once a rule needs them (most names need none of them)

    def locative() -> bool:
        if "locative" not in read:
            clause = clause_start(before)
            read["locative"] = bool(_IN_BEFORE.search(before, clause) or _NEAR_BEFORE.search(before, clause)
                                    or _IN_PART_BEFORE.search(before, clause)
                                    or _DIRECTION_BEFORE.search(before, clause))  # ("north of al Alam": no person)
        return read["locative"]

    def typed() -> bool:
        if "typed" not in read:
            read["typed"] = bool(_TYPE_WORD_AFTER.match(text, start + len(surface), start + len(surface) + 15)
                                 or _IN_TYPED_LIST.search(text, max(0, start - 120), start)
                                 or APPOSED_TYPE.match(text, start + len(surface))
                                 or re.search(r"\b(?:capital|city|town|village)\s+$", before)  # "the capital city Lashkar Gah"
                                 or _DISTRICT_BEFORE.search(before)  # ("circle of Douentza": the parser's PERSON)
                                 or _TOWN_OFFICE_BEFORE.search(before))  # ("for mayor of Coyuca de Benitez")
        return read["typed"]

    if (_TITLE_BEFORE.search(before) or _TITLE.fullmatch(surface) and _NAME_AFTER.match(text, start + len(surface))) \
            and not typed():
        return False  # "captured Colonel Mbaye", "seized Mullah Omar Khan": a titled person, never the place
    known = any(p.source == "bundled" or p.kind in ("admin1", "country") for p in candidates)
    if not known and APPOSED_ROLE.match(text, start + len(surface)):
        return False  # "captured Abu Zubaydah, al-Qaida's top coordinator, in Pakistan": a person, whatever the verb
    if label in ("PERSON",) and not (locative() or typed() or known or _on_road(text, start, start + len(surface))
                                     or _listed_city(text, start, before, candidates, country)
                                     or _bracket_after_a_unit(before, candidates, country)):
        return False
    if len(head.split()) == 1 and (head in COMMON_WORDS or surface.lower() in COMMON_WORDS) \
            and (loose or label not in ("GPE", "LOC", "FAC")):  # one word, its article aside ("Al-Sadr")
        return False  # (never by a looser spelling: spaCy may call "Soleimani" a place)
    # "(Hidaybu, Suqutra)": the province slot after a place and a comma holds a province, however spelled
    province_slot = loose and (_PROVINCE_SLOT.search(before) and all(p.kind == "admin1" for p in candidates)
                               or _BRACKET_SLOT.search(before) and any(p.kind == "admin1" for p in candidates))
    if province_slot:  # ("Meknassy (Sidi Bou Zid)" = Sidi Bouzid: the province, not its town)
        candidates[:] = [p for p in candidates if p.kind == "admin1"]
    if loose and not (locative() or typed() or province_slot or label in ("GPE", "LOC", "FAC")):
        return False
    if loose:  # a loose match must reach a well-known place, never a village (a district's seat is one)
        candidates[:] = [p for p in candidates if p.population >= 1_000 or p.source == "bundled" or p.kind in
                         ("admin1", "admin2") or registry_seat(p)]
        if not candidates:
            return False
    if all(p.kind in ("village", "neighbourhood", "area", "landmark") and p.population < 1_000 and p.source == "dump"
           for p in candidates):
        village_word = re.match(r"\s*(village|area|neighbou?rhood|district)\b", text[start + len(surface):start + len(surface) + 15],
                                re.IGNORECASE) or re.search(r"(village|town) of\s+$", text[max(0, start - 20):start], re.IGNORECASE)
        if not (locative() or village_word or label in ("GPE", "LOC", "FAC")):
            return False
        if len(head) <= 4 and not village_word:
            return False
    strong = any(p.kind in ("country", "admin1") or p.population >= 100_000 or p.source == "bundled" for p in candidates)
    local = country is not None and any(p.country == country for p in candidates)
    if label in ("GPE", "LOC", "FAC") or strong or local:
        return True
    # ("near Pokrovsk itself and Myrnohrad": a town of a list a locative opens, whatever the tagger calls it but a person)
    listed = not loose and label != "PERSON" and _listed_after_a_locative(text, start)
    return (locative() or listed) and any(p.population >= 5_000 for p in candidates)


#: A town's office before a name: "mayor of Coyuca de Benitez" names a municipality, whatever the parser calls it.
_TOWN_OFFICE_BEFORE = re.compile(r"\b(?:mayor|mayoral\s+candidate|mayoralty|municipal\s+president)\s+of\s+$",
                                 re.IGNORECASE)
_TYPE_WORD_AFTER = re.compile(
    r"\s*(district|province|governorate|city|town|township|village|area|region|countryside|suburbs|outskirts)\b",
    re.IGNORECASE)
_PROVINCE_SLOT = re.compile(r"[A-Za-z][\w'’.]*\s*,\s*$")
_BRACKET_SLOT = re.compile(r"[A-Za-z][\w'’.]*\s*\((?:[^()\n]{1,40},\s*)?$")  # "Meknassy (", "Nassougou (Matiacoali, "

_TYPE_NOUNS = r"(?:holy\s+|port\s+|border\s+|northern\s+|southern\s+|eastern\s+|western\s+)?" \
              r"(?:city|town|village|capital|port|province|region|district|governorate|state)"
# "the Lebanese city of Tripoli", "Santiago, the Chilean capital": the adjective names the place's country
_DEMONYM_BEFORE = re.compile(rf"\b([A-Z][a-zé]+(?:[ -][A-Z][a-z]+)?)\s+{_TYPE_NOUNS}\s+of\s+(?:the\s+)?$")
_DEMONYM_AFTER = re.compile(rf",\s+(?:the|a)\s+([A-Z][a-zé]+(?:[ -][A-Z][a-z]+)?)\s+{_TYPE_NOUNS}\b")


def _stated_country(before: str, after: str) -> str | None:
    m = _DEMONYM_BEFORE.search(before) or _DEMONYM_AFTER.match(after)
    return demonym_countries().get(m.group(1).lower()) if m else None


#: After a name that opens a quotation, the rest of a quoted title and the lowercase noun it names: "the 'Nassriya
#: deadline'", "the 'Dilli Chalo' march".
_QUOTED_TITLE = re.compile(r"(?:\s+[a-z]|(?:\s+[A-Z][\w-]*){1,3}['’\"”]\s+[a-z])")


def _read_context(text: str, t: Toponym) -> None:
    before = text[max(0, t.start - 60):t.start]
    after = text[t.end:t.end + 40]
    clause = clause_start(before)
    country = _stated_country(before, after)
    if country:
        t.notes["country"] = country
    after_words = [re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", after.lower())[:2]]  # "Governorate's"
    before_words = re.findall(r"[\w'’-]+", before.lower())
    if after_words and after_words[0] in _TYPE_AFTER and not after.startswith(("-", "'")) \
            and not after.lstrip().startswith(","):  # ("Boni, circle of Douentza": the holder's type, not Boni's)
        t.type_hint = _TYPE_AFTER[after_words[0]]
        if after_words[0] == "region" and after.lstrip()[:1].isupper() \
                and any(p.kind == "admin1" and name_key(p.name) == name_key(t.text) for p in t.candidates):
            t.type_hint = "admin1"  # "in Sagaing Region", "Amhara Region": the unit's own name, not a zone of a town
    elif before_words[-2:-1] and before_words[-1] == "of" and before_words[-2] in _TYPE_BEFORE:
        t.type_hint = _TYPE_BEFORE[before_words[-2]]
    elif before_words[-1:] and before_words[-1] in {"province", "governorate"}:
        t.type_hint = "admin1"
    if _AFFILIATION.match(after) or _UNIT_BEFORE.search(before, clause):
        t.relation = "affiliation"
    elif re.match(r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Station|Center|Centre|Company|Hospital|University|Stadium|Hotel|Factory|"
                  r"Plant|Refinery|Prison|Market|Mall|Council|Directorate|Department|Command|Operations|Police|Club|"
                  r"Court|School|College|Mosque|Church|Office|Bazaar|Bazar)\b", after):
        t.relation = "facility"  # "Al-Zubaidiya Thermal Station": a named facility, weak evidence of place
    elif re.match(r"[-–]\s*[A-Z]", after) or re.search(r"[A-Za-z][-–]$", before):
        t.relation = "route"  # "the Haditha-Baiji road", "the Baghdad-Basra highway" ("Mogadishu-Bondhere": a zone)
        t.notes["road"] = _on_road(text, t.start, t.end)
    elif _ROAD_BETWEEN_BEFORE.search(text[max(0, t.start - 110):t.start]):
        t.relation, t.notes["road"] = "near", "between"  # near either end (precision 2); a place the text puts the
        # event in or near besides is more precise (see resolver.select)
    elif _ROAD_FROM_BEFORE.search(before):
        t.relation = "near"  # "the road that connects Acapulco to Zihuatanejo": on the road out of Acapulco
    elif _ROAD_TO_BEFORE.search(text[max(0, t.start - 110):t.start]):
        t.relation = "reference"  # (the road's other end only says where it leads)
    elif _SOLIDARITY_BEFORE.search(text[max(0, t.start - 110):t.start]):
        t.relation = "reference"  # "protested in Pinsk in solidarity with the protest in Brest": another event's place
    elif re.search(r"['\"‘“]$", before) and _QUOTED_TITLE.match(after) and t.type_hint is None:
        t.relation, t.notes["quoted"] = "facility", True  # "the 'Nassriya deadline'", "the 'Dilli Chalo' march": a
        # quoted name of something else, weak evidence of place
    elif re.match(r"\s+(?i:road|street|avenue|boulevard|square|plaza|roundabout|bridge|park)\b", after):
        t.relation = "facility"  # "on Murree road in Rawalpindi", "in Moreno Square": named after a town, not in it
    elif after.startswith(("'s ", "’s ")):
        t.relation = "possessive"
    elif _DESTINATION_BEFORE.search(before, clause):
        t.relation, t.notes["destination"] = "reference", True  # (alone, the event is on the way there: precision 2)
    elif _OUTSKIRTS_BEFORE.search(before, clause):
        t.relation = "outskirts"
    elif _DIRECTION_BEFORE.search(before, clause):
        t.relation = "direction"
    elif _NEAR_BEFORE.search(before, clause):
        t.relation = "near"
    elif _PART_BEFORE.search(before, clause):
        t.relation = "part"
    elif _IN_BEFORE.search(before, clause):
        t.relation = "in"
    elif _FROM_BEFORE.search(before, clause):
        t.relation = "from"
    elif re.search(r"\(\s*$", before) or re.search(r",\s*$", before):
        t.relation = "apposition"  # "in al-Zubair, Basra province" / "Hawija (Kirkuk)"
