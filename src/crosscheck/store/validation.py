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

Loading 100,000 claims runs this 100,000 times (and `extract` once per claim it proposes):
equal figures, estimates, attributions and dates are parsed once and shared (frozen records
can be), and a problem is placed by line and column only once one is found (`Where`).  An
entry in the shape crosscheck writes (plain text, numbers, dates, a dict and a list, as its
readers and the extractor give them) takes a fast lane (`_usual`): the same rules, written
for that shape alone and without the bookkeeping that words every problem; anything else,
and every entry with a problem, goes through the full check (tests/test_store_validation.py
checks that the two agree, on valid entries and on broken ones).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

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
_NAMES: dict[Any, tuple[str, ...]] = {
    enum: tuple(member.value for member in enum) for enum in (Qualifier, Origin, Status)
}
_MEMBERS: dict[Any, dict[str, Any]] = {
    enum: {member.value: member for member in enum} for enum in (Qualifier, Origin, Status)
}
"""Each enum's members by name: a lookup, where calling the enum is a search."""
_EXTRA_TEXT = tuple(key for key in TEXT_FIELDS if key != "subject")
_MAX = quantities.MAX_VALUE
_SHARED_EXTRAS = ("party", "place", "from", "to", "event", "group")
"""The text fields besides subject, kind and figure whose equal values are one object."""


@lru_cache(maxsize=65536, typed=True)
def _figure(figure: str, kind: str) -> Estimate | str:
    """The Estimate a figure reads as, or the message saying why it does not.  Corpora
    repeat figures ("two", "about 100") a lot; Estimates are frozen, so share them; and a
    figure that does not read (a date claim's "last Friday", with `best` given) is not
    read again."""
    try:
        return quantities.parse_figure(figure, kind)
    except CrosscheckError as exc:
        return exc.message


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
    from rapidfuzz import fuzz, process  # only on an error (start-up of every command)

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


Report = Callable[..., None]
"""Records a problem: report(message, *path) with the path of the field inside the claim."""


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
    usual = _usual(entry, article_id, memo)
    if usual is not None:
        return usual, []
    return _check_fully(entry, article_id, path=path, where=where, memo=memo)


def _check_fully(
    entry: Any,
    article_id: str,
    *,
    path: str,
    where: Where = _no_where,
    memo: dict[str, str] | None = None,
) -> tuple[Claim | None, list[CrosscheckError]]:
    """`check_entry` without its fast lane: every rule, every problem found worded."""
    problems: list[CrosscheckError] = []

    def problem(message: str, *at: Any) -> None:
        line, column = where(at)
        field = ".".join(str(part) for part in at) if at else None
        problems.append(CrosscheckError(message, path, line, column, field=field))

    if not isinstance(entry, Mapping):
        problem(f"a claim must be a mapping of fields, not {type_name(entry)}")
        return None, problems
    if not _KNOWN_KEYS.issuperset(entry):  # the rare case: say which, in the entry's order
        for key in entry:
            if key not in _KNOWN_KEYS:
                hint = did_you_mean(str(key), CLAIM_KEYS) if isinstance(key, str) else ""
                problem(f"unknown key{hint}", str(key))
    if None in map(entry.get, REQUIRED):  # the rare case: say which
        for key in REQUIRED:
            if key not in entry:
                problem("required field is missing", key)
            elif entry[key] is None:
                problem("required field is empty", key)

    claim_id = _text(entry, "id", problem)
    if claim_id is not None:
        if not CLAIM_ID.match(claim_id):
            problem(f"{claim_id!r} is not a claim id (expected '{article_id}#<n>')", "id")
        elif claim_id.rpartition("#")[0] != article_id:
            problem(f"{claim_id!r} does not belong to article {article_id!r}", "id")
    subject = _text(entry, "subject", problem, required=True)
    kind = _text(entry, "kind", problem, required=True)
    wrong_kind = None if kind is None else unknown_kind(kind)
    if wrong_kind:
        problem(wrong_kind, "kind")
        kind = None
    figure = _figure_text(entry.get("figure"), problem)
    extras = {}
    for key in _EXTRA_TEXT:
        value = entry.get(key)
        # Most values are text or absent: only the others go through the full check.
        extras[key] = value if value is None or type(value) is str else _text(entry, key, problem)
    quote = _text(entry, "quote", problem, required=True)
    estimate = _estimate_of(entry, figure, kind, extras["unit"], problem)
    as_of = _date(entry, "as_of", problem)
    about = _date(entry, "about", problem)
    attribution = _attribution_of(entry.get("attribution"), problem)
    span = _span(entry.get("span"), problem)
    origin = _choice(entry, "origin", Origin, problem)
    status = _choice(entry, "status", Status, problem)

    if problems:
        return None, problems
    assert claim_id and subject and kind and figure and estimate and quote and span
    assert origin is not None and status is not None
    claim = _claim(
        claim_id, article_id, subject, kind, figure, estimate, quote, span, attribution,
        extras, as_of, about, origin, status, memo,
    )  # fmt: skip
    return claim, []


_ESTIMATE_KEYS = frozenset(("qualifier", "low", "best", "high"))
_SIDE_KEYS = frozenset(("low", "best", "high"))
_ATTRIBUTION_KEYS = frozenset(ATTRIBUTION_KEYS)
_QUALIFIERS, _ORIGINS, _STATUSES = (_MEMBERS[enum] for enum in (Qualifier, Origin, Status))


def _usual(entry: Any, article_id: str, memo: dict[str, str] | None) -> Claim | None:
    """The claim of an entry in the shape crosscheck writes, or None for any entry that is
    not plainly valid in that shape; `check_entry` then makes the full check, and says what
    is wrong.  The shape: a dict of known keys, every value of its usual type exactly (text
    a str, not a subclass; low, best and high numbers, or dates for `kind: date`; dates as
    `_dateref` reads them; attribution a dict of text and a list of text; span a list of two
    ints), the interval given whole (qualifier, low, best and high), so that the figure
    decides at most its unit.  The rules are the full check's (tests/test_store_validation.py:
    the lane builds a claim only where the full check builds it, and the same claim).
    """
    if type(entry) is not dict or not _KNOWN_KEYS.issuperset(entry):
        return None
    get = entry.get
    claim_id, subject, kind = get("id"), get("subject"), get("kind")
    figure, quote = get("figure"), get("quote")
    if not (
        type(claim_id) is str
        and type(subject) is str
        and type(kind) is str
        and type(figure) is str
        and type(quote) is str
        and subject.strip()
        and kind.strip()
        and figure.strip()
        and quote.strip()
        and kind in kinds()
        and CLAIM_ID.match(claim_id)
        and claim_id.rpartition("#")[0] == article_id
    ):
        return None
    extras: dict[str, str | None] = {}
    for key in _EXTRA_TEXT:
        value = get(key)
        if value is not None and type(value) is not str:
            return None
        extras[key] = value

    estimate = _usual_estimate(entry, kind, figure, extras["unit"])
    if estimate is None:
        return None

    dated = []
    for key in ("as_of", "about"):
        value = get(key)
        ref = None if value is None or type(value) is bool else _dateref(value)
        if ref is None and value is not None:
            return None
        dated.append(ref)
    as_of, about = dated

    raw = get("attribution")
    if raw is None:
        attribution = Attribution()
    elif type(raw) is dict and _ATTRIBUTION_KEYS.issuperset(raw):
        source, via = raw.get("source"), raw.get("via")
        if source is not None and (type(source) is not str or not source.strip()):
            return None
        if via is None:
            via = ()
        elif type(via) is not list or not all(type(item) is str and item.strip() for item in via):
            return None
        attribution = _attribution(source or ARTICLE_VOICE, tuple(via))
    else:
        return None

    raw = get("span")
    if not (type(raw) is list and len(raw) == 2):
        return None
    start, end = raw
    if not (type(start) is int and type(end) is int and 0 <= start <= end):
        return None
    origin, status = get("origin"), get("status")
    origin = _ORIGINS.get(origin) if type(origin) is str else None
    status = _STATUSES.get(status) if type(status) is str else None
    if origin is None or status is None:
        return None
    return _claim(
        claim_id, article_id, subject, kind, figure, estimate, quote, Span(start, end),
        attribution, extras, as_of, about, origin, status, memo,
    )  # fmt: skip


def _usual_estimate(
    entry: dict[str, Any], kind: str, figure: str, unit_text: str | None
) -> Estimate | None:
    """The interval of an entry in `_usual`'s shape (`_estimate_of` and `_side`): every key
    given, or, as a person writes a claim by hand, none of low, best and high (the figure's,
    maybe another qualifier); None for any other shape."""
    get = entry.get
    qualifier = get("qualifier")
    qualifier = _QUALIFIERS.get(qualifier) if type(qualifier) is str else None
    if entry.keys().isdisjoint(_SIDE_KEYS) and kind != "date":
        if qualifier is None and "qualifier" in entry:
            return None
        read = _figure(figure, kind)
        if not isinstance(read, Estimate):
            return None
        unit = unit_text if "unit" in entry else read.unit
        return _estimate(read.best, read.low, read.high, qualifier or read.qualifier, unit)
    if not entry.keys() >= _ESTIMATE_KEYS or qualifier is None:  # a key not given
        return None
    sides: list[float | None] = []
    for key in ("low", "best", "high"):
        raw = entry[key]
        kind_of = type(raw)
        if raw is None and key != "best":
            sides.append(None)
        elif kind == "date":
            if kind_of is not dt.date:  # a day: its ordinal, whichever the side
                return None
            sides.append(float(raw.toordinal()))
        elif (kind_of is int or kind_of is float) and 0 <= raw <= _MAX:
            sides.append(float(raw))
        else:
            return None
    low, best, high = sides
    assert best is not None
    if (low is not None and low > best) or (high is not None and best > high):
        return None
    if "unit" in entry:
        unit = unit_text
    else:  # the figure's, as it reads (else the kind's)
        read = _figure(figure, kind)
        unit = read.unit if isinstance(read, Estimate) else kinds()[kind].unit
    return _estimate(best, low, high, qualifier, unit)


def _claim(
    claim_id: str,
    article_id: str,
    subject: str,
    kind: str,
    figure: str,
    estimate: Estimate,
    quote: str,
    span: Span,
    attribution: Attribution,
    extras: dict[str, str | None],
    as_of: DateRef | None,
    about: DateRef | None,
    origin: Origin,
    status: Status,
    memo: dict[str, str] | None,
) -> Claim:
    """The Claim of checked values; with `memo`, equal words one object."""
    if memo is not None:
        subject, kind, figure = (memo.setdefault(text, text) for text in (subject, kind, figure))
        for key in _SHARED_EXTRAS:
            text = extras[key]
            if text is not None:
                extras[key] = memo.setdefault(text, text)
    return Claim(
        id=claim_id,
        article=article_id,
        subject=subject,
        kind=kind,
        figure=figure,
        estimate=estimate,
        quote=quote,
        span=span,
        attribution=attribution,
        party=extras["party"],
        place=extras["place"],
        from_place=extras["from"],
        to_place=extras["to"],
        event=extras["event"],
        as_of=as_of,
        about=about,
        origin=origin,
        status=status,
        group=extras["group"],
        note=extras["note"],
    )


def _text(
    entry: Mapping[str, Any], key: str, problem: Report, required: bool = False
) -> str | None:
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


def _figure_text(value: Any, problem: Report) -> str | None:
    """A figure as written; YAML may have read `figure: 12` as a number, or a date."""
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        if not str(value).strip():
            problem("must not be empty", "figure")
            return None
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    problem(f"must be text, not {type_name(value)}", "figure")
    return None


def _estimate_of(
    entry: Mapping[str, Any],
    figure: str | None,
    kind: str | None,
    unit_text: str | None,
    problem: Report,
) -> Estimate | None:
    """The interval of a claim: read from its figure, with the qualifier, low, best, high and
    unit the entry gives instead (best alone when the figure does not read)."""
    qualifier: Qualifier | None = None
    raw = entry.get("qualifier")
    if raw is not None:
        qualifier = _member(raw, Qualifier)
        if qualifier is None:
            names = _NAMES[Qualifier]
            problem(f"{raw!r} is not a qualifier{did_you_mean(str(raw), names)}", "qualifier")

    derived: Estimate | None = None
    if figure is not None and kind is not None:
        read = _figure(figure, kind)
        if isinstance(read, Estimate):
            derived = read
        elif "best" not in entry or entry.get("best") is None:
            problem(read, "figure")

    values: dict[str, float | None] = {}
    for key in ("low", "best", "high"):
        if key in entry:
            values[key] = _side(entry[key], key, kind, problem)
    if derived is None and values.get("best") is None:
        return None
    base = derived or Estimate(values["best"] or 0.0, None, None, Qualifier.EXACT)
    low = values.get("low", base.low)
    high = values.get("high", base.high)
    best = values.get("best") if values.get("best") is not None else base.best
    assert best is not None
    unit = base.unit if derived is not None else (kinds()[kind].unit if kind else None)
    if "unit" in entry:
        unit = unit_text
    if low is not None and low > best:
        problem(f"low ({_show(low, kind)}) is greater than best ({_show(best, kind)})", "low")
    if high is not None and best > high:
        problem(f"best ({_show(best, kind)}) is greater than high ({_show(high, kind)})", "high")
    return _estimate(best, low, high, qualifier or base.qualifier, unit)


def _side(raw: Any, key: str, kind: str | None, problem: Report) -> float | None:
    """One of low, best, high: a number (a day's ordinal for a date claim) or None."""
    kind_of = type(raw)
    if (kind_of is float or kind_of is int) and kind != "date" and 0 <= raw <= _MAX:
        return float(raw)  # the usual value, which every check below passes
    if raw is None:
        if key == "best":
            problem("must be a value (only low and high may be null)", key)
        return None
    if kind == "date":
        ordinal = None if isinstance(raw, bool) else _date_value(raw, key)
        if ordinal is None:
            problem(f"{raw!r} is not a date (YYYY-MM-DD)", key)
        return ordinal
    if not _is_number(raw):
        problem(f"must be a number or null, not {type_name(raw)}", key)
    elif raw != raw or raw in (float("inf"), float("-inf")):
        problem("must be a finite number", key)
    elif abs(raw) > quantities.MAX_VALUE:
        problem("must be at most 10^15 (no figure a report states is larger)", key)
    elif raw < 0 and kind != "other":
        problem(f"must not be negative ({raw}): counts start at 0", key)
    else:
        return float(raw)
    return None


def _date(entry: Mapping[str, Any], key: str, problem: Report) -> DateRef | None:
    value = entry.get(key)
    if value is None:
        return None
    ref = None if isinstance(value, bool) else _dateref(value)
    if ref is None:
        problem(f"{value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or START/END)", key)
    return ref


def _attribution_of(raw: Any, problem: Report) -> Attribution:
    if raw is None:
        return Attribution()
    if not isinstance(raw, Mapping):
        problem(f"must be a mapping (source, via), not {type_name(raw)}", "attribution")
        return Attribution()
    for key in raw:
        if key not in ATTRIBUTION_KEYS:
            hint = did_you_mean(str(key), ATTRIBUTION_KEYS)
            problem(f"unknown key{hint}", "attribution", str(key))
    source = raw.get("source")
    if source is not None and (not isinstance(source, str) or not source.strip()):
        problem(_not_text(source), "attribution", "source")
        source = None
    via = raw.get("via")
    chain: list[str] = []
    if via is not None and not isinstance(via, list):
        problem(f"must be a list, not {type_name(via)}", "attribution", "via")
    elif via is not None:
        for index, item in enumerate(via):
            if not isinstance(item, str) or not item.strip():
                problem(_not_text(item), "attribution", "via", index)
            else:
                chain.append(item)
    return _attribution(source or ARTICLE_VOICE, tuple(chain))


def _span(raw: Any, problem: Report) -> Span | None:
    if raw is None:
        return None
    if not isinstance(raw, list) or len(raw) != 2:
        problem("must be [start, end], two whole numbers", "span")
        return None
    start, end = raw
    if not (_is_whole(start) and _is_whole(end)):
        problem("must be [start, end], two whole numbers", "span")
        return None
    if not 0 <= start <= end:
        problem(f"[{start}, {end}] is not 0 <= start <= end", "span")
        return None
    return Span(start, end)


def _is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _choice(entry: Mapping[str, Any], key: str, enum: Any, problem: Report) -> Any:
    raw = entry.get(key)
    if raw is None:
        return None
    member = _member(raw, enum)
    if member is None:
        problem(not_one_of(raw, _NAMES[enum]), key)
    return member


def _member(raw: Any, enum: Any) -> Any:
    """The member of `enum` named `raw`, or None."""
    if type(raw) is str:
        return _MEMBERS[enum].get(raw)
    return enum(raw) if raw in _NAMES[enum] else None  # a member itself, or text of a subclass


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
