"""The report as a plain-text table for terminals, in tabulate's "simple" layout.

One row per figure; the subject, verdict, severity and explanation stand on the first row of
each discrepancy, and a blank row separates discrepancies.  Long cells wrap at spaces; claim
ids are never broken, so they can be copied.  The summary line is the CLI's, on stderr.

A report limited to its most severe discrepancies (`report.build(limit=...)`, the CLI's
--limit, 50 unless --all) says how many it left out (Report.more): the table then ends with
a line saying how many more there are and how to see them, with --all or in a data format,
which keeps everything.

The layout is tabulate's (tablefmt="simple", left-aligned text, two spaces between columns;
tabulate drops the blank separator rows), and tests/test_render.py checks the output against
tabulate itself.  It is laid out here
because tabulate infers a type for every cell: about 100 µs a row, 5 s for a 50,000-figure
report, against 3 µs a row for this loop.
"""

from __future__ import annotations

from itertools import chain, zip_longest
from operator import itemgetter

from crosscheck.heap import collector_paused
from crosscheck.render.base import Renderer
from crosscheck.report import Report

HEADERS = ("#", "severity", "verdict", "subject", "figure", "source", "article", "explanation")
SUBJECT, FIGURE, SOURCE, ARTICLE, EXPLANATION = 22, 16, 24, 34, 40
_GAP = "  "
STACK_BELOW = 100  # a terminal narrower than this gets blocks, not a table
MIN_EXPLANATION = 20  # the narrowest explanation column worth a table
_INDENT = 4
_HEADER_PADDING = 2  # tabulate's MIN_PADDING: a column is at least its header + 2 wide


def left_out(report: Report, width: int | None = None) -> str:
    """The closing line of a table that stops early, wrapped at `width` ("" when nothing
    was left out)."""
    if not report.more:
        return ""
    shown, plural = len(report.discrepancies), "y" if report.more == 1 else "ies"
    line = (
        f"... and {report.more:,} more discrepanc{plural} (this table shows the {shown:,} most"
        " severe): see every one with --all, or with --format markdown, json, jsonl or csv."
    )
    return "\n" + "\n".join(wrap(line, width) if width else [line]) + "\n"


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width`, broken at spaces; a word longer than a line
    starts where it is and is cut.  Like textwrap.wrap(text, width, break_on_hyphens=False),
    ten times faster, and never leaving a space at the end of a line."""
    if len(text) <= width and "\n" not in text:
        return [text] if text else []
    # Greedy, a line at a time: the last space that leaves a line short enough (str.rfind,
    # in C) rather than word by word.  The line is always a stretch of the text with its
    # spaces made single.
    text = " ".join(text.split())
    lines: list[str] = []
    start, end = 0, len(text)
    while end - start > width:
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:
            # The line's first word is too long for any line: cut it.
            lines.append(text[start : start + width])
            start += width
            continue
        following = text.find(" ", cut + 1)
        if (end if following < 0 else following) - (cut + 1) <= width:
            lines.append(text[start:cut])
            start = cut + 1
        elif cut - start + 1 < width:
            # The next word is too long for any line: it fills what is left of this one.
            lines.append(text[start : start + width])
            start += width
        else:
            lines.append(text[start:cut])
            start = cut + 1
    if start < end:
        lines.append(text[start:])
    return lines


def rows(report: Report, explanation: int = EXPLANATION) -> list[list[list[str]]]:
    """Each table row as its cells, each cell as its lines; a blank row between findings.
    `explanation` is the width the explanation wraps at."""
    table: list[list[list[str]]] = []
    where: dict[str, list[str]] = {}  # article id -> "outlet, date" wrapped, made once
    for item in report.discrepancies:
        if table:
            table.append([[] for _ in HEADERS])
        for index, claim in enumerate(item.claims):
            first = index == 0
            heading = where.get(claim.article)
            if heading is None:
                words = ", ".join(part for part in (claim.outlet, claim.published) if part)
                heading = where[claim.article] = wrap(words, ARTICLE)
            table.append(
                [
                    [str(item.rank)] if first else [],
                    [f"{item.severity:.2f}"] if first else [],
                    [item.verdict.value] if first else [],
                    wrap(item.subject, SUBJECT) if first else [],
                    wrap(claim.figure, FIGURE),
                    wrap(claim.sourced, SOURCE),
                    # The claim id stays whole so that it can be copied into grep or an editor.
                    [*heading, claim.id],
                    wrap(item.explanation, explanation) if first else [],
                ]
            )
    return table


def layout(headers: tuple[str, ...], table: list[list[list[str]]]) -> str:
    """tabulate's "simple" format for multi-line cells, trailing spaces removed."""
    # Column by column with map and chain, so the loops over every line run in C.
    widths = []
    for column, header in enumerate(headers):
        lines = chain.from_iterable(map(itemgetter(column), table))
        widths.append(max(len(header) + _HEADER_PADDING, max(map(len, lines), default=0)))
    fill = _GAP.join(f"{{:<{width}}}" for width in widths).format
    out = [fill(*headers).rstrip(), _GAP.join("-" * w for w in widths)]
    for row in table:
        height = max(map(len, row))
        if height <= 1:
            out.append(fill(*(cell[0] if cell else "" for cell in row)).rstrip())
            continue
        out += [fill(*cells).rstrip() for cells in zip_longest(*row, fillvalue="")]
    return "\n".join(out) + "\n"


def stacked(report: Report, width: int) -> str:
    """One block per discrepancy, for a narrow terminal: its rank, verdict, severity and kind,
    then the subject and the explanation wrapped to `width`, then each figure with its source
    and article (a claim id longer than the line stays whole, so that it can be copied)."""
    text = max(width - _INDENT, 10)
    pad = " " * _INDENT
    out: list[str] = []
    for item in report.discrepancies:
        if out:
            out.append("")
        head = f"{item.rank}."
        out.append(
            f"{head:<{_INDENT}}{item.verdict.value} · severity {item.severity:.2f} · {item.kind}"
        )
        out += [pad + line for line in wrap(item.subject, text)]
        out += [pad + line for line in wrap(item.explanation, text)]
        for claim in item.claims:
            where = ", ".join(part for part in (claim.outlet, claim.published) if part)
            said = wrap(f"{claim.figure} ({claim.sourced})", text - 2)
            out += [pad + ("- " if n == 0 else "  ") + line for n, line in enumerate(said)]
            out += [pad + "  " + line for line in wrap(where, text - 2)]
            out.append(pad + "  " + claim.id)
    return "\n".join(out) + "\n"


class TableRenderer(Renderer):
    """The table as wide as its cells make it (about 200 columns); with `width`, fitted to a
    terminal that wide: the explanation wraps narrower, and when even that does not fit
    (below STACK_BELOW columns, or with a very narrow explanation) one block per discrepancy
    replaces the table."""

    def __init__(self, width: int | None = None) -> None:
        self.width = width

    def render(self, report: Report) -> str:
        if not report.discrepancies:
            return "No discrepancies.\n"
        with collector_paused():
            return self._fitted(report) + left_out(report, self.width)

    def _fitted(self, report: Report) -> str:
        text = layout(HEADERS, rows(report))
        if self.width is None:
            return text
        explanation = EXPLANATION
        while True:
            excess = max(map(len, text.splitlines())) - self.width
            if excess <= 0:
                return text
            # The widest explanation line may be shorter than the wrap width: try again.
            explanation = min(explanation - 1, explanation - excess)
            if self.width < STACK_BELOW or explanation < MIN_EXPLANATION:
                return stacked(report, self.width)
            text = layout(HEADERS, rows(report, explanation))
