"""What the text says holds a place, read before disambiguation.

"Town, Province", "Town (Province)", "X region of Y", "Rashad of Kirkuk", "Mansur village in Dibis
district", "near Hawija in Kirkuk": a later name holds an earlier one (the ``container`` relation).
:func:`apply_stated_admin1` narrows every name a stated province holds to its candidates inside that
province, and lets a name known only elsewhere stand for its holder. "North of Mosul" only locates the
place before it (``reference``); "Baghdad's Tahrir Square" passes the city's relation to the square.
"""

from __future__ import annotations

import re

from .finder import Toponym
from .model import ADMIN_KINDS, POINT_KINDS, Place, km_between
from .normalize import ARTICLES, name_key
from .reforms import carved_out_of

__all__ = ["apply_stated_admin1", "drop_provinces_typed_as_districts", "mark_references", "mark_containers",
           "link_possessives", "in_list", "AREA_REACH_KM", "SUBURB_KM", "DISTRICT_REACH_KM", "METROPOLIS"]

AREA_REACH_KM = 150  # how far a named range or zone may reach into a neighbouring province
SUBURB_KM = 40  # "Janzur (Tripoli)": how far a suburb may lie from the city that names it
DISTRICT_REACH_KM = 150  # "Sehwan town (Jamshoro, Sindh)": how far a town may lie from its district's town
METROPOLIS = 500_000  # a city this large is not a namesake of some village in another province
_TOWN_OF_ITS_OWN = 100_000  # a town this large is not ruled out by a holder the text names beside it
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def apply_stated_admin1(toponyms: list[Toponym], text: str, country: str | None) -> list[Toponym]:
    """"in Celaya, Guanajuato", "near Pivdenne, Donetsk", "in Souairi, Bekaa": the province named after a place
    holds it. The place's candidates narrow to that province; a place known only elsewhere, or not known at
    all, stands for the province (or its town of that name): the event is somewhere in it."""
    narrowed: dict[str, tuple[list[Place], bool]] = {}  # by name key, so the document's other mentions follow:
    # the candidates left, and whether they only stand in for a place the gazetteer does not know
    stated: list[tuple[int, int, Place]] = []  # where each stated province's name lies, and the province
    in_parts: set[str] = set()  # names standing in for a district or area that holds them ("Kirni (Poonch district)")
    for i, b in enumerate(toponyms):
        units = sorted((p for p in b.candidates if p.kind == "admin1" and (country is None or p.country == country)),
                       key=lambda p: name_key(p.name) != name_key(b.text))  # "(Nihm, Sanaa)": Sanaa, not the city's unit
        following = toponyms[i + 1] if i + 1 < len(toponyms) else None
        if not units or b.type_hint in ("city", "village", "neighbourhood") \
                or in_list(text, b, following) and not _a_country(following, units[0]):
            continue  # ("Sanaa city (Al Wahdah, Amanat al Asimah)" is the city; "Ou Chrov district of Banteay Meanchey,
            # Cambodia": a province, then its country, is no list)
        a = toponyms[i - 1] if i else None
        if a is not None and _listed_together(a, b):
            continue  # ("in the cities of Baghdad, Nasiriyah, Basrah, and others": a list)
        if a is not None and (b.relation == "container" or _BEFORE_HOLDER.fullmatch(text[a.end:b.start])
                              or b.type_hint == "admin1" and _IN_PROVINCE.fullmatch(text, a.end, b.start)):
            stated.append((b.start, b.end, units[0]))
            holder, b.candidates = b.candidates, units  # "Celaya, Guanajuato": the state, not its capital
            for j in range(i - 1, -1, -1):  # "Baglar neighbourhood of Bagcilar, Istanbul": the whole chain
                held = _narrow_to_unit(toponyms[j], holder, units[0], country)
                if held is not None:
                    narrowed[name_key(toponyms[j].text)] = held
                    if held[1] and toponyms[j + 1].type_hint in ("admin2", "area"):
                        in_parts.add(name_key(toponyms[j].text))
                if not j or toponyms[j].relation != "container" and text[toponyms[j - 1].end:toponyms[j].start] != " ":
                    break  # (names in one run of words, "San Carlos Nuevo Guaymas", are one name)
                holder = held[0] if held is not None else toponyms[j].candidates
            continue
        before = text[max(0, b.start - 120):b.start]
        run = _UNKNOWN_BEFORE_COMMA.search(before)
        if run and (a is None or a.end <= b.start - len(before) + run.start(2)):
            # "in Souairi, Bekaa", "in Kishindih district, Balkh": the event is somewhere in the province;
            # "(Khabb wa ash Shaaf, Al Jawf)": a district the gazetteer does not know, in the province
            if run.group(1):
                b.relation = _RUN_RELATION.get(run.group(1).lower(), "in")
            b.candidates, b.notes["unlocated"] = units, run.group(2)
            offset = b.start - len(before)  # the name the index lacks stays the location
            b.notes["unlocated_span"] = (offset + run.start(2), offset + run.end(2), run.group(2))
            stated.append((b.start, b.end, units[0]))
    for t in toponyms:
        if name_key(t.text) in narrowed:
            t.candidates, unlocated = narrowed[name_key(t.text)]
            t.loose = False
            if unlocated:
                t.notes["unlocated"] = t.text
                t.notes["unresolved"] = (t.start, t.end, t.text)
                t.notes["in_part"] = name_key(t.text) in in_parts
    kept = []
    for t in toponyms:
        unit = None if name_key(t.text) in narrowed else _stated_unit(t, stated, toponyms, text, country)
        if unit is not None:
            inside = [p for p in t.candidates if _in_unit(p, unit)]
            if not inside:
                continue  # a stray namesake ("in Maraba, Para, ... in Cidade Nova neighbourhood")
            # "on the road that connects Esperanza to Santa Catarina, Puebla": the Esperanza of Puebla
            t.candidates = inside + [p for p in t.candidates if p.country != unit.country]
        kept.append(t)
    return kept


_LINK_WORDS = "|".join(sorted(ARTICLES | {"de", "del", "de la", "de los", "da", "do", "dos", "la", "bin", "ibn", "wa", "of"}))
_NAME_RUN = rf"[A-Z][^\W\d_]*(?:['’][^\W\d_]+)?(?:[\s-]+(?:(?:{_LINK_WORDS})[\s-]+)*" \
            r"[A-Z][^\W\d_]*(?:['’][^\W\d_]+)?){0,4}"
_UNKNOWN_BEFORE_COMMA = re.compile(rf"(?:\b(in|at|near|outside|around|inside)\s+(?:the\s+)?(?:(?:town|village|city|"
                                   rf"neighbou?rhood|area|district) of\s+)?|\(\s*)({_NAME_RUN})\s*(?:,|\()\s*$")
_IN_PROVINCE = re.compile(r"\s+in\s+(?:the\s+)?")  # "Albu Kanan in Salahuddin province": the province typed as one
_RUN_RELATION = {"near": "near", "outside": "near", "around": "near"}
# "Celaya, Guanajuato", "Hadibu (Suqutra)", "San Carlos Nuevo Guaymas, Sonora": the end of the held name (a known
# name may be only the start of it), then a comma or a parenthesis
_BEFORE_HOLDER = re.compile(r"(?:\s+[A-Z][^\W\d_]*\.?)*\s*(?:,|\()\s*")


def drop_provinces_typed_as_districts(toponyms: list[Toponym], text: str, country: str | None) -> list[Toponym]:
    """"in Caura, Sucre municipality, Bolivar state": a name the text calls a district or municipality, in front of
    the province the text states, is no second province. Its province candidates go; a name left with none of the
    country's is a district the index lacks, read as an unknown name the stated province holds."""
    kept = []
    for i, t in enumerate(toponyms):
        following = toponyms[i + 1] if i + 1 < len(toponyms) else None
        units = [p for p in t.candidates if p.kind == "admin1" and (country is None or p.country == country)]
        if t.type_hint == "admin2" and units \
                and following is not None and _UNIT_GAP.fullmatch(text, t.end, following.start) is not None \
                and any(p.kind == "admin1" and (country is None or p.country == country)
                        and p.admin1 not in {u.admin1 for u in units} for p in following.candidates):
            t.candidates[:] = [p for p in t.candidates if p not in units]
            if not any(country is None or p.country == country for p in t.candidates):
                continue
        kept.append(t)
    return kept


_UNIT_GAP = re.compile(r"[^\S\n]*(?:[a-z-]+[^\S\n]*)?(?:,|\(|in|of)?[^\S\n]*(?:the[^\S\n]+)?")


def in_list(text: str, t: Toponym, following: Toponym | None) -> bool:
    """"in Baghdad, Basra and Najaf": a name followed by another name is an item of a list, not a container."""
    return following is not None and bool(re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?",
                                                         text[t.end:following.start]))


def _a_country(t: Toponym | None, unit: Place) -> bool:
    """Whether ``t`` names the country of ``unit`` ("Lori, Armenia")."""
    return t is not None and any(p.kind == "country" and p.country == unit.country for p in t.candidates)


def _listed_together(a: Toponym, b: Toponym) -> bool:
    """Both are members of a list a plural type word types ("the cities of Baghdad, Nasiriyah, Basrah")."""
    return bool(a.notes.get("listed") and b.notes.get("listed"))


def _narrow_to_unit(t: Toponym, holder: list[Place], unit: Place,
                    country: str | None) -> tuple[list[Place], bool] | None:
    """The candidates of ``t`` inside ``unit``, the province named after it, and whether they are only the
    ``holder``'s own places (the name that holds ``t``) standing in for a place the gazetteer does not know
    there; None to leave ``t`` as it is."""
    held = [h for h in holder if h.admin1 == unit.admin1 and h.country == unit.country]
    same_country = [p for p in t.candidates if p.kind != "admin1" and p.country == unit.country]
    inside = [p for p in same_country if _in_unit(p, unit)] or [p for p in same_country if _reaches(p, held)]
    if held and all(h.kind not in ("admin1", "area") for h in held) and t.type_hint != "city" \
            and all(p.population < _TOWN_OF_ITS_OWN for p in inside) and not any(_within(p, held) for p in inside):
        # "in Jalalpur, Shamli (UP)": a town or district between the name and the province holds it; a namesake
        # across the province, none of whose places that holder can reach, is not it (a city the text names as one,
        # or a large town, is itself: "Mirpur Khas city (Mirpur khas, Sindh)" whose bracket reads only "Mirpur")
        inside = []
    if inside:  # ("the Hamrin mountains in Diyala": the range's Diyala part, before a part that reaches into it)
        return inside, False
    if name_key(t.text) == name_key(unit.name) and unit in t.candidates:
        # "east of Sanaa (Khwlan, Sanaa)": a city outside the province it shares its name with is the province here
        return [unit], False
    local = [p for p in t.candidates if country is None or p.country == country]
    # a district of another province is no place inside a district or town the text names ("in al-Rumaitha in
    # Baladruz in Diyala province"); a province or a metropolis is not a namesake of some place in another province
    protected = ("admin1",) if held and all(h.kind != "admin1" for h in held) else ADMIN_KINDS
    if t.type_hint not in ("village", "neighbourhood") and any(
            p.kind in protected and _a_unit_of_its_own(p, t, local) or p.population >= METROPOLIS for p in local):
        return None
    return (held, True) if held else None


def _a_unit_of_its_own(p: Place, t: Toponym, local: list[Place]) -> bool:
    """Whether the unit ``p`` is the name itself, whatever province the text puts it in: a province, a district the
    text calls one ("Qaraj district, Ninewa province" is Erbil's Qaraj), a district of the bundled tables (each a
    district news knows: "Avasin (Mergasur) region of Dahuk" is Erbil's Mergasur), or one with a town of 100,000
    people or more answering to the name in its province ("Apodaca, Jalisco" is Nuevo Leon's Apodaca); not a small
    registry district elsewhere that shares the name of a town the text places ("in Castilla, Piura")."""
    return p.kind in ("country", "admin1") or t.type_hint == "admin2" or p.source == "bundled" \
        or any(max(q.population, p.population) >= _TOWN_OF_ITS_OWN and q.admin1 == p.admin1 for q in local)


def _in_unit(p: Place, unit: Place) -> bool:
    """Whether ``p`` lies in the province ``unit``, or in one carved out of it since ("Sorong, West Papua")."""
    return p.country == unit.country and unit.admin1 in (p.admin1, carved_out_of(p.country, p.admin1))


def _within(p: Place, held: list[Place]) -> bool:
    """Whether ``p`` can lie in the district or town ``held`` names: in that district (or in one the registry does
    not name), or within a district's reach of its town ("Sehwan town (Jamshoro, Sindh)" lies 120 km from Jamshoro)."""
    return any(p.admin2 is None or p.admin2 == h.admin2 if h.kind == "admin2"
               else km_between(p.latitude, p.longitude, h.latitude, h.longitude) <= DISTRICT_REACH_KM for h in held)


def _reaches(p: Place, held: list[Place]) -> bool:
    """"Janzur (Tripoli)": a suburb of the city that names it; a mountain range reaching into the province."""
    if p.kind == "area":
        return any(km_between(p.latitude, p.longitude, h.latitude, h.longitude) <= AREA_REACH_KM for h in held)
    towns = [h for h in held if h.kind in POINT_KINDS]
    return p.kind in POINT_KINDS and any(km_between(p.latitude, p.longitude, h.latitude, h.longitude) <= SUBURB_KM
                                         for h in towns)


def _stated_unit(t: Toponym, stated: list[tuple[int, int, Place]], toponyms: list[Toponym], text: str,
                country: str | None) -> Place | None:
    """The stated province that holds ``t``, a town or village of the country, or None. "In Maraba, Para, a man
    was shot in Cidade Nova neighborhood": a place named in the same sentence after "Town, Province" lies in that
    province, so a small namesake elsewhere is not it. So does a place named before it ("in Hamirpur village near
    Rapar town (Kachchh, Gujarat)"), when the sentence names no other province and no name between them holds the
    place ("Haftanin, Zakho district, ..." is Zakho's)."""
    if t.relation in ("from", "affiliation"):
        return None
    local = [p for p in t.candidates if country is None or p.country == country]
    if not local or any(p.kind in ADMIN_KINDS or p.population >= METROPOLIS for p in local):
        return None
    unit = next((u for start, end, u in reversed(stated)
                 if end <= t.start and not _SENTENCE_END.search(text[end:t.start])), None)
    if unit is None:
        after = [(start, u) for start, end, u in stated if t.end <= start and not _SENTENCE_END.search(text[t.end:start])]
        if not after:
            return None
        start, unit = after[0]
        sentence = [o for o in toponyms if o is not t and not o.notes.get("destination") and not _SENTENCE_END.search(
            text[min(o.end, t.end):max(o.start, t.start)])]  # ("in X province, straddling the border with Y")
        provinces = {p.admin1 for o in sentence for p in o.candidates if p.kind == "admin1" and p.country == unit.country}
        between = [o for o in sentence if t.end <= o.start < start]
        if provinces != {unit.admin1} or any(q.admin1 == p.admin1 and q.kind == "admin2" for o in between
                                             for q in o.candidates for p in local):
            return None
    return unit


def mark_references(toponyms: list[Toponym], text: str) -> None:
    """"in Zammar, north of Mosul": the place after "north of" only locates the place before it."""
    for a, b in zip(toponyms, toponyms[1:]):
        if b.relation in ("near", "direction") and a.relation not in ("from", "affiliation", "route") \
                and b.start - a.end <= 45 and "." not in text[a.end:b.start]:
            b.relation = "reference"


_PART_WORDS = r"region|area|areas|district|village|villages|town|city|sub-?district|province|neighbou?rhood|quarter|" \
              r"suburb|mountains?|hills|valley|basin|desert|sectors?|divisions?|tehsils?|blocks?|talukas?|mandals?|" \
              r"upazilas?|woredas?|sub-?counties|sub-?county|" \
              r"countryside|outskirts"
_SIDE = r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
# "Haftanin region of Dahuk", "Zammar area, Ninewa", "(Kirkuk)", "Tal Tiba, southern Mosul", "Rashad of Kirkuk",
# "Qandil area (Kandil) of Erbil"
_HELD_BY_NEXT = re.compile(rf"(?:\b(?:{_PART_WORDS})\s+of|,|\(|/)\s*(?:the\s+)?(?:{_SIDE}\s+)?$|^\)?\s+of\s+(?:the\s+)?$",
                           re.IGNORECASE)
# "Mansur village in Dibis", "Mansur and Qaradara villages in Dibis", "Avasin (Mergasur) region in Erbil": the part
# word follows the name
_HELD_IN_NEXT = re.compile(rf"^\)?(?:\s+(?:and|or)\s+[A-Z][\w'’-]*)?\s+(?:{_PART_WORDS})\s+in\s+(?:the\s+)?(?:\w+\s+)?$",
                           re.IGNORECASE)


_TOWN_TYPES = {"city": "city", "town": "city", "village": "village", "port": "city", "capital": "city"}
_TOWN_OF_REGION = re.compile(r"\s+(?:city|town|village|port|capital)\s+of\s+(?:the\s+)?", re.IGNORECASE)


def mark_containers(toponyms: list[Toponym], text: str) -> None:
    """"in Haftanin region of Dahuk", "Zammar area, Ninewa", "Mansur village in Dibis district": the later
    name holds the earlier one; "the West Bank city of Nablus": a province holds the town after it."""
    for i, (a, b) in enumerate(zip(toponyms, toponyms[1:])):
        between = text[a.end:b.start]
        if b.start - a.end > 45 or "." in between or any(p.kind == "country" for p in a.candidates) \
                or _listed_together(a, b) or _list_of_peers(a, b, toponyms[i + 2] if i + 2 < len(toponyms) else None,
                                                            text):
            continue  # (a country is never part of a place; "Dhi Qar, Najaf, Wasit provinces" is a list)
        if _TOWN_OF_REGION.fullmatch(between) and all(p.kind == "admin1" for p in a.candidates):
            # "near the West Bank city of Nablus": the region holds the town after it, which takes its relation
            b.relation, a.relation = a.relation, "container"
            a.type_hint, b.type_hint = None, _TOWN_TYPES[between.split()[0].lower()]
            continue
        if b.relation in ("none", "apposition", "possessive") and _HELD_BY_NEXT.search(between) or \
                b.relation == "part" and _HELD_BY_NEXT.search(between) and re.search(rf"\b{_SIDE}\s+$", between) or \
                b.relation == "in" and re.fullmatch(r"\s+of\s+(?:the\s+)?", between) or \
                b.relation in ("in", "part") and (_HELD_IN_NEXT.search(between) or _held_in(a, b, between)
                                                  or _in_a_unit_of_the_next(b, toponyms[i + 2:i + 3], between, text)):
            b.relation = "container"  # ("the Karma area, southern Basra": the side word made Basra a part)


def _list_of_peers(a: Toponym, b: Toponym, following: Toponym | None, text: str) -> bool:
    """"in Mombasa, Kisumu, Eldoret and Nakuru": a name after a comma that goes on as a list, and can be no unit
    holding the name before it, is the list's next member, not that name's holder ("Celaya, Guanajuato, and
    Leon" still holds Celaya in Guanajuato)."""
    if not re.fullmatch(r"\s*,\s*", text[a.end:b.start]) or not in_list(text, b, following):
        return False
    return not any(u.kind in ADMIN_KINDS and p.country == u.country and p.id != u.id and (
        u.kind == "admin1" and p.admin1 == u.admin1 or u.kind == "admin2" and p.admin2 == u.admin2)
        for u in b.candidates for p in a.candidates)


def _held_in(a: Toponym, b: Toponym, between: str) -> bool:
    """"near Hawija in Kirkuk": a name right after "in" holds the one before when it can be a unit holding it, or
    when it is a metropolis ("in Ras El Ain in Fes": a site of the city, not a village of that name 250 km off)."""
    if not re.fullmatch(r"\)?\s+in\s+(?:the\s+)?", between) or a.relation in ("from", "affiliation"):
        return False
    units = [u for u in b.candidates if u.kind in ADMIN_KINDS]
    if b.candidates and not units and b.type_hint is None and all(p.kind in POINT_KINDS for p in a.candidates) \
            and a.relation in ("in", "near", "direction", "outskirts") \
            and max(p.population for p in b.candidates) >= METROPOLIS:
        # "the prison of Ras El Ain in Fes": a metropolis holds the quarter or site the text puts the event in before
        # it (not a city named like its province: "Dardara in al-Hasakeh" is a village of the governorate; nor a name
        # that is no place of the event: "a club for the Angels in Toronto")
        return True
    return any(p.country == u.country and (u.kind == "admin1" and p.admin1 == u.admin1 or
                                           u.kind == "admin2" and p.admin2 == u.admin2 and p.admin1 == u.admin1)
               and p.id != u.id for u in units for p in a.candidates)


def _in_a_unit_of_the_next(b: Toponym, following: list[Toponym], between: str, text: str) -> bool:
    """"in al-Rumaitha in Baladruz in Diyala province": a district or town of the province the text then states
    holds the name before it, whatever that name's namesakes elsewhere (the chain says where it is)."""
    if not re.fullmatch(r"\s+in\s+(?:the\s+)?", between) or not following:
        return False
    c = following[0]
    if c.type_hint != "admin1" or not _IN_PROVINCE.fullmatch(text, b.end, c.start):
        return False
    units = {(u.country, u.admin1) for u in c.candidates if u.kind == "admin1"}
    return any(p.kind in ("admin2", "city") and (p.country, p.admin1) in units for p in b.candidates)


def link_possessives(toponyms: list[Toponym]) -> None:
    """"in Baghdad's Tahrir Square": the square takes the relation the city had."""
    for a, b in zip(toponyms, toponyms[1:]):
        if a.relation == "possessive" and b.start - a.end <= 30 and b.relation not in ("near", "direction", "outskirts"):
            b.relation = "in"
