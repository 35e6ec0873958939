"""Output formats for the report: one module per format behind `base.Renderer`.

`Format` is what `--format` accepts; `renderer(fmt)` maps every member to its renderer, and
ends in `_unreachable` so that a member added without a renderer fails type checking.
"""

from __future__ import annotations

from enum import Enum
from typing import NoReturn

from crosscheck.render.base import Renderer


class Format(str, Enum):
    TABLE = "table"
    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
    CSV = "csv"
    JSONL = "jsonl"
    CLAIMREVIEW = "claimreview"


def renderer(fmt: Format, *, width: int | None = None) -> Renderer:
    """The renderer of one output format; `width` fits the table to a terminal that wide."""
    # Imported here so that asking for one format does not load the others.
    if fmt is Format.TABLE:
        from crosscheck.render.table import TableRenderer

        return TableRenderer(width)
    if fmt is Format.MARKDOWN:
        from crosscheck.render.markdown import MarkdownRenderer

        return MarkdownRenderer()
    if fmt is Format.HTML:
        from crosscheck.render.html import HtmlRenderer

        return HtmlRenderer()
    if fmt is Format.JSON:
        from crosscheck.render.json import JsonRenderer

        return JsonRenderer()
    if fmt is Format.CSV:
        from crosscheck.render.csv import CsvRenderer

        return CsvRenderer()
    if fmt is Format.JSONL:
        from crosscheck.render.jsonl import JsonLinesRenderer

        return JsonLinesRenderer()
    if fmt is Format.CLAIMREVIEW:
        from crosscheck.render.claimreview import ClaimReviewRenderer

        return ClaimReviewRenderer()
    _unreachable(fmt)


def _unreachable(value: NoReturn) -> NoReturn:
    # typing.assert_never is 3.11+; this does the same for mypy on 3.10.
    raise AssertionError(f"unhandled format: {value!r}")


__all__ = ["Format", "Renderer", "renderer"]
