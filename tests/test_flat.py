"""flat.py: claims as flat records, and reading them back from a CSV."""

from __future__ import annotations

import datetime as dt

import pytest

from crosscheck import dates, flat
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article
from report_samples import ARTICLES, DATE_A, PRESS_SERVICE, VOA

BODY = "The attack began on September 4, the ministry said; up to 100 were killed."
ARTICLE = Article(VOA, "Attack", "Voice of America", dates.day(dt.date(2015, 9, 14)), BODY)


def _article(wanted: str) -> Article:
    if wanted != VOA:
        raise CrosscheckError(f"no article {wanted!r}", field="article")
    return ARTICLE


def test_a_date_claim_keeps_dates_out_of_the_number_columns() -> None:
    record = flat.record(DATE_A, ARTICLES[VOA])
    assert (record["low"], record["best"], record["high"]) == (None, None, None)
    assert (record["date_low"], record["date_best"], record["date_high"]) == (
        "2015-09-04", "2015-09-04", "2015-09-04",
    )  # fmt: skip


def test_a_figure_record() -> None:
    record = flat.record(PRESS_SERVICE, None, origins=2)
    assert (record["low"], record["best"], record["high"]) == (None, 100, 100)
    assert record["via"] == "Interfax" and record["origins"] == 2 and record["url"] is None
    assert (record["as_of_start"], record["as_of_precision"]) == ("1998-11-05", "day")
    assert list(record) == list(flat.COLUMNS)


def test_import_reads_a_date_without_a_year_in_the_year_of_publication() -> None:
    text = (
        "article,subject,kind,figure,quote,as_of_start,as_of_end,as_of_precision\n"
        f"{VOA},date of the attack,date,September 4,began on September 4,2015-09-01,"
        "2015-09-30,month\n"
    )
    rows, problems = flat.read_import(text, "x.csv", _article)
    assert problems == []
    (row,) = rows
    assert row.line == 2 and row.article is ARTICLE
    assert row.entry["best"] == dt.date(2015, 9, 4) and row.entry["figure"] == "September 4"
    assert row.entry["as_of"] == "2015-09"


def test_import_given_interval_wins_over_the_figure() -> None:
    text = (
        "article,subject,kind,figure,quote,low,best,high,qualifier\n"
        f"{VOA},killed,killed,up to 100,up to 100 were killed,50,80,100,range\n"
        f"{VOA},killed,killed,up to 100,up to 100 were killed,,x,,\n"
    )
    rows, problems = flat.read_import(text, "x.csv", _article)
    assert [str(p) for p in problems] == ["x.csv:3:7: best: 'x' is not a number"]
    entry = rows[0].entry
    assert (entry["low"], entry["best"], entry["high"], entry["qualifier"]) == (
        50, 80, 100, "range",
    )  # fmt: skip


@pytest.mark.parametrize("header", ["", "article,subject\n"])
def test_import_without_the_required_columns(header: str) -> None:
    rows, problems = flat.read_import(header, "x.csv", _article)
    assert rows == [] and problems
    assert all(str(p).startswith("x.csv:1") for p in problems)
