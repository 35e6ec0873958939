"""The report as Markdown (GitHub-flavoured): an overview table, then one section per
discrepancy with its explanation and a table of its figures.

Every piece of text from articles and claim files is escaped, so a quote cannot break a
table, start a heading or smuggle in HTML.
"""

from __future__ import annotations

import re

from crosscheck.render.base import Renderer
from crosscheck.report import ClaimRow, Discrepancy, Report

_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;"} | {char: "\\" + char for char in "\\`*_[]|~"}
)
_SPECIAL = re.compile(r"[&<>\\`*_\[\]|~]")
_BLOCK_START = re.compile(r"^(?:\d{1,9}[.)]|[-+]|#{1,6})(?=\s|$)")


def text(value: str) -> str:
    """Plain text made safe for Markdown inline and table cells: one line, the characters
    that mark up inline escaped, HTML characters as entities."""
    flat = " ".join(value.split())
    # translate() with a table of strings is slow; most text needs no escape at all.
    return flat.translate(_ESCAPES) if _SPECIAL.search(flat) else flat


def paragraph(value: str) -> str:
    """Text that starts a line: also keep it from becoming a heading or a list item."""
    safe = text(value)
    marker = _BLOCK_START.match(safe)
    if marker is None:
        return safe
    end = marker.end() - 1  # escape the marker's last character: "1998\.", "\-", "#\#"
    return f"{safe[:end]}\\{safe[end:]}"


def code(value: str) -> str:
    """An identifier as inline code (ids never hold backticks; escape if one ever does)."""
    return f"`{value}`" if "`" not in value and "\n" not in value else text(value)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _article(row: ClaimRow) -> str:
    where = ", ".join(part for part in (row.outlet, row.published) if part)
    return f"{text(where)}<br>{code(row.id)}" if where else code(row.id)


def _section(item: Discrepancy) -> list[str]:
    lines = [
        f"## {item.rank}. {text(item.subject)}",
        "",
        f"**{item.verdict.value}**, severity {item.severity:.2f} · kind {text(item.kind)}",
        "",
        paragraph(item.explanation),
        "",
        _row(["figure", "interval", "as of", "source", "article", "quote"]),
        _row(["---"] * 6),
    ]
    for claim in item.claims:
        lines.append(
            _row(
                [
                    text(claim.figure),
                    text(claim.interval),
                    text(claim.as_of or ""),
                    text(claim.sourced),
                    _article(claim),
                    f"“{text(claim.quote)}”",
                ]
            )
        )
    lines.append("")
    return lines


class MarkdownRenderer(Renderer):
    def render(self, report: Report) -> str:
        lines = ["# Crosscheck report", ""]
        if report.generated:
            lines += [f"Generated {text(report.generated)}.", ""]
        lines += [paragraph(report.summary()) + ".", ""]
        if not report.discrepancies:
            return "\n".join(lines)
        lines += [_row(["#", "severity", "verdict", "subject", "figures"]), _row(["---"] * 5)]
        for item in report.discrepancies:
            figures = "; ".join(text(claim.figure) for claim in item.claims)
            lines.append(
                _row(
                    [
                        str(item.rank),
                        f"{item.severity:.2f}",
                        item.verdict.value,
                        text(item.subject),
                        figures,
                    ]
                )
            )
        lines.append("")
        for item in report.discrepancies:
            lines += _section(item)
        return "\n".join(lines)
