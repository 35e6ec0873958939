"""crosscheck: check news sources against each other.

The library works without the CLI; the pipeline is one module per stage:
articles/store (read, write) -> extract -> group (names) -> compare -> render.
"""

from typing import Any

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


def __getattr__(name: str) -> Any:
    # `parse_figure` is imported on first use: the vocabularies it loads cost start-up time
    # every command would pay (`crosscheck --help` among them).
    if name == "parse_figure":
        from crosscheck.quantities import parse_figure

        return parse_figure
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")


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
