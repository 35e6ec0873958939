"""The README cannot drift from the CLI: every command is documented, the first two
commands are the install-and-run lines, and CI runs exactly the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import typer

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
