"""store/validation.py: a claim's YAML form checked and built, and written back the same."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import CORPUS, STORM
from crosscheck import claimfile
from crosscheck.errors import CrosscheckError
from crosscheck.model import Attribution, Origin, Qualifier, Span, Status
from crosscheck.store import quotes, validation
from factories import claim_entry as _entry

# --------------------------------------------------------------------------- entry_to_claim


def test_the_interval_is_read_from_the_figure() -> None:
    claim = validation.entry_to_claim(_entry(), STORM, path="x.yaml")
    assert claim.estimate.qualifier is Qualifier.UP_TO
    assert (claim.estimate.low, claim.estimate.best, claim.estimate.high) == (None, 100, 100)
    assert claim.estimate.unit == "people"
    assert claim.attribution == Attribution()
    assert claim.span == Span(0, 16)
    assert claim.status is Status.UNREVIEWED


def test_explicit_values_win_over_the_figure() -> None:
    claim = validation.entry_to_claim(_entry(low=60, best=80, qualifier="range"), STORM, path="x")
    assert (claim.estimate.low, claim.estimate.best, claim.estimate.high) == (60, 80, 100)
    assert claim.estimate.qualifier is Qualifier.RANGE


def test_an_explicit_null_opens_a_side() -> None:
    claim = validation.entry_to_claim(_entry(figure="about 100", high=None), STORM, path="x")
    assert claim.estimate.high is None
    assert claim.estimate.low == 80


def test_date_claims_hold_ordinals_and_as_of_is_a_dateref() -> None:
    claim = validation.entry_to_claim(
        _entry(kind="date", figure="1992-97", as_of="1998-11", low=dt.date(1992, 5, 1)),
        STORM,
        path="x",
    )
    assert claim.estimate.low == dt.date(1992, 5, 1).toordinal()
    assert claim.estimate.high == dt.date(1997, 12, 31).toordinal()
    assert str(claim.as_of) == "1998-11"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "kiled"}, "x.yaml:7: kind: unknown kind 'kiled' (did you mean 'killed'?)"),
        ({"figure": "many"}, "x.yaml:7: figure: cannot read 'many' as a figure"),
        ({"best": -3}, "x.yaml:7: best: must not be negative (-3): counts start at 0"),
        ({"low": 200}, "x.yaml:7: low: low (200) is greater than best (100)"),
        ({"quote": ...}, "x.yaml:7: quote: required field is missing"),
        ({"span": [5, 1]}, "x.yaml:7: span: [5, 1] is not 0 <= start <= end"),
        ({"id": "other#1"}, "x.yaml:7: id: 'other#1' does not belong to article"),
        ({"as_of": "May"}, "x.yaml:7: as_of: 'May' is not a date"),
        ({"figur": "3"}, "x.yaml:7: figur: unknown key (did you mean 'figure'?)"),
        ({"status": "done"}, "x.yaml:7: status: 'done' is not one of unreviewed"),
        ({"attribution": {"via": "TASS"}}, "x.yaml:7: attribution.via: must be a list"),
    ],
)
def test_a_bad_entry_names_file_line_and_field(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(CrosscheckError) as caught:
        validation.entry_to_claim(_entry(**changes), STORM, path="x.yaml", line=7)
    assert str(caught.value).startswith(message)


def test_check_entry_reports_every_problem() -> None:
    _, problems = validation.check_entry(
        _entry(kind="kiled", status="done", span="x"), STORM, path="x"
    )
    assert [problem.field for problem in problems] == ["kind", "span", "status"]


class _Text(str):
    """Text of a str subclass, as ruamel's round trip reads a quoted scalar."""


class _Mapping(Mapping[str, Any]):
    """A mapping that is not a dict (as ruamel's round trip reads one)."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = dict(data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


def test_members_and_text_subclasses_read_as_their_names() -> None:
    claim = validation.entry_to_claim(
        _entry(qualifier=Qualifier.RANGE, low=60, status=_Text("confirmed"), party=_Text("crew")),
        STORM,
        path="x",
    )
    assert claim.estimate.qualifier is Qualifier.RANGE
    assert claim.status is Status.CONFIRMED
    assert claim.party == "crew"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"qualifier": ["about"]}, "qualifier: ['about'] is not a qualifier"),
        ({"status": 3}, "status: 3 is not one of unreviewed"),
        ({"party": 3}, "party: must be text, not a number"),
        ({"span": [1, True]}, "span: must be [start, end], two whole numbers"),
        ({"span": [1, 2, 3]}, "span: must be [start, end], two whole numbers"),
        ({"span": [1.0, 2]}, "span: must be [start, end], two whole numbers"),
    ],
)
def test_values_of_the_wrong_type_are_named(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(CrosscheckError) as caught:
        validation.entry_to_claim(_entry(**changes), STORM, path="x.yaml", line=7)
    assert str(caught.value).startswith(f"x.yaml:7: {message}")


def test_unknown_keys_are_reported_in_the_order_of_the_entry() -> None:
    entry = {"zeta": 1, **_entry(), "figur": "3"}
    _, problems = validation.check_entry(entry, STORM, path="x")
    assert [problem.field for problem in problems] == ["zeta", "figur"]


# --------------------------------------------------------------------------- the YAML form


def test_claim_to_entry_round_trips_in_the_documented_key_order() -> None:
    entry = _entry(
        party="villagers",
        as_of="2021-03-02",
        attribution={"source": "police", "via": ["Coast Wire"]},
        note="n",
    )
    claim = validation.entry_to_claim(entry, STORM, path="x")
    written = claimfile.to_entry(claim)
    assert list(written) == [
        "id", "subject", "kind", "party", "figure", "qualifier", "low", "best", "high",
        "unit", "as_of", "attribution", "quote", "span", "origin", "status", "note",
    ]  # fmt: skip
    assert written["low"] is None and written["best"] == 100 and isinstance(written["best"], int)
    assert written["as_of"] == dt.date(2021, 3, 2)
    assert validation.entry_to_claim(written, STORM, path="x") == claim


def test_about_and_the_endpoints_of_a_distance_round_trip() -> None:
    entry = _entry(
        kind="distance", figure="40 km", subject="distance", quote="40 km", span=[0, 5],
        as_of="2021-07-14", about="2021-05",
    )  # fmt: skip
    entry["from"], entry["to"] = "the border", "Port Elin"
    claim = validation.entry_to_claim(entry, STORM, path="x")
    assert (claim.from_place, claim.to_place) == ("the border", "Port Elin")
    assert (str(claim.about), str(claim.as_of)) == ("2021-05", "2021-07-14")
    written = claimfile.to_entry(claim)
    assert [k for k in written if k in ("place", "from", "to", "as_of", "about")] == [
        "from", "to", "as_of", "about",
    ]  # fmt: skip
    assert validation.entry_to_claim(written, STORM, path="x") == claim


def test_about_must_be_a_date() -> None:
    _, problems = validation.check_entry(_entry(about="in May"), STORM, path="x")
    assert [(p.field, p.message) for p in problems] == [
        ("about", "'in May' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or START/END)")
    ]


# --------------------------------------------------------------------------- the fast lane

# check_entry decides an entry in the shape crosscheck writes by a fast lane (`_usual`), and
# any other by the full check (`_check_fully`).  The lane may decline a valid entry (the full
# check then builds it), but must never build a claim the full check would not build, nor
# another claim than it builds.

_BASES: list[dict[str, Any]] = [
    _entry(),
    _entry(qualifier="up to", low=None, best=100, high=100, unit="people"),
    _entry(
        kind="date",
        figure="1992-97",
        qualifier="range",
        low=dt.date(1992, 1, 1),
        best=dt.date(1994, 7, 2),
        high=dt.date(1997, 12, 31),
        unit="date",
        as_of="1998-11",
        about="1992/1997",
    ),
    _entry(
        party="villagers",
        place="Port Elin",
        event="the storm",
        qualifier="about",
        low=80,
        best=100.0,
        high=120,
        as_of="2021-03-02",
        origin="extracted",
        group="g",
        note="n",
        attribution={"source": "police", "via": ["Coast Wire", "Harbour Radio"]},
    ),
    _entry(kind="distance", figure="40 km", qualifier="exact", low=40, best=40, high=40),
    _entry(kind="other", figure="3", qualifier="exact", low=3, best=3, high=None, unit=None),
    # as a person writes a claim: the figure, maybe a qualifier, no interval
    _entry(kind="troops", figure="about 40", qualifier="vague", unit="people", as_of="2021"),
    _entry(kind="distance", figure="12 miles", attribution={"source": "police"}),
]
_KEYS = [*claimfile.CLAIM_KEYS, "figur", "attribution.source", "attribution.via", "extra"]
_VALUES = st.one_of(
    st.just(...),  # the key left out
    st.none(),
    st.booleans(),
    st.sampled_from([0, -1, 1, 60, 100, 200, 10**15, 10**15 + 1, 2**70]),
    st.integers(),
    st.floats(),
    st.sampled_from([0.0, -0.0, 1e15, 1e16, float("nan"), float("inf"), float("-inf")]),
    st.text(max_size=6),
    st.sampled_from(
        [
            "",
            " ",
            "\t",
            "killed",
            "kiled",
            "troops",
            "date",
            "other",
            "distance",
            "up to 100",
            "about 100",
            "many",
            "1992-97",
            "40 km",
            "range",
            "about",
            "exact",
            "up to",
            "at least",
            "vague",
            "wide",
            "manual",
            "extracted",
            "unreviewed",
            "rejected",
            "done",
            "2021",
            "2021-03",
            "2021-03-04",
            "2021-02-30",
            "1992/1997",
            "1997/1992",
            "May",
            f"{STORM}#1",
            f"{STORM}#0",
            f"{STORM}#2",
            "other#1",
            STORM,
            "people",
        ]
    ),
    st.sampled_from([_Text("confirmed"), _Text("killed"), _Text("range"), _Text("up to 100")]),
    st.sampled_from([Qualifier.RANGE, Status.CONFIRMED, Origin.EXTRACTED]),
    st.dates(),
    st.datetimes(),
    st.sampled_from(
        [
            [0, 16],
            [5, 1],
            [1, True],
            [1.0, 2],
            [1, 2, 3],
            [],
            [-1, 4],
            [0, 2**70],
            (0, 16),
            ["police"],
            [""],
            [" "],
            ["a", 3],
            "x",
        ]
    ),
    st.sampled_from(
        [
            {},
            {"source": "police"},
            {"source": ""},
            {"source": " "},
            {"source": 3},
            {"via": "TASS"},
            {"via": ["TASS", ""]},
            {"via": [_Text("TASS")]},
            {"sauce": "x"},
            {"source": None, "via": None},
            {"source": _Text("police"), "via": []},
        ]
    ),
    st.sampled_from([_Mapping({"source": "police"}), _Mapping({"x": 1})]),
)

_TEXTS = ["people", "the storm", "", " ", None, 3, _Text("x"), ...]
_NEAR: dict[str, list[Any]] = {
    # For each key, values of its own kind, valid or just not: the edge of the fast lane.
    "id": [f"{STORM}#2", f"{STORM}#0", f"{STORM}#", "other#1", f"{STORM.upper()}#1", None],
    "subject": ["people killed", "", " ", None, _Text("people"), 3, ...],
    "kind": ["killed", "troops", "date", "other", "distance", "kiled", "", None, ...],
    "figure": ["up to 100", "100", "1992-97", "many", "", 100, dt.date(2021, 3, 4), None],
    "qualifier": ["range", "about", "exact", "up to", "wide", None, Qualifier.RANGE, ...],
    "low": [0, 60, 100, 101, 60.5, -1, None, True, float("nan"), 10**15, 10**15 + 1, ...],
    "best": [0, 80, 100, 100.0, 150, -0.0, None, "100", dt.date(1994, 7, 2), 1994, ...],
    "high": [100, 120, 99, None, float("inf"), dt.date(1997, 12, 31), "1997", ...],
    "unit": ["people", "date", None, 3, "", ...],
    "as_of": ["2021", "2021-03", "2021-03-04", "2021-02-30", "1992/1997", "1997/1992",
              dt.date(2021, 3, 4), dt.datetime(2021, 3, 4, 5), 2021, 0, True, "", None, ...],
    "about": ["2021-05", "May", dt.date(2021, 5, 1), [2021], None, ...],
    "attribution": [None, {}, {"source": "police"}, {"via": []}, {"via": ["a", ""]},
                    {"source": ""}, {"sauce": "x"}, {"source": "police", "via": "TASS"}, ...],
    "attribution.source": ["police", "", " ", None, 3, _Text("police"), ...],
    "attribution.via": [[], ["TASS"], ["TASS", " "], [3], ("TASS",), "TASS", None, ...],
    "quote": ["up to 100 killed", "x", "", " ", None, ...],
    "span": [[0, 16], [16, 16], [5, 1], [-1, 2], [0, True], [0.0, 16], (0, 16), [0], None],
    "origin": ["manual", "extracted", "Manual", Origin.EXTRACTED, _Text("manual"), None, ...],
    "status": ["unreviewed", "rejected", "done", None, Status.CONFIRMED, ...],
    "party": _TEXTS, "place": _TEXTS, "from": _TEXTS, "to": _TEXTS, "event": _TEXTS,
    "group": _TEXTS, "note": _TEXTS, "figur": ["3", ...], "extra": [None, ...],
}  # fmt: skip


def _changed(base: dict[str, Any], changes: list[tuple[str, Any]]) -> Any:
    entry: dict[str, Any] = dict(base)
    for key, value in changes:
        if key.startswith("attribution."):
            inner = entry.get("attribution")
            inner = dict(inner) if isinstance(inner, dict) else {}
            name = key.partition(".")[2]
            if value is ...:
                inner.pop(name, None)
            else:
                inner[name] = value
            entry["attribution"] = inner
        elif value is ...:
            entry.pop(key, None)
        else:
            entry[key] = value
    return entry


def _same(fast: Any, full: Any) -> None:
    """The two claims are equal, field by field, down to the types (an enum member or its
    text, 100 or 100.0: equal, but not the same claim)."""
    assert fast == full
    assert repr(fast) == repr(full)


@settings(max_examples=1000, deadline=None)
@given(
    base=st.sampled_from(_BASES),
    changes=st.lists(st.tuples(st.sampled_from(_KEYS), _VALUES), max_size=4),
)
def test_the_fast_lane_builds_only_what_the_full_check_builds(
    base: dict[str, Any], changes: list[tuple[str, Any]]
) -> None:
    _agree(_changed(base, changes))


@settings(max_examples=1500, deadline=None)
@given(
    base=st.sampled_from(_BASES),
    changes=st.lists(
        st.sampled_from(sorted(_NEAR)).flatmap(
            lambda key: st.tuples(st.just(key), st.sampled_from(_NEAR[key]))
        ),
        max_size=3,
    ),
)
def test_the_fast_lane_agrees_at_its_edge(
    base: dict[str, Any], changes: list[tuple[str, Any]]
) -> None:
    _agree(_changed(base, changes))


def _agree(entry: Any) -> None:
    """The fast lane builds a claim only if the full check builds it, and the same one; and
    check_entry (the lane, else the full check) finds what the full check finds."""
    fast = validation._usual(entry, STORM, None)
    full, problems = validation._check_fully(entry, STORM, path="x")
    if fast is not None:  # taken: the full check finds nothing wrong, and builds the same
        assert problems == []
        _same(fast, full)
    merged, found = validation.check_entry(entry, STORM, path="x")
    assert [str(p) for p in found] == [str(p) for p in problems]
    if full is not None:
        _same(merged, full)


@settings(max_examples=300, deadline=None)
@given(base=st.sampled_from(_BASES), not_entry=_VALUES)
def test_the_fast_lane_declines_what_is_not_a_plain_claim(
    base: dict[str, Any], not_entry: Any
) -> None:
    for entry in (not_entry, [base], _Mapping(base), {**base, 3: "x"}):
        assert validation._usual(entry, STORM, None) is None


def test_the_fast_lane_takes_a_claim_written_by_hand_with_no_interval() -> None:
    # The figure gives the interval, as the full check reads it (most claims of a corpus
    # kept by hand): no slower than one the extractor wrote.
    for entry in (_entry(), _entry(figure="about 40", qualifier="vague"), _BASES[-1]):
        fast = validation._usual(entry, STORM, None)
        assert fast is not None
        _same(fast, validation._check_fully(entry, STORM, path="x")[0])
    # a qualifier that is none, or a date's figure, is left to the full check
    assert validation._usual(_entry(qualifier="wide"), STORM, None) is None
    assert validation._usual(_entry(kind="date", figure="1992-97"), STORM, None) is None


def test_the_fast_lane_takes_what_crosscheck_writes_and_shares_words() -> None:
    """The entries the extractor proposes, and the claims of a file crosscheck wrote, take
    the lane (else it would be no faster); with a memo, equal words are one object."""
    from crosscheck import articles, yamlio
    from crosscheck.extract import extract_article

    proposed = [
        (article.id, {"id": f"{article.id}#1", **entry})
        for article in articles.load_all(CORPUS / "articles").values()
        for entry in extract_article(article)
    ]
    assert proposed
    for article_id, entry in proposed:
        fast = validation._usual(entry, article_id, None)
        assert fast is not None
        _same(fast, validation._check_fully(entry, article_id, path="x")[0])
        text = "claims:\n" + yamlio.emit_claims([claimfile.to_entry(fast)])
        (read,) = yamlio.load(text, "x")["claims"]
        _same(validation._usual(read, article_id, None), fast)
    memo: dict[str, str] = {}
    first, second = (
        validation._usual(
            {**_BASES[1], "subject": "".join(parts), "kind": "".join(parts[1:])}, STORM, memo
        )
        for parts in (["people ", "kil", "led"], ["people ", "ki", "lled"])
    )
    assert first is not None and second is not None
    assert first.subject is second.subject and first.kind is second.kind


def test_a_span_covers_its_quote_exactly_or_whitespace_insensitively() -> None:
    body = "Up to  100\nkilled, said the police."
    assert quotes.span_matches(body, "Up to  100\nkilled", (0, 17))
    assert quotes.span_matches(body, "Up to 100 killed", (0, 17))
    assert not quotes.span_matches(body, "Up to 100 killed", (0, 16))
    assert not quotes.span_matches(body, body, (0, len(body) + 1))  # past the end
    assert not quotes.span_matches(body, "", (3, 2))


@settings(max_examples=500, deadline=None)
@given(
    body=st.text(alphabet=" \n\tab", max_size=12),
    quote=st.text(alphabet=" \n\tab", max_size=6),
    start=st.integers(-2, 14),
    end=st.integers(-2, 14),
)
def test_span_matches_is_its_rule(body: str, quote: str, start: int, end: int) -> None:
    rule = 0 <= start <= end <= len(body) and quotes.squash(body[start:end]) == quotes.squash(quote)
    assert quotes.span_matches(body, quote, (start, end)) == rule
