"""The formats of `claim list`: a table for people, and the flat records of
docs/flat-columns.md as CSV, JSON (an array) or JSON Lines for other programs.

`ClaimFormat` is what `claim list --format` accepts; `render_claims` maps every member to its
output and ends in `_unreachable`, so that a member added without an output fails type
checking.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import TYPE_CHECKING

from crosscheck.render import _unreachable

if TYPE_CHECKING:  # the CLI imports ClaimFormat at start-up: the rest is loaded when used
    from crosscheck.model import Article, Claim

TABLE_HEADERS = ("id", "kind", "figure", "subject", "source", "status")


class ClaimFormat(str, Enum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"
    JSONL = "jsonl"


def render_claims(
    fmt: ClaimFormat, claims: Sequence[Claim], articles: Mapping[str, Article]
) -> str:
    """`claims` in format `fmt`, ending in a newline."""
    from tabulate import tabulate

    from crosscheck import flat
    from crosscheck.render.csv import write_rows
    from crosscheck.render.jsonl import json_lines
    from crosscheck.report import ClaimRow

    if fmt is ClaimFormat.TABLE:
        rows = [
            (c.id, c.kind, c.figure, c.subject, ClaimRow(c).attribution, c.status.value)
            for c in claims
        ]
        return tabulate(rows, headers=list(TABLE_HEADERS)) + "\n"
    records = [flat.record(claim, articles.get(claim.article)) for claim in claims]
    if fmt is ClaimFormat.CSV:
        return write_rows(flat.COLUMNS, ([r[key] for key in flat.COLUMNS] for r in records))
    if fmt is ClaimFormat.JSON:
        lines = json_lines(records).splitlines()
        return "[\n" + ",\n".join(f"  {line}" for line in lines) + ("\n]\n" if lines else "]\n")
    if fmt is ClaimFormat.JSONL:
        return json_lines(records)
    _unreachable(fmt)
