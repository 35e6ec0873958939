"""cli/__init__.py: the app's own options (--version) and shell completion."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crosscheck.cli import app

REPO = Path(__file__).resolve().parent.parent


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"crosscheck {version('crosscheck')}\n"


def complete(words: str) -> list[str]:
    """What bash completion offers for the last word of `words`."""
    env = {
        "_CROSSCHECK_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="crosscheck")
    return result.stdout.split()


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        ("crosscheck report --kind ki", ["killed"]),
        ("crosscheck claim list --kind ho", ["hostages"]),
        ("crosscheck report --verdict t", ["tension"]),
        (
            f"crosscheck --root {REPO} report --article moscow-times-199",
            [
                "moscow-times-1996-02-03-warlords-stall-advance-on-dushanbe",
                "moscow-times-1997-08-12-war-widens-cracks-in-tajikistans-unity",
                "moscow-times-1998-11-06-89-dead-as-tajik-forces-drive",
            ],
        ),
        (f"crosscheck --root {REPO} claim add blouin", [
            "blouin-news-2015-09-14-russia-to-back-tajikistan-in-crushing"
        ]),
    ],
)  # fmt: skip
def test_shell_completion(words: str, offered: list[str]) -> None:
    assert complete(words) == offered
