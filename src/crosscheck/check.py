"""`crosscheck check`: every problem of the corpus files, each as FILE:LINE:COL: message.

Unlike loading, which stops at the first problem, checking goes on and reports them all:
unreadable or malformed files, article front matter, claim files against the JSON Schema
(data/claims.schema.json) and the rules of docs/claim-format.md, quotes that are not in their
article, spans that do not cover them, ids used twice, claim files that would be ignored (a
stray .yml) and temporary files left over by an interrupted write (a kill during `write_atomic`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from crosscheck import articles, parallel, store, yamlio
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article
from crosscheck.pipeline import stray_claim_files


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
    """Check the corpus; the problems, sorted by file and line, and what was counted.  Many
    claim files are checked in `jobs` processes (default: one per core)."""
    problems: list[Problem] = []
    known, broken = _check_articles(articles_dir, problems)
    for folder in (articles_dir, claims_dir):
        problems.extend(
            Problem(str(path), 1, 1, "left over from an interrupted write; delete it")
            for path in sorted(folder.glob(".*.tmp"))
        )
    seen: dict[str, tuple[Path, int]] = {}  # claim id -> first file and entry using it
    count = 0
    if claims_dir.is_dir():
        problems.extend(
            Problem.from_error(error, str(claims_dir)) for error in stray_claim_files(claims_dir)
        )
        paths = store.claim_files(claims_dir)
        checked = parallel.map_chunks(
            _check_claim_files,
            paths,
            weights=[_size(path) for path in paths],
            jobs=jobs,
            min_weight=_PARALLEL_BYTES,
            shared=(known, broken),
        )
        for path, (found, ids, entries) in zip(paths, checked, strict=True):
            problems.extend(found)
            count += entries
            # Ids are compared across files here, in file order: the same in any process.
            for claim_id, index in ids:
                if claim_id not in seen:
                    seen[claim_id] = (path, index)
                    continue
                first, first_index = seen[claim_id]
                line, column = _id_position(path, index)
                also = f"{first}:{_id_position(first, first_index)[0]}"
                message = f"id: duplicate id {claim_id!r} (also at {also})"
                problems.append(Problem(str(path), line or 1, column or 1, message))
    return CheckResult(sorted(set(problems)), len(known), count)


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


_PARALLEL_BYTES = 2_000_000
"""From this many bytes of claim files on, they are checked in a process per core."""

_Checked = tuple[list["Problem"], list[tuple[str, int]], int]
"""One claim file's problems, the ids it uses (with the entry's index), its claim count."""


def _id_position(path: Path, index: int) -> tuple[int | None, int | None]:
    """Where the id of the claim at `index` is written in a claim file (to report an id used
    twice: rare enough to read the file again)."""
    marks = store.positions(yamlio.read_text(path))
    return store.locator(marks, ("claims", index))(("id",))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _check_claim_files(paths: list[Path]) -> list[_Checked]:
    """`_check_claim_file` of each path, against the articles `run` shares."""
    known, broken = parallel.shared()
    return [_check_claim_file(path, known, broken) for path in paths]


class _Marks(Mapping[tuple[Any, ...], tuple[int, int]]):
    """The positions of a file's keys and values (store.positions), composed only once a
    problem needs locating: a clean file is not parsed a second time."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: dict[tuple[Any, ...], tuple[int, int]] | None = None

    def _marks(self) -> dict[tuple[Any, ...], tuple[int, int]]:
        if self.found is None:
            self.found = store.positions(self.text)
        return self.found

    def __getitem__(self, key: tuple[Any, ...]) -> tuple[int, int]:
        return self._marks()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._marks()

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self._marks())

    def __len__(self) -> int:
        return len(self._marks())


def _check_claim_file(path: Path, known: Mapping[str, Article], broken: set[str]) -> _Checked:
    """The problems of one claim file, the ids it uses (with line and column, to be compared
    across files) and the number of claims in it."""
    name = str(path)
    problems: list[Problem] = []
    ids: list[tuple[str, int]] = []
    try:
        text = yamlio.read_text(path)
        try:
            data = yamlio.load(text, name) if text.strip() else None
            repeated = False
        except CrosscheckError as exc:
            if exc.message != yamlio.DUPLICATE_KEY:
                raise
            # Repeated keys are reported below, each of them, with the other problems.
            data = yamlio.load(text, name, keep_duplicates=True)
            repeated = True
        article_id, entries, top = store.parse_file(text, name, data)
    except CrosscheckError as exc:
        problems.append(Problem.from_error(exc, name))
        return problems, ids, 0
    duplicates: list[tuple[int, int, str]] = []
    marks: Mapping[tuple[Any, ...], tuple[int, int]] = (
        store.positions(text, duplicates) if repeated else _Marks(text)
    )
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
        line, column = store.locator(marks, ())(("article",))
        hint = store.did_you_mean(article_id, list(known))
        problems.append(
            Problem(name, line or 1, column or 1, f"article: no article {article_id!r}{hint}")
        )
    owner = article_id or path.stem
    for index, entry in enumerate(entries):
        where = store.locator(marks, ("claims", index))
        claim, errors = store.check_entry(entry, owner, path=name, where=where)
        for error in errors:
            problems.append(Problem.from_error(error, name))
            reported.add(("claims", index, error.field or ""))
        claim_id = entry.get("id") if isinstance(entry, Mapping) else None
        if isinstance(claim_id, str):
            ids.append((claim_id, index))
        if claim is not None and article is not None:
            wrong = store.quote_problem(article, claim.quote, (claim.span.start, claim.span.end))
            if wrong:
                field, message = wrong
                line, column = where((field,))
                problems.append(Problem(name, line or 1, column or 1, f"{field}: {message}"))
    problems.extend(_schema_problems(data, name, marks, reported))
    return problems, ids, len(entries)


# --------------------------------------------------------------------------- JSON Schema


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of a claim file (data/claims.schema.json)."""
    text = (
        resources.files("crosscheck")
        .joinpath("data")
        .joinpath("claims.schema.json")
        .read_text("utf-8")
    )
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


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
    data: Any,
    name: str,
    marks: Mapping[tuple[Any, ...], tuple[int, int]],
    reported: set[tuple[Any, ...]],
) -> list[Problem]:
    """What the JSON Schema finds that the checks above did not already report."""
    found: list[Problem] = []
    where = store.locator(marks, ())
    for error in _validator().iter_errors(_jsonable(data)):
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
            ((*at, key), f"unknown key{store.did_you_mean(key, allowed)}")
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
        hint = store.did_you_mean(str(instance), names)
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
