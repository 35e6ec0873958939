"""CLI commands: `crosscheck article add` and `crosscheck article list`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from crosscheck.cli import folders
from crosscheck.errors import CrosscheckError

article_app = typer.Typer(help="Add and list the articles of the corpus.", no_args_is_help=True)


@article_app.command("add")
def add(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The article's text (UTF-8); '-' reads stdin.")],
    outlet: Annotated[str, typer.Option(help="Who published it: 'The Harbour Gazette'.")],
    published: Annotated[str, typer.Option(help="Publication date: YYYY, YYYY-MM or YYYY-MM-DD.")],
    url: Annotated[str | None, typer.Option(help="Where it was found.")] = None,
    title: Annotated[
        str | None, typer.Option(help="The headline (default: the first non-empty line).")
    ] = None,
    article_id: Annotated[
        str | None, typer.Option("--id", help="The id (default: outlet-date-headline words).")
    ] = None,
) -> None:
    """Store an article in articles/; prints its id."""
    from crosscheck import articles, yamlio

    if str(file) == "-":
        raw = sys.stdin.buffer.read()
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CrosscheckError(f"not UTF-8 text (offset {exc.start})", "<stdin>") from None
    else:
        body = yamlio.read_text(file)
    if len(body.encode("utf-8")) > articles.MAX_BYTES:
        # articles.read refuses such a file later; better not to store it at all.
        raise CrosscheckError(
            f"larger than {articles.MAX_BYTES // 1_000_000} MB", str(file), field="body"
        )
    article = articles.add(
        folders(ctx, new=True).articles,
        body,
        outlet=outlet,
        published=published,
        title=title,
        url=url,
        article_id=article_id,
    )
    typer.echo(article.id)


@article_app.command("list")
def list_(ctx: typer.Context) -> None:
    """A table of the articles: id, outlet, published, title."""
    from tabulate import tabulate

    from crosscheck import articles

    folder = folders(ctx).articles
    found = articles.load_all(folder) if folder.is_dir() else {}
    rows = [
        (article.id, article.outlet, str(article.published), article.title)
        for article in sorted(found.values(), key=lambda a: (str(a.published), a.id))
    ]
    typer.echo(tabulate(rows, headers=["id", "outlet", "published", "title"]))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the app."""
    app.add_typer(article_app, name="article")
