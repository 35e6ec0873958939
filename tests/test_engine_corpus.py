"""The engine on the bundled corpus (articles/ and claims/ at the repository root).

These are the outcomes the engine must reach by its general rules; claims are found by
article and figure, not by id, so that curating the files does not break the tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck import compare, group, pairs, places, store
from crosscheck import profiles as profiling
from crosscheck.cli import app
from crosscheck.model import Claim, Finding, Subject, Verdict
from crosscheck.store import loading

ROOT = Path(__file__).resolve().parent.parent
MT_1997 = "moscow-times-1997-08-12"
MT_1998 = "moscow-times-1998-11-06"
VOA = "voice-of-america-2015-09-04"
BLOUIN = "blouin-news-2015-09-14"

pytestmark = pytest.mark.skipif(
    not any((ROOT / "claims").glob("*.yaml")), reason="the corpus claims are not there yet"
)


@pytest.fixture(scope="module")
def corpus() -> store.Corpus:
    return loading.load_corpus(ROOT / "articles", ROOT / "claims")


@pytest.fixture(scope="module")
def findings(corpus: store.Corpus) -> list[Finding]:
    return compare.analyse(corpus.claims, corpus.articles)


def _claim(
    corpus: store.Corpus, article: str, figure: str, kind: str, source: str | None = None
) -> Claim:
    (found,) = [
        c
        for c in corpus.claims
        if c.article.startswith(article)
        and c.figure.lower() == figure
        and c.kind == kind
        and source in (None, c.attribution.source)
    ]
    return found


def _finding_with(
    findings: list[Finding], *claims: Claim, verdict: Verdict | None = None
) -> Finding:
    wanted = {c.id for c in claims}
    (found,) = [
        f
        for f in findings
        if wanted <= {c.id for c in f.subject.claims} and verdict in (None, f.verdict)
    ]
    return found


def test_39_vs_up_to_100_government_soldiers_is_a_contradiction(
    corpus: store.Corpus, findings: list[Finding]
) -> None:
    low = _claim(corpus, MT_1998, "39", "killed")
    high = _claim(corpus, MT_1998, "up to 100", "killed")
    finding = _finding_with(findings, low, high)
    assert finding.verdict is Verdict.CONTRADICTION
    assert finding.severity >= 0.7
    assert finding.explanation == (
        "39 (president's spokesman Zafar Saidov, 1998-11-05) vs up to 100 (government press "
        "service via Interfax, 1998-11-05): intervals do not overlap, best estimates differ by 61"
        " (compared as one quantity: killed of state forces, at Sughd region, about 1998-11-05)"
    )


def test_russian_troops_15_months_apart(corpus: store.Corpus, findings: list[Finding]) -> None:
    early = _claim(corpus, MT_1997, "20,000", "troops")
    late = _claim(corpus, MT_1998, "about 25,000", "troops")
    finding = _finding_with(findings, early, late)
    assert "20,000" in finding.explanation and "about 25,000" in finding.explanation
    assert "15 months apart" in finding.explanation
    assert finding.verdict is not Verdict.CONTRADICTION


def test_8_policemen_vs_33_troops(corpus: store.Corpus, findings: list[Finding]) -> None:
    eight = _claim(corpus, BLOUIN, "8", "killed")
    at_least = _claim(corpus, VOA, "at least eight", "killed")
    many = _claim(corpus, VOA, "33", "killed")
    finding = _finding_with(findings, eight, many)
    assert finding.verdict is Verdict.CONTRADICTION
    assert "8 (interior ministry, 2015-09-04) vs 33 (unidentified source via RIA" in (
        finding.explanation
    )
    # "At least eight" is a floor: it agrees with 33, so it is not part of the dispute.
    assert at_least not in finding.subject.claims
    (subject,) = [
        s
        for s in group.group(corpus.claims, corpus.articles)
        if {eight.id, at_least.id, many.id} <= {c.id for c in s.claims}
    ]
    relations = compare.relations(subject, corpus.articles)
    floor = [r for r in relations if {r.first.id, r.second.id} == {at_least.id, many.id}]
    assert [r.verdict for r in floor] == [Verdict.CONSISTENT]


def test_2_vs_9_attackers(corpus: store.Corpus, findings: list[Finding]) -> None:
    two = _claim(corpus, VOA, "two", "killed", source="interior ministry")
    nine = _claim(corpus, BLOUIN, "9", "killed")
    nine_ria = _claim(corpus, VOA, "nine", "killed")
    # "9" and "nine" agree: each is held with the "two" it disputes, in a finding of its own.
    with_digits = _finding_with(findings, two, nine, verdict=Verdict.CONTRADICTION)
    finding = _finding_with(findings, two, nine_ria, verdict=Verdict.CONTRADICTION)
    assert nine_ria.id not in {c.id for c in with_digits.subject.claims}
    assert finding.explanation.startswith("two (interior ministry, 2015-09-04) vs nine")
    assert dict(finding.origins)[nine.id] == 2  # the ministry (Blouin) and RIA's source


def test_9_attackers_then_a_total_of_18_is_an_update(
    corpus: store.Corpus, findings: list[Finding]
) -> None:
    nine = _claim(corpus, BLOUIN, "9", "killed")
    total = _claim(corpus, BLOUIN, "18", "killed")
    finding = _finding_with(findings, nine, total, verdict=Verdict.UPDATE)
    relations = compare.relations(finding.subject, corpus.articles)
    (pair,) = [r for r in relations if {r.first.id, r.second.id} == {nine.id, total.id}]
    assert pair.verdict is Verdict.UPDATE
    disputes = [
        f for f in findings if nine in f.subject.claims and f.verdict is Verdict.CONTRADICTION
    ]
    assert len(disputes) == 2  # against each of VOA's two "two"s
    for disputed in disputes:
        assert "later 18 (source cited by TASS via TASS, 2015-09-09): update" in (
            disputed.explanation
        )


def test_population_is_changed_not_contradicted(
    corpus: store.Corpus, findings: list[Finding]
) -> None:
    old = _claim(corpus, MT_1998, "5.7 million", "population")
    new = _claim(corpus, VOA, "8 million", "population")
    finding = _finding_with(findings, old, new)
    assert finding.verdict is Verdict.CHANGED
    assert "17 years apart" in finding.explanation


def test_89_dead_is_the_sum_of_its_parts(corpus: store.Corpus, findings: list[Finding]) -> None:
    total = next(
        c
        for c in corpus.claims
        if c.article.startswith(MT_1998) and c.figure == "89" and c.attribution.source != "article"
    )
    finding = _finding_with(findings, total)
    assert finding.verdict is Verdict.CONSISTENT
    assert (
        "89 (president's spokesman Zafar Saidov, 1998-11-05) = 39 government soldiers + "
        "50 rebel troops (same source): the total equals the sum of its parts"
    ) in finding.explanation


def test_no_other_contradictions(findings: list[Finding]) -> None:
    contradictions = sorted(
        # The last part of a key tells apart findings of the same figures (their claims).
        f.subject.key.rsplit("|", 1)[0]
        for f in findings
        if f.verdict is Verdict.CONTRADICTION
    )
    # VOA says "two" twice, Blouin "9" and VOA's agency source "nine": four pairs that
    # dispute, each a finding (claims that agree are never held together).
    assert contradictions == [
        *["killed|armed group|2015-09-04|city:1221874|2 vs 9"] * 4,
        # (a report that names no other country's forces: its soldiers are its country's)
        "killed|state forces [country:TJ]|2015-09-04|city:1221874|8 vs 33",
        "killed|state forces|1998-11-05|alias:sughd region|39 vs 100",
    ]


def test_subjects_group_spellings_and_synonyms(corpus: store.Corpus) -> None:
    subjects = {s.key: s for s in group.group(corpus.claims, corpus.articles)}
    rebels = subjects["killed|armed group|2015-09-04|city:1221874"]
    parties = {c.party for c in rebels.claims}
    assert {"attackers", "rebels", "Nazarzod's troops"} <= parties  # the corpus's aliases.yaml


# --------------------------------------------------------------------------- CLI


def test_cli_entities() -> None:
    result = CliRunner().invoke(app, ["--root", str(ROOT), "entities"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["entity", "spellings", "why", "is"]
    assert any(line.startswith("Khujand") and "Khodzhand" in line for line in lines)
    assert "Khudoiberdyev ~ Khudoberdiyev: same after folding" in result.output
    assert "Rahmon ~ Rakhmonov: -ov ending" in result.output
    # What each name is taken for: a place through the gazetteer, or who leads which side.
    assert "place Khujand in sughd region, TJ: Khujand, a town in TJ (GeoNames)" in result.output
    assert "leads armed group (aliases.yaml)" in result.output


def test_cli_subjects_by_kind() -> None:
    result = CliRunner().invoke(app, ["--root", str(ROOT), "subjects", "--kind", "troops"])
    assert result.exit_code == 0, result.output
    assert "troops|state forces [country:RU]|*|tajikistan" in result.output
    assert "killed|" not in result.output


def test_cli_subjects_explain_party_place_and_event() -> None:
    result = CliRunner().invoke(app, ["--root", str(ROOT), "subjects", "--kind", "killed"])
    assert result.exit_code == 0, result.output
    assert "killed|armed group|2015-09-04|city:1221874" in result.output
    assert "-> armed group" in result.output  # the side the party was read as
    assert "about 2015-09-04, 2015-09-09: within 21 days of each other" in result.output
    assert "Dushanbe, a town in TJ (GeoNames)" in result.output  # the place, resolved
    assert "compared as one quantity: killed of armed group, at Dushanbe" in result.output


def test_cli_subjects_unknown_kind() -> None:
    result = CliRunner().invoke(app, ["--root", str(ROOT), "subjects", "--kind", "boats"])
    assert result.exit_code == 2
    assert "unknown kind 'boats'" in result.output


def test_a_change_to_the_corpus_aliases_is_not_served_from_the_cache(tmp_path: Path) -> None:
    for part in ("articles", "claims"):
        shutil.copytree(ROOT / part, tmp_path / part)
    shutil.copy(ROOT / "aliases.yaml", tmp_path / "aliases.yaml")

    def report(*args: str) -> str:
        result = CliRunner().invoke(app, ["--root", str(tmp_path), "report", *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    before = report()
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text(
        aliases.read_text(encoding="utf-8").replace("side: armed group", "side: state forces"),
        encoding="utf-8",
    )
    after = report()
    assert after != before  # a warlord's troops changed sides: the report is computed again
    assert after == report("--no-cache")


def _one_event_pair_by_pair(a: Subject, b: Subject, profiles: dict[str, profiling.Profile]) -> bool:
    """compare._one_event claim pair by claim pair (as it was written first, with the rule
    that a part placed apart from its whole is no part of it, even in one article): the
    reference for the precomputed event points."""
    for ca in a.claims:
        pa = profiles.get(ca.id)
        for cb in b.claims:
            pb = profiles.get(cb.id)
            if pa is None or pb is None or pa.about is None or pb.about is None:
                continue
            if pairs.days_apart(pa.about, pb.about) > group.WINDOW_DAYS:
                continue
            wider = pa.place is not None and pb.place is not None and pa.place.key != pb.place.key
            if wider and places.within(pb.place, pa.place):  # type: ignore[arg-type]
                continue  # the part over a wider place than the whole
            if wider and places.agree(pa.place, pb.place) is None:  # type: ignore[arg-type]
                continue  # places apart, even in one article
            if ca.article == cb.article:
                return True
            if (
                pa.place is not None
                and pb.place is not None
                and places.agree(pa.place, pb.place) is not None
            ):
                return True
    return False


def test_one_event_from_points_equals_pair_by_pair(corpus: store.Corpus) -> None:
    profiles = profiling.profiles(corpus.claims, corpus.articles)
    subjects = group.group(corpus.claims, corpus.articles, profiles)
    tolls = [s for s in subjects if compare._nature(s.kind) == "toll"]
    answers = [compare._one_event(a, b, profiles) for a in tolls for b in tolls if a.kind == b.kind]
    assert answers == [
        _one_event_pair_by_pair(a, b, profiles) for a in tolls for b in tolls if a.kind == b.kind
    ]
    assert any(answers) and not all(answers)
