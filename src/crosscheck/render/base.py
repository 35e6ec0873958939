"""The one interface every output format implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the report module pulls in the engine: not needed to name a format
    from crosscheck.report import Report


class Renderer(ABC):
    """Turns a Report into the text of one format.  Renderers return strings, never print:
    the CLI decides between stdout and --output."""

    @abstractmethod
    def render(self, report: Report) -> str:
        """The whole report as text, ending in a newline."""
