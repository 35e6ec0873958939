"""crosscheck: check news sources against each other.

The library works without the CLI; the pipeline is one module per stage:
articles/store (read, write) -> extract -> group (names) -> compare -> render.
"""

from crosscheck.errors import CrosscheckError
from crosscheck.model import (
    Article,
    Attribution,
    Claim,
    DateRef,
    Estimate,
    Finding,
    Origin,
    Precision,
    Qualifier,
    Span,
    Status,
    Subject,
    Verdict,
)
from crosscheck.quantities import parse_figure

__all__ = [
    "Article",
    "Attribution",
    "Claim",
    "CrosscheckError",
    "DateRef",
    "Estimate",
    "Finding",
    "Origin",
    "Precision",
    "Qualifier",
    "Span",
    "Status",
    "Subject",
    "Verdict",
    "parse_figure",
]

__version__ = "0.1.0"
