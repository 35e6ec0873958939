"""cli/progress.py: a bar only in a terminal, only after a second, never with --quiet."""

from __future__ import annotations

import io

import pytest

from crosscheck.cli.progress import Progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _terminal(monkeypatch: pytest.MonkeyPatch) -> _Terminal:
    # In the test's body: pytest's capture sets sys.stderr anew between setup and call.
    screen = _Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    return screen


def test_a_long_run_in_a_terminal_shows_a_bar_per_label(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _terminal(monkeypatch)
    with Progress(delay=0) as bar:
        bar("reading claim files", 0, 10)
        bar("reading claim files", 10, 10)
        bar("comparing figures", 3, 7)
        assert bar.bar is not None and set(bar.tasks) == {
            "reading claim files",
            "comparing figures",
        }
    assert "comparing figures" in terminal.getvalue()


def test_a_quick_run_shows_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _terminal(monkeypatch)
    with Progress(delay=3600) as bar:
        bar("reading claim files", 0, 10)
        bar("reading claim files", 10, 10)
        assert bar.bar is None
    assert terminal.getvalue() == ""


def test_quiet_or_no_terminal_shows_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _terminal(monkeypatch)
    with Progress(quiet=True, delay=0) as bar:
        bar("reading claim files", 5, 10)
        assert bar.bar is None
    monkeypatch.setattr("sys.stderr", io.StringIO())  # a file or a pipe
    with Progress(delay=0) as bar:
        bar("reading claim files", 5, 10)
        assert bar.bar is None
    assert terminal.getvalue() == ""
