"""The report as JSON Lines: one flat record per figure of each discrepancy, for pandas,
sqlite-utils or jq.  Each line is the figure's claim as `flat.record` writes it (the columns
of docs/flat-columns.md), after the discrepancy's own columns: `rank`, `verdict`,
`severity`, `discrepancy` (its subject in words), `key` and `explanation`.  UTF-8, one
object a line, keys always in the same order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from crosscheck import flat
from crosscheck.heap import collector_paused
from crosscheck.render.base import Renderer
from crosscheck.report import Report

DISCREPANCY_COLUMNS = ("rank", "verdict", "severity", "discrepancy", "key", "explanation")
COLUMNS = DISCREPANCY_COLUMNS + flat.COLUMNS


def json_lines(records: Iterable[Mapping[str, Any]]) -> str:
    """One JSON object a line, each ending in a newline."""
    dumps = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    return "".join(dumps(each) + "\n" for each in records)


def records(report: Report) -> Iterator[dict[str, Any]]:
    """Every figure of every discrepancy as one flat record."""
    for item in report.discrepancies:
        head = dict(
            zip(
                DISCREPANCY_COLUMNS,
                (item.rank, item.verdict.value, item.severity, item.subject, item.key,
                 item.explanation),
                strict=True,
            )
        )  # fmt: skip
        for row in item.claims:
            yield {**head, **flat.row_record(row)}


class JsonLinesRenderer(Renderer):
    def render(self, report: Report) -> str:
        with collector_paused():
            return json_lines(records(report))
