"""CLI command: `crosscheck extract`, proposing claims from article text into claims/."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from crosscheck.cli import EXIT_FINDINGS, folders, note, quiet
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article


def _select(folder: Path, names: Sequence[str]) -> list[Article]:
    """The articles named (ids or paths), or every article of the folder."""
    from crosscheck import articles

    if not names:
        return list(articles.load_all(folder).values())
    chosen: list[Article] = []
    for name in names:
        path = Path(name)
        if not (path.suffix == articles.SUFFIX and path.exists()):
            path = articles.path_for(folder, name)
        if not path.exists():
            raise CrosscheckError(f"no article {name!r} in {folder}", str(path))
        chosen.append(articles.read(path))
    return chosen


def _row(article: Article, entry: dict[str, Any]) -> list[str]:
    attribution = entry["attribution"]
    source = attribution["source"] + "".join(f" via {v}" for v in attribution["via"])
    quote = entry["quote"] if len(entry["quote"]) <= 60 else entry["quote"][:57] + "..."
    return [article.id, entry["figure"], entry["kind"], entry.get("party") or "", source, quote]


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""

    @app.command("extract")
    def extract_command(
        ctx: typer.Context,
        names: Annotated[
            list[str] | None,
            typer.Argument(metavar="ARTICLE", help="Article ids or files (default: all)."),
        ] = None,
        dry_run: Annotated[
            bool, typer.Option("--dry-run", help="Show what would be added; write nothing.")
        ] = False,
        jobs: Annotated[
            int, typer.Option("--jobs", "-j", min=1, help="Extract in N processes.")
        ] = 1,
    ) -> None:
        """Propose the claims articles state (origin extracted, status unreviewed).

        Claims already on file (by hand, reviewed or rejected) are never changed or
        proposed again; running it twice adds nothing the second time.
        """
        from tabulate import tabulate

        from crosscheck import pipeline
        from crosscheck.cli.progress import Progress

        where = folders(ctx)
        selected = _select(where.articles, names or [])
        count = 0

        def advance() -> None:
            nonlocal count
            count += 1
            bar("extracting", count, len(selected))

        with Progress(quiet=quiet(ctx)) as bar:
            done = pipeline.extract(
                selected, where.claims, jobs=jobs, dry_run=dry_run, advance=advance
            )
        rows = [_row(article, entry) for article, entry in done.added]
        added, skipped = len(done.added), done.skipped
        if dry_run and rows:
            typer.echo(
                tabulate(rows, headers=["article", "figure", "kind", "party", "source", "quote"])
            )
        verb = "would add" if dry_run else "extracted"
        plural = "" if added == 1 else "s"
        many = "" if len(selected) == 1 else "s"
        message = f"{verb} {added} new claim{plural} from {len(selected)} article{many}"
        if skipped:
            message += f" ({skipped} unreadable proposal{'s' if skipped != 1 else ''} left out)"
        note(ctx, message)
        for article, error in done.failed:
            # A bug of the extractor's, not bad input: the other articles are extracted; the
            # command exits 1 as a traceback would, with one line per article.
            named = article.path or article.id
            typer.echo(
                f"Error: {named}: the extractor failed on this article ({error}); no claims "
                "were proposed for it (a bug: please report it with the article)",
                err=True,
            )
        if done.failed:
            raise typer.Exit(EXIT_FINDINGS)
