"""The report as one standalone HTML page, from the Jinja2 template `templates/report.html.j2`
(packaged with crosscheck); styles and the small script are inlined, nothing is fetched.

Rules, in plain words:
- The template autoescapes: every piece of text from articles and claim files is escaped, so
  a quote cannot inject markup, and the only script is the package's own `report.js`.
- The page reads top to bottom without JavaScript: a summary, an overview table (with a small
  range plot per row) linking to one section per discrepancy (its explanation, a range plot
  of its figures from `plot.py`, and a table of the figures).  The script only adds sorting
  and filtering of the overview (by verdict, kind, severity and article).
- Links: a figure links to its article's URL with a `#:~:text=` fragment that takes browsers
  that support it to the quote; the article's title links to the URL.  Only http and https
  URLs become links; anything else (`javascript:`, `file:`) is shown as text.
- Large reports stay usable: past the first `OPEN_SECTIONS` discrepancies, sections are
  collapsed (`<details>`), so that a browser lays out only what is open; past
  `MAX_SECTIONS` (worst first) the page stops and says how many it left out and how to see
  them: a filter (--kind, --article, --min-severity, --verdict) or a data format.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, urlsplit, urlunsplit

import jinja2

from crosscheck.heap import collector_paused
from crosscheck.render.base import Renderer
from crosscheck.render.plot import Drawing, Plot, drawing, plot
from crosscheck.report import VERDICT_ORDER, ClaimRow, Discrepancy, Report, rank

OPEN_SECTIONS = 25
"""How many discrepancy sections are open when the page loads; the rest are collapsed."""

MAX_SECTIONS = 1000
"""The most discrepancies one page shows, worst first.  A page is for reading: past this it
says how many it leaves out and how to get them (filters, or the data formats, which hold
everything), so that the page of any corpus opens in a browser in seconds."""

SEVERITY_STEPS = ("0.25", "0.50", "0.75")
"""The thresholds the severity filter offers."""

QUOTE_WORDS = 8
"""A quote longer than this many words is matched by its first and last words
(`text=start,end`), which survives small differences in between."""

_EDGE_WORDS = 4


def web_url(url: str | None) -> str | None:
    """`url` if it is an http or https URL with a host, else None (shown as text)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return urlunsplit(parts)


def _directive(text: str) -> str:
    # A text directive percent-encodes its syntax characters "-", "&" and "," too.
    return quote(text, safe="").replace("-", "%2D")


def quote_link(url: str | None, text: str) -> str | None:
    """A link to `text` inside the page at `url`: the URL with a `#:~:text=` fragment."""
    base = web_url(url)
    if base is None:
        return None
    words = text.split()
    if not words:
        return base
    if len(words) > QUOTE_WORDS:
        start = " ".join(words[:_EDGE_WORDS])
        end = " ".join(words[-_EDGE_WORDS:])
        fragment = f"{_directive(start)},{_directive(end)}"
    else:
        fragment = _directive(" ".join(words))
    page = urlunsplit(urlsplit(base)._replace(fragment=""))
    return f"{page}#:~:text={fragment}"


# Where the range plot of a section is drawn, in its viewBox (440 wide): labels left of
# PLOT_LEFT, one row of ROW units per figure, the axis and its ticks below.
PLOT_LEFT, PLOT_RIGHT, ROW, TOP = 150, 430, 20, 4
SPARK_LEFT, SPARK_RIGHT = 3, 97


@dataclass(frozen=True)
class FigureView:
    """One figure's row, as the page shows it."""

    row: ClaimRow
    link: str | None  # to the quote in the article
    where: str  # "outlet, published"
    title_link: str | None


@dataclass(frozen=True)
class BigPlot:
    plot: Plot
    drawing: Drawing
    axis: int  # y of the axis line
    ticks: tuple[tuple[str, str], ...]  # (x, label)
    labels: tuple[tuple[str, str], ...]  # (y, figure as written)


@dataclass(frozen=True)
class SparkPlot:
    drawing: Drawing
    height: str
    bar_width: str
    dot_width: str


@dataclass(frozen=True)
class SectionView:
    """One discrepancy with everything the template shows of it, computed once."""

    item: Discrepancy
    articles: str  # the ids of its articles, space-separated (for the article filter)
    verdict_order: int
    figures: tuple[FigureView, ...]
    plot: BigPlot | None
    spark: SparkPlot | None


def _big(found: Plot) -> BigPlot:
    axis = TOP + len(found) * ROW + 2
    drawn = drawing(found, PLOT_LEFT, PLOT_RIGHT, TOP, ROW)
    span = PLOT_RIGHT - PLOT_LEFT
    ticks = tuple((f"{PLOT_LEFT + at * span:.1f}", label) for at, label in found.ticks)
    labels = tuple(
        (f"{y + 4:.0f}", _short(bar.label)) for y, bar in zip(drawn.rows, found.bars, strict=True)
    )
    return BigPlot(found, drawn, axis, ticks, labels)


def _short(label: str, size: int = 20) -> str:
    return label if len(label) <= size else label[: size - 1].rstrip() + "…"


def _spark(found: Plot) -> SparkPlot:
    n = len(found)
    row = 6.0 if n <= 8 else max(48 / n, 1.5)
    drawn = drawing(found, SPARK_LEFT, SPARK_RIGHT, 1, row)
    return SparkPlot(
        drawn, f"{n * row + 2:.0f}", f"{max(row - 2, 1):.1f}", f"{max(row - 1, 1.5):.1f}"
    )


def sections(items: Sequence[Discrepancy]) -> list[SectionView]:
    """The discrepancies as the page shows them."""
    places: dict[str, tuple[str, str | None]] = {}
    views = []
    for item in items:
        figures = []
        for row in item.claims:
            if row.article not in places:
                where = ", ".join(part for part in (row.outlet, row.published) if part)
                places[row.article] = (where, web_url(row.url))
            where, title_link = places[row.article]
            figures.append(FigureView(row, quote_link(row.url, row.quote), where, title_link))
        found = plot(item)
        views.append(
            SectionView(
                item=item,
                articles=" ".join(dict.fromkeys(row.article for row in item.claims)),
                verdict_order=rank(item.verdict),
                figures=tuple(figures),
                plot=None if found is None else _big(found),
                spark=None if found is None else _spark(found),
            )
        )
    return views


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The template environment: package templates, autoescaping on, undefined names fail."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("crosscheck", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _choices(items: Sequence[Discrepancy]) -> dict[str, object]:
    """What the filters offer: the verdicts, kinds and articles of the discrepancies shown."""
    present = {item.verdict for item in items}
    articles: dict[str, str] = {}
    for item in items:
        for row in item.claims:
            if row.article not in articles:
                name = ", ".join(part for part in (row.outlet, row.published) if part)
                articles[row.article] = f"{name}: {row.title}" if row.title else row.article
    return {
        "verdicts": [v.value for v in VERDICT_ORDER if v in present],
        "kinds": sorted({item.kind for item in items}),
        "severities": SEVERITY_STEPS,
        "articles": sorted(articles.items(), key=lambda pair: (pair[1].casefold(), pair[0])),
    }


class HtmlRenderer(Renderer):
    def render(self, report: Report) -> str:
        template = environment().get_template("report.html.j2")
        with collector_paused():
            shown = report.discrepancies[:MAX_SECTIONS]
            return template.render(
                report=report,
                sections=sections(shown),
                left_out=len(report.discrepancies) - len(shown),
                choices=_choices(shown),
                open_sections=OPEN_SECTIONS,
            )
