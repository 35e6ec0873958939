"""The command line: a thin typer layer over the library.

Each command group lives in its own module and only connects store, engine and renderers.
This module builds the app and is the one place that turns a CrosscheckError into a one-line
message and exit code 2.
"""

from __future__ import annotations

import functools
import inspect
import os
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Optional

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
    add_completion=True,
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

    @classmethod
    def at(cls, root: Path) -> Folders:
        """The folders of the corpus at `root`."""
        return cls(root / "articles", root / "claims", root / "reports")

    def require(self) -> None:
        """CrosscheckError unless this is a corpus: a mistyped --root must not pass a gate as
        an empty corpus (nor get a cache folder)."""
        if not self.articles.is_dir():
            raise CrosscheckError(
                "not a crosscheck corpus: no articles/ folder (see --root)",
                str(self.articles.parent),
            )


_ROOT_HELP = "Folder holding articles/, claims/ and reports/."


def _version(value: bool) -> None:
    if value:
        from importlib import metadata

        typer.echo(f"crosscheck {metadata.version('crosscheck')}")
        raise typer.Exit()


@app.callback()
def _folders(
    ctx: typer.Context,
    root: Annotated[Path, typer.Option("--root", envvar="CROSSCHECK_ROOT", help=_ROOT_HELP)] = Path(
        "."
    ),
    version: Annotated[
        bool,
        typer.Option(
            "--version", is_eager=True, callback=_version, help="Print the version and exit."
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet", "-q", help="No summaries or progress on stderr; errors still show."
        ),
    ] = False,
) -> None:
    ctx.obj = Folders.at(root)


def _root_after(ctx: typer.Context, value: Path | None) -> None:
    # `crosscheck report --root DIR`: the --root nearest the command wins.
    if value is not None:
        ctx.obj = Folders.at(value)


_RootAfter = Annotated[
    Optional[Path],  # noqa: UP045 - evaluated by typer at run time, on Python 3.10 too
    typer.Option("--root", callback=_root_after, help=_ROOT_HELP, show_default=False),
]


def _takes_root(command: Callable[..., Any]) -> Callable[..., Any]:
    """`command` with a --root option of its own, so that --root may follow the command's
    name as well as precede it (the option's callback sets the folders)."""

    @functools.wraps(command)
    def with_root(*args: Any, root: Path | None = None, **kwargs: Any) -> Any:
        return command(*args, **kwargs)

    signature = inspect.signature(command, eval_str=True)
    root = inspect.Parameter(
        "root", inspect.Parameter.KEYWORD_ONLY, default=None, annotation=_RootAfter
    )
    with_root.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*signature.parameters.values(), root]
    )
    with_root.__annotations__ = {**typing.get_type_hints(command, include_extras=True),
                                 "root": _RootAfter}  # fmt: skip
    return with_root


def _every_command_takes_root(typer_app: typer.Typer) -> None:
    for info in typer_app.registered_commands:
        if info.callback is not None:
            info.callback = _takes_root(info.callback)
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            if group.typer_instance.registered_callback is None:
                group.typer_instance.callback()(_group_takes_root)  # `claim --root DIR list`
            _every_command_takes_root(group.typer_instance)


def _group_takes_root(root: _RootAfter = None) -> None:
    """(The --root of a command group: its callback does the work.)"""


def folders(ctx: typer.Context, *, new: bool = False) -> Folders:
    """The corpus folders chosen by --root (for command modules); CrosscheckError if the root
    holds no corpus, unless `new` (a command that starts one)."""
    found = ctx.find_object(Folders) or Folders.at(Path("."))
    if not new:
        found.require()
    return found


def quiet(ctx: typer.Context) -> bool:
    """Whether `crosscheck --quiet` was given."""
    return bool(ctx.find_root().params.get("quiet"))


def note(ctx: typer.Context, line: str) -> None:
    """A summary line on stderr ("wrote ...", "3 claims added"), unless --quiet."""
    if not quiet(ctx):
        typer.echo(line, err=True)


def complete_kinds(incomplete: str) -> list[str]:
    """Shell completion of --kind: the kinds of data/kinds.yaml."""
    from crosscheck.vocab import kinds

    return [name for name in kinds() if name.startswith(incomplete)]


def complete_articles(ctx: typer.Context, incomplete: str) -> list[str]:
    """Shell completion of --article and ARTICLE: the article ids of the corpus."""
    root = ctx.find_root().params.get("root") or Path(os.environ.get("CROSSCHECK_ROOT", "."))
    found = sorted(path.stem for path in Path(root, "articles").glob(f"{incomplete}*.txt"))
    return [name for name in found if not name.startswith(".")]


def _register() -> None:
    # Imported here so that each command module can import `app` helpers from this one.
    from crosscheck.cli import articles, cache, claims, engine, extract, report

    for module in (articles, claims, extract, engine, report, cache):
        module.register(app)
    _every_command_takes_root(app)


_register()


def main() -> None:
    """Entry point of the `crosscheck` console script."""
    app()
