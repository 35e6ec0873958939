"""The extractor's vocabulary, compiled once per process, and the quick word index.

Every word list is data (data/extract.yaml and the vocabularies of vocab.py); here they become
regular expressions.  Kinds are read from kinds.yaml by their nature: every `toll` kind is an
event a figure can be a count of, and every `stock` kind of armed people (`people: armed`) is
a force a figure can be the size of, so a kind added to the data is extracted without code.
A scan tries a pattern only where one of its trigger words starts, and skips a sentence that
has none of the words a match needs: most sentences hold no figure at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import Any

from crosscheck.extract.regexcache import kept
from crosscheck.vocab import hedges, kinds, kinds_data, load_data, multipliers, units, vague_phrases

NUL = "\x00"


QUOTE_CHARS = '"“”‘’«»'


WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*[\w]|[A-Za-z0-9]")
ARABIC_ARTICLE = r"(?:al|el|ad|ash|as|ar|az|at|an|ez|es|ed|ul)-"
"""An Arabic name's article inside a place's name ("Tal al-Westby", "Deir ez-Westby"): the
name goes on after it."""
LIVING = r"\s+(?:(?:are|were)\s+)?(?:now\s+|still\s+)?(?:live|lived|living|reside|resided|residing)"
"""The verb of living after people's noun ("500 people were living| in ...", "46,000
Muslims live| in ..."): before a place, a place's population."""
GROWN_TO = (
    r"(?:(?:has|had|have)\s+)?(?:grown|grew|risen|rose|swelled|swollen|increased|climbed"
    r"|fallen|fell|dropped|shrunk|shrank|declined)\s+to"
)
"""A population's change to a figure ("population had swelled to| nearly 230,000"): the
people of a later day (kinds._POPULATION_OF, and whose they are, parties._POPULATION_GROWN)."""
HEDGES_BEFORE = (
    r"(?:(?:an\s+estimated|about|some|around|roughly|nearly|almost|more\s+than|over|at\s+least"
    r"|close\s+to|up\s+to)\s+)?"
)
"""The hedge words a pattern that ends at a figure may read before it ("home to| about
26,000", "in one house with| some 40 others"): none, or one of them."""


_SPACE = re.compile(r"\s+")


_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]


_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


SCALES = ("hundred", "thousand", "million", "billion", "lakh", "crore")


ADVERB_COUNTS = {"twice": 2.0, "thrice": 3.0}


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
CAPACITY_BEFORE = re.compile(
    r"\b(?:(?:licen[cs]ed|permitted|authori[sz]ed|certified|designed|built|approved)\s+"
    r"(?:to\s+(?:hold|accommodate|take|receive|seat)|for)"
    r"|(?:a|its|the)\s+(?:(?:maximum|official|licen[cs]ed|seating)\s+)?(?:permit|licen[cs]e"
    r"|capacity)\s+(?:for|of))\s+$",
    re.IGNORECASE,
)
"""How a venue's capacity comes before its figure ("licensed to hold| 691 people", "a
permit for| about 1,000", "a capacity of| 40,000"): how many it may hold, no count of those
there."""
GATHERINGS = (
    r"(?:crowds?|rall(?:y|ies)|protests?|demonstrations?|march(?:es)?|gatherings?|mobs?|throngs?)"
)
"""The nouns of a crowd's event ("a rally of 10,000", "a rally police put at 50,000", "a mob
of 20,000")."""
STREET_WORDS = (
    *("Street", "St", "Avenue", "Ave", "Boulevard", "Road", "Rd", "Lane", "Square"),
    *("Prospekt", "Prospect", "Highway"),
)
"""The words a street's name ends on ("Westby Street", "Eastport Highway")."""

REGION_WORDS = (
    "city", "region", "province", "district", "oblast", "county", "governorate", "prefecture",
    "state", "town", "village",
)  # fmt: skip
"""The words a place's name is a unit of administration by ("Westby region", "the city")."""

PUT_THE_PEOPLE = (
    r"(?:put|puts|putting|placed|places|estimated|estimates|estimating)\s+the\s+"
    r"(?:number\s+of\s+(?:the\s+)?)?"
    r"(?P<people>dead|injured|wounded|missing|displaced|detained|arrested)\b"
)
"""Who puts the people of an event at a figure ("the agency put the injured at 133", "put
the dead in their village alone at ...", "put the number of wounded closer to 300"): the
kind's count, and its speaker."""

GAPPED_AT = (
    r"[,;]\s+(?:and\s+|but\s+|while\s+)?"
    r"(?P<name>(?:the\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+at\s+"
)
"""A second source that puts the same count at its own figure, its verb gapped ("puts the
toll at 45|, the opposition at| 200"): speakers.py reads the source, kinds.py the count."""


MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]


@dataclass(frozen=True)
class Families:
    """The kinds of kinds.yaml grouped by how the extractor treats them."""

    tolls: tuple[str, ...]  # nature toll: counts of an event's victims ("30 killed")
    forces: tuple[str, ...]  # people: armed - the size of a force ("5,000 troops")
    residents: str  # people: residents - the population of a place
    by_unit: dict[str, str]  # a measure's unit -> its kind ("km" -> distance)
    between_places: tuple[str, ...]  # measures between two places (a distance)
    labels: dict[str, str]  # the word a subject names a kind by ("share" for percent)
    crowd: str | None = None  # people: crowd - the people at a protest or rally, if any

    @cached_property
    def measures(self) -> tuple[str, ...]:
        return tuple(self.by_unit.values())

    @cached_property
    def shares(self) -> tuple[str, ...]:
        """The measures of no two places: a share ("58 percent" turnout)."""
        return tuple(k for k in self.measures if k not in self.between_places)

    @cached_property
    def people(self) -> tuple[str, ...]:
        """The kinds whose figures count people of a party."""
        return self.tolls + self.forces


def _by_first_word(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        found.setdefault(name.split()[0], []).append(name)
    return {word: tuple(group) for word, group in found.items()}


def country_names(listed: Iterable[str]) -> set[str]:
    """The countries known by name: those extract.yaml lists, every GeoNames country (the
    gazetteer ships with the package), and the other names countries.yaml gives them in
    words ("Republic of Korea"; not one-word names such as "US", "Britain", read
    as words of names elsewhere)."""
    from crosscheck.places import countries  # read once, when the vocabulary is built

    other = load_data("countries.yaml")["other_names"]
    spelled = {str(name) for names in other.values() for name in names or () if " " in str(name)}
    return set(listed) | {name for _, name in countries().names.values()} | spelled


_NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "ic", "ans", "is")


@lru_cache(maxsize=4096)
def names_a_force(word: str) -> bool:
    """Whether a word is a force noun: a cue of a kind of armed people ("soldiers",
    "rebels", "troops": the kinds of kinds.yaml with `people: armed`)."""
    cues = lexicon().stock_cues
    return any(cues[kind].fullmatch(word) for kind in families().forces)


@cache
def _demonym_words() -> frozenset[str]:
    return frozenset(lexicon().demonyms.values())


def is_nationality(word: str) -> bool:
    """Whether a capitalised word names a country's people ("French", "Chilean")."""
    if word in _demonym_words():
        return True
    if not word[:1].isupper():
        return False
    if not word.endswith(_NATIONALITY_ENDINGS):
        # "Veyl" of "Veylistan", "Norl" of "Norlstan": a people of a country named for it.
        from crosscheck.places import country_of_word

        found = country_of_word(word)
        return found is not None and found[1].lower() in (
            f"{word.lower()}istan",
            f"{word.lower()}stan",
        )
    if lexicon().country.fullmatch(word):
        return False
    from crosscheck.places import country_of_word

    return country_of_word(word) is not None


@cache
def families() -> Families:
    """The kinds, read from kinds.yaml: a kind added there is extracted without code."""
    raw = kinds_data()
    tolls = tuple(name for name, spec in raw.items() if spec["nature"] == "toll")
    forces = tuple(name for name, spec in raw.items() if spec.get("people") == "armed")
    residents = next(name for name, spec in raw.items() if spec.get("people") == "residents")
    by_unit = {
        spec["unit"]: name
        for name, spec in raw.items()
        if spec["nature"] == "measure" and spec.get("unit")
    }
    between = tuple(name for name, spec in raw.items() if spec.get("between") == "places")
    labels = {name: spec.get("subject", name) for name, spec in raw.items()}
    crowd = next((name for name, spec in raw.items() if spec.get("people") == "crowd"), None)
    return Families(tolls, forces, residents, by_unit, between, labels, crowd)


_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""The characters re.IGNORECASE matches to an ASCII letter besides its two cases ("İ", "ı",
the Kelvin sign, the long s); every other letter has none (tests/test_extract_lexicon.py checks)."""


def _phrases(words: Iterable[str]) -> list[tuple[str, str]]:
    """(phrase, its pattern) longest first; "*" ends a stem, a space is any run of spaces,
    maybe opening a quotation ("had been 'neutralised'": a word in scare quotes)."""
    return [
        (
            word,
            re.escape(word.rstrip("*")).replace(r"\ ", r"\s+[\"“‘']?")
            + ("\\w*" if word[-1:] == "*" else ""),
        )
        # (phrases of one length in the order of their letters: the same pattern in every
        # process, whatever order a set gave them, so that its program is kept: regexcache;
        # two of one length never match at the same place)
        for word in sorted(sorted(set(words)), key=len, reverse=True)
    ]


def any_phrase(patterns: Sequence[str]) -> str:
    """Any of `patterns` (each starting with a letter), case insensitive, after no word
    character: first_letters of the patterns."""
    found = first_letters([(pattern, pattern) for pattern in patterns])
    if found is None:
        raise ValueError(f"a pattern that does not start with a letter: {patterns}")
    return found


def _agencies_pattern(agencies: dict[str, list[str]]) -> str:
    """Any news agency's name, on word boundaries (a hyphen joins words), case sensitive."""
    aliases = sorted((a for names in agencies.values() for a in names), key=len, reverse=True)
    plain = r"(?<![\w-])(?:" + "|".join(re.escape(alias) for alias in aliases) + ")"
    fast = first_letters(
        [(alias, re.escape(alias)) for alias in aliases], case=True, boundary=r"[\w-]"
    )
    return (plain if fast is None else fast) + r"(?![\w-])"


def plain_words_pattern(words: Iterable[str], *, case: bool = False) -> str:
    """An alternation of phrases, longest first, on word boundaries; "*" ends a stem.  Case
    insensitive unless `case`, by itself: compile it without re.IGNORECASE."""
    flags = "?:" if case else "?i:"
    return r"(?<![\w])(" + flags + "|".join(body for _, body in _phrases(words)) + r")(?![\w])"


_NO_COMPOUND = r"(?!-[^\W\d_])"
"""An event's cue is no cue as the first word of a compound: "hostage|-takers" are a force,
"toll|-free" no toll."""


def _no_event_before(words: dict[str, list[str]]) -> str:
    """No cue before the words extract.yaml's cue_not_before lists for it, whatever counts
    it ("8,000 prisoners on death| row", "7 death| sentences": a verdict, no death)."""
    return "".join(
        rf"(?!(?<={re.escape(cue)})\s+(?:{'|'.join(map(re.escape, after))})\b)"
        for cue, after in words.items()
    )


def _not_a_verb(verbs: dict[str, list[str]]) -> str:
    """No cue that is a verb of another sense before the words extract.yaml's cue_verbs
    list for it ("half the population lives| in poverty": no lives lost), unless a number
    counts it ("claimed 40 lives in the province")."""
    return "".join(
        # (a stretch read after a figure starts with its noun: " lives in the province")
        # ("laid down their lives| in the line of duty": lives lost, whoever's)
        rf"(?!(?<={re.escape(cue)})(?<!\d\s{re.escape(cue)})(?<!^\s{re.escape(cue)})"
        rf"(?<!their\s{re.escape(cue)})"
        rf"\s+(?:{'|'.join(map(re.escape, after))})\b)"
        for cue, after in verbs.items()
    )


def _not_after(words: Iterable[str], first: str = "") -> str:
    """No match right after one of `words` ("sentenced to| death": extract.yaml's
    cue_not_after), as lookbehinds placed after `first`, the pattern of a match's first
    character (at the start of a pattern, they would be tried at every position)."""
    return "".join(rf"(?<!(?i:{re.escape(word)})\s{first})" for word in words)


def _words_pattern(
    words: Iterable[str], *, case: bool = False, not_after: Iterable[str] = ()
) -> str:
    """What plain_words_pattern matches, found faster in a text (see `first_letters`); not
    right after one of `not_after`."""
    words, not_after = list(words), list(not_after)
    phrases = _phrases(words)
    grouped = first_letters(phrases, case=case, not_after=_not_after(not_after, "."))
    if grouped is None:
        return _not_after(not_after) + plain_words_pattern(words, case=case)
    return grouped + r"(?![\w])"


def first_letters(
    phrases: Sequence[tuple[str, str]],
    *,
    case: bool = False,
    boundary: str = r"\w",
    not_after: str = "",
) -> str | None:
    """`(?<!BOUNDARY)(?:PATTERN|PATTERN...)` (case insensitive unless `case`, by itself) for
    (phrase, its pattern) pairs, written so that the regex engine finds it fast; None if a
    phrase does not start with an ASCII letter.  `not_after`: lookbehinds tried once the
    first letter matched.

    The phrases are grouped by their first letter, matched by a class outside any flag: the
    engine then leaps to the letters phrases start with instead of trying every position,
    and tries there only the phrases of that letter.  The same matches: phrases of
    different first letters never match at the same place, and each group keeps the
    phrases' order; the class holds every character IGNORECASE folds to a letter."""
    if not phrases or not all(
        phrase[:1].isascii() and phrase[:1].isalpha() for phrase, _ in phrases
    ):
        return None
    groups: dict[str, list[str]] = {}
    for phrase, pattern in phrases:
        groups.setdefault(phrase[0] if case else phrase[0].lower(), []).append(pattern[1:])
    rest = "?:" if case else "?i:"

    def letters(first: str) -> str:
        return first if case else first.upper() + first + _FOLDS.get(first, "")

    # (the groups in the order of their letters: the same pattern in every process, whatever
    # order a set gave the phrases, so that its compiled program is kept: regexcache)
    ordered = sorted(groups.items())
    branches = [
        (f"(?<=[{letters(first)}])" if len(groups) > 1 else "") + f"({rest}" + "|".join(tails) + ")"
        for first, tails in ordered
    ]
    starts = "".join(letters(first) for first, _ in ordered)
    return f"[{starts}](?<!{boundary}.){not_after}(?:" + "|".join(branches) + ")"


def by_first_letter(patterns: Sequence[str]) -> str:
    """An alternation of `patterns` (each written starting with an ASCII letter) for a
    pattern compiled with re.IGNORECASE, written so that the engine, at a place where it
    tries them, tries only the patterns of the letter there.

    The engine skips an alternative at once when its first step is a class the character
    at hand is not in; a letter under IGNORECASE is no such step, so an alternation of
    many phrases tries each in turn (most figures start with a digit, and no phrase does).
    Each letter's patterns are therefore grouped behind a class of that letter outside any
    flag (`first_letters`' classes: the characters IGNORECASE folds to it too).  The same
    matches, tried in the same order: patterns of different letters never match at the
    same place, and each group keeps the patterns' order.

    The alternation opens with a lookahead of every letter the groups start with: where the
    text holds none of them (a digit, where most figures start), it fails at that one class
    instead of at each group's in turn.  The same matches: no group can match there."""
    if not all(pattern[:1].isascii() and pattern[:1].isalpha() for pattern in patterns):
        raise ValueError(f"a pattern that does not start with a letter: {patterns}")
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        groups.setdefault(pattern[0].lower(), []).append(pattern[1:])
    letters = {first: f"{first.upper()}{first}{_FOLDS.get(first, '')}" for first in groups}
    return (
        f"(?-i:(?=[{''.join(letters.values())}]))(?:"
        + "|".join(
            f"(?-i:[{letters[first]}])(?:" + "|".join(tails) + ")"
            for first, tails in groups.items()
        )
        + ")"
    )


@dataclass(frozen=True)
class _Lexicon:
    raw: dict[str, Any]
    figure: re.Pattern[str]
    fraction: re.Pattern[str]  # "a third| of", "two-thirds| of", "half| the"
    fractions: dict[str, int]  # a fraction word -> the whole it divides ("third": 3)
    fraction_words: frozenset[str]  # the fraction words and their plurals ("thirds")
    date: re.Pattern[str]
    relative_date: re.Pattern[str]
    relative_starts: frozenset[str]  # the words relative_date can start with (but "N days ago")
    speech: re.Pattern[str]
    stock_cues: dict[str, re.Pattern[str]]
    agencies: list[tuple[re.Pattern[str], str]]
    idioms: list[re.Pattern[str]]
    sets: dict[str, frozenset[str]]
    demonyms: dict[str, str]
    country_starts: dict[str, tuple[str, ...]]  # first word -> country names, longest first
    country: re.Pattern[str]
    no_event: re.Pattern[str]
    holding: re.Pattern[str]
    deployment: re.Pattern[str]  # "were deployed", "flown in": a force's members sent
    triggers: dict[str, frozenset[str]]
    required: dict[int, frozenset[str]]
    core_words: frozenset[str]
    interesting: frozenset[str]
    unit_after: re.Pattern[str]
    hedge_reversed: re.Pattern[str]
    any_event: re.Pattern[str]  # every event cue, longest first: "held hostage" before "held"
    event_cue: re.Pattern[str]  # any event cue as a whole word, longest first: `cue_word_kind`
    event_cue_kinds: dict[str, str]  # the name of each cue's group in event_cue -> its kind
    cue_kinds: dict[str, str]  # a whole-word cue -> its kind, the quick way
    event_stems: re.Pattern[str]  # the first letters of every event cue, to skip text quickly
    any_furniture: re.Pattern[str]
    any_agency: re.Pattern[str]
    agency_names: dict[str, str]
    agency_ends: tuple[str, ...]  # the last words of the agency nouns ("agency", "service")


@cache
def extract_data() -> dict[str, Any]:
    """data/extract.yaml, parsed once per process and read only: lexicon() and the toll rules
    (tolls.py) both read it (parsing it again cost a process ~15 ms, at its first article)."""
    raw: dict[str, Any] = load_data("extract.yaml")
    return raw


@cache
def lexicon() -> _Lexicon:
    """The compiled vocabulary of the extractor (built once per process, its patterns from
    the programs kept by an earlier one: regexcache)."""
    with kept():
        return _compiled()


def _compiled() -> _Lexicon:
    raw = extract_data()
    triggers = _triggers(raw)
    number_words = sorted(_ONES + _TENS + list(SCALES), key=len, reverse=True)
    number_word = "|".join(number_words)
    # (the first word, the hedges and the vague phrases by first letters: a figure is
    # matched where it starts, most often at a digit, which then tries none of them)
    word_number = (
        by_first_letter(number_words)
        + rf"(?:(?:[\s-]+|\s+and\s+)(?:{number_word}))*(?:\s+dozen\b)?"
    )
    # "25,000", "5.7"; "12 000" (thousands set apart by a space, as much of the world writes).
    # "1,23,456": lakhs set apart as South Asian English writes them; "1,2 million": a
    # decimal comma before a scale word, as translated copy writes it.
    digits = (
        r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"
        r"|\d{1,3},\d{1,2}(?=\s+(?:million|billion|thousand|lakh|crore)\b)"
        r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?"
    )
    # "5.7 million"; "3m", "1.5bn" glued, as British papers write millions and billions.
    # (Not a length: "a 100m fall", "100m high" are metres; "12m refugees", "3m people" not.)
    scale = (
        r"(?:\s+(?:" + "|".join(SCALES) + r")|(?<=\d)(?:mn|bn|m)(?![A-Za-z0-9])"
        r"(?=\s+(?:people|of\b|[A-Za-z]+s\b)|\s*[,;.)]|\s*$))?"
    )
    hedge = by_first_letter(
        [re.escape(h.phrase).replace(r"\ ", r"\s+") for h in hedges() if h.phrase[-1].isalnum()]
    )
    judgements = frozenset(raw["judgement_vague"])
    vague = by_first_letter(
        [
            re.escape(p).replace(r"\ ", r"\s+")
            for p in sorted(vague_phrases(), key=len, reverse=True)
            if p not in judgements
        ]
    )
    mult = "|".join(sorted(multipliers(), key=len, reverse=True))
    number = rf"(?:{digits}){scale}|{word_number}"
    # "a hundred and twenty", "a thousand two hundred": one number of words that opens with
    # "a" (bare "a hundred" is the vague phrase's round figure, as written).
    a_scale = (
        r"an?\s+(?=(?:hundred|thousand)(?:[\s-]+|\s+and\s+)"
        rf"(?:{number_word})(?![\w-]))"
    )
    glued = "|".join(
        re.escape(word) for word in sorted(units(), key=len, reverse=True) if word.isalpha()
    )
    figure = re.compile(
        rf"(?<![\w.,/$:-])(?:(?P<hedge>{hedge})\s+[{QUOTE_CHARS}]?)?"
        rf"(?P<num>"
        rf"(?P<range>(?:between|from)\s+(?:{number})\s+(?:and|to)\s+(?:{number})"
        rf"|(?:{digits})\s*(?:-|–|—|\bto\b)\s*(?:{digits}){scale}"
        # "five or six gunmen", "40 or 50 people" (not years: "2019 or 2020")
        rf"|(?:{word_number})\s+or\s+(?:{word_number})(?![\w-])"
        rf"|\d{{1,3}}\s+or\s+\d{{1,3}}(?![\d,.]))"
        rf"|(?P<vague>(?!{a_scale})(?:{vague})(?:\s+(?:{mult})s?\b)?)"
        rf"|(?P<digits>(?:{digits}){scale})"
        rf"|(?P<words>(?:{a_scale})?{word_number})"
        rf"|(?P<adverb>twice|thrice)"
        rf"|(?P<a>an?)(?=\s+(?:year|month|week|day|decade|century)\b)"
        # A unit of letters may be glued to the digits: "50km".
        rf")(?:(?![\w/])|(?<=\d)(?=(?:{glued})(?![A-Za-z0-9])))(?!:\d)(?!,\d)(?!\.\d)"
        # A clock time is not a count: "4:17 a.m.", "0117 GMT", "10 p.m.".
        r"(?!\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|local time\b|hours GMT\b))",
        re.IGNORECASE,
    )
    month = "|".join(sorted(MONTHS, key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = re.compile(
        rf"(?<![\w/])(?:"
        rf"(?P<md>(?:{month})\.?\s+{day}(?:,?\s+\d{{4}})?)"
        rf"|(?P<dm>{day}\s+(?:of\s+)?(?:{month})\.?(?:,?\s+\d{{4}})?)"
        rf"|(?P<my>(?:{month})\.?,?\s+\d{{4}})"
        # "2004-06-23" is a day (ISO 8601), "2004-06" two years (below).
        rf"|(?P<iso>(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d)"
        rf"|(?P<span>(?:1[5-9]|20)\d\d\s*(?:-|–|—|/)\s*(?:\d\d\d\d|\d\d))"
        # "in the early 1990s": a decade, or a part of one
        rf"|(?P<decade>(?:(?:early|mid|late)[- ]?\s*)?(?:1[5-9]|20)\d0s)"
        # (not a clock time: "at 5.15 p.m. (1515 GMT)", "at 2015 hours")
        rf"|(?P<year>(?:1[5-9]|20)\d\d(?!\s*(?:GMT|UTC|hrs|hours|local\s+time)\b))"
        rf"|(?P<rel>(?:(?:early|late|earlier|later|mid)\s+)?(?:(?:last|this|next)\s+"
        rf"(?:month|year)|(?:{month})\s+(?:last|this|next)\s+year|(?:earlier|later)\s+this\s+"
        rf"(?:month|year)))"
        rf"|(?P<month>(?:{month}))"
        rf")(?![\w/])",
        re.IGNORECASE,
    )
    weekday = "|".join(WEEKDAYS)
    # The words a relative date can start with, but for "N days ago" (any word before it).
    relative_starts = frozenset(WEEKDAYS) | {"early", "late", "earlier", "later", "on", "last"}
    relative_starts |= {"by", "as", "since", "yesterday", "today", "tonight", "this"}
    relative_date = re.compile(
        rf"(?<![\w])(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?(?:on\s+|last\s+|by\s+|"
        rf"as\s+of\s+|since\s+)?(?:(?:{weekday})(?:\s+(?:morning|afternoon|evening|night))?"
        rf"|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
        rf"|(?:earlier|later|last|this)\s+week"
        # ("a year ago" is left to the anniversary a story marks: its day, not a year)
        rf"|(?:[\w-]+)\s+(?:days?|weeks?|months?|years)\s+ago(?:\s+(?:today|tonight))?)(?![\w])",
        re.IGNORECASE,
    )
    stock_cues = {
        name: re.compile(_words_pattern(kinds()[name].cues))
        for name in (*families().forces, families().residents)
        if kinds()[name].cues
    }
    agencies = [
        (re.compile(r"(?<![\w-])" + re.escape(alias) + r"(?![\w-])"), name)
        for name, aliases in raw["news_agencies"].items()
        for alias in sorted(aliases, key=len, reverse=True)
    ]
    idioms = []
    for idiom in raw["idioms"]:
        pattern = re.escape(idiom).replace(r"\ ", r"\s+").replace(r"\#", "(?P<n>one)", 1)
        pattern = pattern.replace(r"\#", "one")
        idioms.append(re.compile(r"(?<![\w])" + pattern + r"(?![\w])", re.IGNORECASE))
    sets = {
        key: frozenset(str(word).lower() for word in raw[key])
        for key in (
            "determiners",
            "speaker_stops",
            "speaker_inner",
            "name_inner",
            "party_stops",
            "generic_nouns",
            "thing_nouns",
            "settlement_nouns",
            "prisoner_nouns",
            "seized_civilians",
            "anaphoric_nouns",
            "anaphoric_pronouns",
            "time_units",
            "weak_vague",
            "date_event_words",
            "pronouns",
            "generic_speakers",
            "abbreviations",
            "relay_verbs",
            "belonging_nouns",
            "own_voice",
            "document_nouns",
            "speaking_events",
            "wanted_nouns",
            "speaker_bodies",
            "introduced_bodies",
            "organisation_ends",
            "manner_words",
            "body_anaphors",
            "body_first_words",
            "before_verb",
            "count_nouns",
            "institutions",
            "institution_adjectives",
            "role_nouns",
            "crowd_nouns",
            "armed_group_nouns",
            "crowd_verbs_transitive",
            "event_nouns",
            "newsroom_nouns",
            "count_adjectives",
            "building_nouns",
            "town_venues",
            "deployed_nouns",
            "camp_people",
            "vessel_nouns",
            "present_people",
            "level_before",
            "storm_words",
            "participle_titles",
            "currency_prefixes",
            "survivor_nouns",
            "case_words",
            "cause_words",
            "not_place_words",
            "facility_words",
            "org_descriptors",
        )
    }
    sets["as_of_words"] = frozenset(raw["as_of_words"])
    sets["agency_nouns"] = frozenset(raw["agency_nouns"])
    demonyms = {str(k): str(v) for k, v in raw["demonyms"].items()}
    countries = country_names(demonyms)
    no_event = re.compile(
        r"(?<![\w])no\s+(?=(?:" + _words_pattern(
            c for name in families().tolls for c in kinds()[name].cues
        ) + r"))", re.IGNORECASE,
    )  # fmt: skip
    events = sorted(
        ((cue, name) for name in families().tolls for cue in kinds()[name].cues),
        key=lambda pair: -len(pair[0].rstrip("*")),
    )
    # (by first letters, in lower case: asked of the stretch around every figure, the engine
    # leaps to the letters stems start with and tries there only theirs)
    stems = {cue.lower().rstrip("*").split()[0] for cue, _ in events}
    event_stems = first_letters([(stem, re.escape(stem)) for stem in sorted(stems)], case=True)
    if event_stems is None:
        raise ValueError(f"an event cue that does not start with a letter: {sorted(stems)}")
    fractions = {str(word): int(whole) for word, whole in raw["fractions"].items()}
    fraction = re.compile(
        r"(?<![\w-])(?:(?P<top>an?|" + "|".join(_ONES[1:]) + r")[\s-]+)?"
        r"(?P<part>" + "|".join(sorted(fractions, key=len, reverse=True)) + r")s?"
        r"(?=\s+(?:of|the)\b)",
        re.IGNORECASE,
    )
    return _Lexicon(
        raw=raw,
        figure=figure,
        fraction=fraction,
        fractions=fractions,
        fraction_words=frozenset(fractions) | {f"{word}s" for word in fractions},
        date=date,
        relative_date=relative_date,
        relative_starts=relative_starts,
        speech=re.compile(_words_pattern(raw["speech_verbs"])),
        stock_cues=stock_cues,
        agencies=agencies,
        idioms=idioms,
        sets=sets,
        demonyms=demonyms,
        # Names start with a capital.
        country=re.compile(
            _words_pattern((name for name in countries if "A" <= name[:1] <= "Z"), case=True)
        ),
        country_starts=_by_first_word(countries),
        no_event=no_event,
        holding=re.compile(_words_pattern(raw["holding_verbs"])),
        deployment=re.compile(_words_pattern(raw["deploy_cues"])),
        triggers=triggers,
        core_words=_required(raw)["figure"] | {"between", "from"},
        interesting=frozenset().union(
            *(words for name, words in _required(raw).items() if name != "speech")
        )
        | {"no", "between", "from"}
        | set(fractions)
        | {f"{word}s" for word in fractions},
        unit_after=re.compile(
            r"(?:\s*-\s*|\s+)?(?P<unit>"
            + "|".join(
                re.escape(word).replace(r"\ ", r"\s+")
                for word in sorted(units(), key=len, reverse=True)
            )
            + r")(?![A-Za-z])",
            re.IGNORECASE,
        ),
        hedge_reversed=re.compile(
            r"["
            + QUOTE_CHARS
            + r"]?\s+(?:"
            + "|".join(
                re.escape(h.phrase[::-1]).replace(r"\ ", r"\s+")
                for h in sorted(hedges(), key=lambda h: -len(h.phrase))
            )
            + r")(?![a-z0-9])"
        ),
        required={id(triggers[name]): needed for name, needed in _required(raw).items()},
        any_furniture=re.compile("|".join(f"(?:{p})" for p in raw["furniture"]), re.IGNORECASE),
        event_stems=re.compile(event_stems),
        any_event=re.compile(
            _words_pattern((cue for cue, _ in events), not_after=raw["cue_not_after"])
            + _NO_COMPOUND
            + _not_a_verb(raw["cue_verbs"])
            + _no_event_before(raw["cue_not_before"])
        ),
        cue_kinds={cue.lower(): name for cue, name in events if not cue.endswith("*")},
        # (one pattern of every cue, each its own group: compiling a pattern per cue cost a
        # process ~50 ms before its first article; read by fullmatch only, a cue needs no
        # word boundary of plain_words_pattern nor _NO_COMPOUND: the word ends where it does)
        event_cue=re.compile(
            "|".join(
                f"(?P<c{number}>(?i:{body}))"
                for number, (cue, _) in enumerate(events)
                for _, body in _phrases([cue])
            )
        ),
        event_cue_kinds={f"c{number}": name for number, (_, name) in enumerate(events)},
        any_agency=re.compile(_agencies_pattern(raw["news_agencies"])),
        agency_ends=tuple({str(noun).split()[-1] for noun in raw["agency_nouns"]}),
        agency_names={
            alias: name for name, aliases in raw["news_agencies"].items() for alias in aliases
        },
    )


@lru_cache(maxsize=8192)
def cue_word_kind(word: str) -> str | None:
    """The kind of the first event cue (kinds.yaml, longest first) a word is, or None.  (A
    word is tried against every cue; the same nouns come again at each figure.)  A fullmatch
    of the alternation of the cues tries them in their order, on to the next where one
    matches less than the whole word: the first cue that is all of it, by its group."""
    lex = lexicon()
    found = lex.event_cue.fullmatch(word)
    if found is None or found.lastgroup is None:
        return None
    return lex.event_cue_kinds[found.lastgroup]


@lru_cache(maxsize=4096)
def cue_kind(cue: str) -> str:
    """The kind of an event cue as written (a whole word, else the first cue it matches)."""
    kind = lexicon().cue_kinds.get(" ".join(cue.lower().split())) or cue_word_kind(cue)
    if kind is None:
        raise ValueError(f"not an event cue of kinds.yaml: {cue!r}")
    return kind


def _required(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Words one of which a sentence must have (or a number, where "#" is a trigger) for a
    pattern to match anywhere in it: a sentence without them is skipped at once."""
    core = _first_words(vague_phrases()) | set(_ONES) | set(_TENS) | set(ADVERB_COUNTS)
    core |= {p.split()[1] for p in vague_phrases() if p.split()[0] in ("a", "an") and " " in p}
    core -= {"a", "an"}
    relative = set(WEEKDAYS) | {"yesterday", "today", "tonight", "week", "night", "morning"}
    relative |= {"afternoon", "evening", "ago"}
    return {
        "figure": frozenset(core),
        "date": frozenset(set(MONTHS) | {"year", "month"}),
        "relative_date": frozenset(relative),
        "speech": frozenset(_first_words(raw["speech_verbs"]) - {"as", "was", "were"})
        | {"saying", "quoted"},
    }


def _first_words(phrases: Iterable[str]) -> set[str]:
    return {str(p).lower().split()[0].rstrip("*") for p in phrases if str(p).strip()}


def _triggers(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    """The words a match of each pattern can start with: the scan tries the pattern only
    there, which is much faster than letting the regex engine try every position.  "#"
    stands for a number, "a>WORD" for "a"/"an" followed by WORD."""
    phrases = [h.phrase for h in hedges()] + list(vague_phrases())
    figure = _first_words(phrases) - {"a", "an"}
    figure |= set(_ONES) | set(_TENS) | set(SCALES) | set(ADVERB_COUNTS)
    figure |= {"between", "from", "#"}
    figure |= {f"a>{unit}" for unit in ("year", "month", "week", "day", "decade", "century")}
    figure |= {f"a>{p.split()[1]}" for p in phrases if p.split()[0] in ("a", "an") and " " in p}
    date = set(MONTHS) | {"#4", "last", "this", "next", "early", "late", "earlier", "later"}
    date |= {"mid"}
    # A day phrase is found from its day word; "on", "by", "last" before it change nothing.
    relative = set(WEEKDAYS) | {"last", "earlier", "later", "yesterday", "today", "tonight"}
    relative |= {"this", "*ago"}
    return {
        "figure": frozenset(figure),
        "date": frozenset(date),
        "relative_date": frozenset(relative),
        "speech": frozenset(_first_words(raw["speech_verbs"])),
    }


_TOKEN = re.compile(r"[a-z]+|\d+")


MONTH_SET = frozenset(MONTHS)


_WORDS = re.compile(r"[a-z]+")


NUMBERS = re.compile(r"\d+")


_YEAR_LIKE = re.compile(r"(?<!\d)\d{4}(?!\d)")


@dataclass(frozen=True)
class _Index:
    """The words of a sentence (lower case), so a scan can tell where to look quickly.
    `plain`: its words read as in ASCII text (`reads_as_ascii`)."""

    lower: str
    words: frozenset[str]
    digits: bool
    years: bool
    plain: bool


@lru_cache(maxsize=1024)
def index_of(text: str) -> _Index:
    lower = text.lower()
    numbers = NUMBERS.findall(lower)
    years = any(len(number) == 4 for number in numbers)
    plain = text.isascii() or (len(lower) == len(text) and not holds(text, _FOLDED))
    return _Index(lower, frozenset(_WORDS.findall(lower)), bool(numbers), years, plain)


_FOLDED = "".join(_FOLDS.values())
"""The letters other than ASCII ones that re.IGNORECASE matches to an ASCII letter."""


def reads_as_ascii(text: str) -> bool:
    """Whether a text's words read as in ASCII text: it is ASCII, or its other characters
    (curly quotes, dashes, accented letters) hold none that re.IGNORECASE matches to an
    ASCII letter ("ſ", "ı", "İ", the Kelvin sign: _FOLDS) and none that lower() turns into
    more than one.  A pattern of ASCII words then matches only where the lower-case text
    holds them as written, at the same places: the quick answers by words hold for it."""
    return index_of(text).plain


def starting(literal: str, boundary: str) -> str:
    """`literal` (escaped) where the character before it is not in `boundary` (a class),
    checked once the literal is read: a pattern that starts with its own text lets the regex
    engine leap to the places it occurs, where a leading lookbehind or \\b makes it try
    every position of the text in turn.  The same matches."""
    escaped = re.escape(literal)
    return rf"{escaped}(?<!{boundary}{escaped})"


def holds(text: str, parts: Iterable[str]) -> bool:
    """Whether `text` holds one of `parts` as written: the quick answer before a rule that
    needs one.  (A plain loop: any() over a generator costs more than the few substring
    tests it runs, at rules asked of every sentence.)"""
    for part in parts:  # noqa: SIM110
        if part in text:
            return True
    return False


def holds_any(text: str, words: Sequence[str]) -> bool:
    """Whether a text holds one of `words` (lower case) anywhere, in any case, inside other
    words too: the quick answer before a pattern that cannot match without one of them."""
    lower = text.lower()
    for word in words:  # noqa: SIM110 (a loop: quicker than any() over a generator)
        if word in lower:
            return True
    return False


def sentence_holds_any(sentence: str, words: Sequence[str]) -> bool:
    """`holds_any` for a sentence of the article (or any text whose index is kept:
    `index_of`): its lower-case text is read from the index, lowered once for every rule that
    asks (lowering a sentence with a curly quote goes a character at a time)."""
    lower = index_of(sentence).lower
    for word in words:  # noqa: SIM110 (a loop: quicker than any() over a generator)
        if word in lower:
            return True
    return False


def may_hold(text: str, words: Sequence[str]) -> bool:
    """`holds_any` for a pattern that ignores case, of any text (no index kept: a whole
    body, read once): whether the text may match a pattern every match of which holds one
    of `words` (lower case); always True for a text with a letter IGNORECASE matches to an
    ASCII one ("ſ", "ı", "İ", the Kelvin sign: _FOLDS), which lower() may not turn into it.
    The quick answer before a pattern that starts with \\b and ignores case: the engine
    would try it at every position of the text."""
    return holds_any(text, words) or holds(text, _FOLDED)


def sentence_holds(sentence: str, words: Iterable[str]) -> bool:
    """Whether a sentence (its index is kept: `index_of`) holds one of `words` (lower case)
    anywhere, in any case, inside other words too; always True for a text whose words do
    not read as ASCII (`reads_as_ascii`: IGNORECASE folds a few other letters to ASCII ones,
    "ſ" to "s", "K" to "k", which lower() does not).  The quick answer, at each figure,
    before a search in the sentence (or a stretch of it) for a pattern every match of which
    holds one of `words`: most sentences name none of the cue words a rule looks for, and
    the engine would try every position of the stretch to find that out."""
    index = index_of(sentence)
    if not index.plain:
        return True
    lower = index.lower
    for word in words:  # noqa: SIM110 (a loop: quicker than any() over a generator)
        if word in lower:
            return True
    return False


def sentence_has_word(sentence: str, words: frozenset[str]) -> bool:
    """Whether a sentence (its index is kept: `index_of`) has one of `words` (lower case) as
    a word of its own, in any case; always True for a text whose words do not read as ASCII
    (`reads_as_ascii`).  The quick answer before a pattern every match of which has one of
    them as a whole word (between characters other than letters, digits and "_"): stricter
    than `sentence_holds` where the words are common inside others ("state", "count")."""
    index = index_of(sentence)
    return not index.plain or not index.words.isdisjoint(words)


# Look-backs.  In every module of the extractor, a look-back searches from `start - N` as
# it is: the regex engine reads a start before the text's as 0, as it reads an end past the
# text as its end (a slice would wrap around: slices keep a conditional; `EndsOn` reads a
# start as the engine does).  A max(0, ...) at each of the thousands of look-backs an
# article takes cost a measurable share of the extraction.


class EndsOn:
    """A pattern that ends at the end of the stretch it searches (`$`) on one of a few words,
    with a quick answer first: a stretch that does not end on one of them (blanks and one
    quotation mark after it aside, any case) cannot match, whichever alternative would read
    the text before that word.  A look back from a figure searches such a pattern in the
    stretch before it at every figure; most stretches end on a word none of its alternatives
    ends on, and the engine would try each start in the stretch to find that out.  The
    endings are tested as string suffixes ("this" ends on "is"), so the answer errs only
    towards running the pattern: the same matches.

    `opening`: the alternatives of a pattern anchored at the text's start (`^`) that end on
    other words, as a pattern of their own (ending at `$` as they do in `pattern`).  Searched
    from the start, a stretch that does not end on one of the words can match only there:
    the pattern runs if `opening` matches (a match of its own is as quick as the test of a
    word; most stretches open on none of its alternatives)."""

    __slots__ = ("pattern", "endings", "longest", "opening")

    def __init__(
        self, pattern: re.Pattern[str], endings: str, opening: re.Pattern[str] | None = None
    ) -> None:
        self.pattern = pattern
        self.endings = tuple(endings.split())  # (words, with a space between)
        self.longest = max(map(len, self.endings))
        self.opening = opening

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        # (an end past the text's is the text's end for a slice and for the engine alike; a
        # start before the text's, the engine's 0, is made so for the slice)
        end = len(text) if endpos is None else endpos
        if pos < 0:
            pos = 0
        tail = text[pos:end].rstrip()
        if tail[-1:] in ('"', "“"):
            tail = tail[:-1].rstrip()  # (the patterns allow one quotation mark)
        last = tail[-self.longest :]
        # (not ASCII: a pattern that ignores case reads "ſ" as "s", "ı" as "i", which
        # lower() does not; it runs then)
        if (
            last.isascii()
            and not last.lower().endswith(self.endings)
            and (self.opening is None or pos or not self.opening.match(text, 0, end))
        ):
            return None
        return self.pattern.search(text, pos, end)


class Needs:
    """A pattern every match of which has one of a few words (lower case) as a word of its
    own, in any case, with the quick answer first: a text without one of them
    (`sentence_has_word`: its word index, kept per text) cannot match, and the engine would
    try each start of the stretch to find that out.  For look-backs asked at every place or
    figure of a text, most of whose texts name none of the words.  The same matches.

    Each word must be a whole word wherever the pattern matches: between characters other
    than letters, digits and "_" (after a blank or \\b, before a blank or \\b)."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], words: str) -> None:
        self.pattern = pattern
        self.words = frozenset(words.split())

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not sentence_has_word(text, self.words):
            return None
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if not sentence_has_word(text, self.words):
            return None
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)


def word_starts(word: str, lower: str) -> list[int]:
    """Where a lower-case word starts in a lower-case text, not inside a longer word (no
    letter a-z on either side).  Found by str.find: a pattern per word cost a compilation
    per word the first time (a cold process reads one or a few articles).  (An occurrence
    that overlaps one before it has a letter of it before it: the search goes on after.)"""
    found = []
    size = len(word)
    last = len(lower) - size
    at = lower.find(word)
    while at >= 0:
        if (at == 0 or not "a" <= lower[at - 1] <= "z") and (
            at == last or not "a" <= lower[at + size] <= "z"
        ):
            found.append(at)
        at = lower.find(word, at + size)
    return found


_RARE = {
    # Trigger words that start a match only when another word is in the sentence too.
    "last": ("year", "month", "week", "night"),
    "this": ("year", "month", "week", "morning", "afternoon", "evening"),
    "next": ("year", "month"),
    # ("the early 1990s": a decade's "s")
    "early": ("year", "month", "s"),
    "late": ("year", "month", "s"),
    "earlier": ("year", "month", "week"),
    "later": ("year", "month", "week"),
    "mid": ("year", "month", "s"),
    "as": (
        "saying",
        "quoted",
        "according",
        "informed",
        "reported",
        "stated",
        "announced",
        "confirmed",
    ),
    "was": ("quoted",),
    "were": ("quoted",),
}


def scan(pattern: re.Pattern[str], text: str, triggers: frozenset[str]) -> list[re.Match[str]]:
    """Like pattern.finditer(text), trying matches only where a trigger word starts."""
    index = index_of(text)
    lex = lexicon()
    needed = lex.required.get(id(triggers))
    numbers = "#" in triggers or "#4" in triggers
    no_numbers = not numbers or not index.digits or ("#4" in triggers and not index.years)
    if needed is not None and needed.isdisjoint(index.words) and no_numbers:
        return []
    if "*ago" in triggers:
        # "two days ago" can start at any word, and a letter may fold to an ASCII one
        # ("ſince"): look everywhere then, else where a relative date's first word is.
        if "ago" in index.words or not index.plain:
            return list(pattern.finditer(text))
        words: Iterable[str] = lex.relative_starts.intersection(index.words)
    else:
        words = {
            word
            for word in triggers.intersection(index.words)
            if word not in _RARE or not index.words.isdisjoint(_RARE[word])
        }
    lower = index.lower
    starts = [start for word in words for start in word_starts(word, lower)]
    if numbers and index.digits:
        months = "#" in triggers or not MONTH_SET.isdisjoint(index.words)
        if months or index.years:
            starts.extend(
                m.start()
                for m in NUMBERS.finditer(lower)
                if (months or len(m.group(0)) == 4)
                and not lower[m.start() - 1 : m.start()].isdigit()
            )
    if not starts:
        return []
    found = []
    reached = 0
    for start in sorted(starts):
        if start < reached:
            continue
        match = pattern.match(text, start)
        if match and match.end() > start:
            reached = match.end()
            found.append(match)
    return found


def title_case(text: str, least: int = 1) -> bool:
    """Whether a text capitalises its words as a headline may ("Police Arrest 30 After
    Clashes"): four in five of its words longer than three letters, `least` of them at
    least."""
    words = [w for w in text.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= max(1, least) and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def squash(text: str) -> str:
    if "  " not in text and text.isprintable():
        return text.strip()  # single spaces only: nothing to squash (every other \s is unprintable)
    return _SPACE.sub(" ", text).strip()


def word_tokens(text: str) -> list[re.Match[str]]:
    return list(WORD.finditer(text))


# Punctuation, a quotation mark or a dash between spaces: written to start with one class of
# every first character (re then leaps to those), the dash checked only after a space.
CUT_AFTER = re.compile(r"[,;:.!?()\s" + QUOTE_CHARS + r"](?:(?<=\s)[—–-]{1,2}\s|(?<!\s))")


_NUMBER_WORDS = frozenset(_ONES + _TENS + list(SCALES) + list(ADVERB_COUNTS))


@lru_cache(maxsize=16384)
def is_number(word: str) -> bool:
    """Whether a word is a number (digits or a number word), the quick way (asked of most
    words the extractor reads, and words repeat: kept)."""
    return word[:1].isdigit() or word.lower().split("-")[0] in _NUMBER_WORDS


def strip_determiners(phrase: str) -> str:
    words = phrase.split()
    determiners = lexicon().sets["determiners"]
    while words and words[0].lower() in determiners:
        words.pop(0)
    return " ".join(words)
