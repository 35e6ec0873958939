"""report.py: filters, order, rows and the --fail-on threshold, on hand-built findings."""

from __future__ import annotations

import dataclasses
import random

import pytest

from crosscheck import report
from crosscheck.model import Verdict
from crosscheck.report import Filters
from report_samples import (
    AGREEMENT,
    ARTICLES,
    ATTACK_DATE,
    BN,
    CLASHES,
    FINDINGS,
    MT,
    PRESS_SERVICE,
    SOLDIERS,
    SPOKESMAN,
    finding,
)


def subjects(built: report.Report) -> list[str]:
    return [d.subject for d in built.discrepancies]


def test_sorted_worst_first_and_agreement_left_out_by_default() -> None:
    built = report.build(FINDINGS, ARTICLES, claims_total=6)
    assert subjects(built) == [
        "government soldiers killed",
        "people killed in Dushanbe clashes",
        "date of the attack",
    ]
    assert [d.rank for d in built.discrepancies] == [1, 2, 3]
    assert built.findings_total == 4
    assert built.summary() == (
        "3 discrepancies (1 contradiction, 1 tension, 1 update) of 4 findings, "
        "from 6 claims in 3 articles"
    )


def test_order_does_not_depend_on_input_order() -> None:
    expected = report.build(FINDINGS, ARTICLES)
    shuffled = list(FINDINGS)
    for seed in range(5):
        random.Random(seed).shuffle(shuffled)
        again = [
            dataclasses.replace(
                f,
                subject=dataclasses.replace(f.subject, claims=tuple(reversed(f.subject.claims))),
            )
            for f in shuffled
        ]
        assert report.build(again, ARTICLES) == expected


def test_ties_are_broken_by_verdict_then_subject() -> None:
    first = finding((SPOKESMAN, PRESS_SERVICE), Verdict.TENSION, 0.5, "x", label="b subject")
    second = finding((SPOKESMAN, PRESS_SERVICE), Verdict.CONTRADICTION, 0.5, "x", label="z")
    third = finding((SPOKESMAN, PRESS_SERVICE), Verdict.TENSION, 0.5000000001, "x", label="a")
    built = report.build([first, second, third], ARTICLES)
    assert subjects(built) == ["z", "a", "b subject"]


def test_figures_in_publication_order_then_claim_number() -> None:
    built = report.build([SOLDIERS, CLASHES], ARTICLES)
    soldiers, clashes = built.discrepancies
    assert [c.id for c in soldiers.claims] == [f"{MT}#3", f"{MT}#10"]  # 3 before 10
    assert [c.article for c in clashes.claims][-1] == BN  # 2015-09-14 after 2015-09-04


def test_filter_by_kind() -> None:
    built = report.build(FINDINGS, ARTICLES, filters=Filters(kinds=frozenset({"date"})))
    assert subjects(built) == ["date of the attack"]


def test_filter_by_article_keeps_findings_that_cite_it() -> None:
    built = report.build(FINDINGS, ARTICLES, filters=Filters(articles=frozenset({BN})))
    assert subjects(built) == ["people killed in Dushanbe clashes", "date of the attack"]


def test_filter_by_min_severity_is_inclusive() -> None:
    built = report.build(FINDINGS, ARTICLES, filters=Filters(min_severity=0.55))
    assert subjects(built) == ["government soldiers killed", "people killed in Dushanbe clashes"]


def test_filter_by_verdict_can_show_agreement() -> None:
    only = Filters(verdicts=frozenset({Verdict.CONSISTENT, Verdict.UPDATE}))
    built = report.build(FINDINGS, ARTICLES, filters=only)
    assert [d.verdict for d in built.discrepancies] == [Verdict.UPDATE, Verdict.CONSISTENT]
    assert built.discrepancies[1].subject == AGREEMENT.subject.label


@pytest.mark.parametrize(
    ("findings", "threshold", "fails"),
    [
        ((SOLDIERS,), Verdict.CONTRADICTION, True),
        ((SOLDIERS,), Verdict.TENSION, True),
        ((CLASHES,), Verdict.CONTRADICTION, False),
        ((CLASHES,), Verdict.TENSION, True),
        ((ATTACK_DATE,), Verdict.TENSION, False),
        ((), Verdict.TENSION, False),
    ],
)
def test_fails_at_or_worse_than_threshold(findings, threshold, fails) -> None:
    assert report.build(findings, ARTICLES).fails(threshold) is fails


def test_at_or_worse() -> None:
    assert report.at_or_worse(Verdict.CONTRADICTION) == {Verdict.CONTRADICTION}
    assert report.at_or_worse(Verdict.TENSION) == {Verdict.CONTRADICTION, Verdict.TENSION}


def test_severity_rounded_so_float_noise_cannot_change_output() -> None:
    noisy = dataclasses.replace(SOLDIERS, severity=0.1 + 0.2)
    assert report.build([noisy], ARTICLES).discrepancies[0].severity == 0.3


def test_rows_carry_article_and_attribution() -> None:
    row = report.build([SOLDIERS], ARTICLES).discrepancies[0].claims[1]
    assert row.attribution == "government press service via Interfax"
    assert (row.outlet, row.published, row.as_of) == (
        "The Moscow Times",
        "1998-11-06",
        "1998-11-05",
    )
    assert row.origins == 1
    assert (row.value("low"), row.value("best"), row.value("high")) == (None, 100, 100)
    assert row.interval == "≤ 100"


def test_date_rows_show_iso_dates() -> None:
    row = report.build([ATTACK_DATE], ARTICLES).discrepancies[0].claims[0]
    assert row.value("best") == "2015-09-04"
    assert row.interval == "2015-09-04"


def test_unknown_article_still_reported() -> None:
    built = report.build([SOLDIERS], {})
    assert built.discrepancies[0].claims[0].outlet is None


@pytest.mark.parametrize(
    ("value", "shown"), [(39.0, 39), (5.7, 5.7), (None, None), (25000.0, 25000)]
)
def test_plain_value(value, shown) -> None:
    assert report.plain_value(value) == shown


def test_claim_number_sorts_naturally() -> None:
    ids = ["a#10", "a#2", "b#1", "a#x"]
    assert sorted(ids, key=report.claim_number) == ["a#x", "a#2", "a#10", "b#1"]


def test_summary_counts_in_words() -> None:
    one = report.build([SOLDIERS], {MT: ARTICLES[MT]}, claims_total=1)
    assert one.summary() == (
        "1 discrepancy (1 contradiction) of 1 finding, from 1 claim in 1 article"
    )
    assert report.build([], {}).summary() == (
        "0 discrepancies of 0 findings, from 0 claims in 0 articles"
    )


@pytest.mark.parametrize("limit", [1, 2, 3, 10])
def test_a_limited_report_is_the_head_of_the_whole_one(limit: int) -> None:
    whole = report.build(FINDINGS, ARTICLES, claims_total=6)
    limited = report.build(FINDINGS, ARTICLES, claims_total=6, limit=limit)
    assert limited.discrepancies == whole.discrepancies[:limit]
    assert limited.more == max(0, len(whole.discrepancies) - limit)
    assert limited.summary() == whole.summary()  # counts every discrepancy
    assert limited.counts() == whole.counts()
    assert whole.head(limit) == limited
    for verdict in Verdict:
        assert limited.fails(verdict) == whole.fails(verdict)


def test_a_limited_report_of_many_tied_findings_is_the_head_of_the_whole_one() -> None:
    rng = random.Random(4)
    claims = [c for f in FINDINGS for c in f.subject.claims]
    many = [
        finding(
            tuple(rng.sample(claims, 2)),
            rng.choice([Verdict.CONTRADICTION, Verdict.TENSION, Verdict.UPDATE]),
            rng.choice([0.5, 0.9, 0.9004, 1.0]),  # ties, and one that rounds onto another
            rng.choice(["a", "b"]),
            label=rng.choice(["x", "y", "z"]),
            key=f"k{n % 7}",
        )
        for n in range(200)
    ]
    whole = report.build(many, ARTICLES)
    for limit in (1, 5, 37, 199):
        assert report.build(many, ARTICLES, limit=limit) == whole.head(limit)


def _tied_findings(count: int, seed: int) -> list[report.Finding]:
    rng = random.Random(seed)
    claims = [c for f in FINDINGS for c in f.subject.claims]
    return [
        finding(
            tuple(rng.sample(claims, 2)),
            rng.choice(list(Verdict)),
            rng.choice([0.0, 0.5, 0.9, 0.9004, 1.0]),  # ties, and one that rounds onto another
            rng.choice(["a", "b"]),
            label=rng.choice(["x", "y", "z"]),
            key=f"k{n % 7}",
        )
        for n in range(count)
    ]


@pytest.mark.parametrize("seed", range(4))
def test_a_tally_of_findings_taken_in_slices_gives_the_report_build_gives(seed: int) -> None:
    rng = random.Random(seed)
    many = _tied_findings(300, seed)
    for filters in (
        Filters(),
        Filters(verdicts=frozenset(Verdict)),
        Filters(verdicts=frozenset({Verdict.TENSION}), min_severity=0.6),
        Filters(kinds=frozenset({"killed"})),
    ):
        for limit in (1, 4, 37, 299, 1000):
            tally = report.Tally(filters, limit)
            # The engine hands findings over a slice at a time, some slices empty.
            cuts = sorted(rng.sample(range(len(many) + 1), 6))
            for start, end in zip([0, *cuts], [*cuts, len(many)], strict=True):
                tally(many[start:end])
            expected = report.build(many, ARTICLES, filters=filters, claims_total=9, limit=limit)
            assert tally.report(ARTICLES, claims_total=9) == expected, (filters, limit)
