"""The report: which findings to show, in what order, as rows the renderers can print.

Pure data in, pure data out: `build(findings, articles, ...)` filters and sorts the engine's
findings into a `Report`; the renderers in `render/` turn a Report into text.  No I/O here.

Order is part of the contract, so that the same claims give byte-identical reports whatever
the order of files and lines they were read from: discrepancies by severity (worst first),
then verdict, subject and key; the figures of one discrepancy by the date their article was
published, then article id and claim number.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, TypeAlias

from crosscheck import compare, store
from crosscheck.model import Article, Claim, DateRef, Finding, Verdict
from crosscheck.quantities import format_value

VERDICT_ORDER: tuple[Verdict, ...] = tuple(Verdict)
"""Worst first: contradiction, tension, update, changed, consistent."""

DISAGREEMENTS = frozenset(VERDICT_ORDER) - {Verdict.CONSISTENT}
"""What the report shows unless --verdict says otherwise: every finding but agreement."""

Plain: TypeAlias = int | float | str
"""A figure's value as JSON and CSV write it: an int when whole, an ISO date for dates."""

SEVERITY_DIGITS = 3
"""Severities are rounded to this many decimals for sorting and output, so that float noise
in the engine (sums taken in another order) cannot reorder or change a report."""


def rank(verdict: Verdict) -> int:
    """0 for the worst verdict (contradiction), counting up toward consistent."""
    return VERDICT_ORDER.index(verdict)


def at_or_worse(verdict: Verdict) -> frozenset[Verdict]:
    """The verdicts as bad as `verdict` or worse: tension -> {contradiction, tension}."""
    return frozenset(VERDICT_ORDER[: rank(verdict) + 1])


@dataclass(frozen=True)
class Filters:
    """Which findings to keep.  Empty `kinds`/`articles` mean "all"."""

    kinds: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    verdicts: frozenset[Verdict] = DISAGREEMENTS
    min_severity: float = 0.0

    def keep(self, finding: Finding) -> bool:
        """True if `finding` passes every filter; --article keeps a finding that cites it."""
        if self.kinds and finding.subject.kind not in self.kinds:
            return False
        if finding.verdict not in self.verdicts:
            return False
        if round(finding.severity, SEVERITY_DIGITS) < self.min_severity:
            return False
        return not self.articles or any(c.article in self.articles for c in finding.subject.claims)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One figure of a discrepancy, with who states it and where: a view of the claim and
    its article (made for every figure of a report, so it copies nothing)."""

    claim: Claim
    article_info: Article | None = None
    origins: int | None = None  # independent origins behind the figure, when the engine says

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def article(self) -> str:
        return self.claim.article

    @property
    def figure(self) -> str:
        return self.claim.figure

    @property
    def kind(self) -> str:
        return self.claim.kind

    @property
    def quote(self) -> str:
        return self.claim.quote

    @property
    def low(self) -> float | None:
        return self.claim.estimate.low

    @property
    def best(self) -> float:
        return self.claim.estimate.best

    @property
    def high(self) -> float | None:
        return self.claim.estimate.high

    @property
    def unit(self) -> str | None:
        return self.claim.estimate.unit

    @property
    def source(self) -> str:
        return self.claim.attribution.source

    @property
    def via(self) -> tuple[str, ...]:
        return self.claim.attribution.via

    @property
    def as_of(self) -> str | None:
        return None if self.claim.as_of is None else date_text(self.claim.as_of)

    @property
    def outlet(self) -> str | None:
        return None if self.article_info is None else self.article_info.outlet

    @property
    def published(self) -> str | None:
        return None if self.article_info is None else date_text(self.article_info.published)

    @property
    def title(self) -> str | None:
        return None if self.article_info is None else self.article_info.title

    @property
    def url(self) -> str | None:
        return None if self.article_info is None else self.article_info.url

    @property
    def is_date(self) -> bool:
        return self.kind == "date" or self.unit == "date"

    def value(self, which: str) -> Plain | None:
        """low/best/high as plain data: an int when whole, an ISO date for date claims."""
        number: float | None = getattr(self.claim.estimate, which)
        return plain_value(number, date=self.is_date)

    def values(self) -> tuple[Plain | None, Plain, Plain | None]:
        """(low, best, high) as plain data, in one go (what JSON and CSV write)."""
        estimate, date = self.claim.estimate, self.is_date
        best = plain_value(estimate.best, date=date)
        assert best is not None
        return plain_value(estimate.low, date=date), best, plain_value(estimate.high, date=date)

    def shown(self, which: str) -> str:
        """low/best/high as people write it: "25,000", "1998-11-05", "?" for an open side."""
        number: float | None = getattr(self.claim.estimate, which)
        if number is not None and self.is_date:
            return dt.date.fromordinal(round(number)).isoformat()
        return format_value(number)

    @property
    def interval(self) -> str:
        """The interval in a few characters: "12", "≥ 8", "≤ 60", "24–60"."""
        low, high = self.low, self.high
        if low is not None and high is not None:
            return (
                self.shown("best") if low == high else f"{self.shown('low')}–{self.shown('high')}"
            )
        if low is not None:
            return f"≥ {self.shown('low')}"
        if high is not None:
            return f"≤ {self.shown('high')}"
        return f"~{self.shown('best')}"

    @property
    def attribution(self) -> str:
        """Who states it and the chain it came through: "health ministry via AP"."""
        via = self.via
        return f"{self.source} via {', '.join(via)}" if via else self.source

    @property
    def sourced(self) -> str:
        """The attribution and how many independent origins stand behind the figure:
        "health ministry via AP [2 origins]" (repeats of one origin count once)."""
        if self.origins is None:
            return self.attribution
        plural = "" if self.origins == 1 else "s"
        return f"{self.attribution} [{self.origins} origin{plural}]"


@dataclass(frozen=True)
class Discrepancy:
    """One finding as the report shows it: the subject, the verdict and the figures."""

    rank: int  # 1-based position in the report
    key: str
    subject: str
    kind: str
    verdict: Verdict
    severity: float
    explanation: str
    claims: tuple[ClaimRow, ...]
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """The discrepancies to show, in order, and what they were drawn from."""

    discrepancies: tuple[Discrepancy, ...]
    filters: Filters = field(default_factory=Filters)
    findings_total: int = 0  # before filtering
    claims_total: int = 0
    articles_total: int = 0
    generated: str | None = None  # an ISO timestamp, only when asked for
    more: int = 0  # discrepancies after these, left out (build's `limit`)
    tally: tuple[tuple[Verdict, int], ...] = ()  # per verdict, those left out included

    def counts(self) -> dict[Verdict, int]:
        """How many discrepancies of each verdict, worst first, zeros left out (those left
        out of a limited report included)."""
        if self.tally:
            return dict(self.tally)
        return _tally(d.verdict for d in self.discrepancies)

    def summary(self) -> str:
        """One line: "3 discrepancies (1 contradiction, 2 tension) of 5 findings ..."."""
        parts = ", ".join(f"{n} {verdict.value}" for verdict, n in self.counts().items())
        return (
            _count(len(self.discrepancies) + self.more, "discrepancy", "discrepancies")
            + (f" ({parts})" if parts else "")
            + f" of {_count(self.findings_total, 'finding')},"
            + f" from {_count(self.claims_total, 'claim')}"
            + f" in {_count(self.articles_total, 'article')}"
        )

    def fails(self, threshold: Verdict) -> bool:
        """True if any discrepancy is at `threshold` or worse (for --fail-on)."""
        worst = at_or_worse(threshold)
        return any(verdict in worst for verdict in self.counts())

    def head(self, limit: int | None) -> Report:
        """The first `limit` discrepancies (all if None), the rest counted in `more`."""
        if limit is None or len(self.discrepancies) <= limit:
            return self
        return replace(
            self,
            discrepancies=self.discrepancies[:limit],
            more=self.more + len(self.discrepancies) - limit,
            tally=tuple(self.counts().items()),
        )


def _tally(verdicts: Iterable[Verdict]) -> dict[Verdict, int]:
    """How many of each verdict, worst first, zeros left out."""
    return _ordered(Counter(verdicts))


def _ordered(tally: Counter[Verdict]) -> dict[Verdict, int]:
    """A count per verdict (`tally`), worst first, zeros left out."""
    return {verdict: tally[verdict] for verdict in VERDICT_ORDER if tally[verdict]}


def _count(n: int, noun: str, plural: str | None = None) -> str:
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def plain_value(number: float | None, *, date: bool = False) -> Plain | None:
    """A figure as JSON-ready data: 12.0 -> 12, 2.5 -> 2.5, a date ordinal -> "2021-03-05"."""
    if number is None:
        return None
    if date:
        return dt.date.fromordinal(round(number)).isoformat()
    return int(number) if number == int(number) else number


def claim_number(claim_id: str) -> tuple[str, int, str]:
    """A sort key that puts "a#2" before "a#10"."""
    head, _, tail = claim_id.rpartition("#")
    return (head, int(tail), "") if tail.isdigit() else (head, -1, tail)


@lru_cache(maxsize=65536)
def date_text(ref: DateRef) -> str:
    """str(ref), remembered: a corpus repeats the same few thousand dates."""
    return str(ref)


def _row_order(row: ClaimRow) -> tuple[object, ...]:
    info = row.article_info
    published = info.published.start if info is not None else dt.date.max
    return (published, row.claim.article, claim_number(row.claim.id))


def discrepancy(finding: Finding, articles: Mapping[str, Article], position: int) -> Discrepancy:
    """A finding as a report entry, its figures in publication order."""
    origins = dict(finding.origins)
    rows = sorted(
        (
            ClaimRow(claim, articles.get(claim.article), origins.get(claim.id))
            for claim in finding.subject.claims
        ),
        key=_row_order,
    )
    return Discrepancy(
        rank=position,
        key=finding.subject.key,
        subject=finding.subject.label,
        kind=finding.subject.kind,
        verdict=finding.verdict,
        severity=round(finding.severity, SEVERITY_DIGITS),
        explanation=finding.explanation,
        claims=tuple(rows),
        reasons=tuple(sorted(finding.subject.reasons)),
    )


def finding_order(finding: Finding) -> tuple[object, ...]:
    """Worst first; ties broken by words, never by input order."""
    return (
        -round(finding.severity, SEVERITY_DIGITS),
        rank(finding.verdict),
        finding.subject.label.casefold(),
        finding.subject.key,
        finding.explanation,
        tuple(sorted(c.id for c in finding.subject.claims)),
    )


Resolve: TypeAlias = Callable[[list[Any]], tuple[list[Finding], Mapping[str, Article]]]
"""Makes stand-ins for findings whole, with the articles of their claims (see `assemble`)."""


def coarse(finding: Any) -> tuple[float, int]:
    """The first two terms of `finding_order`: severity (rounded, worst first), verdict."""
    return (-round(finding.severity, SEVERITY_DIGITS), rank(finding.verdict))


def edge(counted: Iterable[tuple[tuple[float, int], int]], limit: int) -> tuple[float, int]:
    """The `coarse` key of the `limit`-th finding in order, given how many findings have each
    key: the findings that can be among the first `limit` are those at or before it."""
    seen = 0
    for key, count in sorted(counted):
        seen += count
        if seen >= limit:
            return key
    raise ValueError(f"fewer than {limit} findings")


def build(
    findings: Iterable[Finding],
    articles: Mapping[str, Article],
    *,
    filters: Filters | None = None,
    claims_total: int = 0,
    generated: str | None = None,
    limit: int | None = None,
) -> Report:
    """The report of `findings`: filtered, sorted worst first, each figure with its article.
    With `limit`, only the first `limit` discrepancies are made (the table shows no more);
    the others are counted, in `more` and in the counts per verdict."""
    chosen = filters or Filters()
    every = list(findings)
    passing = [f for f in every if chosen.keep(f)]
    near = passing
    if limit is not None and len(passing) > limit:
        keys = [coarse(f) for f in passing]
        last = edge(Counter(keys).items(), limit)
        near = [f for f, key in zip(passing, keys, strict=True) if key <= last]
    return assemble(
        near,
        articles,
        filters=chosen,
        passing=Counter(f.verdict for f in passing),
        findings_total=len(every),
        claims_total=claims_total,
        generated=generated,
        limit=limit,
    )


def assemble(
    near: list[Any],
    articles: Mapping[str, Article],
    *,
    filters: Filters,
    passing: Counter[Verdict],
    findings_total: int,
    claims_total: int = 0,
    generated: str | None = None,
    limit: int | None = None,
    articles_total: int | None = None,
    resolve: Resolve | None = None,
) -> Report:
    """The report whose discrepancies are the first `limit` (all if None) of `near` in
    finding_order: `near` holds every finding that passes `filters` and can be among them
    (`edge`), `passing` counts every one that passes by verdict.  `near` may hold stand-ins
    (ledger.py) with what finding_order reads: `resolve` makes the ones shown whole and
    gives the articles of their claims."""
    kept = sorted(near, key=finding_order)[:limit]
    if resolve is not None:
        kept, articles = resolve(kept)
    shown = sum(passing.values())
    return Report(
        discrepancies=tuple(
            discrepancy(finding, articles, position)
            for position, finding in enumerate(kept, start=1)
        ),
        filters=filters,
        findings_total=findings_total,
        claims_total=claims_total,
        articles_total=len(articles) if articles_total is None else articles_total,
        generated=generated,
        more=shown - len(kept),
        tally=tuple(_ordered(passing).items()) if shown > len(kept) else (),
    )


def findings_for(
    corpus: store.Corpus,
    claims: Sequence[Claim],
    *,
    jobs: int | None = None,
    sink: compare.Sink | None = None,
) -> list[Finding]:
    """The engine's findings on `claims` (the corpus's, rejected ones left out), computed in
    `jobs` processes (default: one per core); an unchanged corpus and engine reuse them from
    the corpus's cache (cache.py), if it has one, and a changed one the verdicts of the
    subjects it did not change (incremental.py).  The run is kept in the cache's ledger
    (ledger.py).  With a `sink`, the findings go to it as subjects are judged, and none
    is returned (compare.compare)."""
    kept = corpus.cache if corpus.digest else None
    if kept is None:
        return compare.analyse(claims, corpus.articles, jobs=jobs, sink=sink)
    from crosscheck import ledger, places
    from crosscheck.incremental import Memo

    found = ledger.findings(kept, corpus, claims)
    if found is None:
        # A changed corpus: only the subjects whose inputs changed are compared again, and
        # the gazetteer's index is read back rather than built.
        memo = Memo(kept, corpus.articles, corpus.files)
        memo.recorder = ledger.Recorder(kept, corpus, claims)
        places.keep_gazetteer(kept)
        return compare.analyse(claims, corpus.articles, jobs=jobs, memo=memo, sink=sink)
    if sink is not None:
        sink(found)
        return []
    return found


class Tally:
    """What a report of the first `limit` discrepancies needs of the engine's findings,
    taken as they come (a compare.Sink): how many there are, how many pass `filters` by
    verdict, and the first `limit` of those in finding_order.  A finding that cannot be
    among them (its `coarse` key after that of the last kept) is counted and let go, so a
    million findings are never held at once.  `report` then gives what `build` gives."""

    def __init__(self, filters: Filters, limit: int) -> None:
        self.filters, self.limit = filters, limit
        self.total = 0
        self.passing: Counter[Verdict] = Counter()
        self._kept: list[Finding] = []
        self._last: tuple[float, int] | None = None  # the coarse key of the limit-th kept

    def __call__(self, findings: Iterable[Finding]) -> None:
        kept, keep, last = self._kept, self.filters.keep, self._last
        for finding in findings:
            self.total += 1
            if not keep(finding):
                continue
            self.passing[finding.verdict] += 1
            if last is None or coarse(finding) <= last:
                kept.append(finding)
        if len(kept) > 2 * self.limit:
            kept.sort(key=finding_order)
            del kept[self.limit :]
            self._last = coarse(kept[-1])

    def report(
        self,
        articles: Mapping[str, Article],
        *,
        claims_total: int = 0,
        generated: str | None = None,
    ) -> Report:
        """The report of the findings taken (as `build` makes it, with this `limit`)."""
        return assemble(
            self._kept,
            articles,
            filters=self.filters,
            passing=self.passing,
            findings_total=self.total,
            claims_total=claims_total,
            generated=generated,
            limit=self.limit,
        )
