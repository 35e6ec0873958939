"""`crosscheck report`: load the corpus, run the engine, render the findings.

Only connects store, engine and renderer: the report goes to stdout or --output, the summary
line to stderr.  Exit codes: 0 fine; 1 a gate failed (--fail-on found a discrepancy that bad,
or --check found the file out of date); 2 a user error (bad files or options).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from crosscheck import report as report_module
from crosscheck import store, yamlio
from crosscheck.cli import EXIT_FINDINGS, Folders, folders
from crosscheck.errors import CrosscheckError
from crosscheck.model import Status, Verdict
from crosscheck.render import Format, renderer
from crosscheck.report import (
    DISAGREEMENTS,
    ENGINE_FILES,
    Filters,
    Report,
    at_or_worse,
    build,
    findings_for,
)
from crosscheck.vocab import kinds

BUNDLED = ((Format.MARKDOWN, "report.md"), (Format.HTML, "report.html"))
"""What --write-reports writes into reports/: the rendered report of the corpus."""


SUFFIXES = {
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".json": Format.JSON,
    ".csv": Format.CSV,
}
"""The format a file name implies when --format is not given; anything else is a table."""


def format_for(path: Path | None) -> Format:
    """The format for writing or checking `path`: by its suffix, else the table."""
    return SUFFIXES.get(path.suffix.lower(), Format.TABLE) if path else Format.TABLE


class FailOn(str, Enum):
    """The verdicts --fail-on accepts, worst first."""

    CONTRADICTION = "contradiction"
    TENSION = "tension"


def load(where: Folders, *, cache: bool = True, jobs: int | None = None) -> store.Corpus:
    """The corpus, read in `jobs` processes (default: one per core); with cache=False every
    claim file is parsed afresh (and nothing the command computes is kept)."""
    if cache:
        return store.load_corpus(where.articles, where.claims, jobs=jobs)
    with tempfile.TemporaryDirectory(prefix="crosscheck-no-cache-") as scratch:
        corpus = store.load_corpus(where.articles, where.claims, cache_dir=Path(scratch), jobs=jobs)
    return dataclasses.replace(corpus, cache_dir=None)  # the scratch folder is gone


@dataclass(frozen=True)
class Rendered:
    """What one run of `report` shows: the text in each format asked for, the summary line,
    and how many discrepancies of each verdict (for --fail-on)."""

    texts: dict[Format, str]
    summary: str
    verdicts: Counter[Verdict]


def _sorted(value: object) -> object:
    return sorted(str(each) for each in value) if isinstance(value, list) else value


# The code a rendered report depends on besides the engine: a change to any re-renders.
REPORT_FILES = tuple(
    sorted(
        {*ENGINE_FILES, Path(__file__), Path(str(report_module.__file__))}
        | set((Path(str(report_module.__file__)).parent / "render").glob("*.py"))
    )
)


def make_report(
    corpus: store.Corpus,
    filters: Filters | None = None,
    generated: str | None = None,
    *,
    jobs: int | None = None,
) -> Report:
    """Run the engine over the corpus (rejected claims left out, in `jobs` processes: default
    one per core) and build the report."""
    claims = [claim for claim in corpus.claims if claim.status is not Status.REJECTED]
    findings = findings_for(corpus, claims, jobs=jobs)
    return build(
        findings, corpus.articles, filters=filters, claims_total=len(claims), generated=generated
    )


def timestamp() -> str:
    """Now in UTC, ISO 8601; SOURCE_DATE_EPOCH wins, for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = (
        dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        if epoch and epoch.isdigit()
        else dt.datetime.now(dt.timezone.utc)
    )
    return now.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _filters(
    corpus: store.Corpus,
    kind: list[str],
    article: list[str],
    verdict: list[Verdict],
    min_severity: float,
) -> Filters:
    for name in kind:
        if name not in kinds():
            known = ", ".join(kinds())
            raise CrosscheckError(f"--kind {name!r} is not a kind (one of: {known})")
    for wanted in article:
        if wanted not in corpus.articles:
            hint = store.did_you_mean(wanted, sorted(corpus.articles))
            raise CrosscheckError(f"--article {wanted!r}: no such article{hint}")
    return Filters(
        kinds=frozenset(kind),
        articles=frozenset(article),
        verdicts=frozenset(verdict) if verdict else DISAGREEMENTS,
        min_severity=min_severity,
    )


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        return ""  # not what we would write, so it differs


def report(
    ctx: typer.Context,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format; by default the suffix of --output/--check decides, else table.",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write the report to FILE (atomically).", dir_okay=False
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", metavar="KIND", help="Only subjects of this kind (repeatable)."),
    ] = None,
    article: Annotated[
        list[str] | None,
        typer.Option(
            "--article",
            metavar="ARTICLE-ID",
            help="Only discrepancies citing this article id (repeatable).",
        ),
    ] = None,
    min_severity: Annotated[
        float, typer.Option("--min-severity", min=0.0, max=1.0, help="Only severity >= this.")
    ] = 0.0,
    verdict: Annotated[
        list[Verdict] | None,
        typer.Option(
            "--verdict",
            metavar="VERDICT",
            help="Only these verdicts (repeatable); default: all but consistent.",
            case_sensitive=False,
        ),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 if a discrepancy is this bad or worse (contradiction > tension).",
            case_sensitive=False,
        ),
    ] = None,
    check: Annotated[
        Path | None,
        typer.Option(
            "--check",
            help="Exit 1 if FILE differs from the report rendered now; write nothing.",
            dir_okay=False,
        ),
    ] = None,
    write_reports: Annotated[
        bool,
        typer.Option(
            "--write-reports",
            help="Regenerate reports/report.md and reports/report.html (the full report).",
        ),
    ] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Parse every claim file afresh.")
    ] = False,
    stamp: Annotated[
        bool, typer.Option("--timestamp", help="Say when the report was made (UTC).")
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", min=0, help="Read and compare in N processes (0: one per core)."
        ),
    ] = 0,
) -> None:
    """Show where sources disagree: discrepancies, worst first.

    Exit codes: 0 fine, 1 --fail-on or --check failed, 2 bad input.
    """
    where = folders(ctx)
    if write_reports:
        narrowed = kind or article or verdict or min_severity or fmt
        if narrowed or output or check or stamp:
            raise CrosscheckError(
                "--write-reports writes the full, untimestamped report; "
                "drop --format, --output, --check, --timestamp and the filters"
            )
    if check is not None and output is not None:
        raise CrosscheckError("--check compares and --output writes: use one of them")
    fmt = fmt or format_for(check or output)
    formats = [each for each, _ in BUNDLED] if write_reports else [fmt]
    selection = (kind or [], article or [], verdict or [], min_severity)
    processes = jobs or None  # 0: one per core

    def compute() -> Rendered:
        corpus = load(where, cache=not no_cache, jobs=processes)
        built = make_report(
            corpus, _filters(corpus, *selection), timestamp() if stamp else None, jobs=processes
        )
        counts = Counter(item.verdict for item in built.discrepancies)
        return Rendered(
            {each: renderer(each).render(built) for each in formats}, built.summary(), counts
        )

    if no_cache or stamp:
        rendered = compute()
    else:
        # An unchanged corpus, code and question give the same report: serve it from the cache
        # after hashing the files, without parsing anything.
        question = repr(([each.value for each in formats], *map(_sorted, selection)))
        rendered = store.memoized(
            store.default_cache_dir(where.claims),
            store.corpus_digest(where.articles, where.claims),
            "report-" + hashlib.blake2b(question.encode(), digest_size=12).hexdigest(),
            (*REPORT_FILES, *report_module.corpus_data(where.articles.parent)),
            compute,
        )
    typer.echo(rendered.summary, err=True)

    failed = False
    if write_reports:
        for each, name in BUNDLED:
            target = where.reports / name
            yamlio.write_atomic(target, rendered.texts[each])
            typer.echo(f"Wrote {target}", err=True)
    elif check is not None:
        text = rendered.texts[fmt]
        existing = _read(check)
        if existing != text:
            why = "does not exist" if existing is None else "is out of date"
            typer.echo(
                f"{check} {why}: regenerate it with the same options and --output {check}",
                err=True,
            )
            failed = True
        else:
            typer.echo(f"{check} is up to date", err=True)
    elif output is not None:
        yamlio.write_atomic(output, rendered.texts[fmt])
        typer.echo(f"Wrote {output}", err=True)
    else:
        typer.echo(rendered.texts[fmt], nl=False)

    bad = at_or_worse(Verdict(fail_on.value)) if fail_on is not None else frozenset()
    count = sum(rendered.verdicts[each] for each in bad)
    if fail_on is not None and count:
        typer.echo(f"{count} at {fail_on.value} or worse (--fail-on {fail_on.value})", err=True)
        failed = True
    if failed:
        raise typer.Exit(EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    """Add `report` to the app."""
    app.command("report")(report)
