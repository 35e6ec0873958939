"""Bad input never gives a traceback: one clear line naming file, line and field, a non-zero
exit, and the files on disk unchanged.  Each case is checked with `crosscheck check` and, for
claim files, with a `claim add` that has to read the broken file first."""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import CORPUS, STORM, Invoke, claim_file
from crosscheck import check, claimfile
from crosscheck.errors import CrosscheckError
from crosscheck.store import editing, loading, validation

GOOD_ADD = (
    "claim", "add", STORM, "--subject", "people missing", "--kind", "other",
    "--figure", "up to 40", "--quote", "up to 40 people were missing",
)  # fmt: skip

BOMB = """article: x
claims:
  - &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
  - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
  - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
  - &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
  - &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
  - &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
  - &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
  - &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def _edit(old: str, new: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        assert old in text
        return text.replace(old, new, 1)

    return change


# (name, how to break the claim file, the one line expected after "FILE:")
CLAIM_FILE_CASES = [
    (
        "malformed YAML",
        _edit("    kind: killed\n", "    kind: [killed\n"),
        "9:11: invalid YAML: did not find expected ',' or ']'",
    ),
    (
        "tab",
        _edit("    kind: killed\n", "\tkind: killed\n"),
        "8:1: tab used for indentation (YAML allows spaces only)",
    ),
    (
        "figure that is no figure",
        _edit("figure: 'at least 12'", "figure: many"),
        "9:5: figure: cannot read 'many' as a figure (try '39', 'up to 100', 'about 25,000', "
        "'between 10 and 135', 'a few dozen')",
    ),
    (
        "negative count",
        _edit("    as_of: 2021-03-02\n", "    best: -5\n    as_of: 2021-03-02\n"),
        "10:5: best: must not be negative (-5): counts start at 0",
    ),
    (
        "missing required field",
        _edit("    quote: At least 12 people were killed\n", ""),
        "6:5: quote: required field is missing",
    ),
    (
        "unknown kind",
        _edit("kind: killed", "kind: kiled"),
        "8:5: kind: unknown kind 'kiled' (did you mean 'killed'?)",
    ),
    (
        "unknown key",
        _edit("    as_of: 2021-03-02\n", "    asof: 2021-03-02\n"),
        "10:5: asof: unknown key (did you mean 'as_of'?)",
    ),
    (
        "duplicate id",
        _edit(f"{STORM}#2", f"{STORM}#1"),
        "18:5: id: duplicate id '{STORM}#1' (also at {FILE}:6)",
    ),
    (
        "quote not in the article",
        _edit("quote: At least 12 people", "quote: At least 13 people"),
        f"14:5: quote: not found in article '{STORM}' (whitespace-insensitive)",
    ),
    (
        "span that does not cover the quote",
        _edit("span: [13, 43]", "span: [10, 40]"),
        "15:5: span: [10, 40] does not cover the quote; it is at [13, 43]",
    ),
    (
        "date that does not exist",
        _edit("as_of: 2021-03-02", "as_of: 2021-02-30"),
        "10:5: as_of: '2021-02-30' is not a date (day is out of range for month)",
    ),
    (
        "date that does not parse",
        _edit("as_of: 2021-03-02", "as_of: '2021-13'"),
        "10:5: as_of: '2021-13' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or START/END)",
    ),
    (
        "duplicate key",
        _edit("    status: unreviewed\n", "    status: unreviewed\n    kind: other\n"),
        "26:5: kind: duplicate key (YAML allows one)",
    ),
    (
        "nesting a thousand deep",
        _edit(
            "    status: unreviewed\n",
            "    status: unreviewed\n    note: " + "[" * 3000 + "]" * 3000 + "\n",
        ),
        # the same line whatever libyaml is installed (0.2.6 stops at 1,000 levels itself)
        "26:108: invalid YAML: nested deeper than 100 levels",
    ),
    (
        "a list where a claim should be",
        _edit("claims:\n", "claims:\n" + "  - " * 400 + "x\n"),
        "5:399: invalid YAML: nested deeper than 100 levels",
    ),
    ("empty file", lambda text: "", "1:1: the file is empty (expected 'article:' and 'claims:')"),
    (
        "python tag",
        _edit("    origin: manual\n", "    origin: !!python/object/apply:os.system [ls]\n"),
        "16:13: tags are not allowed in crosscheck files "
        "(found tag:yaml.org,2002:python/object/apply:os.system)",
    ),
    (
        "article id with ..",
        _edit(f"article: {STORM}", "article: ../secrets"),
        "3:1: article: article id '../secrets' is not allowed: use lower-case letters, digits "
        "and '-' (no '/', no '..', at most 120 characters)",
    ),
    (
        "claim about an unknown article",
        lambda text: text,  # the article file is removed below
        f"3:1: article: no article '{STORM}'",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [case[1:] for case in CLAIM_FILE_CASES],
    ids=[case[0] for case in CLAIM_FILE_CASES],
)
def test_a_bad_claim_file(
    root: Path, invoke: Invoke, change: Callable[[str], str], expected: str
) -> None:
    path = claim_file(root)
    path.write_text(change(path.read_text()))
    if expected.endswith(f"no article '{STORM}'"):
        (root / "articles" / f"{STORM}.txt").unlink()
    before = path.read_bytes()
    line = f"{path}:" + expected.replace("{STORM}", STORM).replace("{FILE}", str(path))

    checked = invoke("check")
    assert checked.exit_code == 2
    assert checked.stdout.splitlines() == [line]

    added = invoke(*GOOD_ADD)
    assert added.exit_code == 2
    assert added.stdout == ""
    if "no article" in expected:
        assert added.stderr.startswith("Error: article: no article")
    else:
        assert added.stderr == f"Error: {line}\n"  # the same words as check
    assert len(added.stderr.splitlines()) == 1
    assert path.read_bytes() == before


def test_a_claim_file_that_is_not_utf8(root: Path, invoke: Invoke) -> None:
    path = claim_file(root)
    path.write_bytes(path.read_bytes().replace(b"people killed", b"people k\xe9lled"))
    before = path.read_bytes()
    checked = invoke("check")
    assert checked.exit_code == 2
    assert re.fullmatch(
        rf"{re.escape(str(path))}:7:1: not UTF-8 text \(byte 0xe9 at offset \d+\)\n",
        checked.stdout,
    )
    added = invoke(*GOOD_ADD)
    assert added.exit_code == 2
    assert added.stderr == "Error: " + checked.stdout.replace(":7:1:", ":7:", 1)
    assert path.read_bytes() == before


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_claim_file_that_cannot_be_read_on_a_first_run(
    root: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch, jobs: str
) -> None:
    # A first run hashes each claim file where it is parsed, in a worker process or here.
    monkeypatch.setattr(loading, "_PARALLEL_BYTES", 0)
    shutil.copy(claim_file(root), claim_file(root, "zz-other"))
    read = loading.read_hashed

    def refused(path: object, *args: object) -> object:
        if str(path).endswith("zz-other.yaml"):
            raise PermissionError(13, "Permission denied", str(path))
        return read(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "read_hashed", refused)
    result = invoke("report", "--jobs", jobs)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {claim_file(root, 'zz-other')}: Permission denied\n"


def test_an_article_that_is_not_utf8(root: Path, invoke: Invoke) -> None:
    article = root / "articles" / f"{STORM}.txt"
    article.write_bytes(article.read_bytes().replace(b"PORTVILLE", b"PORTVILL\xc9"))
    before = article.read_bytes(), claim_file(root).read_bytes()
    checked = invoke("check")
    assert checked.exit_code == 2
    assert re.fullmatch(
        rf"{re.escape(str(article))}:7:1: not UTF-8 text \(byte 0xc9 at offset \d+\)\n",
        checked.stdout,
    )
    added = invoke(*GOOD_ADD)
    assert added.exit_code == 2
    assert re.fullmatch(rf"Error: {re.escape(str(article))}:7: not UTF-8 text .*\n", added.stderr)
    assert (article.read_bytes(), claim_file(root).read_bytes()) == before


def test_bad_article_front_matter(root: Path, invoke: Invoke) -> None:
    article = root / "articles" / f"{STORM}.txt"
    article.write_text(article.read_text().replace("outlet: Harbour Gazette", "outlet:"))
    checked = invoke("check")
    assert checked.exit_code == 2
    assert checked.stdout == f"{article}:2:1: outlet: required field is missing\n"


def test_an_alias_bomb_is_refused_quickly(root: Path, invoke: Invoke) -> None:
    path = claim_file(root)
    path.write_text(BOMB)
    started = time.perf_counter()
    checked = invoke("check")
    added = invoke(*GOOD_ADD)
    assert time.perf_counter() - started < 2
    line = f"{path}:3:5: anchors and aliases are not allowed in crosscheck files"
    assert checked.exit_code == 2
    assert checked.stdout.splitlines() == [line]
    assert added.exit_code == 2
    assert added.stderr == f"Error: {line}\n"
    assert path.read_text() == BOMB


@pytest.mark.parametrize("bad", ["../etc", "a/b", "..", "x/../../y"])
def test_article_ids_with_slashes_or_dots_are_refused(root: Path, invoke: Invoke, bad: str) -> None:
    message = (
        f"Error: id: article id {bad!r} is not allowed: use lower-case letters, digits and "
        "'-' (no '/', no '..', at most 120 characters)\n"
    )
    added = invoke("claim", "add", bad, "--subject", "s", "--kind", "killed", "--figure", "3",
                   "--quote", "x")  # fmt: skip
    assert added.exit_code == 2
    assert added.stderr == message
    text = root / "body.txt"
    text.write_text("Some headline\n\nThree people died.\n")
    stored = invoke("article", "add", str(text), "--outlet", "X", "--published", "2020",
                    "--id", bad)  # fmt: skip
    assert stored.exit_code == 2
    assert stored.stderr == message
    assert sorted(p.name for p in (root / "articles").iterdir()) == [
        "coast-wire-2021-03-05-storm-toll-rises.txt",
        f"{STORM}.txt",
    ]
    assert not list(root.parent.glob("*.yaml")) and not list(root.parent.glob("*.txt"))


SAMPLE = (Path(__file__).parent / "assets" / "corpus" / "claims" / f"{STORM}.yaml").read_text()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cut=st.integers(0, len(SAMPLE)),
    length=st.integers(0, 12),
    insert=st.text(alphabet=st.sampled_from(list(" -:[]{}#'\"!&*|>\n\t0aé,?%@`")), max_size=6),
)
def test_no_edit_of_a_claim_file_gives_a_traceback(
    tmp_path_factory: pytest.TempPathFactory, cut: int, length: int, insert: str
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(CORPUS, root, dirs_exist_ok=True)
    path = claim_file(root)
    text = SAMPLE[:cut] + insert + SAMPLE[cut + length :]
    path.write_text(text)
    problems = check.check_corpus(root / "articles", root / "claims")
    assert all(p.line >= 1 and p.column >= 1 for p in problems)
    try:
        claims = loading.load_claims(root / "claims")
    except CrosscheckError:
        assert problems, "load refused a file that check passed"
    else:
        assert not problems or all("quote" in p.message or "span" in p.message for p in problems)
        assert len(claims) <= 2


def test_an_article_date_that_does_not_exist(root: Path, invoke: Invoke) -> None:
    article = root / "articles" / f"{STORM}.txt"
    article.write_text(
        article.read_text().replace("published: '2021-03-04'", "published: 2021-02-30")
    )
    before = article.read_bytes(), claim_file(root).read_bytes()
    line = f"{article}:5:1: published: '2021-02-30' is not a date (day is out of range for month)"
    checked = invoke("check")
    assert checked.exit_code == 2
    assert checked.stdout == f"{line}\n"
    for command in (GOOD_ADD, ("article", "list"), ("claim", "review")):
        result = invoke(*command)
        assert result.exit_code == 2
        assert result.stderr == f"Error: {line}\n"
    assert (article.read_bytes(), claim_file(root).read_bytes()) == before


# --------------------------------------------------------------------------- extreme values
# Figures and dates at the edges of what floats and the calendar hold: a one-line error with
# exit 2 (or a value), never a traceback with exit 1, the code of a failed gate.

HUGE = "9" * 400


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _edit("    as_of: 2021-03-02\n", f"    best: {HUGE}\n    as_of: 2021-03-02\n"),
            ":10:5: best: must be at most 10^15",
        ),
        (
            _edit("figure: 'at least 12'", "figure: between 1 and 1" + "0" * 400),
            ":9:5: figure: ",
        ),
        (_edit("figure: 'at least 12'", f"figure: '{HUGE}'"), ":9:5: figure: "),
    ],
    ids=["400-digit best", "range to 10^400", "400-digit figure"],
)
@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown", "html"])
def test_a_figure_too_large_is_a_located_error(
    root: Path, invoke: Invoke, change: Callable[[str], str], expected: str, fmt: str
) -> None:
    path = claim_file(root)
    path.write_text(change(path.read_text()))
    result = invoke("report", "--format", fmt)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: {path}{expected}")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("figure", ["about 0.00001", "up to 0.00001", "about 1e-7", "0.00001"])
def test_tiny_figures_are_values(root: Path, invoke: Invoke, figure: str) -> None:
    path = claim_file(root)
    text = path.read_text().replace("figure: 'at least 12'", f"figure: '{figure}'")
    path.write_text(text.replace("kind: killed", "kind: other", 1))
    for fmt in ("table", "json"):
        result = invoke("report", "--no-cache", "--format", fmt, "--verdict", "consistent")
        assert result.exit_code in (0, 2), result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400", HUGE])
def test_claim_set_refuses_numbers_that_are_not_finite(
    root: Path, invoke: Invoke, value: str
) -> None:
    before = claim_file(root).read_bytes()
    result = invoke("claim", "set", f"{STORM}#2", f"best={value}")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ") and "best: " in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert claim_file(root).read_bytes() == before


@pytest.mark.parametrize("epoch", ["99999999999999", "-99999999999999"])
def test_a_source_date_epoch_out_of_range(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, epoch: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    result = invoke("report", "--timestamp")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: SOURCE_DATE_EPOCH: ")
    assert len(result.stderr.splitlines()) == 1


_RELATIVE = (
    "\nLast week 4 died; two weeks ago, on Friday, 3 died; tomorrow more may die.\n"
    "By next year 9 more, on September 4, and a year ago 7, and yesterday 2 were killed.\n"
    "Early next month 5 more, and 99 years ago 6.\n"
)


@pytest.mark.parametrize("published", ["9998-12-31", "0002-01-01", "9998", "0002-01"])
def test_extract_near_the_ends_of_the_calendar(root: Path, invoke: Invoke, published: str) -> None:
    article = root / "articles" / "coast-wire-2021-03-05-storm-toll-rises.txt"
    text = article.read_text().replace("published: '2021-03-05'", f"published: '{published}'")
    article.write_text(text + _RELATIVE)
    result = invoke("extract")
    assert result.exit_code == 0, result.output
    assert invoke("report").exit_code == 0


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "9999", "0001-01"])
def test_an_article_published_at_the_ends_of_the_calendar(
    root: Path, invoke: Invoke, published: str
) -> None:
    article = root / "articles" / "coast-wire-2021-03-05-storm-toll-rises.txt"
    text = article.read_text().replace("published: '2021-03-05'", f"published: '{published}'")
    article.write_text(text + _RELATIVE)
    for command in ("extract", "report", "check"):
        result = invoke(command)
        assert result.exit_code == 2, result.output
        assert f"{article}:5:1: published: '{published}' is too near the ends" in result.output


# --------------------------------------------------------------------------- properties

_NUMBERS = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**500), max_value=10**500),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
)
_TEXT_AND_NUMBERS = st.one_of(
    st.text(),
    _NUMBERS.map(str),
    st.builds(
        "{} {}".format,
        st.sampled_from(["about", "up to", "at least", "between 3 and", "a few", "some", ""]),
        _NUMBERS.map(str),
    ),
    st.builds("{} {}".format, _NUMBERS.map(str), st.sampled_from(["million", "miles", "%", ""])),
)
_DAYS = st.dates()


def _value_or_error(call: Callable[[], object]) -> None:
    """Run `call`: a CrosscheckError is a fine answer, any other exception fails the test."""
    with contextlib.suppress(CrosscheckError):
        call()


@settings(max_examples=400, deadline=None)
@given(text=_TEXT_AND_NUMBERS, kind=st.sampled_from(["killed", "troops", "other", "date", None]))
def test_the_figure_parser_gives_a_value_or_a_crosscheck_error(text: str, kind: str | None) -> None:
    from crosscheck import quantities

    try:
        estimate = quantities.parse_figure(text, kind)
    except CrosscheckError:
        return
    for value in (estimate.low, estimate.best, estimate.high):
        assert value is None or abs(value) <= quantities.MAX_VALUE
    quantities.format_value(estimate.best)
    quantities.tolerance(estimate.best)


@settings(max_examples=400, deadline=None)
@given(
    value=st.one_of(_TEXT_AND_NUMBERS, _NUMBERS, _DAYS, st.datetimes(), st.none()),
    text=_TEXT_AND_NUMBERS,
    reference=_DAYS,
)
def test_the_date_parsers_give_a_value_or_none(value: object, text: str, reference: object) -> None:
    import datetime as dt

    from crosscheck import dates

    assert isinstance(reference, dt.date)
    for call in (
        lambda: dates.parse_dateref(value),
        lambda: dates.parse_date_text(text, reference),
        lambda: dates.resolve(text, reference),
    ):
        _value_or_error(call)
    _value_or_error(
        lambda: validation.entry_to_claim(_entry(kind="date", figure=text), STORM, path="x")
    )


_GOOD_ENTRY: dict[str, object] = {
    "id": f"{STORM}#1", "subject": "people killed", "kind": "killed", "party": "residents",
    "place": "Portville", "event": "storm", "figure": "at least 12", "qualifier": "at least",
    "low": 12, "best": 12, "high": None, "unit": "people", "as_of": "2021-03-02",
    "attribution": {"source": "governor", "via": ["Wire"]}, "quote": "At least 12 people",
    "span": [13, 31], "origin": "manual", "status": "confirmed", "group": "g", "note": "n",
}  # fmt: skip


def _entry(**changes: object) -> dict[str, object]:
    return {**_GOOD_ENTRY, **changes}


_ANY_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), _NUMBERS, _TEXT_AND_NUMBERS, _DAYS, st.datetimes()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(max_examples=600, deadline=None)
@given(
    field=st.sampled_from([*_GOOD_ENTRY, "attribution.source", "attribution.via"]),
    value=_ANY_VALUE,
    kind=st.sampled_from(["killed", "date", "other"]),
)
@example(field="best", value=10**400, kind="killed")
@example(field="figure", value="between 1 and 1" + "0" * 400, kind="other")
@example(field="figure", value="about 0.00001", kind="other")
def test_every_claim_field_gives_a_claim_or_a_crosscheck_error(
    field: str, value: object, kind: str
) -> None:
    entry = _entry(kind=kind)
    if field.startswith("attribution."):
        entry["attribution"] = {"source": "governor", field.split(".")[1]: value}
    else:
        entry[field] = value
    _value_or_error(lambda: validation.entry_to_claim(entry, STORM, path="x"))
    claim, problems = validation.check_entry(entry, STORM, path="x")
    assert (claim is None) == bool(problems)
    if claim is not None:
        for number in (claim.estimate.low, claim.estimate.best, claim.estimate.high):
            assert number is None or abs(number) < float("inf")
        editing.entry_text(claimfile.to_entry(claim))
