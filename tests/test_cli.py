"""The app itself (cli/__init__.py): --root before or after any command, a root that is not a
corpus refused before anything is read or written, --version, and a start-up that loads only
what it uses, and shell completion."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from conftest import STORM
from crosscheck.cli import app


def _cache_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a run whose cache is a folder of its own, empty at first."""
    return {**os.environ, "CROSSCHECK_CACHE_DIR": str(tmp_path / "cache")}


def _run_cold(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter with an empty cache folder (a cold run)."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=_cache_env(tmp_path),
    )


def _commands(group: object, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for name, command in getattr(group, "commands", {}).items():
        found.append((*path, name))
        found.extend(_commands(command, (*path, name)))
    return found


COMMANDS = _commands(typer.main.get_command(app))


def test_the_walk_finds_every_command() -> None:
    assert {("report",), ("check",), ("claim", "set"), ("article", "add")} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_takes_root_after_its_name(command: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    assert "--root" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("report", "-f", "json"),
        ("check",),
        ("claim", "list"),
        ("claim", "show", f"{STORM}#1"),
        ("article", "list"),
        ("subjects", "--all"),
        ("entities", "--all"),
        ("extract", "--dry-run"),
    ],
    ids=" ".join,
)
def test_root_after_the_command_is_the_same_as_before(root: Path, args: tuple[str, ...]) -> None:
    runner = CliRunner()
    before = runner.invoke(app, ["--root", str(root), *args])
    after = runner.invoke(app, [*args, "--root", str(root)])
    assert before.exit_code == 0, before.output
    assert (after.exit_code, after.stdout, after.stderr) == (
        before.exit_code,
        before.stdout,
        before.stderr,
    )


def test_root_after_a_command_group(root: Path) -> None:
    result = CliRunner().invoke(app, ["claim", "--root", str(root), "list"])
    assert result.exit_code == 0
    assert f"{STORM}#1" in result.stdout


def test_the_root_nearest_the_command_wins(root: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--root", str(tmp_path / "typo"), "claim", "list",
                                      "--root", str(root)])  # fmt: skip
    assert result.exit_code == 0
    assert f"{STORM}#1" in result.stdout


@pytest.mark.parametrize("where", ["before", "after", "env"])
def test_a_mistyped_root_fails_the_gate(tmp_path: Path, where: str) -> None:
    typo = tmp_path / "typo"
    args = ["report", "--fail-on", "contradiction"]
    runner = CliRunner()
    if where == "before":
        result = runner.invoke(app, ["--root", str(typo), *args])
    elif where == "after":
        result = runner.invoke(app, [*args, "--root", str(typo)])
    else:
        result = runner.invoke(app, args, env={"CROSSCHECK_ROOT": str(typo)})
    assert result.exit_code == 2, result.output
    assert result.stderr == (
        f"Error: {typo}: not a crosscheck corpus: no articles/ folder (see --root)\n"
    )
    assert not typo.exists()


@pytest.mark.parametrize(
    "command", [c for c in COMMANDS if len(c) == 1 or c[0] != c[-1]], ids=" ".join
)
def test_no_command_reads_a_folder_without_articles(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    (tmp_path / "claims").mkdir()
    if command in (("claim",), ("article",)) or command == ("article", "add"):
        return  # groups only show help; `article add` starts a corpus
    arguments = {
        ("claim", "add"): [STORM, "--subject", "s", "--kind", "killed", "--figure", "3",
                           "--quote", "q"],
        ("claim", "show"): [f"{STORM}#1"],
        ("claim", "rm"): [f"{STORM}#1"],
        ("claim", "set"): [f"{STORM}#1", "status=confirmed"],
        ("claim", "import"): ["-"],
    }.get(command, [])  # fmt: skip
    result = CliRunner().invoke(app, ["--root", str(tmp_path), *command, *arguments])
    assert result.exit_code == 2, result.output
    assert "not a crosscheck corpus: no articles/ folder" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims"]


def test_article_add_starts_a_corpus(tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text("Bridge Opens\n\nThe bridge opened on Monday.\n")
    fresh = tmp_path / "fresh"
    args = ["article", "add", str(text), "--outlet", "Post", "--published", "2021-05-03"]
    result = CliRunner().invoke(app, [*args, "--root", str(fresh)])
    assert result.exit_code == 0, result.output
    assert (fresh / "articles" / f"{result.stdout.strip()}.txt").is_file()


HEAVY = (
    "jsonschema", "jsonschema_rs", "ruamel.yaml", "rapidfuzz", "tabulate", "filelock", "yaml",
    "rich", "msgspec", "crosscheck.store", "crosscheck.extract", "crosscheck.compare",
    "crosscheck.group", "crosscheck.check", "crosscheck.report", "pydantic",
)  # fmt: skip


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"crosscheck {metadata.version('crosscheck')}\n"


def test_help_and_version_load_no_heavy_module() -> None:
    # Start-up time is what these commands cost: the engine, the YAML libraries, jsonschema
    # and the table layout are imported by the commands that use them, not by the app.
    for option in ("--help", "--version"):
        code = (
            "import sys\n"
            "from crosscheck.cli import app\n"
            f"try:\n    app([{option!r}])\nexcept SystemExit:\n    pass\n"
            f"print([name for name in {HEAVY!r} if name in sys.modules])"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert done.stdout.splitlines()[-1] == "[]", option


def test_the_console_version_reads_no_package_metadata_nor_records() -> None:
    # `crosscheck --version` prints crosscheck.__version__ (pyproject.toml takes the version
    # from it): importlib.metadata (and the email parser it reads METADATA with) and the
    # records of crosscheck.model are left to the commands that use them.
    code = (
        "import sys\n"
        "sys.argv = ['crosscheck', '--version']\n"
        "from crosscheck.cli import main\n"
        "try:\n    main()\n"
        "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "unwanted = ('importlib.metadata', 'email', 'crosscheck.model')\n"
        "print([name for name in unwanted if name in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [f"crosscheck {metadata.version('crosscheck')}", "[]"]


def test_claim_show_loads_no_engine_nor_pydantic() -> None:
    # claim show reads one file: no engine, schema validator, layout or pydantic (which some
    # typer releases use to coerce every parameter, 0.4 s of start-up), no file lock (it
    # writes nothing), no fuzzy matcher (hints of errors only), no cache, no transliteration
    # or date arithmetic (ids and relative dates are made by other commands), no round-trip
    # writer (ruamel.yaml: the claim is printed by the fast emitter), no hashing or
    # temporary files (nothing is hashed or written), no importlib.resources (data files are
    # read beside the package), and no other command's module: the console script registers
    # the commands of the one it runs.
    claim_id = "blouin-news-2015-09-14-russia-to-back-tajikistan-in-crushing#1"
    code = (
        "import sys\n"
        f"sys.argv = ['crosscheck', '--root', {str(REPO)!r}, 'claim', 'show', {claim_id!r}]\n"
        "from crosscheck.cli import main\n"
        "try:\n    main()\n"
        "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "unwanted = ('pydantic', 'jsonschema', 'jsonschema_rs', 'rich', 'tabulate',\n"
        "    'crosscheck.compare', 'crosscheck.group', 'crosscheck.extract', 'crosscheck.check',\n"
        "    'filelock', 'rapidfuzz', 'sqlite3', 'crosscheck.cache', 'anyascii', 'dateutil',\n"
        "    'crosscheck.cli.report', 'crosscheck.cli.extract', 'crosscheck.cli.engine',\n"
        "    'crosscheck.cli.articles', 'crosscheck.cli.cache', 'ruamel.yaml',\n"
        "    'crosscheck.store.editing', 'hashlib', 'tempfile', 'importlib.resources')\n"
        "print([name for name in unwanted if name in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "subject:" in done.stdout
    assert done.stdout.splitlines()[-1] == "[]"


def test_report_loads_neither_the_writer_of_claim_files_nor_the_extractor(
    tmp_path: Path,
) -> None:
    # A report writes no claim file: the round-trip writer (ruamel.yaml, ~10 ms to import)
    # and the extractor's patterns are left to the commands that write and extract.
    code = (
        "import sys\n"
        f"sys.argv = ['crosscheck', '--root', {str(REPO)!r}, 'report', '--quiet']\n"
        "from crosscheck.cli import main\n"
        "try:\n    main()\n"
        "except SystemExit as exc:\n    assert exc.code in (0, 1), exc.code\n"
        "unwanted = ('ruamel.yaml', 'crosscheck.store.editing', 'crosscheck.extract')\n"
        "print([name for name in unwanted if name in sys.modules])"
    )
    done = _run_cold(code, tmp_path)
    assert "contradiction" in done.stdout  # the table was printed
    assert done.stdout.splitlines()[-1] == "[]"


def test_a_first_report_imports_the_engine_while_workers_read_the_claims(
    tmp_path: Path,
) -> None:
    # A cold report starts the processes that read the claim files before it imports the
    # engine (compare, group, the ledger, the renderer: ~0.06 s), which it then imports while
    # they read, as it prepares the articles; the report is the one made otherwise.
    code = (
        "import contextlib, sys\n"
        "from crosscheck import parallel\n"
        "from crosscheck.store import loading\n"
        "loading._PARALLEL_BYTES = 0  # the bundled corpus is read by workers too\n"
        "started = parallel._pool\n"
        "@contextlib.contextmanager\n"
        "def pool(*args, **kwargs):\n"
        "    print('crosscheck.compare' in sys.modules, file=sys.stderr)\n"
        "    with started(*args, **kwargs) as made:\n"
        "        yield made\n"
        "parallel._pool = pool\n"
        f"sys.argv = ['crosscheck', '--root', {str(REPO)!r}, 'report', '--quiet', '-j', '2']\n"
        "from crosscheck.cli import main\n"
        "try:\n    main()\n"
        "except SystemExit as exc:\n    assert exc.code in (0, 1), exc.code\n"
    )
    done = _run_cold(code, tmp_path)
    assert done.stderr.splitlines()[0] == "False"  # the readers: started before the engine
    again = subprocess.run(  # warm, in one process
        [sys.executable, "-m", "crosscheck", "--root", str(REPO), "report", "-j", "1"],
        capture_output=True,
        text=True,
        env=_cache_env(tmp_path),
    )
    assert done.stdout == again.stdout and "contradiction" in done.stdout


def test_each_top_level_command_is_registered_by_the_module_main_names() -> None:
    from crosscheck import cli

    for name, module in cli._OWNER.items():
        alone = typer.Typer()
        __import__(f"crosscheck.cli.{module}", fromlist=["register"]).register(alone)
        names = [info.name for info in alone.registered_commands]
        names += [info.name for info in alone.registered_groups]
        assert name in names, (name, module)
    every = typer.main.get_command(app)
    assert sorted(every.commands) == sorted(cli._OWNER)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("argv", "modules"),
    [
        (["--root", "x", "claim", "show", "a#1"], ("claims",)),
        (["--root=x", "-q", "report", "--help"], ("report",)),
        (["check"], ("claims",)),
        (["--version"], ()),
        (["--help"], None),
        ([], None),
        (["--root", "x", "--help", "claim"], None),
        (["reprot"], None),  # "No such command": the error suggests among all of them
    ],
)
def test_main_registers_the_commands_a_command_line_needs(
    argv: list[str], modules: tuple[str, ...] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck import cli

    monkeypatch.delenv("_CROSSCHECK_COMPLETE", raising=False)
    assert cli._modules_for(argv) == (cli._MODULES if modules is None else modules)


@pytest.mark.parametrize(
    ("argv", "only"),
    [
        (["--root", "x", "claim", "show", "a#1"], ("claim", "show")),
        (["claim", "--root", "x", "show", "a#1"], ("claim", "show")),
        (["claim", "--root=x", "show", "--help"], ("claim", "show")),
        (["claim", "--help"], None),
        (["claim"], None),
        (["report", "--all"], None),
        (["--version"], None),
    ],
)
def test_main_narrows_a_group_to_the_command_a_command_line_names(
    argv: list[str], only: tuple[str, str] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck import cli

    monkeypatch.delenv("_CROSSCHECK_COMPLETE", raising=False)
    assert cli._plan(argv)[1] == only


def test_a_narrowed_group_keeps_its_other_commands_for_the_whole_app() -> None:
    # main() gives `claim` a copy of its Typer holding `show` alone; the Typer the command
    # module defines (claims.claim_app) keeps all seven.
    code = (
        "import sys\n"
        f"sys.argv = ['crosscheck', '--root', {str(REPO)!r}, 'claim', 'show', 'nope#1']\n"
        "from crosscheck import cli\n"
        "from crosscheck.cli import claims\n"
        "try:\n    cli.main()\n"
        "except SystemExit:\n    pass\n"
        "group = next(g for g in cli._app.registered_groups if g.name == 'claim')\n"
        "print([c.name for c in group.typer_instance.registered_commands],\n"
        "      len(claims.claim_app.registered_commands))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[-2] == "['show'] 7"


def test_console_script_help_and_errors_are_those_of_the_whole_app() -> None:
    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        code = f"import sys\nsys.argv = ['crosscheck', *{argv!r}]\n"
        code += "from crosscheck.cli import main\nmain()"
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)

    whole = CliRunner().invoke(app, ["--help"], prog_name="crosscheck").stdout
    assert run("--help").stdout == whole
    version = run("--version")
    assert version.returncode == 0
    assert version.stdout == f"crosscheck {metadata.version('crosscheck')}\n"
    wrong = run("--root", str(REPO), "claim", "shwo", "x#1")
    assert wrong.returncode == 2
    assert "No such command 'shwo'" in wrong.stderr


REPO = Path(__file__).resolve().parent.parent


def complete(words: str) -> list[str]:
    """What bash completion offers for the last word of `words`."""
    env = {
        "_CROSSCHECK_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    result = CliRunner().invoke(app, [], env=env, prog_name="crosscheck")
    return result.stdout.split()


@pytest.mark.parametrize(
    ("words", "offered"),
    [
        ("crosscheck report --kind ki", ["killed"]),
        ("crosscheck claim list --kind ho", ["hostages"]),
        ("crosscheck report --verdict t", ["tension"]),
        (
            f"crosscheck --root {REPO} report --article moscow-times-199",
            [
                "moscow-times-1996-02-03-warlords-stall-advance-on-dushanbe",
                "moscow-times-1997-08-12-war-widens-cracks-in-tajikistans-unity",
                "moscow-times-1998-11-06-89-dead-as-tajik-forces-drive",
            ],
        ),
        (f"crosscheck --root {REPO} claim add blouin", [
            "blouin-news-2015-09-14-russia-to-back-tajikistan-in-crushing"
        ]),
    ],
)  # fmt: skip
def test_shell_completion(words: str, offered: list[str]) -> None:
    assert complete(words) == offered


def test_quiet_keeps_summaries_off_stderr_and_errors_on(root: Path) -> None:
    runner = CliRunner()
    loud = runner.invoke(app, ["--root", str(root), "check"])
    hushed = runner.invoke(app, ["--quiet", "--root", str(root), "check"])
    assert loud.exit_code == hushed.exit_code == 0
    assert loud.stderr.startswith("ok: ") and hushed.stderr == ""
    report = runner.invoke(app, ["-q", "--root", str(root), "report", "-f", "json"])
    assert report.exit_code == 0 and report.stderr == "" and report.stdout.startswith("{")
    wrong = runner.invoke(app, ["--quiet", "--root", str(root), "claim", "show", "nope#1"])
    assert wrong.exit_code == 2 and wrong.stderr.startswith("Error: ")
