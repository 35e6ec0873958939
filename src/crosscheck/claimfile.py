"""The claim file format, defined once: a typed model, the schema made from it, the YAML form.

ClaimFile, ClaimEntry and AttributionEntry (msgspec Structs) say which keys a claim file has,
in the order a file shows them, which are required, their types, patterns and enums (the
model's own: Qualifier, Origin, Status; the kinds of data/kinds.yaml).  Everything else is
made from them: the key lists the validator checks against (store/validation.py, the one
validator, which words each problem for people), and the JSON Schema editors validate with
(`schema()`, claims.schema.json; tests check the committed file is the generated one and that
the schema never flags a claim the validator accepts).

A claim file is a mapping with `article` (the article's id) and `claims` (a list).  REQUIRED
keys must be there; OPTIONAL ones are left out of a file when they have no value, the others
are written even when null ("high: null" says that side of the interval is open).  Numbers
are written as whole numbers where they are whole; the values of a `kind: date` claim and
the dates `as_of` and `about` as ISO dates, a reduced precision ("2015-09") as text.  Every
YAML form of a claim is made by `form()` (`to_entry()` for a Claim).
docs/claim-format.md describes the format for people.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from enum import Enum
from functools import cache
from typing import Annotated, Any

import msgspec
from msgspec import Meta, Struct, field, structs

from crosscheck import articles, dates
from crosscheck.model import Claim, Estimate, Origin, Qualifier, Status
from crosscheck.vocab import kinds

CLAIM_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]*#[1-9][0-9]*$"
"""A claim id: `<article-id>#<n>`, n counting from 1."""
_DATE_PATTERN = r"^\d{4}(-\d{1,2}(-\d{1,2})?)?(/\d{4}(-\d{1,2}(-\d{1,2})?)?)?$"
_DATE_WORDS = "ISO 8601 with the precision known: 2021, 2021-03, 2021-03-04, or START/END."

Text = Annotated[str, Meta(min_length=1)]
Value = Annotated[
    float | str | None,
    Meta(description="A number, or an ISO date for kind: date; null leaves that side open."),
]
Date = Annotated[str, Meta(pattern=_DATE_PATTERN)] | int | None
_KEEP_NULL = {"keep_null": True}
"""Marks a field written as null when it has no value (the others are left out)."""


class AttributionEntry(Struct, forbid_unknown_fields=True, kw_only=True):
    """Who states a figure, and through whom it reached the article."""

    source: Annotated[
        Text | None, Meta(description="Who states it; 'article' for its own voice (the default).")
    ] = None
    via: Annotated[
        list[Text] | None, Meta(description="Through whom it reached the article, nearest first.")
    ] = None


class ClaimEntry(Struct, forbid_unknown_fields=True, kw_only=True):
    """One claim as a claim file has it; fields in the order a file shows them."""

    id: Annotated[
        str,
        Meta(
            pattern=CLAIM_ID_PATTERN,
            description="<article-id>#<n>, unique across the corpus; n is never reused.",
        ),
    ]
    subject: Annotated[Text, Meta(description="What is counted, in words.")]
    kind: Annotated[str, Meta(description="One of data/kinds.yaml.")]
    party: Annotated[str | None, Meta(description="Whose people or what entity.")] = None
    place: Annotated[str | None, Meta(description="Where.")] = None
    from_place: Annotated[str | None, Meta(description="A distance's first endpoint.")] = field(
        default=None, name="from"
    )
    to_place: Annotated[str | None, Meta(description="A distance's second endpoint.")] = field(
        default=None, name="to"
    )
    event: Annotated[str | None, Meta(description="The event, if named.")] = None
    figure: Annotated[
        Text | float,
        Meta(description="The figure as written: 'up to 40', 'about 2,500', 'a few dozen'."),
    ]
    qualifier: Annotated[
        Qualifier | None, Meta(description="Derived from figure when absent.", extra=_KEEP_NULL)
    ] = None
    low: Annotated[Value, Meta(extra=_KEEP_NULL)] = None
    best: Annotated[Value, Meta(extra=_KEEP_NULL)] = None
    high: Annotated[Value, Meta(extra=_KEEP_NULL)] = None
    unit: Annotated[str | None, Meta(description="people, km, percent, date.")] = None
    as_of: Annotated[Date, Meta(description=f"The date of the count. {_DATE_WORDS}")] = None
    about: Annotated[
        Date, Meta(description="The date of the event the figure is about, as as_of.")
    ] = None
    attribution: Annotated[AttributionEntry | None, Meta(extra=_KEEP_NULL)] = None
    quote: Annotated[Text, Meta(description="The exact words of the article.")]
    span: Annotated[
        tuple[Annotated[int, Meta(ge=0)], Annotated[int, Meta(ge=0)]],
        Meta(description="[start, end) character offsets of the quote in the article body."),
    ]
    origin: Origin
    status: Status
    group: Annotated[str | None, Meta(description="Pin to a subject group by hand.")] = None
    note: Annotated[str | None, Meta(description="Free text for the reviewer.")] = None


class ClaimFile(Struct, forbid_unknown_fields=True, kw_only=True):
    """The figures one article states: claims/<article-id>.yaml. See docs/claim-format.md."""

    article: Annotated[
        str,
        Meta(
            pattern=articles.ID_PATTERN,
            description="The id of the article (its file in articles/ is <id>.txt).",
        ),
    ]
    claims: list[ClaimEntry] | None


def _keys(struct: type[Struct]) -> tuple[str, ...]:
    return tuple(info.encode_name for info in structs.fields(struct))


def _keeps_null(info: structs.FieldInfo) -> bool:
    return any(
        isinstance(meta, Meta) and (meta.extra or {}).get("keep_null")
        for meta in getattr(info.type, "__metadata__", ())
    )


FILE_KEYS = _keys(ClaimFile)
CLAIM_KEYS = _keys(ClaimEntry)
REQUIRED = tuple(info.encode_name for info in structs.fields(ClaimEntry) if info.required)
OPTIONAL = tuple(
    info.encode_name
    for info in structs.fields(ClaimEntry)
    if not info.required and not _keeps_null(info)
)
"""Keys left out of a file when they have no value."""
_OPTIONAL_SET = frozenset(OPTIONAL)
ATTRIBUTION_KEYS = _keys(AttributionEntry)
TEXT_FIELDS = ("subject", *(key for key in OPTIONAL if key not in ("as_of", "about")))
"""The fields whose value is text (`id`, `kind`, `figure` and `quote` have rules of their own)."""


def yaml_number(value: float | None) -> int | float | None:
    """A number as a file writes it: whole where it is whole."""
    if value is None:
        return None
    return int(value) if value == int(value) else value


def yaml_value(value: float | None, kind: str) -> Any:
    """A value of an estimate as a file writes it: a date for a date claim, else a number."""
    if value is None:
        return None
    if kind == "date":
        return dt.date.fromordinal(int(value))
    return yaml_number(value)


def yaml_date(value: Any) -> Any:
    """A date (`as_of`, `about`) as a file writes it: a full date as a date, a reduced precision
    or an interval as text; what is not a date as it is (validation says so)."""
    ref = dates.parse_dateref(value) if not isinstance(value, bool) else None
    if ref is None:
        return value
    text = str(ref)
    return ref.start if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else text


def estimate_fields(estimate: Estimate, kind: str) -> dict[str, Any]:
    """The fields a file writes for an estimate: qualifier, low, best, high and unit."""
    return {
        "qualifier": estimate.qualifier.value,
        "low": yaml_value(estimate.low, kind),
        "best": yaml_value(estimate.best, kind),
        "high": yaml_value(estimate.high, kind),
        "unit": estimate.unit,
    }


def form(values: Mapping[str, Any]) -> dict[str, Any]:
    """A claim's YAML form from its values by key: in the format's order, the OPTIONAL keys
    that have no value left out.  Every way of making a claim's YAML form ends here."""
    return {
        key: value
        for key in CLAIM_KEYS
        if key in values and ((value := values[key]) is not None or key not in _OPTIONAL_SET)
    }


def to_entry(claim: Claim) -> dict[str, Any]:
    """The YAML form of a claim, keys in the order of docs/claim-format.md."""
    return form(
        {
            "id": claim.id,
            "subject": claim.subject,
            "kind": claim.kind,
            "party": claim.party,
            "place": claim.place,
            "from": claim.from_place,
            "to": claim.to_place,
            "event": claim.event,
            "figure": claim.figure,
            **estimate_fields(claim.estimate, claim.kind),
            "as_of": None if claim.as_of is None else yaml_date(str(claim.as_of)),
            "about": None if claim.about is None else yaml_date(str(claim.about)),
            "attribution": {
                "source": claim.attribution.source,
                "via": list(claim.attribution.via),
            },
            "quote": claim.quote,
            "span": [claim.span.start, claim.span.end],
            "origin": claim.origin.value,
            "status": claim.status.value,
            "group": claim.group,
            "note": claim.note,
        }
    )


# --------------------------------------------------------------------------- the JSON Schema

SCHEMA_FILE = "claims.schema.json"
_ENUMS: dict[str, type[Enum]] = {enum.__name__: enum for enum in (Qualifier, Origin, Status)}
_SHARED = ("type", "description")
"""Keys two branches of an anyOf may both have when they are merged into one schema."""


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of a claim file, generated from ClaimFile (claims.schema.json at the
    repository root is this, tests/test_claimfile.py checks).

    msgspec writes JSON Schema 2020-12; the schema is rewritten here, in one place, to mean
    the same to draft-7 consumers (VS Code's YAML extension) and to read as a person would
    write it: a span is `items` with `minItems`/`maxItems` (draft-7 has no `prefixItems`),
    `anyOf` of simple types is one `type` list, enums list the model's values in its order
    (and `kind` those of data/kinds.yaml), objects are written in place.
    """
    generated = msgspec.json.schema(ClaimFile)
    defs = generated["$defs"]
    top = _tidy(defs["ClaimFile"], defs)
    claim = top["properties"]["claims"]["items"]
    top["properties"]["claims"]["items"] = {"$ref": "#/$defs/claim"}
    claim["properties"]["kind"]["enum"] = list(kinds())
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://crosscheck.invalid/{SCHEMA_FILE}",
        "title": "crosscheck claim file",
        **top,
        "$defs": {"claim": claim},
    }


def schema_text() -> str:
    """The schema as the text of claims.schema.json."""
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


def json_values(value: Any, depth: int = 0) -> Any:
    """A claim file's YAML values as the JSON ones the schema speaks of: dates become the ISO
    text they were written as.  Below the depth any claim file has, the schema has already
    failed; what is there does not matter."""
    if depth > 20:
        return None
    if isinstance(value, Mapping):
        return {str(key): json_values(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [json_values(item, depth + 1) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _tidy(node: Any, defs: dict[str, Any]) -> Any:
    """One node of msgspec's schema rewritten as `schema` says."""
    if isinstance(node, list):
        return [_tidy(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        if name in _ENUMS:
            return {"enum": [member.value for member in _ENUMS[name]]}
        return _tidy({**defs[name], **{k: v for k, v in node.items() if k != "$ref"}}, defs)
    out = {key: _tidy(value, defs) for key, value in node.items() if key not in ("title",)}
    if out.get("default", ...) is None:
        del out["default"]
    if "prefixItems" in out:
        items = out.pop("prefixItems")
        if all(item == items[0] for item in items):
            out["items"] = items[0]
    if "anyOf" in out:
        out = _merged(out)
    return out


def _merged(node: dict[str, Any]) -> dict[str, Any]:
    """An anyOf whose branches are each one JSON type (or an enum, with null) as one schema:
    `pattern` or `minLength` apply to strings only, `minimum` to numbers only, so the merged
    schema means the same."""
    branches = node["anyOf"]
    types: list[str] = []
    merged: dict[str, Any] = {}
    for branch in branches:
        if "enum" in branch and branch.keys() == {"enum"}:
            merged["enum"] = [*merged.get("enum", []), *branch["enum"]]
            continue
        kind = branch.get("type")
        if not isinstance(kind, str) or kind in types:
            return node
        clash = [k for k in branch if k != "type" and k in merged and merged[k] != branch[k]]
        if clash:
            return node
        types.append(kind)
        merged.update({k: v for k, v in branch.items() if k != "type"})
    if "enum" in merged:
        if types != ["null"]:
            return node
        merged["enum"] = [*merged["enum"], None]
    else:
        merged["type"] = types
    rest = {k: v for k, v in node.items() if k != "anyOf"}
    return {**rest, **merged}
