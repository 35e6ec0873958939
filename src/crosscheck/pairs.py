"""How two figures of one subject stand to each other: the verdict on a pair.

The terms:

- slack of a figure: half the width of its interval, or for an open-ended one ("at least
  8", "up to 60") the rounding tolerance of its figure (quantities.tolerance);
- the figures differ materially when their best estimates are further apart than the larger
  slack of the two;
- the stated interval of a count is its Estimate, except that "up to N" / "as many as N" is
  read as putting N forward (the interval N minus its tolerance .. N), since that is how a
  source advances a high count, while "at least N" stays a floor open above.  Measures and
  dates keep their plain intervals;
- same time: the dates (`as_of`, else the article's publication date) overlap.

The verdicts, one rule each:

- contradiction: at the same time (or for any time, for a measure), the figures differ
  materially and their stated intervals do not overlap (12 vs up to 60 soldiers killed on one day);
- tension: at the same time, the figures differ materially but their stated intervals
  overlap (at least 6 vs 25; a few km vs within 20 km); and a toll that a later report
  revises down, giving the earlier figure as the count it corrects ("revised the death toll
  down to 21 from 27", `_revises`): a correction, not a rival estimate, but a toll does not
  fall, so one of the two counts was wrong and the reader should see which stands;
- update: a toll counted on different days, the later figure materially higher (7 gunmen
  killed on 3 March, a total of 16 by 8 March), or counted over a longer period
  that contains the other's and higher ("2021-03-03/2021-03-08" vs "2021-03-03"): a
  running count, not a dispute.  Except an official toll followed by a figure a tenth higher
  or more (CRITICS_RATIO) from the authorities' critics (rights groups, the opposition,
  witnesses: `camp`, words in sources.yaml): the critics dispute the count, so the pair is
  judged as if at the same time (a rights group's 86 after the government's 84 carries the
  count on);
  and except a count of a side's people followed by a higher count of them from a source
  of another country (`_adversary_above`: 7 of its soldiers killed, the country or a wire
  says; 40, says its adversary): the other side disputes the count;
  and except a ceiling or range from another named source FLOOR_RATIO times the count or
  more (`_ceiling_above`: 133 dead, the police say; "up to 2,000", says the other side),
  or a ceiling CEILING_RATIO times an official count from outside the authorities: a
  rival scale, as against a floor; a running toll is counted, not bounded;
  and except a count from another source above an earlier cap (`_above_a_cap`: "no more
  than 200", the army says; 5,000, say others): the cap denied it;
  and except a count of people taken in one event (kinds.yaml `taken_once`: hostages)
  followed by a higher count from another source (`_recounted_taken`: 42 pupils abducted,
  the police say; 89, the school says the next day): no one is taken after the raid (nor
  escapes after a breakout);
  and except, within the week (SETTLED_DAYS), a higher count from a named source of
  neither camp that is no UN body nor a news outlet (`_outsider_above`: 30 dead, the army
  says; 40, a civic leader says the next day): it may carry the official count on or set
  its own against it, so the pair is a tension; and so, within the week, a higher count
  from a town's own authorities after the state's (`_local_above`: eight dead, the army says;
  thirty, the mayor says);
  and except a higher figure the count walks back (`_walked_back`): its own article sets
  against it, at its time or after, a figure for the same party at or below the earlier
  one and SHARP_RATIO times lower ("claims of 900 civilians killed"; "fewer than 40
  civilians, rights groups say"),
  or its side's own count, a week or more later, lies between the two (sources of one
  country said 120, then 310, then 180 two weeks on: the 310 overshoots): the higher figure
  is disputed, not a step of the count, and is judged as if at the same time;
- changed: a stock (troops, population) stated more than STOCK_HORIZON_DAYS apart, the
  figures materially different (3.1 million in 2001, 4.6 million in 2019), unless a town's
  people differ by more than it could grow in the time (POPULATION_GROWTH: "a town of 2,500",
  then "of roughly 10,000" 13 months later, is a dispute about its size).  A count that
  moves both ways (the missing: people are found, or confirmed dead; kinds.yaml
  `horizon_days`, compared as a "level") is a change when it falls, at any gap (60 missing,
  then 12: people found), and when it rises over more than its horizon; a rise within the
  horizon is a dispute (60, then 130 four days later); two counts of a crowd are one
  gathering's when both name its day, or when one names it and the other, naming none but
  its article's, was reported within the horizon after (`_one_gathering`): a dispute;
- consistent: the figures do not differ materially (the same figure from two sources, or
  within the slack of a rounded one; two distances within DISTANCE_AGREE of each other).

A lower bound ("at least 117", "more than 100") agrees with any figure at or above it:
consistent, not a tension; except a rival scale: a ceiling or a critic's figure from another
source FLOOR_RATIO times the floor or more ("at least 1,100", the ministry says; "as many as
5,000", a lawyers' group says) is a tension (`_within_floor`).

A toll whose later figure is materially lower is judged as if at the same time (a count
does not shrink), unless its own report revises the earlier figure down (a tension, above).  Dates
are always stated with the gap between them when they differ ("14 months apart").  Each
finding explains its worst pair (ties: two named, different sources first, then claim ids)
and notes an update behind a worse verdict.

Severity (0..1): contradiction 0.4 + 0.6 x gap, tension 0.2 + 0.4 x gap, update 0.1 x gap,
changed 0.05 x gap, consistent 0, where gap is the relative difference of the best
estimates (|a - b| / max(|a|, |b|); for dates, days / 365), capped at 1.  Then +0.05 for each
independent origin beyond the first behind the weaker of the two figures, at most +0.1, and
x MEASURE_WEIGHT for figures that are not counts of people.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from crosscheck import names, places, quantities, vocab
from crosscheck.model import (
    ARTICLE_VOICE,
    OTHER_KIND,
    Article,
    Claim,
    DateRef,
    Estimate,
    Qualifier,
    Verdict,
    in_a_state,
)
from crosscheck.origins import camp, international, local, newsroom, same_origin, unnamed
from crosscheck.parties import read_party
from crosscheck.profiles import about_stated, when_of

STOCK_HORIZON_DAYS = 365
"""Figures of a stock further apart than this are compared as a change, not a dispute."""

SHARP_RATIO = 5.0
"""Two tolls of one party, event and place that one source gives in one article are the same
count twice (or a part of it, said in passing) unless one is this many times the other: then
the source has revised its count sharply ("as many as 3,000 at first, 120 now") and the two
are compared like figures of two sources (compare.py).  A higher figure is disputed in its
own report only by a count this many times lower (`_walked_back`)."""


def sharp(a: float, b: float) -> bool:
    """Two figures of one count SHARP_RATIO or more times apart."""
    low, high = sorted((abs(a), abs(b)))
    return high >= SHARP_RATIO * low


SETTLED_DAYS = 7
"""A side's own lower count this many days or more after a higher figure is its settled
count, which the higher figure overshoots (`_walked_back`); a lower count sooner may only lag
behind (a second agency a day late)."""

MEASURE_WEIGHT = 0.5
"""Severity factor for figures that are not counts of people (distances, percentages, dates,
other): these are mostly descriptive ("within a few kilometers") and rarely the dispute."""

RANK = {
    Verdict.CONTRADICTION: 4,
    Verdict.TENSION: 3,
    Verdict.UPDATE: 2,
    Verdict.CHANGED: 1,
    Verdict.CONSISTENT: 0,
}
COUNT_NATURES = ("toll", "stock", "level")


@dataclass(frozen=True)
class Relation:
    """How two claims of one subject stand to each other (`first` is the earlier/lower)."""

    first: Claim
    second: Claim
    verdict: Verdict
    severity: float
    explanation: str


@cache
def _rounded(kind: str) -> bool:
    """Whether a round figure of `kind` stands for the range it is rounded from."""
    spec = vocab.kinds().get(kind)
    return spec is not None and spec.rounded


def slack_of(estimate: Estimate) -> float:
    if estimate.low is not None and estimate.high is not None:
        return (estimate.high - estimate.low) / 2 or decimal_slack(estimate.best)
    return quantities.tolerance(estimate.best)


def decimal_slack(value: float) -> float:
    """Half a unit of the last decimal a figure is written to ("79.7 percent": 0.05, so
    79.67 is the same figure rounded); 0 for a whole number."""
    decimals = _decimals(value)
    return 0.5 * 10**-decimals if decimals else 0.0


def _rounded_alike(a: Point, b: Point) -> bool:
    """Two exact shares one of which is the other rounded to its precision: "59 percent"
    turnout and "58.9 percent" (not 79 and 80 percent: both whole, two figures)."""
    ea, eb = a.claim.estimate, b.claim.estimate
    if not vocab.is_share(a.claim.kind) or ea.unit not in (None, vocab.SHARE_UNIT):
        return False
    if ea.qualifier is not Qualifier.EXACT or eb.qualifier is not Qualifier.EXACT:
        return False
    coarse, fine = sorted((a.best, b.best), key=_decimals)
    digits = _decimals(coarse)
    return _decimals(fine) > digits and round(fine, digits) == coarse


def _distances_alike(a: Point, b: Point) -> bool:
    """Two distances within DISTANCE_AGREE of each other ("80 km" and "50 miles (80 km)"; a
    road's length and a straight line's): a conversion's rounding, not a rival figure."""
    return (
        a.claim.kind == "distance"
        and b.claim.kind == "distance"
        and abs(a.best - b.best) <= DISTANCE_AGREE * max(abs(a.best), abs(b.best))
    )


DISTANCE_AGREE = 0.05
"""The share of the longer of two distances within which they agree (_distances_alike)."""


def _recounted(a: Point, b: Point) -> bool:
    """Two shares one named source gave on different days (an electoral commission's
    preliminary 53.9 percent, then its final 54.1): its count went on, no rival figure."""
    return (
        vocab.is_share(a.claim.kind)
        and not a.voiced
        and not b.voiced
        and same_origin(a.source, b.source)
    )


def _decimals(value: float) -> int:
    """How many decimals a figure is written to (to six)."""
    text = f"{round(value, 6):.6f}".rstrip("0")
    return len(text) - text.index(".") - 1


def stated(estimate: Estimate, count: bool) -> tuple[float, float]:
    """The interval a figure states (see the module docstring)."""
    low = -math.inf if estimate.low is None else estimate.low
    high = math.inf if estimate.high is None else estimate.high
    if low == high:
        low, high = low - decimal_slack(low), high + decimal_slack(high)
    if count and estimate.qualifier is Qualifier.UP_TO and estimate.high is not None:
        low = estimate.high - quantities.tolerance(estimate.high)
    return low, high


_CAP = re.compile(
    r"^\W*(?:no|not)\s+more\s+than\b|^\W*(?:at\s+most|a\s+maximum\s+of|not\s+exceeding)\b",
    re.IGNORECASE,
)


def capped(figure: str) -> bool:
    """Whether a figure's words cap it ("not more than 75", "no more than 75", "at most 75"):
    a count denying more, not one put forward as "up to 75" puts it."""
    return _CAP.match(figure) is not None


def _one_gathering(a: Point, b: Point, horizon: int) -> bool:
    """Whether two counts of a crowd (kinds.yaml `people: crowd`) count one gathering: both
    name its one day, however many days apart they were given (a later, lower count of it
    is a dispute, not a smaller crowd of another day); or one names the day and the other,
    naming none but its article's, was reported within the kind's `horizon` after it ("about
    4,500 supporters ran onto the pitch on Saturday"; "some 1,800 fans poured onto the
    pitch", a paper said on Monday)."""
    spec = vocab.kinds().get(a.claim.kind)
    if spec is None or spec.people != "crowd":
        return False
    day = a.claim.about
    if day is not None and day == b.claim.about and day.start == day.end:
        return True
    if a.dated == b.dated:
        return False
    stated, reported = (a, b) if a.dated else (b, a)
    day, when = stated.claim.about, reported.when
    return (
        day is not None
        and when is not None
        and day.start <= when.start
        and (when.start - day.end).days <= horizon
    )


def days_apart(a: DateRef | None, b: DateRef | None) -> int:
    """Days between two date intervals (0 when they overlap or one is unknown)."""
    if a is None or b is None:
        return 0
    if a.end < b.start:
        return (b.start - a.end).days
    if b.end < a.start:
        return (a.start - b.end).days
    return 0


def gap_words(a: DateRef | None, b: DateRef | None) -> str:
    """How far apart two dates are, in words: "5 days", "15 months", "17 years"."""
    if a is None or b is None:
        return ""
    days = abs((b.midpoint - a.midpoint).days)
    if days < 60:
        return f"{days} day{'s' if days != 1 else ''}"
    months = round(days / 30.44)
    if months < 24:
        return f"{months} months"
    return f"{round(days / 365.25)} years"


def source_words(claim: Claim, articles: Mapping[str, Article]) -> str:
    source = claim.attribution.source
    if source == ARTICLE_VOICE:
        article = articles.get(claim.article)
        source = article.outlet if article else claim.article
    if claim.attribution.via:
        source += " via " + ", ".join(claim.attribution.via)
    return source


def describe(claim: Claim, articles: Mapping[str, Article]) -> str:
    """A figure with its source and date: "12 (army spokesman, 2001-05-04)"."""
    when = when_of(claim, articles)
    where = source_words(claim, articles) + (f", {when}" if when else "")
    return f"{claim.figure} ({where})"


def difference(a: Estimate, b: Estimate, kind: str) -> str:
    delta = abs(a.best - b.best)
    if kind == "date":
        return f"{round(delta)} days"
    return quantities.format_value(delta)


def relative_gap(a: float, b: float, kind: str) -> float:
    """The relative difference of two best estimates (for dates, in years), at most 1."""
    delta = abs(a - b)
    if kind == "date":
        return min(1.0, delta / 365)
    scale = max(abs(a), abs(b))
    return min(1.0, delta / scale) if scale else 0.0


def _covers(wide: DateRef, narrow: DateRef) -> bool:
    """`wide` contains `narrow` and is longer ("2015-09-04/2015-09-09" covers "2015-09-04")."""
    return (
        wide.start <= narrow.start
        and narrow.end <= wide.end
        and (wide.end - wide.start) > (narrow.end - narrow.start)
    )


class Point:
    """What comparing needs of one claim, computed once per claim (pairs are many: plain
    attributes, dates as day numbers)."""

    __slots__ = (
        "claim", "id", "article", "best", "unit", "when", "mid", "slack", "low", "high", "voiced",
        "source", "camp", "own_low", "later_low", "revised_from", "said", "officials_beside",
        "stage", "disputing", "corrects", "risen_to", "monitor", "capped", "dated", "above",
        "raised",
    )  # fmt: skip

    def __init__(self, claim: Claim, articles: Mapping[str, Article], count: bool) -> None:
        when = when_of(claim, articles)
        self.claim = claim
        self.id = claim.id
        self.article = claim.article
        self.best = claim.estimate.best
        self.unit = claim.estimate.unit
        self.when = when
        self.mid = when.midpoint if when else None
        self.slack = slack_of(claim.estimate)
        if claim.estimate.qualifier is Qualifier.EXACT and _rounded(claim.kind):
            # "a city of 500,000": rounded to the nearest 100,000 (kinds.yaml `rounded`)
            self.slack = max(self.slack, quantities.roundness_step(self.best) / 2)
        # (a cap, "not more than 75", denies more; it does not put its figure forward)
        self.capped = capped(claim.figure)
        self.low, self.high = stated(claim.estimate, count and not self.capped)
        source = claim.attribution.source
        self.voiced = source == ARTICLE_VOICE  # in the article's own voice
        self.source = names.plain(source)  # to order equally bad pairs
        self.camp = camp(source)
        if self.voiced and claim.article in articles:
            # A rights group's own release counts in its own voice ("our monitors have
            # documented more than 900 detentions"): its figures are the critics'; a state
            # news agency's own words are the authorities' (sources.yaml by the outlet's name).
            outlet = camp(articles[claim.article].outlet)
            self.camp = outlet if outlet in ("critics", "official") else self.camp
        # Said by a United Nations body: by name, or in the own voice of its release ("the
        # UN mission, press release": its article's outlet).
        self.monitor = international(source) or (
            self.voiced
            and claim.article in articles
            and international(articles[claim.article].outlet)
        )
        # Whether it names the day of its event, not only its article's (`_one_gathering`).
        self.dated = about_stated(claim, articles.get(claim.article))
        # Set by `mark_walk_backs` for the figures of one subject (see `_walked_back`).
        self.own_low: tuple[float, float] | None = None
        self.later_low: tuple[float, float] | None = None
        # Set by `mark_walk_backs`: the higher earlier counts its own article revises down.
        self.revised_from: tuple[tuple[float, float], ...] = ()
        self.said = ""  # `described`: made once, a subject's findings name a figure often
        # Set by `lend_camps`: the official figures its own article gives beside it.
        self.officials_beside: frozenset[float] = frozenset()
        article = articles.get(claim.article)
        # (its sentence found once for the three readings of it below)
        sentence = _sentence_of(claim, article.body) if article is not None else None
        # Where it stands in a passage its article tells the toll rising in, if it does.
        self.stage = _stage(claim, article)
        # Whether its own sentence sets it against the count as "the real toll" (`_disputing`).
        self.disputing = _disputing(claim, article, sentence)
        # The counts its own sentence sets it above ("far more than the nine reported").
        self.above = _figures_after(claim, article, _ABOVE_THE, sentence)
        # Whether a ceiling or range is told as the toll's new level ("the toll had risen
        # to| between 40 and 50"): a step of it, not a rival scale (`_ceiling_above`).
        self.risen_to = claim.estimate.qualifier in (Qualifier.UP_TO, Qualifier.RANGE) and (
            _risen_to(claim, article)
        )
        # Whether the words before it raise a toll to it ("the Red Cross raised the toll
        # to| 63"): told as the toll's next step.
        self.raised = _raised_to(claim, article)
        # The earlier counts its own sentence says it corrects ("640 broke out, not 510 as
        # first reported"), for a count of one event (`_recounted_taken`).
        spec = vocab.kinds().get(claim.kind)
        self.corrects = (
            _figures_after(claim, article, _CORRECTED, sentence)
            if spec is not None and spec.taken_once
            else frozenset()
        )


# "The toll rose steadily through the night.": a sentence with no figure of its own that
# tells the count rising; the figures after it in its paragraph are the steps.
_RISE = re.compile(
    r"\b(?:toll|tolls|tally|count|figure|number\s+of\s+(?:the\s+)?(?:dead|deaths|injured|"
    r"wounded|casualties|victims))\s+(?:\w+\s+)?(?:rose|climbed|mounted|grew|soared|surged|kept\s+(?:rising|"
    r"climbing)|continued\s+to\s+(?:rise|climb))\b(?![^.!?\n]*\d)[^.!?\n]*[.!?]",
    re.IGNORECASE,
)


def _stage(claim: Claim, article: Article | None) -> int | None:
    """The position of a claim's figure in a passage its article tells a toll rising in
    (`_RISE`, to the end of its paragraph), or None."""
    if article is None:
        return None
    at = figure_at(claim)
    for start, end in _rises(article.body):
        if start <= at < end:
            return at
    return None


def figure_at(claim: Claim) -> int:
    """Where a claim's figure starts in its article: in its quote, which may run on before
    it ("put it at about 20 overnight and at 61": two figures, one quote's start)."""
    return claim.span.start + max(0, claim.quote.find(claim.figure))


def _disputing(
    claim: Claim, article: Article | None, sentence: tuple[int, int] | None = None
) -> bool:
    """Whether a figure's own sentence calls it the real count ("a security source said the
    real toll was between 40 and 50", "the true number is 60"): set against the count given
    so far, a dispute of it, not its next step.  `sentence`: `_sentence_of` the claim, if
    known."""
    if article is None:
        return False
    start, _ = sentence or _sentence_of(claim, article.body)
    # (to the quote's end: the quote may hold the words, "real toll was between 40 and 50")
    end = claim.span.end
    return _may_match(_REAL_COUNT_WORDS, article.body, start, end) and (
        _REAL_COUNT.search(article.body, start, end) is not None
    )


_RISEN_TO = re.compile(
    r"\b(?:risen|rose|rises|climbed|climbs|jumped|increased|grown|grew|mounted|reached"
    r"|reaches)\s+(?:to\s+)?$",
    re.IGNORECASE,
)
_RISEN_TO_WORDS = (
    "risen", "rose", "rises", "climbed", "climbs", "jumped", "increased", "grown", "grew",
    "mounted", "reached", "reaches",
)  # fmt: skip


def _risen_to(claim: Claim, article: Article | None) -> bool:
    """Whether the words just before a claim's figure tell a count rising to it."""
    if article is None:
        return False
    start = claim.span.start
    return _may_match(_RISEN_TO_WORDS, article.body, max(0, start - 40), start) and (
        _RISEN_TO.search(article.body, max(0, start - 40), start) is not None
    )


_RAISED_TO = re.compile(
    r"\b(?:raised|raising|raises|pushed|revised|put)\s+(?:up\s+)?(?:the|its|their|his|her)\s+"
    r"(?:(?:death|casualty|overall|official)\s+)?(?:toll|count|tally|figure)\s+"
    # ("raising the toll from the protests to| 9", "raised the death toll in the province to|")
    r"(?:(?:from|of|in|on)\s+[^.;:,]{1,40}?\s+)?(?:up\s+)?to\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some)\s+)?$",
    re.IGNORECASE,
)
_RAISED_TO_WORDS = ("raised", "raising", "raises", "pushed", "revised", "put")


def _raised_to(claim: Claim, article: Article | None) -> bool:
    """Whether the words just before a claim's figure raise a toll to it ("the Red Cross
    raised the toll to| 63")."""
    if article is None:
        return False
    start = figure_at(claim)
    return _may_match(_RAISED_TO_WORDS, article.body, max(0, start - 60), start) and (
        _RAISED_TO.search(article.body, max(0, start - 60), start) is not None
    )


def _raised(earlier: Point, later: Point) -> bool:
    """A higher figure its own article gives on the same day as raising the toll ("President
    Lee said late on Saturday that 41 people had been killed. On Sunday the Red Cross raised
    the toll to 63"): the toll's next step, not a rival count."""
    return later.raised and later.article == earlier.article and earlier.best not in later.above


_CONTRAST = re.compile(
    r"\b(?:however|but|disputed?|disputes|disputing|contradict(?:ed|s|ing)?|rejected|rejects"
    r"|challenged|insisted|insists)\b",
    re.IGNORECASE,
)
_CONTRAST_WORDS = (
    "however", "but", "disput", "contradict", "rejected", "rejects", "challenged", "insisted",
    "insists",
)  # fmt: skip


def contrasted(claim: Claim, article: Article | None) -> bool:
    """Whether a figure's own sentence sets it against another ("a council member, however,
    said more than 1,000", "disputed the figure, saying ...")."""
    if article is None:
        return False
    start, end = _sentence_of(claim, article.body)
    return _may_match(_CONTRAST_WORDS, article.body, start, end) and (
        _CONTRAST.search(article.body, start, end) is not None
    )


def _sentence_of(claim: Claim, body: str) -> tuple[int, int]:
    """Where the sentence of a claim's quote starts and ends in its article's body (a full
    stop or a line break on either side)."""
    at, end = claim.span.start, claim.span.end
    start = max(body.rfind(".", 0, at), body.rfind("\n", 0, at)) + 1
    stops = [p for p in (body.find(".", end), body.find("\n", end)) if p >= 0]
    return start, min(stops, default=len(body))


def _figures_after(
    claim: Claim,
    article: Article | None,
    pattern: re.Pattern[str],
    sentence: tuple[int, int] | None = None,
) -> frozenset[float]:
    """The figures `pattern` (its first group) finds in a claim's own sentence after it:
    those it says it replaces (_CORRECTED), those it sets itself above (_ABOVE_THE).
    `sentence`: `_sentence_of` the claim, if known."""
    if article is None:
        return frozenset()
    _, end = sentence or _sentence_of(claim, article.body)
    words = _FIRST_WORDS.get(pattern)
    if words is not None and not _may_match(words, article.body, claim.span.end, end):
        return frozenset()
    found = (
        quantities.parse_number(m.group(1))
        for m in pattern.finditer(article.body, claim.span.end, end)
    )
    return frozenset(n for n in found if n is not None)


# "at least 38 remained unaccounted for, more than twice the 17 missing announced by the
# government", "more than 24 were wounded, far more than the nine officially reported":
# counts the figure disputes, known when it was given (never steps it follows on from).
_ABOVE_THE = re.compile(
    r"\b(?:more|higher|greater|larger)\s+than\s+(?:twice\s+|double\s+|three\s+times\s+)?"
    r"the\s+(?:(?:official|government's|authorities'|official\s+\w+)\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)\b",
    re.IGNORECASE,
)


# "640 inmates broke out, not 510 as first reported", "up from 510", "instead of 510": the
# figures it replaces.
_CORRECTED = re.compile(
    r"\b(?:not|up\s+from|instead\s+of|rather\s+than|revised\s+from)\s+(?:the\s+)?"
    r"(?:(?:previous|earlier|initial|first)\s+)?(\d{1,3}(?:,\d{3})*|\d+)\b",
    re.IGNORECASE,
)


_REAL_COUNT = re.compile(
    r"\b(?:real|true|actual|correct)\s+(?:death\s+)?(?:toll|number|figure|count|tally)\b",
    re.IGNORECASE,
)
_REAL_COUNT_WORDS = ("real", "true", "actual", "correct")

_FIRST_WORDS = {
    _ABOVE_THE: ("more", "higher", "greater", "larger"),
    _CORRECTED: ("not", "up", "instead", "rather", "revised"),
}
"""The words one of which each match of a pattern `_figures_after` is given starts with."""


def _may_match(words: tuple[str, ...], body: str, start: int, end: int) -> bool:
    """Whether a pattern (compiled with re.IGNORECASE) each match of which starts with one
    of `words` (in lower case) may match within body[start:end]: False only when none of
    them is written there, whatever the case, so that the search need not run (it costs
    several times this look).  Sure only for ASCII text, where lower() keeps every
    position and IGNORECASE matches no other character to an ASCII letter; in any other
    text the search runs."""
    if not body.isascii():
        return True
    window = body[start:end].lower()
    for word in words:  # noqa: SIM110 (a loop: any() of a generator costs more than the look)
        if word in window:
            return True
    return False


@cache
def _rises(body: str) -> tuple[tuple[int, int], ...]:
    """The passages of a body that tell a toll rising: from `_RISE` to its paragraph's end."""
    found = []
    for match in _RISE.finditer(body):
        end = body.find("\n", match.end())
        found.append((match.end(), len(body) if end < 0 else end))
    return tuple(found)


def _told_rising(low: Point, high: Point) -> bool:
    """Two figures one article gives on one day as steps of the toll it tells rising ("The
    toll rose steadily through the night. The minister first said 10 had been killed; the
    governor later put it at 28"): the lower one a step, the higher one a later step or the
    article's own latest figure elsewhere, from the same camp (officials, one after the
    other) and no ceiling ("media reported as many as 50": a rival's)."""
    return (
        low.article == high.article
        and low.stage is not None
        and (high.stage is None or high.stage > low.stage)
        and low.camp == high.camp
        and high.claim.estimate.qualifier is not Qualifier.UP_TO
    )


def _told_in_order(a: Point, b: Point) -> bool:
    """Two figures of one passage its article tells a toll rising in, each step higher than
    the one told before it, whatever days they were given: steps of that toll."""
    if a.stage is None or b.stage is None or a.article != b.article:
        return False
    if a.best < b.best:
        return b.stage > a.stage and _told_rising(a, b)
    return a.stage > b.stage and _told_rising(b, a)


def described(point: Point, articles: Mapping[str, Article]) -> str:
    """`describe` of a point's claim, made once per point."""
    if not point.said:
        point.said = describe(point.claim, articles)
    return point.said


def _spanning(a: Point, b: Point) -> tuple[Claim, Claim] | None:
    """(narrow, wide) when one toll covers a longer period that contains the other's and
    counts more: the count over the longer period is the later total, not a dispute."""
    if a.when is None or b.when is None:
        return None
    if _covers(b.when, a.when) and b.best > a.best:
        return a.claim, b.claim
    if _covers(a.when, b.when) and a.best > b.best:
        return b.claim, a.claim
    return None


def _bound_holds(a: Point, b: Point) -> bool:
    """One figure is a floor ("at least 117", "more than 100") and the other is at or above
    it: a lower bound agrees with any higher figure (both floors agree with each other),
    unless that figure is a rival's, FLOOR_RATIO times the floor or more ("at least 1,100"
    dead, says the ministry; "as many as 5,000", says a lawyers' group: `_within_floor`)."""
    return (a.high == math.inf and _within_floor(a, b)) or (
        b.high == math.inf and _within_floor(b, a)
    )


def _above_a_cap(earlier: Point, later: Point) -> bool:
    """Whether a later figure from another source lies above an earlier one's cap ("no
    more than 200 died", says the army; 5,000, say Kurdish officials): the cap denied any
    such figure, so the two dispute the toll (a source's own later count is its revision)."""
    return (
        earlier.capped
        and earlier.source != later.source
        and later.low > earlier.high + max(earlier.slack, later.slack)
    )


def _cap_holds(a: Point, b: Point) -> bool:
    """One figure caps a toll ("not more than 75", `capped`) and the other is at or below
    the cap: a denial of more agrees with any lower figure, as a floor does with any higher
    one (a crowd's cap is its own count of one day's crowd)."""
    return (a.capped and b.high <= a.high) or (b.capped and a.high <= b.high)


FLOOR_RATIO = 3.0
"""A ceiling or a critic's figure this many times an official floor disputes its scale."""
CEILING_RATIO = 1.5
"""A ceiling from outside the authorities this many times an official count disputes it."""


def _within_floor(floor: Point, other: Point) -> bool:
    """`other` is at or above `floor`, unless it is a ceiling ("as many as 5,000") or a
    critic's figure set against an official floor, FLOOR_RATIO times the floor or more,
    from another source: a rival scale.  (Any other higher figure may be the count as it
    went on: "at least 15 in the morning; by the afternoon, 70".)"""
    if _under_floor(floor, other):
        return False
    rival = other.claim.estimate.qualifier is Qualifier.UP_TO or (
        floor.camp == "official" and other.camp == "critics"
    )
    return not (
        rival
        and other.best >= FLOOR_RATIO * max(floor.low, 1.0)
        and other.source != floor.source
        and not (other.voiced or floor.voiced)
    )


def _under_floor(floor: Point, other: Point) -> bool:
    """A floor ("more than 100", "at least 100") and a count below it beyond the count's own
    slack (86): the floor says there were more, whatever its rounding (its slack stretches
    above it, never below)."""
    return (
        floor.high == math.inf and other.high != math.inf and other.best + other.slack < floor.low
    )


def _critics_above(earlier: Point, later: Point) -> bool:
    """An official toll and, later, a higher figure from the authorities' critics, or from
    a United Nations body MONITOR_RATIO times it or more ("83 dead", says the health
    ministry; "at least 185", the UN envoy the next day): they dispute the count, they do not
    carry it on.  (A UN mission's verified count a little above the official one carries it
    on.)"""
    if earlier.camp != "official":
        return False
    return (
        later.camp == "critics"
        # (a rights group's final count of 86 after the government's 84 carries it on)
        and later.best >= CRITICS_RATIO * earlier.best
    ) or (
        later.monitor and later.best - later.slack >= MONITOR_RATIO * (earlier.best + earlier.slack)
    )


CRITICS_RATIO = 1.1
"""A critics' figure at least this many times an official toll disputes it
(`_critics_above`); one nearer it may be the count's last value, as the critics give it."""


def _outsider_above(earlier: Point, later: Point, apart: int) -> bool:
    """An official toll and, later, a higher one from a named source of neither camp that
    is no United Nations body nor a news outlet (a local leader, an association, a relief
    society: 30 dead, the army says; 40, a civic leader says the next day): within the
    week (SETTLED_DAYS) the official count is still being made, and the other may carry it
    on or set its own against it, so the pair is a tension to look at, neither an update nor
    a contradiction.  `apart`: the days between them."""
    return (
        apart < SETTLED_DAYS
        and earlier.camp == "official"
        and not later.camp
        and not later.voiced
        and later.source != earlier.source
        and not unnamed(later.claim.attribution.source)
        and not later.monitor
        and not newsroom(later.claim.attribution.source)
    )


def _local_above(earlier: Point, later: Point, apart: int) -> bool:
    """A count of the state's authorities (the army, a minister, a governor) and, later, a
    higher one from a town's own (sources.yaml local: a mayor): within the week
    (SETTLED_DAYS) the town's count is set against the state's, not the state's count going
    on (eight dead, the army says; thirty, the village's mayor says two days later), so the
    pair is a tension to look at, as `_outsider_above`'s.  `apart`: the days between them."""
    return (
        apart < SETTLED_DAYS
        and earlier.camp == "official"
        and later.camp == "official"
        and not later.voiced
        and local(later.claim.attribution.source)
        and not local(earlier.claim.attribution.source)
    )


def _official_above_monitor(earlier: Point, later: Point, apart: int) -> bool:
    """A United Nations body's count and, within the week (SETTLED_DAYS), the authorities'
    MONITOR_RATIO times it or more (20 dead, a UN agency says; 35, the health ministry the
    next day): the authorities set their count against the monitor's, as `_critics_above`
    has it the other way round; a tension to look at, not the UN's count going on."""
    return (
        apart < SETTLED_DAYS
        and later.camp == "official"
        and not later.voiced
        and earlier.monitor
        and later.best - later.slack >= MONITOR_RATIO * (earlier.best + earlier.slack)
    )


def _another_count_above(earlier: Point, later: Point, apart: int) -> str | None:
    """How a later, higher count within the week is set beside an earlier one, a tension
    to look at rather than the count going on: from outside the authorities
    (`_outsider_above`: "outside"), from the town's own (`_local_above`: "local"), or the
    authorities' well above a UN body's (`_official_above_monitor`: "monitor"); else None."""
    if _outsider_above(earlier, later, apart):
        return "outside"
    if _local_above(earlier, later, apart):
        return "local"
    if _official_above_monitor(earlier, later, apart):
        return "monitor"
    return None


def set_against(earlier: Point, later: Point, apart: int) -> bool:
    """Whether a later, higher count is set against an earlier one by another camp, not
    that count going on (`_critics_above`, `_another_count_above`); so is a part counted later
    and above the whole it is within (compare._judge_part: "at least 60 workers", a union
    says, after "45 injured", the district's count)."""
    return _critics_above(earlier, later) or _another_count_above(earlier, later, apart) is not None


MONITOR_RATIO = 1.5
"""A UN body's figure this many times an official toll disputes it (_critics_above)."""


def _ceiling_above(earlier: Point, later: Point) -> bool:
    """A count and a later ceiling or range from another named source, CEILING_RATIO times
    the count or more ("31 dead", the minister says; "up to 50", says a local lawmaker the
    next day; "38 dead", the health ministry; "between 55 and 65", a workers' union), or
    FLOOR_RATIO times it when both are the authorities' ("60 dead", the interior ministry;
    "up to 400", the health ministry): a rival scale set against the count, as against a
    floor (`_within_floor`), not the count going on: a running toll is counted, not
    bounded."""
    qualifier = later.claim.estimate.qualifier
    # (two of the authorities' offices: three times; else half as much again, whoever
    # counted first: "38 dead", the health ministry; "between 55 and 65", a workers' union)
    officials = earlier.camp == "official" and later.camp == "official"
    return (
        qualifier in (Qualifier.UP_TO, Qualifier.RANGE)
        and earlier.high != math.inf
        and later.best >= (FLOOR_RATIO if officials else CEILING_RATIO) * max(earlier.high, 1.0)
        and later.source != earlier.source
        and not later.voiced
        and not later.risen_to
    )


def _recounted_taken(earlier: Point, later: Point) -> bool:
    """A count of people taken in one event (kinds.yaml `taken_once`: 42 pupils abducted,
    the police say; 89, the school says the next day) and a later, higher one from another
    source: no one was taken after the raid, so it is a recount or a dispute, not the toll
    going on."""
    spec = vocab.kinds().get(earlier.claim.kind)
    return (
        spec is not None
        and spec.taken_once
        and later.source != earlier.source
        # ("640 broke out, not 510 as first reported": the count corrected, a step of it)
        and earlier.best not in later.corrects
    )


def _set_beside(earlier: Point, later: Point) -> bool:
    """An official toll and a later, higher figure from a named source apart from the
    authorities that an article sets beside it: the official toll's own article ("state
    media on Thursday said 316 were held ... according to the exiles' office, more than
    1,000"), or the later figure's, which gives the official toll as still standing
    ("Norland has stuck to its official figure of 31. But Coast Wire has published the
    names of 94"): one article weighing two counts, not one count going on."""
    return (
        earlier.camp == "official"
        and (later.article == earlier.article or earlier.best in later.officials_beside)
        and not later.camp
        and not later.voiced
        and not unnamed(later.claim.attribution.source)  # "a source cited by the Coast Wire": news
    )


def lend_camps(points: Sequence[Point]) -> None:
    """A figure in its article's own voice takes the camp of the source its article gives
    for the same figure ("Activists say 70 killed" as a headline, "at least 70, activists
    said" in the body): the outlet repeats that source's count, it does not count anew.
    Then each figure notes the official figures of its article (`Point.officials_beside`)."""
    camps: dict[tuple[str, float], set[str]] = {}
    for point in points:
        if point.camp:
            camps.setdefault((point.article, point.best), set()).add(point.camp)
    for point in points:
        if point.voiced and not point.camp:
            found = camps.get((point.article, point.best), set())
            if len(found) == 1:
                point.camp = next(iter(found))
    # Then each figure knows the official ones its article sets beside it (`_set_beside`).
    officials: dict[str, set[float]] = {}
    for point in points:
        if point.camp == "official":
            officials.setdefault(point.article, set()).add(point.best)
    for point in points:
        point.officials_beside = frozenset(officials.get(point.article, ()))


def mark_walk_backs(points: Sequence[Point], comparable: Callable[[Point, Point], bool]) -> None:
    """Note on each toll figure the lower counts that walk it back (`_walked_back`), each
    materially lower, not a floor and `comparable` with it (another origin, or the same
    source's sharp revision), as (best, slack): the lowest its own article gives at its time
    or later for the party named in the same words, SHARP_RATIO times lower or more
    (`own_low`), and the highest counted SETTLED_DAYS or more later by a source of the same
    country as its own (`later_low`)."""
    by_article: dict[str, list[Point]] = {}
    for point in points:
        by_article.setdefault(point.article, []).append(point)
    for b in points:
        own: tuple[float, float] | None = None
        later: tuple[float, float] | None = None
        sides = source_countries(b.claim.attribution.source)
        b.revised_from = tuple(
            (c.best, c.slack)
            for c in by_article[b.article]
            if c.mid is not None
            and b.mid is not None
            and c.mid < b.mid
            and c.best - b.best > max(b.slack, c.slack)
            and names.plain(c.claim.party or "") == names.plain(b.claim.party or "")
        )
        for c in points:
            if (
                c is b
                or c.high == math.inf
                or b.mid is None
                or c.mid is None
                or c.mid < b.mid
                or b.best - c.best <= max(b.slack, c.slack)
                or not comparable(b, c)
            ):
                continue
            if (
                c.article == b.article
                and sharp(b.best, c.best)
                and _same_party_words(b.claim, c.claim)
                and (own is None or c.best < own[0])
            ):
                own = (c.best, c.slack)
            if (
                (c.mid - b.mid).days >= SETTLED_DAYS
                and (later is None or c.best > later[0])
                and sides & source_countries(c.claim.attribution.source)
            ):
                later = (c.best, c.slack)
        b.own_low, b.later_low = own, later


@cache
def source_countries(source: str) -> frozenset[str]:
    """The countries a source's words name ("the Norlandic interior ministry": Norland)."""
    found = (places.country_of_word(w) for w in names.plain(source).split())
    return frozenset(c[0] for c in found if c is not None)


def _same_party_words(a: Claim, b: Claim) -> bool:
    """Two claims name their party, in the same words ("civilians", "civilians"): one count
    set against another, not a total and a part of it ("240 people", "35 civilians")."""
    return bool(a.party) and names.plain(a.party or "") == names.plain(b.party or "")


def _adversary_above(earlier: Point, later: Point) -> bool:
    """A count of a side's people, then a higher count of them from a source of another
    country (7 Peruvian soldiers killed, Peru or a wire says; 40, says Chile), or from the
    armed group the state fights ("21 soldiers killed", the army says; "more than 100", the
    group that attacked them claims) or from the state, of the group's dead after the
    group's own count: the other side disputes the count, it does not carry it on (unless
    the earlier count came from that side too)."""
    if _armed_above(earlier, later):
        return True
    side = source_countries(later.claim.party or "")
    other = source_countries(later.claim.attribution.source)
    return (
        bool(side)
        and bool(other)
        and other.isdisjoint(side)
        and source_countries(earlier.claim.party or "") == side
        and other.isdisjoint(source_countries(earlier.claim.attribution.source))
    )


def _armed_above(earlier: Point, later: Point) -> bool:
    """A later, higher count from the side that fought the people it counts, where the
    earlier one is not that side's: an armed group's of the state's forces (or of anyone
    not its own), the authorities' of an armed group's dead after the group's own count."""
    if later.camp == "armed":
        return earlier.camp != "armed" and not _of_armed_group(later.claim.party or "")
    return (
        later.camp == "official"
        and earlier.camp == "armed"
        and _of_armed_group(later.claim.party or "")
    )


@cache
def _of_armed_group(party: str) -> bool:
    """Whether a party as written is an armed group's people (the episodic side of
    parties.yaml: rebels, militants, gunmen)."""
    return bool(party.strip()) and read_party(party).episodic


def _revises(earlier: Point, later: Point) -> bool:
    """Whether the later, lower toll's own report gives the earlier figure as the count it
    revises down ("revised the toll down to 21 from 27"): a correction (a tension), not a
    contradiction.  A sharp cut (SHARP_RATIO: "as many as 2,000" at first, 133 now) stays a
    contradiction: the first figure is disowned, not corrected."""
    return not sharp(earlier.best, later.best) and any(
        abs(value - earlier.best) <= max(earlier.slack, slack)
        for value, slack in later.revised_from
    )


def _walked_back(earlier: Point, later: Point) -> str:
    """Why a higher, later figure is not a step of a running toll, or "": its own article
    sets against it a count at or below the earlier one ("claims of 900 dead"; "fewer than
    40, rights groups say"; "as many as 3,000 at first, 120 later"), or its side's own later
    count lies between the two (its sources said 120, then 310, then 180: the 310
    overshoots; the earlier figure from a source of that country too)."""
    own, after = later.own_low, later.later_low
    if own is not None and own[0] <= earlier.best + max(earlier.slack, own[1]):
        return "the higher figure is disputed in its own report, not a running toll"
    if (
        after is not None
        and after[0] - earlier.best > max(earlier.slack, after[1])
        and not source_countries(later.claim.attribution.source).isdisjoint(
            source_countries(earlier.claim.attribution.source)
        )
    ):
        return "the higher figure is above its side's later count, not a running toll"
    return ""


def relate(
    a: Claim,
    b: Claim,
    articles: Mapping[str, Article],
    nature: str,
    support: Mapping[str, int] | None = None,
    explain: bool = True,
) -> Relation | None:
    """The relation of two claims of one subject; None if they cannot be compared (units).
    With explain=False the explanation is left empty (it is the costly part)."""
    count = nature in COUNT_NATURES
    judged = judge(Point(a, articles, count), Point(b, articles, count), nature, support)
    return None if judged is None else to_relation(judged, articles, nature, explain)


Rank = tuple[int, float, int, str, str]


def rank_of(
    verdict: Verdict, severity: float, voiced: int, same_source: bool, first: str, second: str
) -> Rank:
    """The order of pairs, worst first (see `_worst_first`); `voiced` is how many of the two
    figures are in the article's own voice."""
    return (-RANK[verdict], -severity, voiced * 2 + same_source, first, second)


class Judgement(NamedTuple):
    """The verdict on a pair, before it is put in words (`first` is the earlier/lower)."""

    first: Point
    second: Point
    verdict: Verdict
    severity: float
    how: str  # which rule decided: agree, spans, later, changed, apart, overlap, restated

    def rank(self) -> Rank:
        """As `_worst_first` ranks the relation this becomes."""
        a, b = self.first, self.second
        return rank_of(
            self.verdict, self.severity, a.voiced + b.voiced, a.source == b.source, a.id, b.id
        )


POPULATION_GROWTH = 0.10
"""The most a town's people grow (or shrink) in a year, over and above the rounding of two
estimates (ROUNDING_BAND): "a town of 2,500" and, 13 months later, "a town of roughly
10,000" are two accounts of one place, not its growth."""
ROUNDING_BAND = 1.5


def _grew_too_fast(pa: Point, pb: Point, apart: int) -> bool:
    """Whether two populations of one place, far apart in time, differ by more than the
    place could grow or shrink in that time (POPULATION_GROWTH a year, beyond ROUNDING_BAND):
    a dispute about its size, not a change (not for forces, which a deployment doubles)."""
    spec = vocab.kinds().get(pa.claim.kind)
    if spec is None or spec.people != "residents" or min(pa.best, pb.best) <= 0:
        return False
    ratio = max(pa.best, pb.best) / min(pa.best, pb.best)
    return ratio > ROUNDING_BAND * (1 + POPULATION_GROWTH) ** (apart / 365)


def judge(
    pa: Point,
    pb: Point,
    nature: str,
    support: Mapping[str, int] | None,
    horizon: int = STOCK_HORIZON_DAYS,
) -> Judgement | None:
    """The verdict and severity of a pair by the rules of the module docstring; None if the
    figures are in different units, or of no kind in one article.  `horizon`: days beyond
    which a stock's figures are a change."""
    if pa.unit and pb.unit and pa.unit != pb.unit:
        return None
    if (
        pa.claim.kind == OTHER_KIND
        and pb.claim.kind == OTHER_KIND
        and (pa.claim.article == pb.claim.article)
        and not _said_where(pa.claim, pb.claim)
    ):
        # Figures of no kind one article gives the same words to ("freeing about 240
        # inmates" from a jail that "held 1,120 inmates") count different things.
        return None
    # Earlier figure first; on one date, the lower one first ("12 vs up to 60").
    if pa.mid is None or pb.mid is None or pa.mid == pb.mid:
        swap = (pb.best, pb.id) < (pa.best, pa.id)
    else:
        swap = (pb.mid, pb.id) < (pa.mid, pa.id)
    if swap:
        pa, pb = pb, pa
    a, b = pa.best, pb.best
    # Consistent pairs (most of them) need neither the gap nor the days between.
    if (
        (
            abs(a - b) <= max(pa.slack, pb.slack)
            and not (nature in COUNT_NATURES and (_under_floor(pa, pb) or _under_floor(pb, pa)))
        )
        or _rounded_alike(pa, pb)
        or _distances_alike(pa, pb)
    ):
        return Judgement(pa, pb, Verdict.CONSISTENT, 0.0, "agree")
    if nature in COUNT_NATURES and _bound_holds(pa, pb):
        return Judgement(pa, pb, Verdict.CONSISTENT, 0.0, "bound")
    if nature == "toll" and _cap_holds(pa, pb):
        return Judgement(pa, pb, Verdict.CONSISTENT, 0.0, "cap")
    gap = relative_gap(a, b, pa.claim.kind)
    apart = days_apart(pa.when, pb.when)
    if nature == "level" and _one_gathering(pa, pb, horizon):
        apart = 0  # "no more than 6,000 took part on the evening of 3 May": that crowd
    if nature == "toll" and _spanning(pa, pb) is not None:
        verdict, severity, how = Verdict.UPDATE, 0.1 * gap, "spans"
    elif nature == "toll" and apart <= 1 and _told_in_order(pa, pb):
        # (an earlier count of the report's day is dated the day before: "by morning 61;
        # in the afternoon 75, and 88 in the evening" gives the 75 a day of its own)
        verdict, severity, how = Verdict.UPDATE, 0.1 * gap, "told"
    elif (
        nature == "toll"
        and apart > 0
        and b > a
        and not _critics_above(pa, pb)
        and not _ceiling_above(pa, pb)
        and not _set_beside(pa, pb)
        and not _adversary_above(pa, pb)
        and not _walked_back(pa, pb)
        and not pb.disputing
        and not _set_above(pa, pb)
        and not _recounted_taken(pa, pb)
        and not _above_a_cap(pa, pb)
    ):
        beside = _another_count_above(pa, pb, apart)
        if beside is not None:
            verdict, severity, how = Verdict.TENSION, 0.2 + 0.4 * gap, beside
        else:
            verdict, severity, how = Verdict.UPDATE, 0.1 * gap, "later"
    elif nature == "toll" and apart == 0 and b > a and (_told_rising(pa, pb) or _raised(pa, pb)):
        verdict, severity, how = Verdict.UPDATE, 0.1 * gap, "told"
    elif nature == "level" and apart > 0 and b < a:
        verdict, severity, how = Verdict.CHANGED, 0.05 * gap, "fell"
    elif nature == "toll" and apart > 0 and b < a and _revises(pa, pb):
        verdict, severity, how = Verdict.TENSION, 0.2 + 0.4 * gap, "revised"
    elif (
        nature in ("stock", "level")
        and apart > horizon
        and not _grew_too_fast(pa, pb, apart)
        # ("at least 38 remain unaccounted for, more than twice the 17 missing announced by
        # the government": its own report sets the earlier count against it, a dispute)
        and not (b > a and _set_above(pa, pb))
        # (more still held of one abduction, by another source: no one was taken after the
        # raid, so a dispute, not more taken)
        and not (b > a and _recounted_taken(pa, pb))
    ):
        verdict, severity, how = Verdict.CHANGED, 0.05 * gap, "changed"
    elif apart > 0 and _recounted(pa, pb):
        verdict, severity, how = Verdict.CHANGED, 0.05 * gap, "recounted"
    elif pa.high < pb.low or pb.high < pa.low:
        verdict, severity, how = Verdict.CONTRADICTION, 0.4 + 0.6 * gap, "apart"
    else:
        verdict, severity, how = Verdict.TENSION, 0.2 + 0.4 * gap, "overlap"
    if support is not None and (how == "apart" or how == "overlap"):
        weaker = min(support.get(pa.id, 1), support.get(pb.id, 1))
        severity += min(0.1, 0.05 * (weaker - 1))
    if nature not in COUNT_NATURES:
        severity *= MEASURE_WEIGHT
    return Judgement(pa, pb, verdict, round(min(1.0, severity), 3), how)


def _set_above(earlier: Point, later: Point) -> bool:
    """Whether the later, higher figure's own sentence sets it above the earlier count
    (`Point.above`: "far more than the nine reported by the authorities"): a dispute."""
    return any(abs(value - earlier.best) <= earlier.slack for value in later.above)


def _said_where(a: Claim, b: Claim) -> bool:
    """Two figures of no kind whose words say where their people are, alike ("19,000 people
    were still stranded ... another put the number at 8,000": "people stranded"), from two
    sources: one count, whoever gives it."""
    return (
        a.subject == b.subject
        and in_a_state(a.kind, a.subject)
        and a.attribution.source != b.attribution.source
    )


def to_relation(
    judged: Judgement, articles: Mapping[str, Article], nature: str, explain: bool = True
) -> Relation:
    """A judgement as a Relation, put in words unless explain=False."""
    pa, pb, how = judged.first, judged.second, judged.how
    a, b = pa.claim, pb.claim
    text = ""
    if explain:
        ea, eb = a.estimate, b.estimate
        same_day = pa.mid is None or pb.mid is None or pa.mid == pb.mid
        # A date figure's own value is the date; the dates of its articles are beside the point.
        gap_text = "" if same_day or a.kind == "date" else gap_words(pa.when, pb.when)
        said_a, said_b = described(pa, articles), described(pb, articles)
        lines = f"{said_a} vs {said_b}"
        by = difference(ea, eb, a.kind)
        apart_note = f", {gap_text} apart" if gap_text else ""
        if how == "agree":
            within = f" (within {by})" if ea.best != eb.best else ""
            text = f"{lines}: agree{within}{apart_note}"
        elif how == "bound":
            text = f"{lines}: agree (a lower bound and a figure above it){apart_note}"
        elif how == "cap":
            text = f"{lines}: agree (a cap and a figure below it){apart_note}"
        elif how == "spans":
            narrow, wide = _spanning(pa, pb) or (a, b)
            text = (
                f"{describe(narrow, articles)} then {describe(wide, articles)}: a running toll "
                f"over a longer period, higher by {by}"
            )
        elif how == "later":
            text = f"{said_a} then {said_b}: a running toll, {gap_text} later and higher by {by}"
        elif how == "outside":
            text = (
                f"{said_a} then {said_b}: a higher count from outside the authorities, "
                f"{gap_text} later and higher by {by} (it may carry the official count on or "
                "set another against it: check which stands)"
            )
        elif how == "local":
            text = (
                f"{said_a} then {said_b}: a higher count from the place's own authorities, "
                f"{gap_text} later and higher by {by} (it may carry the state's count on or "
                "set the town's against it: check which stands)"
            )
        elif how == "monitor":
            text = (
                f"{said_a} then {said_b}: the authorities' count well above a United Nations "
                f"body's, {gap_text} later and higher by {by} (it may carry the count on or "
                "set the authorities' against it: check which stands)"
            )
        elif how == "told":
            text = (
                f"{said_a} then {said_b}: a running toll its article tells rising the same "
                f"day, higher by {by}"
            )
        elif how == "revised":
            text = (
                f"{said_a} then {said_b}: revised down, the later "
                f"report gives the earlier count as the one it corrects, {gap_text} later and "
                f"lower by {by} (a toll does not fall: check which count stands)"
            )
        elif how == "fell":
            spec = vocab.kinds().get(a.kind)
            if spec is not None and spec.people == "crowd":
                why = "a gathering of another day"
            elif spec is not None and spec.horizon_days:
                why = "people found or accounted for"  # the missing
            else:
                why = "people discharged or freed"  # those still in care or still held
            text = (
                f"{said_a} then {said_b}: a count that can fall "
                f"({why}), {gap_text} later and lower by {by}"
            )
        elif how == "recounted":
            text = (
                f"{said_a} then {said_b}: one source's count of a share went on ({gap_text}"
                f" later), not a rival figure; best estimates differ by {by}"
            )
        elif how == "restated":
            text = (
                f"{lines}: best estimates differ by {by}{apart_note} (a later report sets the"
                " higher figure against this source's, given again: not a running toll)"
            )
        elif how == "changed":
            what = (
                "a count that moves both ways" if nature == "level" else "a stock that may change"
            )
            text = f"{lines}: {gap_text} apart, {what}; best estimates differ by {by}"
        else:
            shape = "intervals do not overlap," if how == "apart" else "intervals overlap but"
            text = f"{lines}: {shape} best estimates differ by {by}{apart_note}"
            if nature == "toll" and days_apart(pa.when, pb.when) > 0:
                if pb.best <= pa.best:
                    text += " (the later figure is lower)"
                elif _critics_above(pa, pb):
                    text += " (a higher figure from the authorities' critics, not a running toll)"
                elif _set_beside(pa, pb):
                    text += (
                        " (a higher figure its article sets beside the official one,"
                        " not a running toll)"
                    )
                elif _adversary_above(pa, pb):
                    text += " (a higher figure from the other side, not a running toll)"
                elif _ceiling_above(pa, pb):
                    text += (
                        " (a ceiling far above the count from another source, not a running toll)"
                    )
                elif pb.disputing:
                    text += " (a higher figure given as the real count, not a running toll)"
                elif _above_a_cap(pa, pb):
                    text += " (a figure above another source's cap, not a running toll)"
                else:
                    text += f" ({_walked_back(pa, pb)})"
    return Relation(a, b, judged.verdict, judged.severity, text)
