"""The extractor's compiled regular expressions, kept between processes beside its bytecode.

Every process that extracts compiles about a thousand patterns (the vocabulary's among
them, alternations of thousands of words): `re` parses and compiles them in Python, ~0.9 s
of CPU before the first article, as long as extracting two hundred articles takes.  What a
compilation produces is a program of integers for the regex engine; `re.compile` ends by
handing it to `_sre.compile`.  So the programs are kept in a file, and a later process
builds each pattern from its program (~0.05 s in all): the same program, so the same
pattern (`==` compares them), so the same matches and the same claims.

- **Where**: with this module's bytecode (`__pycache__/regexcache.<interpreter>.programs`,
  or under PYTHONPYCACHEPREFIX): a compiled form of the code, for one interpreter, as the
  bytecode is; written even when Python writes no bytecode (PYTHONDONTWRITEBYTECODE, as in
  this project's environments).  A folder that cannot be written costs only the time.
- **Data, never code**: JSON of strings and integers (a program's as the bytes of an array);
  the engine checks every program it is given (`_sre.compile` refuses an invalid one), and
  whoever can write that folder can already change the bytecode beside it.
- **One interpreter**: the file names the interpreter's exact version and the engine's
  version; a file written by another is ignored (and replaced).
- **Optional**: any failure (an interpreter whose `re` is built otherwise, a damaged file)
  compiles the patterns as before.

Only the compilations inside `kept()` use it: the extractor's import and its vocabulary
(`lexicon()`); the few patterns some rules compile at their first use are compiled as
before.
"""

from __future__ import annotations

import base64
import importlib
import importlib.util
import json
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_Program = list[Any]
"""[flags, code, groups, groupindex, indexgroup]: `_sre.compile`'s arguments after the
pattern, the code (a list of numbers) as the bytes of an array in base64, as the file holds
it: decoded only when the pattern is built (the lists would hold ~2 million numbers in
memory for the life of the process)."""


def _where() -> Path | None:
    """The file, beside this module's bytecode; None for an interpreter that keeps none."""
    try:
        # (the module's source name: a compiled module's file is NAME.<platform>.so)
        source = Path(__file__).with_name(__name__.rpartition(".")[2] + ".py")
        bytecode = importlib.util.cache_from_source(str(source))
    except NotImplementedError:  # (no sys.implementation.cache_tag)
        return None
    return Path(bytecode).with_suffix(".programs")


_PATH = _where()

_state: dict[str, Any] = {}
"""Once loaded: "programs" ((pattern, flags) -> program), "asked" (the keys compiled in
this process), "new" (whether a program was compiled here, not read), "word" (`_word`)."""


def _engine() -> tuple[Any, Any, Any] | None:
    """The modules `re.compile` compiles with (`_parser`, `_compiler`, `_sre`), if this
    interpreter's `re` is built as the cache expects (Python 3.11 and later)."""
    try:
        parser = importlib.import_module("re._parser")
        compiler = importlib.import_module("re._compiler")
        engine = importlib.import_module("_sre")
    except ImportError:
        return None
    return parser, compiler, engine


def _version(engine: Any) -> str:
    return f"{sys.version} {engine.MAGIC} {engine.CODESIZE} {sys.maxunicode}"


def _load(engine: Any) -> dict[tuple[str, int], _Program]:
    """The programs kept for this interpreter, by (pattern, flags); none if the file is
    missing, damaged or another interpreter's."""
    if _PATH is None:
        return {}
    try:
        kept = json.loads(_PATH.read_text(encoding="utf-8"))
        if kept["version"] != _version(engine):
            return {}
        return {(pattern, flags): program for pattern, flags, program in kept["patterns"]}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _word(engine: Any) -> str:
    """The array type of a word of the engine's programs."""
    return next(kind for kind in "IL" if array(kind).itemsize == engine.CODESIZE)


def _save(engine: Any) -> None:
    """Write the programs of the patterns this process asked for (those of an older version
    of the rules, kept before, left out)."""
    if _PATH is None:
        return
    programs: dict[tuple[str, int], _Program] = _state["programs"]
    text = json.dumps(
        {
            "version": _version(engine),
            "patterns": [
                [pattern, flags, programs[pattern, flags]] for pattern, flags in _state["asked"]
            ],
        },
        separators=(",", ":"),
    )
    try:
        _PATH.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=_PATH.parent, prefix=f".{_PATH.name}.")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.chmod(temporary, 0o644)  # (readable by all, as the bytecode beside it)
            os.replace(temporary, _PATH)  # (readers see the old file or the new one, whole)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return
    _state["new"] = False


def _program(parser: Any, compiler: Any, word: str, pattern: str, flags: int) -> _Program:
    """What re._compiler.compile hands to `_sre.compile` for `pattern` (its steps, the same
    in Python 3.11 to 3.13), its code encoded (`_Program`)."""
    parsed = parser.parse(pattern, flags)
    code = array(word, compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return [
        flags | parsed.state.flags,
        # (base64: a list of numbers in JSON was read ~10 times slower)
        base64.b64encode(code).decode("ascii"),
        parsed.state.groups - 1,
        groupindex,
        indexgroup,
    ]


def _built(engine: Any, word: str, pattern: str, program: _Program) -> re.Pattern[str]:
    flags, encoded, groups, groupindex, indexgroup = program
    code = array(word, base64.b64decode(encoded, validate=True)).tolist()
    built: re.Pattern[str] = engine.compile(
        pattern, flags, code, groups, groupindex, tuple(indexgroup)
    )
    return built


@contextmanager
def kept() -> Iterator[None]:
    """Within: `re.compile` of a text pattern builds it from the program kept for it, or
    compiles it and keeps its program.  If one was compiled, the file is written when the
    block ends, with the programs of every pattern this process asked for so far (a block
    after it that compiles another writes it again)."""
    found = _engine()
    if found is None:
        yield
        return
    parser, compiler, engine = found
    if not _state:
        _state.update(programs=_load(engine), asked=set(), new=False, word=_word(engine))
    word: str = _state["word"]
    programs: dict[tuple[str, int], _Program] = _state["programs"]
    asked: set[tuple[str, int]] = _state["asked"]
    original: Any = re.compile
    within = [True]

    def compile_kept(pattern: Any, flags: Any = 0) -> Any:
        # (as re.compile once the block has ended, for a module that kept this function:
        # a pattern made from an article's text is never kept)
        if not within[0] or type(pattern) is not str or int(flags) & re.DEBUG:
            return original(pattern, flags)
        key = (pattern, int(flags))
        asked.add(key)
        if key in programs:
            try:
                return _built(engine, word, pattern, programs[key])
            except Exception:  # noqa: BLE001 (a damaged entry: compiled again below)
                pass
        programs[key] = _program(parser, compiler, word, pattern, key[1])
        _state["new"] = True
        return _built(engine, word, pattern, programs[key])

    re.compile = compile_kept
    try:
        yield
    finally:
        re.compile = original
        within[0] = False
        if _state["new"]:
            _save(engine)
