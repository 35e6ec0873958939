"""The report as CSV: one row per figure, the discrepancy's columns repeated on each row, so
that a spreadsheet can filter and sort it.  RFC 4180 quoting (the csv module's default
dialect: fields with commas, quotes or newlines are quoted, quotes doubled; CRLF line ends).
"""

from __future__ import annotations

import csv
import io

from crosscheck.render.base import Renderer
from crosscheck.report import Report

COLUMNS = (
    "rank", "subject", "kind", "verdict", "severity", "explanation",
    "claim", "article", "figure", "low", "best", "high", "unit", "source", "via", "as_of",
    "origins", "outlet", "published", "quote",
)  # fmt: skip


def _cell(value: object) -> str:
    return "" if value is None else str(value)


class CsvRenderer(Renderer):
    def render(self, report: Report) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for item in report.discrepancies:
            for row in item.claims:
                writer.writerow(
                    [
                        _cell(v)
                        for v in (
                            item.rank,
                            item.subject,
                            item.kind,
                            item.verdict.value,
                            f"{item.severity:.3f}",
                            item.explanation,
                            row.id,
                            row.article,
                            row.figure,
                            row.value("low"),
                            row.value("best"),
                            row.value("high"),
                            row.unit,
                            row.source,
                            "; ".join(row.via),
                            row.as_of,
                            row.origins,
                            row.outlet,
                            row.published,
                            row.quote,
                        )
                    ]
                )
        return out.getvalue()
