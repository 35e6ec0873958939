"""`crosscheck cache`: where the cache of this corpus is, and clearing it (rules in cache.py)."""

from __future__ import annotations

from typing import Annotated

import typer

from crosscheck.cli import folders, note


def cache_command(
    ctx: typer.Context,
    clear: Annotated[
        bool, typer.Option("--clear", help="Delete the cache of this corpus.")
    ] = False,
    clear_all: Annotated[
        bool, typer.Option("--clear-all", help="Delete the cache of every corpus.")
    ] = False,
) -> None:
    """Print where this corpus's cache is (outside the corpus; CROSSCHECK_CACHE_DIR moves it)."""
    from crosscheck import cache

    kept = cache.Cache(folders(ctx).claims.parent)
    if clear_all:
        gone = cache.clear_all()
        note(ctx, f"Deleted {len(gone)} cache files in {cache.folder()}")
    elif clear:
        kept.clear()
        note(ctx, f"Deleted {kept.path}")
    else:
        typer.echo(str(kept.path))


def register(app: typer.Typer) -> None:
    """Add `cache` to the app."""
    app.command("cache")(cache_command)
