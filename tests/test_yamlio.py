"""Safe YAML reading and atomic writes (yamlio.py)."""

from __future__ import annotations

import datetime
import os
import re
import stat
import sys
import threading
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from crosscheck import yamlio
from crosscheck.errors import CrosscheckError

BOMB = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
"""


def test_plain_data_loads() -> None:
    assert yamlio.load("a: 1\nb: [x, y]\n", "f.yaml") == {"a": 1, "b": ["x", "y"]}


def test_kept_tags_of_plain_scalars_give_the_safe_loaders_values() -> None:
    # The loader keeps the tag of each plain text it resolved: the same text quoted is still
    # text, and every later document reads as yaml.safe_load reads it.
    scalars = ["12", "'12'", "yes", '"yes"', "null", "~", "1e3", "0x1f", "2021-03-04",
               "'2021-03-04'", "1_000", "-.inf", "Zarabad", "", "'null'"]  # fmt: skip
    text = "\n".join(f"k{i}: {s}" for i, s in enumerate(scalars)) + "\nlist: [12, '12', yes]\n"
    for _ in range(2):  # the second time, from the kept tags
        assert yamlio.load(text, "f") == yaml.load(text, Loader=yaml.SafeLoader)


def test_alias_bomb_is_refused_quickly() -> None:
    with pytest.raises(CrosscheckError, match="anchors and aliases") as caught:
        yamlio.load(BOMB, "bomb.yaml")
    # Refused at the first anchor, so never expanded.
    assert str(caught.value).startswith("bomb.yaml:1:")


def test_python_tags_are_refused() -> None:
    with pytest.raises(CrosscheckError, match="tag"):
        yamlio.load("x: !!python/object/apply:os.system ['echo hi']\n", "t.yaml")


def test_tabs_are_located() -> None:
    with pytest.raises(CrosscheckError, match="tab") as caught:
        yamlio.load("a:\n\tb: 1\n", "t.yaml")
    assert str(caught.value).startswith("t.yaml:2:1:")


def test_malformed_yaml_is_located() -> None:
    with pytest.raises(CrosscheckError, match="invalid YAML") as caught:
        yamlio.load("a: [1, 2\nb: 3\n", "m.yaml")
    assert str(caught.value).startswith("m.yaml:")


def test_write_atomic_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    target.write_text("old")
    yamlio.write_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_create_atomic_makes_a_new_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    assert yamlio.create_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@pytest.mark.parametrize("taken", ["file", "dangling symlink"])
def test_create_atomic_never_replaces_what_has_the_name(tmp_path: Path, taken: str) -> None:
    target = tmp_path / "out.yaml"
    if taken == "file":
        target.write_text("theirs")
    else:
        target.symlink_to(tmp_path / "elsewhere.yaml")
    assert not yamlio.create_atomic(target, "mine")
    assert target.read_text() == "theirs" if taken == "file" else target.is_symlink()
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_create_atomic_loses_a_race_without_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another writer creates the file between the check and the link: the link fails and
    # their file stays as they wrote it.
    target = tmp_path / "out.yaml"
    link = os.link

    def late_link(source: str, destination: Path) -> None:
        destination.write_text("theirs")
        link(source, destination)

    monkeypatch.setattr(os, "link", late_link)
    assert not yamlio.create_atomic(target, "mine")
    assert target.read_text() == "theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]


def test_create_all_links_only_copies_already_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A crash must never leave an empty or partial file: every copy is synced before the
    # first name is linked, and a name already taken is left as it is.
    (tmp_path / "taken.yaml").write_text("theirs")
    events: list[str] = []
    fsync, link = os.fsync, os.link

    def synced(handle: int) -> None:
        events.append("sync")
        fsync(handle)

    def linked(source: str, destination: Path) -> None:
        assert Path(source).read_text() == Path(destination).stem * 3
        events.append("link")
        link(source, destination)

    monkeypatch.setattr(os, "fsync", synced)
    monkeypatch.setattr(os, "link", linked)
    names = ["a", "taken", "b", "c"]
    made = yamlio.create_all([(tmp_path / f"{name}.yaml", name * 3) for name in names])
    assert made == [True, False, True, True]
    assert events == ["sync"] * 3 + ["link"] * 3
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {
        "a.yaml": "aaa",
        "taken.yaml": "theirs",
        "b.yaml": "bbb",
        "c.yaml": "ccc",
    }  # no temporary file left
    assert stat.S_IMODE((tmp_path / "b.yaml").stat().st_mode) == 0o644


def test_create_all_loses_a_race_for_one_name_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = os.link

    def late_link(source: str, destination: Path) -> None:
        if destination.name == "b.yaml":
            destination.write_text("theirs")
        link(source, destination)

    monkeypatch.setattr(os, "link", late_link)
    made = yamlio.create_all([(tmp_path / f"{name}.yaml", "mine") for name in "abc"])
    assert made == [True, False, True]
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {
        "a.yaml": "mine",
        "b.yaml": "theirs",
        "c.yaml": "mine",
    }


def test_explicit_python_tag_is_refused_by_our_own_check() -> None:
    with pytest.raises(CrosscheckError, match="tags are not allowed") as caught:
        yamlio.load("a: 1\nx: !!python/object:os.system {}\n", "t.yaml")
    assert str(caught.value).startswith("t.yaml:2:")


def test_impossible_date_is_a_located_error() -> None:
    with pytest.raises(CrosscheckError, match="is not a date") as caught:
        yamlio.load("a: 1\nas_of: 2021-02-30\n", "d.yaml")
    assert str(caught.value).startswith("d.yaml:2:1: as_of: '2021-02-30'")


# yamlio builds plain documents itself instead of through PyYAML's constructor; the result must
# be what PyYAML's safe loader gives, for every kind of value YAML 1.1 resolves.
_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.dates()
    | st.text(max_size=12)
    | st.sampled_from(["012", "0x1F", "1_000", "0o17", "yes", "off", "~", "1:20", "-0", "+7"]),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=6) | st.integers(), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(_VALUES, st.booleans(), st.sampled_from([None, "'", '"']))
def test_built_like_pyyaml_builds(value: object, flow: bool, style: str | None) -> None:
    text = yaml.safe_dump({"v": value}, default_flow_style=flow, default_style=style)
    assume("!" not in text)  # quoted non-text values get tags, which yamlio refuses
    assert yamlio.load(text, "f.yaml") == yaml.load(text, Loader=_SAFE)  # noqa: S506


@pytest.mark.parametrize(
    "text",
    [
        "a: 012\nb: 0x1F\nc: 1_000\nd: 1:20\ne: -0\nf: +7\n",  # YAML 1.1 numbers
        "a: yes\nb: Off\nc: ~\nd: .inf\ne: -.5\nf: 1e3\n",
        "when: 2015-09-04\nat: 2015-09-04 10:20:00\n",
        "base: 1\n<<: {x: 1, y: 2}\n",  # a merge key (no anchors needed)
        "? [a, b]\n: 1\n",  # a list as a key: PyYAML refuses it
        "x: =\n",  # the "value" tag, which the safe loader cannot build
        "",
        "# nothing but a comment\n",
    ],
)
def test_unusual_documents_as_pyyaml(text: str) -> None:
    try:
        expected = yaml.load(text, Loader=_SAFE)  # noqa: S506
    except yaml.YAMLError:
        with pytest.raises(CrosscheckError):
            yamlio.load(text, "f.yaml")
        return
    assert yamlio.load(text, "f.yaml") == expected


def test_dates_and_numbers_are_values() -> None:
    data = yamlio.load("when: 2015-09-04\nn: 012\nm: 33\n", "f.yaml")
    assert data == {"when": datetime.date(2015, 9, 4), "n": 10, "m": 33}


def test_nesting_up_to_the_limit_is_read() -> None:
    data = yamlio.load("[" * yamlio.MAX_DEPTH + "]" * yamlio.MAX_DEPTH, "f.yaml")
    depth = 0
    while data:
        assert isinstance(data, list) and len(data) == 1
        data, depth = data[0], depth + 1
    assert depth == yamlio.MAX_DEPTH - 1 and data == []


@pytest.mark.parametrize(
    "text, where",
    [
        # 3,000 levels: beyond libyaml 0.2.6's own limit of 1,000 and Python's recursion limit
        ("[" * 3000 + "]" * 3000, "f.yaml:1:101"),
        ("a: 1\nb:\n" + "  - " * 400 + "x\n", "f.yaml:3:399"),  # block nesting, no flow level
        ("a: {<<: {x: 1}}\nb: " + "[" * 150 + "]" * 150, "f.yaml:2:103"),  # the fallback path
    ],
)
def test_nesting_deeper_than_the_limit_is_one_error(text: str, where: str) -> None:
    with pytest.raises(CrosscheckError) as caught:
        yamlio.load(text, "f.yaml")
    assert str(caught.value) == f"{where}: invalid YAML: nested deeper than 100 levels"


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb:\n  c: 2\n  c: 3\n",
        "a: 1\nb:\n  <<: {x: 1}\n  c: 2\n  c: 3\n",  # a merge key: PyYAML's constructor builds it
    ],
)
def test_a_repeated_key_is_refused_where_it_is(text: str) -> None:
    # PyYAML would keep the last value and lose the first without a word.
    with pytest.raises(CrosscheckError) as caught:
        yamlio.load(text, "f.yaml", first_line=2)
    line = text.splitlines().index("  c: 3") + 2  # the file's text starts on line 2
    assert str(caught.value) == f"f.yaml:{line}:3: c: duplicate key (YAML allows one)"
    assert yamlio.load(text, "f.yaml", keep_duplicates=True) == yaml.load(text, Loader=_SAFE)  # noqa: S506


# --------------------------------------------------------------------------- writing through


def test_write_atomic_writes_through_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    yamlio.write_atomic(link, "new")
    assert link.is_symlink()
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "real.md"]


def test_write_atomic_through_a_chain_of_links_and_a_dangling_one(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    target = tmp_path / "sub" / "real.md"
    (tmp_path / "one").symlink_to(target)  # dangling: the file is created where it points
    (tmp_path / "two").symlink_to(tmp_path / "one")
    yamlio.write_atomic(tmp_path / "two", "text")
    assert target.read_text() == "text"
    assert (tmp_path / "one").is_symlink() and (tmp_path / "two").is_symlink()


def test_write_atomic_writes_a_fifo_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    yamlio.write_atomic(fifo, "through the pipe")
    reader.join(timeout=10)
    assert received == [b"through the pipe"]
    assert fifo.is_fifo()


def test_write_atomic_writes_a_device_in_place(tmp_path: Path) -> None:
    # A device of our own (never the machine's /dev/null: a regression would replace it).
    null = tmp_path / "null"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        pytest.skip("creating a device needs root")
    link = tmp_path / "out"
    link.symlink_to(null)
    yamlio.write_atomic(null, "gone")
    yamlio.write_atomic(link, "gone")
    assert null.is_char_device()
    assert null.read_text() == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null", "out"]


# --------------------------------------------------------------------------- writing claims


_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufeff"), max_size=30
)
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False),
    st.dates(),
    _TEXT,
)


@settings(max_examples=300, deadline=None)
@given(
    subject=_TEXT,
    best=_VALUES,
    via=st.lists(_TEXT, max_size=4),
    note=_TEXT,
    words=st.sampled_from(
        [
            "no",
            "on",
            "Yes",
            "1_000",
            "1:20",
            "0o17",
            "1e3",
            ".inf",
            "~",
            "null",
            "a#1",
            "- x",
            "x: y",
            "# c",
            "'q",
            '"q"',
            "a, b",
            " lead",
            "trail ",
            "",
            "Ходжент",
        ]
    ),
)
@example(subject="", best=1e-09, via=[], note="", words="no")  # YAML 1.1 floats need a dot
def test_emitted_claims_read_back_the_same_with_both_readers(
    subject: str, best: object, via: list[str], note: str, words: str
) -> None:
    from ruamel.yaml import YAML

    from crosscheck.store import editing

    entry = {
        "id": "a#1",
        "subject": subject,
        "kind": words,
        "best": best,
        "attribution": {"source": words, "via": [*via, words]},
        "span": [0, 10],
        "note": note,
    }
    text = "article: a\nclaims:\n" + yamlio.emit_claims([entry, entry])
    assert yamlio.load(text, "x")["claims"] == [entry, entry]
    assert editing._plain(YAML().load(text))["claims"] == [entry, entry]


class _Text(str):
    """Text of a str subclass (ruamel's quoted scalars are one)."""


_KEYS = st.sampled_from(
    ["id", "subject", "best", "low", "as_of", "attribution", "span", "via", "source", "note",
     "{x}", "a: b", "no", ""]
)  # fmt: skip
_PLAIN = st.one_of(
    _VALUES,
    st.datetimes(),
    st.sampled_from([0, 1, -1, 2**70, 0.5, float("nan"), float("inf"), True, _Text("t")]),
)
_ITEM = st.one_of(
    _PLAIN,
    st.lists(_PLAIN, max_size=3),
    st.lists(st.integers(-5, 10**6), min_size=2, max_size=2),
    st.lists(_TEXT, max_size=3),
    st.tuples(st.integers(0, 9), st.integers(0, 9)),
    st.dictionaries(_KEYS, st.one_of(_PLAIN, st.lists(_PLAIN, max_size=2)), max_size=3),
    st.fixed_dictionaries({"source": _TEXT, "via": st.lists(_TEXT, max_size=3)}),
    st.fixed_dictionaries({"via": st.lists(_TEXT, max_size=2), "source": _TEXT}),
    st.fixed_dictionaries({"source": _TEXT, "via": st.lists(_PLAIN, max_size=2)}),
    st.just({1: "x"}),
)


def _line_by_line(entries: list[dict[object, object]]) -> str:
    return "".join(yamlio._item(entry) for entry in entries)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.dictionaries(_KEYS, _ITEM, max_size=8), max_size=3))
def test_emitted_claims_are_what_is_written_line_by_line(
    entries: list[dict[object, object]],
) -> None:
    # emit_claims writes a claim by its shape's template; _item, line by line (_lines): the
    # same text.
    for _ in range(2):  # the second time, from the templates kept
        assert yamlio.emit_claims(entries) == _line_by_line(entries)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "entry",
    [
        {"id": "a#1", "note": {"a", "b"}},
        {"id": "a#1", "note": [["x"]]},
        {"id": "a#1", "note": [{"x": 1}]},
        {"id": "a#1", "attribution": {"source": "x", "via": [{"a"}]}},
        {"id": "a#1", 3: "x"},
    ],
)
def test_a_value_no_claim_file_holds_is_a_type_error(entry: dict[object, object]) -> None:
    for _ in range(2):
        with pytest.raises(TypeError):
            _line_by_line([entry])
        with pytest.raises(TypeError):
            yamlio.emit_claims([entry])  # type: ignore[list-item]


def test_emitted_claims_look_like_the_round_trip_writer() -> None:
    from crosscheck.store import editing

    entry = {
        "id": "a#1",
        "subject": "people killed",
        "kind": "killed",
        "figure": "at least 12",
        "party": None,
        "attribution": {"source": "police", "via": ["AP"]},
        "quote": "at least 12 people were killed",
        "span": [10, 40],
        "origin": "extracted",
    }
    round_trip = "".join(f"    {line}" for line in editing.entry_text(entry).splitlines(True))
    assert yamlio.emit_claims([editing._ordered(entry, "a#1")]) == "  - " + round_trip[4:]


def test_plain_text_starts_with_a_letter_digit_or_character_from_u00c0_to_uffff() -> None:
    wanted = re.compile(r"[A-Za-z0-9\u00c0-\uffff]")
    for flow in (True, False):
        pattern = yamlio._plain(flow)
        for code in range(sys.maxunicode + 1):
            char = chr(code)
            assert bool(pattern.fullmatch(char + "x")) == bool(wanted.fullmatch(char)), code


def test_the_loader_has_no_path_resolvers_its_composer_hooks_skip() -> None:
    # _Loader's descend/ascend hooks do nothing: right only while no path resolver is added.
    assert not yamlio._Loader.yaml_path_resolvers
    text = "a:\n  - {b: [1, '2', c]}\n  - 2015-09-04\nd: ~\n"
    assert yamlio.load(text, "x") == yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506
