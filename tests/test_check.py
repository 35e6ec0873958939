"""`crosscheck check` (check.py): every problem, as FILE:LINE:COL: message, and the schema."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft7Validator, Draft202012Validator

from conftest import STORM, TOLL, Invoke, claim_file
from crosscheck import check, claimfile, store, vocab, yamlio
from crosscheck.model import Origin, Qualifier, Status
from crosscheck.store import loading, validation


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


# --------------------------------------------------------------------------- the JSON Schema


def test_the_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(check.schema())


def test_the_schema_kinds_are_those_of_kinds_yaml() -> None:
    claim = check.schema()["$defs"]["claim"]["properties"]
    assert claim["kind"]["enum"] == list(vocab.kinds())


def test_the_schema_enums_are_those_of_the_model() -> None:
    claim = check.schema()["$defs"]["claim"]["properties"]
    assert claim["qualifier"]["enum"] == [q.value for q in Qualifier] + [None]
    assert claim["origin"]["enum"] == [o.value for o in Origin]
    assert claim["status"]["enum"] == [s.value for s in Status]


def test_the_schema_knows_every_documented_field() -> None:
    claim = check.schema()["$defs"]["claim"]
    assert tuple(claim["properties"]) == claimfile.CLAIM_KEYS
    assert tuple(claim["required"]) == claimfile.REQUIRED
    docs = (Path(__file__).parents[1] / "docs" / "claim-format.md").read_text()
    rows = [line for line in docs.splitlines() if line.startswith("| `")]
    for key in claimfile.CLAIM_KEYS:
        assert any(f"`{key}`" in row or f"`{key}." in row for row in rows), key


def test_claim_files_point_editors_at_a_schema_that_is_there(root: Path, invoke: Invoke) -> None:
    assert claim_file(root).read_text().startswith(store.SCHEMA_LINE + "\n")
    result = invoke("schema")
    assert result.exit_code == 0 and result.stderr == f"Wrote {root / 'claims.schema.json'}\n"
    pointed = claim_file(root).parent / store.SCHEMA_LINE.split("$schema=")[1]
    assert json.loads(pointed.read_text(encoding="utf-8")) == check.schema()


def test_the_bundled_corpus_has_the_schema_its_files_point_at() -> None:
    repo = Path(__file__).parents[1]
    for path in sorted((repo / "claims").glob("*.yaml")):
        pointed = path.parent / path.read_text().splitlines()[0].split("$schema=")[1]
        assert json.loads(pointed.read_text(encoding="utf-8")) == check.schema(), path


@pytest.mark.parametrize("validator", [Draft7Validator, Draft202012Validator])
def test_the_schema_holds_under_draft_7_and_2020_12(validator: Any) -> None:
    """VS Code's YAML extension speaks draft-7: the schema must mean the same there."""
    checker = validator(check.schema())
    for path in sorted((Path(__file__).parents[1] / "claims").glob("*.yaml")):
        data = json.loads(json.dumps(yaml.safe_load(path.read_text()), default=str))
        assert list(checker.iter_errors(data)) == [], path
    bad = json.loads(
        json.dumps(
            yaml.safe_load(claim_file(Path(__file__).parent / "assets" / "corpus").read_text()),
            default=str,
        )
    )
    for span in ([1, 2, 3], [1], [-1, 2], [1, "2"]):
        bad["claims"][0]["span"] = span
        assert list(checker.iter_errors(bad)), span


def test_the_sample_file_passes_the_schema(root: Path) -> None:
    text = claim_file(root).read_text()
    data = check._jsonable(yamlio.load(text, "x"))
    assert list(check._validator().iter_errors(data)) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("kind: killed", "kind: kiled"), "8:5: kind: 'kiled' is not one of killed"),
        (("    origin: manual\n", ""), "6:5: origin: required field is missing"),
        (("as_of:", "asof:"), "10:5: asof: unknown key (did you mean 'as_of'?)"),
        (("span: [13, 43]", "span: [13]"), "15:5: span: [13] is too short"),
        (("via: []", "via: [1]"), "13:13: attribution.via.0: must be text, not a whole number"),
    ],
)
def test_schema_errors_are_located_and_worded(
    root: Path, change: tuple[str, str], expected: str
) -> None:
    path = claim_file(root)
    text = path.read_text().replace(*change)
    marks = loading.positions(text)
    data = yamlio.load(text, str(path))
    found = check._schema_problems(data, str(path), loading.locator(marks, ()), set())
    assert [str(p) for p in found][0].startswith(f"{path}:{expected}")


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


@pytest.mark.parametrize(
    "value", [10**400, float("nan"), float("inf"), -1, 1.0, 2.5, True, "x", None, [1], {}]
)
def test_the_fast_schema_gate_never_passes_what_jsonschema_refuses(value: object) -> None:
    # It may send a valid file to jsonschema (NaN and infinity are numbers to jsonschema, not
    # in JSON), never let an invalid one through.
    claim = {"id": "a#1", "subject": "s", "kind": "killed", "figure": "1", "quote": "q"}
    claim |= {"span": [0, 1], "origin": "manual", "status": "confirmed"}
    assert check._passes({"article": "a", "claims": [claim]})
    for key in ("span", "best", "figure", "kind", "attribution", "as_of"):
        changed = {**claim, key: [value, 1] if key == "span" else value}
        data = {"article": "a", "claims": [changed]}
        assert not check._passes(data) or check._validator().is_valid(data), (key, value)
        finite = not isinstance(value, float) or math.isfinite(value)
        assert check._passes(data) or not check._validator().is_valid(data) or not finite


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
