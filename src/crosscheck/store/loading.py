"""Loading claim files: text in, validated Claim records out, every problem placed.

A claim file is read with libyaml's C parser (`yamlio.load`); its top level must be a
mapping with `article` (the id of an article, whose file name it is) and `claims` (a list,
maybe empty).  Each entry goes through `validation.check_entry`; line and column numbers
cost a second parse, so they are looked up (`positions`, `locator`) only once a problem is
found.  The first problem stops a load (`crosscheck check` goes on and reports them all).

A folder is loaded in article-id order, each file's claims sorted by number: files whose
content is in the cache (cache.py: an entry per claim file, keyed by its path and content
hash) are taken from it; the others are parsed in a process per core (parallel.py) when
there are enough of them, and only they are written back.  An id used twice in the corpus
is an error.  `corpus_digest` hashes every article, claim file and the corpus's
aliases.yaml: equal digests, the same corpus.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml

from crosscheck import articles, parallel, yamlio
from crosscheck.claimfile import FILE_KEYS
from crosscheck.errors import CrosscheckError
from crosscheck.model import Article, Claim
from crosscheck.store import SUFFIX, Corpus, Where, claims_path, split_id
from crosscheck.store.validation import check_entry, did_you_mean, type_name

if TYPE_CHECKING:
    from crosscheck.cache import Cache, FileHash  # imported by the commands that use a cache


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
                f"a claim file is a mapping with 'article' and 'claims', not {type_name(data)}",
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
        problem(f"must be a list of claims, not {type_name(entries)}", "claims")
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


@dataclasses.dataclass(frozen=True)
class Listing:
    """The article and claim files of a corpus (paths as text, sorted by name) with their
    content hashes (by path) and the bytes of those that had to be read, as one pass of
    `content_hashes` found them: what the commands that hash a corpus twice share."""

    articles: list[str]
    claims: list[str]
    hashes: dict[str, bytes]
    read: dict[str, bytes]
    absolute: list[str]  # of the articles, then the claim files (cache.absolute)


def listing(articles_dir: Path, claims_dir: Path, store: Cache | None) -> Listing:
    """The corpus's files and their content hashes (`content_hashes`).  OSError as for
    reading."""
    # Paths as text: a Path object per file costs more than hashing an unchanged one.
    article_names, claim_names_ = articles.names(articles_dir), claim_names(claims_dir)
    article_paths = joined(articles_dir, article_names)
    claim_paths = joined(claims_dir, claim_names_)
    paths = [*article_paths, *claim_paths]
    # cache.absolute of each path: its folder's, made absolute once.
    names = [*_absolute(articles_dir, article_names), *_absolute(claims_dir, claim_names_)]
    hashes, read = content_hashes(paths, store, names, keep=_LISTED_BYTES)
    return Listing(article_paths, claim_paths, dict(zip(paths, hashes, strict=True)), read, names)


def _absolute(folder: Path, names: Sequence[str]) -> list[str]:
    """cache.absolute(joined(folder, names)), with the folder made absolute once."""
    from crosscheck.cache import absolute  # here: commands that read no corpus skip sqlite

    head = absolute([os.path.join(os.fspath(folder), "-")])[0][:-1]
    return [head + name for name in names]


_LISTED_BYTES = 16_000_000
"""A listing keeps the bytes of the files it had to read up to this many (the few files
an edit changed), so that they are not read twice."""


def corpus_digest(
    articles_dir: Path,
    claims_dir: Path,
    claim_hashes: Sequence[tuple[str, bytes]] | None = None,
    store: Cache | None = None,
    listed: Listing | None = None,
) -> str:
    """A hash of the names and contents of every article and claim file, and of the corpus's
    aliases.yaml: equal digests, the same corpus.  "" if a folder cannot be read (then nothing
    is cached).  `claim_hashes` are (name, content hash) of the claim files, in
    `claim_files` order, if known, and `listed` every file's if known; files `store` saw
    unchanged are not read (`content_hashes`)."""
    import hashlib  # here: OpenSSL's hashes take ~4 ms to load, and `claim show` hashes nothing

    digest = hashlib.blake2b(digest_size=20)
    try:
        if listed is not None:
            found = listed.hashes
            # One update of the joined text hashes as one update per file would.
            digest.update(b"".join(_named(path, found[path]) for path in listed.articles))
            digest.update(b"\1")
            digest.update(b"".join(_named(path, found[path]) for path in listed.claims))
            claim_hashes = ()
        else:
            # Paths as text: a Path object per file costs more than hashing an unchanged one.
            names = articles.names(articles_dir)
            paths = joined(articles_dir, names)
            for name, content in zip(names, content_hashes(paths, store)[0], strict=True):
                digest.update(name.encode() + b"\0" + content)
            digest.update(b"\1")
        if claim_hashes is None:
            names = claim_names(claims_dir)
            hashes = content_hashes(joined(claims_dir, names), store)[0]
            claim_hashes = list(zip(names, hashes, strict=True))
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


def _named(path: str, content: bytes) -> bytes:
    """What `corpus_digest` hashes of one file: its name and its content hash."""
    return path.rpartition(os.sep)[2].encode() + b"\0" + content


def _content_hash(data: bytes) -> bytes:
    import hashlib

    return hashlib.blake2b(data, digest_size=20).digest()


_P = TypeVar("_P", str, Path)

RACY_NS = 2_000_000_000
"""A file modified less than this long (2 s) before it was hashed is read and hashed again
the next time: a write within the file system's timestamp granularity (2 s on FAT) after
the hash could leave its size and modification time as they were (git's "racy" files)."""


def content_hashes(
    paths: Sequence[_P], store: Cache | None, names: Sequence[str] | None = None, keep: int = 0
) -> tuple[list[bytes], dict[_P, bytes]]:
    """The content hash of each file, and the bytes of the files that had to be read, as
    long as they add up to no more than `keep` bytes (the few files an edit changed, not a
    corpus read whole: that would be held twice, and its memory is not given back).  A file
    whose size, modification time and inode are those `store` recorded when it last hashed
    it, and that was not modified within RACY_NS before that, keeps that hash unread (as
    git's index does); the others are read, hashed and recorded.  `names`: the paths made
    absolute (cache.absolute), if known.  OSError as for reading."""
    from crosscheck.cache import absolute  # here: commands that read no corpus skip sqlite

    names = absolute(paths) if names is None else names
    if store is None:
        known = {}
    elif all(name in _SEEN for name in names):
        known = _SEEN  # this process hashed them all before (the report hashes twice)
    else:
        known = store.file_hashes(paths, names)
    hashes: list[bytes] = []
    read: dict[_P, bytes] = {}
    fresh: list[tuple[_P, tuple[int, int, int, int, bytes]]] = []
    for path, name in zip(paths, names, strict=True):
        status = os.stat(path)
        row = known.get(name)
        if (
            row is not None
            and row[:3] == (status.st_size, status.st_mtime_ns, status.st_ino)
            and status.st_mtime_ns + RACY_NS < row[3]
        ):
            hashes.append(row[4])
            _SEEN[name] = row
            continue
        data, row = read_hashed(path, status)
        if len(data) <= keep:
            read[path] = data
            keep -= len(data)
        hashes.append(row[4])
        fresh.append((path, row))
        if store is not None:
            _SEEN[name] = row
    if store is not None and fresh:
        store.store_file_hashes(fresh)
    return hashes, read


def read_hashed(path: str | Path, status: os.stat_result | None = None) -> tuple[bytes, FileHash]:
    """A file's bytes, and the row the cache records of it (`content_hashes`): size,
    modification time, inode, when it was hashed, content hash.  `status`: its stat, if
    just taken."""
    # Stat first, then the clock, then the bytes: a write after this stat changes what
    # the next run sees, and one just before the clock makes the file racy.
    status = os.stat(path) if status is None else status
    hashed_ns = time.time_ns()
    with open(path, "rb") as handle:
        data = handle.read()
    return data, (status.st_size, status.st_mtime_ns, status.st_ino, hashed_ns, _content_hash(data))


_SEEN: dict[str, FileHash] = {}
"""What this process found when it hashed a file (as the cache records it), by absolute
path: a file is often hashed twice in one run, and a recorded hash stays true of a file whose
size, modification time and inode are unchanged (see `content_hashes`)."""


def claim_files(claims_dir: Path) -> list[Path]:
    """The claim files of a folder, sorted by article id."""
    return [claims_dir / name for name in claim_names(claims_dir)]


def claim_names(claims_dir: Path) -> list[str]:
    """The names of the claim files of a folder, sorted by article id."""
    try:
        entries = list(os.scandir(claims_dir))
    except (FileNotFoundError, NotADirectoryError):
        return []
    names = sorted(
        entry.name for entry in entries if entry.name.endswith(SUFFIX) and entry.is_file()
    )
    return sorted(names, key=lambda name: name[: -len(SUFFIX)])


def joined(folder: Path, names: Sequence[str]) -> list[str]:
    """The paths of `names` in `folder`, as text."""
    head = os.path.join(os.fspath(folder), "")
    return [head + name for name in names]


_PARALLEL_BYTES = 2_000_000
"""Below this many bytes of claim files to parse, one process does it (about 4,000 claims:
under a second, less than worker processes would save)."""


def _parse_claim_files(
    files: list[tuple[Path, bytes | None]],
) -> list[tuple[list[Claim] | CrosscheckError, bytes]]:
    """The claims of each (path, content or None to read it here) in order, with the hash of
    the content parsed; a file's problem in its place, and nothing after it (the caller
    stops there).  The claims read are kept in the cache `parallel.shared()` names, if any:
    by the process that parsed them, so that a cold run encodes and writes them in every
    worker at once, not after in one."""
    done: list[tuple[list[Claim] | CrosscheckError, bytes]] = []
    memo: dict[str, str] = {}
    hashed: list[tuple[Path, FileHash]] = []  # of the files read here
    for path, data in files:
        if data is None:
            data, row = read_hashed(path)
            hashed.append((path, row))
            digest = row[4]
        else:
            digest = _content_hash(data)
        try:
            done.append(
                (read_claims_file(path, yamlio.decode(data, str(path)), memo=memo)[1], digest)
            )
        except CrosscheckError as exc:
            done.append((exc, digest))
            break
    store = parallel.shared()
    if store is not None:
        parsed = [
            (at, digest, found)
            for (at, _), (found, digest) in zip(files, done, strict=False)  # done may stop early
            if isinstance(found, list)
        ]
        # No folder: no file is forgotten.  The files read here are recorded as hashed, so
        # that the next run need not read them to hash them.
        store.store_claim_files(Path(), parsed, None, hashed)
    return done


def load_claims(
    claims_dir: Path, *, cache: Cache | None = None, jobs: int | None = None
) -> list[Claim]:
    """Every claim of every file of `claims_dir`, sorted by id, rejected ones included.
    See `_load_claims`."""
    return _load_claims(claims_dir, cache, jobs)[0]


def _load_claims(
    claims_dir: Path,
    store: Cache | None,
    jobs: int | None,
    meanwhile: Callable[[], object] | None = None,
) -> tuple[list[Claim], list[tuple[str, bytes]]]:
    """Every claim of every file of `claims_dir`, sorted by id, rejected ones included; and
    each file's (name, content hash), in file order.

    Files whose content is in the cache (cache.py) are taken from it; the others are parsed
    in `jobs` processes (default: one per core) when there are enough of them to be worth
    it, and only they are written back.  `meanwhile` runs in this process if it would only
    wait for them (parallel.map_chunks's `idle`).
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
        cached: list[list[Claim] | None]
        if store is not None and store.holds_claim_files():
            # Files the cache saw unchanged are not read (content_hashes); their claims are.
            # Those it has not are parsed, each read where it is parsed unless it was just
            # read: a corpus read whole is never held here (600 MB at 1,000,000 claims).
            hashes, contents = content_hashes(paths, store, keep=_LISTED_BYTES)
            cached = store.claim_files(paths, hashes)
        else:
            # No cache, or one that holds no claim file yet: none can be taken from it, so
            # none is read to be hashed here first; each is hashed where it is parsed.
            hashes, contents, cached = [b""] * len(paths), {}, [None] * len(paths)
        missed = [
            (path, contents.get(path))
            for path, hit in zip(paths, cached, strict=True)
            if hit is None
        ]
        del contents
        weights = [os.stat(path).st_size if data is None else len(data) for path, data in missed]
        parsed = iter(
            parallel.map_chunks(
                _parse_claim_files,
                missed,
                weights=weights,
                jobs=jobs,
                min_weight=_PARALLEL_BYTES,
                shared=store,  # the claims parsed are kept there as they are parsed
                label="reading claim files",
                idle=meanwhile,
            )
        )
        del missed
        for index, (path, hit) in enumerate(zip(paths, cached, strict=True)):
            if hit is not None:
                claims = hit
            else:
                result, hashes[index] = next(parsed)  # the hash of the bytes parsed
                if isinstance(result, CrosscheckError):
                    raise result
                claims = result
            for claim in claims:
                if claim.id in where_id:
                    raise CrosscheckError.duplicate("id", claim.id, where_id[claim.id], path)
                where_id[claim.id] = path
            found.extend(claims)
        if store is not None:  # the files parsed are kept already; those gone are forgotten
            store.store_claim_files(claims_dir, (), paths)
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
    meanwhile: Callable[[Mapping[str, Article]], object] | None = None,
) -> Corpus:
    """The articles and their claims; CrosscheckError for claims about an unknown article.
    `cache` and `jobs` as for `_load_claims`; results computed from the corpus may be kept in
    `cache` too (None: nothing is read from or written to a cache).  `meanwhile` is given
    the articles, read first, to work on while the claims are read (as for `_load_claims`)."""
    known, read = _load_articles(articles_dir, cache, jobs)
    idle = (lambda: meanwhile(known)) if meanwhile is not None else None
    claims, hashes = _load_claims(claims_dir, cache, jobs, idle)
    for claim in claims:
        if claim.article not in known:
            raise no_article(claims_path(claims_dir, claim.article), claim.article, known)
    # The claim files' hashes are those of the bytes just parsed: no second read.
    digest = corpus_digest(articles_dir, claims_dir, hashes, cache)
    read += [(claims_dir / name, content) for name, content in hashes]
    return Corpus(known, claims, digest, cache, tuple(read))


def _load_articles(
    folder: Path, store: Cache | None, jobs: int | None
) -> tuple[dict[str, Article], list[tuple[Path, bytes]]]:
    """articles.load_all, the files whose bytes `store` parsed before taken from it (and
    those it had not, kept in it); and (path, content hash) of each file (only with a
    `store`)."""
    if store is None:
        return articles.load_all(folder, jobs=jobs), []
    paths = articles.files(folder)
    hashes = content_hashes(paths, store)[0]
    cached = store.article_files(paths, hashes)
    kept = {
        path: hit if hit.path == str(path) else dataclasses.replace(hit, path=str(path))
        for path, hit in zip(paths, cached, strict=True)
        if hit is not None
    }
    found = articles.load_all(folder, jobs=jobs, kept=kept)
    by_path = {article.path: article for article in found.values()}
    fresh = [
        (path, digest, by_path[str(path)])
        for path, digest in zip(paths, hashes, strict=True)
        if path not in kept and str(path) in by_path
    ]
    store.store_article_files(folder, fresh, paths)
    return found, list(zip(paths, hashes, strict=True))


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


def _id_key(claim: Claim) -> tuple[str, int]:
    article, _, number = claim.id.rpartition("#")
    return article, int(number)
