"""`crosscheck report` through CliRunner: formats, filters, --output, --check, --fail-on,
--write-reports, determinism.  A small fake engine stands in for compare.analyse, so these
tests pin the command's behaviour, not the engine's judgement (test_report_regression.py
runs the real engine on the bundled corpus)."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from crosscheck import compare, store
from crosscheck.cli import app
from crosscheck.model import Article, Claim, Finding, Subject, Verdict
from crosscheck.render import Format
from crosscheck.store import loading
from report_samples import shuffle_corpus

REPO = Path(__file__).resolve().parent.parent


def fake_analyse(
    claims: Iterable[Claim],
    articles: Mapping[str, Article],
    *,
    jobs: int | None = None,
    memo: object = None,
    sink: Callable[[list[Finding]], None] | None = None,
) -> list[Finding]:
    """Claims with the same kind and subject words are one subject; overlapping figures agree,
    others are a contradiction when more than twice apart, else a tension.  With a `sink`, as
    the engine does: the findings go to it, none is returned."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[(claim.kind, claim.subject)].append(claim)
    findings = []
    for (kind, subject), members in groups.items():
        if len(members) < 2:
            continue
        bests = sorted(c.estimate.best for c in members)
        if all(a.estimate.overlaps(b.estimate) for a, b in combinations(members, 2)):
            verdict, severity = Verdict.CONSISTENT, 0.0
        elif bests[-1] > 2 * max(bests[0], 1):
            verdict, severity = Verdict.CONTRADICTION, 0.9
        else:
            verdict, severity = Verdict.TENSION, 0.4
        findings.append(
            Finding(
                Subject(f"{kind}|{subject}", subject, kind, tuple(members)),
                verdict,
                severity,
                f"{len(members)} figures from {bests[0]:g} to {bests[-1]:g}",
            )
        )
    if sink is not None:
        sink(findings)
        return []
    return findings


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled corpus in tmp_path, with the fake engine in place."""
    for folder in ("articles", "claims"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    monkeypatch.setattr(compare, "analyse", fake_analyse)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CROSSCHECK_ROOT", raising=False)
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["report", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def test_table_by_default_summary_on_stderr(corpus: Path) -> None:
    code, out, err = run()
    assert code == 0
    assert out.splitlines()[0].split()[:4] == ["#", "severity", "verdict", "subject"]
    assert "contradiction" in out
    assert re.fullmatch(
        r"\d+ discrepancies \(\d+ contradiction, \d+ tension\) of \d+ findings, "
        r"from \d+ claims in 5 articles\n",
        err,
    )
    assert "discrepancies" not in out


ALL = ("--verdict", "contradiction", "--verdict", "tension", "--verdict", "consistent")


def discrepancies(*args: str) -> list[dict[str, Any]]:
    code, out, _ = run("-f", "json", *args)
    assert code == 0
    found: list[dict[str, Any]] = json.loads(out)["discrepancies"]
    return found


@pytest.mark.parametrize("fmt", [*(f.value for f in Format), "JSON"])
def test_every_format(corpus: Path, fmt: str) -> None:
    code, out, _ = run("--format", fmt)
    assert code == 0 and out
    if fmt.lower() == "json":
        assert json.loads(out)["discrepancies"] == discrepancies()


def test_unknown_format_is_a_usage_error(corpus: Path) -> None:
    code, _, err = run("--format", "pdf")
    assert code == 2
    assert "pdf" in err


def test_output_written_atomically_and_not_printed(corpus: Path) -> None:
    target = corpus / "out" / "report.md"
    code, out, err = run("-f", "markdown", "-o", str(target))
    assert code == 0 and out == ""
    assert f"Wrote {target}" in err
    assert target.read_text(encoding="utf-8").startswith("# Crosscheck report")
    assert [p.name for p in target.parent.iterdir()] == ["report.md"]  # no temp files left


def test_filters(corpus: Path) -> None:
    def keys(*args: str) -> list[str]:
        return [d["key"] for d in discrepancies(*args)]

    everything = discrepancies(*ALL)
    assert {d["verdict"] for d in everything} == {"contradiction", "tension", "consistent"}

    def where(test: Any) -> list[str]:
        return [d["key"] for d in everything if test(d)]

    assert keys() == where(lambda d: d["verdict"] != "consistent")
    for kind in ("distance", "killed", "date"):
        assert keys(*ALL, "--kind", kind) == where(lambda d, k=kind: d["kind"] == k)
    assert keys(*ALL, "--kind", "distance", "--kind", "killed") == where(
        lambda d: d["kind"] in ("distance", "killed")
    )
    assert keys(*ALL, "--min-severity", "0.5") == where(lambda d: d["severity"] >= 0.5)
    assert keys("--verdict", "contradiction") == where(lambda d: d["verdict"] == "contradiction")
    assert keys("--verdict", "update") == []
    article = "moscow-times-1996-02-03-warlords-stall-advance-on-dushanbe"
    cited = keys(*ALL, "--article", article)
    assert cited == where(lambda d: any(c["article"] == article for c in d["claims"]))
    assert cited
    assert [d["rank"] for d in discrepancies("--kind", "killed")][:1] == [1]


def test_bad_filters_are_one_line_errors(corpus: Path) -> None:
    code, _, err = run("--kind", "kiled")
    assert code == 2
    assert err.startswith("Error: --kind 'kiled' is not a kind (one of: killed, injured")
    code, _, err = run("--article", "moscow-times-1996-02-03-warlords")
    assert code == 2
    assert err == (
        "Error: --article 'moscow-times-1996-02-03-warlords': no such article (did you mean "
        "'moscow-times-1996-02-03-warlords-stall-advance-on-dushanbe'?)\n"
    )
    code, _, err = run("--min-severity", "2")
    assert code == 2


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--fail-on", "contradiction"], 1),
        (["--fail-on", "tension"], 1),
        (["--fail-on", "tension", "--kind", "troops"], 1),  # a tension
        (["--fail-on", "contradiction", "--kind", "troops"], 0),
        (["--fail-on", "tension", "--kind", "date"], 0),  # only agreement there
        (["--fail-on", "contradiction", "--min-severity", "0.95"], 0),
        (["--fail-on", "tension", "--verdict", "consistent"], 0),
    ],
)
def test_fail_on_exit_codes(corpus: Path, args: list[str], code: int) -> None:
    got, out, err = run(*args)
    assert got == code
    assert out  # the report is still printed
    if code:
        assert err.splitlines()[-1].endswith(f"or worse (--fail-on {args[1]})")


def test_fail_on_rejects_other_verdicts(corpus: Path) -> None:
    assert run("--fail-on", "update")[0] == 2


def test_check(corpus: Path) -> None:
    target = corpus / "reports" / "report.md"
    code, out, err = run("-f", "markdown", "--check", str(target))
    assert (code, out) == (1, "")
    assert err.splitlines()[-1] == (
        f"{target} does not exist: regenerate it with the same options and --output {target}"
    )
    run("-f", "markdown", "-o", str(target))
    code, out, err = run("-f", "markdown", "--check", str(target))
    assert (code, out) == (0, "")
    assert err.splitlines()[-1] == f"{target} is up to date"
    # other options, other report
    assert run("-f", "markdown", "--kind", "killed", "--check", str(target))[0] == 1
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    code, _, err = run("-f", "markdown", "--check", str(target))
    assert code == 1
    assert err.splitlines()[-1].startswith(f"{target} is out of date")


def test_check_csv_keeps_line_ends(corpus: Path) -> None:
    target = corpus / "report.csv"
    run("-f", "csv", "-o", str(target))
    assert b"\r\n" in target.read_bytes()
    assert run("-f", "csv", "--check", str(target))[0] == 0


def test_write_reports(corpus: Path) -> None:
    code, out, err = run("--write-reports")
    assert (code, out) == (0, "")
    reports = corpus / "reports"
    assert sorted(p.name for p in reports.iterdir()) == ["report.html", "report.md"]
    assert run("-f", "markdown", "--check", str(reports / "report.md"))[0] == 0
    assert run("-f", "html", "--check", str(reports / "report.html"))[0] == 0
    code, _, err = run("--write-reports", "--kind", "killed")
    assert code == 2
    assert err.startswith("Error: --write-reports writes the full, untimestamped report")


def test_root_option_and_no_cache(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(corpus.parent)
    plain = CliRunner().invoke(app, ["--root", str(corpus), "report", "-f", "json"])
    fresh = CliRunner().invoke(app, ["--root", str(corpus), "report", "-f", "json", "--no-cache"])
    assert plain.exit_code == fresh.exit_code == 0
    assert plain.stdout == fresh.stdout


@pytest.mark.parametrize(
    ("option", "expected"), [([], None), (["-j", "3"], 3), (["--jobs", "0"], None)]
)
def test_jobs_reach_the_reader_and_the_engine(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, option: list[str], expected: int | None
) -> None:
    asked: list[tuple[str, int | None]] = []
    load_corpus = loading.load_corpus

    def recording_load(*args: Any, jobs: int | None = None, **kwargs: Any) -> store.Corpus:
        asked.append(("load", jobs))
        return load_corpus(*args, jobs=jobs, **kwargs)

    def recording_analyse(
        claims: Iterable[Claim],
        articles: Mapping[str, Article],
        *,
        jobs: int | None = None,
        memo: object = None,
        sink: Callable[[list[Finding]], None] | None = None,
    ) -> list[Finding]:
        asked.append(("analyse", jobs))
        return fake_analyse(claims, articles, sink=sink)

    monkeypatch.setattr(loading, "load_corpus", recording_load)
    monkeypatch.setattr(compare, "analyse", recording_analyse)
    code, out, _ = run("--no-cache", "-f", "json", *option)
    assert code == 0 and json.loads(out)["discrepancies"]
    assert asked == [("load", expected), ("analyse", expected)]


def test_jobs_must_not_be_negative(corpus: Path) -> None:
    code, _, err = run("-j", "-1")
    assert code == 2 and "--jobs" in err


def test_bad_claim_file_is_a_one_line_error(corpus: Path) -> None:
    path = next((corpus / "claims").glob("*.yaml"))
    path.write_text(path.read_text(encoding="utf-8").replace("kind: killed", "kind: kiled", 1))
    code, out, err = run("--no-cache")
    assert code == 2 and out == ""
    assert err.startswith(f"Error: claims/{path.name}:") or err.startswith("Error: ")
    assert len(err.splitlines()) == 1


def test_timestamp_only_when_asked(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    _, out, _ = run("-f", "json", "--timestamp")
    assert json.loads(out)["generated"] == "2023-11-14T22:13:20Z"
    _, out, _ = run("-f", "json")
    assert "generated" not in json.loads(out)


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_same_claims_in_any_order_give_identical_bytes(corpus: Path, fmt: str) -> None:
    _, expected, _ = run("-f", fmt, *ALL)
    for seed in range(3):
        shuffle_corpus(corpus / "claims", seed)
        _, again, _ = run("-f", fmt, *ALL)
        assert again == expected


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("r.md", "# Crosscheck report"),
        ("r.HTML", "<!DOCTYPE html>"),
        ("r.json", "{"),
        ("r.csv", "rank,subject"),
        ("r.jsonl", '{"rank": 1'),
        ("r.jsonld", '{\n  "@context": "https://schema.org"'),
        ("r.txt", "#    severity"),
    ],
)
def test_format_follows_the_file_suffix(corpus: Path, name: str, start: str) -> None:
    target = corpus / name
    assert run("-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith(start)
    assert run("--check", str(target))[0] == 0
    assert run("-f", "json" if start != "{" else "csv", "--check", str(target))[0] == 1


def test_check_and_output_together_is_an_error(corpus: Path) -> None:
    code, _, err = run("--check", "a.md", "-o", "b.md")
    assert code == 2
    assert err == "Error: --check compares and --output writes: use one of them\n"


def test_no_cache_leaves_no_cache_behind(corpus: Path, cache_folder: Path) -> None:
    assert run("--no-cache")[0] == 0
    assert list(cache_folder.iterdir()) == []
    assert not (corpus / ".crosscheck-cache").exists()
    assert run()[0] == 0
    assert list(cache_folder.iterdir()) != []
    assert not (corpus / ".crosscheck-cache").exists()


def test_no_cache_computes_afresh_and_writes_nothing(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    assert run("--no-cache")[0] == 0
    assert list(scratch.iterdir()) == []  # no scratch folder either


def test_an_unchanged_corpus_is_reported_from_the_cache_without_parsing(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = run("-f", "markdown")
    assert first[0] == 0

    def no_parsing(*args: object, **options: object) -> None:
        raise AssertionError("the corpus was parsed again")

    monkeypatch.setattr(loading, "load_corpus", no_parsing)
    assert run("-f", "markdown") == first
    # another question is not the same report
    with pytest.raises(AssertionError, match="parsed again"):
        run("-f", "json")


def test_a_changed_claim_file_is_reported_afresh(corpus: Path) -> None:
    before = run("-f", "json")[1]
    path = sorted((corpus / "claims").glob("*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("status: confirmed", "status: rejected", 1), encoding="utf-8")
    after = run("-f", "json")[1]
    assert after != before
    assert run("-f", "json", "--no-cache")[1] == after


def test_output_dash_is_standard_output(corpus: Path) -> None:
    plain = run("-f", "markdown")
    dashed = run("-f", "markdown", "-o", "-")
    assert dashed == plain
    assert not (corpus / "-").exists()


def test_output_through_a_symlink_keeps_the_link(corpus: Path) -> None:
    (corpus / "published").mkdir()
    target = corpus / "published" / "report.md"
    target.write_text("old")
    link = corpus / "report.md"
    link.symlink_to(target)
    assert run("-o", str(link))[0] == 0
    assert link.is_symlink()
    assert target.read_text() == run("-f", "markdown")[1]


def test_output_to_a_device_writes_it_in_place(corpus: Path) -> None:
    null = corpus / "null"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device needs root")
    assert run("-o", str(null))[0] == 0
    assert null.is_char_device()


# --------------------------------------------------------------------------- baseline


def _baseline(corpus: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((corpus / "crosscheck-baseline.yaml").read_text())
    return data


def _write_baseline(corpus: Path, data: dict[str, Any]) -> None:
    (corpus / "crosscheck-baseline.yaml").write_text(yaml.safe_dump(data, sort_keys=False))


def test_baseline_gate_fails_only_on_new_or_worse(corpus: Path) -> None:
    assert run("--fail-on", "contradiction")[0] == 1  # no baseline: every contradiction
    code, _, err = run("--update-baseline")
    assert code == 0 and "Wrote crosscheck-baseline.yaml" in err
    data = _baseline(corpus)
    entries = data["discrepancies"]
    assert entries and all(set(e) == {"key", "verdict", "severity", "subject", "claims", "note"}
                           for e in entries)  # fmt: skip
    assert [e["key"] for e in entries] == sorted(e["key"] for e in entries)
    assert run("--fail-on", "contradiction")[0] == 0  # all acknowledged
    assert run("--fail-on", "tension")[0] == 0

    contradiction = next(e for e in entries if e["verdict"] == "contradiction")
    for change, expected in [
        ({"severity": 0.1}, f"worse: severity {contradiction['severity']:.3f}, was 0.100"),
        ({"verdict": "tension"}, "worse: contradiction, was tension"),
        ({"key": "another|key"}, "new"),
    ]:
        _write_baseline(corpus, {**data, "discrepancies": [
            {**e, **change} if e is contradiction else e for e in entries
        ]})  # fmt: skip
        code, _, err = run("--fail-on", "contradiction")
        assert code == 1, change
        assert f"contradiction ({expected}): {contradiction['subject']}" in err
        assert "1 at contradiction or worse, new or worse than" in err

    # Better than recorded passes.
    _write_baseline(corpus, {**data, "discrepancies": [
        {**e, "severity": 1.0, "verdict": "contradiction"} for e in entries
    ]})  # fmt: skip
    assert run("--fail-on", "tension")[0] == 0


def test_update_baseline_keeps_notes(corpus: Path) -> None:
    run("--update-baseline")
    data = _baseline(corpus)
    data["discrepancies"][0]["note"] = "checked with the desk: two counts of different days"
    _write_baseline(corpus, data)
    run("--update-baseline")
    assert _baseline(corpus)["discrepancies"][0]["note"] == (
        "checked with the desk: two counts of different days"
    )


def test_a_broken_baseline_is_an_error_not_an_empty_one(corpus: Path) -> None:
    (corpus / "crosscheck-baseline.yaml").write_text(
        "version: 1\ndiscrepancies:\n  - key: a\n    verdict: awful\n    severity: 1\n"
    )
    code, _, err = run("--fail-on", "contradiction")
    assert code == 2
    assert err.splitlines()[-1] == (
        "Error: crosscheck-baseline.yaml:4:5: verdict: expected one of contradiction, tension, "
        "update, changed, consistent"
    )


def test_quiet_leaves_only_problems_on_stderr(corpus: Path) -> None:
    code, out, err = run("--quiet", "-o", "r.md")
    assert (code, out, err) == (0, "", "")
    code, _, err = run("-q", "--fail-on", "contradiction")
    assert code == 1
    assert re.fullmatch(r"\d+ at contradiction or worse \(--fail-on contradiction\)\n", err)


def test_table_fits_the_terminal(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crosscheck.cli import report as report_command

    monkeypatch.setattr(report_command, "terminal_width", lambda: 80)
    _, narrow, _ = run()
    assert narrow.splitlines()[0].startswith("1.  contradiction")
    _, written, _ = run("-o", "r.txt")  # a file stays the whole table
    assert (corpus / "r.txt").read_text().splitlines()[0].split()[:2] == ["#", "severity"]


def test_the_table_stops_at_the_limit_and_says_how_to_see_the_rest(corpus: Path) -> None:
    _, whole, whole_err = run("--all")
    total = len(discrepancies())
    assert total > 3
    assert run()[1] == whole  # fewer than the default limit: nothing left out, no closing line
    code, out, err = run("--limit", "2")
    assert code == 0
    assert err == whole_err  # the summary still counts every discrepancy
    ranks = [line.split()[0] for line in out.splitlines()[2:] if line[:1].isdigit()]
    assert ranks == ["1", "2"]
    assert out.splitlines()[-1] == (
        f"... and {total - 2} more discrepancies (this table shows the 2 most severe): "
        "see every one with --all, or with --format markdown, json, jsonl or csv."
    )
    # The first two are the full table's first two, word for word (the columns may be
    # narrower: fewer rows).
    third = re.search(r"^3 ", whole, re.M)
    assert third is not None
    head = whole[: third.start()].splitlines()[2:]  # after the header and its rule
    shown = out.splitlines()[2 : 2 + len(head)]
    assert [line.split() for line in shown] == [line.split() for line in head]
    assert out.splitlines()[2 + len(head)].startswith("... and ")
    # Other formats keep every discrepancy whatever the limit.
    assert len(discrepancies("--limit", "2")) == total


def test_the_limit_keeps_every_discrepancy_for_the_baseline_gate(corpus: Path) -> None:
    code, _, err = run("--limit", "1", "--update-baseline")
    assert code == 0
    assert f"({len(discrepancies())} acknowledged)" in err
    assert run("--limit", "1", "--fail-on", "tension")[0] == 0  # all are acknowledged
