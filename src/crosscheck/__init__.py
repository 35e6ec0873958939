"""crosscheck: check news sources against each other.

The library works without the CLI; the pipeline is one module per stage:
articles/store (read, write) -> extract -> group (names) -> compare -> render.
"""

from typing import Any

from crosscheck.errors import CrosscheckError

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
_MODEL = frozenset(__all__) - {"CrosscheckError", "parse_figure"}
"""The records of crosscheck.model this package names (`__getattr__`)."""


def __getattr__(name: str) -> Any:
    # The records (crosscheck.model) and `parse_figure` are imported on first use: the
    # vocabularies parse_figure loads, and the records' classes, cost start-up time that
    # commands which use neither would pay (`crosscheck --version` and `--help` among them).
    if name in _MODEL:
        from crosscheck import model

        return getattr(model, name)
    if name == "parse_figure":
        from crosscheck.quantities import parse_figure

        return parse_figure
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")


__version__ = "0.1.0"
