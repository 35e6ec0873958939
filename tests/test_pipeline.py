"""The pipeline as library functions (pipeline.py): loading a corpus the way `check` checks
it, the claims the engine looks at, the report, extraction."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import STORM, Invoke, claim_file
from crosscheck import pipeline
from crosscheck.cache import Cache
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, Status
from crosscheck.store import loading


def _break(root: Path, old: str, new: str) -> Path:
    path = claim_file(root)
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return path


# (name, what to change in the claim file, the field and message `check` gives)
REFUSED = [
    (
        "quote not in the article",
        ("quote: about 300 were injured", "quote: about 900 were injured"),
        f"quote: not found in article '{STORM}' (whitespace-insensitive)",
    ),
    (
        "span off the quote",
        ("span: [48, 70]", "span: [40, 70]"),
        "span: [40, 70] does not cover the quote; it is at [48, 70]",
    ),
]


@pytest.mark.parametrize(
    ("change", "message"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED]
)
def test_report_refuses_what_check_rejects(
    root: Path, invoke: Invoke, change: tuple[str, str], message: str
) -> None:
    path = _break(root, *change)
    checked = invoke("check")
    assert checked.exit_code == 2
    (line,) = checked.stdout.splitlines()
    assert line.startswith(f"{path}:") and line.endswith(message)
    for args in (("report",), ("report", "--fail-on", "contradiction"), ("report", "-f", "json"),
                 ("report", "--no-cache"), ("subjects",), ("entities",)):  # fmt: skip
        result = invoke(*args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr == f"Error: {line}\n"
        assert result.stdout == ""


def test_report_refuses_a_stray_yml_file(root: Path, invoke: Invoke) -> None:
    stray = root / "claims" / "notes.yml"
    stray.write_text(claim_file(root).read_text())
    checked = invoke("check")
    assert checked.exit_code == 2
    (line,) = checked.stdout.splitlines()
    result = invoke("report", "--fail-on", "tension")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {line}\n"


def test_a_report_cached_before_a_file_broke_is_not_served(root: Path, invoke: Invoke) -> None:
    assert invoke("report").exit_code == 0
    _break(root, "span: [48, 70]", "span: [40, 70]")
    assert invoke("report").exit_code == 2


def test_load_gives_the_corpus_and_live_leaves_out_rejected(root: Path) -> None:
    corpus = pipeline.load(root / "articles", root / "claims", cache=False)
    assert [c.id for c in corpus.claims] == [f"{STORM}#1", f"{STORM}#2"]
    _break(root, "status: unreviewed", "status: rejected")
    corpus = pipeline.load(root / "articles", root / "claims", cache=False)
    assert [c.id for c in pipeline.live(corpus.claims)] == [f"{STORM}#1"]
    assert corpus.claims[1].status is Status.REJECTED
    report = pipeline.make_report(corpus)
    assert report.summary().endswith("from 1 claim in 2 articles")


def test_load_raises_the_located_error(root: Path) -> None:
    path = _break(root, "span: [48, 70]", "span: [40, 70]")
    with pytest.raises(CrosscheckError) as caught:
        pipeline.load(root / "articles", root / "claims")
    assert str(caught.value).startswith(f"{path}:")
    assert caught.value.field == "span"


def test_extract_into_a_corpus(root: Path) -> None:
    from crosscheck import articles

    selected = list(articles.load_all(root / "articles").values())
    dry = pipeline.extract(selected, root / "claims", dry_run=True)
    assert dry.added and not dry.skipped
    before = claim_file(root).read_text()
    done = pipeline.extract(selected, root / "claims")
    assert [a.id for a, _ in done.added] == [a.id for a, _ in dry.added]
    assert claim_file(root).read_text() != before
    assert pipeline.extract(selected, root / "claims").added == []


def test_extract_drops_the_proposals_the_store_would_refuse(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every proposal is checked as the store checks a claim (the fast lane, else the full
    # check, then the quote against the article): the broken ones are left out and counted,
    # the rest written, one of them valid in a shape only the full check takes.
    from crosscheck import articles
    from crosscheck import extract as extractor

    real = extractor.extract_article
    selected = list(articles.load_all(root / "articles").values())
    shutil.rmtree(root / "claims")
    proposed = {article.id: real(article) for article in selected}
    first = proposed[STORM][0]
    start, end = first["span"]
    broken = [
        {"kind": "kiled"},
        {"best": -1},
        {"low": 2000, "best": 1500, "qualifier": "range"},
        {"span": [start + 1, end]},
        {"quote": first["quote"] + " and more words", "span": [start, end + 16]},
        {"status": "done"},
        {"subject": ""},
        {"attribution": {"source": "police", "via": "a wire"}},
        {"as_of": "last May"},
        {"quote": None},
    ]
    # Each of another value than the others, so that merging keeps every one.
    broken = [
        {**first, "low": None, "high": None, "best": 1000 + number, **change}
        for number, change in enumerate(broken)
    ]
    # Valid, but not in the lane's shape: the interval left to the figure (as by hand).
    valid_elsewhere = {
        key: value for key, value in first.items() if key not in ("qualifier", "low", "high")
    }
    valid_elsewhere["best"] = 999
    proposed[STORM] = [*proposed[STORM], *broken, valid_elsewhere]
    monkeypatch.setattr(extractor, "extract_article", lambda article: proposed[article.id])
    done = pipeline.extract(selected, root / "claims")
    assert done.skipped == len(broken)
    kept = [entry for article, entry in done.added if article.id == STORM]
    assert kept[-1] is valid_elsewhere and not any(entry in broken for entry in kept)
    written = loading.load_claims(root / "claims")
    assert len(written) == len(done.added)
    (last,) = [claim for claim in written if claim.id == f"{STORM}#{len(kept)}"]
    assert last.estimate.best == 999
    pipeline.load(root / "articles", root / "claims")  # check takes every file written


@pytest.mark.parametrize("claims", ["full", "empty"])
def test_report_refuses_claims_about_a_missing_article(
    root: Path, invoke: Invoke, claims: str
) -> None:
    if claims == "empty":
        claim_file(root).write_text(f"article: {STORM}\nclaims: []\n")
    (root / "articles" / f"{STORM}.txt").rename(root / f"{STORM}.txt")
    checked = invoke("check")
    assert checked.exit_code == 2
    (line,) = checked.stdout.splitlines()
    assert (
        line
        == f"{claim_file(root)}:{3 if claims == 'full' else 1}:1: article: no article '{STORM}'"
    )
    result = invoke("report", "--fail-on", "contradiction")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {line}\n"


def test_report_refuses_a_misnamed_claim_file(root: Path, invoke: Invoke) -> None:
    claim_file(root).rename(root / "claims" / "storm.yaml")
    checked = invoke("check")
    assert checked.exit_code == 2
    (line,) = checked.stdout.splitlines()
    result = invoke("report")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {line}\n"


def _bundled(tmp_path: Path) -> tuple[list[Article], Path]:
    """The repository's bundled articles, stored in a fresh corpus; and its claims folder."""
    from crosscheck import articles

    folder = tmp_path / "articles"
    shutil.copytree(Path(__file__).parent.parent / "articles", folder)
    return list(articles.load_all(folder).values()), tmp_path / "claims"


def test_the_claim_files_extract_creates_are_read_from_the_cache_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    selected, claims_dir = _bundled(tmp_path)
    assert pipeline.extract(selected, claims_dir).added
    parsed = loading.load_claims(claims_dir, cache=None)

    def no_parsing(files: list[object]) -> list[object]:
        assert not files, "a claim file extract created was parsed again"
        return []

    monkeypatch.setattr(loading, "_parse_claim_files", no_parsing)
    assert loading.load_claims(claims_dir, cache=Cache(tmp_path)) == parsed
    assert pipeline.extract(selected, claims_dir).added == []


def test_a_claim_file_changed_after_extract_is_parsed_again(tmp_path: Path) -> None:
    selected, claims_dir = _bundled(tmp_path)
    pipeline.extract(selected, claims_dir)
    first = loading.claim_files(claims_dir)[0]
    first.write_text(first.read_text().replace("status: unreviewed", "status: confirmed", 1))
    claims = loading.load_claims(claims_dir, cache=Cache(tmp_path))
    assert claims == loading.load_claims(claims_dir, cache=None)
    assert Status.CONFIRMED in {claim.status for claim in claims}


def test_claims_appended_to_a_file_are_read_as_written(root: Path) -> None:
    from crosscheck import articles

    pipeline.extract(list(articles.load_all(root / "articles").values()), root / "claims")
    kept = loading.load_claims(root / "claims", cache=Cache(root))
    assert kept == loading.load_claims(root / "claims", cache=None)


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_engine_runs_without_the_collector_and_leaves_it_no_cycles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """make_report pauses the collector (the engine's objects are freed by reference
    counting alone), which holds only while the engine makes no cyclic garbage per claim."""
    import gc
    import sys

    from crosscheck import compare

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import synthetic

    monkeypatch.setenv("CROSSCHECK_CACHE_DIR", str(tmp_path / "cache"))
    synthetic.generate(tmp_path, 600)
    corpus = pipeline.load(tmp_path / "articles", tmp_path / "claims", jobs=jobs)
    collecting: list[bool] = []
    original = compare.compare

    def judging(*arguments: object, **options: object) -> object:
        collecting.append(gc.isenabled())
        return original(*arguments, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(compare, "compare", judging)
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        pipeline.make_report(corpus, jobs=jobs)  # the ledger is kept too: the cache is used
        assert gc.isenabled()  # put back after
        gc.collect()
        left = len(gc.garbage)
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert collecting == [False]
    assert left < 100, f"{left} objects in cycles after judging 600 claims"
