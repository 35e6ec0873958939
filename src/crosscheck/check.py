"""`crosscheck check`: every problem of the corpus files, each as FILE:LINE:COL: message.

Unlike loading, which stops at the first problem, checking goes on and reports them all:
unreadable or malformed files, article front matter, claim files against the JSON Schema
(data/claims.schema.json) and the rules of docs/claim-format.md, quotes that are not in their
article, spans that do not cover them, ids used twice, claim files that would be ignored (a
stray .yml) and temporary files left over by an interrupted write (a kill during `write_atomic`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from crosscheck import articles, claimfile, parallel, store, yamlio
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article
from crosscheck.pipeline import stray_claim_files
from crosscheck.store import loading, quotes, validation


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, where it is (1-based line and column)."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"

    @classmethod
    def from_error(cls, error: CrosscheckError, path: str) -> Problem:
        message = f"{error.field}: {error.message}" if error.field else error.message
        return cls(error.path or path, error.line or 1, error.column or 1, message)


@dataclass(frozen=True)
class CheckResult:
    """The problems found, and how many articles and claims were looked at."""

    problems: list[Problem]
    articles: int
    claims: int


def check_corpus(articles_dir: Path, claims_dir: Path) -> list[Problem]:
    """Every problem of the articles and claim files, sorted by file and line."""
    return run(articles_dir, claims_dir).problems


def run(articles_dir: Path, claims_dir: Path, *, jobs: int | None = None) -> CheckResult:
    """Check the corpus; the problems, sorted by file and line, and what was counted.  Claim
    files are checked in `jobs` processes (default: one per core) when there are enough."""
    problems: list[Problem] = []
    known, broken = _check_articles(articles_dir, problems)
    for folder in (articles_dir, claims_dir):
        problems.extend(
            Problem(str(path), 1, 1, "left over from an interrupted write; delete it")
            for path in sorted(folder.glob(".*.tmp"))
        )
    count = 0
    if claims_dir.is_dir():
        problems.extend(
            Problem.from_error(error, str(claims_dir)) for error in stray_claim_files(claims_dir)
        )
        paths = loading.claim_files(claims_dir)
        results = parallel.map_chunks(
            _check_claim_files,
            paths,
            weights=[_size(path) for path in paths],
            jobs=jobs,
            min_weight=_PARALLEL_BYTES,
            shared=(known, broken),
        )
        seen: dict[str, tuple[Path, int]] = {}
        for path, (found, entries, ids) in zip(paths, results, strict=True):
            problems.extend(found)
            count += entries
            problems.extend(_duplicate_ids(path, ids, seen))
    return CheckResult(sorted(set(problems)), len(known), count)


_PARALLEL_BYTES = 2_000_000
"""Below this many bytes of claim files, one process checks them (as store/loading.py reads)."""


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _duplicate_ids(
    path: Path, ids: list[tuple[str, int]], seen: dict[str, tuple[Path, int]]
) -> list[Problem]:
    """A problem for each id of this file's (id, entry index) already used, before or here;
    `seen` gathers where each id was first used.  Lines are looked up only for those."""
    found = []
    for claim_id, index in ids:
        if claim_id not in seen:
            seen[claim_id] = (path, index)
            continue
        first_path, first_index = seen[claim_id]
        line, column = _id_position(path, index)
        first, _ = _id_position(first_path, first_index)
        found.append(
            Problem(
                str(path),
                line,
                column,
                f"id: duplicate id {claim_id!r} (also at {first_path}:{first})",
            )
        )
    return found


def _id_position(path: Path, index: int) -> tuple[int, int]:
    marks = loading.positions(yamlio.read_text(path))
    line, column = loading.locator(marks, ("claims", index))(("id",))
    return line or 1, column or 1


def _check_articles(folder: Path, problems: list[Problem]) -> tuple[dict[str, Article], set[str]]:
    known: dict[str, Article] = {}
    broken: set[str] = set()  # ids (file names) of article files that did not read
    if not folder.is_dir():
        problems.append(Problem(str(folder), 1, 1, "no such folder (see --root)"))
        return known, broken
    for path in sorted(folder.glob(f"*{articles.SUFFIX}")):
        try:
            article = articles.read(path)
        except CrosscheckError as exc:
            problems.append(Problem.from_error(exc, str(path)))
            broken.add(path.stem)
            continue
        if article.id in known:
            other = known[article.id].path
            problems.append(
                Problem(str(path), 1, 1, f"id: duplicate article id {article.id!r} (also {other})")
            )
            continue
        if path.name != f"{article.id}{articles.SUFFIX}":
            problems.append(
                Problem(str(path), 1, 1, f"id: article {article.id!r} belongs in {article.id}.txt")
            )
        known[article.id] = article
    return known, broken


def _check_claim_files(paths: list[Path]) -> list[tuple[list[Problem], int, list[tuple[str, int]]]]:
    """Check claim files against the articles `parallel.shared()` gives (known, broken): for
    each file its problems, its number of claims and its claim ids (id, entry index)."""
    known, broken = parallel.shared()
    return [_check_claim_file(path, known, broken) for path in paths]


def _check_claim_file(
    path: Path, known: Mapping[str, Article], broken: set[str]
) -> tuple[list[Problem], int, list[tuple[str, int]]]:
    """The problems of one claim file, its number of claims, and its ids with their entry
    index.  Line numbers cost a second parse: they are looked up only for a file that has a
    problem to place."""
    name = str(path)
    problems: list[Problem] = []
    duplicates: list[tuple[int, int, str]] = []
    known_marks: dict[tuple[Any, ...], tuple[int, int]] | None = None
    try:
        text = yamlio.read_text(path)
        try:
            data = yamlio.load(text, name) if text.strip() else None
        except CrosscheckError:
            # Repeated keys are reported below, each of them, with the file's other problems
            # (anything else is raised again).
            data = yamlio.load(text, name, keep_duplicates=True)
            known_marks = loading.positions(text, duplicates)
        article_id, entries, top = loading.parse_file(text, name, data)
    except CrosscheckError as exc:
        return [Problem.from_error(exc, name)], 0, []

    def marks() -> dict[tuple[Any, ...], tuple[int, int]]:
        nonlocal known_marks
        if known_marks is None:
            known_marks = loading.positions(text)
        return known_marks

    def locate(base: tuple[Any, ...]) -> store.Where:
        return lambda at: loading.locator(marks(), base)(at)

    for at_line, at_column, key in duplicates:
        problems.append(
            Problem(name, at_line, at_column, f"{key}: duplicate key (YAML allows one)")
        )
    reported: set[tuple[Any, ...]] = set()
    for error in top:
        problems.append(Problem.from_error(error, name))
        reported.add((error.field or "",))
    article = known.get(article_id) if article_id else None
    if article_id and article is None and article_id not in broken:
        problems.append(Problem.from_error(loading.no_article(path, article_id, known, text), name))
    owner = article_id or path.stem
    ids: list[tuple[str, int]] = []
    for index, entry in enumerate(entries):
        where = locate(("claims", index))
        claim, errors = validation.check_entry(entry, owner, path=name, where=where)
        for error in errors:
            problems.append(Problem.from_error(error, name))
            reported.add(("claims", index, error.field or ""))
        claim_id = entry.get("id") if isinstance(entry, Mapping) else None
        if isinstance(claim_id, str):
            ids.append((claim_id, index))
        if claim is not None and article is not None:
            wrong = quotes.quote_problem(article, claim.quote, (claim.span.start, claim.span.end))
            if wrong:
                field, message = wrong
                line, column = where((field,))
                problems.append(Problem(name, line or 1, column or 1, f"{field}: {message}"))
    problems.extend(_schema_problems(data, name, locate(()), reported))
    return problems, len(entries), ids


# --------------------------------------------------------------------------- JSON Schema


def schema() -> dict[str, Any]:
    """The JSON Schema of a claim file (generated from the model: claimfile.schema)."""
    return claimfile.schema()


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


@cache
def _gate() -> Any:
    """A compiled validator of the same schema (jsonschema-rs): it decides whether a file
    meets the schema about 70 times faster than jsonschema, which then words the errors of
    the files that do not."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(schema())


def _passes(data: Any) -> bool:
    """True if `data` (a claim file as JSON values) meets the schema; False if not, or if the
    fast validator cannot tell (then jsonschema decides, with every error)."""
    try:
        return bool(_gate().is_valid(data))
    except Exception:  # noqa: BLE001 - a value it cannot take: the slow path decides
        return False


def _jsonable(value: Any, depth: int = 0) -> Any:
    """YAML values as JSON ones: dates become the ISO text they were written as.  Below the
    depth any claim file has, the schema has already failed; what is there does not matter."""
    if depth > 20:
        return None
    if isinstance(value, Mapping):
        return {str(key): _jsonable(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item, depth + 1) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


_TYPE_WORDS = {
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "array": "a list",
    "object": "a mapping",
    "null": "null",
    "boolean": "true/false",
}


def _schema_problems(
    data: Any, name: str, where: store.Where, reported: set[tuple[Any, ...]]
) -> list[Problem]:
    """What the JSON Schema finds that the checks above did not already report; `where`
    places a path of the file."""
    found: list[Problem] = []
    plain = _jsonable(data)
    if _passes(plain):
        return found
    for error in _validator().iter_errors(plain):
        at = tuple(error.absolute_path)
        for field_at, message in _explain(error, at):
            entry = field_at[:2] if len(field_at) >= 2 and field_at[0] == "claims" else ()
            field = ".".join(str(part) for part in field_at[len(entry) :])
            parts = field.split(".") if field else []
            # A problem already reported for a field covers what is wrong inside it.
            covered = {(*entry, ".".join(parts[:cut])) for cut in range(len(parts) + 1)}
            if covered & reported:
                continue
            reported.add((*entry, field))
            line, column = where(field_at)
            text = f"{field}: {message}" if field else message
            found.append(Problem(name, line or 1, column or 1, text))
    return found


def _explain(error: ValidationError, at: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], str]]:
    """(path, message) pairs for one schema error, in crosscheck's words."""
    instance = error.instance
    rule: Any = error.schema  # typed loosely by jsonschema
    value: Any = error.validator_value
    if error.validator == "additionalProperties" and isinstance(instance, Mapping):
        allowed = list(rule.get("properties", {}))
        return [
            ((*at, key), f"unknown key{validation.did_you_mean(key, allowed)}")
            for key in instance
            if key not in allowed
        ]
    if error.validator == "required" and isinstance(instance, Mapping):
        return [((*at, key), "required field is missing") for key in value if key not in instance]
    if error.validator == "type":
        wanted = value
        names = [wanted] if isinstance(wanted, str) else list(wanted)
        words = " or ".join(_TYPE_WORDS.get(n, n) for n in names)
        return [(at, f"must be {words}, not {_TYPE_WORDS.get(_json_type(instance), '?')}")]
    if error.validator == "enum":
        names = [str(v) for v in value if v is not None]
        hint = validation.did_you_mean(str(instance), names)
        return [(at, f"{instance!r} is not one of {', '.join(names)}{hint}")]
    if error.validator == "pattern":
        return [(at, f"{instance!r} does not have the expected form ({value})")]
    if error.validator == "minLength":
        return [(at, "must not be empty")]
    return [(at, error.message)]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
