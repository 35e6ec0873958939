"""`crosscheck extract` through CliRunner: what it writes, what it leaves alone, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import CORPUS, STORM, TOLL, Invoke, claim_file
from crosscheck import articles
from crosscheck.model import Claim, Origin, Status
from crosscheck.store import editing, loading


def _claims(root: Path) -> list[Claim]:
    return loading.load_claims(root / "claims")


def _snapshot(root: Path) -> dict[str, str]:
    return {path.name: path.read_text() for path in sorted((root / "claims").glob("*.yaml"))}


def test_extract_adds_unreviewed_claims_and_keeps_the_existing_ones(
    root: Path, invoke: Invoke
) -> None:
    before = claim_file(root).read_text()
    result = invoke("extract")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "extracted 5 new claims from 2 articles\n"
    # What was on file is untouched: the new claims follow it.
    assert claim_file(root).read_text().startswith(before)
    found = _claims(root)
    kept = [c for c in found if c.id in (f"{STORM}#1", f"{STORM}#2")]
    assert [c.status for c in kept] == [Status.CONFIRMED, Status.UNREVIEWED]
    new = [c for c in found if c not in kept]
    assert {c.origin for c in new} == {Origin.EXTRACTED}
    assert {c.status for c in new} == {Status.UNREVIEWED}
    toll = {c.figure: c for c in new if c.article == TOLL}
    assert toll["15"].kind == "killed" and toll["15"].attribution.source == "officials"
    assert toll["Between 250 and 320"].estimate.low == 250


def test_extract_twice_changes_nothing(root: Path, invoke: Invoke) -> None:
    assert invoke("extract").exit_code == 0
    after_first = _snapshot(root)
    result = invoke("extract")
    assert result.exit_code == 0
    assert result.stderr == "extracted 0 new claims from 2 articles\n"
    assert _snapshot(root) == after_first


def test_rejected_claims_stay_rejected(root: Path, invoke: Invoke) -> None:
    assert invoke("extract", TOLL).exit_code == 0
    first = next(c for c in _claims(root) if c.article == TOLL)
    known = articles.load_all(root / "articles")
    editing.update_claim(root / "claims", first.id, {"status": "rejected"}, known)
    result = invoke("extract", TOLL)
    assert result.stderr == "extracted 0 new claims from 1 article\n"
    statuses = [c.status for c in _claims(root) if c.article == TOLL]
    assert statuses.count(Status.REJECTED) == 1


def test_dry_run_shows_a_table_and_writes_nothing(root: Path, invoke: Invoke) -> None:
    before = _snapshot(root)
    result = invoke("extract", "--dry-run", TOLL)
    assert result.exit_code == 0
    assert result.stderr == "would add 2 new claims from 1 article\n"
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["article", "figure", "kind", "party", "source", "quote"]
    assert any("Between 250 and 320" in line and "injured" in line for line in lines)
    assert _snapshot(root) == before


def test_parallel_jobs_give_the_same_claims(root: Path, invoke: Invoke) -> None:
    assert invoke("extract", "--jobs", "2").exit_code == 0
    parallel = _snapshot(root)
    shutil.rmtree(root / "claims")
    shutil.copytree(CORPUS / "claims", root / "claims")
    assert invoke("extract").exit_code == 0
    assert _snapshot(root) == parallel


def test_an_article_file_path_is_accepted(root: Path, invoke: Invoke) -> None:
    path = root / "articles" / f"{TOLL}.txt"
    result = invoke("extract", "--dry-run", str(path))
    assert result.exit_code == 0 and "15" in result.stdout


def test_unknown_article(root: Path, invoke: Invoke) -> None:
    result = invoke("extract", "no-such-article")
    assert result.exit_code == 2
    assert "no article 'no-such-article'" in result.stderr


HEADER = "---\nid: {id}\ntitle: Bad\noutlet: Test\npublished: '2021-03-05'\n---\n"


def _bad_article(root: Path, name: str, body: bytes) -> Path:
    path = root / "articles" / f"{name}.txt"
    path.write_bytes(HEADER.format(id=name).encode() + body)
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "the article body is empty"),
        (b"  \n\n", "the article body is empty"),
        (b"12 killed\x00\x01\x02 binary", "NUL bytes"),
        (b"\xff\xfe\x00 not text", "not UTF-8"),
    ],
)
def test_bad_articles_are_refused_and_nothing_is_written(
    root: Path, invoke: Invoke, body: bytes, message: str
) -> None:
    path = _bad_article(root, "bad-article", body)
    before = _snapshot(root)
    result = invoke("extract")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {path}")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert _snapshot(root) == before


def test_empty_file_is_refused(root: Path, invoke: Invoke) -> None:
    path = root / "articles" / "empty.txt"
    path.write_bytes(b"")
    result = invoke("extract", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {path}") and "empty" in result.stderr


def test_enormous_article_is_refused(
    root: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(articles, "MAX_BYTES", 2_000_000)
    path = _bad_article(root, "huge-article", b"12 soldiers were killed. " * 100_000)
    before = _snapshot(root)
    result = invoke("extract")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {path}: larger than 2 MB\n"
    assert _snapshot(root) == before


def test_a_part_of_a_toll_is_no_rival_of_another_report_of_the_whole(
    root: Path, invoke: Invoke
) -> None:
    # extract then report, as a user runs them: "30 people, including five civilians" in
    # one report and "Thirty people were killed" in another agree.
    shutil.rmtree(root / "claims")
    for path in (root / "articles").glob("*"):
        path.unlink()
    stories = {
        "wire-a-2026-03-01-blast": "A car bomb killed 30 people, including five civilians, at a "
        "market in Eastport on Sunday, police said.",
        "wire-b-2026-03-01-blast": "Thirty people were killed when a car bomb exploded at a "
        "market in Eastport on Sunday, the interior ministry said.",
    }
    for name, body in stories.items():
        (root / "articles" / f"{name}.txt").write_text(
            f"---\nid: {name}\ntitle: Car bomb in Eastport\noutlet: {name[:6]}\n"
            f"url: https://example.org/{name}\npublished: '2026-03-01'\n---\n{body}\n"
        )
    assert invoke("extract").exit_code == 0
    found = {c.figure: c.subject for c in _claims(root)}
    assert found["five"] == "civilians killed (among them)"
    report = invoke("report", "--format", "csv")
    assert report.exit_code == 0, report.stderr
    assert "contradiction" not in report.stdout


def test_an_article_the_extractor_fails_on_is_reported_and_the_others_extracted(
    root: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck import extract as extractor

    real = extractor.extract_article

    def failing(article: articles.Article) -> list[dict[str, object]]:
        if article.id == STORM:
            raise IndexError("no such group")
        return real(article)

    monkeypatch.setattr(extractor, "extract_article", failing)
    before = {c.id for c in _claims(root)}
    result = invoke("extract")
    # A bug, not bad input: one line naming the article, no traceback, exit 1 as a
    # traceback would; the other article's claims are written all the same.
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "extracted 2 new claims from 2 articles"
    assert lines[1].startswith("Error: ")
    assert f"articles/{STORM}.txt: the extractor failed on this article" in lines[1]
    assert "(IndexError: no such group)" in lines[1]
    assert "Traceback" not in result.stderr
    assert {c.article for c in _claims(root) if c.id not in before} == {TOLL}
