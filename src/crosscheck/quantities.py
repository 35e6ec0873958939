"""Figures as written ("up to 100", "about 25,000", "a few dozen") into interval estimates.

A figure is a finite number of at most MAX_VALUE (10^15, a thousand trillion) on every side of
its interval: no news figure is larger, and below that bound sums and differences of figures
stay exact enough and finite.  Anything larger is refused as a figure, like one that does not
read; fractions as small as floats hold are values ("about 0.00001").
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable
from decimal import Decimal

from crosscheck import dates
from crosscheck.errors import CrosscheckError
from crosscheck.model import Estimate, Qualifier
from crosscheck.vocab import (
    Hedge,
    Side,
    hedges,
    kinds,
    multipliers,
    number_words,
    trailing_hedges,
    units,
    vague_phrases,
)

# "25,000", "5.7"; "1,23,456" (lakhs set apart, as South Asian English writes them)
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\d{1,2}(?:,\d{2})+,\d{3}$")
_RANGE = re.compile(
    r"^(?:between\s+|from\s+)?(?P<a>.+?)\s*(?:-|–|—|\bto\b|\band\b|\bor\b)\s*(?P<b>.+)$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
_DECIMAL_COMMA = re.compile(r"^\d{1,3},\d{1,2}$")
_SPACED = re.compile(r"^\d{1,3}(?: \d{3})+(?:\.\d+)?$")
_GLUED_SCALE = re.compile(r"^(?P<digits>\d+(?:\.\d+)?)(?P<scale>m|mn|bn)$")
_GLUED = {"m": 1e6, "mn": 1e6, "bn": 1e9}

# Share of the figure that "about" allows at most, and at least.
_ABOUT_CAP = 0.2
_ABOUT_FLOOR = 0.02

MAX_VALUE = 1e15
"""The largest figure (and interval side) crosscheck takes."""


@functools.lru_cache(maxsize=8192)
def parse_number(text: str) -> float | None:
    """The value of one number: digits ("25,000", "5.7"), words ("thirty-three"), or both
    with a scale word ("5.7 million", "two hundred").  None if `text` is not a number."""
    words = _SPACES.sub(" ", text.strip().lower()).replace("-", " ")
    if not words:
        return None
    if words in number_words():
        return float(number_words()[words])
    if words.startswith(("a ", "an ")):
        words = "one " + words.split(" ", 1)[1]
    if _DIGITS.match(words):
        return float(words.replace(",", ""))
    spaced = _SPACES.sub(" ", text.strip())  # (not "10-135", a range)
    if _SPACED.match(spaced):  # "12 000": thousands set apart by spaces
        return float(spaced.replace(" ", ""))
    glued = _GLUED_SCALE.match(words)
    if glued:  # "3m", "1.5bn": a million, a billion
        return float(glued["digits"]) * _GLUED[glued["scale"]]
    head, _, scale = words.rpartition(" ")
    if head and scale in multipliers() and _DIGITS.match(head):
        return float(head.replace(",", "")) * multipliers()[scale]
    if head and scale in multipliers() and _DECIMAL_COMMA.match(head):
        # "1,2 million": a decimal comma, as translated copy writes it before a scale word
        return float(head.replace(",", ".")) * multipliers()[scale]
    if head and scale in ("dozen", "lakh", "crore"):  # "two dozen", "four lakh"
        counted = parse_number(head)
        return None if counted is None else counted * multipliers()[scale]
    if words in multipliers():  # "dozen", "hundred": one of it
        return float(multipliers()[words])
    from text_to_num import text2num  # here: start-up of commands that read digits only

    try:
        return float(text2num(words, "en"))
    except ValueError:
        return None


_ORDINAL = re.compile(r"(?P<n>\d+)(?:st|nd|rd|th)")


def parse_ordinal(text: str) -> int | None:
    """The value of an ordinal: "30th", "first", "twenty-fifth" (text2num's reading, every
    number read as digits); None if `text` is not one."""
    words = _SPACES.sub(" ", text.strip().lower())
    found = _ORDINAL.fullmatch(words)
    if found is None:
        from text_to_num import alpha2digit  # (as in parse_number: start-up)

        found = _ORDINAL.fullmatch(alpha2digit(words, "en", threshold=0))
    return int(found["n"]) if found is not None else None


def roundness_step(value: float) -> float:
    """The place of the last significant digit: 25,000 -> 1,000; 39 -> 1; 5.7e6 -> 1e5."""
    if value <= 0:
        return 1.0
    if value != int(value):
        # The exponent of the shortest decimal that reads back as `value`: 5.7 -> -1, 1e-05 -> -5.
        exponent = Decimal(repr(value)).as_tuple().exponent
        return 10.0 ** int(exponent)
    step = 1
    number = int(value)
    while number % (step * 10) == 0:
        step *= 10
    return float(step)


def tolerance(value: float) -> float:
    """How far "about VALUE" reaches: one step of its last significant digit, at least 2% and
    at most 20% of it.  So the rounder the figure, the wider it reaches."""
    magnitude = abs(value)
    return min(max(roundness_step(magnitude), _ABOUT_FLOOR * magnitude), _ABOUT_CAP * magnitude)


def hedged(
    best: float, qualifier: Qualifier, side: Side = Side.BOTH, unit: str | None = None
) -> Estimate:
    """The interval a hedge puts around `best`."""
    if qualifier is Qualifier.EXACT:
        return Estimate(best, best, best, qualifier, unit)
    if qualifier is Qualifier.AT_LEAST:
        return Estimate(best, best, None, qualifier, unit)
    if qualifier is Qualifier.UP_TO:
        return Estimate(best, None, best, qualifier, unit)
    if side is Side.STEP_ABOVE:
        # ("30-odd": 30 to 39; "100-odd": 100 to 199; "2.5-odd": 2.5 to 2.6)
        step = roundness_step(best)
        return Estimate(best, best, _tidy(best + step - (1 if step > 1 else 0)), qualifier, unit)
    reach = tolerance(best)
    low = best if side is Side.ABOVE else _tidy(best - reach)
    high = best if side is Side.BELOW else _tidy(best + reach)
    return Estimate(best, low, high, qualifier, unit)


def _tidy(value: float) -> float:
    """Round away float noise (0.1 + 0.2) without losing real decimals."""
    return float(round(value, 6))


_DECIMALS = re.compile(r"\d\.(\d+)")


def _converter(written: str, factor: float) -> Callable[[float], float]:
    """How a value written in a unit `factor` times the canonical one is converted: no more
    precise than it was written ("18 miles" is 29 km, not 28.968192; "2.5 miles" 4.0 km;
    "500 metres" 0.5 km), since the conversion cannot add what the writer did not know."""
    if factor == 1:
        return _tidy
    point = _DECIMALS.search(written)
    written_decimals = len(point.group(1)) if point else 0
    decimals = written_decimals + max(0, math.ceil(-math.log10(factor)))
    return lambda value: _tidy(round(value * factor, decimals))


@functools.cache
def _hedges_by_first_letter() -> dict[str, tuple[Hedge, ...]]:
    """The hedges (longest first, as `hedges()` orders them) by their first character: a
    figure is tried only against those that can start it."""
    found: dict[str, list[Hedge]] = {}
    for hedge in hedges():
        found.setdefault(hedge.phrase[:1], []).append(hedge)
    return {first: tuple(group) for first, group in found.items()}


@functools.cache
def _units_longest_first() -> tuple[str, ...]:
    return tuple(sorted(units(), key=len, reverse=True))


@functools.lru_cache(maxsize=8192)
def split_hedge(text: str) -> tuple[str | None, Qualifier, Side, str]:
    """Split a leading hedge off a figure: "up to 100" -> ("up to", UP_TO, Side.BELOW, "100")."""
    lowered = text.lower()
    for hedge in _hedges_by_first_letter().get(lowered[:1], ()):
        if lowered.startswith(hedge.phrase) and (
            len(lowered) == len(hedge.phrase) or not lowered[len(hedge.phrase)].isalnum()
        ):
            rest = text[len(hedge.phrase) :].strip()
            return hedge.phrase, hedge.qualifier, hedge.side, rest
    return None, Qualifier.EXACT, Side.BOTH, text.strip()


@functools.cache
def trailing_hedge() -> re.Pattern[str]:
    """A hedge written after a figure's number (data/qualifiers.yaml `trailing`), from where
    the number ends: a space or a hyphen, then the phrase ("30-odd", "2,000 plus", "40 or
    more"), or "+" glued to the digits ("2,000+"); not one followed by "than" or by digits
    ("12 and more than 30 hurt", "40 plus 12").  Group `phrase`: the hedge as written."""
    spelled = (h.phrase for h in trailing_hedges() if h.phrase[0].isalpha())
    words = "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in spelled)
    return re.compile(
        rf"(?:(?:\s*[-\u2013]\s*|\s+)(?P<phrase>{words})(?![\w-])|(?<=\d)\s*(?P<plus>\+)(?![\w+]))"
        r"(?!\s+than\b)(?!\s*\d)",
        re.IGNORECASE,
    )


@functools.cache
def _trailing_by_phrase() -> dict[str, Hedge]:
    return {hedge.phrase: hedge for hedge in trailing_hedges()}


_NEXT_WORD = re.compile(r"\s+([a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)


def trailing_at(text: str, end: int) -> re.Match[str] | None:
    """The hedge written right after a number that ends at `end` (`trailing_hedge()`), or
    None; not one followed by a number word either ("20 plus three officers": a sum)."""
    match = trailing_hedge().match(text, end)
    if match is None:
        return None
    following = _NEXT_WORD.match(text, match.end())
    if following is not None and parse_number(following.group(1)) is not None:
        return None
    return match


def trailing_of(match: re.Match[str]) -> Hedge:
    """The hedge a `trailing_hedge()` match found."""
    phrase = match.group("phrase") or match.group("plus")
    return _trailing_by_phrase()[_SPACES.sub(" ", phrase.lower())]


def split_trailing(text: str) -> tuple[str, Hedge | None]:
    """Split a hedge written after the figure off its end: "30-odd" -> ("30", the hedge of
    "odd"); ("40 km", None) when there is none."""
    for match in trailing_hedge().finditer(text):
        if match.end() == len(text) and match.start() > 0:
            return text[: match.start()].rstrip(), trailing_of(match)
    return text, None


def split_unit(text: str) -> tuple[str, str | None, float]:
    """Split a trailing unit off a figure: "40 kilometers" -> ("40", "km", 1.0)."""
    lowered = text.lower()
    for word in _units_longest_first():
        if lowered.endswith(word):
            cut = len(text) - len(word)
            head = text[:cut].rstrip(" -")
            joined = cut > 0 and (text[cut - 1] in " -" or text[cut - 1].isdigit())
            if head and (word == "%" or joined):
                unit, factor = units()[word]
                return head, unit, factor
    return text, None, 1.0


def vague(text: str) -> tuple[float, float, float | None] | None:
    """The interval of a vague quantity: "a few dozen" -> (24, 36, 60)."""
    words = _SPACES.sub(" ", text.strip().lower())
    table = vague_phrases()
    if words in table:
        return table[words]
    head, _, scale = words.rpartition(" ")
    if head in table and scale.rstrip("s") in multipliers():
        factor = multipliers()[scale.rstrip("s")]
        low, best, high = table[head]
        return low * factor, best * factor, None if high is None else high * factor
    return None


def _bounded_vague(
    interval: tuple[float, float, float | None], qualifier: Qualifier, side: Side, unit: str | None
) -> tuple[float | None, float, float | None] | None:
    """The (low, best, high) a hedge makes of a vague quantity: "at least a dozen", "nearly a
    dozen" (a dozen is 12), "more than dozens"; None when the hedge adds nothing ("about
    dozens" says no more than "dozens")."""
    low, best, high = interval
    if low == best == high:
        written_in = hedged(best, qualifier, side, unit)
        return written_in.low, best, written_in.high
    if qualifier is Qualifier.AT_LEAST:
        return low, best, None
    if qualifier is Qualifier.UP_TO:
        return None, best, high
    return None


def parse_figure(text: str, kind: str | None = None, reference: dt.date | None = None) -> Estimate:
    """Read a figure as written into an Estimate; raises CrosscheckError if it is not one, or
    if a side of its interval is larger than MAX_VALUE (see `_read_figure`)."""
    estimate = _read_figure(text, kind, reference)
    for value in (estimate.low, estimate.best, estimate.high):
        if value is not None and not abs(value) <= MAX_VALUE:
            raise CrosscheckError(f"{_short(text)} is larger than 10^15, no figure a report states")
    return estimate


def _short(text: str) -> str:
    """`text` quoted, cut to a readable length (a 400-digit figure fills no error line)."""
    return repr(text) if len(text) <= 40 else repr(text[:37] + "...")


def _read_figure(text: str, kind: str | None, reference: dt.date | None) -> Estimate:
    """Read a figure as written into an Estimate; raises CrosscheckError if it is not one.

    "39", "up to 100", "about 25,000", "at least eight", "between 10 and 135", "a few dozen",
    "tens of thousands", "5.7 million", "40 percent", "about 30 miles" (kept in km).  With
    kind="date" the figure is a date ("4 September 2015", "1992-97") in ordinals; a date
    without a year ("September 4") takes it from `reference` (the publication date).
    """
    written = _SPACES.sub(" ", text.strip())
    if not written:
        raise CrosscheckError("the figure is empty")
    if kind == "date":
        return _date_figure(written, reference)
    phrase, qualifier, side, rest = split_hedge(written)
    # A hedge after the number, before or after its unit ("2,000-plus", "30-odd km", "40 km
    # or more"): it counts where none is written before ("some 200 or so": the first).
    rest, after = split_trailing(rest)
    rest, unit, factor = split_unit(rest)
    if after is None:
        rest, after = split_trailing(rest)
    if after is not None and phrase is None:
        phrase, qualifier, side = after.phrase, after.qualifier, after.side
    if unit is None and kind in kinds():
        unit = kinds()[kind].unit
    scale = factor

    interval = vague(rest)
    if interval is not None and phrase is not None:
        bounded = _bounded_vague(interval, qualifier, side, unit)
        if bounded is not None:
            low, best, high = bounded
            return Estimate(
                _tidy(best * scale),
                None if low is None else _tidy(low * scale),
                None if high is None else _tidy(high * scale),
                qualifier,
                unit,
            )
    if interval is not None:
        low, best, high = interval
        return Estimate(
            _tidy(best * scale),
            _tidy(low * scale),
            None if high is None else _tidy(high * scale),
            Qualifier.VAGUE,
            unit,
        )

    value = parse_number(rest)
    if value is not None:
        if value < 0 or math.isinf(value) or math.isnan(value):
            raise CrosscheckError(f"{_short(text)} is not a count (negative or not finite)")
        # Hedge in the units written (the roundness of "30 miles"), then convert.
        written_in = hedged(value, qualifier, side, unit)
        convert = _converter(rest, scale)
        return Estimate(
            convert(written_in.best),
            None if written_in.low is None else convert(written_in.low),
            None if written_in.high is None else convert(written_in.high),
            written_in.qualifier,
            unit,
        )

    ranged = _RANGE.match(rest)
    if ranged:
        end, end_unit, end_factor = split_unit(ranged["b"])
        start = parse_number(ranged["a"])
        stop = parse_number(end)
        if start is not None and stop is not None and start <= stop:
            scale = end_factor if end_unit else scale
            # "5 to 7 million": the scale word of the end applies to the start too.
            tail = end.lower().rsplit(" ", 1)[-1]
            if tail in multipliers() and start < stop / multipliers()[tail]:
                start *= multipliers()[tail]
            # A hedge reaches past each end as it does past one figure ("about 30 to 40":
            # the bottom of "about 30", the top of "about 40"; "nearly" not above the top,
            # "just over" not below the bottom); "at least 30-40" has no top, "up to 30-40"
            # no bottom.
            low = hedged(start, qualifier, side).low
            high = hedged(stop, qualifier, side).high
            convert = _converter(rest, scale)
            return Estimate(
                convert((start + stop) / 2),
                None if low is None else convert(low),
                None if high is None else convert(high),
                # (an open end keeps its hedge's name; both ends bounded, it is a range)
                qualifier if low is None or high is None else Qualifier.RANGE,
                end_unit or unit,
            )
    raise CrosscheckError(
        f"cannot read {_short(text)} as a figure (try '39', 'up to 100', 'about 25,000', "
        "'between 10 and 135', 'a few dozen')"
    )


def _date_figure(written: str, reference: dt.date | None) -> Estimate:
    ref = dates.resolve(written, reference) if reference else dates.parse_date_text(written)
    if ref is None:
        raise CrosscheckError(f"cannot read {written!r} as a date (try '2015-09-04')")
    low, high = float(ref.start.toordinal()), float(ref.end.toordinal())
    best = float(ref.midpoint.toordinal())
    qualifier = Qualifier.EXACT if low == high else Qualifier.RANGE
    return Estimate(best, low, high, qualifier, "date")


def format_value(value: float | None) -> str:
    """A value as people write it: 25000.0 -> "25,000", 5.7 -> "5.7", None -> "?"."""
    if value is None:
        return "?"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")
