"""Places the gazetteer lacks: a name the text puts in a place's slot stays a place.

"in Mogadishu's Yaqshid district", "near the village of Huwaysis in the east Homs countryside",
"in Bonda, on the outskirts of the city of Santa Marta": the text says the name is a place (a type word
after it or "the village of" before it, a locative before a name the parser calls a place). The
index may not know it; the event is still there. :func:`find_unknown_places` returns such names, with
the cue that made them places, for the geocoder to code to the smallest known unit that holds them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lookbehind import clause_start
from .finder import APPOSED_ROLE, APPOSED_TYPE, COMMON_WORDS, NAME_OPENERS, Toponym
from .normalize import ARTICLES, name_key
from .sources import demonym_countries

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["UnknownName", "find_unknown_places", "FEATURE_TYPES"]

#: Words naming a kind of place, after a name ("Yaqshid district", "Gondola Crossing"), and the kind.
FEATURE_TYPES = {
    "village": "village", "villages": "village", "town": "city", "city": "city", "hamlet": "village",
    "settlement": "village", "community": "village",  # (Nigerian and Kenyan press: "Agasha community")
    "district": "neighbourhood", "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood",
    "neighbourhoods": "neighbourhood", "neighborhoods": "neighbourhood", "quarter": "neighbourhood",
    "suburb": "neighbourhood", "area": "area", "region": "area", "countryside": "area", "valley": "area",
    "mountain": "area", "mountains": "area", "hills": "area", "hill": "area", "plain": "area", "plains": "area",
    "desert": "area", "forest": "area", "forests": "area", "farms": "area", "springs": "area", "sector": "area",
    "camp": "landmark", "base": "landmark", "airbase": "landmark", "airport": "landmark", "crossing": "landmark",
    "checkpoint": "landmark", "square": "landmark", "street": "landmark", "road": "landmark", "highway": "landmark",
    "bridge": "landmark", "junction": "landmark", "roundabout": "landmark", "dam": "landmark", "plant": "landmark",
    "prison": "landmark", "market": "landmark", "hospital": "landmark", "palace": "landmark", "shrine": "landmark",
    "mosque": "landmark", "tomb": "landmark", "temple": "landmark", "church": "landmark", "fields": "landmark",
    "field": "landmark", "oilfield": "landmark", "oilfields": "landmark", "lake": "area", "railroad": "landmark", "railway": "landmark", "station": "landmark", "park": "landmark",
    "chowk": "landmark", "colony": "neighbourhood", "stadium": "landmark", "university": "landmark",
    "complex": "landmark", "tower": "landmark", "port": "landmark", "harbour": "landmark", "harbor": "landmark",
    "checkpoints": "landmark", "camps": "landmark", "bases": "landmark", "crossings": "landmark", "towns": "city",
    "quarters": "neighbourhood", "suburbs": "neighbourhood",  # ("the Al-Raayah and Al-Tal Al-Abyad checkpoints")
    "county": "admin2", "subdistrict": "admin2",
    "sub-district": "admin2", "lga": "admin2", "municipality": "admin2", "regency": "admin2",
    # what South Asia and East Africa call a district or its part ("Daudkandi Upazila", "Bati woreda")
    "upazila": "admin2", "tehsil": "admin2", "taluka": "admin2", "woreda": "admin2", "subcounty": "admin2",
    "township": "admin2",  # (Myanmar's: "Shwebo township")
    "border": "area",  # a crossing point South Asian press names so ("a sit-in at Shambhu border"): a place of its own
}
_TYPE_AFTER = re.compile(r"(?:\s+(?:refugee|army|military|air|border|power|gas|oil|motor|local\s+government))?\s+(" +
                         "|".join(sorted(FEATURE_TYPES, key=len, reverse=True)) + r")\b(?:\s+area\b)?", re.IGNORECASE)
_TYPE_BEFORE = re.compile(r"\b(villages?|towns?|city|cities|hamlets?|districts?|neighbou?rhoods?|suburbs?|areas?|region|"
                          r"province|governorate|"
                          r"camp|locality|municipality|county|hilltop|hill)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(r"\b(in|at|near|outside|inside|around|into|toward|towards|across|throughout|through|"
                              r"(?:perimeter|outskirts|edge|flanks?|axis|entrance|countryside|cent(?:re|er)|heart|"
                              r"vicinity|parts?|surroundings|gates?)\s+of|entered|stormed|captured|recaptured|seized|"
                              r"besieged|shelled|bombed|raided|attacked|reached|liberated|siege\s+(?:on|of)|"
                              r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"  # ("north of Fish Khabur")
                              r"\d+\s*(?:km|kilometers|kilometres|miles)\s+(?:(?:north|south|east|west)\w*\s+)?"
                              r"(?:of|from))"
                              r"\s+(?:the\s+)?$", re.IGNORECASE)
#: Verbs of a strike, whose object is a place only where its name says so ("struck Kafr Nabudah", not "hit Ahmed").
_STRUCK_BEFORE = re.compile(r"\b(struck|hit|targeted|bombarded|pounded)\s+(?:the\s+)?$", re.IGNORECASE)
#: Verbs whose object can only be a place (people are captured or attacked, not entered or shelled).
_ENTERED = frozenset({"entered", "stormed", "shelled", "besieged", "liberated", "recaptured"})
_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "into", "toward", "towards", "across",
                           "throughout"})
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|around|towards?|close to|vicinity of|outskirts of)\b[^.,;()]{0,30}$",
                          re.IGNORECASE)
# capitalised words joined by the connectors of place names ("Deir ez-Zor", "Bab al-Hawa", "Ain el- Helweh")
_LINKS = "|".join(sorted(ARTICLES - {"at", "an", "as", "ad", "ed", "es", "il"}  # (English words: "Raqqa at Abu ...")
                         | {"de", "del", "la", "los", "las", "da", "do", "dos", "bin", "ibn", "wa", "bani"}))
_CAP = r"[A-Z][^\W\d_]*(?:['’‘](?!s\b)[^\W\d_]+)*"  # (a possessive ends the word: "Hama's")
_SEP = r"(?:[ \t]|-[ \t]?['’‘ʿ]?)"  # ("Tal Al-'Eiss")
_NAME = re.compile(rf"(?<![\w'’‘-])(?:[‘ʿ'](?=[A-Z]))?(?:(?:al|el)[- ])?{_CAP}(?:{_SEP}(?:(?:{_LINKS}){_SEP}|(?:at|an|as|ad|ed|es|il)-)*{_CAP}){{0,4}}")
_PLACE_OPENERS = NAME_OPENERS - {"abu"} | {"mount", "tel"}  # (the parser often calls "Sheikh Maqsoud" a person)
_NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT",
                               "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LANGUAGE"})
#: Words of an organisation's name ("in Gorran Movement HQ"): such a name is a body, not a place.
_BODY_WORDS = frozenset({"hq", "headquarters", "movement", "party", "office", "offices", "council", "ministry", "company",
                         "bank", "university", "committee", "front", "union", "association", "group", "brigade", "army",
                         "forces", "police", "court", "assembly", "parliament", "agency", "organisation", "organization"})
_SENTENCE_OPENERS = frozenset("the a an this that these those in at on as by for with from after before during while "
                              "meanwhile however earlier later separately also".split())


@dataclass(frozen=True, slots=True)
class UnknownName:
    """A place name the gazetteer does not know, where the text says it is a place."""

    start: int
    end: int
    text: str
    type_hint: str | None  # the kind the type word gives (village, neighbourhood, area, landmark, admin2)
    relation: str  # in | near
    weak: bool = False  # one untyped word after a locative ("in Bonda"): a place only if a known place holds it
    typed: bool = False  # the text says what kind of place it is ("the town of Bassima", "Nabi Yunis area")
    named_after: int | None = None  # where the known place it is named after starts ("Kirkuk Airport")


def find_unknown_places(text: str, known: list[Toponym], *, doc: "Doc | None" = None) -> list[UnknownName]:
    """Names in place slots that overlap none of the ``known`` toponyms (but for a feature named after one,
    "Kirkuk Airport"), in text order."""
    labels = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if doc is not None else []
    tokens = _TokensByOffset(doc)
    taken = list(dict.fromkeys((t.start, t.end) for t in known))
    found: list[UnknownName] = []
    for m in _NAME.finditer(text):
        start, end, name = m.start(), m.end(), m.group()
        if name[0] in "‘ʿ'" and (re.match(r"[’']", text[end:end + 1]) or _at_sentence_start(text, start)):
            continue  # ("the ‘Tiger Forces’": a quotation, not the ayn of "‘Uqayrib")
        words = re.findall(r"[^\W\d_]+(?:['’‘][^\W\d_]+)*", name)
        start, end, name, words = _trim(text, start, end, name, words)
        lga = _LGA_WORDS.search(name)
        if lga and lga.start() > 0:  # "Kankara Local Government Area": the unit's name, then its type
            end, words = start + lga.start(), words[:-len(lga.group().split())]
            name = text[start:end]
        if not words or _SIDE_AFTER.match(text, end) or _BODY_AFTER.match(text, end) or _WHOSE_AFTER.match(text, end) \
                or _ACRONYM.fullmatch(name) and _POST_AFTER.match(text, end):
            continue  # ("in Houthi-controlled areas": whose areas, not a place; "in Rapid Reaction force": a body;
            # "bombed RSF positions": whose positions)
        overlapping = [(s, e) for s, e in taken if s < end and start < e]
        named_after = None
        if overlapping:  # "Kirkuk Airport", "Matin Mountain": a feature named after a place is a place of its own
            if not (len(words) > 1 and FEATURE_TYPES.get(words[-1].lower()) in ("landmark", "area")
                    and words[-1] != "Region"  # ("Sagaing Region" is the province of that name)
                    and len(overlapping) == 1
                    and overlapping[0][0] == start and overlapping[0][1] < end - len(words[-1])):
                continue
            named_after = start
        before = text[max(0, start - 40):start]
        clause = clause_start(before)  # (the words before a name are searched from there)
        typed = _TYPE_AFTER.match(text, end)
        if typed and _BODY_AFTER_TYPE.match(text, typed.end()):
            typed = None  # ("the SNAI prison agency", "the Kano prison service": a body, not a prison)
        type_word = typed.group(1).lower() if typed else None
        if typed and re.match(r"\s+local\s+government\b", typed.group(), re.IGNORECASE):
            type_word = "lga"  # (Nigeria's districts: "Guma Local Government Area")
        if typed and not typed.group(1).islower() and typed.end(1) == end:
            type_word = None  # (the type word is the name's own last word: handled below)
        own_type = words[-1].lower() if len(words) > 1 and words[-1].lower() in FEATURE_TYPES else None
        apposed = APPOSED_TYPE.match(text, end)
        if type_word is None and own_type is None and apposed is not None:
            type_word = apposed.group(1).lower()  # "Gidan Sule, a small village near Kadarko"
        of_type = _TYPE_BEFORE.search(before, clause)
        locative = _LOCATIVE_BEFORE.search(before, clause) or (
            _STRUCK_BEFORE.search(before, clause) if words[0].lower() in _PLACE_OPENERS else None)
        label = _label(labels, start, end)
        kind = FEATURE_TYPES.get(type_word or own_type or "") or (
            _OF_TYPES.get(of_type.group(1).lower()) if of_type else None)
        if (type_word or own_type) in _ROADS:
            continue  # ("blocked the Pan-American highway in the Puno region": a line, not a point; the places
            # around it say where)
        listed = _listed_after(text, found, start)
        if kind is None and listed is not None:  # "the towns of Khan Touman, Aleis and Alzorba"
            kind = listed.type_hint
        weak = False
        if kind is None:
            if locative is None or _at_sentence_start(text, start) or APPOSED_ROLE.match(text, end):
                continue  # ("captured Abu Zubaydah, al-Qaida's top coordinator": a person in a place's slot)
            if label in _NOT_PLACE_LABELS and not (label == "PERSON" and words[0].lower() in _PLACE_OPENERS):
                if label not in ("ORG", "PERSON") or len(words) > 1 and (
                        locative.group(1).lower() not in _PREPOSITIONS or any(w.lower() in _BODY_WORDS for w in words)):
                    continue
                weak = True  # ("in Zergete of Sulaymaniyah district", "near El Meram in West Kordofan": the parser's
                # ORG, but its holder follows)
            # a single untyped word after "in" is too often something else ("in Congress"), unless its holder follows
            # ("entered Rityan": the parser's PERSON; "shelled the PUK positions": an acronym is a body)
            weak = weak and (locative.group(1).lower() not in _ENTERED or name.isupper())
            weak = weak or label not in ("GPE", "LOC", "FAC") and len(words) == 1 and (
                locative.group(1).lower() in _PREPOSITIONS)  # ("stormed Zabdeen" needs no more)
        if kind is not None and _generic_before(text, start, before, tokens):
            if label == "NORP" or type_word == "community":
                continue  # ("a Fulani village", "the Shia community": a people's place, not a place's name)
        elif label == "NORP" and type_word is not None and not of_type:
            label = None  # "attacked Nwonko village": the parser's NORP, but the type word names a place
        if not _plausible_name(words, label, kind is not None):
            continue
        relation = listed.relation if listed is not None else "near" if _NEAR_BEFORE.search(before, clause) else "in"
        found.append(UnknownName(start, end, name, kind, relation, weak, typed=kind is not None,
                                 named_after=named_after))
        taken.append((start, end))
    return found


#: The words of Nigeria's district type after a name ("Agatu Local Government Area", "Guma Local Government").
_LGA_WORDS = re.compile(r"(?:\s+Local\s+Government(?:\s+Area)?)$")
#: Roads: named lines, never an event's point ("the Pan-American highway").
_ROADS = frozenset({"road", "highway", "motorway", "expressway", "freeway"})
#: A hyphened word after a name that makes it a side or a body: "Houthi-controlled", "Kurdish-led".
_SIDE_AFTER = re.compile(r"[-‐‑–](?:backed|based|led|allied|aligned|affiliated|linked|supported|sponsored|funded|"
                         r"controlled|held|run|owned|dominated)\b", re.IGNORECASE)
#: A side's people or posts after a name the index lacks: "bombed RSF positions", "killed ADF fighters".
_WHOSE_AFTER = re.compile(r"\s+(?:positions?|fighters?|militants?|targets?|members?|strongholds?|hideouts?|"
                          r"commanders?|troops?|gunmen|convoys?|supporters?|combatants?)\b", re.IGNORECASE)
#: A force's acronym ("the ENDF camp", "an FDLR base"): the camp or base is whose, and the place is the one the
#: text gives around it ("near Gondar airport"). A town is not written in capitals in running text.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_POST_AFTER = re.compile(r"\s+(?:(?:army|military)\s+)?(?:camps?|bases?|airbases?|barracks|garrisons?|outposts?|"
                         r"posts?|headquarters|checkpoints?)\b", re.IGNORECASE)
#: A body's noun after a name the index lacks: "a police officer in Rapid Reaction force" names a unit, not a place.
_BODY_AFTER = re.compile(r"\s+(?:force|forces|units?|brigades?|battalions?|regiments?|division|corps|militias?|party|"
                         r"movement|committee|council|command)\b", re.IGNORECASE)
#: A body's noun after a place's type word: "the SNAI prison agency" names no prison.
_BODY_AFTER_TYPE = re.compile(r"\s+(?:agency|agencies|authority|authorities|service|services|system|department|"
                              r"directorate|administration|officials?|board|commission|ministry)\b", re.IGNORECASE)
#: Words before a name that make "NAME village" a kind of village rather than its name ("a Christian village").
_GENERIC_BEFORE = re.compile(r"\b(?:a|an|the|many|several|some|other|\w+ly)\s+$", re.IGNORECASE)


class _TokensByOffset:
    """A parse's tokens by character offset, read from the parse when a rule first asks (most texts never do)."""

    __slots__ = ("_doc", "_starts")

    def __init__(self, doc: "Doc | None") -> None:
        self._doc = doc if doc is not None and hasattr(doc, "__iter__") else None  # (a stub with labels only: none)
        self._starts: list[int] | None = None

    def before(self, offset: int) -> "Token | None":
        """The last token that starts before character ``offset``, if any."""
        if self._doc is None:
            return None
        if self._starts is None:
            self._starts = [t.idx for t in self._doc]
        i = bisect_right(self._starts, offset - 1) - 1
        return self._doc[i] if i >= 0 else None


def _generic_before(text: str, start: int, before: str, tokens: _TokensByOffset) -> bool:
    """Whether a determiner, an adverb or an adjective comes right before the name: "a crowded Shi'ite mosque",
    "this predominantly Kurdish area" describe a place by its people; "attacked Nwonko village" names one."""
    if _GENERIC_BEFORE.search(before):
        return True
    prev = tokens.before(start) if before.strip() else None
    if prev is None:
        return False
    return not text[prev.idx + len(prev):start].strip() and prev.pos_ in ("ADJ", "ADV", "DET", "NUM")


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)")


def _listed_after(text: str, found: list[UnknownName], start: int) -> UnknownName | None:
    """The typed unknown name this one follows in a list ("the villages of Tal Mustawi and Ma'aratah"), if any."""
    if not found or found[-1].type_hint is None:
        return None
    return found[-1] if _LIST_GAP.fullmatch(text, found[-1].end, start) else None


_OF_TYPES = {"village": "village", "villages": "village", "town": "city", "city": "city", "hamlet": "village",
             "towns": "city", "cities": "city", "hamlets": "village", "districts": "neighbourhood", "areas": "area",
             "neighbourhoods": "neighbourhood", "neighborhoods": "neighbourhood", "suburbs": "neighbourhood",
             "hilltop": "area", "hill": "area",
             "district": "neighbourhood", "neighbourhood": "neighbourhood", "neighborhood": "neighbourhood",
             "suburb": "neighbourhood", "area": "area", "region": "area", "camp": "landmark", "locality": "village",
             "municipality": "admin2", "county": "admin2", "province": "admin1", "governorate": "admin1"}


def _trim(text: str, start: int, end: int, name: str,
          words: list[str]) -> tuple[int, int, str, list[str]]:
    """Drop opening words that are not part of a name ("The", "In", a demonym: "Syrian", "Latakia's" is kept)."""
    while len(words) > 1 and words[-1].lower() in ARTICLES:  # "Tal Al-'": the article opens a word left out
        end = text.rfind(words[-1], start, end)
        end = len(text[:end].rstrip(" \t-"))
        words = words[:-1]
    featured = len(words) > 1 and words[-1].lower() in FEATURE_TYPES  # ("Turkmen Mountains" keeps its demonym)
    if len(words) > 1 and words[0] in ("al", "el") and not words[1][:1].isupper():
        return start, end, name, []  # ("al and", "el ...": an article before no name)
    while words and (words[0].lower() in _SENTENCE_OPENERS
                     or words[0].lower() in demonym_countries() and not featured) and not _ARABIC_AN.match(text, start):
        # ("An Nada area": the Arabic article, not the English one)
        cut = text.find(words[0], start) + len(words[0])
        rest = re.match(r"[ \t-]*", text[cut:end])
        start = cut + (rest.end() if rest else 0)
        words = words[1:]
    name = text[start:end]
    return start, end, name, words


_ARABIC_AN = re.compile(r"An[ -]N[a-z]")  # ("An Nada", "An Nasiriyah"; not "An NGO", "An Iraqi")


#: Titles that open a person's name ("Mr Mike Uba", "Dr. Amina Bello", "Chief Okafor").
#: (Not "Sheikh" or "Imam": "Sheikh Maqsoud" is a district, "Imam Hussein shrine" a place.)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "chief", "alhaji", "hajiya", "sir", "madam", "rev",
                         "pastor", "barrister", "engr", "hon", "comrade",
                         # ranks and clerics' titles: "captured Colonel Mbaye", "seized Mullah Omar Khan"
                         "colonel", "col", "general", "gen", "major", "maj", "captain", "capt", "lieutenant", "lt",
                         "sergeant", "sgt", "brigadier", "admiral", "commander", "mullah", "governor", "senator"})


def _plausible_name(words: list[str], label: str | None, typed: bool) -> bool:
    if words[0].lower().rstrip(".") in _HONORIFICS and len(words) > 1:
        return False  # a person ("the Chairman of Guma LGA, Mr Mike Uba, said")
    lowered = [w.lower().rstrip("s") for w in words]
    if name_key(" ".join(words)) in COMMON_WORDS:
        return False  # ("towards Al-Sadr": the article aside, a common word)
    if all(w in COMMON_WORDS or w.lower() in COMMON_WORDS or w.lower() in FEATURE_TYPES for w in words):
        return False
    if words[0].lower() in COMMON_WORDS and words[0].lower() not in _PLACE_OPENERS and not typed:
        return False
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return False  # ("Hama's Hamidiyeh": the possessive is a holder, matched on its own)
    return not (len(lowered) == 1 and len(lowered[0]) <= 2) and not (label == "NORP")


def _label(labels: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    return next((label for s, e, label in labels if s < end and start < e), None)


def _at_sentence_start(text: str, start: int) -> bool:
    return not text[:start].strip() or bool(re.search(r"[.!?\n]\s*$", text[max(0, start - 3):start]))
