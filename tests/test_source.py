"""The source binds each module-level name once: a second pattern of the same name silently
replaces the first for every use, whatever the comments above the first say it does."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).parent.parent / "src" / "crosscheck"


def _bound_twice(path: Path) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1}


def test_no_module_binds_a_name_twice() -> None:
    modules = sorted(SRC.rglob("*.py"))
    assert len(modules) > 30
    twice = {str(p.relative_to(SRC)): found for p in modules if (found := _bound_twice(p))}
    assert twice == {}


def test_a_name_bound_twice_is_found(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_A = re.compile("x")\ndef f(): pass\n_A = re.compile("y")\n')
    assert _bound_twice(module) == {"_A": [2, 4]}
