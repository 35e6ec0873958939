"""Propose the claims an article states: each figure, what it counts, who says so, and when.

The extractor reads the body sentence by sentence.  In each sentence it finds figures
(digits, number words, vague quantities, ranges, with their hedges), dates, and speakers
("X said", "said X", "according to X", "AGENCY quoted X as saying").  Each figure then gets a
kind (an event verb near it beats the noun it counts), a party (the noun phrase it counts,
or the one it shares with the figure before), an attribution and a date.  The words it
relies on are data (data/extract.yaml, kinds.yaml, qualifiers.yaml, vague.yaml); the rules
here are about English sentence shape only.  `extract_article` is pure: text in, entries out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from crosscheck import dates, quantities
from crosscheck.errors import CrosscheckError
from crosscheck.model import (
    ARTICLE_VOICE,
    Article,
    Claim,
    DateRef,
    Estimate,
    Precision,
    Qualifier,
    Status,
)
from crosscheck.vocab import hedges, kinds, load_data, multipliers, units, vague_phrases

NUL = "\x00"
_QUOTE_CHARS = '"“”‘’«»'
_OPENING = "“«"  # single curly quotes double as apostrophes: not counted
_CLOSING = "”»"
_WORD = re.compile(r"[A-Za-z0-9][\w'’.-]*[\w]|[A-Za-z0-9]")
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
_SCALES = ("hundred", "thousand", "million", "billion")
_ADVERB_COUNTS = {"twice": 2.0, "thrice": 3.0}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [
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
_TOLL = ("killed", "injured", "detained", "captured", "hostages")
_STOCK_PEOPLE = ("troops", "fighters")


# --------------------------------------------------------------------------- vocabulary


def _words_pattern(words: Iterable[str], *, case: bool = False) -> str:
    """An alternation of phrases, longest first, on word boundaries; "*" ends a stem."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        stem = word.endswith("*")
        body = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"\w*" if stem else ""))
    return r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])"


@dataclass(frozen=True)
class _Lexicon:
    raw: dict[str, Any]
    figure: re.Pattern[str]
    date: re.Pattern[str]
    relative_date: re.Pattern[str]
    speech: re.Pattern[str]
    stock_cues: dict[str, re.Pattern[str]]
    agencies: list[tuple[re.Pattern[str], str]]
    furniture: list[re.Pattern[str]]
    idioms: list[re.Pattern[str]]
    sets: dict[str, frozenset[str]]
    demonyms: dict[str, str]
    country: re.Pattern[str]
    no_event: re.Pattern[str]
    holding: re.Pattern[str]
    triggers: dict[str, frozenset[str]]
    required: dict[int, frozenset[str]]
    core_words: frozenset[str]
    interesting: frozenset[str]
    unit_after: re.Pattern[str]
    hedge_reversed: re.Pattern[str]
    any_event: re.Pattern[str]
    event_stems: tuple[str, ...]
    any_furniture: re.Pattern[str]
    any_agency: re.Pattern[str]
    agency_names: dict[str, str]


@cache
def lexicon() -> _Lexicon:
    """The compiled vocabulary of the extractor (built once per process)."""
    raw = load_data("extract.yaml")
    triggers = _triggers(raw)
    number_word = "|".join(sorted(_ONES + _TENS + list(_SCALES), key=len, reverse=True))
    word_number = rf"(?:{number_word})(?:(?:[\s-]+|\s+and\s+)(?:{number_word}))*"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    scale = r"(?:\s+(?:" + "|".join(_SCALES) + r"))?"
    hedge = "|".join(
        re.escape(h.phrase).replace(r"\ ", r"\s+") for h in hedges() if h.phrase[-1].isalnum()
    )
    vague = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(vague_phrases(), key=len, reverse=True)
    )
    mult = "|".join(sorted(multipliers(), key=len, reverse=True))
    number = rf"(?:{digits}){scale}|{word_number}"
    figure = re.compile(
        rf"(?<![\w.,/$:-])(?:(?P<hedge>{hedge})\s+[{_QUOTE_CHARS}]?)?"
        rf"(?P<num>"
        rf"(?P<range>(?:between|from)\s+(?:{number})\s+(?:and|to)\s+(?:{number})"
        rf"|(?:{digits})\s*(?:-|–|—|\bto\b)\s*(?:{digits}){scale})"
        rf"|(?P<vague>(?:{vague})(?:\s+(?:{mult})s?\b)?)"
        rf"|(?P<digits>(?:{digits}){scale})"
        rf"|(?P<words>{word_number})"
        rf"|(?P<adverb>twice|thrice)"
        rf"|(?P<a>an?)(?=\s+(?:year|month|week|day|decade|century)\b)"
        rf")(?![\w/:])(?!,\d)(?!\.\d)"
        # A clock time is not a count: "4:17 a.m.", "0117 GMT", "10 p.m.".
        r"(?!\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|local time\b|hours GMT\b))",
        re.IGNORECASE,
    )
    month = "|".join(sorted(_MONTHS, key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = re.compile(
        rf"(?<![\w/])(?:"
        rf"(?P<md>(?:{month})\.?\s+{day}(?:,?\s+\d{{4}})?)"
        rf"|(?P<dm>{day}\s+(?:of\s+)?(?:{month})\.?(?:,?\s+\d{{4}})?)"
        rf"|(?P<my>(?:{month})\.?,?\s+\d{{4}})"
        rf"|(?P<span>(?:1[5-9]|20)\d\d\s*(?:-|–|—|/)\s*(?:\d\d\d\d|\d\d))"
        rf"|(?P<year>(?:1[5-9]|20)\d\d)"
        rf"|(?P<rel>(?:(?:early|late|earlier|later|mid)\s+)?(?:(?:last|this|next)\s+"
        rf"(?:month|year)|(?:{month})\s+(?:last|this|next)\s+year|(?:earlier|later)\s+this\s+"
        rf"(?:month|year)))"
        rf"|(?P<month>(?:{month}))"
        rf")(?![\w/])",
        re.IGNORECASE,
    )
    weekday = "|".join(_WEEKDAYS)
    relative_date = re.compile(
        rf"(?<![\w])(?:(?:early|late|earlier|later)\s+(?:on\s+)?)?(?:on\s+|last\s+|by\s+|"
        rf"as\s+of\s+|since\s+)?(?:(?:{weekday})(?:\s+(?:morning|afternoon|evening|night))?"
        rf"|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)"
        rf"|(?:earlier|later|last|this)\s+week"
        rf"|(?:\w+)\s+(?:days|weeks|months|years)\s+ago)(?![\w])",
        re.IGNORECASE,
    )
    stock_cues = {
        name: re.compile(_words_pattern(kinds()[name].cues), re.IGNORECASE)
        for name in ("troops", "fighters", "population")
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
            "party_stops",
            "generic_nouns",
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
        )
    }
    sets["as_of_words"] = frozenset(raw["as_of_words"])
    sets["agency_nouns"] = frozenset(raw["agency_nouns"])
    demonyms = {str(k): str(v) for k, v in raw["demonyms"].items()}
    no_event = re.compile(
        r"(?<![\w])no\s+(?=(?:" + _words_pattern(
            c for name in _TOLL for c in kinds()[name].cues
        ) + r"))", re.IGNORECASE,
    )  # fmt: skip
    return _Lexicon(
        raw=raw,
        figure=figure,
        date=date,
        relative_date=relative_date,
        speech=re.compile(_words_pattern(raw["speech_verbs"]), re.IGNORECASE),
        stock_cues=stock_cues,
        agencies=agencies,
        furniture=[re.compile(p, re.IGNORECASE) for p in raw["furniture"]],
        idioms=idioms,
        sets=sets,
        demonyms=demonyms,
        country=re.compile(_words_pattern(demonyms, case=True)),
        no_event=no_event,
        holding=re.compile(_words_pattern(raw["holding_verbs"]), re.IGNORECASE),
        triggers=triggers,
        core_words=_required(raw)["figure"] | {"between", "from"},
        interesting=frozenset().union(
            *(words for name, words in _required(raw).items() if name != "speech")
        )
        | {"no", "between", "from"},
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
            + _QUOTE_CHARS
            + r"]?\s+(?:"
            + "|".join(
                re.escape(h.phrase[::-1]).replace(r"\ ", r"\s+")
                for h in sorted(hedges(), key=lambda h: -len(h.phrase))
            )
            + r")(?![a-z0-9])"
        ),
        required={id(triggers[name]): needed for name, needed in _required(raw).items()},
        any_furniture=re.compile("|".join(f"(?:{p})" for p in raw["furniture"]), re.IGNORECASE),
        event_stems=tuple(
            sorted(
                {
                    cue.lower().rstrip("*").split()[0][:4]
                    for name in _TOLL
                    for cue in kinds()[name].cues
                }
            )
        ),
        any_event=re.compile(
            "|".join(
                f"(?P<{name}>{_words_pattern(kinds()[name].cues)})"
                for name in _TOLL
                if kinds()[name].cues
            ),
            re.IGNORECASE,
        ),
        any_agency=re.compile(
            r"(?<![\w-])(?:"
            + "|".join(
                re.escape(alias)
                for alias in sorted(
                    (a for aliases in raw["news_agencies"].values() for a in aliases),
                    key=len,
                    reverse=True,
                )
            )
            + r")(?![\w-])"
        ),
        agency_names={
            alias: name for name, aliases in raw["news_agencies"].items() for alias in aliases
        },
    )


def _required(raw: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Words one of which a sentence must have (or a number, where "#" is a trigger) for a
    pattern to match anywhere in it: a sentence without them is skipped at once."""
    core = _first_words(vague_phrases()) | set(_ONES) | set(_TENS) | set(_ADVERB_COUNTS)
    core |= {p.split()[1] for p in vague_phrases() if p.split()[0] in ("a", "an") and " " in p}
    core -= {"a", "an"}
    relative = set(_WEEKDAYS) | {"yesterday", "today", "tonight", "week", "night", "morning"}
    relative |= {"afternoon", "evening", "ago"}
    return {
        "figure": frozenset(core),
        "date": frozenset(set(_MONTHS) | {"year", "month"}),
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
    figure |= set(_ONES) | set(_TENS) | set(_SCALES) | set(_ADVERB_COUNTS)
    figure |= {"between", "from", "#"}
    figure |= {f"a>{unit}" for unit in ("year", "month", "week", "day", "decade", "century")}
    figure |= {f"a>{p.split()[1]}" for p in phrases if p.split()[0] in ("a", "an") and " " in p}
    date = set(_MONTHS) | {"#4", "last", "this", "next", "early", "late", "earlier", "later"}
    date |= {"mid"}
    # A day phrase is found from its day word; "on", "by", "last" before it change nothing.
    relative = set(_WEEKDAYS) | {"last", "earlier", "later", "yesterday", "today", "tonight"}
    relative |= {"this", "*ago"}
    return {
        "figure": frozenset(figure),
        "date": frozenset(date),
        "relative_date": frozenset(relative),
        "speech": frozenset(_first_words(raw["speech_verbs"])),
    }


_TOKEN = re.compile(r"[a-z]+|\d+")
_MONTH_SET = frozenset(_MONTHS)


_WORDS = re.compile(r"[a-z]+")
_NUMBERS = re.compile(r"\d+")
_YEAR_LIKE = re.compile(r"(?<!\d)\d{4}(?!\d)")
_A_NEXT = re.compile(r"\ban?\s+([a-z]+)")


@dataclass(frozen=True)
class _Index:
    """The words of a sentence (lower case), so a scan can tell where to look quickly."""

    lower: str
    words: frozenset[str]
    digits: bool
    years: bool


@lru_cache(maxsize=1024)
def _index_of(text: str) -> _Index:
    lower = text.lower()
    numbers = _NUMBERS.findall(lower)
    years = any(len(number) == 4 for number in numbers)
    return _Index(lower, frozenset(_WORDS.findall(lower)), bool(numbers), years)


@lru_cache(maxsize=4096)
def _word_at(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])" + re.escape(word) + r"(?![a-z])")


def _figure_matches(text: str) -> list[re.Match[str]]:
    """The figure matches of a sentence: found where a number or vague quantity starts,
    then widened to a hedge just before it (read backwards, so one anchored match)."""
    lex = lexicon()
    index = _index_of(text)
    lower = index.lower
    has_digit = index.digits
    if lex.core_words.isdisjoint(index.words) and not has_digit:
        return []
    starts = [
        m.start()
        for word in lex.core_words.intersection(index.words)
        for m in _word_at(word).finditer(lower)
    ]
    if has_digit:
        starts.extend(
            m.start()
            for m in _NUMBERS.finditer(lower)
            if not lower[m.start() - 1 : m.start()].isdigit()
        )
    if "a" in index.words or "an" in index.words:
        triggers = lex.triggers["figure"]
        starts.extend(m.start() for m in _A_NEXT.finditer(lower) if f"a>{m.group(1)}" in triggers)
    found: list[re.Match[str]] = []
    reached = 0
    for start in sorted(set(starts)):
        if start < reached:
            continue
        before = lower[max(0, start - 40) : start][::-1]
        hedge = lex.hedge_reversed.match(before)
        origin = start - hedge.end() if hedge else start
        match = lex.figure.match(text, origin) if origin >= reached else None
        if match is None and origin != start:
            match = lex.figure.match(text, start)
        if match and match.end() > match.start():
            reached = match.end()
            found.append(match)
    return found


# Small patterns used per figure or per speaker, compiled once.
_MOVER = re.compile(
    r"(?P<np>(?:[\w-]+\s+){0,2}[\w-]+)\s+(?:(?:had|have|has|was|were|is|are)\s+)?"
    r"[a-z]+(?:ed|ood|ent|ame|ay|ies|ie)"
    r"(?:\s+(?:to|at|up|back))?(?:\s+within)?\s*$"
)
_ONE_LETTER = re.compile(r"[a-z]")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_NEXT_WORD = re.compile(r"\s+\w+")
_LETTER = re.compile(r"[A-Za-z]")
_PEOPLE_NOUN = re.compile(r"(?:people|persons|men|women|civilians|soldiers)\b", re.IGNORECASE)
_DAY_PREFIX = re.compile(r"^(?:early|late|earlier|later)\s+(?:on\s+)?", re.IGNORECASE)
_COORDINATION = re.compile(r"[\s,]*(?:and|or|as well as|plus|,)\s*", re.IGNORECASE)
_COORDINATED_END = re.compile(r"\b(?:and|as well as|plus)\s*$")
_AGE = re.compile(r"\s*-?\s*(?:years?|months?)[\s-]old\b|-year-old|-month-old", re.IGNORECASE)
_DATELINE = re.compile(r"\([A-Z][\w.&/ -]{0,30}\)\s*[-–—]")
_POSSESSIVE_END = re.compile(r"['’]s\s*$")
_PLACE_OF = re.compile(
    r"(?:\b(?:nation|state|country|city|town|village|region|province|district|population)\s+of"
    r"|home\s+to|inhabited\s+by|population\s+(?:is|was|of)(?:\s+about|\s+some)?)\s*$",
    re.IGNORECASE,
)
_HOLDS_PEOPLE = re.compile(r"\b(?:of|has|have|had|with)\s*$")
_LEADING_COMMA = re.compile(r"^\s*,?\s*")
_ITS = re.compile(r"\bits\b")
_BY = re.compile(r"\s+by\b")
_BY_GAP = re.compile(r"\s+by\s+")
_AS_SAYING = re.compile(r"\bas\s+say(?:ing)?\b")
_FOLLOWING_WORD = re.compile(r"[\s-]*([A-Za-z-]+)")
_LETTER_NEXT = re.compile(r"[\s-]*[A-Za-z]")
_AND_A = re.compile(r"\s+and\s+(an?)\s+")
_EVENT_WORDS = re.compile(r"(?:\s+[a-z][\w-]*){1,2}")
_NOT_EVENT = re.compile(r"\s+(?:and|or|but|the|a|an|when|to|of)\b")

_RARE = {
    # Trigger words that start a match only when another word is in the sentence too.
    "last": ("year", "month", "week", "night"),
    "this": ("year", "month", "week", "morning", "afternoon", "evening"),
    "next": ("year", "month"),
    "early": ("year", "month"),
    "late": ("year", "month"),
    "earlier": ("year", "month", "week"),
    "later": ("year", "month", "week"),
    "mid": ("year", "month"),
    "as": ("saying", "quoted", "according"),
    "was": ("quoted",),
    "were": ("quoted",),
}


def _scan(pattern: re.Pattern[str], text: str, triggers: frozenset[str]) -> list[re.Match[str]]:
    """Like pattern.finditer(text), trying matches only where a trigger word starts."""
    index = _index_of(text)
    lex = lexicon()
    needed = lex.required.get(id(triggers))
    numbers = "#" in triggers or "#4" in triggers
    no_numbers = not numbers or not index.digits or ("#4" in triggers and not index.years)
    if needed is not None and needed.isdisjoint(index.words) and no_numbers:
        return []
    if "*ago" in triggers:
        return list(pattern.finditer(text))
    lower = index.lower
    starts = [
        m.start()
        for word in triggers.intersection(index.words)
        if word not in _RARE or not index.words.isdisjoint(_RARE[word])
        for m in _word_at(word).finditer(lower)
    ]
    if numbers and index.digits:
        months = "#" in triggers or not _MONTH_SET.isdisjoint(index.words)
        if months or index.years:
            starts.extend(
                m.start()
                for m in _NUMBERS.finditer(lower)
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


# --------------------------------------------------------------------------- checking input


def check_article(article: Article) -> None:
    """Raise a CrosscheckError naming the file if the body cannot be read as text."""
    where = article.path or article.id
    if not article.body.strip():
        raise CrosscheckError("the article body is empty: nothing to extract", where)
    if NUL in article.body:
        raise CrosscheckError("the article contains NUL bytes: it is binary, not text", where)
    if len(article.body.encode("utf-8", "surrogatepass")) > _max_bytes():
        raise CrosscheckError(f"larger than {_max_bytes() // 1_000_000} MB", where)


def _max_bytes() -> int:
    from crosscheck.articles import MAX_BYTES

    return MAX_BYTES


# --------------------------------------------------------------------------- segmenting


@dataclass
class _Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    headline: bool = False
    quotes: tuple[int, int] = (0, 0)  # open curly quotes, straight quotes: before it


_FURNITURE_MAX = 160  # characters: page furniture is short; a long line is text


def _paragraphs(body: str, title: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_headline) of every paragraph, page furniture left out.  A blank line
    ends a paragraph; so does a line ending a sentence.  Other lines are hard-wrapped text
    and run on into the next one."""
    lex = lexicon()
    found: list[tuple[int, int, bool]] = []
    wanted = _squash(title).lower()
    position = 0
    open_paragraph = False
    for line in body.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        stripped = line.strip()
        if not stripped:
            open_paragraph = False
            continue
        start += len(line) - len(line.lstrip())
        end = start + len(stripped)
        furniture = (
            (len(stripped) <= _FURNITURE_MAX and lex.any_furniture.match(stripped))
            or not any(ch.isalpha() for ch in stripped)
            # A leading ". Last Updated: ..." stamp on a line of its own.
            or (stripped.startswith(".") and len(stripped) < 60 and "updated" in stripped.lower())
        )
        if furniture:
            open_paragraph = False
            continue
        headline = len(stripped) < len(title) + 20 and _squash(stripped).lower() == wanted
        if open_paragraph and not headline and found and not found[-1][2]:
            found[-1] = (found[-1][0], end, False)
        else:
            found.append((start, end, headline))
        open_paragraph = not headline and stripped[-1] not in '.!?:"”’»)'
    return found


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


_BOUNDARY = re.compile(r"[.!?][\"”’»)]*\s+(?=[\"“‘«(]?[A-Z0-9])")


def _sentences(body: str, title: str) -> list[_Sentence]:
    abbreviations = lexicon().sets["abbreviations"]
    found: list[_Sentence] = []
    for number, (start, end, headline) in enumerate(_paragraphs(body, title)):
        text = body[start:end]
        cursor = 0
        quotes = (0, 0)
        for match in _BOUNDARY.finditer(text):
            before = text[cursor : match.start()].rsplit(None, 1)
            word = before[-1].lower().lstrip(_QUOTE_CHARS + "(") if before else ""
            if word in abbreviations or _ONE_LETTER.fullmatch(word) or _INITIALS.fullmatch(word):
                continue
            cut = match.end()
            piece = text[cursor:cut].rstrip()
            found.append(
                _Sentence(start + cursor, start + cursor + len(piece), piece, number, False, quotes)
            )
            quotes = _quotes_after(quotes, piece)
            cursor = cut
        piece = text[cursor:]
        if piece.strip():
            found.append(_Sentence(start + cursor, end, piece, number, headline, quotes))
    return found


def _quotes_after(quotes: tuple[int, int], text: str) -> tuple[int, int]:
    """The quotation marks open after `text`, given those open before it."""
    curly = quotes[0] + sum(text.count(c) for c in _OPENING) - sum(text.count(c) for c in _CLOSING)
    return curly, quotes[1] + text.count('"')


# --------------------------------------------------------------------------- figures


@dataclass
class _Figure:
    start: int  # in the sentence, hedge included
    end: int  # unit included
    text: str  # as written
    estimate: Estimate
    kind_hint: str | None = None  # "distance" / "percent" from the unit, "other" for time
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


def _figures(text: str, taken: list[tuple[int, int]]) -> list[_Figure]:
    """The figures of a sentence (not overlapping the spans in `taken`, which are dates)."""
    lex = lexicon()
    found: list[_Figure] = []
    for match in _figure_matches(text):
        start, end = match.span()
        num_start = match.start("num")
        if any(a < end and num_start < b for a, b in taken):
            continue
        written = match.group(0)
        hedge_phrase = match.group("hedge")
        number = match.group("num")
        figure = _Figure(start, end, written, Estimate(0, 0, 0), hedged=bool(hedge_phrase))
        if match.group("words"):
            value = _number_value(number)
            if value is None:
                continue
            # "one" and bare scale words ("hundred") are too often not counts.
            figure.word = True
            figure.one = value == 1
            if number.lower() in _SCALES:
                continue
        elif match.group("adverb"):
            value = _ADVERB_COUNTS[number.lower()]
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
            phrase = _squash(number).lower()
            if phrase.endswith(" of") and phrase[:-3] in vague_phrases():
                end -= 3
                written = text[start:end]
            figure.weak = _squash(text[num_start:end]).lower() in lex.sets["weak_vague"]
            value = None
        else:
            value = None
        # Units right after: "40 kilometers", "1,000- kilometer", "40%", "40 percent".
        tail = lex.unit_after.match(text, end)
        unit_word = None
        if tail:
            unit_word = _squash(tail.group("unit")).lower()
            end = tail.end()
        if unit_word is not None:
            canonical = units()[unit_word][0]
            figure.kind_hint = "distance" if canonical == "km" else canonical
        figure.end = end
        figure.text = _squash(text[start:end]).strip(_QUOTE_CHARS)
        # Drop a closing quote inside the figure ("“a few dozen”").
        try:
            if value is not None and figure.kind_hint is None:
                # The number is read already: only the hedge is left to apply.
                hedge = _HEDGES.get(_squash(hedge_phrase).lower()) if hedge_phrase else None
                if hedge is None:
                    figure.estimate = quantities.hedged(value, Qualifier.EXACT)
                else:
                    figure.estimate = quantities.hedged(value, hedge.qualifier, hedge.side)
            elif value is not None and not match.group("range"):
                figure.estimate = _hedge_estimate(value, figure.kind_hint, figure.text)
            else:
                figure.estimate = quantities.parse_figure(figure.text.replace("“", ""))
        except CrosscheckError:
            continue
        found.append(figure)
    return found


_HEDGES = {hedge.phrase: hedge for hedge in hedges()}


def _hedge_estimate(value: float, hint: str | None, text: str) -> Estimate:
    """The interval of a figure whose number we read ourselves ("twice", "a year"), or that
    has a unit ("about 30 miles"): the figure reader's, where it can read it."""
    try:
        return quantities.parse_figure(text)
    except CrosscheckError:
        pass
    _, qualifier, side, _ = quantities.split_hedge(text)
    return quantities.hedged(value, qualifier, side, "km" if hint == "distance" else None)


# --------------------------------------------------------------------------- dates


@dataclass
class _Date:
    start: int
    end: int
    text: str
    ref: DateRef
    claim: bool  # the date of an event: a claim of kind date
    relative: bool = False


def _dates(text: str, published: DateRef) -> list[_Date]:
    lex = lexicon()
    found: list[_Date] = []
    reference = published.end
    for match in _scan(lex.date, text, lex.triggers["date"]):
        written = match.group(0)
        start, end = match.span()
        before = text[:start].rstrip().lower()
        previous = before.rsplit(None, 1)[-1].strip(_QUOTE_CHARS + ",") if before else ""
        after = text[end:].lstrip()
        ref: DateRef | None = None
        # "PORT ELIN, March 3 (AP) -" is when the report was filed, not an event's date.
        claim = not _DATELINE.match(after)
        relative = False
        if match.group("year"):
            # A bare four-digit number is a year unless it counts something ("1500 troops").
            if _LETTER.match(after) and _counts_people(after):
                continue
            ref = dates.parse_date_text(written)
        elif match.group("month"):
            if written.lower() == "may" or written[0].islower():
                continue
            if previous not in lex.sets["date_event_words"] | {"for", "by", "late", "early"}:
                continue
            month_number = _month_number(written)
            year = reference.year if month_number <= reference.month + 6 else reference.year - 1
            ref = dates.month(year, month_number)
        elif match.group("span"):
            # "2001-03" in prose is two years, not March 2001.
            first, last = re.split(r"\s*[-–—/]\s*", written)
            end_year = int(last) if len(last) == 4 else int(first) // 100 * 100 + int(last)
            end_year += 100 if end_year < int(first) else 0
            ref = dates.span(dates.year(int(first)), dates.year(end_year))
        elif match.group("rel"):
            ref = _relative_month_year(written, reference)
            relative = True
        else:
            ref = dates.parse_date_text(written, reference)
        if ref is None:
            continue
        if previous in lex.sets["as_of_words"] or before.endswith("as of"):
            claim = False
        found.append(_Date(start, end, written, ref, claim, relative))
    return found


def _month_number(word: str) -> int:
    stem = word.lower().rstrip(".")[:3]
    return [m[:3] for m in _MONTHS[:12]].index(stem) + 1


def _relative_month_year(phrase: str, reference: dt.date) -> DateRef | None:
    words = _squash(phrase).lower().split()
    if words[0] in ("earlier", "later") and words[1:2] == ["this"]:
        # "earlier this year": from the start of the year up to the publication date.
        whole = _relative_month_year(" ".join(words[1:]), reference)
        if whole is None:
            return None
        if words[0] == "earlier":
            return DateRef(whole.start, min(whole.end, reference), Precision.DAY)
        return DateRef(max(whole.start, reference), whole.end, Precision.DAY)
    words = [w for w in words if w not in ("early", "late", "earlier", "later", "mid")]
    if len(words) == 3 and words[1] in ("last", "this", "next"):  # "August last year"
        offset = {"last": -1, "this": 0, "next": 1}[words[1]]
        return dates.month(reference.year + offset, _month_number(words[0]))
    if len(words) == 2:
        offset = {"last": -1, "this": 0, "next": 1}[words[0]]
        if words[1] == "year":
            return dates.year(reference.year + offset)
        month_index = reference.year * 12 + reference.month - 1 + offset
        return dates.month(month_index // 12, month_index % 12 + 1)
    return None


def _counts_people(after: str) -> bool:
    lex = lexicon()
    head = after[:40]
    return any(p.match(head) for p in lex.stock_cues.values()) or bool(_PEOPLE_NOUN.match(head))


def _as_of_dates(text: str, published: DateRef) -> list[tuple[int, DateRef]]:
    """(position, date) of the relative day phrases of a sentence ("on Friday", "two weeks ago")."""
    found: list[tuple[int, DateRef]] = []
    if published.precision is not Precision.DAY:
        return found
    lex = lexicon()
    for match in _scan(lex.relative_date, text, lex.triggers["relative_date"]):
        phrase = match.group(0)
        phrase = _DAY_PREFIX.sub("", phrase)
        ref = dates.resolve(phrase, published.start)
        if ref is not None:
            found.append((match.start(), ref))
    return found


# --------------------------------------------------------------------------- what is counted


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


def _noun_phrase(text: str, start: int, limit: int) -> tuple[str, int, str | None]:
    """The noun phrase a figure counts, read from `start`: (phrase, end, reference), where
    the reference is the pronoun of a partitive ("70| of them" -> ("", end, "them")) or the
    owner of a possessed group ("dozens| of his supporters" -> ("supporters", end, "his")).
    "8 policemen| and" -> "policemen"; "9| of the attackers" -> "attackers".
    """
    lex = lexicon()
    stops = lex.sets["party_stops"]
    cursor = start
    skip = _SKIP_QUOTES.match(text, cursor, limit)
    cursor = skip.end() if skip else cursor
    of = _PARTITIVE.match(text, cursor, limit)
    owner = None
    if of:
        if of.group("pron"):
            return "", of.end(), of.group("pron").lower()
        cursor = of.end()
        # "a few dozen of his supporters": his group, named before ("his rebels").
        owner = of.group("owner").lower() if of.group("owner") else None
    words: list[str] = []
    ends: list[int] = []
    position = cursor
    while position < limit and len(words) < 7:
        while position < limit and text[position] in " \t":
            position += 1
        token = _WORD.match(text, position, limit)
        if not token:
            break
        word = token.group(0).rstrip(".")
        lower = word.lower()
        if lower in stops or lex.any_event.fullmatch(word):
            break
        if _is_number(word) and lower not in ("a", "an"):
            break
        if words and word.islower() and lower.endswith("ing"):
            break
        if lower == "and":
            following = _WORD.match(text, token.end() + 1, limit)
            if (
                not words
                or following is None
                or following.group(0).lower() in stops | lex.sets["determiners"]
                or _is_number(following.group(0))
                or lex.any_event.fullmatch(following.group(0))
            ):
                break
        words.append(word)
        position = token.end()
        ends.append(position)
        if (
            position < limit
            and text[position] in ',;:()—–"“”' + "’‘"
            and text[position : position + 2] != "’s"
        ):
            break
    while words and words[-1].lower() in ("and", "of"):
        words.pop()
        ends.pop()
    if not words:
        return "", start, None
    return " ".join(words), ends[-1], owner


_NEW_CLAUSE = re.compile(r"\s*(?:and|or|but|then)\s+(?:[a-z]+ly\s+)?", re.IGNORECASE)
_SKIP_QUOTES = re.compile(r"[\s" + _QUOTE_CHARS + r"]*")
_PARTITIVE = re.compile(
    r"of\s+(?:(?P<pron>them|these|those|whom|which)\b|(?:the|(?P<owner>his|her|their)|its|our)\s+)?",
    re.IGNORECASE,
)
_CUT_AFTER = re.compile(r"[,;:.!?()]|\s[—–-]{1,2}\s|[" + _QUOTE_CHARS + "]")
_CUT_BEFORE = re.compile(r"[,;:.!?()]|[" + _QUOTE_CHARS + "]")
_AFTER_TOKEN = re.compile(r"[\w'’-]+(?:\.(?=\w))?[\w'’.-]*")
_NUMBER_WORDS = frozenset(_ONES + _TENS + list(_SCALES) + list(_ADVERB_COUNTS))


def _is_number(word: str) -> bool:
    """Whether a word is a number (digits or a number word), the quick way."""
    return word[:1].isdigit() or word.lower().split("-")[0] in _NUMBER_WORDS


def _strip_determiners(phrase: str) -> str:
    words = phrase.split()
    determiners = lexicon().sets["determiners"]
    while words and words[0].lower() in determiners:
        words.pop(0)
    return " ".join(words)


def _event_kind(text: str, last: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The first (or last) event cue of `text` and its kind, if any."""
    lex = lexicon()
    lower = text.lower()
    if not any(stem in lower for stem in lex.event_stems):
        return None  # the quick answer for most stretches of text
    if last:
        matches = list(lex.any_event.finditer(text))
        match = matches[-1] if matches else None
    else:
        match = lex.any_event.search(text)
    if match is None:
        return None
    return str(match.lastgroup), match.span()


def _window_after(text: str, start: int, limit: int, words: int = 8) -> tuple[int, int]:
    """The stretch after a figure where its verb may be: to the next comma, at most N words."""
    stretch = text[start:limit]
    cut = _CUT_AFTER.search(stretch)
    if cut:
        stretch = stretch[: cut.start()]
    tokens = _tokens(stretch)
    if len(tokens) > words:
        stretch = stretch[: tokens[words - 1].end()]
    return start, start + len(stretch)


def _window_before(text: str, end: int, floor: int, words: int = 5) -> tuple[int, int]:
    stretch = text[floor:end]
    cuts = [cut.end() for cut in _CUT_BEFORE.finditer(stretch)]
    if cuts:
        stretch = stretch[cuts[-1] :]
    tokens = _tokens(stretch)
    if len(tokens) > words:
        stretch = stretch[tokens[-words].start() :]
    return end - len(stretch), end


def _stock_kind(noun: str) -> str | None:
    if not noun:
        return None
    head = noun.split()[-1]
    for name in _STOCK_PEOPLE:
        if lexicon().stock_cues[name].fullmatch(head):
            return name
    for name in _STOCK_PEOPLE:
        if lexicon().stock_cues[name].search(noun):
            return name
    return None


def _classify(
    text: str, figures: list[_Figure], body_before: str, counted: Sequence[str | None] = ()
) -> None:
    """Give every figure of a sentence its kind, party and counted noun."""
    lex = lexicon()
    for index, figure in enumerate(figures):
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        noun, noun_end, pronoun = _noun_phrase(text, figure.end, limit)
        figure.noun, figure.noun_end, figure.partitive = noun, noun_end, pronoun
        if pronoun is None and re.match(r"[\s" + _QUOTE_CHARS + r"]*of\s+(?:them|whom)\b",
                                        text[figure.end : limit], re.IGNORECASE):  # fmt: skip
            figure.partitive = "them"

    for index, figure in enumerate(figures):
        limit = figures[index + 1].start if index + 1 < len(figures) else len(text)
        floor = figures[index - 1].noun_end if index else 0
        if figure.kind_hint in ("distance", "percent"):
            figure.kind = figure.kind_hint
            continue
        head = figure.noun.split()[-1].lower() if figure.noun else ""
        if head in lex.sets["time_units"] or figure.extra.get("time"):
            figure.kind = "other"
            continue
        _, b = _window_after(text, figure.noun_end, limit)
        found = _event_kind(text[figure.end : b]) if figure.end < b else None
        if found and _NEW_CLAUSE.fullmatch(text, figure.noun_end, figure.end + found[1][0]):
            found = None  # "two of the robbers and wounded three": the verb is the next one's
        if found:
            figure.kind = found[0]
            figure.cue = (figure.end + found[1][0], figure.end + found[1][1])
            continue
        figure.extra["open"] = True

    # Shared verbs: "8 policemen and 9 of the attackers were killed".
    for index in range(len(figures) - 2, -1, -1):
        figure, following = figures[index], figures[index + 1]
        if not figure.extra.get("open"):
            continue
        between = text[figure.noun_end : following.start]
        if _COORDINATION.fullmatch(between) and (following.kind in _TOLL):
            figure.kind = following.kind
            figure.cue = following.cue
            figure.coordinated = True
            figure.extra.pop("open")

    for index, figure in enumerate(figures):
        if not figure.extra.pop("open", False):
            continue
        floor = figures[index - 1].noun_end if index else 0
        a, b = _window_before(text, figure.start, floor)
        found = _event_kind(text[a:b], last=True)
        if found:
            figure.kind = found[0]
            figure.cue = (a + found[1][0], a + found[1][1])
            continue
        if index and figures[index - 1].kind in _TOLL:
            between = text[figures[index - 1].end : figure.start]
            if _COORDINATED_END.search(between) and _event_kind(between):
                figure.kind = figures[index - 1].kind
                figure.coordinated = True
                continue
        stock = _stock_kind(figure.noun)
        if stock:
            figure.kind = stock
            continue
        before = text[max(0, figure.start - 40) : figure.start].lower()
        head = figure.noun.split()[-1] if figure.noun else ""
        people = bool(head) and lex.stock_cues["population"].fullmatch(head) is not None
        if (
            _PLACE_OF.search(before)
            or (people and head.lower() != "people")
            # "the country's 18 million people"
            or (people and _POSSESSIVE_END.search(before))
        ):
            figure.kind = "population"
            continue
        if (
            figure.noun
            and figure.noun.split()[-1].lower() == "people"
            and (_HOLDS_PEOPLE.search(before))
        ):
            figure.kind = "population"
            continue
        figure.kind = "other"

    _parties(text, figures, body_before, counted)


def _parties(
    text: str, figures: list[_Figure], body_before: str, counted: Sequence[str | None] = ()
) -> None:
    """Whose people each figure counts.  `counted` holds the parties of the people counted in
    the sentence before (None for people of no party), for "70 of them"."""
    lex = lexicon()
    previous_party: str | None = None
    for figure in figures:
        noun = _strip_determiners(figure.noun)
        head = noun.split()[-1].lower() if noun else ""
        party: str | None = noun or None
        if figure.kind in ("distance", "percent", "date"):
            party = None
            if figure.kind == "distance":
                party = _mover(text[: figure.start]) or _subject_party(text)
        elif figure.partitive in ("them", "these", "those", "whom", "which") and (
            counted or previous_party
        ):
            # "70 of them": the people counted just before, with their party (or none).
            party = previous_party or counted[-1]
        elif figure.partitive:
            party = _antecedent(body_before + " " + text[: figure.start]) or noun or None
        elif head in lex.sets["anaphoric_nouns"]:
            party = previous_party
        elif head in lex.sets["generic_nouns"] or head in lex.sets["time_units"]:
            party = None
        elif not noun and figure.kind in _TOLL:
            party = previous_party
        if figure.kind == "population":
            party = _appositive(text[: figure.start])
        elif figure.kind == "troops" and party and len(party.split()) == 1:
            country = _holder(text[: figure.start], body_before)
            if country:
                party = f"{lex.demonyms[country]} {party}"
        if figure.kind == "other" and not figure.partitive:
            party = None
        if head in lex.sets["belonging_nouns"]:
            owner = re.search(
                r"(?:the\s+)?(?P<owner>[\w' -]+?),\s+(?:who|which)\s+[^,]*$", text[: figure.start]
            )
            if owner:
                party = _strip_determiners(owner.group("owner").split(",")[-1].strip())
        if figure.extra.get("time"):
            party = None
        figure.party = party
        if party and figure.kind in _TOLL + _STOCK_PEOPLE + ("other",):
            previous_party = party
        elif figure.kind not in _TOLL:
            previous_party = None


def _antecedent(text: str) -> str | None:
    """The last group of people named before: "his rebels ... 70 of them" -> "rebels"."""
    lex = lexicon()
    best: tuple[int, str] | None = None
    tail = text[-600:]
    for name in ("fighters", "troops"):
        for match in lex.stock_cues[name].finditer(tail):
            word = match.group(0)
            if not word.lower().endswith("s") or word[0].isupper():
                continue
            if best is None or match.start() > best[0]:
                before = tail[: match.start()].split()
                modifier = before[-1] if before else ""
                if (
                    modifier.isalpha()
                    and modifier.islower()
                    and modifier not in lex.sets["determiners"]
                    and modifier not in lex.sets["party_stops"]
                    and modifier not in lex.sets["speaker_stops"]
                ):
                    word = f"{modifier} {word}"
                best = (match.start(), word)
    return None if best is None else best[1]


def _appositive(text: str) -> str | None:
    """Whose population: "Veyland, a coastal state of" -> "Veyland"."""
    match = re.search(
        r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,\s*(?:an?|the)\s+[^,]*$", text
    )
    if match:
        return match.group("name")
    countries = list(lexicon().country.finditer(text))
    return countries[-1].group(0) if countries else None


def _holder(text: str, body_before: str) -> str | None:
    """The country that holds the troops: "Norland, which has 12,000" -> "Norland"."""
    lex = lexicon()
    for match in lex.country.finditer(text):
        after = text[match.end() :]
        if lex.holding.match(_LEADING_COMMA.sub("", after)):
            return match.group(0)
    if _ITS.search(text) or not text.strip() or _ITS.search(body_before[-200:]):
        previous = body_before.rstrip()
        last_sentence = re.split(r"(?<=[.!?])\s+", previous)[-1] if previous else ""
        found = lex.country.search(last_sentence)
        if found:
            return found.group(0)
    return None


def _mover(text: str) -> str | None:
    """Who stands at a distance, right before it: "rebel forces stood| 25 km from"."""
    lex = lexicon()
    match = _MOVER.search(text[-80:])
    if not match:
        return None
    words = match.group("np").split()
    head = words[-1]
    if not any(lex.stock_cues[name].fullmatch(head) for name in _STOCK_PEOPLE):
        return None
    kept = [
        w
        for w in words[:-1]
        if w.islower() and not _is_number(w) and w not in lex.sets["determiners"]
    ]
    return " ".join(kept[-1:] + [head])


def _subject_party(text: str) -> str | None:
    """Who is at a distance: the people a sentence starts with ("The two commanders had ...")."""
    lex = lexicon()
    subject = re.match(
        r"[\s" + _QUOTE_CHARS + r"]*(?:the|their|his|her|its|these|those)\s+((?:[\w-]+\s+){0,3}?)"
        r"([a-z][\w-]*)\s+(?:had|have|has|were|was|are|is|[a-z]+ed)\b",
        text,
        re.IGNORECASE,
    )
    if not subject:
        return None
    head = subject.group(2)
    if not any(lex.stock_cues[name].fullmatch(head) for name in _STOCK_PEOPLE):
        return None
    words = [w for w in subject.group(1).split() if not lex.figure.fullmatch(w)]
    return " ".join(words + [head])


# --------------------------------------------------------------------------- who says so


@dataclass
class _Speaker:
    position: int  # of the verb, in the sentence
    name: str
    agency: str | None = None  # the canonical agency name, if the speaker is one
    relays: bool = False  # an agency or outlet passing on what someone else says


def _agency_of(name: str) -> str | None:
    """The agency a speaker is or names: a known one ("state news agency NAP" -> NAP),
    or one the article calls an agency ("the Coast Wire agency" -> Coast Wire)."""
    lex = lexicon()
    match = lex.any_agency.search(name)
    if match is not None:
        return lex.agency_names[match.group(0)]
    lower = name.lower()
    for noun in sorted(lex.sets["agency_nouns"], key=len, reverse=True):
        if lower.endswith(" " + noun):
            named = _strip_determiners(name[: -len(noun)].strip())
            if (
                named[:1].isupper()
                and not named.endswith(("'s", "’s"))
                and not _is_demonym(named)
                and not lex.country.fullmatch(named)
            ):
                return named
            return None
    return None


_PARENTHETICAL = re.compile(r",\s*[a-z]+(?:\s+[a-z]+)?\s*,$")
_NAME_TOKEN = re.compile(r"[\w'’.-]+")
_BREAKS = frozenset(",;:()—–!?" + _QUOTE_CHARS)


def _speaker_before(text: str, end: int) -> str:
    """The name before a verb: "..., the governor's spokesman Ivan Petrov| told"."""
    lex = lexicon()
    stretch = text[max(0, end - 120) : end].rstrip()
    # Step over a parenthetical ", however," between the subject and the verb.
    parenthetical = _PARENTHETICAL.search(stretch)
    if parenthetical:
        stretch = stretch[: parenthetical.start()]
    tokens = list(_NAME_TOKEN.finditer(stretch))
    words: list[str] = []
    position = len(stretch)
    for index in range(len(tokens) - 1, -1, -1):
        if len(words) >= 10:
            break
        token = tokens[index]
        gap = stretch[token.end() : position]
        if gap.strip(" \t") or (not words and gap and gap.strip(" \t")):
            break
        if _BREAKS.intersection(gap):
            break
        word = token.group(0)
        lower = word.lower()
        if (
            lower in lex.sets["speaker_inner"]
            and words
            and index
            and tokens[index - 1].group(0).lower() in lex.sets["generic_speakers"]
        ):
            words.insert(0, word)
            position = token.start()
            continue
        stop = lower in lex.sets["speaker_stops"] or (lower.endswith(".") and not words)
        if stop and lower.rstrip(".") not in lex.sets["abbreviations"]:
            break
        if _is_number(word) and not words:
            break
        words.insert(0, word)
        position = token.start()
    return _strip_determiners(" ".join(words)).strip(" .")


def _speaker_after(text: str, start: int) -> str:
    """The name after a verb: "said| Norland Embassy press officer Ana Vidal."."""
    lex = lexicon()
    stops = lex.sets["speaker_stops"] - lex.sets["speaker_inner"]
    words: list[str] = []
    position = start
    while len(words) < 16:
        while position < len(text) and text[position] in " \t":
            position += 1
        match = _AFTER_TOKEN.match(text, position)
        if not match:
            break
        word = match.group(0)
        if word.count(".") < 2:  # keep the points of "U.S."
            word = word.rstrip(".")
        if word.lower() in stops and words:
            break
        if word.lower() in stops and word.lower() not in lex.sets["determiners"]:
            break
        words.append(word)
        position = match.end()
        if position < len(text) and text[position] in ",;:.!?()" + _QUOTE_CHARS:
            break
    while words and words[-1].lower() in lex.sets["speaker_inner"]:
        words.pop()
    name = _strip_determiners(" ".join(words))
    if not name:
        return ""
    if name[0].isupper() or any(w.lower() in lex.sets["generic_speakers"] for w in name.split()):
        return name
    return ""


def _speakers(text: str, quotes: tuple[int, int] = (0, 0)) -> list[_Speaker]:
    """The speakers of a sentence; `quotes` are the quotation marks open before it."""
    lex = lexicon()
    found: list[_Speaker] = []
    for match in _scan(lex.speech, text, lex.triggers["speech"]):
        verb = _squash(match.group(0)).lower()
        start, end = match.span()
        if _in_quote(quotes, text[:start]):
            continue  # a verb inside a quotation is the quoted person's, not a speaker
        if verb == "as saying":
            continue
        if verb in ("according to", "citing"):
            name = _speaker_after(text, end)
            document = _DOCUMENT.match(text, end)
            if document and document.group("noun").lower() in lex.sets["document_nouns"]:
                # "according to a statement from the ministry": the ministry says it.
                name = _speaker_after(text, document.end()) or name
            if name:
                found.append(_Speaker(start, name, _agency_of(name)))
            continue
        if verb in ("was quoted", "were quoted") or (
            verb in lex.sets["relay_verbs"] and _BY.match(text[end:])
        ):
            by = _BY_GAP.match(text[end:])
            subject = _speaker_before(text, start)
            if subject:
                found.append(_Speaker(start, subject, _agency_of(subject)))
            if by:
                relay = _speaker_after(text, end + by.end())
                if relay:
                    found.append(_Speaker(start, relay, _agency_of(relay), relays=True))
            continue
        if verb in lex.sets["relay_verbs"]:
            subject = _speaker_before(text, start)
            saying = _AS_SAYING.search(text[end:])
            if subject:
                found.append(_Speaker(start, subject, _agency_of(subject), relays=True))
            if saying:
                quoted = _strip_determiners(_squash(text[end : end + saying.start()]))
                if quoted:
                    found.append(_Speaker(start + 1, quoted, _agency_of(quoted)))
            continue
        name = _speaker_before(text, start)
        if not name:
            name = _speaker_after(text, end)
        if not name or _is_number(name):
            continue
        if verb in ("told", "tells"):
            listener = _speaker_after(text, end)
            agency = _agency_of(listener) if listener else None
            if agency:
                found.append(_Speaker(end, listener, agency, relays=True))
        found.append(_Speaker(start, name, _agency_of(name)))
    return found


def _agency_only(name: str, agency: str) -> bool:
    """Whether a speaker is just the agency ("state news agency NAP", "AP")."""
    lex = lexicon()
    rest = name
    for pattern, canonical in lex.agencies:
        if canonical == agency:
            rest = pattern.sub(" ", rest)
    for noun in sorted(lex.sets["agency_nouns"], key=len, reverse=True):
        rest = re.sub(rf"\b{re.escape(noun)}\b", " ", rest, flags=re.IGNORECASE)
    leftover = [
        w
        for w in rest.split()
        if w.lower() not in lex.sets["determiners"] and not w.endswith(("'s", "’s"))
    ]
    return all(lex.country.fullmatch(w) or _is_demonym(w) for w in leftover)


def _is_demonym(word: str) -> bool:
    return word in lexicon().demonyms.values()


_LOOK_BACK = 5000  # characters an article may go between naming a ministry and "the ministry"
_TRIES = 12  # earlier mentions of the noun looked at
_LAST_WORD = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)\s+$")


class _Voices:
    """The speakers named so far in an article, to resolve "he said", "the ministry said"."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.lower = body.lower()
        self.named: list[str] = []

    def resolve(self, name: str, before: int) -> str:
        lex = lexicon()
        lower = name.lower()
        if lower in lex.sets["pronouns"]:
            return self.named[-1] if self.named else ARTICLE_VOICE
        words = name.split()
        if len(words) == 1 and lower in lex.sets["generic_speakers"]:
            # The last "<word> ministry" before, read backwards from `before`.
            position = before
            floor = max(0, before - _LOOK_BACK)
            for _ in range(_TRIES):
                position = self.lower.rfind(lower, floor, position)
                if position <= 0:
                    break
                after = position + len(lower)
                if after < len(self.lower) and self.lower[after].isalnum():
                    continue
                previous = _LAST_WORD.search(self.body, max(0, position - 40), position)
                if previous and (
                    previous.group(1).lower()
                    not in lex.sets["determiners"] | lex.sets["speaker_stops"]
                ):
                    return f"{previous.group(1)} {self.body[position:after]}"
            for known in reversed(self.named):
                if known.lower().endswith(lower):
                    return known
            return name
        if len(words) <= 2 and all(w[:1].isupper() for w in words):
            for known in reversed(self.named):
                if known != name and known.endswith(name):
                    return known
        return name

    def remember(self, name: str) -> None:
        if name != ARTICLE_VOICE and name.lower() not in lexicon().sets["pronouns"]:
            self.named.append(name)


def _named_roles(speakers: Sequence[str]) -> dict[str, str]:
    """The first speaker named with each role: {"spokesman": "press spokesman Ali Khan"}."""
    lex = lexicon()
    found: dict[str, str] = {}
    for name in dict.fromkeys(speakers):
        if _has_person_name(name):
            for word in name.lower().split():
                if word in lex.sets["generic_speakers"]:
                    found.setdefault(word, name)
    return found


def _named_later(name: str, named: dict[str, str]) -> str:
    """An unnamed role ("a Norland spokesman abroad") that the article names elsewhere
    ("Norland Embassy press officer Ana Vidal") is that person."""
    lex = lexicon()
    roles = [w.lower() for w in name.split() if w.lower() in lex.sets["generic_speakers"]]
    if not roles or _has_person_name(name):
        return name
    return named.get(roles[-1], name)


def _has_person_name(name: str) -> bool:
    words = name.split()
    if len(words) < 2:
        return False
    tail = words[-2:]
    return all(w[:1].isupper() and not w.endswith(("'s", "’s")) for w in tail) and not any(
        lexicon().country.fullmatch(w) for w in tail
    )


def _in_quote(quotes: tuple[int, int], before: str) -> bool:
    """Whether the end of `before` sits inside quotation marks, given those open before it."""
    curly, straight = _quotes_after(quotes, before)
    return curly > 0 or straight % 2 == 1


# --------------------------------------------------------------------------- the entries


def extract_article(article: Article) -> list[dict[str, Any]]:
    """The claims an article states, as YAML-form entries (no ids), in text order."""
    body = article.body
    lex = lexicon()
    sentences = _sentences(body, article.title)
    voices = _Voices(body)
    per_sentence: list[tuple[list[_Speaker], list[str]]] = []
    for sentence in sentences:
        speakers = []
        if not _index_of(sentence.text).words.isdisjoint(lex.triggers["speech"]):
            speakers = _speakers(sentence.text, sentence.quotes)
        names = []
        for speaker in speakers:
            if speaker.agency and _agency_only(speaker.name, speaker.agency):
                speaker.name = speaker.agency
            elif speaker.name.lower() in lex.sets["own_voice"]:
                speaker.name = ARTICLE_VOICE  # "the paper's correspondent", "reports"
            else:
                speaker.name = voices.resolve(speaker.name, sentence.start + speaker.position)
            if not speaker.relays and not speaker.agency:
                voices.remember(speaker.name)
            names.append(speaker.name)
        per_sentence.append((speakers, names))
    roles = _named_roles([n for _, names in per_sentence for n in names])
    members = _paragraph_members(sentences)

    entries: list[dict[str, Any]] = []
    story_date: DateRef | None = None
    counted: list[str | None] = []  # parties of the people counted in the sentence before
    for index, sentence in enumerate(sentences):
        text = sentence.text
        words = _index_of(text)
        if not words.digits and words.words.isdisjoint(lex.interesting):
            continue  # no number, date or day named: nothing to extract here
        found_dates = _dates(text, article.published)
        figures = _figures(text, [(d.start, d.end) for d in found_dates])
        figures.extend(_zero_figures(text, figures))
        relative = _as_of_dates(text, article.published)
        if not figures and not found_dates:
            story_date = _story_date(relative, sentence) or story_date
            continue
        figures.sort(key=lambda f: f.start)
        body_before = body[max(0, sentence.start - 800) : sentence.start]
        _mark_time(text, figures)
        _classify(text, figures, body_before, counted)
        figures = [
            f for f in figures if _keep(text, f) and (sentence.headline or not _identifier(text, f))
        ]
        figures.extend(_article_figures(text, figures))
        figures.sort(key=lambda f: f.start)
        counted = [f.party for f in figures if f.kind in _TOLL + _STOCK_PEOPLE]
        attribution = _attribution(sentences, per_sentence, index, roles, members)
        for figure in figures:
            source, via = attribution(figure.start)
            as_of = _figure_date(figure, relative, found_dates, story_date, article.published)
            entries.append(_figure_entry(article, sentence, figure, source, via, as_of))
        for date in found_dates:
            if date.claim:
                source, via = attribution(date.start)
                entries.append(_date_entry(article, sentence, date, source, via))
        story_date = _story_date(relative, sentence) or story_date
    entries.sort(key=lambda e: (e["span"][0], e["span"][1]))
    _headline_parties(entries, sentences)
    return _dedupe(entries)


def _headline_parties(entries: list[dict[str, Any]], sentences: list[_Sentence]) -> None:
    """A headline figure takes the party of the body figure it sums up: "30 Dead" that of
    "30 soldiers and rebels have died", "12 Killed" that of "9 policemen and 3 gunmen"."""
    headline = next((s for s in sentences if s.headline), None)
    if headline is None:
        return
    body = [e for e in entries if e["span"][0] > headline.end and e.get("party")]
    for entry in entries:
        if entry.get("party") or entry["span"][1] > headline.end or entry["kind"] == "date":
            continue
        same = [e for e in body if e["kind"] == entry["kind"]]
        twin = next((e for e in same if e.get("best") == entry.get("best")), None)
        if twin is not None:
            entry["party"], entry["subject"] = twin["party"], twin["subject"]
            continue
        for first, second in zip(same, same[1:], strict=False):
            near = second["span"][0] - first["span"][1] < 40
            total = (first.get("best") or 0) + (second.get("best") or 0)
            if near and total == entry.get("best") and first["party"] != second["party"]:
                entry["party"] = f"{first['party']} and {second['party']}"
                entry["subject"] = f"{entry['party']} {entry['kind']}"
                break


def _story_date(relative: list[tuple[int, DateRef]], sentence: _Sentence) -> DateRef | None:
    """The day a sentence's events happened on, if it names one ("on Friday")."""
    if sentence.headline:
        return None
    days = [ref for _, ref in relative if ref.precision is Precision.DAY]
    return days[-1] if days else None


def _dedupe(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[int, int, str, str]] = set()
    kept = []
    for entry in entries:
        key = (entry["span"][0], entry["span"][1], entry["figure"], entry["kind"])
        if key not in seen:
            seen.add(key)
            kept.append(entry)
    return kept


def _mark_time(text: str, figures: list[_Figure]) -> None:
    """Figures that count time ("two weeks", "20 months", "a year", "twice") are kind other."""
    units = lexicon().sets["time_units"]
    for figure in figures:
        after = _FOLLOWING_WORD.match(text[figure.end :])
        if (after and after.group(1).lower() in units) or figure.text.lower() in _ADVERB_COUNTS:
            figure.extra["time"] = True


def _keep(text: str, figure: _Figure) -> bool:
    """Whether a figure is a claim worth checking, not an idiom or a stray number word."""
    lex = lexicon()
    if _AGE.match(text, figure.end):
        return False  # "a 10-year-old girl": an age, not a count
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
        if figure.kind not in _TOLL:
            return False
        window = max(0, figure.start - 20)
        nearby = text[window : figure.end + 30]
        return not any(
            m.start("n") + window <= figure.end and figure.start <= m.end("n") + window
            for p in lex.idioms
            if p.groupindex.get("n")
            for m in p.finditer(nearby)
        )
    return not figure.weak or figure.kind in _TOLL + ("distance", "percent")


_DOCUMENT = re.compile(
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)??(?P<noun>[a-z]+)\s+"
    r"(?:(?:released|published|issued|compiled|provided|given|kept)\s+)?(?:from|by|of)\s+"
)
_NAME_BEFORE = re.compile(r"(?<=\w)\s(?P<name>[A-Z][a-z]+\.?)\s$")


def _identifier(text: str, figure: _Figure) -> bool:
    """Whether a number names something rather than counts it: "Resolution 1244", "Route 7",
    "Article 5" (a capitalised word right before it, inside a sentence)."""
    if figure.hedged or figure.word:
        return False
    match = _NAME_BEFORE.search(text, max(0, figure.start - 30), figure.start)
    if match is None:
        return False
    name = match.group("name").rstrip(".").lower()
    return name not in _MONTH_SET and name not in _WEEKDAYS and name not in ("and", "or")


def _zero_figures(text: str, taken: list[_Figure]) -> list[_Figure]:
    """ "no injuries", "no deaths": a count of zero."""
    found: list[_Figure] = []
    if "no" not in _index_of(text).words:
        return found
    for match in lexicon().no_event.finditer(text):
        start = match.start()
        figure = _Figure(start, start + 2, text[start : start + 2], Estimate(0, 0, 0))
        figure.extra["zero"] = True
        found.append(figure)
    return found


def _article_figures(text: str, figures: list[_Figure]) -> list[_Figure]:
    """ "N X and a Y were killed": the "a" counts one Y."""
    found = []
    for figure in figures:
        if figure.kind not in _TOLL or figure.cue is None or figure.cue[0] < figure.end:
            continue
        stretch = text[figure.noun_end : figure.cue[0]]
        match = _AND_A.match(stretch)
        if match:
            start = figure.noun_end + match.start(1)
            one = _Figure(start, start + len(match.group(1)), match.group(1), Estimate(1, 1, 1))
            one.kind = figure.kind
            one.cue = figure.cue
            noun, noun_end, _ = _noun_phrase(text, one.end, figure.cue[0])
            one.noun, one.noun_end = noun, noun_end
            one.party = _strip_determiners(noun) or None
            found.append(one)
    return found


def _attribution(
    sentences: list[_Sentence],
    per_sentence: list[tuple[list[_Speaker], list[str]]],
    index: int,
    roles: dict[str, str],
    members: dict[int, list[int]],
) -> Any:
    """A function from a position in sentence `index` to (source, via)."""
    sentence = sentences[index]
    speakers, _ = per_sentence[index]
    if not speakers:
        # Inside a quotation: the speaker named where the quotation closes, or before it.
        paragraph = members[sentence.paragraph]
        here = paragraph.index(index)
        for i in paragraph[here + 1 : here + 9]:
            if per_sentence[i][0]:
                speakers = per_sentence[i][0]
                break
        else:
            for i in reversed(paragraph[max(0, here - 8) : here]):
                if per_sentence[i][0]:
                    speakers = per_sentence[i][0]
                    break
        inside = _in_quote(sentence.quotes, sentence.text[:1])
        speakers = [_Speaker(0, s.name, s.agency, s.relays) for s in speakers] if inside else []

    def attribute(position: int) -> tuple[str, list[str]]:
        sources = [s for s in speakers if not s.relays and not s.agency]
        agencies = [s for s in speakers if s.agency]
        via: list[str] = []
        for agency in sorted(agencies, key=lambda s: abs(s.position - position)):
            if agency.agency and agency.agency not in via:
                via.append(agency.agency)
        if sources:
            nearest = min(sources, key=lambda s: abs(s.position - position))
            return _named_later(nearest.name, roles), via
        if via:
            quoted_agencies = [s for s in agencies if not s.relays]
            if quoted_agencies:
                origin = quoted_agencies[0].agency or via[0]
                return origin, [v for v in via if v != origin]
            return via[0], via[1:]
        return ARTICLE_VOICE, []

    return attribute


def _paragraph_members(sentences: list[_Sentence]) -> dict[int, list[int]]:
    """The indexes of the sentences of each paragraph."""
    members: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        members.setdefault(sentence.paragraph, []).append(i)
    return members


def _figure_date(
    figure: _Figure,
    relative: list[tuple[int, DateRef]],
    found_dates: list[_Date],
    story_date: DateRef | None,
    published: DateRef,
) -> DateRef | None:
    if figure.kind in ("distance", "percent"):
        return None
    candidates = list(relative) + [(d.start, d.ref) for d in found_dates]
    if figure.kind in _TOLL and candidates:
        return min(candidates, key=lambda c: abs(c[0] - figure.start))[1]
    if figure.kind in _TOLL and story_date is not None:
        return story_date
    if published.precision is Precision.DAY:
        return published
    return published


def _quote_bounds(text: str, figure: _Figure) -> tuple[int, int]:
    """The clause that states a figure: the figure, what it counts and the event verb."""
    start, end = figure.start, max(figure.end, figure.noun_end)
    if figure.cue is not None:
        start, end = min(start, figure.cue[0]), max(end, figure.cue[1])
    if figure.extra.get("zero"):
        cue = _event_kind(text[figure.end :])
        if cue:
            end = figure.end + cue[1][1]
    if figure.party and figure.partitive:
        end = max(end, figure.noun_end)
    while (
        end < len(text)
        and text[end] in '”’»"'
        and text[start:end].count("“") > text[start:end].count("”")
    ):
        end += 1
    return start, end


def _subject(figure: _Figure) -> str:
    if figure.kind in _TOLL:
        what = figure.party or "people"
        return f"{what} {figure.kind}"
    if figure.kind in ("troops", "fighters", "population"):
        if figure.kind == "population":
            return f"population of {figure.party}" if figure.party else "population"
        return figure.party or figure.kind
    if figure.kind == "distance":
        return "distance"
    if figure.kind == "percent":
        return "share" if not figure.noun else f"share of {figure.noun}"
    return figure.noun or "figure"


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else value


_PLACE = re.compile(
    r"\b(?:in|near|outside|around|at)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][\w’'-]+(?:\s+(?:[A-Z][\w’'-]+|region|province|district|valley|gorge))*)"
)


def _place(text: str, figure: _Figure) -> str | None:
    """Where the figure's event is, if its clause says so: "killed in Port Elin"."""
    if figure.kind in ("distance", "percent", "date", "population"):
        return None
    stretch = text[figure.end :]
    cut = _CUT_AFTER.search(stretch)
    if cut:
        stretch = stretch[: cut.start()]
    match = _PLACE.search(stretch)
    if match is None:
        return None
    place = match.group("place")
    first = place.split()[0].lower()
    lex = lexicon()
    if (
        first in _MONTH_SET
        or first in _WEEKDAYS
        or _agency_of(place)
        or first in lex.sets["determiners"]
    ):
        return None
    return place


def _figure_entry(
    article: Article,
    sentence: _Sentence,
    figure: _Figure,
    source: str,
    via: list[str],
    as_of: DateRef | None,
) -> dict[str, Any]:
    start, end = _quote_bounds(sentence.text, figure)
    estimate = figure.estimate
    unit = estimate.unit or (kinds()[figure.kind].unit if figure.kind in kinds() else None)
    entry: dict[str, Any] = {
        "subject": _subject(figure),
        "kind": figure.kind,
        "party": figure.party,
        "place": None if sentence.headline else _place(sentence.text, figure),
        "figure": figure.text,
        "qualifier": estimate.qualifier.value,
        "low": _number(estimate.low),
        "best": _number(estimate.best),
        "high": _number(estimate.high),
        "unit": unit,
        "as_of": None if as_of is None else str(as_of),
        "attribution": {"source": source, "via": via},
        "quote": sentence.text[start:end],
        "span": [sentence.start + start, sentence.start + end],
        "origin": "extracted",
        "status": Status.UNREVIEWED.value,
    }
    return {k: v for k, v in entry.items() if v is not None or k in ("low", "high")}


def _date_entry(
    article: Article, sentence: _Sentence, date: _Date, source: str, via: list[str]
) -> dict[str, Any]:
    text = sentence.text
    clause_start = max(text.rfind(",", 0, date.start), text.rfind(";", 0, date.start)) + 1
    lead = _tokens(text[clause_start : date.start])[-5:]
    start = clause_start + lead[0].start() if lead else date.start
    after = _EVENT_WORDS.match(text[date.end :])
    event = None
    end = date.end
    if after and not _NOT_EVENT.match(text[date.end :]):
        event = _squash(after.group(0))
        end = date.end + after.end()
    words = [
        t.group(0) for t in lead if t.group(0).lower() not in lexicon().sets["date_event_words"]
    ]
    subject = event or " ".join(words[-3:]) or "date"
    ref = date.ref
    best = ref.midpoint
    entry: dict[str, Any] = {
        "subject": f"date of {subject}",
        "kind": "date",
        "event": event,
        "figure": _squash(date.text),
        "qualifier": "exact" if ref.start == ref.end else "range",
        # Separate objects: a YAML writer would tie one object used twice with an alias.
        "low": dt.date.fromordinal(ref.start.toordinal()),
        "best": dt.date.fromordinal(best.toordinal()),
        "high": dt.date.fromordinal(ref.end.toordinal()),
        "unit": "date",
        "attribution": {"source": source, "via": via},
        "quote": text[start:end],
        "span": [sentence.start + start, sentence.start + end],
        "origin": "extracted",
        "status": Status.UNREVIEWED.value,
    }
    return {k: v for k, v in entry.items() if v is not None}


# --------------------------------------------------------------------------- merging


def _entry_value(entry: dict[str, Any]) -> float | None:
    best = entry.get("best")
    if best is None:
        return None
    if isinstance(best, dt.date):
        return float(best.toordinal())
    if isinstance(best, str):
        ref = dates.parse_dateref(best)
        return None if ref is None else float(ref.start.toordinal())
    return float(best)


def _covers(claim: Claim, entry: dict[str, Any]) -> bool:
    start, end = entry["span"]
    if not (claim.span.start < end and start < claim.span.end):
        return False
    value = _entry_value(entry)
    same_value = value is not None and abs(claim.estimate.best - value) < 1e-9
    same_figure = _squash(claim.figure).lower() == _squash(entry["figure"]).lower()
    return same_value or same_figure


def merge(existing: Sequence[Claim], proposed: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The proposals not already covered by an existing claim (manual, reviewed or rejected):
    one that overlaps an existing claim's span with the same value or figure is covered."""
    kept: list[dict[str, Any]] = []
    for entry in proposed:
        if any(_covers(claim, entry) for claim in existing):
            continue
        if any(
            other["span"] == entry["span"] and _entry_value(other) == _entry_value(entry)
            for other in kept
        ):
            continue
        kept.append(entry)
    return kept
