"""Shared fixtures: a tiny corpus (two made-up articles, one claim file) in a temporary folder,
and a CliRunner bound to it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from crosscheck import cache
from crosscheck.cli import app

ASSETS = Path(__file__).parent / "assets"
CORPUS = ASSETS / "corpus"

STORM = "harbour-gazette-2021-03-04-storm-hits-coast"
TOLL = "coast-wire-2021-03-05-storm-toll-rises"

Invoke = Callable[..., Result]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A copy of tests/assets/corpus: articles/ with two articles, claims/ with one file."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture
def invoke(root: Path) -> Invoke:
    """Run `crosscheck --root ROOT ARGS...` through CliRunner; returns the Result."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Result:
        return runner.invoke(app, ["--root", str(root), *args], input=input)

    return run


def claim_file(root: Path, article_id: str = STORM) -> Path:
    return root / "claims" / f"{article_id}.yaml"


@pytest.fixture(autouse=True)
def cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test keeps its cache in a folder of its own, never in the user's cache folder."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv(cache.ENV, str(folder))
    return folder


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The keys of the grouped subjects the engine judges, in the order it judges them."""
    from crosscheck import compare

    found: list[str] = []
    real = compare._judge_subject

    def counting(subject, *args, **kwargs):  # type: ignore[no-untyped-def]
        found.append(subject.key)
        return real(subject, *args, **kwargs)

    monkeypatch.setattr(compare, "_judge_subject", counting)
    return found
