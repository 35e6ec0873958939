"""The report as one standalone HTML page: no scripts, no external files, styles inline.

Every piece of text from articles and claim files goes through `html.escape`, so a quote
cannot inject markup.  The page reads top to bottom without JavaScript: an overview table
linking to one section per discrepancy.
"""

from __future__ import annotations

from html import escape

from crosscheck.render.base import Renderer
from crosscheck.report import ClaimRow, Discrepancy, Report

STYLE = """\
body { font: 15px/1.45 system-ui, sans-serif; max-width: 72rem; margin: 2rem auto;
       padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
.verdict { font-weight: 600; padding: 0 .3rem; border-radius: 3px; }
.contradiction { background: #f8d0d0; } .tension { background: #fbe6c2; }
.update { background: #d6e6fa; } .changed { background: #e4dcf5; }
.consistent { background: #d5efd5; }
.id { font: 12px ui-monospace, monospace; color: #555; }
blockquote { margin: 0; font-style: italic; }
"""


def _e(value: str | None) -> str:
    return escape(value or "", quote=True)


def _verdict(item: Discrepancy) -> str:
    name = _e(item.verdict.value)
    return f'<span class="verdict {name}">{name}</span>'


def _claim(row: ClaimRow) -> str:
    where = ", ".join(part for part in (row.outlet, row.published) if part)
    title = f"<br>{_e(row.title)}" if row.title else ""
    return (
        "<tr>"
        f"<td>{_e(row.figure)}</td>"
        f"<td>{_e(row.interval)}</td>"
        f"<td>{_e(row.as_of)}</td>"
        f"<td>{_e(row.sourced)}</td>"
        f'<td>{_e(where)}{title}<br><span class="id">{_e(row.id)}</span></td>'
        f"<td><blockquote>“{_e(row.quote)}”</blockquote></td>"
        "</tr>"
    )


def _section(item: Discrepancy) -> list[str]:
    return [
        f'<section id="d{item.rank}">',
        f"<h2>{item.rank}. {_e(item.subject)}</h2>",
        f"<p>{_verdict(item)} severity {item.severity:.2f} · kind {_e(item.kind)}</p>",
        f"<p>{_e(item.explanation)}</p>",
        "<table>",
        "<tr><th>figure</th><th>interval</th><th>as of</th><th>source</th>"
        "<th>article</th><th>quote</th></tr>",
        *(_claim(row) for row in item.claims),
        "</table>",
        "</section>",
    ]


class HtmlRenderer(Renderer):
    def render(self, report: Report) -> str:
        lines = [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>Crosscheck report</title>",
            f"<style>\n{STYLE}</style>",
            "</head>",
            "<body>",
            "<h1>Crosscheck report</h1>",
        ]
        if report.generated:
            lines.append(f"<p>Generated {_e(report.generated)}.</p>")
        lines.append(f"<p>{_e(report.summary())}.</p>")
        if report.discrepancies:
            lines += [
                "<table>",
                "<tr><th>#</th><th>severity</th><th>verdict</th><th>subject</th>"
                "<th>figures</th></tr>",
            ]
            for item in report.discrepancies:
                figures = "; ".join(_e(row.figure) for row in item.claims)
                lines.append(
                    f"<tr><td>{item.rank}</td><td>{item.severity:.2f}</td>"
                    f"<td>{_verdict(item)}</td>"
                    f'<td><a href="#d{item.rank}">{_e(item.subject)}</a></td>'
                    f"<td>{figures}</td></tr>"
                )
            lines.append("</table>")
            for item in report.discrepancies:
                lines += _section(item)
        lines += ["</body>", "</html>", ""]
        return "\n".join(lines)
