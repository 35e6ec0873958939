"""`crosscheck check`: every problem of the corpus files, each as FILE:LINE:COL: message.

Unlike loading, which stops at the first problem, checking goes on and reports them all:
unreadable or malformed files, article front matter, claim files against the rules of
docs/claim-format.md (the one validator, store/validation.py, that loading uses: the JSON
Schema generated from the same model is for editors), quotes that are not in their
article, spans that do not cover them, ids used twice, claim files that would be ignored (a
stray .yml) and temporary files left over by an interrupted write (a kill during `write_atomic`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crosscheck import articles, parallel, store, yamlio
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
    problems.extend(Problem.from_error(error, name) for error in top)
    article = known.get(article_id) if article_id else None
    if article_id and article is None and article_id not in broken:
        problems.append(Problem.from_error(loading.no_article(path, article_id, known, text), name))
    owner = article_id or path.stem
    ids: list[tuple[str, int]] = []
    for index, entry in enumerate(entries):
        where = locate(("claims", index))
        claim, errors = validation.check_entry(entry, owner, path=name, where=where)
        problems.extend(Problem.from_error(error, name) for error in errors)
        claim_id = entry.get("id") if isinstance(entry, Mapping) else None
        if isinstance(claim_id, str):
            ids.append((claim_id, index))
        if claim is not None and article is not None:
            wrong = quotes.quote_problem(article, claim.quote, (claim.span.start, claim.span.end))
            if wrong:
                field, message = wrong
                line, column = where((field,))
                problems.append(Problem(name, line or 1, column or 1, f"{field}: {message}"))
    return problems, len(entries), ids
