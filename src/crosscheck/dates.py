"""Dates as sources write them, into DateRef intervals with a precision.

Two readers: `parse_dateref` for the ISO forms claim files use ("2015", "2015-09",
"2015-09-04", "START/END"), and `parse_date_text` / `resolve` for the words of articles
("September 4", "on Friday", "last year", "two weeks ago"), resolved against the article's
publication date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import ParamSpec

from crosscheck.model import DateRef, Precision

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_DAY_FIRST = re.compile(rf"^{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?$", re.IGNORECASE)
_MONTH_FIRST = re.compile(rf"^{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?$", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"^{_MONTH},?\s+{_YEAR}$", re.IGNORECASE)
_YEAR_SPAN = re.compile(r"^(?P<a>\d{4})\s*(?:-|–|—|to|/)\s*(?P<b>\d{2}|\d{4})$")
_NUMERIC = re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})$")
_AGO = re.compile(
    r"^(?P<n>[\w-]+)\s+(?P<unit>day|week|month|year)s?\s+ago(?P<today>\s+today)?$", re.IGNORECASE
)
_LAST = re.compile(r"^(?:last|previous)\s+(?P<unit>week|month|year)$", re.IGNORECASE)
_THIS = re.compile(r"^(?:this|earlier this|later this)\s+(?P<unit>week|month|year)$", re.IGNORECASE)
_P = ParamSpec("_P")
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def day(on: dt.date) -> DateRef:
    return DateRef(on, on, Precision.DAY)


def month(year: int, month_: int) -> DateRef:
    last = calendar.monthrange(year, month_)[1]
    return DateRef(dt.date(year, month_, 1), dt.date(year, month_, last), Precision.MONTH)


def year(year_: int) -> DateRef:
    return DateRef(dt.date(year_, 1, 1), dt.date(year_, 12, 31), Precision.YEAR)


def span(first: DateRef, last: DateRef) -> DateRef:
    """The interval from the start of `first` to the end of `last`, at the coarser precision."""
    coarser = max(first.precision, last.precision, key=lambda p: p.days)
    return DateRef(first.start, last.end, coarser)


def parse_dateref(value: object) -> DateRef | None:
    """Read a claim-file date: a date, a year as int, "YYYY[-MM[-DD]]" or "START/END".
    None if it is not one of those (or names an impossible day)."""
    if isinstance(value, dt.datetime):
        return day(value.date())
    if isinstance(value, dt.date):
        return day(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        return year(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if "/" in text:
        first, _, last = text.partition("/")
        a, b = parse_dateref(first), parse_dateref(last)
        if a is None or b is None or b.end < a.start:
            return None
        return span(a, b)
    match = _ISO.match(text)
    if not match:
        return None
    y, m, d = (int(g) if g else None for g in match.groups())
    assert y is not None
    try:
        if m is None:
            return year(y)
        if d is None:
            return month(y, m)
        return day(dt.date(y, m, d))
    except ValueError:
        return None


def _in_calendar(read: Callable[_P, DateRef | None]) -> Callable[_P, DateRef | None]:
    """`read`, giving None for a date beyond the calendar Python knows (years 1 to 9999):
    "next week" in an article published 9999-12-31, "a year ago" in one of 0001-01-01."""

    @functools.wraps(read)
    def reader(*args: _P.args, **kwargs: _P.kwargs) -> DateRef | None:
        try:
            return read(*args, **kwargs)
        except (OverflowError, ValueError):
            return None

    return reader


FUTURE_DAYS = 60
"""How far after a story's date a day named without a year may be: news names the coming
weeks' days (a vote, a deadline) without their year, and a day further back than the
year's rest with it."""


@_in_calendar
def parse_date_text(text: str, reference: dt.date | None = None) -> DateRef | None:
    """Read an absolute date as articles write it: "4 September 2015", "September 4, 2015",
    "June 1997", "1998", "1992-97", "7/27/2016", or ISO.  A day and month without a year
    ("September 4") take the year of `reference` (the latest such day not after it +
    FUTURE_DAYS: "schools will reopen on Feb. 5" in a January story is the coming one)."""
    words = " ".join(text.strip().rstrip(".,").split())
    iso = parse_dateref(words)
    if iso is not None:
        return iso
    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        match = pattern.match(words)
        if match:
            return _day_month(match, reference)
    match = _MONTH_YEAR.match(words)
    if match:
        return month(int(match["year"]), _MONTHS[match["month"].lower()])
    match = _YEAR_SPAN.match(words)
    if match:
        first = int(match["a"])
        last = int(match["b"]) if len(match["b"]) == 4 else first // 100 * 100 + int(match["b"])
        if last < first:
            last += 100
        return span(year(first), year(last))
    match = _NUMERIC.match(words)
    if match:
        try:
            return day(dt.date(int(match["y"]), int(match["m"]), int(match["d"])))
        except ValueError:
            return None
    return None


def _day_month(match: re.Match[str], reference: dt.date | None) -> DateRef | None:
    month_ = _MONTHS[match["month"].lower()]
    day_ = int(match["day"])
    try:
        if match["year"]:
            return day(dt.date(int(match["year"]), month_, day_))
        if reference is None:
            return None
        candidate = dt.date(reference.year, month_, day_)
        if candidate > reference + dt.timedelta(days=FUTURE_DAYS):
            candidate = dt.date(reference.year - 1, month_, day_)
        return day(candidate)
    except ValueError:
        return None


@_in_calendar
def resolve(phrase: str, published: dt.date) -> DateRef | None:
    """Resolve a date phrase against the publication date: weekdays ("Friday", "on Thursday"
    = the latest such day on or before publication; "last Thursday" = the one of the week
    before publication's), "yesterday", "today", "last year",
    "this month", "two weeks ago", and anything `parse_date_text` reads."""
    words = " ".join(phrase.strip().lower().rstrip(".,").split())
    for prefix in ("on ", "since ", "by ", "as of ", "in ", "until ", "late ", "early "):
        if words.startswith(prefix):
            words = words[len(prefix) :]
    if words in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return day(published)
    if words in ("yesterday", "last night"):
        return day(published - dt.timedelta(days=1))
    bare = words.removesuffix(" morning").removesuffix(" evening").removesuffix(" night")
    if bare.startswith("last ") and bare[5:] in _WEEKDAYS:
        # "last Thursday" in a report of Friday: the Thursday of the week before (the day
        # before would be "Thursday" or "yesterday")
        monday = published - dt.timedelta(days=published.weekday())
        return day(monday - dt.timedelta(days=7 - _WEEKDAYS[bare[5:]]))
    if bare in _WEEKDAYS:
        back = (published.weekday() - _WEEKDAYS[bare]) % 7
        return day(published - dt.timedelta(days=back))
    from dateutil.relativedelta import relativedelta  # here: start-up of commands that only read

    match = _AGO.match(words)
    count = _count_of(match["n"]) if match else None
    if match and count is not None:
        unit = match["unit"]
        when = published - relativedelta(**{unit + "s": count})  # type: ignore[arg-type]
        # ("thirty years ago today": that very day)
        return day(when) if match["today"] else _at(when, unit)
    match = _LAST.match(words)
    if match:
        unit = match["unit"]
        return _at(published - relativedelta(**{unit + "s": 1}), unit)  # type: ignore[arg-type]
    match = _THIS.match(words)
    if match:
        return _at(published, match["unit"])
    return parse_date_text(words, published)


def _count_of(written: str) -> int | None:
    """A count of days, weeks, months or years before "ago", 1 to 99, in digits or words
    ("two", "thirty", "forty-five")."""
    if written in _SMALL_NUMBERS:
        return _SMALL_NUMBERS[written]
    from crosscheck.quantities import parse_number  # (quantities reads dates)

    value = parse_number(written)
    return int(value) if value is not None and value.is_integer() and 1 <= value < 100 else None


def _at(when: dt.date, unit: str) -> DateRef:
    if unit == "year":
        return year(when.year)
    if unit == "month":
        return month(when.year, when.month)
    if unit == "week":
        start = when - dt.timedelta(days=when.weekday())
        return DateRef(start, start + dt.timedelta(days=6), Precision.DAY)
    return day(when)
