"""Plain data types shared by every stage of the pipeline.

articles/*.txt --extract--> claims/*.yaml --load--> Claim --group--> Subject --compare--> Finding
--render--> text.  Everything after the store sees only these frozen records.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any, TypeVar

_T = TypeVar("_T")


def _pickled_by_fields(cls: type[_T]) -> type[_T]:
    """Pickle a frozen dataclass with slots as a call of its constructor with its fields.
    (Pickle's own way sets each field in Python code, through `fields()`: sending 100,000
    claims from a worker process took three times as long.)  Objects shared stay shared."""
    names = [each.name for each in fields(cls)]  # type: ignore[arg-type]
    assert len(names) > 1  # attrgetter of one name gives the value, not a tuple
    values: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*names)

    def __reduce__(self: Any) -> tuple[type[_T], tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


# --------------------------------------------------------------------------- dates


class Precision(str, Enum):
    """How precisely a date is known; the order is from finest to coarsest."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    @property
    def days(self) -> int:
        """Rough width of one unit of this precision, in days."""
        return {"day": 1, "month": 31, "year": 366}[self.value]


@_pickled_by_fields
@dataclass(frozen=True, order=True, slots=True)
class DateRef:
    """A date or date interval as a source gives it.

    `start`..`end` (inclusive) is the interval the wording allows: "1998-11-05" is one day,
    "1998-11" the whole month, "1992/1997" a span of years.  `precision` is the coarsest
    unit used to write it.  Written in claim files as ISO 8601 with reduced precision
    ("2015", "2015-09", "2015-09-04") or an ISO interval "START/END".
    """

    start: dt.date
    end: dt.date
    precision: Precision

    def __str__(self) -> str:
        one = _iso(self.start, self.precision)
        other = _iso(self.end, self.precision)
        return one if one == other else f"{one}/{other}"

    @property
    def midpoint(self) -> dt.date:
        return self.start + (self.end - self.start) / 2


def _iso(day: dt.date, precision: Precision) -> str:
    if precision is Precision.YEAR:
        return f"{day.year:04d}"
    if precision is Precision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True)
class Article:
    """A source text and its metadata; `body` is kept verbatim and spans index into it."""

    id: str
    title: str
    outlet: str
    published: DateRef
    body: str
    url: str | None = None
    path: str | None = None


# --------------------------------------------------------------------------- figures


class Qualifier(str, Enum):
    """How a figure is hedged.  The phrases that map onto each live in data/qualifiers.yaml."""

    EXACT = "exact"  # "12"
    ABOUT = "about"  # "about", "some", "an estimated", "around", "nearly"
    AT_LEAST = "at least"  # "at least", "more than", "over"
    UP_TO = "up to"  # "up to", "as many as", "no more than"
    RANGE = "range"  # "between 10 and 135", "10-135"
    VAGUE = "vague"  # "a few dozen", "tens of thousands"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Estimate:
    """A figure as an interval, the way conflict-event datasets record estimates.

    `low`/`high` are None where the wording leaves that side open ("at least eight" has no
    high; "up to 60" has no low).  `best` is the single most likely value.  For `kind: date`
    claims the three values are proleptic Gregorian ordinals (date.toordinal()).
    """

    best: float
    low: float | None
    high: float | None
    qualifier: Qualifier = Qualifier.EXACT
    unit: str | None = None

    def contains(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def overlaps(self, other: Estimate) -> bool:
        if self.high is not None and other.low is not None and self.high < other.low:
            return False
        return not (other.high is not None and self.low is not None and other.high < self.low)


# --------------------------------------------------------------------------- claims


class Origin(str, Enum):
    MANUAL = "manual"
    EXTRACTED = "extracted"


class Status(str, Enum):
    """Review state.  A rejected claim is kept so the extractor never proposes it again."""

    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"
    REJECTED = "rejected"


def live(claims: Iterable[Claim]) -> list[Claim]:
    """The claims the engine looks at: all but the rejected ones, in the order given."""
    return [claim for claim in claims if claim.status is not Status.REJECTED]


ARTICLE_VOICE = "article"
"""Attribution source for a figure the article states in its own voice."""

OTHER_KIND = "other"
"""The kind of a figure that counts something no other kind names (kinds.yaml)."""

PEOPLE_STATES = ("inside", "stranded", "trapped", "aboard", "present", "allowed")
"""Where the people of a count of no kind are, as the last word of its subject ("people
inside", "people stranded"), or how many a place may hold ("people allowed": a venue's
licensed capacity): the extractor's words, which grouping compares across days."""


def in_a_state(kind: str, words: str) -> bool:
    """Whether a figure of `kind` whose subject reads `words` counts people of no kind where
    they were ("people inside", "people stranded": PEOPLE_STATES)."""
    split = words.split()
    return kind == OTHER_KIND and len(split) >= 2 and split[-1] in PEOPLE_STATES


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Attribution:
    """Who states a figure, and the chain it reached the article through.

    "The health ministry said ..., the AP reported" is
    source="health ministry", via=("AP",).  `via` runs from the outlet that
    relayed it last back toward the source.
    """

    source: str = ARTICLE_VOICE
    via: tuple[str, ...] = ()

    @property
    def origin(self) -> str:
        """The first-hand source: where the figure comes from, however it travelled."""
        return self.source


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets [start, end) of the quote in the article body."""

    start: int
    end: int


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Claim:
    """One figure an article states, with what it counts, who says it, and where it is."""

    id: str
    article: str
    subject: str
    kind: str
    figure: str
    estimate: Estimate
    quote: str
    span: Span
    attribution: Attribution = field(default_factory=Attribution)
    party: str | None = None
    place: str | None = None
    from_place: str | None = None  # a distance's endpoints (YAML keys `from`, `to`)
    to_place: str | None = None
    event: str | None = None
    as_of: DateRef | None = None  # the date of the count
    about: DateRef | None = None  # the date of the event the figure is about
    origin: Origin = Origin.MANUAL
    status: Status = Status.UNREVIEWED
    group: str | None = None  # pinned by hand: wins over automatic grouping
    note: str | None = None


# --------------------------------------------------------------------------- findings


class Verdict(str, Enum):
    """What the engine concludes about a group of figures, from worst to best."""

    CONTRADICTION = "contradiction"
    TENSION = "tension"
    UPDATE = "update"
    CHANGED = "changed"
    CONSISTENT = "consistent"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Subject:
    """Claims the engine judged to measure the same quantity."""

    key: str  # stable identifier, e.g. "killed|government soldiers|1998-11"
    label: str  # in words, e.g. "government soldiers killed"
    kind: str
    claims: tuple[Claim, ...]
    reasons: tuple[str, ...] = ()  # why these claims were put together


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Finding:
    """The verdict on one subject: how serious, and why, in one line."""

    subject: Subject
    verdict: Verdict
    severity: float  # 0 (agreement) .. 1 (flat contradiction)
    explanation: str
    origins: tuple[tuple[str, int], ...] = ()  # (claim id, independent origins behind its figure)
