"""The claim store: claims/<article-id>.yaml files in, frozen Claim records out, and back.

Reading takes the fast path (libyaml's C parser through `yamlio.load`), parses the files
missing from the cache (cache.py: an entry per claim file, keyed by its path and content
hash) in a process per core (parallel.py), so that a warm load neither parses YAML nor
validates again, and a load after one file changed parses that file only.  Writing
goes through ruamel.yaml's round-trip mode, so comments, key order and quoting a person put
in a file survive; every write holds a lock next to the file and replaces it atomically.
The file format is docs/claim-format.md.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from io import StringIO
from pathlib import Path
from typing import Any, TypeVar

import yaml
from filelock import FileLock, Timeout
from rapidfuzz import fuzz, process
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError as RuamelError

from crosscheck import articles, dates, parallel, quantities, yamlio
from crosscheck.cache import Cache
from crosscheck.errors import CrosscheckError
from crosscheck.model import (
    ARTICLE_VOICE,
    Article,
    Attribution,
    Claim,
    DateRef,
    Estimate,
    Origin,
    Qualifier,
    Span,
    Status,
)
from crosscheck.vocab import kinds

SUFFIX = ".yaml"
SCHEMA_LINE = "# yaml-language-server: $schema=../claims.schema.json"
"""Points editors at the schema `crosscheck schema` writes at the corpus root."""
FILE_KEYS = ("article", "claims")
CLAIM_KEYS = (
    "id", "subject", "kind", "party", "place", "from", "to", "event", "figure", "qualifier", "low",
    "best", "high", "unit", "as_of", "about", "attribution", "quote", "span", "origin", "status",
    "group", "note",
)  # fmt: skip
_KNOWN_KEYS = frozenset(CLAIM_KEYS)
OPTIONAL = ("party", "place", "from", "to", "event", "unit", "as_of", "about", "group", "note")
REQUIRED = ("id", "subject", "kind", "figure", "quote", "span", "origin", "status")
ATTRIBUTION_KEYS = ("source", "via")
_TEXT_FIELDS = ("subject", "party", "place", "from", "to", "event", "unit", "group", "note")
_ID = re.compile(r"^(?P<article>[a-z0-9][a-z0-9._-]*)#(?P<n>[1-9][0-9]*)$")
_LOCK_TIMEOUT = 30.0

_T = TypeVar("_T")
_Text = TypeVar("_Text", str, "str | None")

Where = Callable[[tuple[Any, ...]], "tuple[int | None, int | None]"]
"""Maps a path inside one claim entry, like ("attribution", "via"), to its (line, column)."""


@dataclass(frozen=True)
class Corpus:
    """The articles by id, and every claim about them (rejected ones included)."""

    articles: dict[str, Article]
    claims: list[Claim]
    # A hash of every claim file's and article's content ("" when unknown), and the cache
    # results computed from them may be kept in (None: keep nothing).
    digest: str = ""
    cache: Cache | None = None


# --------------------------------------------------------------------------- paths and ids


def claims_path(claims_dir: Path, article_id: str) -> Path:
    """Where the claims about one article live: claims/<article-id>.yaml."""
    return claims_dir / f"{articles.check_id(article_id)}{SUFFIX}"


def split_id(claim_id: str) -> tuple[str, int]:
    """Split a claim id '<article-id>#<n>' into (article id, n); CrosscheckError if it is
    not one."""
    match = _ID.match(claim_id)
    if not match:
        raise CrosscheckError(
            f"{claim_id!r} is not a claim id (expected '<article-id>#<n>')", field="id"
        )
    articles.check_id(match["article"])
    return match["article"], int(match["n"])


def _id_key(claim: Claim) -> tuple[str, int]:
    article, _, number = claim.id.rpartition("#")
    return article, int(number)


def _lock(path: Path) -> FileLock:
    # Beside the file a symlink points to: every way to reach a file takes the same lock.
    real = Path(os.path.realpath(path))
    return FileLock(str(real.with_name(f".{real.name}.lock")), timeout=_LOCK_TIMEOUT)


# --------------------------------------------------------------------------- validation


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


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _type_name(value: Any) -> str:
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
        problem(f"a claim must be a mapping of fields, not {_type_name(entry)}")
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
            problem(f"must be text, not {_type_name(value)}", key)
            return None
        if required and not value.strip():
            problem("must not be empty", key)
            return None
        return value

    claim_id = text("id")
    if claim_id is not None:
        match = _ID.match(claim_id)
        if not match:
            problem(f"{claim_id!r} is not a claim id (expected '{article_id}#<n>')", "id")
        elif match["article"] != article_id:
            problem(f"{claim_id!r} does not belong to article {article_id!r}", "id")
    subject = text("subject", required=True)
    kind = text("kind", required=True)
    if kind is not None and kind not in kinds():
        problem(f"unknown kind {kind!r}{did_you_mean(kind, list(kinds()))}", "kind")
        kind = None
    figure_value = entry.get("figure")
    figure: str | None = None
    if isinstance(figure_value, bool) or figure_value is None:
        if figure_value is not None:
            problem(f"must be text, not {_type_name(figure_value)}", "figure")
    elif isinstance(figure_value, (str, int, float)):
        figure = str(figure_value) if str(figure_value).strip() else None
        if figure is None:
            problem("must not be empty", "figure")
    elif isinstance(figure_value, dt.date):
        figure = figure_value.isoformat()
    else:
        problem(f"must be text, not {_type_name(figure_value)}", "figure")
    extras = {key: text(key) for key in _TEXT_FIELDS if key != "subject"}
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
            problem(f"must be a number or null, not {_type_name(raw)}", key)
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
                f"must be a mapping (source, via), not {_type_name(raw_attribution)}", "attribution"
            )
        else:
            for key in raw_attribution:
                if key not in ATTRIBUTION_KEYS:
                    hint = did_you_mean(str(key), ATTRIBUTION_KEYS)
                    problem(f"unknown key{hint}", "attribution", str(key))
            source = raw_attribution.get("source")
            if source is not None and (not isinstance(source, str) or not source.strip()):
                problem("must be text", "attribution", "source")
                source = None
            via = raw_attribution.get("via")
            chain: list[str] = []
            if via is not None:
                if not isinstance(via, list):
                    problem(f"must be a list, not {_type_name(via)}", "attribution", "via")
                else:
                    for index, item in enumerate(via):
                        if not isinstance(item, str) or not item.strip():
                            problem("must be text", "attribution", "via", index)
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
            problem(f"{raw!r} is not one of {', '.join(names)}{did_you_mean(str(raw), names)}", key)
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


# --------------------------------------------------------------------------- quotes


def _quote_pattern(quote: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(word) for word in quote.split()))


def _squash(text: str) -> str:
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
    return 0 <= start <= end <= len(body) and _squash(body[start:end]) == _squash(quote)


def quote_problem(article: Article, quote: str, span: tuple[int, int]) -> tuple[str, str] | None:
    """(field, message) if the quote is not in the article or the span does not cover it."""
    if span_matches(article.body, quote, span):
        return None
    found = find_quote(article.body, quote)
    if found is None:
        return "quote", f"not found in article {article.id!r} (whitespace-insensitive)"
    return "span", (
        f"[{span[0]}, {span[1]}] does not cover the quote; it is at [{found[0]}, {found[1]}]"
    )


# --------------------------------------------------------------------------- YAML form


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else value


def _value(value: float | None, kind: str) -> Any:
    if value is None:
        return None
    if kind == "date":
        return dt.date.fromordinal(int(value))
    return _number(value)


def _as_of(value: Any) -> Any:
    ref = dates.parse_dateref(value) if not isinstance(value, bool) else None
    if ref is None:
        return value
    text = str(ref)
    return ref.start if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else text


def claim_to_entry(claim: Claim) -> dict[str, Any]:
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
        "low": _value(estimate.low, claim.kind),
        "best": _value(estimate.best, claim.kind),
        "high": _value(estimate.high, claim.kind),
        "unit": estimate.unit,
        "as_of": None if claim.as_of is None else _as_of(str(claim.as_of)),
        "about": None if claim.about is None else _as_of(str(claim.about)),
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


def make_entry(
    article: Article,
    *,
    subject: str,
    kind: str,
    figure: str,
    quote: str,
    party: str | None = None,
    place: str | None = None,
    from_place: str | None = None,
    to_place: str | None = None,
    event: str | None = None,
    as_of: str | None = None,
    about: str | None = None,
    source: str | None = None,
    via: Sequence[str] = (),
    origin: str = "manual",
    status: str = "unreviewed",
    group: str | None = None,
    note: str | None = None,
    span: tuple[int, int] | Sequence[int] | None = None,
) -> dict[str, Any]:
    """A YAML-form claim (without id) about `article`, with the span of `quote` found in it
    and the interval read from `figure`.  CrosscheckError if the quote is not in the article."""
    if kind not in kinds():
        raise CrosscheckError(
            f"unknown kind {kind!r}{did_you_mean(kind, list(kinds()))} "
            f"(known: {', '.join(kinds())})",
            field="kind",
        )
    try:
        estimate = quantities.parse_figure(figure, kind)
    except CrosscheckError as exc:
        raise CrosscheckError(exc.message, field="figure") from None
    found = find_quote(article.body, quote)
    if found is None:
        raise CrosscheckError(
            f"not found in article {article.id!r} (whitespace-insensitive)", field="quote"
        )
    if span is not None:
        given = (int(span[0]), int(span[1]))
        if not span_matches(article.body, quote, given):
            raise CrosscheckError(
                f"[{given[0]}, {given[1]}] does not cover the quote; it is at "
                f"[{found[0]}, {found[1]}]",
                field="span",
            )
        found = given
    entry: dict[str, Any] = {
        "subject": subject,
        "kind": kind,
        "party": party,
        "place": place,
        "from": from_place,
        "to": to_place,
        "event": event,
        "figure": figure,
        "qualifier": estimate.qualifier.value,
        "low": _value(estimate.low, kind),
        "best": _value(estimate.best, kind),
        "high": _value(estimate.high, kind),
        "unit": estimate.unit,
        "as_of": None if as_of is None else _as_of(as_of),
        "about": None if about is None else _as_of(about),
        "attribution": {"source": source or ARTICLE_VOICE, "via": list(via)},
        "quote": _squash(quote),
        "span": [found[0], found[1]],
        "origin": origin,
        "status": status,
        "group": group,
        "note": note,
    }
    optional = OPTIONAL
    entry = {key: value for key, value in entry.items() if value is not None or key not in optional}
    # Validate the rest (subject, as_of, origin, status ...) the way a loaded file is.
    entry_to_claim({"id": f"{article.id}#1", **entry}, article.id, path="")
    return entry


# --------------------------------------------------------------------------- reading


def positions(
    text: str, duplicates: list[tuple[int, int, str]] | None = None
) -> dict[tuple[Any, ...], tuple[int, int]]:
    """(line, column) of every key and value in a YAML text, 1-based, by path.

    The path of a mapping key is the path of its value with "<key>" appended, so that a
    message about a field can point at the field's name.  Keys that occur twice in one
    mapping (YAML forbids it; PyYAML silently keeps the last) go to `duplicates`.
    """
    found: dict[tuple[Any, ...], tuple[int, int]] = {}
    try:
        root = yaml.compose(text, Loader=yamlio._Loader)
    except yaml.YAMLError:
        return found
    # A stack, not recursion: "[[[[...]]]]" a thousand deep must not blow Python's stack.
    stack: list[tuple[Any, tuple[Any, ...]]] = [(root, ())] if root is not None else []
    while stack:
        node, at = stack.pop()
        found[at] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                name = key.value if isinstance(key, yaml.ScalarNode) else str(key.start_mark)
                where = (key.start_mark.line + 1, key.start_mark.column + 1)
                if at + (name, "<key>") in found and duplicates is not None:
                    duplicates.append((*where, str(name)))
                found[at + (name, "<key>")] = where
                stack.append((value, (*at, name)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*at, index)) for index, item in enumerate(node.value))
    return found


def locator(marks: Mapping[tuple[Any, ...], tuple[int, int]], base: tuple[Any, ...]) -> Where:
    """A `Where` for the entry at `base`: a field's name, else its value, else the entry."""

    def where(at: tuple[Any, ...]) -> tuple[int | None, int | None]:
        for candidate in ((*base, *at, "<key>"), (*base, *at)):
            if candidate in marks:
                return marks[candidate]
        # A missing field: point at the innermost part that exists.
        for cut in range(len(at) - 1, -1, -1):
            if base + at[:cut] in marks:
                return marks[base + at[:cut]]
        return None, None

    return where


_UNREAD: Any = object()


def parse_file(
    text: str, path: str, data: Any = _UNREAD
) -> tuple[str | None, list[Any], list[CrosscheckError]]:
    """The top level of a claim file's text: (article id, raw entries, problems).  `data` is
    the text already parsed, if it is.

    Raises CrosscheckError for text that is not acceptable YAML (tabs, aliases, tags ...).
    """
    if not text.strip():
        raise CrosscheckError("the file is empty (expected 'article:' and 'claims:')", path, 1, 1)
    if data is _UNREAD:
        data = yamlio.load(text, path)
    problems: list[CrosscheckError] = []
    if not isinstance(data, Mapping):
        problems.append(
            CrosscheckError(
                f"a claim file is a mapping with 'article' and 'claims', not {_type_name(data)}",
                path,
                1,
                1,
            )
        )
        return None, [], problems
    marks: dict[tuple[Any, ...], tuple[int, int]] | None = None

    def where(at: tuple[Any, ...]) -> tuple[int | None, int | None]:
        nonlocal marks
        if marks is None:
            marks = positions(text)
        line, column = locator(marks, ())(at)
        return (line or 1), (column or 1)

    def problem(message: str, key: str) -> None:
        line, column = where((key,))
        problems.append(CrosscheckError(message, path, line, column, field=key))

    for key in data:
        if key not in FILE_KEYS:
            problem(f"unknown key{did_you_mean(str(key), FILE_KEYS)}", str(key))
    article_id = data.get("article")
    if not isinstance(article_id, str) or not article_id:
        problem("required: the id of the article these claims are about", "article")
        article_id = None
    else:
        try:
            articles.check_id(article_id)
        except CrosscheckError as exc:
            problem(exc.message, "article")
            article_id = None
    if article_id is not None and Path(path).name != f"{article_id}{SUFFIX}":
        problem(f"claims about {article_id!r} belong in {article_id}{SUFFIX}", "article")
    entries = data.get("claims")
    if entries is None:
        entries = []
        if "claims" not in data:
            problem("required field is missing (a list, may be empty: 'claims: []')", "claims")
    elif not isinstance(entries, list):
        problem(f"must be a list of claims, not {_type_name(entries)}", "claims")
        entries = []
    return article_id, entries, problems


def read_claims_file(
    path: Path,
    text: str | None = None,
    *,
    memo: dict[str, str] | None = None,
    skip: str | None = None,
) -> tuple[str, list[Claim]]:
    """Read and validate one claim file: (article id, its claims); CrosscheckError on the
    first problem, located by line and column.  The claim with id `skip` (one being repaired)
    is left out, unchecked."""
    if text is None:
        text = yamlio.read_text(path)
    name = str(path)
    article_id, entries, problems = parse_file(text, name)
    if problems:
        raise problems[0]
    assert article_id is not None
    found: list[Claim] = []
    seen: dict[str, int] = {}
    marks: dict[tuple[Any, ...], tuple[int, int]] | None = None
    memo = {} if memo is None else memo
    for index, entry in enumerate(entries):
        if skip is not None and isinstance(entry, Mapping) and entry.get("id") == skip:
            continue
        claim, errors = check_entry(entry, article_id, path=name, memo=memo)
        if errors:
            # Only now pay for line numbers.
            marks = marks if marks is not None else positions(text)
            where = locator(marks, ("claims", index))
            _, errors = check_entry(entry, article_id, path=name, where=where)
            raise errors[0]
        assert claim is not None
        if claim.id in seen:
            marks = marks if marks is not None else positions(text)
            line, column = locator(marks, ("claims", index))(("id",))
            first, _ = locator(marks, ("claims", seen[claim.id]))(("id",))
            raise CrosscheckError(
                f"duplicate id {claim.id!r} (also at {name}:{first})",
                name,
                line,
                column,
                field="id",
            )
        seen[claim.id] = index
        found.append(claim)
    found.sort(key=_id_key)
    return article_id, found


def corpus_digest(
    articles_dir: Path,
    claims_dir: Path,
    claim_hashes: Sequence[tuple[str, bytes]] | None = None,
) -> str:
    """A hash of the names and contents of every article and claim file, and of the corpus's
    aliases.yaml: equal digests, the same corpus.  "" if a folder cannot be read (then nothing
    is cached).  `claim_hashes` are (name, `_content_hash`) of the claim files, in
    `claim_files` order, if known."""
    digest = hashlib.blake2b(digest_size=20)
    try:
        for path in sorted(articles_dir.glob(f"*{articles.SUFFIX}")):
            digest.update(path.name.encode() + b"\0" + _content_hash(path.read_bytes()))
        digest.update(b"\1")
        if claim_hashes is None:
            claim_hashes = [
                (path.name, _content_hash(path.read_bytes())) for path in claim_files(claims_dir)
            ]
        for name, content in claim_hashes:
            digest.update(name.encode() + b"\0" + content)
        # The corpus's own aliases (people, places, sides) change what the engine finds.
        from crosscheck.names import CORPUS_ALIASES

        aliases = articles_dir.parent / CORPUS_ALIASES
        if aliases.is_file():
            digest.update(b"\1" + _content_hash(aliases.read_bytes()))
    except OSError:
        return ""
    return digest.hexdigest()


def _content_hash(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=20).digest()


def claim_files(claims_dir: Path) -> list[Path]:
    """The claim files of a folder, sorted by article id."""
    try:
        entries = list(os.scandir(claims_dir))
    except (FileNotFoundError, NotADirectoryError):
        return []
    names = sorted(
        entry.name for entry in entries if entry.name.endswith(SUFFIX) and entry.is_file()
    )
    return [claims_dir / name for name in sorted(names, key=lambda name: name[: -len(SUFFIX)])]


_PARALLEL_BYTES = 2_000_000
"""Below this many bytes of claim files to parse, one process does it (about 4,000 claims:
under a second, less than worker processes would save)."""


def _parse_claim_files(files: list[tuple[Path, bytes]]) -> list[list[Claim] | CrosscheckError]:
    """The claims of each (path, content) in order; a file's problem in its place, and nothing
    after it (the caller stops there)."""
    done: list[list[Claim] | CrosscheckError] = []
    memo: dict[str, str] = {}
    for path, data in files:
        try:
            done.append(read_claims_file(path, yamlio.decode(data, str(path)), memo=memo)[1])
        except CrosscheckError as exc:
            done.append(exc)
            break
    return done


def load_claims(
    claims_dir: Path, *, cache: Cache | None = None, jobs: int | None = None
) -> list[Claim]:
    """Every claim of every file of `claims_dir`, sorted by id, rejected ones included.
    See `_load_claims`."""
    return _load_claims(claims_dir, cache, jobs)[0]


def _load_claims(
    claims_dir: Path, store: Cache | None, jobs: int | None
) -> tuple[list[Claim], list[tuple[str, bytes]]]:
    """Every claim of every file of `claims_dir`, sorted by id, rejected ones included; and
    each file's (name, content hash), in file order.

    Files whose content is in the cache (cache.py) are taken from it; the others are parsed
    in `jobs` processes (default: one per core) when there are enough of them to be worth
    it, and only they are written back.
    """
    found: list[Claim] = []
    where_id: dict[str, Path] = {}
    collecting = gc.isenabled()
    # Decoding 100,000 claims makes a million objects; the collector would walk the heap
    # again and again while they arrive, and there is no garbage to find.
    gc.disable()
    try:
        # Files in article-id order and each file's claims sorted by number: sorted by id.
        paths = claim_files(claims_dir)
        contents = [path.read_bytes() for path in paths]
        hashes = [_content_hash(data) for data in contents]
        cached = store.claim_files(paths, hashes) if store is not None else [None] * len(paths)
        missed = [
            (path, data)
            for path, data, hit in zip(paths, contents, cached, strict=True)
            if hit is None
        ]
        del contents
        parsed = iter(
            parallel.map_chunks(
                _parse_claim_files,
                missed,
                weights=[len(data) for _, data in missed],
                jobs=jobs,
                min_weight=_PARALLEL_BYTES,
                label="reading claim files",
            )
        )
        fresh: list[tuple[Path, bytes, list[Claim]]] = []
        for path, digest, hit in zip(paths, hashes, cached, strict=True):
            if hit is not None:
                claims = hit
            else:
                result = next(parsed)
                if isinstance(result, CrosscheckError):
                    raise result
                claims = result
                fresh.append((path, digest, claims))
            for claim in claims:
                if claim.id in where_id:
                    raise CrosscheckError(
                        f"duplicate id {claim.id!r} (also in {where_id[claim.id]})",
                        str(path),
                        field="id",
                    )
                where_id[claim.id] = path
            found.extend(claims)
        if store is not None:
            store.store_claim_files(claims_dir, fresh, paths)
    finally:
        if collecting:
            gc.enable()
    return found, [(path.name, digest) for path, digest in zip(paths, hashes, strict=True)]


def load_corpus(
    articles_dir: Path,
    claims_dir: Path,
    *,
    cache: Cache | None = None,
    jobs: int | None = None,
) -> Corpus:
    """The articles and their claims; CrosscheckError for claims about an unknown article.
    `cache` and `jobs` as for `load_claims`; results computed from the corpus may be kept in
    `cache` too (None: nothing is read from or written to a cache)."""
    known = articles.load_all(articles_dir, jobs=jobs)
    claims, hashes = _load_claims(claims_dir, cache, jobs)
    for claim in claims:
        if claim.article not in known:
            raise no_article(claims_path(claims_dir, claim.article), claim.article, known)
    # The claim files' hashes are those of the bytes just parsed: no second read.
    return Corpus(known, claims, corpus_digest(articles_dir, claims_dir, hashes), cache)


def no_article(
    path: Path, article_id: str, known: Iterable[str], text: str | None = None
) -> CrosscheckError:
    """The error for a claim file about an article the corpus does not have, at the file's
    `article` key (the file is read again if its `text` is not given: this is rare)."""
    marks = positions(text if text is not None else yamlio.read_text(path))
    line, column = locator(marks, ())(("article",))
    hint = did_you_mean(article_id, sorted(known))
    return CrosscheckError(
        f"no article {article_id!r}{hint}", str(path), line or 1, column or 1, field="article"
    )


def find_claim(claims_dir: Path, claim_id: str) -> tuple[Path, Claim]:
    """The file holding a claim, and the claim; CrosscheckError if there is none."""
    article_id, _ = split_id(claim_id)
    path = claims_path(claims_dir, article_id)
    if not path.exists():
        raise CrosscheckError(f"no claim {claim_id!r} (no claims for {article_id!r})", field="id")
    _, claims = read_claims_file(path)
    for claim in claims:
        if claim.id == claim_id:
            return path, claim
    raise CrosscheckError(f"no claim {claim_id!r}", str(path), field="id")


# --------------------------------------------------------------------------- writing


def _round_trip() -> YAML:
    handler = YAML()
    handler.preserve_quotes = True
    handler.width = 4096  # long quotes stay on one line
    handler.indent(mapping=2, sequence=4, offset=2)
    handler.representer.add_representer(type(None), _null)
    handler.representer.add_representer(str, _text)
    return handler


_YAML11 = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


def _text(representer: Any, data: str) -> Any:
    # ruamel writes YAML 1.2, where "no", "on", "1_000" or "1:20" are plain text; the fast
    # reader (PyYAML, YAML 1.1) would take them for a boolean or a number.  Quote those.
    plain = _YAML11.resolve(yaml.ScalarNode, data, (True, False)) == _STR_TAG
    return representer.represent_scalar(_STR_TAG, data, style=None if plain else "'")


def _null(representer: Any, _: None) -> Any:
    # "high: null" says the side is open; a bare "high:" reads like a forgotten value.
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _to_node(entry: Mapping[str, Any]) -> CommentedMap:
    """A YAML-form entry as ruamel nodes, with `span` and `via` in flow style."""
    node = CommentedMap()
    for key in CLAIM_KEYS:
        if key not in entry:
            continue
        value = entry[key]
        if key == "attribution" and isinstance(value, Mapping):
            inner = CommentedMap()
            for name, part in value.items():
                inner[name] = _flow(part) if isinstance(part, (list, tuple)) else part
            value = inner
        elif key == "span" and isinstance(value, (list, tuple)):
            value = _flow(value)
        node[key] = value
    return node


def entry_text(entry: Mapping[str, Any]) -> str:
    """One YAML-form claim as the YAML text it has in a claim file."""
    out = StringIO()
    _round_trip().dump(_to_node(entry), out)
    return out.getvalue()


def _flow(values: Sequence[Any]) -> CommentedSeq:
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq


def _plain(value: Any) -> Any:
    """ruamel's round-trip values as the plain ones PyYAML's loader gives."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    return value


@dataclass
class _Open:
    """A claim file read for changing: its path, ruamel document and original text."""

    path: Path
    document: Any
    text: str | None

    @property
    def entries(self) -> Any:
        return self.document["claims"]


def _open(
    path: Path, article_id: str, article: Article | None = None, *, fixing: str | None = None
) -> _Open:
    """Read a claim file for changing; with `article`, its quotes must be in the article too
    (not when fixing a claim: a broken quote must not stop its own correction, nor may the
    claim `fixing` itself; what is written is checked whole anyway)."""
    if not path.exists():
        document = CommentedMap()
        document["article"] = article_id
        document["claims"] = CommentedSeq()
        return _Open(path, document, None)
    text = _read_for_change(path, article, fixing)
    try:
        document = _round_trip().load(text)
    except RuamelError as exc:  # what PyYAML took but ruamel (YAML 1.2) does not
        mark = getattr(exc, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CrosscheckError(f"invalid YAML: {problem}", str(path), line, column) from None
    if document.get("claims") is None:
        document["claims"] = CommentedSeq()
    document["claims"].fa.set_block_style()  # "claims: []" grows into a block list
    return _Open(path, document, text)


def _read_for_change(path: Path, article: Article | None, fixing: str | None = None) -> str:
    """The text of a claim file about to be changed; CrosscheckError, saying where, if it is
    broken (a change must not build on it; the claim `fixing` may be) or, with `article`,
    quotes a text not in it."""
    text = yamlio.read_text(path)
    _, claims = read_claims_file(path, text, skip=fixing)
    if article is not None:
        check_quotes(path, text, claims, article)
    duplicates: list[tuple[int, int, str]] = []
    positions(text, duplicates)
    if duplicates:
        twice = duplicates[0]
        raise CrosscheckError(
            "duplicate key (YAML allows one)", str(path), twice[0], twice[1], field=twice[2]
        )
    return text


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


def _save(opened: _Open, extra: str = "") -> None:
    out = StringIO()
    _round_trip().dump(opened.document, out)
    text = out.getvalue()
    if opened.text is None:
        text = f"{SCHEMA_LINE}\n{text}"
    text += extra
    # What we write must read back; otherwise leave the file as it was.
    read_claims_file(opened.path, text)
    yamlio.write_atomic(opened.path, text)


def _highest(text: str | None, article_id: str) -> int:
    """The highest claim number ever used in a file, removed claims included: their ids stay
    in a '# removed' comment so that a number is never given out twice."""
    if not text:
        return 0
    pattern = re.compile(r"(?<![a-z0-9._-])" + re.escape(article_id) + r"#(\d+)")
    return max((int(n) for n in pattern.findall(text)), default=0)


_LEFTOVER = re.compile(r"^\.(?P<target>.+)\.[^.]+\.tmp$")


@cache
def _leftovers(folder: Path) -> dict[str, list[Path]]:
    """The temporary files interrupted writes left in `folder`, by the file they were for.
    Read once per process and folder: scanning the folder on every write would make a run
    that writes every file of a large corpus quadratic (a file killed mid-write in this very
    process cannot be cleared by it anyway)."""
    found: dict[str, list[Path]] = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            match = _LEFTOVER.match(entry.name)
            if match:
                found.setdefault(match["target"], []).append(folder / entry.name)
    return found


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the lock of a claim file (a `.NAME.lock` file beside it) while changing it, and
    clear the temporary files an interrupted write of it left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = _lock(path)
    try:
        lock.acquire()
    except Timeout:
        raise CrosscheckError(
            f"another crosscheck is changing this file (waited {_LOCK_TIMEOUT:.0f} s)", str(path)
        ) from None
    # What an interrupted write of this file left (yamlio.write_atomic's temporary files):
    # with the lock held, no live writer of this file can own one.
    real = Path(os.path.realpath(path))
    for leftover in _leftovers(real.parent).pop(real.name, ()):
        leftover.unlink(missing_ok=True)
    try:
        yield
    finally:
        lock.release()


def add_claims(
    claims_dir: Path,
    article: Article,
    entries: Sequence[Mapping[str, Any]],
    *,
    checked: bool = False,
) -> list[str]:
    """Append claims about `article` to its file, giving each the next id; returns the ids.

    Every entry is validated first: if one is bad, nothing is written.  `checked`: the
    caller has validated each entry against the article already (`_check_against`, as
    pipeline.extract does to leave out the bad ones), so it is not done twice.
    """
    path = claims_path(claims_dir, article.id)
    for index, entry in enumerate([] if checked else entries):
        candidate = {"id": f"{article.id}#1", **{k: v for k, v in entry.items() if k != "id"}}
        _check_against(candidate, article, f"{path} (new claim {index + 1})")
    with _locked(path):
        text = _read_for_change(path, article) if path.exists() else None
        number = _highest(text, article.id)
        new_ids = [f"{article.id}#{number + n}" for n in range(1, len(entries) + 1)]
        numbered = [
            {**{k: v for k, v in entry.items() if k != "id"}, "id": new_id}
            for entry, new_id in zip(entries, new_ids, strict=True)
        ]
        # Appending leaves every byte on file as it was (comments included), so the new
        # claims, validated above, can be written by the fast emitter (tested to read back
        # the same with both YAML readers) instead of a round trip of the whole file.
        head = _append_point(text, article.id)
        if head is not None:
            try:
                tail = yamlio.emit_claims([_ordered(entry) for entry in numbered])
            except TypeError:  # a value it does not write: the round trip does
                tail = None
            if tail is not None:
                yamlio.write_atomic(path, head + tail)
                return new_ids
        opened = _open(path, article.id, article)
        for entry in numbered:
            opened.entries.append(_to_node(entry))
        _save(opened)
    return new_ids


def _ordered(entry: Mapping[str, Any]) -> dict[str, Any]:
    """A YAML-form entry with its keys in the claim format's order (as `_to_node`)."""
    return {key: entry[key] for key in CLAIM_KEYS if key in entry}


def _append_point(text: str | None, article_id: str) -> str | None:
    """The text new claims can be appended to (a new file's head if there is no file), or
    None if the file's form does not allow it: `claims` must be its last key, a block list
    indented as crosscheck writes it (or empty: `claims:`), followed only by comments."""
    if text is None:
        return f"{SCHEMA_LINE}\n{yamlio.emit_mapping({'article': article_id})}claims:\n"
    try:
        root = yaml.compose(text, Loader=yamlio._Loader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode) or not root.value:
        return None
    key, value = root.value[-1]
    if not isinstance(key, yaml.ScalarNode) or key.value != "claims":
        return None
    if isinstance(value, yaml.SequenceNode):
        if value.flow_style or (value.value and value.start_mark.column != 2):
            return None
    elif not (isinstance(value, yaml.ScalarNode) and value.value == "" and value.style is None):
        return None
    rest = text[value.end_mark.index :]
    if any(line.strip() and not line.lstrip().startswith("#") for line in rest.splitlines()):
        return None
    return text if text.endswith("\n") else text + "\n"


def _check_against(entry: Mapping[str, Any], article: Article, where: str) -> Claim:
    claim = entry_to_claim(entry, article.id, path=where)
    wrong = quote_problem(article, claim.quote, (claim.span.start, claim.span.end))
    if wrong:
        raise CrosscheckError(wrong[1], where, field=wrong[0])
    return claim


def _index_of(opened: _Open, claim_id: str) -> int:
    for index, entry in enumerate(opened.entries):
        if isinstance(entry, Mapping) and entry.get("id") == claim_id:
            return index
    raise CrosscheckError(f"no claim {claim_id!r}", str(opened.path), field="id")


_SHORTHANDS = {"source": ("attribution", "source"), "via": ("attribution", "via")}


def update_claim(
    claims_dir: Path, claim_id: str, changes: Mapping[str, Any], articles: Mapping[str, Article]
) -> Claim:
    """Change fields of one claim and return it as changed.

    `changes` are YAML-form fields (None removes an optional field); "source" and "via" are
    short for the attribution's.  A new figure or kind recomputes the interval unless it is
    given too; a new quote recomputes the span.
    """
    article_id, _ = split_id(claim_id)
    if article_id not in articles:
        raise CrosscheckError(f"no article {article_id!r}", field="article")
    article = articles[article_id]
    path = claims_path(claims_dir, article_id)
    if not path.exists():
        raise CrosscheckError(f"no claim {claim_id!r} (no claims for {article_id!r})", field="id")
    for key in changes:
        known = [*CLAIM_KEYS, *_SHORTHANDS, "attribution.source", "attribution.via"]
        if key not in known:
            raise CrosscheckError(f"unknown key{did_you_mean(key, known)}", field=key)
        if key == "id":
            raise CrosscheckError("a claim's id cannot be changed", field="id")
    with _locked(path):
        opened = _open(path, article_id, fixing=claim_id)
        index = _index_of(opened, claim_id)
        node = opened.entries[index]
        before = _plain(node)
        after = _apply(before, changes, article)
        claim = _check_against(after, article, str(path))
        _merge(node, after)
        _save(opened)
        return claim


def _apply(entry: dict[str, Any], changes: Mapping[str, Any], article: Article) -> dict[str, Any]:
    after = dict(entry)
    attribution = dict(after.get("attribution") or {})
    for key, value in changes.items():
        name = key.split(".", 1)[-1] if key.startswith("attribution.") else key
        if name in _SHORTHANDS or key.startswith("attribution."):
            if value is None:
                attribution.pop(name, None)
            else:
                attribution[name] = list(value) if name == "via" else value
            after["attribution"] = attribution
        elif value is None:
            if key in REQUIRED:
                raise CrosscheckError("required field cannot be removed", field=key)
            after.pop(key, None)
        else:
            after[key] = value
    if ("figure" in changes or "kind" in changes) and after.get("figure") is not None:
        kind = after.get("kind")
        try:
            estimate = quantities.parse_figure(str(after["figure"]), kind)
        except CrosscheckError as exc:
            if "best" not in changes:
                raise CrosscheckError(exc.message, field="figure") from None
        else:
            derived = {
                "qualifier": estimate.qualifier.value,
                "low": _value(estimate.low, str(kind)),
                "best": _value(estimate.best, str(kind)),
                "high": _value(estimate.high, str(kind)),
                "unit": estimate.unit,
            }
            for key, value in derived.items():
                if key not in changes and key in after:
                    after[key] = value
    if "quote" in changes and "span" not in changes and isinstance(after.get("quote"), str):
        found = find_quote(article.body, after["quote"])
        if found is None:
            raise CrosscheckError(
                f"not found in article {article.id!r} (whitespace-insensitive)", field="quote"
            )
        after["span"] = [found[0], found[1]]
    for key in ("as_of", "about"):
        if key in changes and changes[key] is not None:
            after[key] = _as_of(changes[key])
    return after


def _merge(node: CommentedMap, after: Mapping[str, Any]) -> None:
    """Carry the changed fields into the ruamel node, keeping its comments and key order."""
    for key in list(node):
        if key not in after:
            del node[key]
    for key, value in after.items():
        if key in node and _plain(node[key]) == value:
            continue
        fresh = _to_node({key: value})[key] if key in CLAIM_KEYS else value
        if key in node:
            node[key] = fresh
        else:
            # A new key goes where docs/claim-format.md puts it.
            order = [k for k in CLAIM_KEYS if k in node or k == key]
            node.insert(order.index(key), key, fresh)


def remove_claim(claims_dir: Path, claim_id: str) -> None:
    """Delete a claim from its file.  Its number is not given out again.  (To keep the
    extractor from proposing it again, set status rejected instead.)"""
    article_id, _ = split_id(claim_id)
    path = claims_path(claims_dir, article_id)
    if not path.exists():
        raise CrosscheckError(f"no claim {claim_id!r} (no claims for {article_id!r})", field="id")
    with _locked(path):
        opened = _open(path, article_id)
        index = _index_of(opened, claim_id)
        del opened.entries[index]
        _save(opened, extra=f"# removed {claim_id}\n")
