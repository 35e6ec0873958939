"""`crosscheck check` (check.py): every problem, as FILE:LINE:COL: message, and the schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import STORM, TOLL, Invoke, claim_file
from crosscheck import check, claimfile
from crosscheck.store import validation


def test_a_clean_corpus_has_no_problems(root: Path, invoke: Invoke) -> None:
    assert check.check_corpus(root / "articles", root / "claims") == []
    result = invoke("check")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "ok: 2 articles, 2 claims\n"


def test_every_problem_is_reported_sorted_by_line(root: Path, invoke: Invoke) -> None:
    path = claim_file(root)
    text = (
        path.read_text()
        .replace("kind: killed", "kind: kiled")
        .replace("    status: unreviewed\n", "    status: done\n    colour: red\n")
        .replace("figure: about 300", "figure: about 300\n    low: 400")
    )
    path.write_text(text)
    result = invoke("check")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        f"{path}:8:5: kind: unknown kind 'kiled' (did you mean 'killed'?)",
        f"{path}:22:5: low: low (400) is greater than best (300)",
        f"{path}:26:5: status: 'done' is not one of unreviewed, confirmed, corrected, rejected",
        f"{path}:27:5: colour: unknown key",
    ]


def test_problems_print_as_file_line_column_message() -> None:
    assert str(check.Problem("claims/a.yaml", 3, 5, "kind: unknown")) == (
        "claims/a.yaml:3:5: kind: unknown"
    )


def test_near_misses_get_a_suggestion() -> None:
    assert validation.did_you_mean("figur", claimfile.CLAIM_KEYS) == " (did you mean 'figure'?)"
    assert validation.did_you_mean("zzzz", claimfile.CLAIM_KEYS) == ""


def test_a_missing_articles_folder_is_a_problem(tmp_path: Path) -> None:
    problems = check.check_corpus(tmp_path / "articles", tmp_path / "claims")
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'articles'}:1:1: no such folder (see --root)"
    ]


def test_a_yml_file_is_pointed_out(root: Path) -> None:
    (root / "claims" / "notes.yml").write_text("article: x\n")
    problems = check.check_corpus(root / "articles", root / "claims")
    assert [p.message for p in problems] == ["claim files end in .yaml; this one is ignored"]


def test_an_article_whose_file_name_is_not_its_id(root: Path) -> None:
    source = root / "articles" / f"{STORM}.txt"
    source.rename(root / "articles" / "renamed.txt")
    problems = check.check_corpus(root / "articles", root / "claims")
    assert [p.message for p in problems] == [f"id: article '{STORM}' belongs in {STORM}.txt"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("kind: killed", "kind: kiled"),
            "8:5: kind: unknown kind 'kiled' (did you mean 'killed'?)",
        ),
        (("    origin: manual\n", ""), "6:5: origin: required field is missing"),
        (("as_of:", "asof:"), "10:5: asof: unknown key (did you mean 'as_of'?)"),
        (("span: [13, 43]", "span: [13]"), "15:5: span: must be [start, end], two whole numbers"),
        (("via: []", "via: [1]"), "13:13: attribution.via.0: must be text, not a number"),
        (("via: []", "via: ['']"), "13:13: attribution.via.0: must not be empty"),
    ],
)
def test_claim_errors_are_located_and_worded(
    root: Path, change: tuple[str, str], expected: str
) -> None:
    # The one validator (store/validation.py) words them; check places each.
    path = claim_file(root)
    path.write_text(path.read_text().replace(*change))
    problems = check.check_corpus(root / "articles", root / "claims")
    assert [str(p) for p in problems] == [f"{path}:{expected}"]


def test_a_crlf_checkout_checks_clean(root: Path) -> None:
    for path in [*(root / "articles").iterdir(), *(root / "claims").iterdir()]:
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert check.check_corpus(root / "articles", root / "claims") == []


def test_a_leftover_temporary_file_is_pointed_out(root: Path) -> None:
    leftover = root / "claims" / f".{STORM}.yaml.k3j4h5.tmp"
    leftover.write_text("half a fi")
    problems = check.check_corpus(root / "articles", root / "claims")
    assert [str(p) for p in problems] == [
        f"{leftover}:1:1: left over from an interrupted write; delete it"
    ]


def test_gitattributes_keeps_lf_for_articles_and_claims() -> None:
    text = (Path(__file__).resolve().parent.parent / ".gitattributes").read_text()
    lines = {line.split("#")[0].strip() for line in text.splitlines()}
    assert "* text=auto eol=lf" in lines


def test_two_processes_find_the_same_problems_as_one(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = claim_file(root)
    first.write_text(first.read_text().replace("kind: killed", "kind: kiled"))
    # The second file restates the first one's claims under its own article, but keeps
    # the first claim's id: an id used in two files.
    second = claim_file(root, TOLL)
    text = first.read_text().replace(f"article: {STORM}", f"article: {TOLL}")
    second.write_text(text.replace(f"{STORM}#2", f"{TOLL}#2"))
    monkeypatch.setattr(check, "_PARALLEL_BYTES", 0)
    alone = check.run(root / "articles", root / "claims", jobs=1)
    spread = check.run(root / "articles", root / "claims", jobs=2)
    assert spread == alone
    messages = [str(problem) for problem in alone.problems]
    # Files are checked in article-id order: the TOLL file comes first.
    assert f"{first}:6:5: id: duplicate id '{STORM}#1' (also at {second}:6)" in messages
    assert sum("kind: unknown kind 'kiled'" in message for message in messages) == 2
