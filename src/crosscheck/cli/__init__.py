"""The command line: a thin typer layer over the library.

Each command group lives in its own module and only connects store, engine and renderers.
This module builds the app and is the one place that turns a CrosscheckError into a one-line
message and exit code 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from crosscheck.errors import CrosscheckError

EXIT_FINDINGS = 1  # the data is fine but a gate failed (--fail-on, --check)
EXIT_USER_ERROR = 2  # bad input: the message names file, line and field


class _Group(TyperGroup):
    """Turns user errors raised anywhere below into `Error: FILE:LINE:COL: message`."""

    def invoke(self, ctx: Any) -> Any:  # click's Context, which typer does not re-export
        try:
            return super().invoke(ctx)
        except CrosscheckError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(EXIT_USER_ERROR) from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            typer.echo(f"Error: {where}{exc.strerror or exc}", err=True)
            raise typer.Exit(EXIT_USER_ERROR) from None


app = typer.Typer(
    cls=_Group,
    no_args_is_help=True,
    add_completion=False,
    help="Check news sources against each other: claims, groups, discrepancies.",
    pretty_exceptions_enable=False,
    # Plain help and usage errors: rich's formatting alone costs more start-up time than
    # the whole of `crosscheck --help` may take.
    rich_markup_mode=None,
)


@dataclass(frozen=True)
class Folders:
    """Where the corpus lives; every command reads these from `ctx.obj`."""

    articles: Path
    claims: Path
    reports: Path


def _version(value: bool) -> None:
    if value:
        from importlib import metadata

        typer.echo(f"crosscheck {metadata.version('crosscheck')}")
        raise typer.Exit()


@app.callback()
def _folders(
    ctx: typer.Context,
    root: Annotated[
        Path,
        typer.Option(
            "--root",
            envvar="CROSSCHECK_ROOT",
            help="Folder holding articles/, claims/ and reports/.",
        ),
    ] = Path("."),
    version: Annotated[
        bool,
        typer.Option(
            "--version", is_eager=True, callback=_version, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    ctx.obj = Folders(root / "articles", root / "claims", root / "reports")


def folders(ctx: typer.Context) -> Folders:
    """The corpus folders chosen by --root (for command modules)."""
    found = ctx.find_object(Folders)
    return (
        found if found is not None else Folders(Path("articles"), Path("claims"), Path("reports"))
    )


def _register() -> None:
    # Imported here so that each command module can import `app` helpers from this one.
    from crosscheck.cli import articles, cache, claims, engine, extract, report

    for module in (articles, claims, extract, engine, report, cache):
        module.register(app)


_register()


def main() -> None:
    """Entry point of the `crosscheck` console script."""
    app()
