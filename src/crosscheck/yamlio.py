"""Reading untrusted YAML safely and writing files atomically.

Claim and article files are plain data: no tags, no anchors or aliases.  Refusing aliases
outright stops "billion laughs" bombs before anything is built; the safe loaders refuse
Python tags.  Every problem becomes a CrosscheckError naming file, line and column.

Nesting is capped at MAX_DEPTH levels, well above anything a crosscheck file needs, so that a
deep document gets the same error whatever libyaml or Python version is installed (libyaml
0.2.6 refuses 1,000 levels of flow nesting, older ones do not; Python's recursion limit
differs by build).

Reading is the cost of a cold report.  A file in the plain shape claim files are written in
is read line by line by blockyaml.py, without libyaml (the same values, in about 0.3 of the
time of `yaml.load` with CSafeLoader); other documents are composed by libyaml and built
from its nodes by a lean builder instead of PyYAML's generic constructor (about 0.6 of the
time); anything unusual goes to PyYAML's constructor.
The tag of a plain scalar depends on its text alone, so the loader keeps the tags of the
texts it resolved last (keys and most values repeat from claim to claim).

New claims are written (`emit_claims`) by a small emitter for the one shape they have, in
the layout of crosscheck's round-trip writer (ruamel.yaml, in store/editing.py): two-space indents,
lists in flow style, `null` spelled out, text on one line.  Text is plain only when it is
made of letters, digits and a few safe signs and neither a YAML 1.1 reader (PyYAML) nor a
YAML 1.2 one (ruamel) would take it for anything but text; else it is double-quoted with
JSON's escapes, which both read.  About 20 times faster than the round trip, and tested to
read back the same with both readers.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import operator
import os
import re
import stat
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from crosscheck.errors import CrosscheckError

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_TAGS: dict[str, str] = {}
"""The tag of each plain scalar resolved lately, by its text (claim files repeat their keys
and most values: resolving them again was a fifth of the parse)."""
_MAX_TAGS = 65_536
_RESOLVER = yaml.resolver.Resolver()  # the safe loaders' implicit resolvers, no path ones


def plain_tag(text: str) -> str:
    """The tag PyYAML's resolver gives a plain scalar written `text` (it depends on the text
    alone: there are no path resolvers), kept by text."""
    tag = _TAGS.get(text)
    if tag is None:
        if len(_TAGS) >= _MAX_TAGS:
            _TAGS.clear()
        tag = _TAGS[text] = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    return tag


_SCALAR_NODE = yaml.ScalarNode


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe loader, its tags of plain scalars kept by text (same tags).

    It has no path resolvers (neither has PyYAML's safe loader, and none is ever added), so
    the two hooks libyaml's composer calls around every node for them do nothing: C functions
    that ignore their arguments stand in for PyYAML's Python methods that return at once
    (~10% of the instructions of parsing a claim file)."""

    descend_resolver = staticmethod(operator.is_)  # (parent, index): ignored
    ascend_resolver = staticmethod(tuple)  # (): ignored

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        # A plain scalar's tag depends on its text alone (there are no path resolvers); a
        # quoted one is text.
        if kind is not _SCALAR_NODE:
            return super().resolve(kind, value, implicit)
        if not implicit[0]:
            return self.DEFAULT_SCALAR_TAG
        return plain_tag(value)


DUPLICATE_KEY = "duplicate key (YAML allows one)"
"""The message for a key repeated in a mapping."""

MAX_DEPTH = 100
"""The deepest nesting of mappings and lists a crosscheck file may have."""


def read_text(path: Path) -> str:
    """A file's text as UTF-8, or a CrosscheckError that says why not."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CrosscheckError("no such file", str(path)) from None
    except IsADirectoryError:
        raise CrosscheckError("is a directory, not a file", str(path)) from None
    except OSError as exc:
        raise CrosscheckError(f"cannot read: {exc.strerror}", str(path)) from None
    return decode(data, str(path))


def decode(data: bytes, path: str) -> str:
    """A file's bytes as UTF-8 text, or a CrosscheckError that says where they are not."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CrosscheckError(
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})", path, line
        ) from None


def load(text: str, path: str, first_line: int = 1, *, keep_duplicates: bool = False) -> Any:
    """Parse YAML text with the fastest safe loader, refusing tabs used as indentation,
    anchors, aliases, tags and keys repeated in a mapping (YAML forbids them; PyYAML would
    silently keep the last value).  `first_line` offsets line numbers (for front matter);
    keep_duplicates=True keeps the last value of a repeated key, for a caller that reports
    every repeated key itself."""
    if "\t" in text:
        _refuse_tab_indent(text, path, first_line)
    else:
        from crosscheck import blockyaml  # here: blockyaml reads yamlio's tables

        value = blockyaml.read(text)
        if value is not blockyaml.UNSURE:
            return value
    try:
        # Anchors, aliases and tags all need one of these characters: without them the
        # screening pass is skipped (it costs as much as the parse itself).
        if "&" in text or "*" in text or "!" in text:
            _screen(text, path, first_line)
        return _construct(text, strict=not keep_duplicates)
    except _TooDeep:
        raise _too_deep(text, path, first_line) from None
    except _Duplicate as exc:
        raise CrosscheckError(
            DUPLICATE_KEY,
            path,
            *_position(exc.key.start_mark, first_line),
            field=str(exc.key.value),
        ) from None
    except (ValueError, OverflowError) as exc:  # an impossible timestamp: 2021-02-30
        raise _unbuildable(text, path, first_line, exc) from None
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" in str(exc.problem):  # libyaml >= 0.2.6 stops at 1,000 levels
            raise _too_deep(text, path, first_line) from None
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        if mark is None:
            raise CrosscheckError(f"invalid YAML: {problem}", path) from None
        raise CrosscheckError(
            f"invalid YAML: {problem}", path, mark.line + first_line, mark.column + 1
        ) from None
    except yaml.YAMLError as exc:
        raise CrosscheckError(f"invalid YAML: {exc}", path) from None


# The tags plain data resolves to.  Everything else (merge keys, a mapping as a key) is left
# to PyYAML's own constructor.
_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_SCALARS = {
    tag: yaml.SafeLoader.yaml_constructors[tag]
    for tag in (_INT, "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
                "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp")
}  # fmt: skip
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_SCALAR_MAKER = yaml.constructor.SafeConstructor()


class _Unusual(Exception):
    """The document needs PyYAML's full constructor."""


class _TooDeep(Exception):
    """The document nests deeper than MAX_DEPTH."""


class _Duplicate(Exception):
    """A mapping repeats a key (`key` is its second node)."""

    def __init__(self, key: yaml.Node) -> None:
        super().__init__(key)
        self.key = key


def _construct(text: str, *, strict: bool) -> Any:
    """What yaml.load(text, CSafeLoader) returns, built faster: libyaml composes the nodes
    and a lean builder turns the usual ones (text, whole numbers, mappings and lists) into
    Python values, calling PyYAML's own constructors for other scalars.  PyYAML's generic
    constructor costs about as much again as the C parser; this builder a third of that.
    strict=True raises _Duplicate for a repeated key."""
    root = yaml.compose(text, Loader=_Loader)
    try:
        return _build(root, strict, 0)
    except _Unusual:
        _refuse_deep(root)
        if strict:
            _refuse_duplicates(root)
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader


_MAPPING_NODE = yaml.MappingNode
_SEQUENCE_NODE = yaml.SequenceNode


def scalar_value(tag: str, text: str) -> Any:
    """The value the safe loader builds for a scalar of `tag` written `text` (text, whole
    numbers, and PyYAML's own constructors for the rest); _Unusual for a tag it does not
    build, ValueError or OverflowError for text that is no value of its tag (2021-02-30)."""
    if tag == _STR:
        return text
    if tag == _INT and _DECIMAL.fullmatch(text):
        return int(text)
    make = _SCALARS.get(tag)
    if make is None:
        raise _Unusual
    return make(_SCALAR_MAKER, yaml.ScalarNode(tag, text))


def _build(node: Any, strict: bool, depth: int) -> Any:
    kind = type(node)
    if kind is _SCALAR_NODE:
        return scalar_value(node.tag, node.value)
    depth += 1
    if depth > MAX_DEPTH:
        raise _TooDeep
    if kind is _MAPPING_NODE:
        if node.tag != "tag:yaml.org,2002:map":
            raise _Unusual
        built = {}
        for key, value in node.value:
            if type(key) is not _SCALAR_NODE or key.tag == "tag:yaml.org,2002:merge":
                raise _Unusual
            # Keys and most values are text: taken here, without a call each.
            name = key.value if key.tag == _STR else _build(key, strict, depth)
            if strict and name in built:
                raise _Duplicate(key)
            if type(value) is _SCALAR_NODE and value.tag == _STR:
                built[name] = value.value
            else:
                built[name] = _build(value, strict, depth)
        return built
    if kind is _SEQUENCE_NODE and node.tag == "tag:yaml.org,2002:seq":
        return [_build(item, strict, depth) for item in node.value]
    if node is None:  # an empty document
        return None
    raise _Unusual


def _too_deep(text: str, path: str, first_line: int) -> CrosscheckError:
    """The error for a document nested deeper than MAX_DEPTH, placed at the first mapping or
    list that is too deep.  PyYAML's pure-Python parser finds it: it has no nesting limit of
    its own and does not recurse."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return CrosscheckError(
                    f"invalid YAML: nested deeper than {MAX_DEPTH} levels",
                    path,
                    *_position(event.start_mark, first_line),
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return CrosscheckError(f"invalid YAML: nested deeper than {MAX_DEPTH} levels", path)


def _refuse_deep(root: Any) -> None:
    """Raise _TooDeep for a node tree nested deeper than MAX_DEPTH (without recursing)."""
    stack = [(root, 1)] if isinstance(root, yaml.CollectionNode) else []
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _TooDeep
        for item in node.value:
            for child in item if isinstance(node, yaml.MappingNode) else (item,):
                if isinstance(child, yaml.CollectionNode):
                    stack.append((child, depth + 1))


def _refuse_duplicates(root: Any) -> None:
    """Raise _Duplicate for a scalar key written twice in one mapping of the node tree."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[tuple[str, str]] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if (key.tag, key.value) in seen:
                        raise _Duplicate(key)
                    seen.add((key.tag, key.value))
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _refuse_tab_indent(text: str, path: str, first_line: int) -> None:
    for number, line in enumerate(text.splitlines(), start=first_line):
        stripped = line.lstrip(" ")
        if stripped.startswith("\t"):
            raise CrosscheckError(
                "tab used for indentation (YAML allows spaces only)",
                path,
                number,
                len(line) - len(stripped) + 1,
            )


def _screen(text: str, path: str, first_line: int) -> None:
    """Refuse anchors, aliases and explicit tags before anything is constructed."""
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise CrosscheckError(
                "anchors and aliases are not allowed in crosscheck files",
                path,
                *_position(event.start_mark, first_line),
            )
        tag = getattr(event, "tag", None)
        implicit = getattr(event, "implicit", True)
        explicit = not any(implicit) if isinstance(implicit, tuple) else not implicit
        if tag and explicit:
            raise CrosscheckError(
                f"tags are not allowed in crosscheck files (found {tag})",
                path,
                *_position(event.start_mark, first_line),
            )


def _unbuildable(text: str, path: str, first_line: int, error: Exception) -> CrosscheckError:
    """Find the timestamp PyYAML failed to turn into a date, and say where it is."""
    root = yaml.compose(text, Loader=_Loader)
    stack: list[tuple[Any, str | None, Any]] = [(root, None, None)]
    while stack:
        node, field, key_node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((value, str(key.value), key))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, field, None) for item in node.value)
        elif node is not None and node.tag == "tag:yaml.org,2002:timestamp":
            try:
                yaml.load(node.value, Loader=_Loader)  # noqa: S506 - a safe loader
            except (ValueError, OverflowError) as exc:
                return CrosscheckError(
                    f"{node.value!r} is not a date ({exc})",
                    path,
                    *_position((key_node or node).start_mark, first_line),
                    field=field,
                )
    return CrosscheckError(f"invalid value: {error}", path)


def _position(mark: Any, first_line: int) -> tuple[int | None, int | None]:
    """1-based line and column of a PyYAML mark (None where the parser gave none)."""
    if mark is None:
        return None, None
    return mark.line + first_line, mark.column + 1


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that readers see the old file or the new one, never half.

    A symlink is written through: the file it points to is replaced (in its own folder), the
    link stays.  What is not a regular file (a device such as /dev/null, a FIFO) is written in
    place, as a shell redirection would: replacing it would turn it into a file.
    """
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise CrosscheckError("is a directory, not a file", str(path))
        with open(target, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = _temporary(target, text, stat.S_IMODE(mode) if mode is not None else 0o644)
    try:
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def create_atomic(path: Path, text: str) -> bool:
    """Write `text` to `path` only if nothing is there (not even a dangling symlink), so
    that readers see no file or the whole file, and of two processes creating the same file
    at once exactly one succeeds: the file is written beside it and hard-linked into place,
    which fails if the name is taken.  False, with nothing written, if the name is taken or
    the filesystem has no hard links (then write under a lock with write_atomic)."""
    return create_all([(path, text)])[0]


def create_all(files: Sequence[tuple[Path, str]]) -> list[bool]:
    """`create_atomic` for many files, made durable in one step: the temporary copy of
    every file whose name is free is written first, then all the copies are synced to disk,
    then each is linked into place.  A name is only ever linked to a copy already on disk,
    so a crash at any point leaves each file absent or whole, never empty or partial; and
    syncing the copies together costs the kernel much less than syncing each file between
    writes (one journal commit for many).  Whether each file was created, in order."""
    written: list[tuple[int, str] | None] = []
    try:
        for path, text in files:
            written.append(None if os.path.lexists(path) else _unsynced(path, text, 0o644))
        for item in written:
            if item is not None:
                os.fsync(item[0])
        created = []
        for (path, _), item in zip(files, written, strict=True):
            if item is None:
                created.append(False)
                continue
            try:
                os.link(item[1], path)
            except OSError:
                created.append(False)
            else:
                created.append(True)
        return created
    finally:
        for item in written:
            if item is not None:
                os.close(item[0])
                os.unlink(item[1])


def _temporary(target: Path, text: str, mode: int) -> str:
    """A temporary file beside `target` (`.NAME.<random>.tmp`) holding `text`, synced to
    disk, with permissions `mode`; its path."""
    handle, temp = _unsynced(target, text, mode)
    try:
        os.fsync(handle)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    finally:
        os.close(handle)
    return temp


def _unsynced(target: Path, text: str, mode: int) -> tuple[int, str]:
    """A temporary file beside `target` (`.NAME.<random>.tmp`) holding `text`, with
    permissions `mode`, not yet synced: its open descriptor and path."""
    import tempfile  # here: ~3 ms to import, and commands that only read write nothing

    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        data = text.encode("utf-8")
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]
        os.fchmod(handle, mode)
    except BaseException:
        os.close(handle)
        Path(temp).unlink(missing_ok=True)
        raise
    return handle, temp


# --------------------------------------------------------------------------- writing claims


# Plain scalars YAML 1.2's core schema (ruamel) reads as something other than text; YAML
# 1.1's (PyYAML) are found by PyYAML's own resolver.
_YAML12_NOT_TEXT = re.compile(
    r"~|null|Null|NULL|true|True|TRUE|false|False|FALSE"
    r"|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN"
)
# Text that is plain in any context crosscheck writes it in (a mapping value, an item of a
# flow list): starts with a letter or digit, and holds no indicator that could end or open
# anything (":", " #", ",", brackets, double quotes ...).
# The first character is one of A-Z, a-z, 0-9 or U+00C0-U+FFFF, written as what it is
# not: Python's re compiles a range as wide as U+00C0-U+FFFF into a bitmap (~7 ms, paid by
# `claim show`), and the negated class is the same set (tested) at a twentieth of it.
_FIRST = r"[^\x00-/:-@\[-`{-\xbf\U00010000-\U0010ffff]"
_PLAIN = _FIRST + r"[\w .()/&%+'#-]*"
_PLAIN_BLOCK = _FIRST + r"[\w .,()/&%+'#-]*"
"""Outside a flow list, a comma is plain text too ("25,000")."""


@functools.cache
def _plain(flow: bool) -> re.Pattern[str]:
    """_PLAIN or _PLAIN_BLOCK compiled, when first written."""
    return re.compile(_PLAIN if flow else _PLAIN_BLOCK, re.UNICODE)


_FLOW_KEYS = frozenset({"span", "via"})


@functools.lru_cache(maxsize=65536)
def _scalar_text(value: str, flow: bool = False) -> str:
    """`value` as a YAML scalar: plain where every reader takes it for this text, else
    double-quoted with JSON's escapes (valid YAML 1.1 and 1.2)."""
    if (
        _plain(flow).fullmatch(value)
        and not value.endswith(" ")
        and " #" not in value
        and plain_tag(value) == _STR
        and not _YAML12_NOT_TEXT.fullmatch(value)
    ):
        return value
    quoted = json.dumps(value, ensure_ascii=False)
    if quoted.isprintable():
        return quoted
    # What JSON leaves raw but YAML refuses or reads as a line break (DEL, C1 controls,
    # U+2028 ...): escaped too.
    return "".join(char if char.isprintable() else _escape(char) for char in quoted)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _scalar(value: Any, flow: bool = False) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, str):
        return _scalar_text(str(value), flow)  # str(): ruamel's quoted text is a subclass
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        if value != value:
            return ".nan"
        if value in (float("inf"), float("-inf")):
            return ".inf" if value > 0 else "-.inf"
        text = repr(float(value))
        # YAML 1.1 (PyYAML) reads "1e-09" as text: a float needs a dot, "1.0e-09".
        return text.replace("e", ".0e", 1) if "e" in text and "." not in text else text
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} in a claim file")


def _lines(key: str, value: Any, indent: str, out: list[str]) -> None:
    """Append the lines (each ending in a line break) of `key: value` to `out`."""
    name = _scalar_text(key)
    kind = type(value)
    if kind is str:  # most values: decided first
        out.append(f"{indent}{name}: {_scalar_text(value)}\n")
    elif kind is list and key in _FLOW_KEYS:  # span and via: decided next
        out.append(f"{indent}{name}: [{', '.join(_scalar(part, True) for part in value)}]\n")
    elif isinstance(value, (list, tuple)):
        if (
            key not in _FLOW_KEYS
            and value
            and any(isinstance(part, (Mapping, list, tuple)) for part in value)
        ):
            raise TypeError(f"cannot write nested lists in {key!r}")
        out.append(f"{indent}{name}: [{', '.join(_scalar(part, True) for part in value)}]\n")
    elif isinstance(value, Mapping):
        out.append(f"{indent}{name}:\n" if value else f"{indent}{name}: {{}}\n")
        for inner, part in value.items():
            _lines(str(inner), part, indent + "  ", out)
    else:
        out.append(f"{indent}{name}: {_scalar(value)}\n")


def emit_mapping(data: Mapping[str, Any]) -> str:
    """A mapping of plain values as top-level YAML lines."""
    out: list[str] = []
    for key, value in data.items():
        _lines(key, value, "", out)
    return "".join(out)


def emit_claims(entries: Sequence[Mapping[str, Any]]) -> str:
    """YAML-form claims as the items of a claim file's `claims:` list, in the layout the
    round-trip writer uses (two-space indents, lists in flow style), keys in the order of
    each entry.  Values are text, numbers, booleans, null, dates, lists of those, and
    mappings of those; anything else is a TypeError."""
    out: list[str] = []
    for entry in entries:
        # Claims of one shape (their keys, and the types of their values) are written by
        # one template, made once (`_template`): the usual claim costs one call per value
        # and one format, where writing it line by line (`_item`) costs several calls a
        # line.  Tested to write the same text (tests/test_yamlio.py).
        shape = (tuple(entry), tuple(map(type, entry.values())))
        made = _TEMPLATES.get(shape)
        if made is None:
            made = _template(*shape)
        if made is _GENERIC:
            out.append(_item(entry))
        else:
            form, writers = made
            out.append(form.format(*map(_apply, writers, entry.values())))
    return "".join(out)


def _apply_writer(writer: Any, value: Any) -> Any:
    return writer(value)


_apply: Any = getattr(operator, "call", _apply_writer)
"""writer(value); operator.call (Python 3.11 on) saves a Python call per value."""


def _item(entry: Mapping[str, Any]) -> str:
    """One claim as an item of the `claims:` list, line by line (`_lines`)."""
    out: list[str] = []
    for key, value in entry.items():
        _lines(key, value, "    ", out)
    if not out:
        return "  - {}\n"
    out[0] = "  - " + out[0][4:]
    return "".join(out)


_GENERIC = object()
"""A shape `emit_claims` writes line by line (`_item`)."""
_TEMPLATES: dict[tuple[tuple[Any, ...], tuple[type, ...]], Any] = {}
_MAX_TEMPLATES = 4096


def _template(keys: tuple[Any, ...], types: tuple[type, ...]) -> Any:
    """The template of claims whose keys are `keys` and values of `types`: a format string
    with a field per value and, for each value, the function that writes it (as `_lines`
    writes it); _GENERIC for a shape it does not cover (a key that is not text; a value of
    another type than text, null, a number, a boolean, a date, a list or a dict)."""
    made: Any = _GENERIC
    if keys and all(type(key) is str for key in keys) and all(t in _WRITERS for t in types):
        parts = []
        for number, (key, kind) in enumerate(zip(keys, types, strict=True)):
            indent = "  - " if number == 0 else "    "
            name = _scalar_text(key).replace("{", "{{").replace("}", "}}")
            parts.append(f"{indent}{name}:{{}}" if kind is dict else f"{indent}{name}: {{}}\n")
        writers = tuple(
            _list_writer(key) if t is list else _WRITERS[t]
            for key, t in zip(keys, types, strict=True)
        )
        made = ("".join(parts), writers)
    if len(_TEMPLATES) >= _MAX_TEMPLATES:
        _TEMPLATES.clear()
    _TEMPLATES[keys, types] = made
    return made


def _mapping_text(value: dict[Any, Any]) -> str:
    """What follows `key:` for a mapping, as `_lines` writes it."""
    if len(value) == 2 and next(iter(value)) == "source":  # an attribution, written here
        source, via = value["source"], value.get("via")
        if type(source) is str and type(via) is list and all(type(v) is str for v in via):
            names = ", ".join([_scalar_text(name, True) for name in via])
            return f"\n      source: {_scalar_text(source)}\n      via: [{names}]\n"
    if not value:
        return " {}\n"
    out: list[str] = ["\n"]
    for inner, part in value.items():
        _lines(str(inner), part, "      ", out)
    return "".join(out)


def _list_writer(key: str) -> Any:
    """The writer of a list under `key`, as `_lines` writes it."""

    def write(value: list[Any]) -> str:
        if len(value) == 2 and type(value[0]) is int and type(value[1]) is int:  # a span
            return f"[{value[0]}, {value[1]}]"
        if key not in _FLOW_KEYS and any(
            isinstance(part, (Mapping, list, tuple)) for part in value
        ):
            raise TypeError(f"cannot write nested lists in {key!r}")
        return f"[{', '.join(_scalar(part, True) for part in value)}]"

    return write


_WRITERS: dict[type, Any] = {
    str: _scalar_text,
    type(None): {None: "null"}.get,
    int: str,
    bool: _scalar,
    float: _scalar,
    dt.date: dt.date.isoformat,
    dict: _mapping_text,
    list: None,  # by key: _list_writer
}
