"""The kept programs of the extractor's patterns (extract/regexcache.py): the same patterns
as `re.compile` makes, read back from the file, and never an error for a damaged one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crosscheck.extract import regexcache

PATTERNS = [
    (r"(?<![\w])(?P<n>\d+)\s+(?:killed|dead)\b", re.IGNORECASE),
    (r"[A-ZÀ-Ö][\w'-]+(?:\s+[A-Z][\w'-]+)?", 0),
    (r"(?P<a>x)|(?P<b>y)(?i:z)", re.VERBOSE),
]


@pytest.fixture
def kept_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "__pycache__" / "regexcache.test.programs"
    monkeypatch.setattr(regexcache, "_PATH", path)
    monkeypatch.setattr(regexcache, "_state", {})
    return path


def _compiled() -> list[re.Pattern[str]]:
    with regexcache.kept():
        return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


@pytest.mark.skipif(regexcache._engine() is None, reason="re is built otherwise")
def test_patterns_read_back_are_those_re_compiles(
    kept_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _compiled()
    assert kept_file.exists()
    monkeypatch.setattr(regexcache, "_state", {})  # a new process: read from the file
    again = _compiled()
    expected = [re.compile(pattern, flags) for pattern, flags in PATTERNS]
    assert first == expected and again == expected
    assert again[0].search("Police said 12 KILLED").group("n") == "12"  # type: ignore[union-attr]
    assert again[2].groupindex == {"a": 1, "b": 2}


@pytest.mark.skipif(regexcache._engine() is None, reason="re is built otherwise")
def test_a_damaged_file_is_compiled_again(kept_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _compiled()
    text = kept_file.read_text(encoding="utf-8")
    for damaged in (text[: len(text) // 2], text.replace('"version":"', '"version":"x')):
        kept_file.write_text(damaged, encoding="utf-8")
        monkeypatch.setattr(regexcache, "_state", {})
        assert _compiled() == [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def test_re_compile_is_itself_again_after_the_block(kept_file: Path) -> None:
    original = re.compile
    with pytest.raises(re.error), regexcache.kept():
        re.compile("(unclosed")
    assert re.compile is original


def test_no_pattern_is_kept_after_the_block(kept_file: Path) -> None:
    with regexcache.kept():
        kept_compile = re.compile  # (a module that took the function itself)
        kept_compile("within")
    kept_compile("after")
    assert ("after", 0) not in regexcache._state.get("asked", set())
