"""Figures as written into interval estimates (quantities.py)."""

from __future__ import annotations

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.model import Qualifier
from crosscheck.quantities import (
    format_value,
    parse_figure,
    parse_number,
    parse_ordinal,
    tolerance,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("39", 39),
        ("25,000", 25_000),
        ("5.7", 5.7),
        ("5.7 million", 5_700_000),
        ("eight", 8),
        ("thirty-three", 33),
        ("a hundred", 100),
        ("two hundred and five", 205),
        ("many", None),
        ("", None),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("30th", 30), ("first", 1), ("second", 2), ("twenty-fifth", 25), ("the", None), ("50", None)],
)
def test_parse_ordinal(text: str, value: int | None) -> None:
    assert parse_ordinal(text) == value


@pytest.mark.parametrize(
    ("figure", "low", "best", "high", "qualifier"),
    [
        ("39", 39, 39, 39, Qualifier.EXACT),
        ("at least eight", 8, 8, None, Qualifier.AT_LEAST),
        ("more than 1,000", 1000, 1000, None, Qualifier.AT_LEAST),
        ("up to 100", None, 100, 100, Qualifier.UP_TO),
        ("as many as 40", None, 40, 40, Qualifier.UP_TO),
        ("as high as 500", None, 500, 500, Qualifier.UP_TO),
        ("between 10 and 135", 10, 72.5, 135, Qualifier.RANGE),
        ("from 10 to 135", 10, 72.5, 135, Qualifier.RANGE),
        ("10-135", 10, 72.5, 135, Qualifier.RANGE),
        ("5 to 7 million", 5_000_000, 6_000_000, 7_000_000, Qualifier.RANGE),
        ("a few dozen", 24, 36, 60, Qualifier.VAGUE),
        ("half a dozen", 6, 6, 6, Qualifier.VAGUE),
        ("a half-dozen", 6, 6, 6, Qualifier.VAGUE),
        ("several thousand", 3000, 5000, 9000, Qualifier.VAGUE),
        ("tens of thousands", 20_000, 40_000, 199_999, Qualifier.VAGUE),
        # A plural of magnitude reaches up to the next one's start.
        ("thousands", 2_000, 4_000, 19_999, Qualifier.VAGUE),
        ("hundreds of", 200, 400, 1_999, Qualifier.VAGUE),
        ("nearly 100", 80, 100, 100, Qualifier.ABOUT),
        ("just over 100", 100, 100, 120, Qualifier.ABOUT),
        # "well over", "far fewer than": a bound, whatever the adverb before it.
        ("well over 200", 200, 200, None, Qualifier.AT_LEAST),
        ("far fewer than 50", None, 50, 50, Qualifier.UP_TO),
        # A hedged range: "about" reaches past both ends as it does past one figure ("about
        # 30" is 24-36, "about 40" 32-48), "nearly" not above the top; "at least" leaves no
        # top, "up to" no bottom.
        ("about 30 to 40", 24, 35, 48, Qualifier.RANGE),
        ("around 30-40", 24, 35, 48, Qualifier.RANGE),
        ("some 30\u201340", 24, 35, 48, Qualifier.RANGE),
        # A hedge written after the number, joined by a space or a hyphen, or "+" glued to
        # it; before or after the unit.  One written before wins ("some 200 or so").
        ("40 or more", 40, 40, None, Qualifier.AT_LEAST),
        ("2,000-plus", 2000, 2000, None, Qualifier.AT_LEAST),
        ("2,000 plus", 2000, 2000, None, Qualifier.AT_LEAST),
        ("2,000+", 2000, 2000, None, Qualifier.AT_LEAST),
        ("100 or fewer", None, 100, 100, Qualifier.UP_TO),
        ("40 or so", 32, 40, 48, Qualifier.ABOUT),
        # ("30-odd": up to the next step of its last digit, short of forty)
        ("30-odd", 30, 30, 39, Qualifier.ABOUT),
        ("Forty odd", 40, 40, 49, Qualifier.ABOUT),
        ("100-odd", 100, 100, 199, Qualifier.ABOUT),
        ("some 200 or so", 160, 200, 240, Qualifier.ABOUT),
        ("dozens or more", 24, 50, None, Qualifier.AT_LEAST),
        # Hedges of other wordings: of the order of a figure, just short of it, past it.
        # ("perhaps", "possibly" are none: "40, perhaps 50, people" is a second guess,
        # extract/kinds.py)
        ("in the order of 200", 160, 200, 240, Qualifier.ABOUT),
        ("something like 200", 160, 200, 240, Qualifier.ABOUT),
        ("just shy of 200", 160, 200, 200, Qualifier.ABOUT),
        ("upward of 200", 200, 200, 240, Qualifier.ABOUT),
        ("nearly 30-40", 24, 35, 40, Qualifier.RANGE),
        ("at least 30 to 40", 30, 35, None, Qualifier.AT_LEAST),
        ("up to 30-40", None, 35, 40, Qualifier.UP_TO),
        # South Asian English: lakhs and crores, and digits grouped by lakhs.
        ("4 lakh", 400_000, 400_000, 400_000, Qualifier.EXACT),
        ("four lakh", 400_000, 400_000, 400_000, Qualifier.EXACT),
        ("over 1.25 lakh", 125_000, 125_000, None, Qualifier.AT_LEAST),
        ("2 crore", 20_000_000, 20_000_000, 20_000_000, Qualifier.EXACT),
        ("1,23,456", 123_456, 123_456, 123_456, Qualifier.EXACT),
        # a decimal comma before a scale word, as translated copy writes it
        ("1,2 million", 1_200_000, 1_200_000, 1_200_000, Qualifier.EXACT),
    ],
)
def test_parse_figure_intervals(
    figure: str, low: float | None, best: float, high: float | None, qualifier: Qualifier
) -> None:
    estimate = parse_figure(figure)
    assert (estimate.low, estimate.best, estimate.high) == (low, best, high)
    assert estimate.qualifier is qualifier


def test_about_tolerance_grows_with_roundness() -> None:
    # A figure rounded to thousands is hedged wider, in absolute and relative terms,
    # than one given to the unit.
    round_one = parse_figure("about 25,000")
    precise = parse_figure("about 25,137")
    assert round_one.low is not None and round_one.high is not None
    assert precise.low is not None and precise.high is not None
    assert round_one.low < 25_000 < round_one.high
    assert (round_one.high - round_one.low) >= (precise.high - precise.low)
    assert tolerance(300) / 300 > tolerance(39) / 39
    # and never beyond a fifth of the figure
    assert tolerance(1_000_000) <= 200_000


def test_units_are_normalised() -> None:
    assert parse_figure("40 percent").unit == "percent"
    assert parse_figure("40%").unit == "percent"
    miles = parse_figure("about 30 miles")
    assert miles.unit == "km"
    assert miles.best == 48  # 48.28, to the precision it was written in
    assert parse_figure("some 200 kilometers").qualifier is Qualifier.ABOUT
    assert parse_figure("1,000-kilometer").best == 1000


def test_kind_gives_the_default_unit() -> None:
    assert parse_figure("39", kind="killed").unit == "people"
    assert parse_figure("40 kilometers", kind="distance").unit == "km"


def test_date_figures_are_ordinal_intervals() -> None:
    single = parse_figure("4 September 2015", kind="date")
    assert single.low == single.high == single.best
    span = parse_figure("1992-97", kind="date")
    assert span.low is not None and span.high is not None
    assert span.high - span.low > 5 * 365
    assert span.qualifier is Qualifier.RANGE


@pytest.mark.parametrize(
    "figure",
    # (a hedge after the number is none before digits or "than": a sum, two figures)
    ["many", "", "-5", "lots of people", "1992-97 maybe", "40 plus 12", "12 and more than 30"],
)
def test_unreadable_figures_raise(figure: str) -> None:
    with pytest.raises(CrosscheckError):
        parse_figure(figure)


def test_format_value() -> None:
    assert format_value(25000.0) == "25,000"
    assert format_value(5.7) == "5.7"
    assert format_value(None) == "?"


@pytest.mark.parametrize(
    ("figure", "low", "best", "high"),
    [
        ("within 15 kilometers", None, 15, 15),
        ("a few kilometers", 2, 3, 5),
        ("a total of 18", 18, 18, 18),
        ("twice", 2, 2, 2),
        ("no", 0, 0, 0),
    ],
)
def test_words_and_units_after_words(
    figure: str, low: float | None, best: float, high: float | None
) -> None:
    estimate = parse_figure(figure)
    assert (estimate.low, estimate.best, estimate.high) == (low, best, high)


def test_hedge_is_applied_in_the_units_written() -> None:
    # "about 30 miles" is as round as "about 30": +-20%, then converted to km.
    miles = parse_figure("about 30 miles")
    plain = parse_figure("about 30")
    assert miles.low is not None and plain.low is not None
    # (each end converted to whole kilometres, as the miles were written whole)
    assert miles.low / miles.best == pytest.approx(plain.low / plain.best, abs=0.02)


@pytest.mark.parametrize("figure", ["40 km or more", "40 or more km", "40-plus km"])
def test_a_hedge_after_the_number_is_read_before_or_after_its_unit(figure: str) -> None:
    estimate = parse_figure(figure)
    assert (estimate.low, estimate.high, estimate.unit) == (40, None, "km")
    assert estimate.qualifier is Qualifier.AT_LEAST


@pytest.mark.parametrize(
    ("figure", "values"),
    [
        # A converted figure is no more precise than it was written: whole miles give whole
        # kilometres, tenths of a mile tenths of a kilometre, metres thousandths.
        ("18 miles", (29, 29, 29)),
        ("2.5 miles", (4.0, 4.0, 4.0)),
        ("1,500 miles", (2414, 2414, 2414)),
        ("750 metres", (0.75, 0.75, 0.75)),
        ("between 10 and 15 miles", (16, 20, 24)),
        # A figure in the canonical unit is kept as written.
        ("28.968 km", (28.968, 28.968, 28.968)),
    ],
)
def test_a_converted_figure_keeps_the_precision_it_was_written_in(
    figure: str, values: tuple[float, float, float]
) -> None:
    estimate = parse_figure(figure)
    assert (estimate.low, estimate.best, estimate.high) == values


def test_date_without_year_takes_the_reference_year() -> None:
    import datetime as dt

    estimate = parse_figure("September 4", kind="date", reference=dt.date(2015, 9, 14))
    assert estimate.best == dt.date(2015, 9, 4).toordinal()
    with pytest.raises(CrosscheckError):
        parse_figure("September 4", kind="date")


@pytest.mark.parametrize(
    ("text", "low", "best", "high", "qualifier"),
    [
        # A hedge bounds a vague quantity: "at least a dozen" is 12 or more, not exactly 12.
        ("at least a dozen", 12, 12, None, Qualifier.AT_LEAST),
        ("up to a dozen", None, 12, 12, Qualifier.UP_TO),
        ("nearly a dozen", 11, 12, 12, Qualifier.ABOUT),
        ("more than a few dozen", 24, 36, None, Qualifier.AT_LEAST),
        ("more than a million", 1_000_000, 1_000_000, None, Qualifier.AT_LEAST),
        # A verb that says a count is below a figure hedges it as "nearly" does.
        ("nears 2,900", 2800, 2900, 2900, Qualifier.ABOUT),
        ("around a thousand", 800, 1000, 1200, Qualifier.ABOUT),
        ("half a million", 500_000, 500_000, 500_000, Qualifier.VAGUE),
        # "about dozens" says no more than "dozens"; "a dozen" alone stays as written.
        ("about dozens", 24, 50, 144, Qualifier.VAGUE),
        ("a dozen", 12, 12, 12, Qualifier.VAGUE),
    ],
)
def test_a_hedge_bounds_a_vague_quantity(
    text: str, low: float | None, best: float, high: float | None, qualifier: Qualifier
) -> None:
    estimate = parse_figure(text)
    assert (estimate.low, estimate.best, estimate.high, estimate.qualifier) == (
        low,
        best,
        high,
        qualifier,
    )
