"""The app itself (cli/__init__.py): --version, and a start-up that loads only what it uses."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

from typer.testing import CliRunner

from crosscheck.cli import app

HEAVY = (
    "jsonschema", "jsonschema_rs", "ruamel.yaml", "rapidfuzz", "tabulate", "filelock", "yaml",
    "rich", "msgspec", "crosscheck.store", "crosscheck.extract", "crosscheck.compare",
    "crosscheck.group", "crosscheck.check", "crosscheck.report",
)  # fmt: skip


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"crosscheck {metadata.version('crosscheck')}\n"


def test_help_and_version_load_no_heavy_module() -> None:
    # Start-up time is what these commands cost: the engine, the YAML libraries, jsonschema
    # and the table layout are imported by the commands that use them, not by the app.
    for option in ("--help", "--version"):
        code = (
            "import sys\n"
            "from crosscheck.cli import app\n"
            f"try:\n    app([{option!r}])\nexcept SystemExit:\n    pass\n"
            f"print([name for name in {HEAVY!r} if name in sys.modules])"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert done.stdout.splitlines()[-1] == "[]", option
