"""The claim store: claims/<article-id>.yaml files in, frozen Claim records out, and back.

One module per job:

- `loading`: read claim files (libyaml's C parser through `yamlio.load`), place every key
  and value by line and column, load a whole folder (from the cache where a file did not
  change, in a process per core where enough did), and hash the corpus;
- `validation`: the one check of a claim's YAML form, which builds its Claim or says, at
  FILE:LINE:COL, every field that is wrong;
- `quotes`: whether a quote is in its article and its span covers it;
- `editing`: add, change and remove claims through ruamel.yaml's round trip (comments, key
  order and quoting survive), each write under a lock beside the file, replacing it
  atomically, and nothing written that does not read back.

This module holds what they share: where a claim file is, what a claim id is, the Corpus.
The file format is docs/claim-format.md, its definition `crosscheck.claimfile`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crosscheck import articles
from crosscheck.claimfile import CLAIM_ID_PATTERN
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, Claim

if TYPE_CHECKING:
    from crosscheck.cache import Cache

SUFFIX = ".yaml"
SCHEMA_LINE = "# yaml-language-server: $schema=../claims.schema.json"
CLAIM_ID = re.compile(CLAIM_ID_PATTERN)
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
    # (path, content hash) of every article and claim file read (with a cache only): what
    # the results kept in the cache were computed from (ledger.py).
    files: tuple[tuple[Path, bytes], ...] = ()


# --------------------------------------------------------------------------- paths and ids


def claims_path(claims_dir: Path, article_id: str) -> Path:
    """Where the claims about one article live: claims/<article-id>.yaml."""
    return claims_dir / f"{articles.check_id(article_id)}{SUFFIX}"


def split_id(claim_id: str) -> tuple[str, int]:
    """Split a claim id '<article-id>#<n>' into (article id, n); CrosscheckError if it is
    not one."""
    if not CLAIM_ID.match(claim_id):
        raise CrosscheckError(
            f"{claim_id!r} is not a claim id (expected '<article-id>#<n>')", field="id"
        )
    article_id, _, number = claim_id.rpartition("#")
    articles.check_id(article_id)
    return article_id, int(number)
