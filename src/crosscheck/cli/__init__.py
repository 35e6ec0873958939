"""The command line: a thin typer layer over the library.

Each command group lives in its own module and only connects store, engine and renderers.
This module builds the app and is the one place that turns a CrosscheckError into a one-line
message and exit code 2.
"""

from __future__ import annotations

import functools
import inspect
import os
import sys
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


_app = typer.Typer(
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
        from crosscheck import __version__  # not importlib.metadata: ~30 ms of start-up

        typer.echo(f"crosscheck {__version__}")
        raise typer.Exit()


@_app.callback()
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


def _every_command_takes_root(commands: list[Any], groups: list[Any]) -> None:
    for info in commands:
        if info.callback is not None:
            info.callback = _takes_root(info.callback)
    for group in groups:
        if group.typer_instance is not None:
            if group.typer_instance.registered_callback is None:
                group.typer_instance.callback()(_group_takes_root)  # `claim --root DIR list`
            _every_command_takes_root(
                group.typer_instance.registered_commands, group.typer_instance.registered_groups
            )


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


_MODULES = ("articles", "claims", "extract", "engine", "report", "cache")
"""The command modules, in the order `crosscheck --help` lists their commands."""
_OWNER = {
    "article": "articles",
    "claim": "claims",
    "check": "claims",
    "schema": "claims",
    "extract": "extract",
    "entities": "engine",
    "subjects": "engine",
    "report": "report",
    "cache": "cache",
}
"""Which module registers each top-level command (tests/test_cli.py checks it)."""
_registered: set[str] = set()


def _register(
    modules: tuple[str, ...] = _MODULES, only: tuple[str, str] | None = None
) -> typer.Typer:
    """The app with the commands of `modules` (each registered once); with `only` (a group
    and one of its commands), that group gets that command alone (see `main`)."""
    # Imported here so that each command module can import `app` helpers from this one.
    import importlib

    for name in modules:
        if name in _registered:
            continue
        _registered.add(name)
        module = importlib.import_module(f"crosscheck.cli.{name}")
        commands, groups = len(_app.registered_commands), len(_app.registered_groups)
        module.register(_app)
        added = _app.registered_groups[groups:]
        if only is not None:
            for group in added:
                _narrow(group, only)
        _every_command_takes_root(_app.registered_commands[commands:], added)
    return _app


def _narrow(group: Any, only: tuple[str, str]) -> None:
    """Give `group` (typer's record of a command group), if it is the group `only` names and
    has the command it names, a copy of its Typer with that command alone."""
    import copy

    name, command = only
    inner = group.typer_instance
    if group.name != name or inner is None:
        return
    chosen = [info for info in inner.registered_commands if info.name == command]
    if chosen:
        group.typer_instance = copy.copy(inner)
        group.typer_instance.registered_commands = chosen


def _modules_for(argv: list[str]) -> tuple[str, ...]:
    """The command modules a command line needs: the one that owns the command it names, none
    for --version, and all of them for help, shell completion or a name no module owns (so
    that help lists every command and an error suggests among them).

    Start-up: importing every command module and building typer's whole command tree took
    ~0.1 s of `crosscheck claim show`, which needs one command."""
    return _plan(argv)[0]


def _plan(argv: list[str]) -> tuple[tuple[str, ...], tuple[str, str] | None]:
    """The command modules a command line needs (`_modules_for`), and the group and command
    it names (`claim`, `show`), if it names a word after the command."""
    if not argv or any(name.endswith("_COMPLETE") for name in os.environ):
        return _MODULES, None
    words = iter(argv)
    for word in words:
        if word == "--root":
            next(words, None)
        elif word.startswith("--root=") or word in ("--quiet", "-q"):
            continue
        elif word == "--version":
            return (), None  # eager: it prints and exits before any command
        elif word.startswith("-") or word not in _OWNER:
            return _MODULES, None
        else:
            after = _next_word(words)
            return (_OWNER[word],), (word, after) if after else None
    return _MODULES, None


def _next_word(words: typing.Iterator[str]) -> str | None:
    """The next word that is not --root and its folder (a group's own option), if it is not
    an option: the command a group runs."""
    for word in words:
        if word == "--root":
            next(words, None)
        elif not word.startswith("--root="):
            return None if word.startswith("-") else word
    return None


def __getattr__(name: str) -> Any:
    # `from crosscheck.cli import app` (tests, the library): the app with every command.
    if name == "app":
        return _register()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Entry point of the `crosscheck` console script: the app with the commands this command
    line needs.  A command of a group (`claim show`) is the only one its group gets, so typer
    builds (and reads the signatures of) that one alone (~8% of `claim show`); the app is
    built for this one command line."""
    _register(*_plan(sys.argv[1:]))()
