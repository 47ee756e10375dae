"""Disambiguation and event-location selection.

:class:`Geocoder` reads a document once (:meth:`Geocoder.analyse`): it finds the toponyms, infers
the document's country when none is given (a round-up's "In Mali, ..." paragraphs are Mali's:
:mod:`~eventcoder.geo.sections`), and picks one gazetteer entry per toponym using the
country, what the text says the name is ("province", "city of"), population and the other places
the document names. :meth:`Geocoder.event_place` then chooses, for one event sentence, where the
event happened (origins such as "militias from Basra" or "Iran-backed" are not event locations)
and codes it at ACLED's geo_precision.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..analysis import ResolvedPlace
from ..record import Span
from .attachment import Attachment
from .casing import is_lowercased, recase
from .finder import Toponym, find_toponyms
from .holders import AREA_REACH_KM, DISTRICT_REACH_KM, METROPOLIS, SUBURB_KM, apply_stated_admin1, \
    drop_provinces_typed_as_districts, in_list, link_possessives, mark_containers, mark_references
from .index import GazetteerIndex, km_between
from .model import ADMIN_KINDS, POINT_KINDS, Place
from .normalize import ascii_name, name_key
from .reforms import carved_out_of
from .sections import Section, country_sections, section_at
from .sources import demonym_countries
from .theatres import Theatre, theatre_of
from .unknown import UnknownName, find_unknown_places

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Geocoder", "DocumentPlaces", "ResolvedToponym"]

_RELATION_WEIGHT = {"in": 2.0, "outskirts": 2.0, "near": 1.6, "direction": 1.6, "part": 1.0, "apposition": 0.3,
                    "none": 0.0, "possessive": -0.4, "from": -3.0, "affiliation": -6.0,
                    "route": -0.5, "reference": -0.2, "facility": -0.8,
                    "container": -2.0}
_KIND_WEIGHT = {"area": 1.8, "landmark": 2.3, "neighbourhood": 2.3, "city": 2.0, "village": 2.0, "admin2": 1.3, "admin1": 0.8,
                "country": -1.5}
_NEAR_RELATIONS = frozenset({"near", "direction", "part"})
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_PLACE_NOUN = re.compile(r"\s+(?:capital|city|town|village|province|state|region|district)\b")  # not "border"
_SHIPS_FLAG = re.compile(r"-(?:flagged|owned|operated|registered|managed|chartered)\b")
_DEMONYM_VOTE = 1.0  # a nationality word, less than a place: "Russian drones hit Kharkiv" is in Ukraine
#: A country's possessive that places ("Cameroon's North-West region", "Nigeria's Borno state", "Haiti's capital"):
#: a place word within the next few words.
_PLACE_AFTER_POSSESSIVE = re.compile(r"(?i)['’]s?\s+(?:[\w-]+\s+){0,3}?(?:capital|city|town|village|province|state|"
                                     r"region|district|county|border|north|south|east|west|northern|southern|eastern|"
                                     r"western|central|coast|highlands|oblast|governorate)\b")


@dataclass(slots=True)
class ResolvedToponym:
    toponym: Toponym
    place: Place
    score: float

    def as_dict(self) -> dict[str, object]:
        p = self.place
        return {"text": self.toponym.text, "start": self.toponym.start, "end": self.toponym.end, "kind": p.kind,
                "name": p.name, "country": p.country, "admin1": p.admin1, "admin2": p.admin2,
                "latitude": p.latitude, "longitude": p.longitude, "relation": self.toponym.relation}


@dataclass(slots=True)
class DocumentPlaces:
    """What :meth:`Geocoder.analyse` found in one document."""

    country: str | None  # ISO alpha-2
    country_name: str | None
    country_given: bool
    toponyms: list[ResolvedToponym] = field(default_factory=list)
    theatre: Theatre | None = None  # the conflict theatre the text names ("OSCE SMM": Donetsk and Luhansk)
    set_aside: list[tuple[int, int]] = field(default_factory=list)  # the dateline: where the story was filed
    summary: list[tuple[int, int]] = field(default_factory=list)  # the headline: it sums up the body's places
    attachment: Attachment | None = None  # dependency paths to the event's verb, when the text was parsed
    text: str = ""  # the document's text, to read the words between its names
    sections: list[Section] = field(default_factory=list)  # a round-up's stretches about another country

    def country_at(self, position: int) -> str | None:
        """The country of the text at ``position``: its round-up section's, else the document's."""
        section = section_at(self.sections, position)
        return section.country if section is not None else self.country

    def in_range(self, start: int, end: int) -> list[ResolvedToponym]:
        return [t for t in self.toponyms if start <= t.toponym.start < end and not self.aside(t)]

    def aside(self, r: ResolvedToponym) -> bool:
        return any(s <= r.toponym.start < e for s, e in self.set_aside)

    def dominant(self, before: int | None = None, country: str | None = None) -> ResolvedToponym | None:
        """The document's main place: the most named point place of its country (or of ``country``), else its most
        named admin unit (among the places named ``before`` a position, when given: an event takes the document's
        earlier places)."""
        country = country or self.country
        pool = [t for t in self.toponyms if t.toponym.relation not in ("from", "affiliation") and not self.aside(t)
                and not t.toponym.notes.get("quoted")  # ("the 'Dilli Chalo' march": a title, not a place)
                and (before is None or t.toponym.start < before)
                and (country is None or t.place.country == country) and t.place.kind != "country"
                and not _new_name(t.toponym)]
        if not pool:
            return None
        body = [t for t in pool if not any(s <= t.toponym.start < e for s, e in self.summary)]
        pool = body or pool  # (a headline's place is the body's in summary, never above it)
        counts = Counter(t.place.id for t in pool)
        return max(pool, key=lambda t: (t.place.kind in POINT_KINDS, counts[t.place.id], -t.toponym.start))


    def origin(self, before: int | None = None, country: str | None = None) -> ResolvedToponym | None:
        """"People from Afak organized a protest in the centre of the city": with no other place in the
        document, the place its people come from (a town before a province)."""
        country = country or self.country
        pool = [t for t in self.toponyms if t.toponym.relation == "from" and t.place.kind != "country"
                and (before is None or t.toponym.start < before)
                and (country is None or t.place.country == country)]
        return max(pool, key=lambda t: (t.place.kind in POINT_KINDS, -t.toponym.start)) if pool else None


class Geocoder:
    """Place names in, ACLED-style places out, over one :class:`GazetteerIndex`."""

    def __init__(self, gazetteer: GazetteerIndex) -> None:
        self.gazetteer = gazetteer

    # -- document level -------------------------------------------------------------------------
    def analyse(self, text: str, *, doc: "Doc | None" = None, country: str | None = None,
                dateline: tuple[int, int] | None = None) -> DocumentPlaces:
        """Find and disambiguate the document's toponyms. ``country`` is a name or ISO code, or None to infer;
        ``dateline`` is where the dateline's place name lies, when the text has one (a vote for the country)."""
        given = self.gazetteer.country_code(country) if country else None
        original = text
        if is_lowercased(text):  # "ahmedabad: police opened fire ...": capitals back where the text states a place
            text = recase(text, self.gazetteer, given)
        toponyms = find_toponyms(text, self.gazetteer, doc=doc, country=given)
        attachment = Attachment.of(doc)
        code = given or self._infer_country(toponyms, attachment, text, dateline)
        # (a country the caller gives is every event's: ACLED's notes, a feed filed by country)
        sections = country_sections(text, toponyms, code) if not given else []
        if sections and not given:  # a round-up: the story's country is its lead's, not its other sections'
            lead = re.search(r"[.!?](?=\s|$)", text)  # (the lead sentence stays the story's, whatever it states)
            others = [s for s in sections if lead is None or not s.start <= lead.start() < s.end]
            code = self._infer_country(toponyms, attachment, text, dateline, others) or code
        sections = [s for s in sections if s.country != code]
        if code and not given:
            toponyms = find_toponyms(text, self.gazetteer, doc=doc, country=code)
        groups = [(code, [t for t in toponyms if section_at(sections, t.start) is None])] + [
            (s.country, find_toponyms(text, self.gazetteer, doc=doc, country=s.country, start=s.start, end=s.end))
            for s in sections]  # (each section's names are read as its own country's)
        toponyms = sorted((t for _, ts in groups for t in ts), key=lambda t: t.start)
        link_possessives(toponyms)
        mark_references(toponyms, text)
        mark_containers(toponyms, text)
        theatre = theatre_of(text, code)
        resolved = []
        for country, group in groups:
            group = apply_stated_admin1(drop_provinces_typed_as_districts(group, text, country), text, country)
            theatre_admin1 = set(theatre.admin1) if theatre and country == code else set()
            resolved += self._disambiguate(group, country, theatre_admin1, text)
        resolved.sort(key=lambda r: r.toponym.start)
        _agree_on_a_named_district(resolved, text)
        _keep_within_holding_town(resolved, text)
        _small_places_of_the_opening_town(resolved, text)
        _unknown_near_a_reference(resolved, text)
        _represent_areas_by_their_towns(resolved, text)
        resolved = _with_unknown_places(resolved, text, doc, code, self.gazetteer, theatre, sections)
        if text is not original:
            for r in resolved:
                r.toponym.text = original[r.toponym.start:r.toponym.end]
        return DocumentPlaces(code, self.gazetteer.country_name(code) if code else None, given is not None, resolved,
                              theatre, attachment=attachment, text=original, sections=sections)

    def _infer_country(self, toponyms: list[Toponym], attachment: Attachment | None = None, text: str = "",
                       dateline: tuple[int, int] | None = None, sections: list[Section] | None = None) -> str | None:
        """The country most of the text's names and nationality words point to (outside ``sections``: a
        round-up's other countries, when the rest names any)."""
        if sections:
            lead = [t for t in toponyms if section_at(sections, t.start) is None]
            if not lead:
                return None
            toponyms = lead
        votes: Counter[str] = Counter()
        for match in _CAPITALISED.finditer(text):  # "Chilean police", "Nigerian troops": a vote for each
            if sections and section_at(sections, match.start()) is not None:
                continue
            demonym = demonym_countries().get(match.group(0).lower())
            if demonym is not None and _SHIPS_FLAG.match(text, match.end()):
                continue  # ("a Liberian-flagged tanker", "a Greek-owned carrier": whose ship, not where it was)
            if demonym is not None:  # "the Chilean capital" places as a country's name does
                votes[demonym] += 2.0 if _PLACE_NOUN.match(text, match.end()) else _DEMONYM_VOTE
        stated = _dateline_country(toponyms, text, dateline)
        for t in toponyms:
            if t.relation == "affiliation":
                continue
            if dateline is not None and dateline[0] <= t.start < dateline[1]:
                # "WASHINGTON (AP) -": filed from the country's city the body names most often, undivided by the
                # namesakes abroad (a sizeable city only); "JAYAPURA, Indonesia -": in the country it states
                pool = [p for p in t.candidates if stated is None or p.country == stated] or t.candidates
                best = max(pool, key=lambda p: (p.kind in POINT_KINDS, p.population))
                if best.kind in POINT_KINDS and best.population >= _DATELINE_CITY:
                    votes[best.country] += _DATELINE_VOTE
                continue
            if attachment is not None and attachment.is_subject(t.start):
                votes[t.candidates[0].country] += 0.1  # "Russia launched an operation in Syria": who acts, barely
                continue
            if t.notes.get("country") in {p.country for p in t.candidates}:
                votes[t.notes["country"]] += 4.0  # "the Lebanese city of Tripoli"
                continue
            best = max(t.candidates, key=lambda p: (p.kind in ("country", "admin1"), p.population))
            weight = 2.0 if best.kind in ("country", "admin1") or best.kind == "area" and best.source == "bundled" \
                else 1.0 + math.log10(best.population + 1) / 3  # (a named area, "the Golan Heights", as a province)
            if t.type_hint == "admin1" and best.kind == "admin1":
                weight = 3.5  # "in Borno State": the text says it is a province, whatever towns share a name
            elif t.relation == "possessive" and best.kind == "country":
                # ("Australia's Defense Department ... near Deir Ezzor": whose body, not where; but "in Cameroon's
                # North-West region", "Nigeria's Borno state", "Haiti's capital": where)
                weight = 4.0 if _PLACE_AFTER_POSSESSIVE.match(text, t.end) else 1.0
            elif t.type_hint in ("village", "neighbourhood") and best.kind in POINT_KINDS:
                weight = 1.0  # ("near Shaffa village": a village, however large its namesakes)
            if name_key(best.name) != name_key(t.text):
                weight = min(weight, _ALIAS_VOTE)  # known there by another name ("Bala" for Basel): a weaker sign
            votes[best.country] += weight if best.kind == "country" else weight / _shared_by(t.candidates)
        return votes.most_common(1)[0][0] if votes else None

    def _disambiguate(self, toponyms: list[Toponym], country: str | None,
                      theatre_admin1: set[str], text: str = "") -> list[ResolvedToponym]:
        first = [self._choose(t, country, set(), None) for t in toponyms]
        # Admin1 units the document names with confidence (a province, a district, a sizeable town) steer the rest.
        naming: dict[str | None, set[int]] = {}  # each admin1 the document names, and which toponyms name it
        for r in first:
            if not r.toponym.loose and r.place.admin1 and r.place.kind != "country" \
                    and (country is None or r.place.country == country) \
                    and (r.place.kind in ("admin1", "admin2") or r.place.population >= 10_000
                         or r.place.source == "bundled"):  # ("Iraq" is not a mention of Baghdad)
                naming.setdefault(r.place.admin1, set()).add(id(r.toponym))
        units: dict[str, set[str | None]] = {}  # the provinces a name names as a unit (its province, its district)
        for r in first:
            if r.place.kind in ("admin1", "admin2"):
                units.setdefault(name_key(r.toponym.text), set()).add(r.place.admin1)
        for t in toponyms:
            if not t.loose and t.relation != "affiliation":
                for p in t.candidates:
                    if p.kind == "admin1" and country and p.country == country:
                        naming.setdefault(p.admin1, set()).add(id(t))
                        units.setdefault(name_key(t.text), set()).add(p.admin1)
        context_admin1 = set(naming)
        named_admin1 = context_admin1 or theatre_admin1
        context_admin1 = context_admin1 | theatre_admin1
        # a name steers by the provinces the document's other names name, not by the province of the town it was first
        # read as ("the Jesus Maria community" in a Culiacan, Sinaloa story: the Sinaloa village, not the larger town
        # of Aguascalientes); a name that is a province names it to itself too ("in Dahuk": the governorate's town)
        same: dict[str, set[int]] = {}
        for t in toponyms:
            same.setdefault(name_key(t.text), set()).add(id(t))

        def context_of(t: Toponym) -> set[str | None]:
            key = name_key(t.text)
            return {a for a, ids in naming.items() if ids - same[key] or a in units.get(key, ())} | theatre_admin1

        first = [self._choose(t, country, context_of(t), None) for t in toponyms]
        if named_admin1:  # a loose match or a small dump village outside every province the document names
            first = [r for r in first if r.place.admin1 in named_admin1 or _confident_loose(r) or not (
                r.toponym.loose or (r.place.source == "dump" and r.place.population < 1_000
                                    and r.place.kind in POINT_KINDS))]
            # a hamlet, or a small town the parser calls a building or a body, outside every province the text
            # itself names: "Sector 57 of Gurugram" is no Sector in another state, "Midtown Houston" no Midtown in
            # Tennessee, "outside the White House" in a WASHINGTON story no White House in Tennessee (the name is
            # left to be read as one the index lacks, held by the stated place)
            first = [r for r in first if not _stray_namesake(r, first, naming, text)
                     and not _foreign_alias_held_at_home(r, first, country, text)]
            toponyms = [r.toponym for r in first]
        anchors = [r for r in first if r.place.kind in POINT_KINDS and (country is None or r.place.country == country)
                   and not r.toponym.loose]
        if not anchors:
            return first
        lat = sum(r.place.latitude for r in anchors) / len(anchors)
        lon = sum(r.place.longitude for r in anchors) / len(anchors)
        chosen = [self._choose(t, country, context_of(t), (lat, lon)) for t in toponyms]
        # (a town names its own province to no one but itself: "near Vodyane" in an OSCE report is no namesake in Lviv;
        # a name that is also a district of the country names its province: "in Akre's Zrebar sub-district")
        def named_by_others(t: Toponym) -> set[str | None]:
            if any(p.kind in ("admin1", "admin2") and p.country == country for p in t.candidates):
                return context_admin1 - theatre_admin1
            return {a for a, ids in naming.items() if ids - {id(t)}} - theatre_admin1

        return [r for r in chosen if not _namesake_of_a_quarter(r, chosen)
                and not _outside_the_theatre(r, theatre_admin1, named_by_others(r.toponym))]

    def _choose(self, t: Toponym, country: str | None, context_admin1: set[str | None],
                centre: tuple[float, float] | None) -> ResolvedToponym:
        key = name_key(t.text)

        def score(p: Place) -> float:
            s = 0.0
            if country:
                s += 4.0 if p.country == country else (0.0 if p.kind == "country" else -3.0)
            if t.notes.get("country"):  # "the Syrian town of Albu Kamal", whatever the document's country
                s += 8.0 if p.country == t.notes["country"] else 0.0
            hint = t.type_hint
            if hint == "admin1":
                s += {"admin1": 3.0, "admin2": 1.0}.get(p.kind, -1.0)
            elif hint == "admin2":
                s += {"admin2": 3.0, "city": 1.0}.get(p.kind, -1.0)
            elif hint in ("city", "village", "neighbourhood"):
                s += 2.0 if p.kind in POINT_KINDS else -1.0
            elif hint == "landmark":
                s += 2.0 if p.kind == "landmark" else 0.0
            else:
                s += {"country": 2.5, "admin1": 1.2, "admin2": 0.8, "landmark": 1.0, "neighbourhood": 1.0,
                      "area": 0.8}.get(p.kind, 0.0)
                if p.kind == "city" and p.population >= 10_000:
                    s += 1.0
            s += 0.3 * math.log10(p.population + 1) if p.kind in POINT_KINDS else 0.0
            # named so, not only known by an alternate name ("Jalisco" the state, not "Xalisco"; "Al Jawf", not
            # "Jawf al Maqbabah"); every spelling the bundled tables give a unit is its name ("Salahuddin")
            if name_key(p.name) == key or p.source == "bundled" and p.kind in ("admin1", "admin2") and not t.loose:
                s += 1.5 if p.kind == "admin1" else 1.0
            if p.kind in POINT_KINDS and name_key(p.name) != key and hint is None and any(
                    d.kind == "admin2" and d.country == p.country and name_key(d.name) == key for d in t.candidates):
                s -= 2.5  # "In Basilan": the province named so, not its seat that once bore its name ("Basilan City")
            if p.admin1 and p.admin1 in context_admin1 and p.kind != "admin1" and hint != "admin1":
                s += 2.0  # (not when the text says "province": "in the Dahuk province" is not the town)
            s += {"bundled": 0.5, "dump": 0.2}.get(p.source, 0.0)
            if centre is not None and p.kind in POINT_KINDS and hint != "admin1":
                dist = km_between(centre[0], centre[1], p.latitude, p.longitude)
                s += 1.0 if dist < 100 else (0.4 if dist < 300 else 0.0)
            return s

        best = max(t.candidates, key=lambda p: (score(p), -p.id))
        return ResolvedToponym(t, best, score(best))

    # -- event level ----------------------------------------------------------------------------
    def event_place(self, places: DocumentPlaces, sentence: tuple[int, int], trigger: tuple[int, int] | None = None,
                    previous: ResolvedPlace | None = None, text: str = "",
                    dateline: ResolvedToponym | None = None) -> ResolvedPlace | None:
        """Where the event reported in ``sentence`` happened: the place its own words give; else the previous
        event's place, the dateline's place, the document's main place or the place its people come from, each
        with lower confidence; else only the country, with no coordinates (a place is never invented)."""
        chosen = self.select(places, sentence, trigger)
        country = places.country_at(sentence[0])  # (a round-up's section: its own country's places)
        if chosen is not None and _spread_past(places, sentence, chosen):
            return self.country_fallback(places, country)  # "riots spread across France after a killing in X"
        if chosen is not None:
            pool = places.in_range(*sentence)
            chosen = _origin_inside(chosen, pool) or _road_end_inside(chosen, pool) or chosen
            main = places.dominant(country=chosen.place.country) if chosen.place.kind == "country" else None
            if main is not None and main.place.country == chosen.place.country \
                    and main.place.kind in POINT_KINDS | {"admin2"}:
                # "struck PKK targets in northern Iraq. Planes targeted the town of Barzan" (or "the Soran district"):
                # the document's place
                resolved = self.to_resolved(main, places, text)
                return _with_confidence(resolved, min(resolved.confidence, 0.45))
            return self.to_resolved(chosen, places, text)
        if _MANY_PLACES.search(text, *sentence) if text else False:
            # "riots broke out in several prisons", "killed across the country": many places the text does not
            # name, none of them the previous event's or the dateline's: the country alone
            return self.country_fallback(places, country)
        name = self.gazetteer.country_name(country) if country else None
        if previous is not None and (not places.sections or previous.country == name):
            return _with_confidence(previous, previous.confidence * 0.7)
        if dateline is not None and (country is None or dateline.place.country == country):
            resolved = self.to_resolved(dateline, places, text)  # "rajkot: police opened fire ...": filed there
            return _with_confidence(resolved, min(resolved.confidence, 0.4))
        if country != places.country:  # "In Mali, a drone strike killed eight": the section's own places, else Mali
            section = section_at(places.sections, sentence[0])
            assert section is not None
            main = next((r for r in places.in_range(section.start, sentence[0]) if r.place.country == country
                         and r.place.kind != "country" and r.toponym.relation not in ("from", "affiliation")), None)
            if main is not None:
                resolved = self.to_resolved(main, places, text)
                return _with_confidence(resolved, min(resolved.confidence, 0.45))
            return self.country_fallback(places, country, span=Span(*section.name, text[slice(*section.name)]))
        main = places.dominant(before=sentence[1]) or places.origin(before=sentence[1])
        if main is not None:  # the document's earlier places
            resolved = self.to_resolved(main, places, text)
            return _with_confidence(resolved, min(resolved.confidence, 0.45))
        named = next((r for r in places.in_range(*sentence) if r.place.kind == "country" and r.place.country ==
                      places.country and r.toponym.relation not in ("from", "affiliation")
                      and r.toponym.entity not in ("ORG", "PERSON", "NORP")), None)  # ("Agence France Presse")
        span = Span(named.toponym.start, named.toponym.end, named.toponym.text) if named is not None else None
        return self.country_fallback(places, span=span)  # ("flew through an area of Croatia": its country, named)

    def dateline_place(self, places: DocumentPlaces, start: int, end: int, text: str) -> ResolvedToponym | None:
        """The place of a dateline ("BAGHDAD, Nov 28 (Reuters) -", "rajkot:"), read whatever its case."""
        found = next((r for r in places.toponyms if start <= r.toponym.start < end), None)
        if found is not None:
            return found
        name = text[start:end]
        candidates = [p for p in self.gazetteer.lookup_key(name_key(name)) if p.kind != "country"
                      and (places.country is None or p.country == places.country)]
        if not candidates:
            return None
        best = max(candidates, key=lambda p: (p.kind in POINT_KINDS, p.population, -p.id))
        return ResolvedToponym(Toponym(start, end, name, candidates, relation="in"), best, 0.0)

    def select(self, places: DocumentPlaces, sentence: tuple[int, int],
               trigger: tuple[int, int] | None = None) -> ResolvedToponym | None:
        """The event location among the sentence's toponyms, or None when it names none that can be one."""
        pool = places.in_range(*sentence)
        if not pool:
            return None
        country = places.country_at(sentence[0])
        point_admin1 = {r.place.admin1 for r in pool if r.place.kind in POINT_KINDS
                        or _new_name(r.toponym) and r.toponym.notes.get("typed")}  # ("Simaqa village in Daquq")
        point_admin1 |= {carved_out_of(country, a) for a in point_admin1}  # ("Sorong, West Papua")
        # "a shop in the Nabi Yunis area" of the Mosul the sentence names: the known place holds the unknown one
        # (a guessed holder the text calls a village holds no area: "near Shaffa village near Dzur in Hawul local
        # government area" is the village's event)
        villages = {r.toponym.start for r in pool if r.toponym.type_hint == "village"}
        held_by = {r.toponym.notes.get("holder_at") for r in pool
                   if _new_name(r.toponym) and (r.toponym.notes.get("holder_linked") or r.toponym.notes.get("typed")
                                                and not (r.toponym.notes.get("holder_at") in villages
                                                         and r.toponym.type_hint in ("area", "admin2")))}
        within = {r.toponym.notes.get("holder_at") for r in pool if _new_name(r.toponym) and r.toponym.notes.get("within")}
        # "in the Buleda area of Kech district": a district the index lacks holds the unknown place before it
        unit_holders = {r.toponym.notes.get("unit_holder_at") for r in pool if r.toponym.notes.get("unit_holder_at")}
        # "near Hawija in Kirkuk": the later name that equals its province's name holds the town before it (not an
        # origin's: "demonstrators from Hartha cut off the Basra-Baghdad highway" are on the road out of Basra)
        holders = {id(q) for q in pool for r in pool
                   if r is not q and r.place.kind in POINT_KINDS and r.toponym.relation not in ("from", "affiliation")
                   and q.place.admin1 == r.place.admin1
                   and q.place.id != r.place.id and 0 < q.toponym.start - r.toponym.end <= 45
                   and name_key(q.place.name) == name_key(q.place.admin1 or "")}

        # "the Deir al-Asafir suburb of Damascus", "Al-Dalwa in the Al-Ihsa district": a name right after another,
        # linked by 'in' or 'of', holds it
        chained = {id(b) for a, b in zip(pool, pool[1:])
                   if (a.place.kind not in ("country", "admin1") or _new_name(a.toponym))
                   and _CHAIN_GAP.match(places.text, a.toponym.end, b.toponym.start)
                   and a.toponym.relation not in ("from", "affiliation") and _holds(b, a)}

        # "spread to neighbouring Sohna in Gurugram district": the held name is where the holder's "in" puts it
        head_of = {id(a): b for a, b in zip(pool, pool[1:]) if id(b) in chained}
        # "attacked the highway between Baghdad and Tuz Khurmatu near the village of Bir Ahmed": the road's ends
        # yield to a place the text puts the event in or near besides
        pinned = any(r.toponym.relation in ("in", "near", "direction", "outskirts") and not r.toponym.notes.get("road")
                     and r.place.kind != "country" and r.place.kind != "admin1" for r in pool)
        # "barricaded the Kisumu-Kakamega road", "the Shamiya-Najaf road": the road's first-named end is where it
        # was blocked (ACLED's convention), even where the document names the other end elsewhere
        first_ends = {id(r) for r in pool if r.toponym.relation == "route" and r.toponym.notes.get("road")
                      and not re.search(r"[-–]\s*$", places.text[max(0, r.toponym.start - 3):r.toponym.start])}

        def score(r: ResolvedToponym) -> float:
            t, p = r.toponym, r.place
            relation = _RELATION_WEIGHT.get(t.relation, 0.0)
            if id(r) in head_of and t.relation == "none":
                relation = max(relation, _RELATION_WEIGHT.get(head_of[id(r)].toponym.relation, 0.0))
            if _new_name(t):  # a name the index lacks counts as what the text calls it ("Yaqshid district")
                s = relation + _KIND_WEIGHT.get(t.type_hint or "village", 0.0) - 0.3
                s += 0.0 if t.notes.get("holder_linked") or p.kind != "country" else 0.5
            else:
                s = relation + _KIND_WEIGHT.get(p.kind, 0.0)
            if country:  # (a target the text places across the border is as much the event's as a place at home)
                s += 2.0 if p.country == country or _across_the_border(r, places.text) else (
                    1.0 if p.country == places.country else -2.5)
            if t.entity in ("ORG", "NORP", "PERSON") and t.relation not in ("in", "near", "direction", "outskirts", "part") \
                    and not (t.relation == "route" and t.notes.get("road")):
                s -= 1.5  # the small model calls some towns PERSON ("In Kufa", "the Kut-Badra highway"); trust the cue
            if p.kind == "admin1" and p.admin1 in point_admin1:
                s -= 1.0  # the province that contains a named town is context, not the place
            if id(r) in holders or p.kind == "admin1" and within and t.start not in within and not _new_name(t):
                # (a province the text rules out: "between Diyala and Salah al-Din, within the Salah al-Din province")
                s -= 1.5
            if t.start in held_by and (not _new_name(t) or t.start in unit_holders) or id(r) in chained:
                s -= 1.2
            if t.loose:
                s -= 1.5
            if pinned and t.notes.get("road") == "between":
                s -= 1.0
            if id(r) in first_ends:
                s += 0.5
            if trigger is not None:
                s -= min(abs(t.start - trigger[0]), 400) / 400
                if places.attachment is not None:  # "killed 200 fighters in northern Syria", not "Ankara claimed"
                    s += places.attachment.score(trigger[0], t.start)
            return s

        best = max(pool, key=lambda r: (score(r), -r.toponym.start))
        if best.place.kind == "country" and not _new_name(best.toponym):
            # "into Iraq through al Qaim": a named place inside the country is more precise than the country
            inside = [r for r in pool if r.place.kind != "country" and r.place.country == best.place.country
                      and r.toponym.relation not in ("affiliation", "from")]
            if inside:
                best = max(inside, key=lambda r: (score(r), -r.toponym.start))
        if best.toponym.relation == "affiliation" or (best.place.kind == "country" and score(best) < 0
                                                      and not _new_name(best.toponym)):
            return None
        if country and best.place.country not in (country, places.country) \
                and not _across_the_border(best, places.text) \
                and not (_sets_the_scene(best, places.text, sentence[0])
                         and all(r.place.country == best.place.country for r in pool)):
            return None  # a foreign place in a report about this country is an origin or a side remark
        return best

    def to_resolved(self, r: ResolvedToponym, places: DocumentPlaces, text: str = "") -> ResolvedPlace:
        p, t = r.place, r.toponym
        gz = self.gazetteer
        country_name = gz.country_name(p.country) or places.country_name
        if _new_name(t):
            town = _holding_town(r, places)
            if town is not None:  # "a mosque in Sector 57 of Gurugram", "Samsung's plant in Sriperumbudur": the town
                return _with_confidence(replace(self.to_resolved(town, places, text), geo_precision=(
                    2 if town.toponym.relation in _NEAR_RELATIONS or _OUT_OF_TOWN.search(t.text) else 1)), 0.7)
            return self._unresolved(r, places, country_name)
        if p.kind in POINT_KINDS:
            # "in Daquq district", "Jalawla area": the event is somewhere in the named part, not at the town
            # (but "the Karrada area" is the neighbourhood itself)
            hinted_part = t.type_hint == "admin2" or t.type_hint == "area" and p.kind != "neighbourhood"
            # "the Baalbek-Homs road": somewhere on the road out of the town (ACLED's precision 2)
            on_road = t.relation == "route" and t.notes.get("road", False)
            precision = 2 if t.relation in ("near", "direction") or t.notes.get("destination") or on_road \
                or p.kind == "area" or hinted_part else 1
            admin1 = (_stated_admin1(p, places) if p.kind == "area" else p.admin1) \
                or _unlisted_province(p.country, places)
            admin2 = p.admin2 if admin1 == p.admin1 else None
            quarter = _COMPASS_DISTRICT_AFTER.match(places.text, t.end)
            if quarter is not None and p.kind in ("city", "village"):  # "in Imphal West district": the district the
                admin2, precision = t.text + quarter.group(1), 2  # text names after the town, somewhere in it
            if admin2 is None and admin1 == p.admin1 and _DISTRICT_WORD_AFTER.match(text or places.text, t.end):
                admin2 = p.name if t.loose else t.text  # "in Manipur's Jiribam district": the district the text
                # names, which the registry lacks, not the nearest one it knows (Bishnupur)
            admin2 = admin2 or gz.nearest_admin2(p.country, admin1, p.latitude, p.longitude)
            location, confidence = p.name, 0.85 if precision == 1 else 0.7
            namesakes_in = _far_namesakes(r, places)
            if namesakes_in:  # a coin toss the text does not settle: say so in the confidence (and the warnings)
                confidence = min(confidence, _NAMESAKE_CONFIDENCE)
        elif p.kind == "admin2":
            namesakes_in = ()
            admin1 = p.admin1
            # a district named after its seat town reads as the town ("in Ranya district")
            precision = 1 if p.seat and name_key(p.seat) == name_key(p.name) and t.relation not in _NEAR_RELATIONS \
                and t.type_hint not in ("admin2", "area") and not (t.relation == "route" and t.notes.get("road")) else 2
            admin2, location, confidence = p.name, p.seat or p.name, 0.6
            town = _town_named_as_district(p, t)
            if town is not None:  # "in Reasi district": its seat Reasi, not Katra, the larger town the registry gives
                location, p = p.name, replace(p, latitude=town.latitude, longitude=town.longitude)
        elif p.kind == "admin1":
            namesakes_in = ()
            admin1, precision = p.admin1, 3
            admin2 = gz.nearest_admin2(p.country, p.admin1, p.latitude, p.longitude)
            location, confidence = p.seat or p.name, 0.5
        else:  # a country: its capital region
            return self.country_fallback(places, p.country, span=Span(t.start, t.end, t.text))
        if t.notes.get("unlocated"):
            # "in Souairi, Bekaa" with Souairi unknown: a small part of the region, coded to the town that
            # represents it (ACLED's precision 2); "in Abu Salim (Tripoli)": a part of the town itself
            # "Kirni sector (Poonch district, J&K)": somewhere in the district the town names (precision 2)
            in_town = p.kind in POINT_KINDS and not t.notes.get("in_part")
            precision, confidence = (precision if in_town else 2), min(confidence, 0.5)
        if t.relation == "from":
            confidence *= 0.6
        if t.loose:
            confidence *= 0.8
        span = Span(t.start, t.end, t.text)
        unresolved = t.notes.get("unresolved")
        if unresolved:  # "in Souairi, Bekaa": Souairi, coded where Bekaa is
            location, span = unresolved[2], Span(*unresolved)
        return ResolvedPlace(country=country_name, admin1=_ascii(admin1), admin2=_ascii(admin2), admin3=None,
                             location=_ascii(location), latitude=p.latitude, longitude=p.longitude,
                             geo_precision=precision, confidence=round(confidence, 3), span=span,
                             unresolved=bool(unresolved), namesakes_in=() if unresolved else namesakes_in)

    def _unresolved(self, r: ResolvedToponym, places: DocumentPlaces, country_name: str | None) -> ResolvedPlace:
        """A name the index lacks: the text's name, the holder's units and coordinates, precision 2 when a town or
        district holds it, 3 when only a province does; with only its country, no coordinates."""
        p, t = r.place, r.toponym
        start, end, name = t.notes["unresolved"]
        span = Span(start, end, name)
        if p.kind == "country":
            return ResolvedPlace(country=country_name, admin1=None, admin2=None, admin3=None, location=_ascii(name),
                                 latitude=None, longitude=None, geo_precision=3, confidence=0.3, span=span,
                                 unresolved=True)
        # ("Tuke village in Kandil area of Erbil": a zone that spans provinces lies in the one the text names)
        admin1 = (_stated_admin1(p, places) if p.kind == "area" else p.admin1) or _unlisted_province(p.country, places)
        holder = next((h.toponym for h in places.toponyms if h.toponym.start == t.notes.get("holder_at")), None)
        quarter = _COMPASS_DISTRICT_AFTER.match(places.text, holder.end) if holder is not None else None
        admin2 = (holder.text + quarter.group(1) if quarter is not None and p.kind in ("city", "village") else None) \
            or (p.admin2 if admin1 == p.admin1 else None) or (p.name if p.kind == "admin2" else None) or \
            self.gazetteer.nearest_admin2(p.country, admin1, p.latitude, p.longitude)  # ("Koutruk village in Imphal
        # West district" is in Imphal West, which no package carries, not in Imphal's district)
        precision = 2 if p.kind != "admin1" and t.notes.get("holder_linked", True) else 3
        confidence = 0.55 if precision == 2 else 0.4
        return ResolvedPlace(country=country_name, admin1=_ascii(admin1), admin2=_ascii(admin2), admin3=None,
                             location=_ascii(name), latitude=p.latitude, longitude=p.longitude,
                             geo_precision=precision, confidence=confidence, span=span, unresolved=True)

    def country_fallback(self, places: DocumentPlaces, country: str | None = None,
                         span: Span | None = None) -> ResolvedPlace | None:
        """All that is known is the country: the country alone, with no region and no coordinates (ACLED codes
        no event to a capital it does not name). A conflict theatre the text names ("the OSCE SMM observed
        explosions") is the theatre's first province, at precision 3."""
        code = country or places.country
        if not code:
            return None
        gz = self.gazetteer
        c = gz.country_place(code)
        if c is None:
            return None
        if places.theatre is None or places.theatre.country != code:
            return ResolvedPlace(country=c.name, admin1=None, admin2=None, admin3=None, location=None, latitude=None,
                                 longitude=None, geo_precision=3, confidence=0.1, span=span, country_only=True)
        admin1 = places.theatre.admin1[0]
        seat = gz.admin1_place(code, admin1)
        lat, lon = (seat.latitude, seat.longitude) if seat else (c.latitude, c.longitude)
        admin2 = gz.nearest_admin2(code, admin1, lat, lon)
        return ResolvedPlace(country=c.name, admin1=_ascii(admin1), admin2=_ascii(admin2), admin3=None,
                             location=_ascii(seat.seat if seat else None), latitude=lat, longitude=lon,
                             geo_precision=3, confidence=0.15, span=span, country_only=True)


#: An event told at many places the text does not name: "in several prisons", "across the country" (not "a nationwide
#: curfew": the curfew's reach, not the event's place; not "in clearance operations": a country-only place joins
#: the day's other event of its kind in the assemble stage, and its figure would be lost).
_MANY_PLACES = re.compile(
    r"\b(?:(?:in|at|across|throughout)\s+(?:several|many|various|numerous|multiple|a\s+number\s+of|dozens\s+of|"
    r"other)\s+(?:[a-z]+\s+)?(?:prisons|jails|cities|towns|villages|provinces|regions|districts|states|counties|areas|"
    r"places|locations|neighbou?rhoods|camps|parts)|"
    r"across\s+the\s+(?:country|nation))\b")


_ACROSS = re.compile(r"(?i)\b(?:across|throughout|all\s+over)\s+$")
_CAUSE = re.compile(r"(?i)\b(?:after|following|since|over)\b")


def _spread_past(places: DocumentPlaces, sentence: tuple[int, int], chosen: ResolvedToponym) -> bool:
    """An event told across a whole country whose only town is its cause's ("rioting spread across France after
    the police killing of a teenager in Nanterre"): the country's event, not the town's."""
    text = places.text
    for r in places.in_range(*sentence):
        if r.place.kind == "country" and r.toponym.end <= chosen.toponym.start \
                and _ACROSS.search(text, max(sentence[0], r.toponym.start - 12), r.toponym.start) \
                and _CAUSE.search(text, r.toponym.end, chosen.toponym.start):
            return True
    return False


_NAMED_AFTER_ITS_PLACE = frozenset("""
airport airbase base camp dam mountain mountains hill hills valley plain plains farms fields field oilfield oilfields
springs lake crossing port station
""".split())  # ("Kirkuk Airport" is at Kirkuk; "Moreno Square" need not be in Moreno)
#: ... and buildings, when at most one word stands between the town and the type ("the Kut Grand Mosque", "Mosul
#: University"; "the Victor Lazarte Echegaray Hospital" is named after a person)
_BUILDING_NAMED_AFTER_ITS_PLACE = frozenset("mosque shrine church cathedral market bazaar hospital university college "
                                            "bridge".split())
_SIZEABLE_TOWN = 10_000  # a town this large shares its name's vote; villages abroad of that name do not


def _shared_by(candidates: list[Place]) -> float:
    """How much a name's vote for a country is divided: a name that several countries give to a province or a
    sizeable town ("Santiago", "Concepcion") says less than one only a country's villages share ("Palmyra")."""
    sizeable = [p for p in candidates if p.kind in ("country", "admin1", "admin2") or p.population >= _SIZEABLE_TOWN]
    # ("killed in Jenin": a town of 35,000 in the West Bank, villages of that name in Poland and Antigua)
    countries = {p.country for p in sizeable or candidates}
    return max(1.0, math.log2(len(countries)))


def _dateline_country(toponyms: list[Toponym], text: str, dateline: tuple[int, int] | None) -> str | None:
    """The country a dateline states after its place ("JAYAPURA, Indonesia (Antara) -"): its place is one of that
    country's, whatever namesake abroad is larger."""
    if dateline is None:
        return None
    for t in toponyms:
        if t.start >= dateline[1] and re.fullmatch(r"\s*,\s*", text[dateline[1]:t.start]):
            countries = {p.country for p in t.candidates if p.kind == "country"}
            return next(iter(countries)) if len(countries) == 1 else None
    return None


_SIZEABLE_NAMESAKE = 50_000
_DATELINE_CITY = 100_000
_DATELINE_VOTE = 3.0  # where the story was filed: more than one body mention, less than a stated country
_HAMLET = 5_000  # a place this small, outside every province the document names, is a namesake
_ALIAS_VOTE = 1.5
_NOWHERE = Place(id=-1, name="", country="", kind="country", latitude=0.0, longitude=0.0)  # a name in no known country
#: The words between a place and the one that holds it ("X in the Y district", "the X suburb of Y", "X of Y").
_CHAIN_GAP = re.compile(r"(?:\s+(?:suburb|district|neighbou?rhood|area|quarter|village|town|countryside|region|"
                        r"sub-?district|locality|sector|community))?\s+(?:in|of|inside)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|"
                        r"central\s+)?#?$", re.IGNORECASE)
_HOLDER_GAP = re.compile(r"^[^.;!?]{0,70}?(?:\bin|\bof|\bat|\bnear|,|\()\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}$")  # ("in
# Burkina Faso's Centre-Nord region": a country's possessive before the holder)


#: A target of the other side named with its nationality right before the place: "at an Israeli army position in
#: Metula", "hit a Russian border post near Sudzha".
_FOREIGN_TARGET = re.compile(r"\b(?:an?|the)\s+([A-Z][a-z]+)\s+(?:(?:army|military|border|police)(?:['’]s)?)?\s*"
                             r"(?:position|post|base|outpost|checkpoint|town|village|city|settlement|kibbutz)s?\s+"
                             r"(?:in|at|near|of)\s+(?:the\s+)?$")  # ("the Israeli army's positions in the Galilee")


def _across_the_border(r: ResolvedToponym, text: str) -> bool:
    """Whether a place abroad is the event's own, across a border: the text names the target there with that
    country's nationality ("fired rockets at an Israeli army position in Metula" in a story about Lebanon)."""
    if r.place.kind not in POINT_KINDS or r.toponym.relation not in ("in", "near", "none"):
        return False
    match = _FOREIGN_TARGET.search(text, max(0, r.toponym.start - 60), r.toponym.start)
    return match is not None and demonym_countries().get(match.group(1).lower()) == r.place.country


#: A sentence that opens on its place ("In Cairo, relatives held a vigil"): the place of what the sentence tells.
_SCENE_OPENING = re.compile(r"\s*(?:Meanwhile,?\s+|Elsewhere,?\s+|And\s+)?(?:In|At)\s+$")


def _sets_the_scene(r: ResolvedToponym, text: str, sentence_start: int) -> bool:
    """Whether a place abroad opens its sentence ("London. In Cairo, a handful of relatives held a vigil; police
    dispersed them"): the sentence moves the story there, and its event is that country's, not a side remark (the
    caller asks that the sentence name no place of another country: "In Washington, officials said troops struck
    targets in Syria" is not set in Washington)."""
    return r.place.kind in POINT_KINDS and r.toponym.relation == "in" \
        and _SCENE_OPENING.fullmatch(text, sentence_start, r.toponym.start) is not None \
        and text[r.toponym.end:r.toponym.end + 1] == ","


def _with_unknown_places(resolved: list[ResolvedToponym], text: str, doc: "Doc | None", country: str | None,
                         gazetteer: GazetteerIndex, theatre: Theatre | None = None,
                         sections: list[Section] | None = None) -> list[ResolvedToponym]:
    """Add the names the index lacks where the text says they are places ("in Mogadishu's Yaqshid district",
    "near the village of Huwaysis in the east Homs countryside"), each coded to the smallest known place that
    holds it: the place its name hangs on ("Mogadishu's", "in ... Homs"), else the sentence's nearest place,
    else the document's nearest place of its country, else only its country (no coordinates). The name stays the
    location (``notes["unresolved"]``)."""
    for r in resolved:  # "in Souairi, Bekaa": the province already stands in for the name before it
        unlocated = r.toponym.notes.get("unlocated_span")
        if unlocated is not None:
            r.toponym.notes.setdefault("unresolved", unlocated)
    # ("on the outskirts of Sadah village" in Iraq is no Sa'dah in Yemen: a foreign namesake leaves the name free)
    def country_at(position: int) -> str | None:  # (a round-up's section names its own country's places)
        section = section_at(sections or [], position)
        return section.country if section is not None else country

    foreign = {id(r) for r in resolved if country and r.place.country not in (country, country_at(r.toponym.start))
               and r.place.kind != "country" and not (r.place.kind == "area" and r.place.source == "bundled")
               # (a named area of the bundled table is no namesake: "the Upper Galilee" in a Lebanon story is Israel's)
               and r.toponym.relation not in ("from", "affiliation") and not _across_the_border(r, text)
               and (r.place.population < 100_000 or r.toponym.type_hint == "village"  # ("Anyii village")
                    or _NAME_GOES_ON.match(text, r.toponym.end) is not None)}  # ("Intan" of "Intan Jaya regency")
    taken = [(r.toponym.start, r.toponym.end) for r in resolved if id(r) not in foreign] + [
        r.toponym.notes["unresolved"][:2] for r in resolved if r.toponym.notes.get("unresolved")]
    known = [Toponym(s, e, text[s:e], []) for s, e in taken]
    added = []
    districts = {name_key(r.toponym.text): r for r in resolved if r.place.kind == "admin2"
                 and (country is None or r.place.country == country)}
    for name in find_unknown_places(text, known, doc=doc):
        named = districts.get(name_key(name.text))
        if named is not None:  # "in Nihm front ... (Nihm, Sanaa)": the district the text names so elsewhere
            t = Toponym(name.start, name.end, name.text, [named.place], type_hint=name.type_hint,
                        relation=name.relation)
            added.append(ResolvedToponym(t, named.place, named.score))
            continue
        holder, linked = _holder_of(name, resolved, text, country_at(name.start))
        abroad = _stated_abroad(name, text, country_at(name.start), gazetteer)
        if abroad is not None:  # "the Israeli city of Eilat" in a Yemen story: in that country, not where Yemen's are
            holder, linked = ResolvedToponym(Toponym(name.start, name.end, name.text, [abroad]), abroad, 0.0), True
        if holder is None:  # the theatre's province ("PKK positions near the village of Kani Rash"), its country
            # alone, or nothing known at all: the name, without coordinates
            here = country_at(name.start)
            whole = (gazetteer.admin1_place(theatre.country, theatre.admin1[0]) if theatre is not None and here ==
                     country else None) or (gazetteer.country_place(here) if here else None) or _NOWHERE
            holder = ResolvedToponym(Toponym(name.start, name.end, name.text, [whole]), whole, 0.0)
        t = Toponym(name.start, name.end, name.text, [holder.place], type_hint=name.type_hint, relation=name.relation)
        if name.weak and not linked:
            continue  # ("in Bonda, on the outskirts of the city of Santa Marta": an untyped word needs its holder)
        t.notes.update(unresolved=(name.start, name.end, name.text), holder_linked=linked,
                       holder_at=holder.toponym.start, typed=name.typed,
                       within=linked and _WITHIN_BEFORE.search(text, max(0, holder.toponym.start - 30),
                                                               holder.toponym.start) is not None)
        if linked and holder.toponym.relation in ("none", "apposition", "possessive", "in", "part", "outskirts"):
            holder.toponym.relation = "container"
        added.append(ResolvedToponym(t, holder.place, holder.score))
    _held_by_an_unknown_unit(added, text)
    added = _list_shares_its_holder(added, text)
    return sorted(resolved + added, key=lambda r: r.toponym.start)


#: What a "district" or a "province" the index lacks is hinted as (a city's district is a neighbourhood).
_UNIT_HINTS = frozenset({"admin2", "admin1", "neighbourhood"})


def _held_by_an_unknown_unit(added: list[ResolvedToponym], text: str) -> None:
    """"in the Buleda area of Kech district", both names the index lacks: the district the text states holds the
    place before it, so the event is the smaller place's (named), not the district's."""
    for name, unit in zip(added, added[1:]):
        if name.toponym.notes.get("holder_linked") or unit.toponym.type_hint not in _UNIT_HINTS \
                or not name.toponym.notes.get("typed"):
            continue
        gap = text[name.toponym.end:unit.toponym.start]
        if _HOLDER_GAP.match(gap) and not re.search(r"\band\b|\bor\b", gap):
            name.toponym.notes.update(holder_at=unit.toponym.start, unit_holder_at=unit.toponym.start)


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")


def _list_shares_its_holder(added: list[ResolvedToponym], text: str) -> list[ResolvedToponym]:
    """"in the villages of Qara and Tuman, near Dibis": the members of a list of names the index lacks share the
    holder the text gives the last of them (not the sentence's nearest town for the first)."""
    out = list(added)
    for i in range(len(out) - 2, -1, -1):
        name, later = out[i], out[i + 1]
        t, lt = name.toponym, later.toponym
        if t.notes.get("holder_linked") or not lt.notes.get("holder_linked") \
                or not _LIST_GAP.match(text[t.end:lt.start]) or lt.notes.get("holder_at", -1) < lt.end:
            continue
        t.notes.update(holder_linked=True, holder_at=lt.notes["holder_at"])
        t.candidates[:] = [later.place]
        out[i] = ResolvedToponym(t, later.place, later.score)
    return out


#: A capitalised word right after a name: the name matched is only the start of a longer one.
_NAME_GOES_ON = re.compile(r" (?:[A-Z][a-z]+)\b")
_DEMONYM_TYPED = re.compile(r"\b([A-Z][a-z]+)\s+(?:city|town|village|port|capital)\s+of\s+(?:the\s+)?$")


def _stated_abroad(name: UnknownName, text: str, country: str | None, gazetteer: GazetteerIndex) -> Place | None:
    """The other country a nationality word puts a name in ("the Israeli city of Eilat"), as a place, else None."""
    m = _DEMONYM_TYPED.search(text, max(0, name.start - 40), name.start)
    code = demonym_countries().get(m.group(1).lower()) if m else None
    return gazetteer.country_place(code) if code and code != country else None


def _holder_of(name: UnknownName, resolved: list[ResolvedToponym], text: str,
               country: str | None) -> tuple[ResolvedToponym | None, bool]:
    """The known place that holds an unknown name, and whether the text links them ("Hama's X", "X in Homs")."""
    usable = [r for r in resolved if r.toponym.relation not in ("from", "affiliation") and r.place.kind != "country"
              and (country is None or r.place.country == country)]  # ("(Nyamurenza, Ngozi)": Ngozi's stand-in holds)
    own = next((r for r in resolved if r.toponym.start == name.named_after), None)
    if own is not None:  # "Kirkuk Airport": the feature is named after its place, which holds it ("Moreno Square",
        own.toponym.relation = "facility"  # a street or a square, is named after someone or somewhere else)
        last = name.text.split()[-1].lower()
        if own in usable and (last in _NAMED_AFTER_ITS_PLACE or last in _BUILDING_NAMED_AFTER_ITS_PLACE and len(
                text[own.toponym.end:name.end].split()) <= 2):
            return own, True
        usable = [r for r in usable if r is not own]
    before = [r for r in usable if r.toponym.end <= name.start]
    after = [r for r in usable if r.toponym.start >= name.end]
    if before and re.fullmatch(r"['’]s\s+(?:the\s+)?", text[before[-1].toponym.end:name.start]):
        return before[-1], True  # "Mogadishu's Yaqshid district"
    owner = next((r for r in resolved if r.place.kind == "country" and r.toponym.end <= name.start
                  and re.fullmatch(r"['’]s\s+(?:the\s+)?", text[r.toponym.end:name.start])), None)
    if owner is not None and (country is None or owner.place.country == country):
        return owner, True  # "in Syria's Jaeber village": the country the text names holds it
    if after and _HOLDER_GAP.match(text[name.end:after[0].toponym.start]) \
            and not re.search(r"\band\b|\bor\b", text[name.end:after[0].toponym.start]):
        return after[0], True  # "Huwaysis in the east Homs countryside", "Bonda, ... the city of Santa Marta"
    sentence_start = max(text.rfind(". ", 0, name.start), text.rfind("\n", 0, name.start))
    sentence_end = min((i for i in (text.find(". ", name.end), text.find("\n", name.end)) if i >= 0), default=len(text))
    near = [r for r in usable if sentence_start < r.toponym.start < sentence_end]
    stated = [r for r in near if r.place.kind in ("admin1", "admin2")
              and _WITHIN_BEFORE.search(text, max(0, r.toponym.start - 30), r.toponym.start)]
    if stated:  # "between Diyala and Salah al-Din, within the Salah al-Din province": the unit the text puts it in
        return stated[0], True
    if near:  # the sentence's nearest town, else its nearest unit, a district before a province ("in Goiania, Goias,
        # ... in Jardim Guanabara", "in Aguililla municipality, Michoacan, ... in El Aguaje")
        return min(near, key=lambda r: (r.place.kind not in POINT_KINDS, r.place.kind != "admin2",
                                        abs(r.toponym.start - name.start))), False
    # the document's last place before it, before the first end of a road named by its towns ("the Kisumu-Kakamega
    # road": not where it leads) and a facility named after a town; never a place only referred to ("marched towards
    # Delhi") nor a name inside a quoted title ("the 'Dilli Chalo' march")
    before = [r for r in before if r.toponym.relation != "reference" and not r.toponym.notes.get("quoted")]
    tiers = ([r for r in before if not r.toponym.notes.get("road") and r.toponym.relation != "facility"],
             [r for r in before if r.toponym.notes.get("road")
              and not re.search(r"[-–]\s*$", text[max(0, r.toponym.start - 3):r.toponym.start])],
             before)
    before = next((tier for tier in tiers if tier), [])
    if before:
        return before[-1], False
    return (after[0], False) if after else (None, False)


_WITHIN_BEFORE = re.compile(r"\b(?i:within|administratively\s+in)\s+(?:the\s+)?$")
_TOWNS = frozenset({"city", "village", "neighbourhood"})
#: Roads run out of the town that names their stretch: the town is only near the event (precision 2).
_OUT_OF_TOWN = re.compile(r"\b(?:highway|road|motorway|expressway|railway|railroad|bridge|ring\s+road)s?\b",
                          re.IGNORECASE)
#: Named sites that are places of their own, kept as the location ("the Handarat Refugee Camp north of Aleppo").
_SITE = re.compile(r"\b(?:camp|base|airbase|airport|oilfield|field|dam|crossing|checkpoint|port|harbou?r|lake)s?\b",
                   re.IGNORECASE)


def _holding_town(r: ResolvedToponym, places: DocumentPlaces) -> ResolvedToponym | None:
    """The known town a road, a company or a building the index lacks stands in: the town that holds it in the text
    ("the Pan-American Highway near Piendamo", "Samsung's plant in Sriperumbudur"), else the document's last town
    before it inside the province that holds it ("outside Trump Tower" in a story that began in Chicago, "marched
    towards the D-Chowk square" in Islamabad). None for other names (a village or district the index lacks keeps its
    name, and so does a building the text puts in its town, "X in Y", at that town's point) and where no such town
    is named."""
    t, p = r.toponym, r.place
    owner = re.match(r"['’]s\s", places.text[t.end:t.end + 3])  # ("Samsung's ... plant": whose, not where)
    road = bool(_OUT_OF_TOWN.search(t.text))
    if not (owner and not t.notes.get("typed") or t.type_hint == "landmark" and not _SITE.search(t.text) and (
            road or not t.notes.get("holder_linked"))):
        return None  # (a building the text puts in its town keeps its name, at the town: "Al-Nur Hospital in Tikrit")
    ours = [o for o in places.toponyms if o is not r and not _new_name(o.toponym) and o.place.kind in _TOWNS
            and o.place.country == p.country and o.toponym.relation not in ("from", "affiliation")]
    if p.kind in _TOWNS:
        return next((o for o in ours if o.toponym.start == t.notes.get("holder_at") and o.place.id == p.id), None)
    if p.kind != "admin1":
        return None
    before = [o for o in ours if o.toponym.start < t.start and o.place.admin1 == p.admin1]
    return before[-1] if before else None


def _stray_namesake(r: ResolvedToponym, chosen: list[ResolvedToponym], naming: dict[str | None, set[int]],
                    text: str) -> bool:
    """A hamlet read inside a longer name ("Federal Plaza", "Sector 57"), or a small town the parser calls a
    building or a body, whose province no other name of the document names, while the document names provinces of
    its own."""
    p, t = r.place, r.toponym
    if p.kind not in ("city", "village") or p.source == "bundled" or t.relation in ("from", "affiliation"):
        return False  # (the bundled tables list the places of the conflicts they cover, none of them a namesake)
    building = t.entity in ("ORG", "FAC")
    if not (p.population < _HAMLET and _inside_a_longer_name(t, text) or building
            and 0 < p.population < _SIZEABLE_NAMESAKE):
        return False
    if any(c.kind == "admin1" and c.country == p.country and c.admin1 == p.admin1 for c in t.candidates):
        return False  # ("near Teguey in the Tillaberi region": the town is the seat of the province its name names)
    same = {id(o.toponym) for o in chosen if name_key(o.toponym.text) == name_key(t.text)}
    stated = {a for a, ids in naming.items() if ids - same}  # (not "White House" naming its own namesake's state)
    return bool(stated) and p.admin1 not in stated


def _foreign_alias_held_at_home(r: ResolvedToponym, chosen: list[ResolvedToponym], country: str | None,
                                 text: str) -> bool:
    """A town abroad known by this spelling only as one of its other names, whose holder in the document's own
    country comes right after ("in Boni, circle of Douentza" in a Mali story is no Bonn): the name is one the index
    lacks, held by the place after it."""
    p, t = r.place, r.toponym
    if country is None or p.country == country or p.kind == "country" or t.notes.get("country") \
            or name_key(p.name) == name_key(t.text) or t.relation in ("from", "affiliation") \
            or any(c.country == country for c in t.candidates):
        return False
    holder = next((o for o in chosen if o.toponym.start >= t.end), None)
    if holder is None or holder.place.country != country:
        return False
    gap = text[t.end:holder.toponym.start]  # (set off by a comma, as a town's holder is: "Boni, circle of X")
    return gap.lstrip().startswith(",") and bool(_HOLDER_GAP.match(gap)) and not re.search(r"\band\b|\bor\b", gap)


_FUNCTION_WORDS = frozenset("""
a an the in at on near of from to into and or outside inside around across by with for after before since while
""".split())


def _inside_a_longer_name(t: Toponym, text: str) -> bool:
    """"Federal Plaza", "Puerto Jordan", "Midtown Houston", "Sector 57": a capitalised word or a number runs on
    from the name, so the name is only a part of the one the text gives."""
    before = re.search(r"([A-Z][\w'’.-]*)[ -]$", text[max(0, t.start - 30):t.start])
    after = re.match(r"[ -](?:[A-Z][\w'’-]*|\d+)\b", text[t.end:t.end + 30])
    return bool(before and before.group(1).lower() not in _FUNCTION_WORDS
                and not _SENTENCE_START.search(text[:t.start - len(before.group(0))]) or after)


_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|[-–—]\s+)$")


def _holds(holder: ResolvedToponym, inner: ResolvedToponym) -> bool:
    """Whether ``holder`` can hold ``inner``: a name the index lacks is held by what the text says; a known town by
    its own province or district, or by a larger town nearby ("the Deir al-Asafir suburb of Damascus", not
    "west of Mosul in al-Ayadiyah" nor the namesake "al-Sadiya" of another province)."""
    if _new_name(inner.toponym):
        return True
    a, b = inner.place, holder.place
    if b.kind in ADMIN_KINDS:
        return b.country == a.country and (b.kind == "country"
                                           or b.admin1 in (a.admin1, carved_out_of(a.country, a.admin1)))
    return b.population > a.population and km_between(a.latitude, a.longitude, b.latitude, b.longitude) <= _QUARTER_KM


def _new_name(t: Toponym) -> bool:
    """A name the index lacks, found where the text says it is a place (``geo/unknown.py``)."""
    return "holder_linked" in t.notes


def _origin_inside(chosen: ResolvedToponym, pool: list[ResolvedToponym]) -> ResolvedToponym | None:
    """"People from Hatra in Ninewa province protested", "people from Afak protested ... all over Iraq": when
    the sentence's place is only the country or the province, the town its people come from, inside it."""
    unit = chosen.place
    if unit.kind not in ("country", "admin1") or _new_name(chosen.toponym):
        return None  # (a name the index lacks, held by a province, is the place: "killed in Syria's Jaeber village")
    return next((r for r in pool if r.toponym.relation == "from" and r.place.kind in POINT_KINDS | {"admin2"}
                 and r.place.country == unit.country and (unit.kind == "country" or r.place.admin1 == unit.admin1)),
                None)


def _road_end_inside(chosen: ResolvedToponym, pool: list[ResolvedToponym]) -> ResolvedToponym | None:
    """"on the Baghdad-Daquq road in Kirkuk province": the end of a road named by its towns that lies in the
    province the sentence puts the event in (on the road out of it, precision 2), not the province's capital."""
    def road_end(r: ResolvedToponym) -> bool:
        return r.toponym.relation == "route" and bool(r.toponym.notes.get("road")) and not _new_name(r.toponym)

    def stated(r: ResolvedToponym) -> bool:
        return r.place.kind == "admin1" and not _new_name(r.toponym) and r.toponym.relation in ("in", "part") \
            and not r.toponym.notes.get("road")

    if stated(chosen):  # the province is the place chosen
        unit = chosen.place
    elif road_end(chosen):  # an end outside the province the sentence names ("Baghdad")
        unit = next((r.place for r in pool if stated(r)), None)
        if unit is None or chosen.place.admin1 == unit.admin1:
            return None
    else:
        return None
    return next((r for r in pool if road_end(r) and r.place.kind in POINT_KINDS | {"admin2"}
                 and r.place.country == unit.country and r.place.admin1 == unit.admin1), None)


_TOWN_OF_ITS_OWN = 100_000  # a town this large is itself, whatever district the text names beside it


_DISTRICT_WORD_AFTER = re.compile(r"\s+(?:district|municipality|county|regency|lga)\b", re.IGNORECASE)
#: A compass word and a district's type after a town: "Imphal West district" is a district named after the town.
_COMPASS_DISTRICT_AFTER = re.compile(r"(\s+(?:North|South|East|West|Central|Upper|Lower))\s+(?i:district|"
                                     r"municipality|county|tehsil|subdivision)\b")


def _town_named_as_district(district: Place, t: Toponym) -> Place | None:
    """The town of a district that answers to the district's name, where the registry seats the district in another
    (its largest town): "Reasi district" is seated at Reasi (Riasi), not Katra; ACLED codes a district there."""
    if not district.seat or name_key(district.seat) == name_key(district.name):
        return None
    towns = [c for c in t.candidates if c.kind in POINT_KINDS and c.country == district.country
             and c.admin1 == district.admin1 and c.admin2 == district.name]
    town = max(towns, key=lambda c: (c.population, -c.id)) if towns else None
    # (a seat that answers to its district's name is the seat: "Razih district" is An Nazir)
    return town if town is not None and name_key(town.name) != name_key(district.seat) else None


def _names_its_district(p: Place) -> bool:
    """A district, or a town named like the district it lies in ("Masbate", the Philippine province's town)."""
    return p.kind == "admin2" or p.kind in POINT_KINDS and bool(p.admin2) \
        and name_key(p.name) == name_key(p.admin2 or "")


def _agree_on_a_named_district(chosen: list[ResolvedToponym], text: str) -> None:
    """"in Cawayan, Quezon": an untyped name after a comma that is the district (a Philippine province) of one of
    the town's namesakes holds that namesake, and stands for that district, not for a larger namesake of its own
    (Quezon City) nor the Cawayan of another region."""
    for i, (a, b) in enumerate(zip(chosen, chosen[1:])):
        if a.toponym.type_hint is not None or b.toponym.type_hint is not None \
                or not re.fullmatch(r"\s*,\s*", text[a.toponym.end:b.toponym.start]) \
                or a.toponym.relation in ("from", "affiliation", "reference") \
                or any(p.kind in ADMIN_KINDS for p in b.toponym.candidates):
            continue  # (a province the index knows is read as before)
        key = name_key(b.toponym.text)
        held = [p for p in a.toponym.candidates if p.kind in POINT_KINDS and name_key(p.admin2 or "") == key]
        if not held or a.place in held and _names_its_district(b.place) and b.place.admin1 == a.place.admin1:
            continue
        town = max(held, key=lambda p: (p.population, -p.id))
        seats = [p for p in b.toponym.candidates if _names_its_district(p) and p.country == town.country
                 and p.admin1 == town.admin1 and name_key(p.admin2 or p.name) == key]
        if not seats:
            continue
        chosen[i] = ResolvedToponym(a.toponym, town, a.score)
        b.toponym.relation = "container"
        chosen[i + 1] = ResolvedToponym(b.toponym, max(seats, key=lambda p: (p.population, -p.id)), b.score)


_METROPOLIS_HOLDER = 1_000_000  # a city this large holds quarters of its own ("San Cristobal, Bogota")
_QUARTER_KM = 30  # a quarter the text names lies this close to the town it is a quarter of


def _keep_within_holding_town(chosen: list[ResolvedToponym], text: str) -> None:
    """"in Jaro, Iloilo City": a name the text places in a town is the namesake near that town, else a quarter
    of that town the gazetteer does not know (coded to the town, as the text's "Town, Province" is). A
    metropolis the text does not call a district or province holds its quarters ("in Ermita, Manila")."""
    for i, (a, b) in enumerate(zip(chosen, chosen[1:])):
        # "in al-Jazira in Karma district": a district the text names right after the place holds it, as a container
        typed_holder = b.toponym.type_hint == "admin2" and bool(
            re.fullmatch(r"\s+(?:in|of)\s+(?:the\s+)?", text[a.toponym.end:b.toponym.start]))
        if b.toponym.relation != "container" and not typed_holder or a.place.kind not in POINT_KINDS \
                or a.place.country != b.place.country and a.toponym.type_hint not in ("neighbourhood", "village"):
            continue  # ("Islah neighborhood in Nassriya city" is no Isla in Mexico)
        # a village or a part of a district the text names, whose namesakes all lie in other provinces, away from it,
        # is none of them ("the Salahiya village in Hamam al-Alil district" is no Kifri of Diyala)
        in_district = b.toponym.type_hint == "admin2"
        local = [p for p in a.toponym.candidates if p.country == b.place.country]
        far_part = (a.toponym.type_hint in ("village", "neighbourhood", "area") or in_district) \
            and a.place.population < METROPOLIS and not any(p.kind in ADMIN_KINDS for p in local) \
            and all(p.admin1 != b.place.admin1 and km_between(p.latitude, p.longitude, b.place.latitude,
                                                              b.place.longitude) > SUBURB_KM for p in local)
        # "in Cawayan, Masbate": an untyped town set off by a comma before a district or the town named like its
        # district, whose every namesake in the country lies in another province beyond a district's reach of it,
        # is a place the index lacks, somewhere in that district (not the Cawayan 160 km off in another region)
        far_town = a.toponym.type_hint is None and not far_part and bool(local) \
            and _names_its_district(b.place) and re.fullmatch(r"\s*,\s*", text[a.toponym.end:b.toponym.start]) \
            and not any(p.kind in ADMIN_KINDS or p.population >= _TOWN_OF_ITS_OWN for p in local) \
            and all(p.admin1 != b.place.admin1 and km_between(p.latitude, p.longitude, b.place.latitude,
                                                              b.place.longitude) > DISTRICT_REACH_KM for p in local)
        far_part = far_part or far_town
        in_district = in_district or far_town
        if b.place.kind not in POINT_KINDS and not (far_part and b.place.kind == "admin2"):
            continue
        # a holder the text calls a city ("Iloilo City", "Sehwan city (Jamshoro, Sindh)" is Jamshoro district)
        called_city = b.toponym.text.endswith(" City") or bool(re.match(r"\s+city\b", text[b.toponym.end:], re.I))
        metropolis = b.place.population >= _METROPOLIS_HOLDER and b.toponym.type_hint is None and km_between(
            a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude) > AREA_REACH_KM
        if any(p.kind in ADMIN_KINDS for p in b.toponym.candidates) and not (called_city or metropolis or far_part):
            continue  # (a holder that can be a province or district is one: "Haftanin region of Dahuk")
        following = chosen[i + 2].toponym if i + 2 < len(chosen) else None
        if following is not None and following.relation != "container" and in_list(text, b.toponym, following):
            continue  # ("in Kut, Basra and Najaf": a list)
        near = [p for p in a.toponym.candidates
                if km_between(p.latitude, p.longitude, b.place.latitude, b.place.longitude) <= SUBURB_KM]
        if near and a.place not in near:
            chosen[i] = ResolvedToponym(a.toponym, max(near, key=lambda p: (p.population, -p.id)), a.score)
        elif not near and ((called_city or metropolis) and a.place.population < b.place.population or far_part):
            # (a town larger than its holder is no quarter of it: "in Lagos, Abuja, Kano" is a list)
            a.toponym.notes["unlocated"] = a.toponym.text
            a.toponym.notes["unresolved"] = (a.toponym.start, a.toponym.end, a.toponym.text)
            a.toponym.notes["in_part"] = in_district  # (somewhere in the district: precision 2)
            chosen[i] = ResolvedToponym(a.toponym, b.place, a.score)


#: A sentence that opens on its setting: "On 4 May 2020, in Tolu, Sucre, ...", "In Tolu municipality, Sucre, ...".
_OPENING_IN = re.compile(r"(?:^|[.!?]\s+)(?:[^.!?,]{1,60},\s+)?(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?:municipality\s+of\s+)?$")
_OPENING_HOLDER_GAP = re.compile(r"(?:\s+(?:municipality|city|town))?\s*,\s*")
# a small place of a town: "Aquila village", "the Taquaral community", "Colonia Tepeyac", "the village of Aquila"
_SMALL_PLACE_AFTER = re.compile(r"\s+(?i:village|community|neighbou?rhood|colonia|barrio|hamlet|settlement)\b")
_SMALL_PLACE_BEFORE = re.compile(r"(?:\b(?i:village|community|neighbou?rhood|hamlet|settlement)\s+of\s+(?:the\s+)?"
                                 r"|\b(?:Colonia|colonia|Barrio|barrio)\s+)$")


def _small_places_of_the_opening_town(chosen: list[ResolvedToponym], text: str) -> None:
    """"On 1 May, in Tolu, Sucre, residents of Marimba village blocked the road": a sentence that opens on a town
    and its province sets the scene, and a village, community or neighbourhood it names after is a part of that
    town. Where the index has that name only beyond a suburb's reach of the town (a namesake 100 km off), it is a
    part the index lacks: coded to the town (the name kept, as for "in Jaro, Iloilo City"). A village the index
    has near the town stays itself."""
    for i, (town, holder) in enumerate(zip(chosen, chosen[1:])):
        if town.place.kind not in POINT_KINDS or holder.place.kind != "admin1" \
                or holder.place.country != town.place.country \
                or not _OPENING_IN.search(text, max(0, town.toponym.start - 80), town.toponym.start) \
                or not _OPENING_HOLDER_GAP.fullmatch(text[town.toponym.end:holder.toponym.start]):
            continue
        end = text.find(". ", holder.toponym.end)
        end = len(text) if end < 0 else end
        for j in range(i + 2, len(chosen)):
            r = chosen[j]
            if r.toponym.start >= end:
                break
            t, p = r.toponym, r.place
            small = t.type_hint in ("village", "neighbourhood") or bool(_SMALL_PLACE_AFTER.match(text, t.end)) \
                or bool(_SMALL_PLACE_BEFORE.search(text, max(0, t.start - 30), t.start))
            if not small or p.kind not in POINT_KINDS or t.relation in ("container", "from", "affiliation") \
                    or p.population >= town.place.population or t.notes.get("unlocated") \
                    or any(km_between(c.latitude, c.longitude, town.place.latitude, town.place.longitude) <= SUBURB_KM
                           for c in t.candidates):
                continue
            if j + 1 < len(chosen) and chosen[j + 1].toponym.relation == "container" \
                    and re.fullmatch(r"\s*,\s*", text[t.end:chosen[j + 1].toponym.start]):
                continue  # ("Aquila village, Tecali" states its own holder)
            t.notes["unlocated"] = t.text
            t.notes["unresolved"] = (t.start, t.end, t.text)
            t.notes["in_part"] = False
            chosen[j] = ResolvedToponym(t, town.place, r.score)


def _unknown_near_a_reference(chosen: list[ResolvedToponym], text: str) -> None:
    """"in Kazimiyah village near Hawija": a village, area or quarter the text places near a town, whose every
    namesake in the country lies beyond a district's reach of that town (Kadhimiya, Baghdad), is one the index
    lacks: coded near the town it is near (precision 2), as an unknown name "north of Y" is."""
    for i, (a, b) in enumerate(zip(chosen, chosen[1:])):
        t = a.toponym
        if b.toponym.relation != "reference" or b.toponym.notes.get("destination") or _new_name(t) \
                or t.type_hint not in ("village", "neighbourhood", "area") or t.relation in ("from", "affiliation") \
                or b.place.kind not in POINT_KINDS | {"admin2"} or a.place.country != b.place.country:
            continue
        if b.toponym.loose or _inside_a_longer_name(b.toponym, text) or any(
                r.place.kind == "admin1" and r.place.admin1 == a.place.admin1 for r in chosen):
            continue  # (the reference is only part of a name, "Sere Kaniye"; or the text names the place's province)
        local = [p for p in t.candidates if p.country == b.place.country]
        if any(p.kind == "admin1" or p.population >= METROPOLIS for p in local) or any(
                km_between(p.latitude, p.longitude, b.place.latitude, b.place.longitude) <= DISTRICT_REACH_KM
                for p in local):
            continue
        t.notes.update(unlocated=t.text, unresolved=(t.start, t.end, t.text), in_part=True)
        chosen[i] = ResolvedToponym(t, b.place, a.score)


_TOWN_KINDS = (POINT_KINDS - {"area"}) | {"admin2"}  # what can represent a zone


def _represent_areas_by_their_towns(chosen: list[ResolvedToponym], text: str) -> None:
    """"in Avasin (Mergasur) region", "Zap (Amadiya)": a range or zone followed by the town or district that
    represents it, in brackets, is coded to that town, as ACLED codes a small part of a region (precision 2).
    ("Haftanin region of Dahuk" stays Haftanin: a province holds the area, it does not represent it.)"""
    for i, (a, b) in enumerate(zip(chosen, chosen[1:])):
        area, town = a.place, b.place
        if b.toponym.relation == "container" and area.kind == "area" and town.kind in _TOWN_KINDS \
                and re.fullmatch(r"\s*\(\s*", text[a.toponym.end:b.toponym.start]) \
                and not any(p.kind == "admin1" for p in b.toponym.candidates) \
                and town.id != area.id and town.country == area.country \
                and km_between(area.latitude, area.longitude, town.latitude, town.longitude) <= AREA_REACH_KM:
            a.toponym.notes.update(unlocated=a.toponym.text, in_part=True)
            chosen[i] = ResolvedToponym(a.toponym, town, a.score)


def _outside_the_theatre(r: ResolvedToponym, theatre_admin1: set[str], named_admin1: set[str | None]) -> bool:
    """"The OSCE SMM observed explosions near Kruta Balka": a village the gazetteer knows only in another
    province than the theatre's (and the text's) is a namesake; the theatre's province stands in."""
    p = r.place  # (the bundled tables' towns are no namesakes: "Peshmerga forces ... north of Jalawla" is Diyala's,
    # nor is a town named like a district there: "a Peshmerga soldier near Daquq city" is Kirkuk's Daquq)
    known = p.source == "bundled" or any(
        c.country == p.country and c.admin1 == p.admin1 and (c.source == "bundled" or c.kind in ("admin1", "admin2"))
        for c in r.toponym.candidates)
    return bool(theatre_admin1) and p.kind in POINT_KINDS and p.population < METROPOLIS \
        and p.admin1 not in theatre_admin1 and p.admin1 not in named_admin1 and not known \
        and r.toponym.relation not in ("from", "affiliation")


def _namesake_of_a_quarter(r: ResolvedToponym, chosen: list[ResolvedToponym]) -> bool:
    """"in Belo Horizonte ... in Braunas neighborhood": a quarter the gazetteer does not know, not the town of
    that name 160 km away; the event stays in the city the text names."""
    if r.toponym.type_hint != "neighbourhood" or r.place.kind == "neighbourhood":
        return False
    towns = [o.place for o in chosen if o is not r and o.place.kind in POINT_KINDS and o.place.country == r.place.country
             and o.toponym.relation not in ("from", "affiliation")]
    return bool(towns) and min(km_between(r.place.latitude, r.place.longitude, p.latitude, p.longitude)
                               for p in towns) > _QUARTER_KM


def _confident_loose(r: ResolvedToponym) -> bool:
    """"demonstrators in Diwniya city": a misspelt name the text or the parser calls a place, reaching a large
    city or a district, or a province in a list of provinces: kept even outside the provinces the document names."""
    t, p = r.toponym, r.place
    if t.loose and t.notes.get("listed") and t.type_hint == p.kind == "admin1":
        return True  # "the provinces of Babylon, Diwaniya, and al-Mothana"
    return t.loose and t.relation == "in" and (t.entity in ("GPE", "LOC") or t.type_hint is not None) and (
        p.population >= 100_000 or p.kind == "admin2")


def _stated_admin1(area: Place, places: DocumentPlaces) -> str | None:
    """"the Hamrin mountains in Diyala province": a range or named zone that spans provinces lies in the
    province the document names, when that province is near it; else in the province of its centre."""
    named = {r.place.admin1 for r in places.toponyms if r.place.country == area.country and r.place.admin1 and (
             r.place.kind == "admin1" or r.toponym.relation == "container"
             and name_key(r.place.name) == name_key(r.place.admin1))  # "Qandil region of Erbil": the province's seat
             and r.toponym.relation not in ("from", "affiliation")
             and km_between(area.latitude, area.longitude, r.place.latitude, r.place.longitude) <= AREA_REACH_KM}
    return named.pop() if len(named) == 1 and area.admin1 not in named else area.admin1


#: "in Enga Province": a province the index lacks, named with its type word.
_PROVINCE_NAME = re.compile(r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+(?:Province|State|Region|Governorate)$")


def _unlisted_province(country: str, places: DocumentPlaces) -> str | None:
    """The one province of ``country`` the text states that the index lacks ("near Wapenamanda in Enga Province",
    where the index has no provinces of Papua New Guinea): the province of that country's places with none."""
    if country != places.country:
        return None
    names = {m.group("name") for r in places.toponyms if r.toponym.notes.get("unresolved")
             and r.place.country == country and r.toponym.relation not in ("from", "affiliation")
             and (m := _PROVINCE_NAME.fullmatch(r.toponym.notes["unresolved"][2])) is not None}
    return names.pop() if len(names) == 1 else None


_NAMESAKE_CONFIDENCE = 0.6  # a town chosen among far namesakes of its size, with nothing in the text to choose by


def _far_namesakes(r: ResolvedToponym, places: DocumentPlaces) -> tuple[str, ...]:
    """"protests in Tambuli" with Tambulis in three regions of the country: the provinces of the chosen town's
    namesakes of its size (a tenth of its people or more) beyond a district's reach, when neither a province the
    text states nor another place the document names in the chosen town's province backs the choice; else ()."""
    p, t = r.place, r.toponym
    if p.population >= METROPOLIS or t.loose or t.notes.get("unlocated"):
        return ()
    rivals = [q for q in t.candidates if q.id != p.id and q.country == p.country and q.kind in POINT_KINDS
              and q.admin1 and q.admin1 != p.admin1 and q.population * 10 >= p.population
              and km_between(p.latitude, p.longitude, q.latitude, q.longitude) > DISTRICT_REACH_KM]
    if not rivals or any(o is not r and name_key(o.toponym.text) != name_key(t.text) and o.place.country == p.country
                         and o.place.admin1 == p.admin1 and o.toponym.relation not in ("from", "affiliation")
                         for o in places.toponyms):
        return ()
    return tuple(sorted({_ascii(q.admin1) or "" for q in rivals}))


def _ascii(name: str | None) -> str | None:
    """Output names in plain ASCII, as ACLED writes them; matching keeps every spelling."""
    return ascii_name(name) if name else name


def _with_confidence(place: ResolvedPlace, confidence: float) -> ResolvedPlace:
    return replace(place, confidence=round(confidence, 3))
