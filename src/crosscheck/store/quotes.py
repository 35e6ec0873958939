"""Quotes and spans: a claim quotes its article's exact words, and its span says where.

A quote is found whitespace-insensitively (a line break in the article may be a space in
the quote, and runs of spaces count as one); a span [start, end) covers a quote when the
article's text between them is the quote, whitespace-insensitively too.  A quote that is
not in the article is an error on `quote`; a span that misses a quote that is there, an
error on `span` that says where the quote is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from crosscheck import yamlio
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, Claim
from crosscheck.store.loading import locator, positions


def _quote_pattern(quote: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(word) for word in quote.split()))


def squash(text: str) -> str:
    """Runs of whitespace as one space, none at the ends: a quote as it is compared."""
    return " ".join(text.split())


def find_quote(body: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` occurs in `body`, whitespace-insensitively: [start, end) or None."""
    if not quote.split():
        return None
    match = _quote_pattern(quote).search(body)
    return None if match is None else (match.start(), match.end())


def span_matches(body: str, quote: str, span: tuple[int, int]) -> bool:
    """Whether body[start:end] is the quote (whitespace-insensitively)."""
    start, end = span
    if not 0 <= start <= end <= len(body):
        return False
    text = body[start:end]
    return text == quote or squash(text) == squash(quote)  # the first: the usual case


def quote_at(article: Article, quote: str, span: tuple[int, int] | None = None) -> tuple[int, int]:
    """Where `quote` is in `article`: `span` if it covers the quote, else where it is found.
    CrosscheckError on `quote` if it is not in the article, on `span` if the span given does
    not cover it."""
    if span is not None and span_matches(article.body, quote, span):
        return span
    found = find_quote(article.body, quote)
    if found is None:
        raise CrosscheckError(
            f"not found in article {article.id!r} (whitespace-insensitive)", field="quote"
        )
    if span is not None:
        raise CrosscheckError(
            f"[{span[0]}, {span[1]}] does not cover the quote; it is at [{found[0]}, {found[1]}]",
            field="span",
        )
    return found


def quote_problem(article: Article, quote: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """(field, message) if the quote is not in the article or the span does not cover it."""
    try:
        quote_at(article, quote, span)
    except CrosscheckError as exc:
        return exc.field or "quote", exc.message
    return None


def check_quotes(path: Path, text: str, claims: list[Claim], article: Article) -> None:
    """CrosscheckError, located in the file's `text`, for the first claim whose quote is not
    in `article` or whose span does not cover it."""
    for claim in claims:
        wrong = quote_problem(article, claim.quote, (claim.span.start, claim.span.end))
        if wrong:
            field, message = wrong
            marks = positions(text)
            entries = yamlio.load(text, str(path)).get("claims") or []
            index = next(i for i, e in enumerate(entries) if e.get("id") == claim.id)
            line, column = locator(marks, ("claims", index))((field,))
            raise CrosscheckError(message, str(path), line, column, field=field)


def verify(claims: Iterable[Claim], articles: Mapping[str, Article], claims_dir: Path) -> None:
    """CrosscheckError, located in its claim file (in `claims_dir`), for the first of `claims`
    whose quote is not in its article or whose span does not cover it."""
    from crosscheck.store import claims_path

    for claim in claims:
        article = articles[claim.article]
        start, end = claim.span.start, claim.span.end
        if article.body[start:end] == claim.quote:
            continue  # the common case, decided without folding whitespace
        if quote_problem(article, claim.quote, (start, end)):
            # Rare: only now read the file again, to say where the claim is.
            path = claims_path(claims_dir, claim.article)
            check_quotes(path, yamlio.read_text(path), [claim], article)
