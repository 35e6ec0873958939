"""The README cannot drift from the CLI: every command is documented, the first two
commands are the install-and-run lines, and CI runs exactly the README's test command."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from crosscheck.cli import app

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: typer.Typer, prefix: str = "") -> list[str]:
    found = [f"{prefix}{info.name}" for info in group.registered_commands if info.name]
    for sub in group.registered_groups:
        assert sub.typer_instance is not None
        found += _commands(sub.typer_instance, f"{prefix}{sub.name} ")
    return found


def test_every_command_is_in_the_readme() -> None:
    commands = _commands(app)
    assert len(commands) >= 13
    missing = [name for name in commands if f"`crosscheck {name}" not in README]
    assert missing == []


def test_readme_starts_with_the_two_commands() -> None:
    block = re.search(r"```bash\n(.*?)```", README, re.DOTALL)
    assert block is not None
    lines = block[1].strip().splitlines()
    assert lines[0].endswith("crosscheck report")
    assert lines[1].endswith("pytest")
    assert README.index(block[0]) < 200  # they come first


def test_ci_runs_the_readme_test_command() -> None:
    block = re.search(r"```bash\n(.*?)```", README, re.DOTALL)
    assert block is not None
    test_command = block[1].strip().splitlines()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci.splitlines()


def _corpus_copy(tmp_path: Path) -> Path:
    for folder in ("articles", "claims"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    return tmp_path


def _crosscheck(root: Path, command: str) -> int:
    words = shlex.split(command, comments=True)
    assert words[0] == "crosscheck", command
    result = CliRunner().invoke(app, ["--root", str(root), *words[1:]])
    return result.exit_code


def test_pre_commit_hooks_run_crosscheck(tmp_path: Path) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["crosscheck-check", "crosscheck-gate"]
    root = _corpus_copy(tmp_path)
    codes = {hook["id"]: _crosscheck(root, hook["entry"]) for hook in hooks}
    # The bundled corpus is clean, and holds contradictions that no baseline acknowledges.
    assert codes == {"crosscheck-check": 0, "crosscheck-gate": 1}
    assert all(hook["pass_filenames"] is False for hook in hooks)
    assert all(re.match(hook["files"], "claims/x.yaml") for hook in hooks)


def test_the_documented_github_workflow_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)
    workflow = yaml.safe_load(blocks[-1])
    steps = workflow["jobs"]["gate"]["steps"]
    commands = [s["run"] for s in steps if str(s.get("run", "")).startswith("crosscheck ")]
    assert len(commands) == 2
    root = _corpus_copy(tmp_path)
    monkeypatch.chdir(root)  # the workflow runs in the corpus's checkout
    assert _crosscheck(root, "crosscheck report --update-baseline") == 0
    # With every discrepancy acknowledged, both steps pass (and the report is written).
    assert [_crosscheck(root, command) for command in commands] == [0, 0]
    assert (root / "report.md").read_text(encoding="utf-8").startswith("# Crosscheck report")


def test_the_readme_session_is_the_committed_report() -> None:
    # The tour shows the report as it is: its summary line and overview table, verbatim.
    report = (ROOT / "reports" / "report.md").read_text(encoding="utf-8").splitlines()
    start = report.index("| # | severity | verdict | subject | figures |")
    end = report.index("", start)
    session = README.split("## A session", 1)[1].split("\n## ", 1)[0]
    for line in [report[2], *report[start:end]]:
        assert line in session, line


def _readme_value(cell: str) -> float | None:
    """A number of the README's interval table: "25,000", "38 km", "open" (None)."""
    cell = cell.strip().removesuffix(" km")
    return None if cell == "open" else float(cell.replace(",", ""))


def test_the_readme_intervals_are_the_ones_crosscheck_reads() -> None:
    # The table of figures as written and their intervals: each row as the figure reader
    # reads it (a figure with the outlet's kilometres in brackets: as the extractor does).
    from crosscheck.quantities import parse_figure
    from test_extract import claims

    table = README.split("| written | low | best | high |", 1)[1].split("\n\n", 1)[0]
    rows = [line.strip("|").split("|") for line in table.splitlines()[2:]]
    assert len(rows) >= 10
    for written, *values in rows:
        written = written.strip()
        if "(" in written:
            body = f"The town lies {written} from the border."
            found = claims(body)
            assert len(found) == 1, written
            estimate = (found[0]["low"], found[0]["best"], found[0]["high"])
        else:
            read = parse_figure(written)
            estimate = (read.low, read.best, read.high)
        assert estimate == tuple(_readme_value(v) for v in values), written
