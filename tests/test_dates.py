"""Dates as written into DateRef intervals (dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.dates import parse_date_text, parse_dateref, resolve
from crosscheck.model import Precision

FRIDAY = dt.date(2021, 3, 12)  # a Friday


@pytest.mark.parametrize(
    ("value", "text", "precision"),
    [
        (dt.date(2015, 9, 4), "2015-09-04", Precision.DAY),
        ("2015-09-04", "2015-09-04", Precision.DAY),
        ("2015-09", "2015-09", Precision.MONTH),
        (2015, "2015", Precision.YEAR),
        ("1992/1997", "1992/1997", Precision.YEAR),
        ("2015-09-04/2015-09-09", "2015-09-04/2015-09-09", Precision.DAY),
    ],
)
def test_parse_dateref_round_trips(value: object, text: str, precision: Precision) -> None:
    ref = parse_dateref(value)
    assert ref is not None
    assert str(ref) == text
    assert ref.precision is precision


@pytest.mark.parametrize("value", ["2015-13-01", "2015-02-30", "yesterday", "", None, True, 3.5])
def test_parse_dateref_refuses(value: object) -> None:
    assert parse_dateref(value) is None


def test_month_covers_the_whole_month() -> None:
    ref = parse_dateref("2016-02")
    assert ref is not None
    assert (ref.start, ref.end) == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 September 2015", "2015-09-04"),
        ("September 4, 2015", "2015-09-04"),
        ("Sept. 4, 2015", "2015-09-04"),
        ("June 1997", "1997-06"),
        ("1998", "1998"),
        ("1992-97", "1992/1997"),
        ("1998-2001", "1998/2001"),
    ],
)
def test_parse_date_text(text: str, expected: str) -> None:
    assert str(parse_date_text(text)) == expected


def test_day_and_month_take_the_year_of_the_reference() -> None:
    assert str(parse_date_text("March 2", FRIDAY)) == "2021-03-02"
    # a day well after the reference date is last year's
    assert str(parse_date_text("December 24", FRIDAY)) == "2020-12-24"
    # ... one in the coming weeks this year's: "schools will reopen on April 5"
    assert str(parse_date_text("April 5", FRIDAY)) == "2021-04-05"
    assert str(parse_date_text("May 20", FRIDAY)) == "2020-05-20"
    assert parse_date_text("March 2") is None


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Friday", "2021-03-12"),
        ("on Thursday", "2021-03-11"),
        ("Saturday", "2021-03-06"),
        # "last Thursday" is the week before's (the day before would be "Thursday"), and
        # "last Friday" in a report of Friday is a week ago, not the day itself
        ("last Thursday", "2021-03-04"),
        ("last Friday", "2021-03-05"),
        ("last Monday night", "2021-03-01"),
        ("yesterday", "2021-03-11"),
        ("last year", "2020"),
        ("two weeks ago", "2021-02-22/2021-02-28"),
        ("three years ago", "2018"),
        # a count of years in words above twelve; "ago today": that very day
        ("thirty years ago", "1991"),
        ("forty-five years ago", "1976"),
        ("thirty years ago today", "1991-03-12"),
        ("by March 9", "2021-03-09"),
        ("this month", "2021-03"),
    ],
)
def test_resolve_against_publication(phrase: str, expected: str) -> None:
    assert str(resolve(phrase, FRIDAY)) == expected


def test_a_day_right_before_the_speaker_s_verb_dates_the_count() -> None:
    from test_extract import one

    entry = one("The mayor yesterday put the death toll at 319.", "319")
    assert (entry["as_of"], entry.get("about")) == ("2020-03-05", None)
    # A day of the event keeps dating the event.
    entry = one("The mayor said 319 people were killed yesterday.", "319")
    assert (entry["as_of"], entry["about"]) == ("2020-03-06", "2020-03-05")


def test_a_previous_toll_is_a_count_from_before_the_article() -> None:
    from test_extract import one

    body = (
        '"The toll now stands at 147," the minister said. The previous official toll had been 70.'
    )
    assert one(body, "70")["as_of"] < one(body, "147")["as_of"]
