"""The line reader for plain claim files (blockyaml.py): libyaml's values, or UNSURE."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crosscheck import blockyaml, yamlio

ROOT = Path(__file__).resolve().parents[1]
_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _typed(value: Any) -> Any:
    """`value` with every type spelled out (True == 1 and 1 == 1.0 in Python, not here)."""
    if isinstance(value, dict):
        return ("map", [(_typed(key), _typed(inner)) for key, inner in value.items()])
    if isinstance(value, list):
        return ("seq", [_typed(inner) for inner in value])
    return (type(value).__name__, repr(value))


def _libyaml(text: str) -> Any:
    """What the safe loader gives, or UNSURE where it refuses the text."""
    try:
        return yaml.load(text, Loader=_SAFE)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, ValueError, OverflowError):
        return blockyaml.UNSURE


def _agrees(text: str) -> Any:
    """Assert that blockyaml gives up on `text` or reads it as libyaml does; what it read."""
    got = blockyaml.read(text)
    if got is not blockyaml.UNSURE:
        expected = _libyaml(text)
        assert expected is not blockyaml.UNSURE, f"libyaml refuses {text!r}"
        assert _typed(got) == _typed(expected), text
    return got


def test_the_bundled_claim_files_are_read_by_lines_as_libyaml_reads_them() -> None:
    files = sorted((ROOT / "claims").glob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert _agrees(text) is not blockyaml.UNSURE, path.name


def test_a_claim_file_as_written_by_hand() -> None:
    text = (
        "# yaml-language-server: $schema=../claims.schema.json\n"
        "article: a-1\n"
        "claims:\n"
        "- id: 'a-1#1'   # compact list, as some editors write it\n"
        "  subject: 'the president''s count'\n"
        "  figure: 39\n"
        "\n"
        "  low: 2015-09-04\n"
        "  attribution:\n"
        "    source: Interior Ministry, No.3 # a comment after plain text\n"
        "    via: [\"Reuters\", 'AP', Coast Wire]\n"
        "  span: [85, 131]\n"
        '  note: "line\\nbreak \\u00e9"\n'
        "  review: {}\n"
        "  status:\n"
        "-   id: a-1#2\n"
        "    share: 1.5\n"
        "    flag: yes\n"
        "    empty: ''\n"
    )
    assert _agrees(text) == {
        "article": "a-1",
        "claims": [
            {
                "id": "a-1#1",
                "subject": "the president's count",
                "figure": 39,
                "low": datetime.date(2015, 9, 4),
                "attribution": {
                    "source": "Interior Ministry, No.3",
                    "via": ["Reuters", "AP", "Coast Wire"],
                },
                "span": [85, 131],
                "note": "line\nbreak é",
                "review": {},
                "status": None,
            },
            {"id": "a-1#2", "share": 1.5, "flag": True, "empty": ""},
        ],
    }


@pytest.mark.parametrize(
    "text",
    [
        "note: one line\n  and its continuation\n",  # a plain scalar over two lines
        "note: 'one line\n  and the next'\n",  # a quoted one
        "note: >\n  folded\n",  # a block scalar
        "via: [a #b]\n",  # a comment inside a flow list: libyaml refuses it
        "via: [a, ]\n",  # a trailing comma
        "a: &x 1\nb: *x\n",  # an anchor and an alias
        "a: !!str 1\n",  # a tag
        "---\na: 1\n",  # a document marker
        "a: 1\na: 2\n",  # a repeated key
        "yes: 1\n",  # a key that is not text
        "a: 1\r\nb: 2\r\n",  # other line breaks
        "  a: 1\n",  # an indented top level
        "a:\n  b: 1\n   c: 2\n",  # a key deeper than its siblings
        "a: 1\n- b\n",  # a list where a key belongs
        'a: "\\ud83d\\ude00"\n',  # surrogates, which JSON pairs and YAML does not
        "a: 2021-02-30\n",  # an impossible date
        "a: -5\n",  # plain text starting with a sign
        "",
        "# only a comment\n",
    ],
)
def test_what_it_does_not_recognise_is_left_to_libyaml(text: str) -> None:
    assert blockyaml.read(text) is blockyaml.UNSURE
    # ... which yamlio.load then reads as before (or refuses with a located error).
    expected = _libyaml(text)
    if expected is blockyaml.UNSURE or text.startswith(("a: &", "a: !", "a: 1\na: 2")):
        with pytest.raises(Exception):  # noqa: B017, PT011 - any of yamlio's located errors
            yamlio.load(text, "f.yaml")
    else:
        assert _typed(yamlio.load(text, "f.yaml")) == _typed(expected)


# Documents in the shape blockyaml reads, from pieces chosen to sit on its edges, then changed
# at random: whatever blockyaml reads must be what libyaml reads.
_KEYS = st.sampled_from(
    ["id", "a", "a-b", "_x", "K1", "y", "n", "A", "b"] * 4
    + ["yes", "null", "on", "<<", "1", "'q'", "id"]
)
_PLAIN_WORDS = st.sampled_from(["x", "x y", "Coast Wire", "it's", "39", "2015-09-04", "é"])
_WORDS = _PLAIN_WORDS | _PLAIN_WORDS | st.sampled_from(
    ["", " ", "x", "x y", "x  y ", "a#b", "a #b", "a: b", "a:b", "it's", "'q", '"q"', "q'",
     "[x]", "{x}", "x, y", "- x", "-5", "+5", "5", "05", "0x1F", "1_000", "1.5", "1.", "1e3",
     "1.0e-09", ".5", "yes", "No", "on", "null", "~", "Null", "2015-09-04", "2015-9-4",
     "2021-02-30", "2015-09-04 10:20:00", "12:30", "é", "Ходжент", "x\\", "x\\n", "\\u00e9",
     "\\ud83d", "x\ty", "\u2028", "\x85", "\ufeff", "&a", "*a", "!x", "%x", "@x", "`x", "|", ">",
     "? x", "(x)", "x/y", "R&D", "50%", "x.", "_", "×", "x–y", "«x»", "\xa0x", "x\u2029y",
     "’s", "x’", "😀", "x😀", "x|y", "x>", "x=y", "x;y", "x~"]
)  # fmt: skip


@st.composite
def _scalar(draw: st.DrawFn, flow: bool = False) -> str:
    word = draw(_WORDS)
    style = draw(st.sampled_from(["plain", "single", "double", "json"]))
    if style == "single":
        return "'" + word.replace("'", "''") + "'"
    if style == "double":
        return '"' + word + '"'
    if style == "json":
        return json.dumps(word, ensure_ascii=draw(st.booleans()))
    return word


@st.composite
def _document(draw: st.DrawFn) -> str:
    lines: list[str] = []

    def block(indent: int, depth: int, dash: str = "") -> None:
        keys = draw(st.lists(_KEYS, min_size=1, max_size=4, unique=draw(st.booleans())))
        for number, key in enumerate(keys):
            lead = " " * indent if number or not dash else dash
            shape = draw(st.sampled_from(["scalar", "flow", "{}", "map", "list", "null"]))
            if depth >= 2 and shape in ("map", "list"):
                shape = "scalar"
            comment = draw(st.sampled_from(["", "", " # c", "  #c:d", "#c"]))
            trail = draw(st.sampled_from(["", " ", "  "]))
            if shape == "scalar":
                lines.append(f"{lead}{key}: {draw(_scalar())}{comment}{trail}")
            elif shape == "flow":
                items = draw(st.lists(_scalar(flow=True), max_size=3))
                sep = draw(st.sampled_from([", ", ",", " , "]))
                lines.append(f"{lead}{key}: [{sep.join(items)}]{comment}")
            elif shape == "{}":
                lines.append(f"{lead}{key}: {{}}{comment}")
            elif shape == "null":
                lines.append(f"{lead}{key}:{comment}{trail}")
            elif shape == "map":
                lines.append(f"{lead}{key}:{comment}")
                block(indent + draw(st.integers(1, 3)), depth + 1)
            else:
                lines.append(f"{lead}{key}:")
                at = indent + draw(st.integers(0, 2))
                for _ in range(draw(st.integers(1, 3))):
                    gap = " " * draw(st.integers(1, 3))
                    block(at + 1 + len(gap), depth + 1, " " * at + "-" + gap)
            if draw(st.booleans()):
                lines.append(draw(st.sampled_from(["", "  ", "# note", "   # note"])))

    block(0, 0)
    text = "\n".join(lines) + draw(st.sampled_from(["\n", "", "\n\n"]))
    for _ in range(draw(st.sampled_from([0, 0, 1, 2]))):  # a change at random
        at = draw(st.integers(0, len(text)))
        change = draw(st.sampled_from(["insert", "delete", "indent"]))
        if change == "insert":
            text = text[:at] + draw(st.sampled_from(list(" -:#'\"[]{},\n\tx1&!\\"))) + text[at:]
        elif change == "delete":
            text = text[:at] + text[at + 1 :]
        else:
            start = text.rfind("\n", 0, at) + 1
            text = text[:start] + " " + text[start:]
    return text


@settings(max_examples=1500, deadline=None)
@given(_document())
@example("a:\n- b: 1\n  c: [x, 'y', \"z\"]\nd: 2015-09-04\n")
def test_what_it_reads_libyaml_reads_the_same(text: str) -> None:
    _agrees(text)


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufeff"), max_size=30
)


@settings(max_examples=300, deadline=None)
# (a quote inside a plain item of a flow list: "[Eastport's Front]")
@example(texts=["", "", ""], number=0, when=datetime.date(2000, 1, 1), via=["0'"])
# (a "#" inside a plain item, after a character: text, not a comment: "[0#]")
@example(texts=["", "", ""], number=0, when=datetime.date(2000, 1, 1), via=["0#", "a#b"])
@given(
    texts=st.lists(_TEXT, min_size=3, max_size=3),
    number=st.integers(0, 10**12),
    when=st.dates(),
    via=st.lists(_TEXT, max_size=3),
)
def test_what_the_extractor_writes_is_read_by_lines(
    texts: list[str], number: int, when: datetime.date, via: list[str]
) -> None:
    entry = {
        "id": "a#1",
        "subject": texts[0],
        "figure": texts[1],
        "best": number,
        "as_of": when,
        "qualifier": None,
        "attribution": {"source": texts[2], "via": via},
        "span": [0, 10],
    }
    text = "article: a\nclaims:\n" + yamlio.emit_claims([entry, entry])
    assert _agrees(text) == {"article": "a", "claims": [entry, entry]}
