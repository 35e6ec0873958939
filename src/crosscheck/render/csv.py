"""The report as CSV: one row per figure, the discrepancy's columns repeated on each row, so
that a spreadsheet can filter and sort it.  RFC 4180 quoting (the csv module's default
dialect: fields with commas, quotes or newlines are quoted, quotes doubled; CRLF line ends);
an unknown value is an empty field.

Every CSV crosscheck writes goes through `write_rows`, which neutralises formula injection
the way OWASP recommends (https://owasp.org/www-community/attacks/CSV_Injection): a text
cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (quotes, sources and
outlets come from article text) gets a leading `'`, so that a spreadsheet shows it as text
instead of evaluating it.  Numbers are written as numbers (-5 stays -5).  `claim import`
takes the `'` off again (`unguard`), so a file exported and imported round-trips.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence

from crosscheck.render.base import Renderer
from crosscheck.report import Report

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may read as the start of a formula (OWASP's list)."""

GUARD = "'"


def guard(value: object) -> object:
    """A cell as written: text that a spreadsheet would evaluate gets a leading `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return GUARD + value
    return value


def unguard(text: str) -> str:
    """A cell as read back: the `'` that `guard` added comes off."""
    if text.startswith(GUARD) and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def write_rows(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """`header` and `rows` as CSV text, every text cell guarded against formula injection."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([guard(cell) for cell in row] for row in rows)
    return out.getvalue()


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
        return write_rows(COLUMNS, _rows(report))
