"""Casualty, injury, arrest and abduction figures in a sentence, read by ACLED's conservative rules.

Works on plain text (no parser): a cue word ("killed", "wounding", "deaths", "arrested") takes the
figure it governs, the object after an active verb ("killing 4", "killed a policeman") or the subject
before a passive or intransitive one ("4 protesters were killed", "Two protesters died"). Figures
joined by "and" add up ("killed 2 soldiers and 3 civilians"). A death without a number counts 1 for
one victim ("killed a policeman", "was shot dead") and 3 for several ("protesters were killed"), as
ACLED codes unnumbered reports of deaths. "No one was killed" is an explicit 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .numbers import Quantity, find_numbers, parse_number

__all__ = ["CountFinding", "find_counts", "find_claimed_losses", "MEASURES", "UNNUMBERED_DEATHS", "CASUALTY_WORDS",
           "CLAIMED_LOSSES"]

MEASURES = ("fatalities", "injuries", "arrests", "abductions")

#: ACLED's figure for deaths reported without a number (10 only for a significant attack in a war zone).
UNNUMBERED_DEATHS = 3

_CUES: dict[str, tuple[str, ...]] = {
    "fatalities": ("kill", "killed", "killing", "kills", "dead", "died", "die", "dies", "dying", "death", "deaths",
                   "slain", "murdered", "murdering", "assassinated", "assassinating", "executed", "executing",
                   "succumbed", "fatalities", "fatality", "bodies", "body", "corpses", "lives",
                   "beheaded", "lynched", "perished", "martyred", "life"),
    "injuries": ("wounded", "wounding", "wounds", "injured", "injuring", "injuries", "injury", "hurt", "hospitalised",
                 "hospitalized", "wound"),
    "arrests": ("arrested", "arresting", "arrests", "arrest", "detained", "detaining", "detention", "apprehended",
                "apprehending", "custody"),
    "abductions": ("abducted", "abducting", "abduction", "abductions", "kidnapped", "kidnapping", "kidnappings"),
}
_CUE_MEASURE = {word: measure for measure, words in _CUES.items() for word in words}
#: Words that report a casualty, arrest or abduction ("killed", "wounding", "deaths").
CASUALTY_WORDS = frozenset(_CUE_MEASURE)
_OF_NOUNS = {"arrest", "arrests", "abduction", "abductions", "body", "bodies", "death", "deaths", "detention", "injury"}
#: Words before a cue that make it a reference to killings told elsewhere ("accused of killing", "condemned the killing",
#: "in retaliation for the killing of": an earlier event's dead, not the retaliation's).
_REFERENCE = re.compile(r"(?i)^(?:accused|accusing|accuses|responsible|charged|blamed|blaming|convicted|condemn\w*|denounc\w*|"
                        r"protest(?:ed|ing|s)?|mourn\w*|commemorat\w*|anniversary|funerals?|investigat\w*|demand\w*|justice|"
                        r"accountab\w*|prosecut\w*|aveng\w*|revenge|vengeance|retaliat\w*|reprisals?|response|memorial|involved|"
                        r"implicated|suspected|perpetrat\w*|following)$")
#: Nouns of a death told as the cause of what follows ("after the death of", "over the killing of")
_BACKGROUND_NOUNS = frozenset({"death", "deaths", "killing", "killings", "murder", "murders", "assassination"})
#: Reference words that also describe the perpetrators ("suspected jihadists"): a reference only before "of"/"in"
_PERPETRATOR_WORDS = frozenset({"suspected", "involved", "implicated"})
#: Words that make a figure add to those told before ("were also killed", "another soldier").
_ADDITIVE = {"also", "another", "additional", "further", "more"}
#: Words right after a figure that make it add to those told before ("Four more were killed", "two more soldiers").
_MORE_AFTER = re.compile(r"(?i)\s+(?:more|additional|further)\b(?!\s+than\b)")
#: What "both" may name that is no pair of victims ("fighters from both sides were killed").
_SIDES = frozenset({"sides", "parties", "camps", "communities", "countries", "groups", "forces", "factions"})
#: The perpetrators told before, killed in turn ("Both attackers were killed", "the gunman was shot dead"): other
#: dead than the victims' (ACLED counts them too), so their figure adds to the victims'.
_ATTACKERS = (r"\b(?:both|the|all|the\s+(?:two|three|four|\d+))\s+(?:attackers?|assailants?|gunm[ae]n|(?:suicide\s+)?"
              r"bombers?|hijackers?|perpetrators?)\b")
_THE_ATTACKERS = re.compile(r"(?i)" + _ATTACKERS + r"\s+(?:(?:was|were|had|has|have|been|also|later|then|themselves|all|"
                            r"shot|fatally|reportedly)\s+)*$")
_THE_ATTACKERS_AFTER = re.compile(r"(?i)\s*" + _ATTACKERS)
#: Verbs that report a death when "fatally" qualifies them ("fatally shot", "fatally wounded").
_FATAL_WITH_ADVERB = {"shot", "shooting", "stabbed", "stabbing", "wounded", "wounding", "injured", "injuring", "assaulted",
                      "beaten", "attacked", "hit", "struck", "burned", "burnt"}
#: Any word a figure is read beside, as it may appear inside a lower-cased text: a text without one holds no figure.
#: Verbs with which an official statement tells its own side's dead ("Two soldiers embraced shahadat"): the noun after
#: one is a death told as "died" (ISPR style).
_MARTYRDOM_NOUNS = {"shahadat", "shahadah", "shahadath", "martyrdom"}
_MARTYRDOM_VERBS = {"embraced", "embrace", "embraces", "embracing", "attained", "achieved", "received"}
#: Verbs that report a killing with "down" after them ("police gunned down two men", "were mowed down").
_DOWN_VERBS = frozenset({"gunned", "gunning", "gun", "guns", "mowed", "mowing", "mown", "mows"})
_ANY_CUE = re.compile("|".join(sorted(map(re.escape, {*_CUE_MEASURE, *_FATAL_WITH_ADVERB, *_MARTYRDOM_NOUNS,
                                                      *_DOWN_VERBS}), key=len,
                                      reverse=True)))
_INTRANSITIVE = {"died", "die", "dies", "dying", "succumbed"}
_NOUN_CUES = {"dead", "death", "deaths", "fatalities", "fatality", "bodies", "body", "corpses", "lives", "wounds", "injuries",
              "injury", "arrests", "detention", "custody", "abduction", "abductions", "kidnappings", "wound"}
_TOLL = re.compile(r"(?i)\b(?:death|casualty)\s+toll\b")
#: A toll named without "death" but with what it is now ("Officials have since said the toll is nine", "the toll in
#: police firing in the city rose to five").
_BARE_TOLL = re.compile(r"(?i)(?<!death )(?<!casualty )\bthe\s+toll\s+(?:(?:in|from)\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,10}?\s+)?"
                        r"(?:(?:now|has|had|was|been)\s+)*"
                        r"(?:is|was|stands|stood|rose|risen|climbed|reached|revised|lowered|raised|corrected|fell|"
                        r"dropped)\b|\b(?:put|puts|putting|placed|places|placing|set|sets|setting)\s+the\s+toll\s+at\b|"
                        r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed|raise|"
                        r"raises|raising|raised)\s+the\s+(?:overall\s+|total\s+)?toll\b")
# ("The army put the toll at seventeen": another reporter's figure for the same dead; "The deaths bring the toll from a
# month of protests to 46": a running toll, which the counts stage finds a tally)
#: A retraction: what an earlier version of the story said ("Correction: An earlier version of this article said 12
#: people were killed"). Its figures are superseded and count for nothing, to the clause's end.
_RETRACTED = re.compile(r"(?i)\b(?:earlier|previous|original)\s+version\s+of\s+(?:this|the)\s+(?:article|story|report|"
                        r"item|dispatch)\b|\b(?:incorrectly|erroneously|wrongly|mistakenly)\s+(?:said|stated|reported|"
                        r"gave|put)\b|\bmisstated\b")
_RETRACTION_END = re.compile(r";|\.\s|\s[-\u2013\u2014]\s|,\s*(?:not|but|rather\s+than|instead\s+of)\b")
#: Finds of old deaths: the remains in a mass grave are no deaths of the day they are found.
_OLD_REMAINS = re.compile(r"(?i)\bmass\s+graves?\b|\b(?:exhum\w+|remains\s+of)\b")
_SINGULAR_DET = {"a", "an", "another", "one", "the", "his", "her", "its", "their", "him", "this", "that", "each"}
_PLURAL_PRONOUNS = {"them", "they", "all", "those", "everyone", "both"}
_NEGATIONS = {"no", "none", "nobody", "without", "not", "zero"}
_CLAUSE_BREAK = re.compile(r"[,;:.()\[\]\"“”!?]|\b(?:while|whereas|but|after|before|when|as)\b", re.IGNORECASE)
#: Words after a number that make it no count of people ("25-year-old", "3 km", "4 rockets").
_NOT_VICTIM_AFTER = re.compile(
    r"^\s*(?:-?\s*year|years?\s+old|%|per\s*cent|km|kilomet|met(?:er|re)s?\b|miles?\b|hours?|days?|weeks?|months?|"
    r"years?\b|o'clock|[ap]\.?m\b|times\b|vehicles?|cars?|houses?|homes?|shops?|rockets?|missiles?|mortars?|shells?|"
    r"drones?|strikes?|airstrikes?|bombs?|IEDs?|livestock|cattle|animals|sheep|goats|cows|camels|head\s+of)", re.IGNORECASE)
#: Words after a number that make it a count of cases, charges or complaints ("wanted in six murder cases", "faces 14
#: FIRs", "three counts of murder"): crimes on file, not victims.
_CASES_AFTER = re.compile(r"(?i)^\s*(?:(?!(?:in|on|at|and|or|from|with|during)\b)[a-z]+(?:-[a-z]+)?\s+){0,2}?"
                          r"(?:cases?|charges?|FIRs?|counts\s+of|offen[cs]es?|complaints?|warrants?|criminal\s+records?)\b")
_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|\d+(?:,\d{3})*|[^\w\s\"“”]")  # (quotes are transparent: killed "more than 15")
_NOT_KILL_OBJECT = re.compile(r"(?i)^(?:in|on|at|by|during|when|after|while|with|near|and|or|as|for|from|since|this|"
                              r"last|that|it|himself|herself|themselves)\b")


@dataclass(frozen=True, slots=True)
class CountFinding:
    """A figure for one measure: ``start``/``end`` span the figure (or the cue for unnumbered reports)."""

    measure: str
    value: int
    start: int
    end: int
    text: str
    exact: bool = True
    cue: str = ""
    is_toll: bool = False  # "the death toll rose to 12": replaces, not adds to, other figures
    additive: bool = False  # "4 militants were also killed", "another soldier was wounded": adds to other figures
    part: bool = False  # "killed 39 ..., including 23 people shot in X": a part of the figure told before it


@dataclass(frozen=True, slots=True)
class _Token:
    text: str
    start: int
    end: int
    number: Quantity | None = None


def _tokens(text: str, numbers: list[Quantity]) -> list[_Token]:
    tokens: list[_Token] = []
    index = 0
    ordered = sorted(numbers, key=lambda q: q.start)
    for match in _WORD.finditer(text):
        while index < len(ordered) and ordered[index].end <= match.start():
            index += 1
        if index < len(ordered) and ordered[index].start <= match.start() < ordered[index].end:
            quantity = ordered[index]
            if tokens and tokens[-1].number is quantity:
                continue
            tokens.append(_Token(quantity.text, quantity.start, quantity.end, quantity))
            continue
        tokens.append(_Token(match.group(0), match.start(), match.end()))
    return tokens


def _usable_numbers(text: str, excluded: list[tuple[int, int]]) -> list[Quantity]:
    usable = []
    for quantity in _outside(text, find_numbers(text), excluded):
        if re.fullmatch(r"(?:19|20)\d{2}(?:\s*[-\u2013/]\s*(?:\d{2}|(?:19|20)\d{2}))?", quantity.text.strip()):
            continue  # a year, or a span of years ("2007-08")
        if _NOT_VICTIM_AFTER.match(text[quantity.end:quantity.end + 20]) or _CASES_AFTER.match(text[quantity.end:
                                                                                                   quantity.end + 40]):
            continue
        if quantity.text.lower() in ("some", "many"):
            continue  # too vague to be a figure
        usable.append(quantity)
    return usable


def _outside(text: str, numbers: list[Quantity], excluded: list[tuple[int, int]]) -> list[Quantity]:
    """The numbers outside the ``excluded`` spans; a range read across a date's end ("June 10 - Nine people",
    "June 10 - 12 people": a dateline's day and the body's figure) is read again after the date."""
    kept = []
    for quantity in numbers:
        overlap = next(((s, e) for s, e in excluded if s < quantity.end and quantity.start < e), None)
        if overlap is None:
            kept.append(quantity)
        elif overlap[0] <= quantity.start and overlap[1] < quantity.end:
            rest = find_numbers(text[overlap[1]:quantity.end])
            kept.extend(replace(q, start=q.start + overlap[1], end=q.end + overlap[1]) for q in rest)
    return kept


def _breaks(token: _Token) -> bool:
    return bool(_CLAUSE_BREAK.fullmatch(token.text))


_PLURAL_WITHOUT_S = {"people", "men", "women", "children", "police", "personnel", "militia", "forces"}


def _plural_noun(word: str) -> bool:
    lower = word.lower()
    return (lower.endswith("s") and not lower.endswith(("ss", "us", "is"))) or lower in _PLURAL_WITHOUT_S


def _right_figure(tokens: list[_Token], i: int) -> tuple[int, bool, int, int] | None:
    """The figure governed by an active cue at ``i``: (value, exact, start, end) or None."""
    j = i + 1
    if j < len(tokens) and tokens[j].text.lower() == "of" and tokens[i].text.lower() in _OF_NOUNS | {
            t for t in _CUE_MEASURE if t.endswith("ing")}:
        j += 1  # "the killing of 4", "the arrest of a journalist", "the body of a man"
    elif tokens[i].text.lower() == "dead" and j < len(tokens) and tokens[j].text.lower() == "of":
        return None
    while j < len(tokens) and tokens[j].text.lower() in ("at", "least", "up", "as", "many", "reportedly", "at-least"):
        j += 1
    if j >= len(tokens) or _breaks(tokens[j]):
        return None
    if tokens[j].text.lower() in ("the", "their", "his", "her", "all", "these", "those") and j + 1 < len(tokens) \
            and tokens[j + 1].number is not None:
        j += 1  # "killed the two guards", "killing all 12 passengers"
    head = tokens[j]
    if head.number is not None:
        total, exact, end = _chain(tokens, j, head.number.value, head.number.exact, head.end)
        return total, exact, head.start, end
    word = head.text.lower()
    if _NOT_KILL_OBJECT.match(head.text) or word in _CUE_MEASURE or word in _NEGATIONS:
        return None
    if word in _PLURAL_PRONOUNS:
        antecedent = _antecedent(tokens, i)  # "a vehicle carrying 6 civilians, killing them"
        if antecedent is not None and word in ("them", "all", "both"):
            return antecedent.value, antecedent.exact, head.start, head.end
        return (2, True, head.start, head.end) if word == "both" else (UNNUMBERED_DEATHS, False, head.start, head.end)
    family = tokens[j + 3].number if j + 3 < len(tokens) else None
    if word in ("a", "an") and family is not None and [t.text.lower() for t in tokens[j + 1:j + 3]] == ["family", "of"]:
        return family.value, family.exact, head.start, tokens[j + 3].end  # "killed a family of three"
    if word in _SINGULAR_DET or head.text[0].isupper():
        noun = tokens[j + 1].text if j + 1 < len(tokens) else ""
        plural = word in ("the", "their", "his", "her", "these", "those") and _plural_noun(noun) and not noun[:1].isupper()
        if plural:
            earlier = _numbered_before(tokens, i, noun)  # "a vehicle with 5 militants ... killing the militants"
            if earlier is not None:
                return earlier.value, earlier.exact, head.start, tokens[j + 1].end
            return UNNUMBERED_DEATHS, False, head.start, head.end
        total, exact, end = _chain(tokens, j, 1, True, head.end)
        return total, exact, head.start, end
    if _plural_noun(head.text):
        apposed = _apposed_figure(tokens, j + 1)  # "killed civilians, maybe 30 people"
        if apposed is not None:
            return apposed
        return UNNUMBERED_DEATHS, False, head.start, head.end
    named = _titled_name(tokens, j)
    if named is not None:  # "shot dead reporter Ana Ruiz", "killed local journalist Ana Ruiz": one victim
        total, exact, end = _chain(tokens, named, 1, True, tokens[named].end)
        return total, exact, head.start, end
    return None


#: Words that hedge a figure told in apposition ("killed civilians, maybe 30 people").
_APPOSITION_HEDGES = frozenset({"maybe", "perhaps", "possibly", "probably", "reportedly", "likely", "roughly"})


def _apposed_figure(tokens: list[_Token], k: int) -> tuple[int, bool, int, int] | None:
    """The figure an apposition gives the plural victims just told ("civilians, maybe 30 people"): a comma, a hedge
    or two, then a number and a plural noun with no cue of its own (not a part: "civilians, 5 of them children")."""
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    j = k + 1
    while j < len(tokens) and j - k <= 2 and tokens[j].text.lower() in _APPOSITION_HEDGES:
        j += 1
    if j + 1 >= len(tokens) or tokens[j].number is None or not _plural_noun(tokens[j + 1].text) \
            or not tokens[j + 1].text.islower() or _has_own_cue(tokens, j) \
            or (j + 2 < len(tokens) and tokens[j + 2].text.lower() in _REPORTING_WORDS):
        return None
    number = tokens[j].number
    return number.value, number.exact and j == k + 1, tokens[j].start, tokens[j].end


#: Words between a verb and a capitalised word that are no title of a person ("killed outside Kabul", "killed
#: early Monday", "arrested two").
_NO_TITLE = frozenset({"outside", "inside", "across", "along", "around", "behind", "between", "beyond", "into", "onto",
                       "over", "through", "under", "within", "off", "toward", "towards", "upon", "against", "among",
                       "amid", "amidst", "despite", "opposite", "via", "per", "early", "late", "yesterday", "today",
                       "tonight", "overnight", "again", "there", "here", "too", "also", "all", "both", "then", "now",
                       "not", "near", "next", "the", "his", "her", "its", "their", "our", "two", "three", "four", "five",
                       "six", "seven", "eight", "nine", "ten", "one", "and", "but", "who", "which", "what", "where",
                       "each", "every", "some", "many", "any", "more", "most", "other", "another", "such", "own"})
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december"})


def _titled_name(tokens: list[_Token], j: int) -> int | None:
    """Where the name starts after a title of one person at ``j`` ("reporter Ana Ruiz", "local journalist Ana Ruiz"):
    one or two lower-case singular words, then a capitalised one; or None."""
    for k in (j + 1, j + 2):
        if k >= len(tokens):
            return None
        title = tokens[k - 1]
        if title.number is not None or not title.text.isalpha() or not title.text.islower() or len(title.text) < 3 \
                or _plural_noun(title.text) or title.text in _CUE_MEASURE or _NOT_KILL_OBJECT.match(title.text) \
                or title.text in _NO_TITLE or title.text.endswith("ly") or _breaks(title):
            return None
        name = tokens[k]
        if name.number is None and name.text[:1].isupper() and name.text.isalpha() and not _breaks(name) \
                and name.text.lower() not in _CALENDAR:
            return k
    return None


_JOINERS = ("and", "as well as", "along with", "plus", "and another", "in addition to")


_PART_OF = re.compile(r"\s+of\s+(?:the|those)\s+")
#: The rest of a tally told with no figure of its own ("the remaining were killed", "the rest died"): no count.
_REMAINDER = re.compile(r"(?i)\bthe\s+(?:remaining|rest|remainder|others)\s+(?:(?:were|was|had|have|has|been|also|"
                        r"later|all|then)\s+)*$")
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _chain(tokens: list[_Token], j: int, total: int, exact: bool, end: int) -> tuple[int, bool, int]:
    """Add the figures joined to the one at ``j`` ("2 soldiers and 3 civilians", "X as well as 4 others"),
    stopping at a clause break or at a figure that has its own cue ("... and 1 civilian was also killed")."""
    k = j + 1
    while k < len(tokens) and k - j < 14 and tokens[k].text.lower() not in _CUE_MEASURE:
        if tokens[k].text == "(":  # a parenthesis: "an IS leader (Haidar Ahmed Samir) and three..."
            close = next((m for m in range(k, min(k + 10, len(tokens))) if tokens[m].text == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        if tokens[k].text in _DASHES:  # an aside between dashes breaks a total down: "25 people - 20 soldiers and
            close = next((m for m in range(k + 1, min(k + 12, len(tokens))) if tokens[m].text in _DASHES), None)
            if close is None:  # five civilians - the ministry said": its figures are not added
                break
            k = close + 1
            continue
        joined = next((len(p.split()) for p in _JOINERS
                       if [t.text.lower() for t in tokens[k:k + len(p.split())]] == p.split()), 0)
        if tokens[k].text == "," and _listed_figure(tokens, k):  # "38 civilians, 14 policemen and a soldier"
            total += tokens[k + 1].number.value  # type: ignore[union-attr]
            exact = exact and tokens[k + 1].number.exact  # type: ignore[union-attr]
            end = tokens[k + 1].end
            k += 2
            continue
        if (joined or _listed(tokens, k)) and _relative(tokens, k + max(joined, 1)):
            total += 1  # "a clan elder and his nephew", "the mukhtar, his wife and two children"
            end = tokens[k + max(joined, 1) + 1].end
            k += max(joined, 1) + 2
            continue
        if joined:
            target = k + joined
            if (target + 1 < len(tokens) and tokens[target].text.lower() in ("his", "her", "their", "the")
                    and tokens[target + 1].number):
                target += 1  # "an IS leader and his two companions"
            number: Quantity | None
            if target < len(tokens) and tokens[target].text.lower() in ("another", "a", "an") and joined == 1:
                number = Quantity(1, tokens[target].start, tokens[target].end, tokens[target].text)
            else:
                number = tokens[target].number if target < len(tokens) else None
            if number is not None and not _has_own_cue(tokens, target):
                total += number.value
                exact = exact and number.exact
                end = tokens[target].end
                k = target + 1
                continue
        if _breaks(tokens[k]):
            break
        k += 1
    return total, exact, end


def _listed_figure(tokens: list[_Token], k: int) -> bool:
    """A comma that goes on with a list of victims, each with its figure, closed by "and" ("killing 38 civilians, 14
    security personnel and a soldier"), not a part ("12 people, 5 of them children") nor a new clause."""
    if k + 2 >= len(tokens) or tokens[k + 1].number is None or tokens[k + 2].text.lower() in ("of", "were", "was", "are"):
        return False
    if tokens[k - 1].text.lower() in _WHOLE_NOUNS:
        return False  # "killing 5 people, 3 women and 2 children": the parts of the 5
    rest = tokens[k + 2:k + 8]
    if not any((_plural_noun(t.text) or t.text.lower().endswith("men")) and t.text.islower() for t in rest[:3]):
        return False
    for token in rest:
        word = token.text.lower()
        if word == "and":
            return True
        if _breaks(token) or word in _CUE_MEASURE or word in _REPORTING_WORDS:
            return False
    return False


#: Nouns of a whole that a list after it breaks down ("5 people, 3 women and 2 children").
_WHOLE_NOUNS = frozenset({"people", "persons", "individuals", "others", "victims", "dead", "casualties"})
#: Words that close a list as someone's telling ("4 people, 2 police said").
_REPORTING_WORDS = frozenset({"said", "says", "say", "told", "reported", "added", "according"})


def _relative(tokens: list[_Token], j: int) -> bool:
    """Is there one more person at ``j``: "his nephew", "her son" (a possessive and a singular noun)?"""
    if j + 1 >= len(tokens) or tokens[j].text.lower() not in ("his", "her"):
        return False
    noun = tokens[j + 1]
    return (noun.number is None and noun.text.isalpha() and noun.text.islower() and not _plural_noun(noun.text)
            and noun.text not in _CUE_MEASURE and not _breaks(noun))


def _listed(tokens: list[_Token], k: int) -> bool:
    """A comma that continues a list of victims: ", his wife and two children" (not ", his brother said")."""
    return (tokens[k].text == "," and _relative(tokens, k + 1) and k + 3 < len(tokens)
            and tokens[k + 3].text.lower() in ("and", ","))


def _has_own_cue(tokens: list[_Token], i: int) -> bool:
    for token in tokens[i + 1:i + 6]:
        if _breaks(token):
            return False
        if token.text.lower() in _CUE_MEASURE:
            return True
    return False


def _is_reference(tokens: list[_Token], i: int) -> bool:
    """"accused of killing protesters", "protests against the killing of", "those who killed": killings
    told as background, not figures of this event."""
    before = [t.text.lower() for t in tokens[max(0, i - 2):i]]
    if before[-1:] == ["the"] and before[:1] in (["after"], ["over"], ["since"]) \
            and tokens[i].text.lower() in _BACKGROUND_NOUNS:
        return True  # "protests after the death of George Floyd", "anger over the killing of an activist"
    window = []
    for token in reversed(tokens[max(0, i - 4):i]):
        if _breaks(token):
            break
        window.append(token.text.lower())
    for k, word in enumerate(window):  # (window[0] is the word right before the cue)
        if _REFERENCE.match(word) and not (word in _PERPETRATOR_WORDS and k and window[k - 1] not in ("of", "in")):
            return True  # ("suspected of killing" is a reference; "suspected jihadists killed 12" is not)
    if window[:1] == ["against"] or window[:2] == ["the", "against"]:
        return True
    if window[:1] == ["those"] or window[:2] in (["of", "those"],):
        return True  # "the coffins of those killed": victims told elsewhere, never a figure of their own
    return window[:2] in (["who", "those"], ["who", "ones"], ["who", "people"], ["who", "men"])


_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})


def _skip_aside(tokens: list[_Token], j: int) -> int | None:
    """Index left of an aside ending at ``j`` ("(brigade 56)", ", including a police officer,"), or None."""
    if tokens[j].text == ")":
        for k in range(j - 1, max(-1, j - 12), -1):
            if tokens[k].text == "(":
                return k - 1
        return None
    for k in range(j - 1, max(-1, j - 14), -1):
        if tokens[k].text == ",":
            inside = tokens[k + 1:j]
            if tokens[k + 1].text.lower() in ("including", "among", "mostly", "most", "all", "mainly", "some"):
                return k - 1
            plain = all(t.number is None and t.text.lower() not in _CUE_MEASURE and t.text.lower() not in _DOWN_VERBS
                        for t in inside)
            if plain and (len(inside) <= 4 or inside[0].text.lower() in _RELATIVE_PRONOUNS):
                return k - 1  # an apposition ("a prisoner in Nassriya, Thi-Qar province, died"), or what a relative
                # clause tells of the victims ("Two men, who were wanted for robbery, were shot dead")
            return None
    return None


def _numbered_before(tokens: list[_Token], i: int, noun: str) -> Quantity | None:
    """The figure given earlier for ``noun`` in the same sentence ("5 IS militants"), if any."""
    for k in range(i - 1, 0, -1):
        if tokens[k].text.lower() == noun.lower():
            for back in range(k - 1, max(-1, k - 4), -1):
                if tokens[back].number is not None:
                    return tokens[back].number
    return None


def _antecedent(tokens: list[_Token], i: int) -> Quantity | None:
    """The figure "them" refers to: the latest number before the cue within a few words."""
    for token in reversed(tokens[max(0, i - 10):i]):
        if token.number is not None:
            return token.number
        if token.text in (".", ";"):
            return None
    return None


def _joined_figure(tokens: list[_Token], j: int) -> int | None:
    """The index of a figure joined by "and" or a comma to the left of the figure at ``j``, if close:
    up to 4 words for a number ("2 pro-government militia members, and 1 soldier"), 2 for an article
    joined by "and" ("a policeman and two protesters"). A figure another cue governs ("killing 7
    militants, and 1 soldier was killed") is not joined."""
    k = j - 1
    if k < 1 or tokens[k].text.lower() not in ("and", ","):
        return None
    by_comma = tokens[k].text == ","
    k -= 1
    if tokens[k].text == "," and k >= 1:
        k -= 1
    for distance, token in enumerate(reversed(tokens[max(0, k - 3):k + 1])):
        if _breaks(token) or token.text.lower() in _CUE_MEASURE:
            return None
        index = k - distance
        is_figure = token.number is not None or (
            token.text.lower() in ("a", "an", "one", "another") and distance <= 2 and not by_comma)
        if is_figure:
            governed = index > 0 and (tokens[index - 1].text.lower() in _CUE_MEASURE or
                                      (index > 1 and tokens[index - 2].text.lower() in _CUE_MEASURE
                                       and tokens[index - 1].text.lower() in ("least", "of")))
            return None if governed else index
    return None


def _an_age(tokens: list[_Token], j: int) -> bool:
    """A figure between commas right after a name ("Rakib Hasan, 21, has died") is the person's age. (The
    number's token may hold its closing comma: "21,".)"""
    closed = tokens[j].text.endswith(",") or (j + 1 < len(tokens) and tokens[j + 1].text == ",")
    return 2 <= j and closed and tokens[j - 1].text == "," and tokens[j - 2].text[:1].isupper() \
        and tokens[j - 2].number is None and tokens[j].number is not None and tokens[j].number.value < 120


def _left_figure(tokens: list[_Token], i: int) -> tuple[int, bool, int, int] | None:
    """The subject figure of a passive or intransitive cue at ``i`` ("4 protesters were killed",
    "two protesters and a policeman were killed", "3 policemen, 2 militiamen and 1 soldier were killed")."""
    found: list[_Token] = []
    singular = plural = perfect = False
    cue = tokens[i].text.lower()
    j = i - 1
    steps = 0
    while j >= 0 and steps < 14:
        word = tokens[j].text.lower()
        if word in ("including", "among"):  # "15 militants including a commander": the part is not the whole
            found, steps, j = [], 0, j - 1
            continue
        if word in (")", ","):
            skip = _skip_aside(tokens, j)
            if skip is None:
                break
            j = skip
            continue
        if _breaks(tokens[j]):
            break
        token = tokens[j]
        figure = token.number
        if figure is not None and _an_age(tokens, j):
            j -= 1  # "Rakib Hasan, 21, has died": his age, not a toll
            steps += 1
            continue
        if figure is None and word == "both" and not any(t.text.lower() == "and" for t in tokens[j + 1:i]) \
                and not (j and tokens[j - 1].text.lower() in ("of", "from", "on", "between", "with", "in")) \
                and tokens[j + 1].text.lower() not in _SIDES:
            figure = Quantity(2, token.start, token.end, token.text)  # "Both attackers were killed" ("both X and Y": no)
        if figure is None and (word in ("a", "an", "another", "one") or (
                j > 0 and tokens[j - 1].text.lower() == "and" and _relative(tokens, j))):
            figure = Quantity(1, token.start, token.end, token.text)  # "a farmer", "(a farmer and) his son"
        if figure is not None:
            before = tokens[j - 1].text.lower() if j else ""
            if before in _NEGATIONS:  # "no one was killed"
                return 0, True, tokens[i].start, tokens[i].end
            if before in ("including", "among"):  # "15 militants including a commander": a part, not the whole
                found, steps, j = [], 0, j - 2
                continue
            found.append(_Token(token.text, token.start, token.end, figure))
            joined = _joined_figure(tokens, j)  # "two protesters and a policeman", "3 policemen, 2 militiamen and 1 soldier"
            if joined is None:
                break
            j, steps = joined, 0
            continue
        if word in _CUE_MEASURE and j < i - 1 and word not in _NOUN_CUES:
            break  # another cue's territory ("killing 4 and injuring 84")
        if word in _NEGATIONS:
            return 0, True, tokens[i].start, tokens[i].end
        if word in ("has", "have", "had"):
            perfect = True
        if word == "was" and not found and cue not in _INTRANSITIVE:
            singular = True  # "was killed": one victim ("the revolution has died" is no death)
        elif word in ("were", "are") and cue not in _INTRANSITIVE:
            plural = True
        elif (word in ("the", "his", "her") and not found and cue in _INTRANSITIVE and not perfect
              and j + 1 < i and not _plural_noun(tokens[j + 1].text)):
            singular = True  # "The man died", "the soldier later died in hospital"
        j -= 1
        steps += 1
    if found:
        total = sum(t.number.value for t in found if t.number)
        exact = all(t.number.exact for t in found if t.number)
        return total, exact, min(t.start for t in found), max(t.end for t in found)
    if singular:
        return 1, True, tokens[i].start, tokens[i].end
    if plural:
        return UNNUMBERED_DEATHS, False, tokens[i].start, tokens[i].end
    return None


def find_counts(text: str, *, offset: int = 0, excluded: list[tuple[int, int]] | None = None) -> list[CountFinding]:
    """Figures for fatalities, injuries, arrests and abductions in ``text`` (one sentence or clause).

    ``excluded`` spans (document offsets, e.g. dates) hold no figures; ``offset`` shifts the spans.
    """
    if not _ANY_CUE.search(text.lower()) and not _BARE_TOLL.search(text):
        return []  # (most sentences: no word that a figure is read beside, so no need to read their numbers)
    local_excluded = [(s - offset, e - offset) for s, e in excluded or []]
    retracted = _retracted(text)
    local_excluded.extend(retracted)
    tokens = _tokens(text, _usable_numbers(text, local_excluded))
    findings: list[CountFinding] = []
    used: set[int] = set()
    toll_positions = {m.end() for m in _TOLL.finditer(text)}
    for i, token in enumerate(tokens):
        word = token.text.lower()
        measure = _CUE_MEASURE.get(word)
        if i and tokens[i - 1].text.lower() == "fatally" and word in _FATAL_WITH_ADVERB:
            measure = "fatalities"  # "fatally shot a man", "two men were fatally assaulted"
            word = "killed" if word.endswith(("ed", "ot", "it", "uck", "en", "nt")) else "killing"
        elif word in _MARTYRDOM_NOUNS and i and tokens[i - 1].text.lower() in _MARTYRDOM_VERBS:
            measure, word = "fatalities", "died"  # "two soldiers embraced shahadat": they died
        elif word in _DOWN_VERBS and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "down":
            measure = "fatalities"  # "gunned down two men" (its object after "down"), "were gunned down"
        if measure is None or token.number is not None or any(a <= token.start < b for a, b in retracted):
            continue
        if measure == "fatalities" and _OLD_REMAINS.search(text):
            continue
        if _is_reference(tokens, i):
            continue  # "accused of killing protesters", "those who killed demonstrators": not this event's figure
        if word == "life" and not _life_lost(tokens, i):
            continue  # ("sentenced to life", "a way of life"): only "lost their life" tells a death
        if word in _DOWN_VERBS:
            figure = _down_figure(tokens, i)
        elif word in ("death", "body", "custody", "detention", "arrest", "wound", "injury", "lives", "life"):
            if token.end in toll_positions or (i + 1 < len(tokens) and tokens[i + 1].text.lower() == "toll"):
                figure = _toll_figure(tokens, i)
                if figure is not None and figure[2] not in used:
                    findings.append(CountFinding(measure, figure[0], figure[2] + offset, figure[3] + offset,
                                                 text[figure[2]:figure[3]], figure[1], word, is_toll=True))
                    used.add(figure[2])
                continue
            if word in ("lives", "life") and i > 0 and tokens[i - 1].text.lower() in ("their", "his", "her"):
                figure = _left_figure(tokens, i - 2) if i >= 2 else None
            elif word == "lives" and _lives_taken(tokens, i):
                figure = _lives_figure(tokens, i)  # "police firing claimed two lives", "took the lives of 3 youths"
            elif word == "death" and i and tokens[i - 1].text.lower() == "to":
                # "burned to death four men" names its victims after; "was stabbed to death" before
                after = i + 1 < len(tokens) and tokens[i + 1].number is not None
                figure = (_right_figure(tokens, i) if after else None) or _left_figure(tokens, i)
            elif word in _OF_NOUNS and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "of":
                figure = _right_figure(tokens, i)  # "the body of a man", "the arrest of 3 activists"
            elif word == "death" and i and tokens[i - 1].text.lower() in ("his", "her"):
                figure = (1, True, tokens[i - 1].start, token.end)  # "resulted in his death"
            elif word in ("death", "injury"):
                figure = _noun_figure(tokens, i)  # "one death"
            else:
                continue
        elif measure == "fatalities" and _killed_and_wounded_without_number(tokens, i):
            figure = (UNNUMBERED_DEATHS, False, token.start, token.end)  # "killing and injuring those onboard"
        elif _ambiguous(tokens, i):
            continue  # "killing or injuring 4": not a count of deaths
        elif word == "dead" and i and tokens[i - 1].text.lower() in ("shot", "shooting", "shoot", "shoots") and (
                i + 1 < len(tokens) and _governs_object(tokens, i)):
            figure = _right_figure(tokens, i)  # "shot dead 7 militants"
        elif word in _NOUN_CUES:
            figure = _noun_figure(tokens, i)
            if figure is None and word == "dead":  # "was shot dead", "found dead"
                figure = _left_figure(tokens, i)
        elif word in ("wounded", "injured") and i and tokens[i - 1].number is not None and i + 1 < len(tokens) \
                and _plural_noun(tokens[i + 1].text):
            number = tokens[i - 1].number  # "25 wounded people had been received"
            figure = (number.value, number.exact, tokens[i - 1].start, tokens[i - 1].end)
        elif word.endswith("ing") or (i + 1 < len(tokens) and word not in _INTRANSITIVE and _governs_object(tokens, i)):
            figure = _right_figure(tokens, i)
            if figure is None and word.endswith("ed"):
                figure = _left_figure(tokens, i)
        else:
            figure = _left_figure(tokens, i)
        if figure is None or any(figure[2] <= u < figure[3] for u in used):
            continue
        value, exact, start, end = figure
        if _PART_OF.fullmatch(text, end, token.start):
            continue  # "14 of the dead were from the factions": a part of a toll told elsewhere
        if _REMAINDER.search(text, max(0, token.start - 50), token.start) and not any(
                t.number is not None and start <= t.start < end and t.text.lower() not in _SINGULAR_DET for t in tokens):
            continue  # "97 died in police firing, while the remaining were killed in mob violence": the rest of a tally
        if measure != "fatalities" and not exact and value == UNNUMBERED_DEATHS and start == token.start:
            continue  # "were wounded" without a number: no figure for injuries or arrests
        used.update(t.start for t in tokens if start <= t.start < end and t.number is not None)
        used.add(start)
        before = [t.text.lower() for t in tokens[max(0, i - 2):i]]
        additive = (before[-1:] == ["also"] or before[:1] == ["also"] and before[-1:] in (["been"], ["be"], ["reportedly"])
                    or any(t.text.lower() in _ADDITIVE for t in tokens if start <= t.start < end)
                    or _MORE_AFTER.match(text, end) is not None  # "Four more were killed"
                    or measure == "fatalities" and (_THE_ATTACKERS.search(text, max(0, token.start - 60), token.start)
                                                    or _THE_ATTACKERS_AFTER.match(text, token.end)) is not None)
        findings.append(CountFinding(measure, value, start + offset, end + offset, text[start:end], exact,
                                     word, additive=additive))
    for match in _BARE_TOLL.finditer(text):  # "the toll is nine"
        inside = [k for k, t in enumerate(tokens) if match.start() <= t.start and t.end <= match.end()]
        figure = _toll_figure(tokens, inside[-1]) if inside else None  # (its figure comes after its last word)
        if figure is not None and figure[2] not in used:
            findings.append(CountFinding("fatalities", figure[0], figure[2] + offset, figure[3] + offset,
                                         text[figure[2]:figure[3]], figure[1], "toll", is_toll=True))
            used.add(figure[2])
    findings.extend(_parts_at_a_place(text, tokens, findings, offset))
    return _without_retellings(findings, text, offset)


#: A part of a figure told with a place of its own and no cue word ("..., including 23 people pulled off buses and
#: shot in Musa Khel district"): the part's measure is the whole's.
_PART_AT_A_PLACE = re.compile(r",\s+including\s+(?P<rest>[^,;.()]*?\b(?:in|at|near)\s+(?-i:[A-Z])[^,;.()]*)", re.IGNORECASE)


def _parts_at_a_place(text: str, tokens: list[_Token], findings: list[CountFinding], offset: int
                      ) -> list[CountFinding]:
    """Parts of a figure told just before, each at a place of its own ("killed at least 39 people in attacks across
    the province, including 23 people pulled off buses and shot in X district"): one event's figure within a spread
    whole. Marked ``part``: beside its whole on one event it counts for nothing."""
    parts = []
    for match in _PART_AT_A_PLACE.finditer(text):
        whole = [f for f in findings if f.end - offset <= match.start() and not f.part]
        if not whole or any(w in CASUALTY_WORDS for w in re.findall(r"[a-z]+", match.group("rest").lower())):
            continue
        head = next((t for t in tokens if t.start == match.start("rest")), None)
        after = next((t for t in tokens if t.start > match.start("rest")), None)
        if head is None or head.number is None or after is None or not _plural_noun(after.text):
            continue
        last = whole[-1]
        parts.append(CountFinding(last.measure, head.number.value, head.start + offset, head.end + offset, head.text,
                                  head.number.exact, "including", part=True))
    return parts


def _down_figure(tokens: list[_Token], i: int) -> tuple[int, bool, int, int] | None:
    """The figure of a killing told as "gunned down" at ``i``: its object after "down" when active ("police gunned down
    two men"), its subject when passive ("two men were gunned down")."""
    passive = i and tokens[i - 1].text.lower() in ("was", "were", "been", "be", "being", "is", "are", "get", "got")
    if not passive and i + 2 < len(tokens) and _governs_object(tokens, i + 1):
        return _right_figure(tokens, i + 1)
    return _left_figure(tokens, i)


def _retracted(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that tell what a correction withdraws ("An earlier version of this article said 12 people
    were killed"), from the retraction's words to its clause's end."""
    spans = []
    for match in _RETRACTED.finditer(text):
        end = _RETRACTION_END.search(text, match.end())
        spans.append((match.start(), end.start() if end else len(text)))
    return spans


def _victim_words(text: str) -> set[str]:
    """The plural nouns right after a figure ("2 IS militants were killed" -> {"militants"})."""
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)[:3] if _plural_noun(w) and w.islower()}


def _without_retellings(findings: list[CountFinding], text: str, offset: int) -> list[CountFinding]:
    """Drop figures that retell one already found in the sentence: "2 children were killed ..., killing
    both of them", "2 militants were killed ... leaving 2 militants killed". Different victims add up."""
    kept: list[CountFinding] = []
    for finding in findings:
        earlier = [k for k in kept if k.measure == finding.measure and not finding.additive]
        pronoun = finding.text.lower() in _PLURAL_PRONOUNS
        victims = _victim_words(text[finding.end - offset:finding.end - offset + 40])
        if any(pronoun or (k.value == finding.value and victims
                           and victims & _victim_words(text[k.end - offset:k.end - offset + 40])) for k in earlier):
            continue
        kept.append(finding)
    return kept


def _governs_object(tokens: list[_Token], i: int) -> bool:
    """Is the past-tense cue at ``i`` active ("killed 2 soldiers"), not passive ("2 soldiers killed")?"""
    previous = tokens[i - 1].text.lower() if i else ""
    if previous in ("was", "were", "been", "be", "being", "is", "are", "get", "got"):
        return False
    nxt = tokens[i + 1]
    return nxt.number is not None or nxt.text.lower() in _SINGULAR_DET | _PLURAL_PRONOUNS | {"at"} or (
        nxt.text[:1].isupper() and not _breaks(nxt)) or (_plural_noun(nxt.text) and not _NOT_KILL_OBJECT.match(nxt.text)) \
        or _titled_name(tokens, i + 1) is not None


def _killed_and_wounded_without_number(tokens: list[_Token], i: int) -> bool:
    """"killing and injuring all those onboard", "killed and wounded a number of militants": deaths are
    reported without a number (ACLED: 3)."""
    if i + 3 >= len(tokens) or tokens[i + 1].text.lower() != "and":
        return False
    if _CUE_MEASURE.get(tokens[i + 2].text.lower()) != "injuries":
        return False
    rest = tokens[i + 3:i + 7]  # no figure, or only a vague one ("a number of")
    return not any(t.number is not None and t.number.exact for t in rest) and not _breaks(tokens[i + 3]) and (
        tokens[i + 3].text.lower() not in _NEGATIONS)


def _ambiguous(tokens: list[_Token], i: int) -> bool:
    """"killing or injuring 4", "killed or wounded", "9 militants killed and injured", "killed, injured or
    captured": the figure is not for this measure alone."""
    nxt = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
    after = tokens[i + 2].text.lower() if i + 2 < len(tokens) else ""
    if nxt not in ("or", "and", "/", ",") or _CUE_MEASURE.get(after) in (None, _CUE_MEASURE[tokens[i].text.lower()]):
        return False
    third = tokens[i + 3] if i + 3 < len(tokens) else None
    return nxt in ("or", ",") or third is None or third.number is not None or _breaks(third)


def _life_lost(tokens: list[_Token], i: int) -> bool:
    """"lost their life", "lost his life" (as machine translation and some English write it): a death."""
    return i >= 2 and tokens[i - 1].text.lower() in ("their", "his", "her") and tokens[i - 2].text.lower() in (
        "lost", "lose", "loses", "losing")


#: Verbs whose object "lives" is a toll: "the firing claimed two lives", "the blast took the lives of 3 men".
_TAKING_LIVES = frozenset({"claimed", "claiming", "claims", "claim", "took", "taken", "taking", "takes", "cost",
                           "costing", "costs"})


def _lives_taken(tokens: list[_Token], i: int) -> bool:
    """Whether "lives" at ``i`` is what a verb of taking took in a clause of its own, its figure between them or after
    "of" ("claimed two lives", "claimed the lives of three youths"; not "saved many lives", nor "the riots that
    claimed 700 lives")."""
    j = i - 1
    if j >= 0 and tokens[j].number is not None:
        j -= 1  # "claimed two lives"
    elif j >= 0 and tokens[j].text.lower() == "the" and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "of":
        j -= 1  # "claimed the lives of three youths"
    else:
        return False
    if j < 0 or tokens[j].text.lower() not in _TAKING_LIVES:
        return False
    k = j - 1
    while k >= 0 and tokens[k].text.lower() in ("has", "have", "had", "already", "also", "so", "far"):
        k -= 1
    # ("the riots that claimed over 700 lives", "the fire, which claimed 58 lives": a toll told about what a noun
    # names, an event of its own or many, not this clause's figure)
    return not (k >= 0 and tokens[k].text.lower() in ("which", "that", "who"))


def _lives_figure(tokens: list[_Token], i: int) -> tuple[int, bool, int, int] | None:
    """The figure of lives taken: before "lives" ("two lives") or after "the lives of" ("of three youths")."""
    q = tokens[i - 1].number
    if q is not None:
        return q.value, q.exact, tokens[i - 1].start, tokens[i - 1].end
    return _right_figure(tokens, i + 1)  # (read from "of": "of three youths")


def _noun_figure(tokens: list[_Token], i: int) -> tuple[int, bool, int, int] | None:
    """"3 dead", "5 deaths", "left 20 people dead", "no fatalities"."""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 4 and not _breaks(tokens[j]):
        q = tokens[j].number
        if q is not None:
            return q.value, q.exact, tokens[j].start, tokens[j].end
        if tokens[j].text.lower() in _NEGATIONS:
            return 0, True, tokens[i].start, tokens[i].end
        j -= 1
        steps += 1
    return None


def _toll_figure(tokens: list[_Token], i: int) -> tuple[int, bool, int, int] | None:
    """The figure a toll now stands at: the first after it, or the one after "to" when it moved ("rose from 9 to
    12", "revised ... down to nine from 12")."""
    window = []
    for token in tokens[i + 1:i + 16]:
        if token.text in (".", ";"):
            break
        window.append(token)
    numbers = [k for k, t in enumerate(window) if t.number is not None and k < 7 or
               t.number is not None and k and window[k - 1].text.lower() == "to"]
    if not numbers:
        return None
    moved = [k for k in numbers if k and window[k - 1].text.lower() == "to"]
    k = (moved or numbers)[0]
    token = window[k]
    moved_range = re.fullmatch(r"(?i).+?\s+to\s+(.+)", token.text)
    if moved_range and k and window[k - 1].text.lower() == "from":  # "rose from 9 to 12", read as one range
        value = parse_number(moved_range.group(1))
        if value is not None:
            return value, True, token.start + moved_range.start(1), token.end
    return token.number.value, token.number.exact, token.start, token.end


#: The measure of a side's claim about its enemy's losses ("The enemy lost up to 340 servicemen", "neutralized about
#: thirty assailants"): kept as a claim with its figure, never counted as the event's fatalities (belligerents
#: inflate them, and "neutralized" may mean captured or put to flight).
CLAIMED_LOSSES = "claimed_enemy_losses"
_HEDGE = r"(?:(?:up\s+to|about|around|some|over|more\s+than|nearly|almost|at\s+least|approximately)\s+)?"
_FIGURE = r"(?P<figure>" + _HEDGE + r"[\w,-]+(?:\s+(?:hundred|thousand))?)"
_LOSSES = tuple(re.compile(r"(?i)" + pattern) for pattern in (
    r"\b(?:the\s+)?enemy\s+(?:lost|suffered\s+(?:the\s+)?loss(?:es)?\s+of)\s+" + _FIGURE
    + r"\s+(?:servicemen|soldiers|troops|fighters|militants|personnel|men|terrorists|mercenaries)\b",
    r"\benemy(?:'s)?\s+losses\s+(?:amounted\s+to|reached|totall?ed|of|were)\s+" + _FIGURE,
    r"\b(?:neutrali[sz](?:e|ed|es|ing)|eliminat(?:e|ed|es|ing)|liquidat(?:e|ed|es|ing))\s+" + _FIGURE
    + r"\s+(?:[\w-]+\s+)?(?:assailants|terrorists|militants|fighters|insurgents|jihadists|attackers|rebels|"
    r"combatants|bandits|servicemen|soldiers|mercenaries|enemies)\b"))


def find_claimed_losses(text: str, *, offset: int = 0) -> list[CountFinding]:
    """A side's figures for its enemy's losses in ``text`` (measure :data:`CLAIMED_LOSSES`)."""
    found = []
    for match in (m for pattern in _LOSSES for m in pattern.finditer(text)):
        figure = match.group("figure")
        value = parse_number(figure)
        if value is None or value <= 0:
            continue
        start = match.start("figure")
        found.append(CountFinding(CLAIMED_LOSSES, value, start + offset, start + len(figure) + offset, figure,
                                  exact=False, cue=match.group(0).split()[0].lower()))
    return found
