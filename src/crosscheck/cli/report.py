"""`crosscheck report`: load the corpus, run the engine, render the findings.

Only connects store, engine and renderer: the report goes to stdout or --output, the summary
line to stderr.  Exit codes: 0 fine; 1 a gate failed (--fail-on found a discrepancy that bad,
or --check found the file out of date); 2 a user error (bad files or options).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from crosscheck import baseline
from crosscheck.cli import EXIT_FINDINGS, complete_articles, complete_kinds, folders
from crosscheck.cli import quiet as is_quiet
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, Verdict
from crosscheck.render import Format, renderer

TABLE_LIMIT = 50
"""The most discrepancies the table shows unless --limit or --all says otherwise: a terminal
shows a screenful, and 50,000 rows take seconds to lay out and longer to scroll."""

if TYPE_CHECKING:  # imported where used: `crosscheck --help` need not load the engine
    from crosscheck import store
    from crosscheck.report import Filters

BUNDLED = ((Format.MARKDOWN, "report.md"), (Format.HTML, "report.html"))
"""What --write-reports writes into reports/: the rendered report of the corpus."""


SUFFIXES = {
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".json": Format.JSON,
    ".csv": Format.CSV,
    ".jsonl": Format.JSONL,
    ".jsonld": Format.CLAIMREVIEW,
}
"""The format a file name implies when --format is not given; anything else is a table."""


def format_for(path: Path | None) -> Format:
    """The format for writing or checking `path`: by its suffix, else the table."""
    return SUFFIXES.get(path.suffix.lower(), Format.TABLE) if path else Format.TABLE


class FailOn(str, Enum):
    """The verdicts --fail-on accepts, worst first."""

    CONTRADICTION = "contradiction"
    TENSION = "tension"


@dataclass(frozen=True)
class Rendered:
    """What one run of `report` shows: the text in each format asked for, the summary line,
    and how many discrepancies of each verdict (for --fail-on)."""

    texts: dict[Format, str]
    summary: str
    verdicts: dict[Verdict, int]
    entries: tuple[baseline.Entry, ...] = ()  # for --fail-on against a baseline


def _sorted(value: object) -> object:
    return sorted(str(each) for each in value) if isinstance(value, list) else value


def terminal_width() -> int | None:
    """The width of the terminal standard output is, or None when it is not one."""
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size().columns


def timestamp() -> str:
    """Now in UTC, ISO 8601; SOURCE_DATE_EPOCH wins, for reproducible builds (CrosscheckError
    if it is set but not a date)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = dt.datetime.now(dt.timezone.utc)
    if epoch:
        # reproducible-builds.org: a malformed value is an error, not silently "now".
        try:
            if not epoch.isdigit():
                raise ValueError
            now = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            raise CrosscheckError(
                f"{epoch[:40]!r} is not a number of seconds since 1970 up to the year 9999",
                field="SOURCE_DATE_EPOCH",
            ) from None
    return now.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _filters(
    corpus: store.Corpus | None,
    kind: list[str],
    article: list[str],
    verdict: list[Verdict],
    min_severity: float,
) -> Filters:
    from crosscheck.report import DISAGREEMENTS, Filters
    from crosscheck.store import validation

    _known_kinds(kind)
    present = corpus.articles if corpus is not None else {}  # None: no --article given
    for wanted in article:
        if wanted not in present:
            hint = validation.did_you_mean(wanted, sorted(present))
            raise CrosscheckError(f"--article {wanted!r}: no such article{hint}")
    return Filters(
        kinds=frozenset(kind),
        articles=frozenset(article),
        verdicts=frozenset(verdict) if verdict else DISAGREEMENTS,
        min_severity=min_severity,
    )


def _known_kinds(kind: list[str]) -> None:
    """CrosscheckError for a --kind that is not a kind."""
    from crosscheck.vocab import kinds

    for name in kind:
        if name not in kinds():
            known = ", ".join(kinds())
            raise CrosscheckError(f"--kind {name!r} is not a kind (one of: {known})")


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
            "--output",
            "-o",
            help="Write the report to FILE (atomically; through a symlink; '-' for stdout).",
            dir_okay=False,
        ),
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            metavar="KIND",
            help="Only subjects of this kind (repeatable).",
            autocompletion=complete_kinds,
        ),
    ] = None,
    article: Annotated[
        list[str] | None,
        typer.Option(
            "--article",
            metavar="ARTICLE-ID",
            help="Only discrepancies citing this article id (repeatable).",
            autocompletion=complete_articles,
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
    update_baseline: Annotated[
        bool,
        typer.Option(
            "--update-baseline",
            help="Record the discrepancies shown as acknowledged, in crosscheck-baseline.yaml.",
        ),
    ] = False,
    baseline_file: Annotated[
        Path | None,
        typer.Option(
            "--baseline",
            help="The baseline file (default: crosscheck-baseline.yaml in the corpus root); "
            "--fail-on then fails only on discrepancies new or worse than it records.",
            dir_okay=False,
        ),
    ] = None,
    limit: Annotated[
        int,
        typer.Option(
            "--limit",
            min=1,
            help="The table shows the N most severe discrepancies and says how many more.",
        ),
    ] = TABLE_LIMIT,
    show_all: Annotated[
        bool, typer.Option("--all", help="The table shows every discrepancy (no --limit).")
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="No summary or progress on stderr; problems still show."
        ),
    ] = False,
) -> None:
    """Show where sources disagree: discrepancies, worst first.

    Exit codes: 0 fine, 1 --fail-on or --check failed, 2 bad input.
    """
    from crosscheck import yamlio
    from crosscheck.cache import Cache, memoized
    from crosscheck.store import loading

    where = folders(ctx)
    silent = quiet or is_quiet(ctx)  # `report --quiet` or `crosscheck --quiet report`
    if output is not None and str(output) == "-":
        output = None  # `-o -`: standard output
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
    # The table fits the terminal it is printed on; anything written or piped stays whole.
    width = terminal_width() if fmt is Format.TABLE and output is None and check is None else None
    # The table stops after `limit` discrepancies (the other formats keep every one), and the
    # report is built no further unless the baseline needs every discrepancy.
    shown = None if show_all or fmt is not Format.TABLE or write_reports else limit
    gated = update_baseline or fail_on is not None
    listed: loading.Listing | None = None  # the corpus's files, once hashed
    loaded: list[str] = []  # the digest of the corpus as loaded, if it was
    # A cache that holds no claim file has no ledger to make the report from or bring up
    # to date (ledger.py keeps one only of claim files the cache holds): none is looked for.
    first: list[bool] = [False]

    def compute() -> Rendered:
        from crosscheck import parallel, pipeline
        from crosscheck.cli.progress import Progress

        def meanwhile(read: Mapping[str, Article], kept: Cache | None) -> None:
            """What the engine needs ready, made while worker processes read the claim
            files (this process would only wait for them): its modules (~0.06 s to
            import, not needed to read claims) and what profiling reads of the articles."""
            from crosscheck import incremental, ledger, profiles, report  # noqa: F401

            for each in formats:
                renderer(each, width=width)
            profiles.prepare(read, kept)

        # A bar on stderr once reading or comparing has taken a second, in a terminal.
        with Progress(quiet=silent) as bar, parallel.progress(bar):
            built = None
            quick = not (gated or no_cache or article)
            if first[0]:
                if shown is not None and quick:
                    _known_kinds(kind or [])  # as _filters says it, before any file is read
            elif shown is not None and quick:
                # After a small edit, only what it touches is judged again (ledger.py).
                built = pipeline.report_after_edit(
                    where.articles,
                    where.claims,
                    _filters(None, *selection),
                    timestamp() if stamp else None,
                    jobs=processes,
                    limit=shown,
                    listed=listed,
                )
            elif not no_cache:
                # Every finding is needed: the ledger, brought up to the edit, gives them.
                pipeline.refresh_ledger(where.articles, where.claims, jobs=processes, listed=listed)
            if built is None:
                # The gazetteer (a second to build) and the articles' places are made ready
                # while workers read the claims.
                gazetteer_store = None if no_cache else Cache(where.claims.parent)
                corpus = pipeline.load(
                    where.articles,
                    where.claims,
                    cache=not no_cache,
                    jobs=processes,
                    meanwhile=lambda read: meanwhile(read, gazetteer_store),
                )
                loaded.append(corpus.digest)
                built = pipeline.make_report(
                    corpus,
                    _filters(corpus, *selection),
                    timestamp() if stamp else None,
                    jobs=processes,
                    limit=None if gated else shown,
                )
        entries = tuple(baseline.entry(item) for item in built.discrepancies) if gated else ()
        built = built.head(shown)
        return Rendered(
            {each: renderer(each, width=width).render(built) for each in formats},
            built.summary(),
            built.counts(),
            entries,
        )

    if no_cache or stamp:
        rendered = compute()
    else:
        # An unchanged corpus, code and question give the same report: serve it from the cache
        # after hashing the files, without parsing anything.
        question = repr(
            ([each.value for each in formats], *map(_sorted, selection), width, shown, gated)
        )
        name = "report-" + hashlib.blake2b(question.encode(), digest_size=12).hexdigest()
        kept = Cache(where.claims.parent)
        if not kept.holds_claim_files():
            # A cache that holds no claim file (a first run) has no report or ledger worth
            # hashing every file first: they are hashed as they are parsed, and the report
            # is kept under the digest of what was parsed.
            first[0] = True
            rendered = compute()
            if loaded and loaded[0]:
                kept.store_result(name, loaded[0], rendered)
        else:
            try:  # the files are hashed once, for this and for the ledger
                listed = loading.listing(where.articles, where.claims, kept)
            except OSError:
                listed = None  # load says what cannot be read
            digest = loading.corpus_digest(where.articles, where.claims, store=kept, listed=listed)
            rendered = memoized(kept, name, digest, Rendered, compute)

    def note(line: str) -> None:
        """A progress or summary line on stderr, unless --quiet."""
        if not silent:
            typer.echo(line, err=True)

    note(rendered.summary)

    failed = False
    if write_reports:
        for each, name in BUNDLED:
            target = where.reports / name
            yamlio.write_atomic(target, rendered.texts[each])
            note(f"Wrote {target}")
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
            note(f"{check} is up to date")
    elif output is not None:
        yamlio.write_atomic(output, rendered.texts[fmt])
        note(f"Wrote {output}")
    else:
        typer.echo(rendered.texts[fmt], nl=False)

    baseline_path = baseline_file or where.articles.parent / baseline.FILE_NAME
    if update_baseline:
        notes = {key: each.note for key, each in baseline.read(baseline_path).items()}
        yamlio.write_atomic(baseline_path, baseline.render(rendered.entries, notes))
        note(f"Wrote {baseline_path} ({len(rendered.entries)} acknowledged)")

    from crosscheck.report import at_or_worse

    bad = at_or_worse(Verdict(fail_on.value)) if fail_on is not None else frozenset()
    known = baseline.read(baseline_path) if fail_on is not None else {}
    if known and fail_on is not None:
        uncovered = baseline.uncovered(rendered.entries, known, bad)
        for entry, why in uncovered:
            typer.echo(f"{entry.verdict.value} ({why}): {entry.subject} [{entry.key}]", err=True)
        if uncovered:
            typer.echo(
                f"{len(uncovered)} at {fail_on.value} or worse, new or worse than "
                f"{baseline_path} (--fail-on {fail_on.value})",
                err=True,
            )
            failed = True
    elif fail_on is not None:
        count = sum(rendered.verdicts.get(each, 0) for each in bad)
        if count:
            typer.echo(f"{count} at {fail_on.value} or worse (--fail-on {fail_on.value})", err=True)
            failed = True
    if failed:
        raise typer.Exit(EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    """Add `report` to the app."""
    app.command("report")(report)
