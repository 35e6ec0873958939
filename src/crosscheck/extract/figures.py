"""The figures of a sentence: digits, number words, vague quantities, ranges, with hedges.

A figure starts where a number or a vague quantity starts, widened back to a hedge just before
it ("at least", "nearly") and forward to a unit ("40 km", "62 percent").  Clock times, ages,
identifiers ("Route 7") and counts of time ("two weeks") are not claims; "one" and weak vague
words ("several") are kept only when they count an event's victims or are hedged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from crosscheck import quantities
from crosscheck.errors import CrosscheckError
from crosscheck.extract.lexicon import (
    ADVERB_COUNTS,
    MONTH_SET,
    NUMBERS,
    QUOTE_CHARS,
    SCALES,
    STREET_WORDS,
    WEEKDAYS,
    EndsOn,
    families,
    index_of,
    lexicon,
    squash,
    starting,
    word_starts,
)
from crosscheck.model import (
    Estimate,
    Qualifier,
)
from crosscheck.parties import read_party
from crosscheck.places import is_state
from crosscheck.vocab import hedges, units, vague_phrases

# (Look-backs search from `start - N` as it is: see "Look-backs" in lexicon.py.)

_A_NEXT = re.compile(starting("a", r"\w") + r"n?\s+([a-z]+)")  # "a"/"an" and the next word


@cache
def _after_a() -> frozenset[str]:
    """The words after "a"/"an" that make a figure ("a year", "a dozen"): the "a>WORD"
    triggers.  A sentence with none of them has no such figure to look for."""
    return frozenset(word[2:] for word in lexicon().triggers["figure"] if word.startswith("a>"))


def _figure_matches(text: str) -> list[re.Match[str]]:
    """The figure matches of a sentence: found where a number or vague quantity starts,
    then widened to a hedge just before it (read backwards, so one anchored match)."""
    lex = lexicon()
    index = index_of(text)
    lower = index.lower
    has_digit = index.digits
    if lex.core_words.isdisjoint(index.words) and not has_digit:
        return []
    starts = [
        start
        for word in lex.core_words.intersection(index.words)
        for start in word_starts(word, lower)
    ]
    if has_digit:
        starts.extend(
            m.start()
            for m in NUMBERS.finditer(lower)
            if not lower[m.start() - 1 : m.start()].isdigit()
        )
    if ("a" in index.words or "an" in index.words) and not index.words.isdisjoint(_after_a()):
        triggers = lex.triggers["figure"]
        starts.extend(m.start() for m in _A_NEXT.finditer(lower) if f"a>{m.group(1)}" in triggers)
    found: list[re.Match[str]] = []
    reached = 0
    for start in sorted(set(starts)):
        if start < reached:
            continue
        before = lower[start - 40 if start > 40 else 0 : start][::-1]
        hedge = lex.hedge_reversed.match(before)
        origin = start - hedge.end() if hedge else start
        match = lex.figure.match(text, origin) if origin >= reached else None
        if match is None and origin != start:
            match = lex.figure.match(text, start)
        if match and match.end() > match.start():
            reached = match.end()
            found.append(match)
    return found


_NEXT_WORD = re.compile(r"\s+\w+")


_AGE_GROUP_NOUNS = ("children", "kids", "babies", "infants", "minors", "boys", "girls")
_AGE_GROUP = re.compile(rf"\b(?:{'|'.join(_AGE_GROUP_NOUNS)})\s+(?:aged\s+)?$", re.IGNORECASE)
_AGE_BOUND = re.compile(
    r"(?:under|below|over|above|younger\s+than|older\s+than)\s+(?:the\s+age\s+of\s+)?",
    re.IGNORECASE,
)


def _is_age_limit(text: str, figure: Figure) -> bool:
    """Whether a figure is the age that bounds a group of children: "60 percent of the dead
    were children under five" (the bound read with the figure, or just before it)."""
    index = index_of(text)
    if index.plain and index.words.isdisjoint(_AGE_GROUP_NOUNS):
        return False  # the quick answer: a sentence that names no children bounds none
    bound = _AGE_BOUND.match(text, figure.start)
    start = figure.start
    if _AGE_BOUND_AFTER.match(text, figure.start, figure.end + 16):
        # "children 5 and under": the bound after the age
        return _AGE_GROUP.search(text, start - 30, start) is not None
    if bound is None:
        before = _AGE_BOUND.search(text, start - 30, start)
        if before is None or before.end() != start:
            return False
        start = before.start()
    return _AGE_GROUP.search(text, start - 30, start) is not None


_AGE_BOUND_AFTER = re.compile(
    r"[\w.,-]+\s+(?:and|or)\s+(?:under|over|above|below|older|younger)\b", re.IGNORECASE
)
_AGE = re.compile(r"\s*-?\s*(?:years?|months?)[\s-]old\b|-year-old|-month-old", re.IGNORECASE)
_AGED = EndsOn(
    re.compile(
        r"\b(?:aged|ages)\s+(?:between\s+)?(?:[\w-]+\s*(?:,|and|or|to|-)\s*)?$", re.IGNORECASE
    ),
    "aged ages between , and or to -",
)


_FOLLOWING_WORD = re.compile(r"[\s-]*([A-Za-z-]+)")


_LETTER_NEXT = re.compile(r"[\s-]*[A-Za-z]")


@dataclass
class Figure:
    start: int  # in the sentence, hedge included
    end: int  # unit included
    text: str  # as written
    estimate: Estimate
    kind_hint: str | None = None  # the measure its unit names (a distance, a percentage)
    unit: str | None = None  # the canonical unit written after it ("km")
    word: bool = False  # written in words
    weak: bool = False  # a weak vague quantity or a small word number
    one: bool = False  # "one", "a": needs an event verb or a hedge
    hedged: bool = False
    kind: str = "other"
    party: str | None = None
    noun: str = ""  # the noun phrase counted, as written
    noun_end: int = 0
    partitive: str | None = None
    cue: tuple[int, int] | None = None  # the event words, in the sentence
    coordinated: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _number_value(text: str) -> float | None:
    value = quantities.parse_number(text)
    if value is None and " and " in text.lower():
        value = quantities.parse_number(re.split(r"\s+and\s+", text, flags=re.IGNORECASE)[0])
    return value


def find_figures(text: str, taken: list[tuple[int, int]]) -> list[Figure]:
    """The figures of a sentence (not overlapping the spans in `taken`, which are dates)."""
    lex = lexicon()
    found: list[Figure] = []
    for candidate in _figure_matches(text):
        if found and found[-1].extra.get("digits_after") and candidate.start() < found[-1].end:
            continue  # the digits in brackets of the figure before
        match = candidate
        end, num_start = candidate.end(), candidate.start("num")
        date = next(((a, b) for a, b in taken if a < end and num_start < b), None)
        if date is not None:
            # "On May 12 300 protesters": the date's day is no thousands of "12 300".
            retried = _after_date(text, candidate, date[1])
            if retried is None:
                continue
            match = retried
        elif _ends_a_span_of_days(text, candidate, taken):
            continue  # "between October 1 and| 6,": the span's last day
        begin = _change_start(text, match) if match.group("range") else None
        if begin is not None and (
            _CHANGE_BEFORE.search(text, 0, begin)
            or (_CHANGE_IN_SENTENCE.search(text, 0, begin) and _no_range(match))
        ):
            found.extend(_changed(text, begin, match.end("range")))  # "rose from 27 to 35"
            continue
        start, end = match.span()
        num_start = match.start("num")
        written = match.group(0)
        hedge_phrase = match.group("hedge")
        number = match.group("num")
        figure = Figure(start, end, written, Estimate(0, 0, 0), hedged=bool(hedge_phrase))
        if match.group("words"):
            value = _number_value(number)
            if value is None:
                continue
            # "one" and bare scale words ("hundred") are too often not counts.
            figure.word = True
            figure.one = value == 1
            if number.lower() in SCALES:
                continue
        elif match.group("adverb"):
            value = ADVERB_COUNTS[number.lower()]
            figure.word = True
        elif match.group("a"):
            if not hedge_phrase:
                continue
            value = 1.0
            figure.word = True
            unit = _NEXT_WORD.match(text[end:])
            end += unit.end() if unit else 0
            figure.extra["time"] = True
        elif match.group("digits"):
            value = quantities.parse_number(number)
            if value is None:
                continue
        elif match.group("vague"):
            phrase = squash(number).lower()
            if phrase.endswith(" of") and phrase[:-3] in vague_phrases():
                end -= 3
                written = text[start:end]
            figure.weak = squash(text[num_start:end]).lower() in lex.sets["weak_vague"]
            value = None
        else:
            value = None
        # A hedge written after the number ("30-odd", "2,000-plus", "40 or more"), before or
        # after its unit ("40 km or more"): the figure reader applies it (quantities.py).
        after = quantities.trailing_at(text, end) if not match.group("range") else None
        if after is not None:
            end = after.end()
        # Units right after: "40 kilometers", "1,000- kilometer", "40%", "40 percent".
        tail = lex.unit_after.match(text, end)
        unit_word = None
        if tail:
            unit_word = squash(tail.group("unit")).lower()
            end = tail.end()
            if after is None and not match.group("range"):
                after = quantities.trailing_at(text, end)
                end = after.end() if after is not None else end
        trailing = quantities.trailing_of(after) if after is not None else None
        figure.hedged = figure.hedged or trailing is not None
        if unit_word is not None:
            canonical = units()[unit_word][0]
            figure.unit = canonical
            figure.kind_hint = families().by_unit.get(canonical)
        elif figure.word and value is not None:
            digits = _IN_DIGITS.match(text, end)
            if digits and quantities.parse_number(digits.group(1)) == value:
                # "six (06) Canadians", "thirty (30) persons": the number again in digits,
                # as official copy writes it; one figure, its noun after the bracket.
                end = digits.end()
                figure.extra["digits_after"] = True
        figure.end = end
        figure.text = squash(text[start:end]).strip(QUOTE_CHARS)
        # Drop a closing quote inside the figure ("“a few dozen”").
        try:
            if value is not None and figure.kind_hint is None:
                # The number is read already: only the hedge is left to apply.
                # (one written before the number wins: "some 200 or so")
                hedge = _HEDGES.get(squash(hedge_phrase).lower()) if hedge_phrase else trailing
                if hedge is None:
                    figure.estimate = quantities.hedged(value, Qualifier.EXACT)
                else:
                    figure.estimate = quantities.hedged(value, hedge.qualifier, hedge.side)
            elif value is not None and not match.group("range"):
                figure.estimate = _hedge_estimate(value, figure.unit, figure.text)
            else:
                figure.estimate = quantities.parse_figure(figure.text.replace("“", ""))
        except CrosscheckError:
            first = _DASH_ASIDE.match(text, num_start) if match.group("range") else None
            if first is None:
                continue
            # "risen to 21 - 19 children and two teachers -": no range (it falls), the
            # count, then an aside naming its parts (the 19 is read as a figure of its own)
            end = first.end("first")
            figure.end, figure.text = end, squash(text[start:end]).strip(QUOTE_CHARS)
            figure.estimate = quantities.parse_figure(figure.text)
        # "rose from| 17 on Friday to 35 on Sunday": the count before the change.
        before = _FROM_BEFORE.search(text, start - 80, start)
        if before is not None and _CHANGE_BEFORE.search(text, start - 80, before.start()):
            figure.extra["earlier"] = True
        found.append(figure)
    # "two pupils aged nine and 11 were killed": ages, left out before the verb is read.
    found = [f for f in found if not _AGED.search(text, f.start - 30, f.start)]
    return _without_conversions(text, found)


# "The toll rose| from 27 to 35", "climbed overnight| from 40 to 52", "has risen steadily,|
# from 12": a count that changed, not a range of values (a few words of manner or time may
# stand between the verb and "from").
_CHANGE_VERBS = (
    r"rose|risen|rises|climbed|climbs|increased|jumped|grew|grown|went\s+up|soared|surged"
    r"|swelled|fell|fallen|moved|changed"
    r"|dropped|declined|revised|raised|lowered|adjusted|reduced|cut|corrected|updated"
    r"|(?:up|down)ward"
)
_CHANGE_BEFORE = re.compile(rf"\b(?:{_CHANGE_VERBS})(?:\s+[a-z]+){{0,4}}?,?\s+$", re.IGNORECASE)
# "revised downward the death toll from Sunday's attack on three villages| from over 500 to
# 109": the verb further back, and no range read ("over 500 to 109" is none).
_CHANGE_IN_SENTENCE = re.compile(rf"\b(?:{_CHANGE_VERBS})\b", re.IGNORECASE)
_FROM_BEFORE = EndsOn(
    re.compile(r"\bfrom\s+$", re.IGNORECASE),
    "from",
)
_FROM_TO = re.compile(r"from\s+(?P<was>.+?)\s+to\s+(?P<now>.+)$", re.IGNORECASE | re.DOTALL)


def _no_range(match: re.Match[str]) -> bool:
    """Whether a "from X to Y" match reads as no range of values ("from over 500 to 109")."""
    try:
        estimate = quantities.parse_figure(squash(match.group("range")))
    except CrosscheckError:
        return True
    low, high = estimate.low, estimate.high
    return low is not None and high is not None and low > high


def _change_start(text: str, match: re.Match[str]) -> int | None:
    """Where the "from" of a range starts: its own ("from 27 to 35"), or one just before the
    hedge of its first value ("from| over 500 to 109"); None if it has none."""
    if match.group("range").lower().startswith("from"):
        return match.start("range")
    before = _FROM_BEFORE.search(text, match.start() - 8, match.start())
    return before.start() if before is not None and match.group("hedge") else None


def _changed(text: str, start: int, end: int) -> list[Figure]:
    """The two counts of "from 27 to 35" (or "from over 500 to 109", between `start` and
    `end`) after a verb of change: the earlier (marked so) and the later."""
    parts = _FROM_TO.match(text, start, end)
    if parts is None:
        return []
    made = []
    for group in ("was", "now"):
        start, end = parts.span(group)
        value = _number_value(text[start:end])
        if value is not None:
            estimate = quantities.hedged(value, Qualifier.EXACT)
        else:
            try:  # "revised the toll from over 500 to 109": a hedged count
                estimate = quantities.parse_figure(text[start:end])
            except CrosscheckError:
                return []
        figure = Figure(start, end, text[start:end], estimate)
        figure.hedged = estimate.qualifier is not Qualifier.EXACT
        figure.word = not text[start].isdigit()
        if group == "was":
            figure.extra["earlier"] = True
        made.append(figure)
    return made


_BRACKET_OPEN = re.compile(r"\s*(?:-(?:long|wide|deep|high|tall)\s*)?\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_OR_BETWEEN = re.compile(r"\s*,?\s+or\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?")
_OR_AFTER = re.compile(r"\s*(?:[,;.)]|$)")


_NEXT_DIGIT = re.compile(r"\s*(?=\d)")


_DAYS_BETWEEN = re.compile(r"\s*(?:-|–|and|to|until|through)\s*$")
_DAY_ENDS = re.compile(
    r"(?:\s*[,.;:)]|\s+(?:in|at|on|and|when|as|after|before|during|this|last|of|inclusive)\b|\s*$)"
)


def _ends_a_span_of_days(text: str, found: re.Match[str], taken: list[tuple[int, int]]) -> bool:
    """Whether a bare number of one or two digits is the last day of a span a date opens
    ("between October 1 and| 6, ...", "from May 3 to| 5 in ..."), no count."""
    number = found.group(0)
    if not (number.isdigit() and len(number) <= 2 and 1 <= int(number) <= 31):
        return False
    start = found.start()
    return any(b <= start and _DAYS_BETWEEN.fullmatch(text, b, start) for _, b in taken) and bool(
        _DAY_ENDS.match(text, found.end())
    )


def _after_date(text: str, found: re.Match[str], date_end: int) -> re.Match[str] | None:
    """The figure after a date that a number with spaced thousands ran into ("May 12| 300"),
    else None."""
    digits = found.group("digits")
    if not digits or " " not in digits or date_end >= found.end():
        return None
    gap = _NEXT_DIGIT.match(text, date_end)
    return lexicon().figure.match(text, gap.end()) if gap else None


_IN_DIGITS = re.compile(r"\s*\(\s*(\d[\d,]*)\s*\)")


def _without_conversions(text: str, found: list[Figure]) -> list[Figure]:
    """Figures without the converted figures after them: in "50 km (30 miles)", "a
    970-kilometre-long (600 mile) border" and "660 kilometres, or 410 miles" the second is
    the first in another unit, the same figure, not a claim of its own ("10 km or 20 km"
    are two figures: one unit)."""
    kept: list[Figure] = []
    for figure in found:
        before = kept[-1] if kept else None
        if before is None or figure.unit is None or figure.unit != before.unit:
            kept.append(figure)
        elif _BRACKET_OPEN.match(text[before.end : figure.start]) and _BRACKET_CLOSE.match(
            text, figure.end
        ):
            _in_its_own_unit(before, figure)
        elif not (
            _OR_BETWEEN.fullmatch(text, before.end, figure.start)
            and _OR_AFTER.match(text, figure.end)
            and _unit_word(before.text) != _unit_word(figure.text)
            and _about_equal(before.estimate.best, figure.estimate.best)
        ):
            kept.append(figure)
    return kept


def _in_its_own_unit(figure: Figure, conversion: Figure) -> None:
    """Take the best value of a figure written in another unit from the outlet's conversion
    into the canonical one ("some 110 miles (180 km)": best 180 km, not 177: the outlet's
    own number, and what another report in kilometres says), when it lies in the figure's
    interval (whose width stays that of the number as written: "some 110 miles")."""
    _, _, factor = quantities.split_unit(figure.text)
    _, _, converted = quantities.split_unit(conversion.text)
    best, estimate = conversion.estimate.best, figure.estimate
    if (
        factor != 1.0
        and converted == 1.0
        and best is not None
        and (estimate.low is None or estimate.low <= best)
        and (estimate.high is None or best <= estimate.high)
    ):
        figure.estimate = replace(estimate, best=best)


def _about_equal(a: float | None, b: float | None) -> bool:
    """Whether two values are one measure rounded two ways (within a tenth)."""
    return a is not None and b is not None and abs(a - b) <= 0.1 * max(a, b)


def _unit_word(figure: str) -> str:
    """The last word of a figure as written: its unit ("kilometres", "miles")."""
    return figure.rsplit(None, 1)[-1].rsplit("-", 1)[-1].lower().rstrip("s")


_HEDGES = {hedge.phrase: hedge for hedge in hedges()}


def _hedge_estimate(value: float, unit: str | None, text: str) -> Estimate:
    """The interval of a figure whose number we read ourselves ("twice", "a year"), or that
    has a unit ("about 30 miles"): the figure reader's, where it can read it."""
    try:
        return quantities.parse_figure(text)
    except CrosscheckError:
        pass
    _, qualifier, side, _ = quantities.split_hedge(text)
    return quantities.hedged(value, qualifier, side, unit)


# "killed 40 people, possibly more", "40 dead, if not more", "40 soldiers or more": a count
# with no top, said after its noun.
_MORE_AFTER_NOUN = re.compile(
    r"\s*(?:,\s*)?(?:or|and|if\s+not|perhaps|possibly|probably|maybe|likely"
    r"|(?:or|and)\s+(?:possibly|probably|perhaps|maybe|likely|even))\s+more\b"
    # (its clause ends there: not "40 soldiers and more civilians", "and more were hurt")
    r"(?=\s*(?:[,.;:)\]\"'\u201d\u2019\u2014\u2013]|$))",
    re.IGNORECASE,
)


def more_after_the_noun(text: str, figures: list[Figure]) -> None:
    """An exact figure with "or more", "possibly more" after its noun counts at least that
    many ("killed 40 people, possibly more"): its interval loses its top."""
    for figure in figures:
        estimate = figure.estimate
        if estimate.qualifier is not Qualifier.EXACT or figure.kind_hint is not None:
            continue
        end = max(figure.end, figure.noun_end)
        if _MORE_AFTER_NOUN.match(text, end):
            figure.estimate = replace(estimate, high=None, qualifier=Qualifier.AT_LEAST)
            figure.hedged = True


def mark_time(text: str, figures: list[Figure]) -> None:
    """Figures that count time ("two weeks", "20 months", "a year", "twice") are kind other."""
    units = lexicon().sets["time_units"]
    for figure in figures:
        after = _FOLLOWING_WORD.match(text[figure.end :])
        if (after and after.group(1).lower() in units) or figure.text.lower() in ADVERB_COUNTS:
            figure.extra["time"] = True


_MULTIPLIER = re.compile(
    r"(?:\s+times)?\s+(?:its|the|their|his|her|our|that|those|what|as|more|higher|larger|"
    r"bigger|greater|fewer|less|lower|smaller|over)\b",
    re.IGNORECASE,
)


def _is_multiplier(text: str, figure: Figure) -> bool:
    """Whether a figure multiplies another quantity rather than counting: "nearly twice its
    capacity", "three times as many", "four times higher" (a number then "times", or
    "twice", then a comparison)."""
    times = figure.text.lower().split()[-1] in ADVERB_COUNTS or text[figure.end :].lstrip(
        " -"
    ).lower().startswith("times")
    return times and _MULTIPLIER.match(text, figure.end) is not None


_AGE_PREDICATE_PATTERN = re.compile(
    # "most of the dead were over 75", "six of the dead were under 18": any count of them
    r"\b[\w,]+\s+of\s+(?:the|them|those|these)\b"
    r"[^,;:.]{0,40}?\b(?:were|are|was|is)\s+(?:aged\s+)?(?:over|under|above|below|"
    r"older\s+than|younger\s+than|between)\s+$",
    re.IGNORECASE,
)
_AGE_PREDICATE = EndsOn(_AGE_PREDICATE_PATTERN, "over under above below than between")
_CLAUSE_END = re.compile(r"\s*(?:$|[,;:.)]|and\b|or\b|years?\b)", re.IGNORECASE)


def _is_age_predicate(text: str, figure: Figure) -> bool:
    """Whether a figure is the age a part of a group is said to be: "most of the dead were
    over 75", "many of them were under 18" (the part said with "most of", "many of" ...;
    "the toll was over 75" is a count)."""
    number = figure.start
    if figure.hedged:  # "over" read as the figure's own hedge
        number = figure.start + len(figure.text) - len(figure.text.split()[-1])
    before = text[number - 90 if number > 90 else 0 : number]
    return (
        _AGE_PREDICATE.search(before) is not None
        and _CLAUSE_END.match(text, figure.end) is not None
    )


# "Ivan Petrov,| 45|, a farmer, said": the age of the person just named, between commas.
_NAMED_AGE = re.compile(r"\b[A-Z][\w'’-]+\s*,\s*$")
_AGE_END = re.compile(r"\s*,")


def is_age(text: str, figure: Figure) -> bool:
    """Whether a figure is an age, not a count: "a 10-year-old girl", "children under five"
    (dropped before the kinds are read, so that "50,000 children under five| had died" is
    the 50,000's verb)."""
    return bool(_AGE.match(text, figure.end)) or _is_age_limit(text, figure)


# A dash between two numbers with spaces around it: "21 - 19 children" (a range only when
# the second is the higher).
_DASH_ASIDE = re.compile(r"(?P<first>\d[\d,]*)\s+[-–—]\s+\d")


_HYPHEN_COMPOUND = re.compile(r"-[A-Za-z]")
"""A hyphen and a word right after a figure: a compound adjective ("seven-storey")."""


def _is_money(text: str, figure: Figure) -> bool:
    """Whether a figure is an amount of money by what is written right before it: a
    currency sign ("€5,000", "₹ 2 lakh") or a currency's letters (extract.yaml
    `currency_prefixes`: "S/ 5,000", "KSh 2 million")."""
    before = text[max(0, figure.start - 6) : figure.start].rstrip()
    if not before:
        return False
    if unicodedata.category(before[-1]) == "Sc":
        return True
    return before.split()[-1].lower() in lexicon().sets["currency_prefixes"]


_SAID_NEXT = re.compile(r"\s+(?:also\s+)?(?:said|say|says|told|tell|confirmed|reported)\b")


def worth_keeping(text: str, figure: Figure) -> bool:
    """Whether a figure is a claim worth checking, not an idiom or a stray number word."""
    lex = lexicon()
    if _is_money(text, figure):
        return False  # "a support of S/ 5,000 to each family": money, not a count
    if is_age(text, figure):
        return False  # "a 10-year-old girl", "children under five": an age, not a count
    if (
        figure.kind == "other"
        and not figure.noun
        and _NAMED_AGE.search(text, 0, figure.start)
        and _AGE_END.match(text, figure.end)
    ):
        return False  # "Ivan Petrov, 45, said": a person's age
    if (
        figure.kind == "other"
        and not figure.noun
        and not figure.extra.get("strong")
        and _HYPHEN_COMPOUND.match(text, figure.end)
    ):
        return False  # "a seven-storey factory", "a two-day search": a thing's adjective
    if _is_age_predicate(text, figure) or _is_multiplier(text, figure):
        return False  # "most of the dead were over 75", "nearly twice its capacity"
    if (
        figure.kind == "other"
        and not figure.hedged
        and figure.noun
        and figure.noun.split()[-1].lower() in lex.sets["generic_speakers"]
        and _SAID_NEXT.match(text, figure.noun_end)
    ):
        return False  # "..., two security sources said": who speaks, no count of the story
    if figure.kind == "other" and figure.extra.get("time"):
        return not figure.weak or bool(_LETTER_NEXT.match(text[figure.end :]))
    if (
        figure.kind == "other"
        and not figure.noun
        and not figure.partitive
        and not figure.hedged
        and not figure.extra.get("zero")
        and not _LETTER_NEXT.match(text[figure.end :])
        and text.count("(", 0, figure.start) > text.count(")", 0, figure.start)
    ):
        return False  # a bare number in parentheses counts nothing: "(event 3, report 2)"
    if figure.one:
        # "one" is a count when hedged ("at least one") or counting victims, and not an idiom.
        if figure.hedged:
            return True
        if figure.kind not in families().tolls:
            return False
        head = figure.noun.split()[-1] if figure.noun else ""
        if head[:1].islower() and not head.endswith("s") and not figure.partitive:
            return False  # "One officer was killed": a person, no count (the gold's rule)
        window = max(0, figure.start - 20)
        nearby = text[window : figure.end + 30]
        return not any(
            m.start("n") + window <= figure.end and figure.start <= m.end("n") + window
            for p in lex.idioms
            if p.groupindex.get("n")
            for m in p.finditer(nearby)
        )
    return not figure.weak or figure.kind in families().tolls + families().measures


_NAME_BEFORE = re.compile(r"(?<=\w)\s(?P<name>[A-Z][a-z]+\.?)\s$")
_PLACED_IN = re.compile(r"\b(?:[Ii]n|at|near|across|throughout)\s+$")
_TOLD = re.compile(r"\b(?:told|tells|telling|informed)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,3}$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


_STREET_NAMED_AFTER = re.compile(
    rf"[a-z]?\s+(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’-]+\s+){{1,2}}(?:{'|'.join(STREET_WORDS)})\b"
)
"""A street's name right after a number: the number is a house's."""


def is_identifier(text: str, figure: Figure) -> bool:
    """Whether a number names something rather than counts it: "Resolution 1244", "Route 7",
    "Article 5" (a capitalised word right before it, inside a sentence); not a measure ("gave
    Novak 58.7%": a candidate's share, "Westby 30 km": a distance)."""
    if figure.hedged or figure.word or figure.kind_hint is not None:
        return False
    if _STREET_NAMED_AFTER.match(text, figure.end):
        return True  # "94 at| 19 Guryanova Street": a house's number in its street
    match = _NAME_BEFORE.search(text, figure.start - 30, figure.start)
    if match is None:
        return False
    name = match.group("name").rstrip(".").lower()
    if name in MONTH_SET or name in WEEKDAYS or name in ("and", "or"):
        return False
    if _TOLD.search(text, match.start("name") - 50, match.start("name")):
        return False  # "a source told Coast Wire| 27 bodies were ...": whom he told
    after = _WORD_AFTER.match(text, figure.end)
    if (
        after is not None
        and _PLACED_IN.search(text, match.start("name") - 12, match.start("name"))
        and read_party(after.group(1)).side  # a word parties.yaml knows for people
    ):
        return False  # "In Westby 52 persons died": where, then the count of people
    # ("Veyland 199, Eastmark 182 and Norland| 120": a country's count, the noun left out)
    return not is_state(match.group("name"))


# "the 4-J attacks", "the 9-N vote": a day and a month's letter, the name of an event.
_LETTER_NAME_AFTER = re.compile(r"-[A-Z]\b(?![-'’.]\w)")


def is_letter_name(text: str, figure: Figure) -> bool:
    """Whether a number is the day in an event's name of a day and a month's letter ("the
    4-J attacks", "the 9-N vote"), not a count."""
    return not figure.word and _LETTER_NAME_AFTER.match(text, figure.end) is not None


def zero_figures(text: str, taken: list[Figure]) -> list[Figure]:
    """ "no injuries", "no deaths": a count of zero."""
    found: list[Figure] = []
    if "no" not in index_of(text).words:
        return found
    for match in lexicon().no_event.finditer(text):
        start = match.start()
        figure = Figure(start, start + 2, text[start : start + 2], Estimate(0, 0, 0))
        figure.extra["zero"] = True
        found.append(figure)
    return found


_RATIO_WHOLES = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "hundred")
)
"""The words of a ratio's whole (`_RATIO`'s group "whole": "in| ten", "in a| hundred")."""
_RATIO = re.compile(
    r"(?<![\w,.-])(?P<top>one|two|three|four|five|six|seven|eight|nine|\d{1,3})\s+"
    r"(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?P<whole>two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|\d{1,4})"
    r"(?![\w,.-])(?P<next>[\s-]+[a-z]+)?",
    re.IGNORECASE,
)
_RATIO_CORE = re.compile(
    r"\s(?:in|out\s+of)\s+(?:every\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|\d)",
    re.IGNORECASE,
)
"""The middle of every _RATIO match, from the blank before "in": searched first, from the
blanks (the engine leaps to them, where _RATIO's opening lookbehind has it try every
position), it answers quickly for the sentences with no ratio."""


def ratio_figures(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures of a sentence with each ratio read as one share in percent ("nearly nine
    in ten of the new arrivals": about 90, "one in four children": 25), replacing the two
    numbers inside it.  "Two in three days" is no ratio (a span of time follows), nor is a
    part larger than its whole ("killed five in three provinces")."""
    index = index_of(text)
    if "in" not in index.words and "of" not in index.words:
        return figures
    if index.plain and (
        index.words.isdisjoint(("in", "out"))  # ("in", "out of": between the numbers)
        or (not index.digits and index.words.isdisjoint(_RATIO_WHOLES))
    ):
        return figures  # the quick answers: no ratio's words, or no whole it can have
    if _RATIO_CORE.search(text) is None:
        return figures  # the quick answer: no "in (every) ten", "out of a hundred" at all
    lex = lexicon()
    found: list[Figure] = []
    for match in _RATIO.finditer(text):
        following = (match.group("next") or "").strip(" -").lower()
        if following in lex.sets["time_units"]:
            continue
        top = quantities.parse_number(match.group("top"))
        whole = quantities.parse_number(match.group("whole"))
        if top is None or whole is None or not 0 < top < whole:
            continue
        found.append(_share(text, match.start(), match.end("whole"), 100 * top / whole))
    return _replaced_by(figures, found)


def _share(text: str, start: int, end: int, share: float) -> Figure:
    """The share in percent written at text[start:end] ("a third", "nine in ten"), widened
    back to a hedge just before it ("nearly nine in ten": about 90)."""
    lex = lexicon()
    before = text[start - 40 if start > 40 else 0 : start].lower()[::-1]
    hedge = lex.hedge_reversed.match(before)
    origin = start - hedge.end() if hedge else start
    rule = _HEDGES.get(squash(text[origin:start]).strip(QUOTE_CHARS + " ").lower())
    written = squash(text[origin:end]).strip(QUOTE_CHARS + " ")
    figure = Figure(origin, end, written, Estimate(0, 0, 0))
    share = round(share, 1)
    figure.estimate = (
        quantities.hedged(share, rule.qualifier, rule.side, "percent")
        if rule is not None
        else quantities.hedged(share, Qualifier.EXACT, unit="percent")
    )
    figure.unit, figure.kind_hint, figure.word = "percent", "percent", True
    figure.hedged = rule is not None
    return figure


def _replaced_by(figures: list[Figure], shares: list[Figure]) -> list[Figure]:
    """`figures` with `shares` in place of the figures they overlap, in text order."""
    if not shares:
        return figures
    kept = [f for f in figures if not any(f.start < g.end and g.start < f.end for g in shares)]
    return sorted(kept + shares, key=lambda f: f.start)


def fraction_figures(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures of a sentence with its fractions read as shares in percent ("a third of
    the roads": 33.3 percent, "around half the town": about 50), which replace the number
    words inside them ("two" of "two-thirds")."""
    lex = lexicon()
    if index_of(text).words.isdisjoint(lex.fraction_words):
        return figures
    found: list[Figure] = []
    for match in lex.fraction.finditer(text):
        top, part = match.group("top"), match.group("part").lower()
        if top is None and part != "half":
            continue  # "the third of May": an ordinal, not a share
        count = 1.0 if top is None or top.lower() in ("a", "an") else quantities.parse_number(top)
        if count is None:
            continue
        found.append(_share(text, match.start(), match.end(), 100 * count / lex.fractions[part]))
    return _replaced_by(figures, found)
