"""The claim file format, defined once: its keys, and the YAML form of a Claim.

A claim file is a mapping with `article` (the article's id) and `claims` (a list); each claim
is a mapping whose keys, in the order a file shows them, are CLAIM_KEYS.  REQUIRED keys
must be there; OPTIONAL ones are left out of a file when they have no value, the others are
written even when null ("high: null" says that side of the interval is open).  Numbers are
written as whole numbers where they are whole; the values of a `kind: date` claim and the
dates `as_of` and `about` as ISO dates, a reduced precision ("2015-09") as text.
docs/claim-format.md describes the format for people.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from crosscheck import dates
from crosscheck.model import Claim

FILE_KEYS = ("article", "claims")
CLAIM_KEYS = (
    "id", "subject", "kind", "party", "place", "from", "to", "event", "figure", "qualifier", "low",
    "best", "high", "unit", "as_of", "about", "attribution", "quote", "span", "origin", "status",
    "group", "note",
)  # fmt: skip
OPTIONAL = ("party", "place", "from", "to", "event", "unit", "as_of", "about", "group", "note")
REQUIRED = ("id", "subject", "kind", "figure", "quote", "span", "origin", "status")
ATTRIBUTION_KEYS = ("source", "via")
TEXT_FIELDS = ("subject", "party", "place", "from", "to", "event", "unit", "group", "note")


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else value


def yaml_value(value: float | None, kind: str) -> Any:
    """A value of an estimate as a file writes it: a date for a date claim, else a number."""
    if value is None:
        return None
    if kind == "date":
        return dt.date.fromordinal(int(value))
    return _number(value)


def yaml_date(value: Any) -> Any:
    """A date (`as_of`, `about`) as a file writes it: a full date as a date, a reduced precision
    or an interval as text; what is not a date as it is (validation says so)."""
    ref = dates.parse_dateref(value) if not isinstance(value, bool) else None
    if ref is None:
        return value
    text = str(ref)
    return ref.start if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else text


def to_entry(claim: Claim) -> dict[str, Any]:
    """The YAML form of a claim, keys in the order of docs/claim-format.md."""
    estimate = claim.estimate
    entry: dict[str, Any] = {
        "id": claim.id,
        "subject": claim.subject,
        "kind": claim.kind,
        "party": claim.party,
        "place": claim.place,
        "from": claim.from_place,
        "to": claim.to_place,
        "event": claim.event,
        "figure": claim.figure,
        "qualifier": estimate.qualifier.value,
        "low": yaml_value(estimate.low, claim.kind),
        "best": yaml_value(estimate.best, claim.kind),
        "high": yaml_value(estimate.high, claim.kind),
        "unit": estimate.unit,
        "as_of": None if claim.as_of is None else yaml_date(str(claim.as_of)),
        "about": None if claim.about is None else yaml_date(str(claim.about)),
        "attribution": {"source": claim.attribution.source, "via": list(claim.attribution.via)},
        "quote": claim.quote,
        "span": [claim.span.start, claim.span.end],
        "origin": claim.origin.value,
        "status": claim.status.value,
        "group": claim.group,
        "note": claim.note,
    }
    optional = OPTIONAL
    return {key: value for key, value in entry.items() if value is not None or key not in optional}
