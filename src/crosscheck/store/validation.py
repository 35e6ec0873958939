"""The one check of a claim's YAML form: a Claim out, or every problem, each at FILE:LINE:COL.

The rules (docs/claim-format.md says them for people): a claim is a mapping of the keys of
`claimfile.CLAIM_KEYS` (an unknown one gets a "did you mean"); the REQUIRED ones are there
and not null; text fields are text, and `subject`, `kind`, `figure` and `quote` not empty;
`id` is `<article-id>#<n>` of the file's article; `kind` is one of data/kinds.yaml; `figure`
reads as a figure of that kind unless `best` is given; `low`, `best`, `high` are finite
numbers within 10^15, not negative but for `kind: other` (dates for `kind: date`), and
low <= best <= high; `as_of` and `about` are ISO dates (YYYY, YYYY-MM, YYYY-MM-DD or
START/END); `attribution` has text `source` and a list of text `via`; `span` is two whole
numbers 0 <= start <= end; `qualifier`, `origin` and `status` are among their names.
Whether the quote is in the article is `quotes`' job (it needs the article).

Loading 100,000 claims runs this 100,000 times: equal figures, estimates, attributions and
dates are parsed once and shared (frozen records can be), and a problem is placed by line
and column only once one is found (`Where`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from rapidfuzz import fuzz, process

from crosscheck import dates, quantities
from crosscheck.claimfile import ATTRIBUTION_KEYS, CLAIM_KEYS, REQUIRED, TEXT_FIELDS
from crosscheck.errors import CrosscheckError
from crosscheck.model import (
    ARTICLE_VOICE,
    Attribution,
    Claim,
    DateRef,
    Estimate,
    Origin,
    Qualifier,
    Span,
    Status,
)
from crosscheck.store import CLAIM_ID, Where
from crosscheck.vocab import kinds

_KNOWN_KEYS = frozenset(CLAIM_KEYS)
_Text = TypeVar("_Text", str, "str | None")
_NAMES: dict[Any, tuple[str, ...]] = {
    enum: tuple(member.value for member in enum) for enum in (Qualifier, Origin, Status)
}


@lru_cache(maxsize=65536, typed=True)
def _figure(figure: str, kind: str) -> Estimate:
    # Corpora repeat figures ("two", "about 100") a lot; Estimates are frozen, so share them.
    return quantities.parse_figure(figure, kind)


@lru_cache(maxsize=65536, typed=True)
def _estimate(
    best: float, low: float | None, high: float | None, qualifier: Qualifier, unit: str | None
) -> Estimate:
    return Estimate(best, low, high, qualifier, unit)


@lru_cache(maxsize=65536)
def _attribution(source: str, via: tuple[str, ...]) -> Attribution:
    return Attribution(source, via)


def _dateref(value: Any) -> DateRef | None:
    try:
        return _cached_dateref(value)
    except TypeError:  # unhashable: a list or mapping, which is no date anyway
        return None


@lru_cache(maxsize=65536, typed=True)
def _cached_dateref(value: Any) -> DateRef | None:
    return dates.parse_dateref(value)


def _no_where(_: tuple[Any, ...]) -> tuple[int | None, int | None]:
    return None, None


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """A hint for a near miss, like " (did you mean 'figure'?)", else ""."""
    # Plain edit-distance ratio: WRatio's partial matching finds "low" in "colour".
    best = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=70)
    return f" (did you mean {best[0]!r}?)" if best else ""


def not_one_of(value: Any, names: Sequence[str]) -> str:
    """The message for a value that is not one of `names`, with a hint for a near miss."""
    return f"{value!r} is not one of {', '.join(names)}{did_you_mean(str(value), names)}"


def unknown_kind(kind: str) -> str | None:
    """The message for a kind data/kinds.yaml does not have, with a hint; None for a kind."""
    if kind in kinds():
        return None
    return f"unknown kind {kind!r}{did_you_mean(kind, list(kinds()))}"


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if _is_number(value):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, dt.date):
        return "a date"
    return type(value).__name__


def _date_value(value: Any, side: str) -> float | None:
    """A date-claim value as an ordinal: a low side starts where the date starts, a high side
    ends where it ends ("high: 2003" is 31 December 2003), a best value is its middle."""
    ref = _dateref(value)
    if ref is None:
        return None
    day = {"low": ref.start, "high": ref.end}.get(side, ref.midpoint)
    return float(day.toordinal())


def check_entry(
    entry: Any,
    article_id: str,
    *,
    path: str,
    where: Where = _no_where,
    memo: dict[str, str] | None = None,
) -> tuple[Claim | None, list[CrosscheckError]]:
    """Validate one YAML-form claim and build it: (claim, []) or (None, every problem found).

    Equal estimates, attributions and dates are one object (frozen records can be shared,
    and memory holds far fewer objects); so are equal words if `memo` is given
    (pass the same one for every claim of a folder)."""
    problems: list[CrosscheckError] = []

    def problem(message: str, *at: Any) -> None:
        line, column = where(at)
        field = ".".join(str(part) for part in at) if at else None
        problems.append(CrosscheckError(message, path, line, column, field=field))

    if not isinstance(entry, Mapping):
        problem(f"a claim must be a mapping of fields, not {type_name(entry)}")
        return None, problems
    for key in entry:
        if key not in _KNOWN_KEYS:
            hint = did_you_mean(str(key), CLAIM_KEYS) if isinstance(key, str) else ""
            problem(f"unknown key{hint}", str(key))
    for key in REQUIRED:
        if key not in entry:
            problem("required field is missing", key)
        elif entry[key] is None:
            problem("required field is empty", key)

    def text(key: str, required: bool = False) -> str | None:
        value = entry.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            problem(f"must be text, not {type_name(value)}", key)
            return None
        if required and not value.strip():
            problem("must not be empty", key)
            return None
        return value

    claim_id = text("id")
    if claim_id is not None:
        if not CLAIM_ID.match(claim_id):
            problem(f"{claim_id!r} is not a claim id (expected '{article_id}#<n>')", "id")
        elif claim_id.rpartition("#")[0] != article_id:
            problem(f"{claim_id!r} does not belong to article {article_id!r}", "id")
    subject = text("subject", required=True)
    kind = text("kind", required=True)
    wrong_kind = None if kind is None else unknown_kind(kind)
    if wrong_kind:
        problem(wrong_kind, "kind")
        kind = None
    figure_value = entry.get("figure")
    figure: str | None = None
    if isinstance(figure_value, bool) or figure_value is None:
        if figure_value is not None:
            problem(f"must be text, not {type_name(figure_value)}", "figure")
    elif isinstance(figure_value, (str, int, float)):
        figure = str(figure_value) if str(figure_value).strip() else None
        if figure is None:
            problem("must not be empty", "figure")
    elif isinstance(figure_value, dt.date):
        figure = figure_value.isoformat()
    else:
        problem(f"must be text, not {type_name(figure_value)}", "figure")
    extras = {key: text(key) for key in TEXT_FIELDS if key != "subject"}
    quote = text("quote", required=True)

    qualifier: Qualifier | None = None
    if entry.get("qualifier") is not None:
        raw = entry["qualifier"]
        names = _NAMES[Qualifier]
        if raw in names:
            qualifier = Qualifier(raw)
        else:
            problem(f"{raw!r} is not a qualifier{did_you_mean(str(raw), names)}", "qualifier")

    derived: Estimate | None = None
    if figure is not None and kind is not None:
        try:
            derived = _figure(figure, kind)
        except CrosscheckError as exc:
            if "best" not in entry or entry.get("best") is None:
                problem(exc.message, "figure")

    values: dict[str, float | None] = {}
    for key in ("low", "best", "high"):
        if key not in entry:
            continue
        raw = entry[key]
        if raw is None:
            if key == "best":
                problem("must be a value (only low and high may be null)", key)
            values[key] = None
        elif kind == "date":
            ordinal = None if isinstance(raw, bool) else _date_value(raw, key)
            if ordinal is None:
                problem(f"{raw!r} is not a date (YYYY-MM-DD)", key)
            else:
                values[key] = ordinal
        elif not _is_number(raw):
            problem(f"must be a number or null, not {type_name(raw)}", key)
        elif raw != raw or raw in (float("inf"), float("-inf")):
            problem("must be a finite number", key)
        elif abs(raw) > quantities.MAX_VALUE:
            problem("must be at most 10^15 (no figure a report states is larger)", key)
        elif raw < 0 and kind != "other":
            problem(f"must not be negative ({raw}): counts start at 0", key)
        else:
            values[key] = float(raw)
    estimate: Estimate | None = None
    if derived is not None or values.get("best") is not None:
        base = derived or Estimate(values["best"] or 0.0, None, None, Qualifier.EXACT)
        low = values.get("low", base.low) if "low" in entry else base.low
        high = values.get("high", base.high) if "high" in entry else base.high
        best = values.get("best") if values.get("best") is not None else base.best
        assert best is not None
        unit = base.unit if derived is not None else (kinds()[kind].unit if kind else None)
        if "unit" in entry:
            unit = extras["unit"]
        estimate = _estimate(best, low, high, qualifier or base.qualifier, unit)
        if low is not None and low > best:
            problem(f"low ({_show(low, kind)}) is greater than best ({_show(best, kind)})", "low")
        if high is not None and best > high:
            problem(
                f"best ({_show(best, kind)}) is greater than high ({_show(high, kind)})", "high"
            )

    def date_field(key: str) -> DateRef | None:
        if entry.get(key) is None:
            return None
        ref = _dateref(entry[key])
        if ref is None or isinstance(entry[key], bool):
            problem(f"{entry[key]!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or START/END)", key)
            return None
        return ref

    as_of = date_field("as_of")
    about = date_field("about")

    attribution = Attribution()
    raw_attribution = entry.get("attribution")
    if raw_attribution is not None:
        if not isinstance(raw_attribution, Mapping):
            problem(
                f"must be a mapping (source, via), not {type_name(raw_attribution)}", "attribution"
            )
        else:
            for key in raw_attribution:
                if key not in ATTRIBUTION_KEYS:
                    hint = did_you_mean(str(key), ATTRIBUTION_KEYS)
                    problem(f"unknown key{hint}", "attribution", str(key))
            source = raw_attribution.get("source")
            if source is not None and (not isinstance(source, str) or not source.strip()):
                problem(_not_text(source), "attribution", "source")
                source = None
            via = raw_attribution.get("via")
            chain: list[str] = []
            if via is not None:
                if not isinstance(via, list):
                    problem(f"must be a list, not {type_name(via)}", "attribution", "via")
                else:
                    for index, item in enumerate(via):
                        if not isinstance(item, str) or not item.strip():
                            problem(_not_text(item), "attribution", "via", index)
                        else:
                            chain.append(item)
            attribution = _attribution(source or ARTICLE_VOICE, tuple(chain))

    span: Span | None = None
    raw_span = entry.get("span")
    if raw_span is not None:
        if (
            not isinstance(raw_span, list)
            or len(raw_span) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in raw_span)
        ):
            problem("must be [start, end], two whole numbers", "span")
        elif not 0 <= raw_span[0] <= raw_span[1]:
            problem(f"[{raw_span[0]}, {raw_span[1]}] is not 0 <= start <= end", "span")
        else:
            span = Span(raw_span[0], raw_span[1])

    def choice(key: str, enum: Any) -> Any:
        raw = entry.get(key)
        names = _NAMES[enum]
        if raw is None:
            return None
        if raw not in names:
            problem(not_one_of(raw, names), key)
            return None
        return enum(raw)

    origin = choice("origin", Origin)
    status = choice("status", Status)

    if problems:
        return None, problems
    assert claim_id and subject and kind and figure and estimate and quote and span
    assert origin is not None and status is not None

    def one(text: _Text) -> _Text:
        return text if memo is None or text is None else memo.setdefault(text, text)

    claim = Claim(
        id=claim_id,
        article=article_id,
        subject=one(subject),
        kind=one(kind),
        figure=one(figure),
        estimate=estimate,
        quote=quote,
        span=span,
        attribution=attribution,
        party=one(extras["party"]),
        place=one(extras["place"]),
        from_place=one(extras["from"]),
        to_place=one(extras["to"]),
        event=one(extras["event"]),
        as_of=as_of,
        about=about,
        origin=origin,
        status=status,
        group=one(extras["group"]),
        note=extras["note"],
    )
    return claim, []


def _not_text(value: Any) -> str:
    """What is wrong with a value that must be text, not empty."""
    return (
        "must not be empty" if isinstance(value, str) else f"must be text, not {type_name(value)}"
    )


def _show(value: float, kind: str | None) -> str:
    if kind == "date":
        return dt.date.fromordinal(int(value)).isoformat()
    return quantities.format_value(value)


def entry_to_claim(
    entry: Mapping[str, Any], article_id: str, *, path: str, line: int | None = None
) -> Claim:
    """Validate one YAML-form claim and build its Claim; CrosscheckError on the first problem."""
    claim, problems = check_entry(entry, article_id, path=path, where=lambda _: (line, None))
    if problems:
        raise problems[0]
    assert claim is not None
    return claim
