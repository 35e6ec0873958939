"""The report as CSV: one row per figure, the discrepancy's columns repeated on each row, so
that a spreadsheet can filter and sort it.  RFC 4180 quoting (the csv module's default
dialect: fields with commas, quotes or newlines are quoted, quotes doubled; CRLF line ends);
an unknown value is an empty field.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from crosscheck.render.base import Renderer
from crosscheck.report import Report

COLUMNS = (
    "rank", "subject", "kind", "verdict", "severity", "explanation",
    "claim", "article", "figure", "low", "best", "high", "unit", "source", "via", "as_of",
    "origins", "outlet", "published", "quote",
)  # fmt: skip


def _rows(report: Report) -> Iterator[list[object]]:
    # csv writes None as an empty field and str() of numbers, so values go in as they are.
    for item in report.discrepancies:
        head = [
            item.rank,
            item.subject,
            item.kind,
            item.verdict.value,
            f"{item.severity:.3f}",
            item.explanation,
        ]
        for row in item.claims:
            low, best, high = row.values()
            yield head + [
                row.id, row.article, row.figure, low, best, high, row.unit, row.source,
                "; ".join(row.via), row.as_of, row.origins, row.outlet, row.published, row.quote,
            ]  # fmt: skip


class CsvRenderer(Renderer):
    def render(self, report: Report) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        writer.writerows(_rows(report))
        return out.getvalue()
