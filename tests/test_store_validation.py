"""store/validation.py: a claim's YAML form checked and built, and written back the same."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from conftest import STORM
from crosscheck import claimfile
from crosscheck.errors import CrosscheckError
from crosscheck.model import Attribution, Qualifier, Span, Status
from crosscheck.store import validation
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
