"""Article files: a YAML front-matter header, then the body kept verbatim.

---
id: daily-example-2021-03-04-storm-kills-12-on-coast
title: Storm Kills 12 on Coast
outlet: The Daily Example
url: http://...
published: 2021-03-04      # ISO date; "2021-03" or "2021" when only that is known
published_note: how the date was established (optional)
---
<body, verbatim: quote spans index into it>

Newlines are read as "\n" whatever the file uses ("\r\n", "\r"), and a byte-order mark at the
start is not part of the file: quote spans count the characters of the body with "\n"
newlines, so a CRLF checkout (git's core.autocrlf) gives the same spans as the committed file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from io import StringIO
from pathlib import Path
from typing import Any

from crosscheck import dates, parallel, yamlio
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, DateRef

FENCE = "---"
SUFFIX = ".txt"
REQUIRED = ("id", "title", "outlet", "published")
OPTIONAL = ("url", "published_note")
ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{0,119}$"
"""An article id: a safe file name (the claim file format says so too)."""
_ID = re.compile(ID_PATTERN)
_SLUG_WORDS = 6
MAX_BYTES = 5_000_000
# Python's calendar runs from year 1 to 9999; an article's relative dates ("next year", "a
# year ago") are resolved against its publication date, so one year is kept on either side.
_FIRST_YEAR, _LAST_YEAR = 2, 9998


def check_id(article_id: str, path: str | None = None) -> str:
    """An article id is a safe file name: lower-case letters, digits, '.', '_' and '-'."""
    if not _ID.match(article_id) or ".." in article_id:
        raise CrosscheckError(
            f"article id {article_id!r} is not allowed: use lower-case letters, digits and "
            "'-' (no '/', no '..', at most 120 characters)",
            path,
            field="id",
        )
    return article_id


def slug(text: str, words: int | None = None) -> str:
    """ASCII, lower-case, dash-separated: "Harbour's Edge" -> "harbours-edge"."""
    from anyascii import anyascii  # here: ~30 ms to import, for commands that make an id

    folded = anyascii(text).lower().replace("'", "")
    parts = re.findall(r"[a-z0-9]+", folded)
    return "-".join(parts[:words] if words else parts)


def make_id(outlet: str, published: DateRef, title: str) -> str:
    """A readable id: outlet-date-slug ("daily-example-2021-03-04-storm-kills-12-on-coast")."""
    outlet_words = re.sub(r"\(.*?\)", "", outlet)
    outlet_slug = slug(re.sub(r"^\s*the\s+", "", outlet_words, flags=re.IGNORECASE))
    return check_id(f"{outlet_slug}-{published}-{slug(title, _SLUG_WORDS)}"[:120].rstrip("-"))


def normalise(text: str) -> str:
    """`text` with "\n" newlines (universal newlines) and no leading byte-order mark."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def parse(text: str, path: str) -> Article:
    """An Article from the text of an article file; CrosscheckError if the header is bad."""
    text = normalise(text)
    if not text.strip():
        raise CrosscheckError("the file is empty", path, 1)
    lines = text.split("\n")
    if lines[0].rstrip("\r") != FENCE:
        raise CrosscheckError("an article file starts with a '---' front-matter line", path, 1)
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.rstrip("\r") == FENCE)
    except StopIteration:
        raise CrosscheckError("front matter has no closing '---' line", path, 1) from None
    header = yamlio.load("\n".join(lines[1:end]), path, first_line=2)
    if not isinstance(header, dict):
        raise CrosscheckError("front matter must be a mapping of fields", path, 2)
    line_of = _line_numbers(lines[1:end], first_line=2)
    for key in header:
        if key not in REQUIRED + OPTIONAL:
            raise CrosscheckError(
                f"unknown field (known: {', '.join(REQUIRED + OPTIONAL)})",
                path,
                line_of.get(str(key)),
                1,
                field=str(key),
            )
    for key in REQUIRED:
        if header.get(key) in (None, ""):
            raise CrosscheckError("required field is missing", path, 2, field=key)
    for key in ("id", "title", "outlet", "url"):
        if key in header and header[key] is not None and not isinstance(header[key], str):
            raise CrosscheckError("must be text", path, line_of.get(key), 1, field=key)
    published = dates.parse_dateref(header["published"])
    if published is None:
        raise CrosscheckError(
            f"{header['published']!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
            path,
            line_of.get("published"),
            1,
            field="published",
        )
    if not _FIRST_YEAR <= published.start.year <= published.end.year <= _LAST_YEAR:
        raise CrosscheckError(
            f"{str(published)!r} is too near the ends of the calendar: relative dates ('next "
            f"year', 'a year ago') need a year on either side ({_FIRST_YEAR} to {_LAST_YEAR})",
            path,
            line_of.get("published"),
            1,
            field="published",
        )
    check_id(header["id"], path)
    body = "\n".join(lines[end + 1 :])
    return Article(
        id=header["id"],
        title=header["title"],
        outlet=header["outlet"],
        published=published,
        body=body,
        url=header.get("url"),
        path=path,
    )


def _line_numbers(lines: list[str], first_line: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for number, line in enumerate(lines, start=first_line):
        match = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if match:
            found.setdefault(match[1], number)
    return found


def render(article: Article, note: str | None = None) -> str:
    """The text of an article file for `article` (front matter + verbatim body)."""
    header: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": str(article.published),
    }
    if note:
        header["published_note"] = note
    if header["url"] is None:
        del header["url"]
    from ruamel.yaml import YAML  # only to write an article: ~25 ms to import

    dumper = YAML()
    dumper.width = 4096
    out = StringIO()
    dumper.dump(header, out)
    return f"{FENCE}\n{out.getvalue()}{FENCE}\n{article.body}"


def read(path: Path) -> Article:
    """Read and check one article file."""
    if path.stat().st_size > MAX_BYTES:
        raise CrosscheckError(f"larger than {MAX_BYTES // 1_000_000} MB", str(path))
    return parse(yamlio.read_text(path), str(path))


_PARALLEL_FILES = 2000
"""From this many article files on, they are read in a process per core (see parallel.py)."""


def _read_many(paths: list[Path]) -> list[Article | CrosscheckError]:
    """Each file's Article in order; a file's problem in its place, and nothing after it."""
    done: list[Article | CrosscheckError] = []
    for path in paths:
        try:
            done.append(read(path))
        except CrosscheckError as exc:
            done.append(exc)
            break
    return done


def files(folder: Path) -> list[Path]:
    """The article files of a folder (the names `*.txt` matches), sorted by name."""
    return [folder / name for name in names(folder)]


def names(folder: Path) -> list[str]:
    """The names of the article files of a folder, sorted."""
    try:
        found = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(name for name in found if name.endswith(SUFFIX) and name[0] != ".")


def load_all(
    folder: Path, *, jobs: int | None = None, kept: Mapping[Path, Article] | None = None
) -> dict[str, Article]:
    """Every article of a folder, by id; CrosscheckError on the first bad file or clash.
    Many files are read in `jobs` processes (default: one per core); those `kept` holds
    (parsed before, from the same bytes) are not read."""
    found: dict[str, Article] = {}
    paths = files(folder)
    known = kept or {}
    read = iter(
        parallel.map_chunks(
            _read_many,
            [path for path in paths if path not in known],
            jobs=jobs,
            min_weight=_PARALLEL_FILES,
            label="reading articles",
        )
    )
    for path in paths:
        article = known.get(path) or next(read, None)
        if article is None:
            break  # not reached: a file's problem stops the reading and is raised
        if isinstance(article, CrosscheckError):
            raise article
        if article.id in found:
            raise CrosscheckError.duplicate("article id", article.id, found[article.id].path, path)
        found[article.id] = article
    return found


def path_for(folder: Path, article_id: str) -> Path:
    return folder / f"{check_id(article_id)}{SUFFIX}"


def add(
    folder: Path,
    body: str,
    *,
    outlet: str,
    published: str,
    title: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
    note: str | None = None,
) -> Article:
    """Store a new article; the title defaults to the body's first non-empty line."""
    body = normalise(body)
    if not body.strip():
        raise CrosscheckError("the article text is empty", field="body")
    when = dates.parse_dateref(published)
    if when is None:
        raise CrosscheckError(
            f"{published!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", field="published"
        )
    title = title or next(line.strip() for line in body.splitlines() if line.strip())[:200]
    new_id = check_id(article_id) if article_id else make_id(outlet, when, title)
    target = path_for(folder, new_id)
    if target.exists():
        raise CrosscheckError(f"article {new_id!r} exists already", str(target), field="id")
    article = Article(new_id, title, outlet, when, body, url, str(target))
    yamlio.write_atomic(target, render(article, note))
    return article
