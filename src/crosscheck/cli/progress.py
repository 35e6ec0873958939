"""Progress bars on stderr, for the commands that can take long (`report`, `extract`).

A bar is drawn only where a person watches (stderr is a terminal, and not `--quiet`), and
only once the work has run for DELAY seconds: a quick command prints nothing.  It is redrawn
by the calls that report progress, never by a thread of its own (a thread would keep the
engine from forking its worker processes), and it is cleared when the command ends.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

DELAY = 1.0
"""Seconds of work before a bar appears."""


class Progress:
    """Call it as `progress(label, done, total)`; one bar per label, shown after DELAY."""

    def __init__(self, *, quiet: bool = False, delay: float = DELAY) -> None:
        self.enabled = not quiet and sys.stderr.isatty()
        self.delay = delay
        self.started: float | None = None
        self.bar: Any = None
        self.tasks: dict[str, Any] = {}

    def __call__(self, label: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if self.started is None:
            self.started = now
        if self.bar is None:
            if now - self.started < self.delay:
                return
            from rich.console import Console
            from rich.progress import Progress as Bar

            self.bar = Bar(
                console=Console(stderr=True),
                transient=True,
                auto_refresh=False,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self.bar.start()
        if label not in self.tasks:
            self.tasks[label] = self.bar.add_task(label, total=total)
        self.bar.update(self.tasks[label], completed=done, total=total)
        self.bar.refresh()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.bar is not None:
            self.bar.stop()
