"""Claims as flat records: the columns of `claim list --format csv|json|jsonl`, of
`report --format jsonl` and of `claim import`, documented in docs/flat-columns.md.

Rules, in plain words:
- One record per claim, every value a string, a number or empty (null): a spreadsheet,
  pandas, csvkit or sqlite-utils load them without help.  The columns are always all there,
  in the order of `COLUMNS`.
- `low`, `best`, `high` are numbers only (an open side is empty).  A claim of kind `date`
  states a date: its interval is in `date_low`, `date_best`, `date_high` (ISO 8601) and its
  numeric columns are empty.  When the figure refers to (`as_of`) is in `as_of_start`,
  `as_of_end` (ISO days) and `as_of_precision` (day, month or year).
- `via` is the relay chain joined with "; ", nearest first.  `origins` is how many
  independent origins the engine counts behind the figure (report only; empty in
  `claim list`).
- Import reads the same columns.  The claim's own fields come from `article`, `subject`,
  `kind`, `figure`, `quote`, `party`, `place`, `event`, `as_of_*`, `source`, `via` and
  `status`, checked exactly as `claim add` checks them (the quote must be in the article);
  `low`/`best`/`high` (`date_*` for dates), where given, win over what the figure implies,
  as they do in claim files (a date without a year is in the year of publication).  What
  crosscheck derives (`id`, `url`, `title`, `outlet`, `published`, `qualifier`, `unit`,
  `origins`) is ignored: the claim gets a new id.  Unknown columns are an error, so that a
  misspelt column is not silently dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from crosscheck import quantities
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, Claim, DateRef, Precision
from crosscheck.render.csv import unguard
from crosscheck.report import ClaimRow
from crosscheck.store import editing, validation

COLUMNS = (
    "id", "article", "url", "title", "outlet", "published", "subject", "kind", "party",
    "place", "event", "figure", "qualifier", "low", "best", "high", "unit",
    "date_low", "date_best", "date_high", "as_of_start", "as_of_end", "as_of_precision",
    "source", "via", "origins", "status", "quote",
)  # fmt: skip
"""Every flat record's keys, in this order."""

IMPORTED = (
    "article", "subject", "kind", "figure", "quote", "party", "place", "event",
    "as_of_start", "as_of_end", "as_of_precision", "source", "via", "status",
)  # fmt: skip
"""The columns `claim import` reads; the other columns of COLUMNS are derived."""

REQUIRED = ("article", "subject", "kind", "figure", "quote")

SIDES = ("low", "best", "high")

VIA_SEPARATOR = "; "


def record(claim: Claim, article: Article | None, origins: int | None = None) -> dict[str, Any]:
    """One claim as a flat record (keys in COLUMNS order)."""
    row = ClaimRow(claim, article, origins)
    low, best, high = row.values()
    numbers: tuple[Any, ...] = (None, None, None) if row.is_date else (low, best, high)
    days: tuple[Any, ...] = (low, best, high) if row.is_date else (None, None, None)
    as_of = claim.as_of
    return dict(
        zip(
            COLUMNS,
            (
                claim.id, claim.article, row.url, row.title, row.outlet, row.published,
                claim.subject, claim.kind, claim.party, claim.place, claim.event,
                claim.figure, claim.estimate.qualifier.value, *numbers, row.unit, *days,
                None if as_of is None else as_of.start.isoformat(),
                None if as_of is None else as_of.end.isoformat(),
                None if as_of is None else as_of.precision.value,
                claim.attribution.source, VIA_SEPARATOR.join(claim.attribution.via),
                origins, claim.status.value, claim.quote,
            ),
            strict=True,
        )
    )  # fmt: skip


def row_record(row: ClaimRow) -> dict[str, Any]:
    """A report's figure as a flat record."""
    return record(row.claim, row.article_info, row.origins)


# --------------------------------------------------------------------------- import


@dataclass(frozen=True)
class Imported:
    """One row of an import, validated: the claim entry to add and the article it is about."""

    line: int
    article: Article
    entry: dict[str, Any]


def _as_of(cells: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(the as_of as written in claim files, the column at fault) from the as_of_* cells."""
    start, end, precision = (
        cells.get(f"as_of_{side}", "") for side in ("start", "end", "precision")
    )
    if not (start or end or precision):
        return None, None
    try:
        first = dt.date.fromisoformat(start)
    except ValueError:
        return None, "as_of_start"
    try:
        last = dt.date.fromisoformat(end) if end else first
    except ValueError:
        return None, "as_of_end"
    try:
        unit = Precision(precision or "day")
    except ValueError:
        return None, "as_of_precision"
    if last < first:
        return None, "as_of_end"
    return str(DateRef(first, last, unit)), None


def read_import(
    text: str, path: str, article: Callable[[str], Article]
) -> tuple[list[Imported], list[CrosscheckError]]:
    """The rows of a CSV of claims, each validated as `claim add` validates it; and every
    problem found, as `FILE:ROW:COLUMN: column: message` (ROW is the line in the file)."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    problems: list[CrosscheckError] = []

    def problem(message: str, line: int, column: str | None) -> None:
        number = header.index(column) + 1 if column in header else None
        problems.append(CrosscheckError(message, path, line, number, field=column))

    unknown = [name for name in header if name not in COLUMNS]
    for name in unknown:
        hint = validation.did_you_mean(name, list(COLUMNS))
        problem(f"unknown column{hint} (columns: docs/flat-columns.md)", 1, name)
    for name in REQUIRED:
        if name not in header:
            problem("missing column", 1, None if not header else name)
    if problems:
        return [], problems
    found: list[Imported] = []
    line = 1
    articles: dict[str, Article | CrosscheckError] = {}
    for raw in reader:
        start, line = line + 1, reader.line_num
        if None in raw:
            problem("more cells than columns", start, None)
            continue
        cells = {key: unguard((value or "").strip()) for key, value in raw.items()}
        missing = [name for name in REQUIRED if not cells[name]]
        if missing:
            for name in missing:
                problem("empty", start, name)
            continue
        as_of, wrong = _as_of(cells)
        if wrong:
            problem(f"{cells[wrong]!r} is not an ISO date (or day|month|year)", start, wrong)
            continue
        wanted = cells["article"]
        if wanted not in articles:
            try:
                articles[wanted] = article(wanted)
            except CrosscheckError as exc:
                articles[wanted] = exc
        source = articles[wanted]
        if isinstance(source, CrosscheckError):
            problem(source.message, start, "article")
            continue
        via = [part.strip() for part in cells.get("via", "").split(";") if part.strip()]
        try:
            figure, given = _interval(cells, source)
            entry = editing.make_entry(
                source,
                subject=cells["subject"],
                kind=cells["kind"],
                figure=figure,
                quote=cells["quote"],
                party=cells.get("party") or None,
                place=cells.get("place") or None,
                event=cells.get("event") or None,
                as_of=as_of,
                source=cells.get("source") or None,
                via=via,
                status=cells.get("status") or "unreviewed",
            )
            entry.update(given, figure=cells["figure"])
            validation.entry_to_claim({"id": f"{source.id}#1", **entry}, source.id, path=path)
        except CrosscheckError as exc:
            problem(exc.message, start, _column(exc.field))
            continue
        found.append(Imported(start, source, entry))
    return found, problems


def _interval(cells: Mapping[str, str], article: Article) -> tuple[str, dict[str, Any]]:
    """The figure make_entry should read, and the fields that win over what it implies.

    `low`/`best`/`high` (`date_*` for a date claim) and `qualifier`, where the row gives
    them, win, as they do in claim files.  A figure crosscheck cannot read stands on the
    interval the row gives: make_entry then reads its best value instead.
    """
    date = cells["kind"] == "date"
    given: dict[str, Any] = {}
    for side in SIDES:
        column = f"date_{side}" if date else side
        text = cells.get(column, "").replace(",", "")
        if not text:
            continue
        try:
            if date:
                given[side] = dt.date.fromisoformat(text)
            else:
                number = float(text)
                given[side] = int(number) if number.is_integer() else number
        except ValueError:
            kind = "an ISO date" if date else "a number"
            raise CrosscheckError(f"{text!r} is not {kind}", field=column) from None
    if cells.get("qualifier"):
        given["qualifier"] = cells["qualifier"]
    figure = cells["figure"]
    reference = article.published.start  # a date without a year is in the year of publication
    try:
        estimate = quantities.parse_figure(figure, cells["kind"], reference=reference)
    except CrosscheckError as exc:
        if "best" not in given:
            raise CrosscheckError(exc.message, field="figure") from None
        best = given["best"]
        return str(best), {side: given.get(side) for side in SIDES} | given
    if date:
        implied = (estimate.low, estimate.best, estimate.high)
        stand_in = {
            side: None if value is None else dt.date.fromordinal(round(value))
            for side, value in zip(SIDES, implied, strict=True)
        }
        best = given.get("best", stand_in["best"])
        assert best is not None  # parse_figure always gives a best value
        return best.isoformat(), stand_in | given
    return figure, given


def _column(field: str | None) -> str | None:
    """The import column a claim field's error belongs to."""
    if field is None:
        return None
    name = field.rsplit(".", 1)[-1]
    if name == "as_of":
        return "as_of_start"
    if name == "span":
        return "quote"
    return name if name in COLUMNS else None
