"""bench/report_speed.py measures the code as a package pip installed runs it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import report_speed  # noqa: E402


def test_the_code_measured_has_its_bytecode_even_where_python_writes_none(
    tmp_path: Path,
) -> None:
    package = tmp_path / "src" / "crosscheck"
    (package / "render").mkdir(parents=True)
    for module in ("__init__.py", "engine.py", "render/__init__.py"):
        (package / module).write_text("VALUE = 1\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "src"), PYTHONDONTWRITEBYTECODE="1")
    report_speed.compile_package(env)
    written = sorted(p.relative_to(package).as_posix() for p in package.rglob("*.pyc"))
    tag = sys.implementation.cache_tag
    assert written == [
        f"__pycache__/__init__.{tag}.pyc",
        f"__pycache__/engine.{tag}.pyc",
        f"render/__pycache__/__init__.{tag}.pyc",
    ]
