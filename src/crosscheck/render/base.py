"""The one interface every output format implements."""

from __future__ import annotations

import gc
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the report module pulls in the engine: not needed to name a format
    from crosscheck.report import Report


class Renderer(ABC):
    """Turns a Report into the text of one format.  Renderers return strings, never print:
    the CLI decides between stdout and --output."""

    @abstractmethod
    def render(self, report: Report) -> str:
        """The whole report as text, ending in a newline."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while rendering.

    A big report makes hundreds of thousands of small lists and dicts and no cycles; left on,
    the collector rescans the whole corpus over and over, which doubles the time.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
