"""Safe YAML reading and atomic writes (yamlio.py)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from crosscheck import yamlio
from crosscheck.errors import CrosscheckError

BOMB = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
"""


def test_plain_data_loads() -> None:
    assert yamlio.load("a: 1\nb: [x, y]\n", "f.yaml") == {"a": 1, "b": ["x", "y"]}


def test_alias_bomb_is_refused_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(CrosscheckError, match="anchors and aliases") as caught:
        yamlio.load(BOMB, "bomb.yaml")
    assert time.perf_counter() - started < 1.0  # refused at the first anchor, never expanded
    assert str(caught.value).startswith("bomb.yaml:1:")


def test_python_tags_are_refused() -> None:
    with pytest.raises(CrosscheckError, match="tag"):
        yamlio.load("x: !!python/object/apply:os.system ['echo hi']\n", "t.yaml")


def test_tabs_are_located() -> None:
    with pytest.raises(CrosscheckError, match="tab") as caught:
        yamlio.load("a:\n\tb: 1\n", "t.yaml")
    assert str(caught.value).startswith("t.yaml:2:1:")


def test_malformed_yaml_is_located() -> None:
    with pytest.raises(CrosscheckError, match="invalid YAML") as caught:
        yamlio.load("a: [1, 2\nb: 3\n", "m.yaml")
    assert str(caught.value).startswith("m.yaml:")


def test_write_atomic_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    target.write_text("old")
    yamlio.write_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_explicit_python_tag_is_refused_by_our_own_check() -> None:
    with pytest.raises(CrosscheckError, match="tags are not allowed") as caught:
        yamlio.load("a: 1\nx: !!python/object:os.system {}\n", "t.yaml")
    assert str(caught.value).startswith("t.yaml:2:")


def test_impossible_date_is_a_located_error() -> None:
    with pytest.raises(CrosscheckError, match="is not a date") as caught:
        yamlio.load("a: 1\nas_of: 2021-02-30\n", "d.yaml")
    assert str(caught.value).startswith("d.yaml:2:1: as_of: '2021-02-30'")
