"""Reading the plain block YAML that claim files are written in, without libyaml.

A claim file is a mapping of mappings and lists written one key per line: `key: value`, list
items `- key: value`, lists of scalars in flow style (`[85, 131]`), scalars plain, in single
quotes or in double quotes with JSON's escapes (yamlio.emit_claims and the round-trip writer
write exactly that).  For such a text one regular expression per line finds every key and
value, and building the values from them costs under half of what libyaml's parser and
yamlio's builder cost together: parsing is most of a cold report.

`read` returns what yaml.load(text, CSafeLoader) returns, or UNSURE for any text it does not
recognise line by line as that shape: every line must be blank, a comment, or one key with
at most one value that ends on its line; plain text starts with a letter or digit and holds
no ':' (no multi-line scalars, block scalars, flow mappings, anchors, tags, directives,
document markers, tabs or line breaks other than "\\n", no character libyaml refuses, no
repeated key).  The caller then parses it with libyaml (yamlio.load), which also finds and
locates every error.  Plain scalars are resolved to their tags by PyYAML's own resolver and
built by PyYAML's own constructors where they are not text or whole numbers, so the values
are the safe loader's (tests/test_blockyaml.py compares the two on generated documents).
"""

from __future__ import annotations

import json
import re
from typing import Any

from crosscheck import yamlio


class _Unsure(Exception):
    """The text is not one `read` recognises."""


UNSURE: Any = _Unsure
"""What `read` returns for a text that must be parsed by libyaml."""

_MAX_DEPTH = 20
"""Deeper documents are left to libyaml (and yamlio's limit of nesting)."""

# A character libyaml refuses or reads as a line break, besides "\n"; a tab; a byte-order mark.
_ODD = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# Plain text: a first character that is no ASCII sign but "_", then none of the ASCII signs
# that could open or end anything but these: . , ( ) / & % + ' # - _ (" #" opens a comment).
_FIRST = r"[^\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f]"
_REST = r"[^\x00-\x1f!\"$*:;<=>?@\[\\\]^`{|}~\x7f]"
_REST_FLOW = r"[^\x00-\x1f!\"#$*,:;<=>?@\[\\\]^`{|}~\x7f]"
_SINGLE = r"'((?:[^']|'')*)'"
_DOUBLE = r'"((?:[^"\\]|\\["\\bfnrt]|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8})*)"'
_QUOTED = "|".join(quoted.replace("((", "(?:(", 1) for quoted in (_SINGLE, _DOUBLE))
_LINE = re.compile(
    r"( *)(- +)?([A-Za-z_][A-Za-z0-9_-]{0,99}):"  # indent, "- " and its spaces, key
    rf"(?: +(?:{_SINGLE}|({_FIRST}{_REST}*)|{_DOUBLE}"  # single-quoted, plain, double-quoted
    # (a quote inside a plain item is text: "[Eastport's Front]")
    rf"|\[((?:{_QUOTED}|[^\[\]{{}}\x22])*)\]|(\{{\}})))?"  # a flow list, {}
    r"(?: +#.*)? *"
)
"""A key line (see _Token); a plain value runs until " #", its trailing spaces cut."""
_BLANK = re.compile(r" *(?:#.*)?")
_ITEM = re.compile(rf" *(?:{_SINGLE}|{_DOUBLE}|({_FIRST}(?:{_REST_FLOW}|(?<! )#)*?)) *(,|$)")
"""One item of a flow list, up to its comma (plain items hold no ',', and a '#' only after
another character than a space: " #" opens a comment, "0#" is text)."""
_ESCAPE = re.compile(r"\\(?:U([0-9a-fA-F]{8})|.)")
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")

_STR = yamlio._STR


def read(text: str) -> Any:
    """The value of a claim file's text, as the safe loader builds it, or UNSURE."""
    if _ODD.search(text):
        return UNSURE
    tokens: list[Any] = []
    for line in text.split("\n"):
        found = _LINE.fullmatch(line)
        if found is None:
            if _BLANK.fullmatch(line):
                continue
            return UNSURE
        tokens.append(found.groups())
    if not tokens or tokens[0][0] or tokens[0][1]:
        return UNSURE
    try:
        built, end = _mapping(tokens, 0, 0, 0)
    except _Unsure:
        return UNSURE
    return built if end == len(tokens) else UNSURE


_Token = tuple[str, str | None, str, str | None, str | None, str | None, str | None, str | None]
"""A key line's groups: indent, "- " and the spaces after it, key, and its value single-quoted,
plain, double-quoted, a flow list's inside or `{}` (one of them, or none)."""


def _mapping(tokens: list[_Token], at: int, column: int, depth: int) -> tuple[Any, int]:
    """The mapping whose keys are at `column`, from line `at` (which may open a list item):
    (mapping, the first line after it)."""
    if depth > _MAX_DEPTH:
        raise _Unsure
    built: dict[str, Any] = {}
    count = len(tokens)
    while at < count:
        indent, dash, key, single, plain, double, flow, empty = tokens[at]
        if dash:
            if built:  # the next item of a list
                if len(indent) < column:
                    break
                raise _Unsure
            here = len(indent) + len(dash)
        else:
            here = len(indent)
        if here != column:
            if here < column:
                break
            raise _Unsure  # deeper: a plain scalar's next line, or an error
        if key in built or (key not in _TEXT_KEYS and not _text_key(key)):
            raise _Unsure
        at += 1
        if single is not None:
            built[key] = single.replace("''", "'")
        elif plain is not None:
            if "#" in plain:
                cut = plain.find(" #")
                if cut >= 0:
                    plain = plain[:cut]
            built[key] = _plain(plain.rstrip(" "))
        elif double is not None:
            built[key] = _double(double)
        elif flow is not None:
            built[key] = _flow(flow)
        elif empty is not None:
            built[key] = {}
        else:  # the value is on the lines below, or null
            after = tokens[at] if at < count else None
            if after is not None and after[1] and len(after[0]) >= column:
                built[key], at = _sequence(tokens, at, len(after[0]), depth + 1)
            elif after is not None and not after[1] and len(after[0]) > column:
                built[key], at = _mapping(tokens, at, len(after[0]), depth + 1)
            else:
                built[key] = None
    return built, at


def _sequence(tokens: list[_Token], at: int, dash: int, depth: int) -> tuple[Any, int]:
    """The list whose items start with "- " at column `dash`, from line `at`."""
    items = []
    count = len(tokens)
    while at < count:
        token = tokens[at]
        indent = len(token[0])
        if not token[1] or indent != dash:
            if indent < dash or (indent == dash and not token[1]):
                break
            raise _Unsure
        item, at = _mapping(tokens, at, indent + len(token[1]), depth + 1)
        items.append(item)
    return items, at


_TEXT_KEYS: set[str] = set()
"""Keys seen to be text (a plain `yes` or `null` is not)."""


def _text_key(key: str) -> bool:
    if yamlio.plain_tag(key) != _STR:
        return False
    if len(_TEXT_KEYS) < 1024:
        _TEXT_KEYS.add(key)
    return True


def _double(inner: str) -> str:
    if "\\" not in inner:
        return inner
    if _SURROGATE.search(inner):
        raise _Unsure  # JSON pairs surrogates, YAML does not
    if "\\U" in inner:
        inner = _ESCAPE.sub(_astral, inner)
    value: str = json.loads(f'"{inner}"')
    return value


def _astral(escape: re.Match[str]) -> str:
    """A YAML escape `\\UXXXXXXXX` as JSON's surrogate pair; any other escape as it is."""
    code = escape.group(1)
    if code is None:
        return escape.group()
    number = int(code, 16)
    if not 0x10000 <= number <= 0x10FFFF:
        raise _Unsure
    number -= 0x10000
    return f"\\u{0xD800 + (number >> 10):04x}\\u{0xDC00 + (number & 0x3FF):04x}"


def _flow(inner: str) -> list[Any]:
    items: list[Any] = []
    if not inner.strip(" "):
        if inner:
            raise _Unsure
        return items
    at, end = 0, len(inner)
    while at < end:
        found = _ITEM.match(inner, at)
        if found is None:
            raise _Unsure
        single, double, plain, comma = found.groups()
        if single is not None:
            items.append(single.replace("''", "'"))
        elif double is not None:
            items.append(_double(double))
        else:
            items.append(_plain(plain))
        at = found.end()
        if comma and at >= end:
            raise _Unsure  # a trailing comma
    return items


def _plain(text: str) -> Any:
    try:
        return yamlio.scalar_value(yamlio.plain_tag(text), text)
    except (yamlio._Unusual, ValueError, OverflowError):
        raise _Unsure from None  # libyaml's pass builds it, or locates what is wrong
