"""Claims and articles built in code, for the engine's unit tests."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

from conftest import STORM
from crosscheck import articles as article_files
from crosscheck import dates, quantities
from crosscheck.model import Article, Attribution, Claim, Span, Status

_NUMBERS = itertools.count(1)


def article(article_id: str, published: str = "2015-09-05", outlet: str | None = None) -> Article:
    """An article with an empty body, published on an ISO date."""
    when = dates.parse_dateref(published)
    assert when is not None
    return Article(article_id, article_id, outlet or f"Outlet of {article_id}", when, "")


def claim(
    article_id: str,
    figure: str,
    *,
    kind: str = "killed",
    party: str | None = "government soldiers",
    subject: str | None = None,
    place: str | None = None,
    event: str | None = None,
    as_of: str | None = "2015-09-04",
    source: str = "article",
    via: tuple[str, ...] = (),
    number: int | None = None,
    status: Status = Status.CONFIRMED,
    group: str | None = None,
) -> Claim:
    """A claim as a curator would write it; the estimate is parsed from `figure`."""
    n = number if number is not None else next(_NUMBERS)
    return Claim(
        id=f"{article_id}#{n}",
        article=article_id,
        subject=subject or f"{party or 'people'} {kind}",
        kind=kind,
        figure=figure,
        estimate=quantities.parse_figure(figure, kind),
        quote=figure,
        span=Span(0, len(figure)),
        attribution=Attribution(source, via),
        party=party,
        place=place,
        event=event,
        as_of=dates.parse_dateref(as_of) if as_of else None,
        status=status,
        group=group,
    )


def articles(*ids: str, published: str = "2015-09-05") -> dict[str, Article]:
    """Articles by id, all published on one date."""
    return {i: article(i, published) for i in ids}


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def stored_article(root: Path, article_id: str = STORM) -> Article:
    """An article of the test corpus at `root`, read from its file."""
    return article_files.read(root / "articles" / f"{article_id}.txt")


def claim_entry(**changes: Any) -> dict[str, Any]:
    """A valid YAML-form claim about the test corpus's first article, with `changes` (a
    value of ... leaves the key out)."""
    entry: dict[str, Any] = {
        "id": f"{STORM}#1",
        "subject": "people killed",
        "kind": "killed",
        "figure": "up to 100",
        "quote": "up to 100 killed",
        "span": [0, 16],
        "origin": "manual",
        "status": "unreviewed",
    }
    entry.update(changes)
    return {key: value for key, value in entry.items() if value is not ...}
