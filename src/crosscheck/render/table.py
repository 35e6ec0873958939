"""The report as a plain-text table for terminals (tabulate).

One row per figure; the subject, verdict, severity and explanation stand on the first row of
each discrepancy, and a blank row separates discrepancies.  Long cells wrap at spaces; claim
ids are never broken.  The summary line is the CLI's,
on stderr.
"""

from __future__ import annotations

import textwrap

from tabulate import tabulate

from crosscheck.render.base import Renderer
from crosscheck.report import ClaimRow, Report

HEADERS = ("#", "severity", "verdict", "subject", "figure", "source", "article", "explanation")
SUBJECT, FIGURE, SOURCE, ARTICLE, EXPLANATION = 22, 16, 24, 34, 40


def wrap(text: str, width: int) -> str:
    """`text` in lines of at most `width`, broken at spaces (an over-long word is cut)."""
    return "\n".join(textwrap.wrap(text, width, break_on_hyphens=False)) or ""


def _article(row: ClaimRow) -> str:
    where = ", ".join(part for part in (row.outlet, row.published) if part)
    # The claim id stays whole so that it can be copied into grep or an editor.
    return "\n".join(part for part in (wrap(where, ARTICLE), row.id) if part)


class TableRenderer(Renderer):
    def render(self, report: Report) -> str:
        if not report.discrepancies:
            return "No discrepancies.\n"
        rows: list[list[str]] = []
        for item in report.discrepancies:
            if rows:
                rows.append([""] * len(HEADERS))
            for index, claim in enumerate(item.claims):
                first = index == 0
                rows.append(
                    [
                        str(item.rank) if first else "",
                        f"{item.severity:.2f}" if first else "",
                        item.verdict.value if first else "",
                        wrap(item.subject, SUBJECT) if first else "",
                        wrap(claim.figure, FIGURE),
                        wrap(claim.attribution, SOURCE),
                        _article(claim),
                        wrap(item.explanation, EXPLANATION) if first else "",
                    ]
                )
        table = tabulate(rows, headers=HEADERS, tablefmt="simple", disable_numparse=True)
        # tabulate pads every cell; trailing spaces are noise in terminals and diffs.
        lines = [line.rstrip() for line in table.splitlines()]
        return "\n".join(lines) + "\n"
