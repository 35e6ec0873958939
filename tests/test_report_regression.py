"""Snapshots of the report of the bundled corpus (articles/ + claims/, the real engine).

When the corpus or the engine changes on purpose, regenerate with
    pytest tests/test_report_regression.py --force-regen
read the diff of tests/test_report_regression/ before committing it, and regenerate
reports/ with `crosscheck report --write-reports` (the last test fails until you do).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app
from report_samples import shuffle_corpus

pytest.importorskip("crosscheck.compare", reason="the engine has not landed yet")

REPO = Path(__file__).resolve().parent.parent


def report(*args: str, root: Path = REPO) -> str:
    result = CliRunner().invoke(app, ["--root", str(root), "report", "--no-cache", *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_table(file_regression) -> None:
    file_regression.check(report(), basename="report", extension=".txt")


def test_markdown(file_regression) -> None:
    file_regression.check(report("--format", "markdown"), basename="report", extension=".md")


def test_json(file_regression) -> None:
    text = report("--format", "json")
    assert json.loads(text)["version"] == 1
    file_regression.check(text, basename="report", extension=".json")


def test_every_verdict_json(file_regression) -> None:
    """Agreement too, so that a change in what the engine calls consistent shows up."""
    every = [arg for v in ("contradiction", "tension", "update", "changed", "consistent")
             for arg in ("--verdict", v)]  # fmt: skip
    file_regression.check(report("--format", "json", *every), basename="all", extension=".json")


@pytest.mark.parametrize(("fmt", "name"), [("markdown", "report.md"), ("html", "report.html")])
def test_committed_reports_are_up_to_date(fmt: str, name: str) -> None:
    committed = REPO / "reports" / name
    result = CliRunner().invoke(
        app, ["--root", str(REPO), "report", "--no-cache", "-f", fmt, "--check", str(committed)]
    )
    assert result.exit_code == 0, (
        f"{result.stderr}\nreports/ is stale: run `crosscheck report --write-reports`"
    )


EVERY = ("--verdict", "contradiction", "--verdict", "tension", "--verdict", "update",
         "--verdict", "changed", "--verdict", "consistent")  # fmt: skip


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_real_engine_ignores_claim_order(tmp_path: Path, fmt: str) -> None:
    """The bundled corpus with its claims (and their keys) shuffled and restyled gives the
    same bytes: nothing in engine or report depends on the order claims were read in."""
    for folder in ("articles", "claims"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    expected = report("-f", fmt, *EVERY, root=tmp_path)
    for seed in range(3):
        shuffle_corpus(tmp_path / "claims", seed)
        assert report("-f", fmt, *EVERY, root=tmp_path) == expected
