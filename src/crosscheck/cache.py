"""The cache: what crosscheck computed from a corpus, kept so that the next run need not redo it.

The rules, in plain words:

- **Never in the corpus.**  The cache lives in the user's cache folder (platformdirs:
  `~/.cache/crosscheck` on Linux, `~/Library/Caches/crosscheck` on macOS,
  `%LOCALAPPDATA%\\crosscheck\\Cache` on Windows), or in the folder `CROSSCHECK_CACHE_DIR`
  names.  Each corpus has one SQLite database there, named by a hash of the corpus's absolute
  path.  Nothing in a corpus is ever read as a cache: a corpus is data someone else may have
  written (older versions kept pickles in `.crosscheck-cache/`; they are ignored).
- **Data, never code.**  Entries are JSON in SQLite, decoded into the model's types by
  msgspec: a damaged or tampered database can at worst be a miss, never run anything.
- **One fingerprint.**  Every entry is valid for one fingerprint: the package version, the
  Python version, the versions of the installed dependencies crosscheck declares (parsers,
  name matching, number words, table layout: they change results) and the bytes of every
  module and data file of the package.  A database written under another fingerprint is
  emptied before use.  It records, with the fingerprint, a stamp of the same inputs read by
  their stat (each file's size, modification time and inode; the installed distributions'
  metadata folders, whose names carry their versions): while the stamp is unchanged the
  fingerprint is not computed again (reading and hashing the package took ~0.05 s of every
  start).
- **Files by their stat.**  A file's content hash is recorded with its size, modification
  time and inode (as git's index does): a file whose three are unchanged is not read again,
  unless it was modified less than two seconds before it was hashed (a later write within
  the file system's timestamp granularity could leave them unchanged: git's "racy" files).
- **Claims and articles per file.**  Parsed claims are kept per claim file (and articles
  per article file), keyed by its absolute path and content hash: after one file changes,
  one row is rewritten and the rest are read back.  Each row is self-checking (its hash),
  so the processes that parse files may write their rows at once, in any order.
- **Results by key.**  Rendered reports (and the gazetteer) are kept under a name and a
  key (a hash of every article and claim file, and of the question asked); the query
  compares the key, so a stale entry is never read.
- **The ledger** (ledger.py): the last run's subjects, findings and profiles, and the files
  they were computed from, in tables of their own; an edit that leaves grouping as it was
  re-judges the subjects it touches and updates their rows.  A ledger is written in two
  transactions (its profiles while the engine runs; then its subjects): it is
  a ledger only once the second, which checks the first's token, has added its meta.
- **Subjects by content.**  The engine's verdicts on each subject are kept under a hash of
  everything they are computed from (incremental.py): after an edit, only the subjects it
  touches are compared again.  Only the subjects of the last run are kept.
- **Optional.**  The cache is safe to delete at any time (`crosscheck cache --clear`, or
  remove the folder).  A database that cannot be opened, read or written (read-only disk,
  corrupt file, locked too long by another run) counts as empty, never as an error.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from crosscheck import distributions
from crosscheck.model import Article, Claim

ENV = "CROSSCHECK_CACHE_DIR"
"""The environment variable that moves the cache folder (for CI: point it at a folder the CI
system keeps between runs)."""

SUFFIX = ".sqlite3"
_SCHEMA = 10  # bump when the tables change (older tables are dropped)
_FEW = 20_000  # files looked up one by one; more: a folder's rows at once
_TIMEOUT = 5.0  # seconds to wait for another run's write before giving up on the cache

_T = TypeVar("_T")


class _Head(msgspec.Struct):
    """What `Cache.claims_among` reads of a kept claim to choose it (the rest is skipped)."""

    id: str


FileHash = tuple[int, int, int, int, bytes]
"""A file as it was hashed: (size, mtime_ns, inode, when it was hashed in ns, content hash)."""
_Problem = (sqlite3.Error, OSError, msgspec.DecodeError, msgspec.ValidationError)
_Unwritable = (msgspec.EncodeError, TypeError)
"""What encoding a value to keep may raise (TypeError: a type msgspec cannot encode, a str
subclass among them): the cache is only a shortcut, so the value is not kept."""


def folder() -> Path:
    """Where the cache databases live: $CROSSCHECK_CACHE_DIR, else the user's cache folder."""
    chosen = os.environ.get(ENV)
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("crosscheck", appauthor=False)


def database(root: Path, where: Path | None = None) -> Path:
    """The database of the corpus at `root`, in `where` (default: `folder()`)."""
    absolute = os.path.realpath(root)
    name = hashlib.sha256(absolute.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return (where if where is not None else folder()) / f"{name}{SUFFIX}"


PACKAGE = Path(__file__).parent


@cache
def fingerprint(package: Path = PACKAGE) -> str:
    """A hash of everything a cached entry depends on besides the corpus (see the module
    docstring), for the code and data files in `package`.  Computed once per process."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{_SCHEMA} {sys.version_info[:2]}".encode())
    digest.update(_versions().encode())
    for path in _fingerprinted(package):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _fingerprinted(package: Path) -> list[Path]:
    """The files `fingerprint` reads, in order: modules and data, and templates/ (.j2, .css,
    .js), which shape the rendered reports the cache keeps."""
    return [
        path
        for path in sorted(package.rglob("*"))
        if path.suffix in (".py", ".yaml", ".json", ".j2", ".css", ".js")
        and "__pycache__" not in path.parts
    ]


_RACY_NS = 2_000_000_000


@cache
def stamp(package: Path = PACKAGE) -> str | None:
    """A hash of what `fingerprint` depends on, its files read by their stat (path, size,
    modification time, inode) instead of their bytes: a database that recorded this stamp
    with its fingerprint has that fingerprint still, without the package's megabyte being
    read and hashed at each start (~0.04 s).  None when a file was modified in the last
    two seconds, as git's "racy" files: then the fingerprint is computed."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{_SCHEMA} {sys.version_info[:2]} {os.path.realpath(package)}".encode())
    digest.update(_installed().encode())
    now = time.time_ns()
    for path in _fingerprinted(package):
        status = path.stat()
        if now - status.st_mtime_ns < _RACY_NS:
            return None
        digest.update(
            f"{path.relative_to(package)}\0{status.st_size} {status.st_mtime_ns} "
            f"{status.st_ino}\0".encode()
        )
    return digest.hexdigest()


def _installed() -> str:
    """The distributions installed where Python imports from, by their metadata folders'
    names (which carry their versions: "PyYAML-6.0.2.dist-info"): any installed, removed or
    upgraded changes it."""
    return "\n".join(distributions.listing())


def _versions() -> str:
    """The version of crosscheck and of each dependency it declares, as installed."""
    found = []
    try:
        wanted = distributions.requires("crosscheck")
        found.append(f"crosscheck {distributions.version('crosscheck')}")
    except ModuleNotFoundError:  # (PackageNotFoundError) run from a source tree: the code
        wanted = []  # hash covers it
    for requirement in wanted:
        if "extra ==" in requirement:
            continue  # the test extra does not change results
        name = requirement.split(";")[0].strip()
        for stop in "<>=!~[ ":
            name = name.split(stop)[0]
        try:
            found.append(f"{name} {distributions.version(name)}")
        except ModuleNotFoundError:
            found.append(f"{name} -")
    return "\n".join(found)


class Cache:
    """The cache database of one corpus.  Every method treats a problem with the database as
    a miss (reads) or a no-op (writes)."""

    def __init__(self, root: Path, where: Path | None = None) -> None:
        self.path = database(root, where)
        self._ready = False

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        connection = sqlite3.connect(self.path, timeout=_TIMEOUT)
        try:
            if not self._ready:
                try:
                    self._prepare(connection)
                except sqlite3.DatabaseError as exc:
                    if isinstance(exc, sqlite3.OperationalError):
                        raise  # locked or unwritable: leave it to its owner
                    # Not a database (a damaged file): start afresh.
                    connection.close()
                    self.clear()
                    connection = sqlite3.connect(self.path, timeout=_TIMEOUT)
                    self._prepare(connection)
                self._ready = True
            with connection:  # one transaction: committed on success, rolled back on error
                yield connection
        finally:
            connection.close()

    def _prepare(self, connection: sqlite3.Connection) -> None:
        os.chmod(self.path, 0o600)
        with connection:
            # Tables of another layout (another _SCHEMA) are dropped, not only emptied.
            if connection.execute("PRAGMA user_version").fetchone()[0] != _SCHEMA:
                tables = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                for (name,) in tables.fetchall():
                    connection.execute(f'DROP TABLE IF EXISTS "{name}"')
                connection.execute(f"PRAGMA user_version = {_SCHEMA}")
            # One transaction for the schema and what follows (committed on leaving `with`):
            # each statement on its own would be a transaction of its own, and a new
            # database would be synced to disk some hundred times (~0.2 s, ~0.015 s CPU).
            connection.executescript(
                """
                BEGIN;
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS claim_files (
                    path TEXT PRIMARY KEY, folder TEXT NOT NULL, hash BLOB NOT NULL,
                    claims BLOB NOT NULL);
                CREATE INDEX IF NOT EXISTS claim_files_folder ON claim_files (folder);
                CREATE TABLE IF NOT EXISTS article_files (
                    path TEXT PRIMARY KEY, folder TEXT NOT NULL, hash BLOB NOT NULL,
                    article BLOB NOT NULL);
                CREATE INDEX IF NOT EXISTS article_files_folder ON article_files (folder);
                CREATE TABLE IF NOT EXISTS results (
                    name TEXT PRIMARY KEY, key TEXT NOT NULL, value BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS subjects (key BLOB PRIMARY KEY, value BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS file_hashes (
                    path TEXT PRIMARY KEY, folder TEXT NOT NULL, size INTEGER NOT NULL,
                    mtime_ns INTEGER NOT NULL, inode INTEGER NOT NULL, hashed_ns INTEGER NOT NULL,
                    hash BLOB NOT NULL);
                CREATE INDEX IF NOT EXISTS file_hashes_folder ON file_hashes (folder);
                CREATE TABLE IF NOT EXISTS ledger_files (
                    path TEXT PRIMARY KEY, hash BLOB NOT NULL, grouping BLOB);
                CREATE TABLE IF NOT EXISTS ledger_subjects (
                    idx INTEGER PRIMARY KEY, subject BLOB NOT NULL, block TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS ledger_findings (
                    idx INTEGER NOT NULL, severity REAL NOT NULL, verdict TEXT NOT NULL,
                    kind TEXT NOT NULL, body BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS ledger_articles (
                    article TEXT NOT NULL, idx INTEGER NOT NULL);
                CREATE TABLE IF NOT EXISTS ledger_profiles (
                    article TEXT NOT NULL, block TEXT NOT NULL, value BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS ledger_spellings (
                    article TEXT PRIMARY KEY, value BLOB NOT NULL);
                CREATE TABLE IF NOT EXISTS ledger_counts (
                    verdict TEXT NOT NULL, kind TEXT NOT NULL, severity REAL NOT NULL,
                    count INTEGER NOT NULL, PRIMARY KEY (verdict, kind, severity));
                """
            )
            _index_ledger(connection)
            kept = dict(
                connection.execute(
                    "SELECT key, value FROM meta WHERE key IN ('fingerprint', 'stamp')"
                ).fetchall()
            )
            now = stamp()
            if now is not None and kept.get("stamp") == now and "fingerprint" in kept:
                return  # the package's files as they were when the fingerprint was checked
            if kept.get("fingerprint") != fingerprint():
                connection.execute("DELETE FROM claim_files")
                connection.execute("DELETE FROM results")
                connection.execute("DELETE FROM subjects")
                connection.execute("DELETE FROM file_hashes")
                connection.execute("DELETE FROM article_files")
                for table in _LEDGER:
                    connection.execute(f"DELETE FROM {table}")
                connection.execute("DELETE FROM meta WHERE key LIKE 'ledger%'")
                connection.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (fingerprint(),)
                )
            if now is not None:
                connection.execute("INSERT OR REPLACE INTO meta VALUES ('stamp', ?)", (now,))

    # ------------------------------------------------------------------ parsed claim files

    def claim_files(
        self, paths: Sequence[Path], hashes: Sequence[bytes]
    ) -> list[list[Claim] | None]:
        """The claims cached for each file whose content hash is the one given; None for the
        others (never cached, or changed since)."""
        return self._by_file("claim_files", paths, hashes, list[Claim])

    def store_claim_files(
        self,
        claims_dir: Path,
        changed: Iterable[tuple[Path, bytes, list[Claim]]],
        present: Iterable[Path] | None,
        hashed: Sequence[tuple[str | Path, FileHash]] = (),
    ) -> None:
        """Keep the claims of the `changed` files (path, content hash, claims) and forget the
        files of `claims_dir` that are not `present` any more (None: the same files are
        there); the other rows stay as they are.  `hashed`: as for `store_file_hashes`, in
        the same transaction."""
        self._store_by_file("claim_files", claims_dir, changed, present, hashed)

    def holds_claim_files(self) -> bool:
        """Whether the claims of any claim file are kept (False on a problem: none can be
        taken then)."""
        return self._holds("claim_files")

    def _holds(self, table: str) -> bool:
        try:
            with self._connect() as connection:
                return connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None
        except _Problem:
            return False

    def article_files(self, paths: Sequence[Path], hashes: Sequence[bytes]) -> list[Article | None]:
        """The article cached for each file whose content hash is the one given, else None."""
        return self._by_file("article_files", paths, hashes, Article)

    def store_article_files(
        self,
        articles_dir: Path,
        changed: Iterable[tuple[Path, bytes, Article]],
        present: Iterable[Path],
    ) -> None:
        """As `store_claim_files`, for article files."""
        self._store_by_file("article_files", articles_dir, changed, present)

    def claims_among(
        self, paths: Sequence[Path], hashes: Sequence[bytes], ids: Container[str]
    ) -> list[Claim] | None:
        """The claims cached for those files whose id is one of `ids`, in file order; None
        unless every file is cached with the content hash given.  Only those claims are
        decoded: a subject's few claims in each of thousands of files cost little."""
        try:
            hits = self._hits("claim_files", paths, hashes)
            if len(hits) != len(paths):
                return None
            joined = b"[" + b",".join(value for _, value in hits) + b"]"
            raw = msgspec.json.decode(joined, type=list[list[msgspec.Raw]])
            heads = msgspec.json.decode(joined, type=list[list[_Head]])
            chosen = [
                item
                for items, of in zip(raw, heads, strict=True)
                for item, head in zip(items, of, strict=True)
                if head.id in ids
            ]
            return msgspec.json.decode(b"[" + b",".join(chosen) + b"]", type=list[Claim])
        except _Problem:
            return None

    def _by_file(
        self, table: str, paths: Sequence[Path], hashes: Sequence[bytes], kind: type[_T]
    ) -> list[_T | None]:
        found: list[_T | None] = [None] * len(paths)
        try:
            hits = self._hits(table, paths, hashes)
            # One decode of all the hits is much faster than one per file.
            joined = b"[" + b",".join(value for _, value in hits) + b"]"
            decoded = msgspec.json.decode(joined, type=list[kind])  # type: ignore[valid-type]
        except _Problem:
            return found
        for (index, _), value in zip(hits, decoded, strict=True):
            found[index] = value
        return found

    def _hits(
        self, table: str, paths: Sequence[Path], hashes: Sequence[bytes]
    ) -> list[tuple[int, bytes]]:
        """(index in `paths`, kept value) of the files kept with the content hash given."""
        with self._connect() as connection:
            names = absolute(paths)
            stored: dict[str, tuple[bytes, bytes]] = {}
            if len(names) <= _FEW:  # a few files: by path
                for name in names:
                    rows = connection.execute(f"SELECT * FROM {table} WHERE path = ?", (name,))
                    stored.update((path, (digest, value)) for path, _, digest, value in rows)
            for name in {_folder(path) for path in names} if len(names) > _FEW else ():
                rows = connection.execute(f"SELECT * FROM {table} WHERE folder = ?", (name,))
                stored.update((path, (digest, value)) for path, _, digest, value in rows)
        hits = []
        for index, (path, digest) in enumerate(zip(names, hashes, strict=True)):
            row = stored.get(path)
            if row is not None and row[0] == digest:
                hits.append((index, row[1]))
        return hits

    def _store_by_file(
        self,
        table: str,
        folder: Path,
        changed: Iterable[tuple[Path, bytes, Any]],
        present: Iterable[Path] | None,
        hashed: Sequence[tuple[str | Path, FileHash]] = (),
    ) -> None:
        changed = list(changed)
        encode = msgspec.json.Encoder().encode
        # Each row is encoded as SQLite takes it: the JSON of every claim of a corpus is never
        # held at once (~0.5 GB at 1,000,000 claims).
        rows = (
            (path, _folder(path), digest, encode(value))
            for path, (_, digest, value) in zip(
                absolute(path for path, _, _ in changed), changed, strict=True
            )
        )
        keep = set(absolute(present)) if present is not None else None
        try:
            with self._connect() as connection:
                connection.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?, ?)", rows)
                _insert_file_hashes(connection, hashed)
                if keep is None:
                    return
                name = os.path.abspath(folder)
                gone = [
                    (path,)
                    for (path,) in connection.execute(
                        f"SELECT path FROM {table} WHERE folder = ?", (name,)
                    )
                    if path not in keep
                ]
                connection.executemany(f"DELETE FROM {table} WHERE path = ?", gone)
        except (*_Problem, *_Unwritable):
            pass

    # ------------------------------------------------------------------ file hashes

    def file_hashes(
        self, paths: Sequence[str | Path], names: Sequence[str] | None = None
    ) -> dict[str, FileHash]:
        """What was recorded when each of `paths` was last hashed, by absolute path
        (`names`: the paths made absolute, if known)."""
        found: dict[str, FileHash] = {}
        names = absolute(paths) if names is None else names
        try:
            with self._connect() as connection:
                # The folders of the files: most share one, looked up once.
                folders = {_folder(name) for name in dict.fromkeys(map(_head, names))}
                for name in folders:
                    rows = connection.execute(
                        "SELECT path, size, mtime_ns, inode, hashed_ns, hash FROM file_hashes"
                        " WHERE folder = ?",
                        (name,),
                    )
                    found.update((row[0], row[1:]) for row in rows)
        except _Problem:
            return {}
        return found

    def store_file_hashes(self, rows: Sequence[tuple[str | Path, FileHash]]) -> None:
        """Record (size, mtime_ns, inode, when hashed, hash) for each path."""
        try:
            with self._connect() as connection:
                _insert_file_hashes(connection, rows)
        except _Problem:
            pass

    # ------------------------------------------------------------------ results

    def result(self, name: str, key: str, kind: type[_T]) -> _T | None:
        """The result stored under `name` if it was stored with `key`, decoded as `kind`."""
        try:
            with self._connect() as connection:
                row = connection.execute(
                    "SELECT value FROM results WHERE name = ? AND key = ?", (name, key)
                ).fetchone()
            return None if row is None else msgspec.json.decode(row[0], type=kind)
        except _Problem:
            return None

    def store_result(self, name: str, key: str, value: Any) -> None:
        """Keep `value` (anything msgspec encodes as JSON) under `name`, valid for `key`."""
        try:
            data = msgspec.json.encode(value)
            with self._connect() as connection:
                connection.execute(
                    "INSERT OR REPLACE INTO results VALUES (?, ?, ?)", (name, key, data)
                )
        except (*_Problem, *_Unwritable):
            pass

    def holds_subject_results(self) -> bool:
        """Whether the verdicts of any subject are kept (False on a problem)."""
        return self._holds("subjects")

    def subject_results(self, keys: Sequence[bytes], kind: type[_T]) -> dict[bytes, _T]:
        """The values kept under those of `keys` that are stored, each decoded as `kind`."""
        try:
            with self._connect() as connection:
                # The keys first: the values of a whole run are hundreds of MB at 1,000,000
                # claims, and a run asks for them a slice of its subjects at a time.
                known = {key for (key,) in connection.execute("SELECT key FROM subjects")}
                hits = [key for key in dict.fromkeys(keys) if key in known]
                stored: dict[bytes, bytes] = {}
                for start in range(0, len(hits), _IN_BATCH):
                    batch = hits[start : start + _IN_BATCH]
                    marks = ",".join("?" * len(batch))
                    query = f"SELECT key, value FROM subjects WHERE key IN ({marks})"
                    stored.update(connection.execute(query, batch))
            # One decode of all the hits is much faster than one per subject.
            joined = b"[" + b",".join(stored[key] for key in hits) + b"]"
            decoded = msgspec.json.decode(joined, type=list[kind])  # type: ignore[valid-type]
        except _Problem:
            return {}
        return dict(zip(hits, decoded, strict=True))

    def store_subject_results(
        self, fresh: Mapping[bytes, Any], keep: Iterable[bytes] | None
    ) -> None:
        """Keep the `fresh` values by key, and forget every stored key not in `keep` (None:
        forget none)."""
        try:
            encode = msgspec.json.Encoder().encode
            rows = ((key, encode(value)) for key, value in fresh.items())  # encoded as written
            with self._connect() as connection:
                connection.executemany("INSERT OR REPLACE INTO subjects VALUES (?, ?)", rows)
                if keep is None:
                    return
                wanted = set(keep)
                gone = [
                    (key,)
                    for (key,) in connection.execute("SELECT key FROM subjects")
                    if key not in wanted
                ]
                connection.executemany("DELETE FROM subjects WHERE key = ?", gone)
        except (*_Problem, *_Unwritable):
            pass

    # ------------------------------------------------------------------ the ledger

    def store_ledger_profiles(
        self,
        token: str,
        files: Iterable[tuple[str, bytes, bytes | None]],
        profiles: Iterable[tuple[str, str, bytes]],
        spellings: Iterable[tuple[str, bytes]],
        names: bytes,
        values: Callable[[], bytes],
    ) -> bool:
        """Start a new ledger (ledger.py), the old one forgotten: the files it is computed
        from (path, content hash, what grouping reads of a claim file), the profiles of the
        claims of each article in each block, the names each article's claims write, how
        often the corpus writes each name and the values the profiles refer to (called once
        the profiles are written).  It is no ledger until `complete_ledger` completes it
        with the same `token`.  False if the cache could not be written."""
        try:
            with self._connect() as connection:
                for table in _LEDGER:
                    connection.execute(f"DELETE FROM {table}")
                # The rows of a new ledger are written first, their indexes built once at the
                # end (complete_ledger): less work than keeping them up row by row.
                for index in _LEDGER_INDEXES:
                    connection.execute(f"DROP INDEX IF EXISTS {index}")
                connection.execute("DELETE FROM meta WHERE key LIKE 'ledger%'")
                connection.executemany("INSERT INTO ledger_files VALUES (?, ?, ?)", files)
                connection.executemany("INSERT INTO ledger_profiles VALUES (?, ?, ?)", profiles)
                connection.executemany("INSERT INTO ledger_spellings VALUES (?, ?)", spellings)
                rows = (("ledger-names", names), ("ledger-values", values()))
                connection.executemany("INSERT INTO meta VALUES (?, ?)", rows)
                connection.execute("INSERT INTO meta VALUES ('ledger-token', ?)", (token,))
            return True
        except (*_Problem, *_Unwritable):
            return False

    def add_ledger_subjects(self, token: str, subjects: Iterable[LedgerSubject]) -> bool:
        """Add subjects (LedgerSubject) to the ledger `store_ledger_profiles` started with
        `token`, in one transaction; False if another run started another since (nothing
        is written) or the cache could not be written."""
        try:
            with self._connect() as connection:
                if not _ledger_is(connection, token):
                    return False
                _count(connection, _insert_subjects(connection, subjects))
            return True
        except (*_Problem, *_Unwritable):
            return False

    def complete_ledger(self, token: str, meta: bytes) -> None:
        """Complete the ledger started with `token`, its subjects added: from now on it
        answers (unless another run started another since)."""
        try:
            with self._connect() as connection:
                if _ledger_is(connection, token):
                    connection.execute("INSERT OR REPLACE INTO meta VALUES ('ledger', ?)", (meta,))
                    _index_ledger(connection)
        except _Problem:
            pass

    def regroup_ledger(
        self,
        removed: Iterable[int],
        added: Iterable[LedgerSubject],
        findings: Mapping[int, Iterable[LedgerFinding]],
        articles: Iterable[str],
        profiles: Iterable[tuple[str, str, bytes]],
        spellings: Iterable[tuple[str, bytes]],
        files: Iterable[tuple[str, bytes, bytes | None]],
        meta: bytes,
        names: bytes,
        values: bytes,
    ) -> bool:
        """In one transaction: replace some subjects of the ledger (by index) with others
        (`added`), the findings of some subjects (by index), the profiles and spellings of
        some `articles`, the rows of some files, the meta, the names and the values; False
        if the cache could not be written."""
        try:
            with self._connect() as connection:
                counts: Counter[tuple[str, str, float]] = Counter()
                for index in removed:
                    counts.subtract(_forget_findings(connection, index))
                    for table in ("ledger_subjects", "ledger_articles"):
                        connection.execute(f"DELETE FROM {table} WHERE idx = ?", (index,))
                counts.update(_insert_subjects(connection, added))
                for index, rows in findings.items():
                    counts.subtract(_forget_findings(connection, index))
                    counts.update(_insert_findings(connection, index, rows))
                _count(connection, counts)
                for article in articles:
                    connection.execute("DELETE FROM ledger_profiles WHERE article = ?", (article,))
                connection.executemany("INSERT INTO ledger_profiles VALUES (?, ?, ?)", profiles)
                connection.executemany(
                    "INSERT OR REPLACE INTO ledger_spellings VALUES (?, ?)", spellings
                )
                connection.executemany(
                    "INSERT OR REPLACE INTO ledger_files VALUES (?, ?, ?)", files
                )
                _put_meta(connection, meta, names, values)
            return True
        except _Problem:
            return False

    def ledger(self) -> tuple[bytes, dict[str, tuple[bytes, bytes | None]]] | None:
        """The ledger's meta and its files (path -> (content hash, grouping)), if it has one."""
        try:
            with self._connect() as connection:
                meta = connection.execute("SELECT value FROM meta WHERE key = 'ledger'").fetchone()
                if meta is None:
                    return None
                rows = connection.execute("SELECT path, hash, grouping FROM ledger_files")
                return meta[0], {path: (digest, grouping) for path, digest, grouping in rows}
        except _Problem:
            return None

    def ledger_subjects(self, articles: Iterable[str]) -> dict[int, tuple[bytes, str]] | None:
        """The subjects (index -> (subject, block)) that hold a claim about one of
        `articles`."""
        return self._ledger_subjects(
            "SELECT s.idx, s.subject, s.block FROM ledger_articles AS a JOIN"
            " ledger_subjects AS s ON s.idx = a.idx WHERE a.article = ?",
            ((article,) for article in articles),
        )

    def ledger_blocks(self, blocks: Iterable[str]) -> dict[int, tuple[bytes, str]] | None:
        """The subjects (index -> (subject, block)) of each of `blocks`."""
        return self._ledger_subjects(
            "SELECT idx, subject, block FROM ledger_subjects WHERE block = ?",
            ((block,) for block in blocks),
        )

    def ledger_blocks_from(self, prefix: str) -> dict[int, tuple[bytes, str]] | None:
        """The subjects (index -> (subject, block)) of the blocks whose name starts with
        `prefix` and the character "\\0"."""
        return self._ledger_subjects(
            "SELECT idx, subject, block FROM ledger_subjects WHERE block >= ? AND block < ?",
            [(prefix + "\0", prefix + "\1")],
        )

    def _ledger_subjects(
        self, query: str, arguments: Iterable[tuple[str, ...]]
    ) -> dict[int, tuple[bytes, str]] | None:
        try:
            with self._connect() as connection:
                found: dict[int, tuple[bytes, str]] = {}
                for values in arguments:
                    for index, subject, block in connection.execute(query, values):
                        found[index] = (subject, block)
                return found
        except _Problem:
            return None

    def ledger_next(self) -> int | None:
        """An index no subject of the ledger has."""
        try:
            with self._connect() as connection:
                row = connection.execute("SELECT max(idx) FROM ledger_subjects").fetchone()
                return 0 if row[0] is None else row[0] + 1
        except _Problem:
            return None

    def ledger_meta(self, key: str) -> bytes | None:
        """What the ledger keeps under `key` besides its tables ('ledger-names',
        'ledger-values': see ledger.py), if it has a ledger."""
        try:
            with self._connect() as connection:
                row = connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
                return None if row is None else row[0]
        except _Problem:
            return None

    def ledger_groups(self) -> list[tuple[str, str, float, int]] | None:
        """How many findings the ledger has of each verdict, subject kind and severity (kept
        as findings are written: counting half a million rows took seconds)."""
        try:
            with self._connect() as connection:
                return connection.execute(
                    "SELECT verdict, kind, severity, count FROM ledger_counts WHERE count > 0"
                    " ORDER BY verdict, kind, severity"
                ).fetchall()
        except _Problem:
            return None

    def ledger_bodies_of(self, groups: Iterable[tuple[str, str, float]]) -> LedgerBodies | None:
        """The findings of those verdicts, subject kinds and severities, in subject order,
        and the rows of their subjects."""
        try:
            with self._connect() as connection:
                connection.execute(
                    "CREATE TEMP TABLE wanted (verdict TEXT, kind TEXT, severity REAL)"
                )
                connection.executemany("INSERT INTO wanted VALUES (?, ?, ?)", groups)
                # CROSS JOIN: look the few groups up (index ledger_findings_group) rather
                # than scan every finding in subject order.
                found = list(
                    connection.execute(
                        "SELECT f.idx, f.body FROM wanted AS w CROSS JOIN ledger_findings AS f"
                        " ON f.verdict = w.verdict AND f.kind = w.kind"
                        " AND f.severity = w.severity ORDER BY f.idx, f.rowid"
                    )
                )
                return found, self._ledger_rows(connection, {idx for idx, _ in found})
        except _Problem:
            return None

    def ledger_bodies(self) -> LedgerBodies | None:
        """Every finding of the ledger, in subject order, and the rows of their subjects."""
        try:
            with self._connect() as connection:
                found = list(
                    connection.execute("SELECT idx, body FROM ledger_findings ORDER BY idx, rowid")
                )
                return found, self._ledger_rows(connection, {idx for idx, _ in found})
        except _Problem:
            return None

    @staticmethod
    def _ledger_rows(connection: sqlite3.Connection, wanted: set[int]) -> dict[int, bytes]:
        """The rows of the ledger's subjects at `wanted` indexes."""
        found: dict[int, bytes] = {}
        ordered = sorted(wanted)
        for start in range(0, len(ordered), _IN_BATCH):
            batch = ordered[start : start + _IN_BATCH]
            found.update(
                connection.execute(
                    "SELECT idx, subject FROM ledger_subjects WHERE idx IN "
                    f"({', '.join('?' * len(batch))})",
                    batch,
                )
            )
        return found

    def ledger_profiles(self, articles: Iterable[str]) -> list[tuple[str, str, bytes]] | None:
        """The profiles the ledger keeps of the claims about `articles`: (article, block,
        the profiles of its claims in that block)."""
        return self._ledger_profiles("article", articles)

    def ledger_block_profiles(self, blocks: Iterable[str]) -> list[tuple[str, str, bytes]] | None:
        """The profiles the ledger keeps of the claims of `blocks`, as `ledger_profiles`."""
        return self._ledger_profiles("block", blocks)

    def _ledger_profiles(
        self, column: str, values: Iterable[str]
    ) -> list[tuple[str, str, bytes]] | None:
        try:
            with self._connect() as connection:
                found: list[tuple[str, str, bytes]] = []
                for value in values:
                    found += connection.execute(
                        f"SELECT article, block, value FROM ledger_profiles WHERE {column} = ?",
                        (value,),
                    )
                return found
        except _Problem:
            return None

    def ledger_spellings(self, articles: Iterable[str]) -> dict[str, bytes] | None:
        """The names the claims about each of `articles` write, as the ledger keeps them."""
        try:
            with self._connect() as connection:
                found: dict[str, bytes] = {}
                for article in articles:
                    row = connection.execute(
                        "SELECT value FROM ledger_spellings WHERE article = ?", (article,)
                    ).fetchone()
                    if row is not None:
                        found[article] = row[0]
                return found
        except _Problem:
            return None

    def ledger_grouping(self) -> tuple[list[bytes], list[tuple[bytes, str]]] | None:
        """Every row of profiles the ledger keeps (their value), and every subject (subject,
        block): the whole grouping of its corpus."""
        try:
            with self._connect() as connection:
                profiles = [
                    value for (value,) in connection.execute("SELECT value FROM ledger_profiles")
                ]
                subjects = connection.execute("SELECT subject, block FROM ledger_subjects")
                return profiles, subjects.fetchall()
        except _Problem:
            return None

    def clear(self) -> None:
        """Forget everything cached for this corpus."""
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self._ready = False


_LEDGER_INDEXES = {
    "ledger_subjects_block": "ledger_subjects (block)",
    "ledger_findings_idx": "ledger_findings (idx)",
    "ledger_findings_group": "ledger_findings (verdict, kind, severity)",
    "ledger_articles_article": "ledger_articles (article)",
    "ledger_profiles_article": "ledger_profiles (article)",
    "ledger_profiles_block": "ledger_profiles (block)",
}
"""The indexes of the ledger's tables, by name (made with them; dropped while a new ledger's
rows are written, and made again when it is completed)."""


def _index_ledger(connection: sqlite3.Connection) -> None:
    for name, on in _LEDGER_INDEXES.items():
        connection.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {on}")


_LEDGER = (
    "ledger_files", "ledger_subjects", "ledger_findings", "ledger_articles", "ledger_profiles",
    "ledger_spellings", "ledger_counts",
)  # fmt: skip
LedgerSubject = tuple[int, bytes, str, Iterable[str], Iterable["LedgerFinding"]]
"""A subject as the ledger keeps it: index, subject (JSON), the block it was grouped in, the
articles of its claims and its findings."""
LedgerFinding = tuple[float, str, str, bytes]
"""A finding as the ledger keeps it: severity, verdict, its subject's kind (what filters and
the first terms of the report's order read) and the rest of it (JSON: ledger.Kept, which
its subject's row completes)."""
LedgerBodies = tuple[list[tuple[int, bytes]], dict[int, bytes]]
"""Stored findings by the index of their subject, in subject order, and each subject's row."""


def _put_meta(connection: sqlite3.Connection, meta: bytes, names: bytes, values: bytes) -> None:
    for key, value in (("ledger", meta), ("ledger-names", names), ("ledger-values", values)):
        connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


_Group = tuple[str, str, float]  # a finding's verdict, subject kind and severity


_BATCH = 2_000
"""Subjects written by one statement per table (they are made as they are written: a million
findings are never all encoded at once)."""


_IN_BATCH = 500
"""Keys asked for in one `IN (...)` query (SQLite allows 999 parameters before 3.32)."""


def _insert_file_hashes(
    connection: sqlite3.Connection, rows: Sequence[tuple[str | Path, FileHash]]
) -> None:
    connection.executemany(
        "INSERT OR REPLACE INTO file_hashes VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (path, _folder(path), *row)
            for path, (_, row) in zip(absolute(p for p, _ in rows), rows, strict=True)
        ],
    )


def _ledger_is(connection: sqlite3.Connection, token: str) -> bool:
    """True if the ledger being written is the one started with `token`."""
    row = connection.execute("SELECT value FROM meta WHERE key = 'ledger-token'").fetchone()
    return row is not None and row[0] == token


def _insert_subjects(
    connection: sqlite3.Connection, subjects: Iterable[LedgerSubject]
) -> Counter[_Group]:
    """Write subjects and their findings; how many findings of each group were written."""
    counts: Counter[_Group] = Counter()
    stream = iter(subjects)
    while batch := list(islice(stream, _BATCH)):
        rows, articles, findings = [], [], []
        for index, subject, block, cited, found in batch:
            rows.append((index, subject, block))
            articles += [(article, index) for article in cited]
            findings += [(index, *finding) for finding in found]
        connection.executemany("INSERT INTO ledger_subjects VALUES (?, ?, ?)", rows)
        connection.executemany("INSERT INTO ledger_articles VALUES (?, ?)", articles)
        connection.executemany("INSERT INTO ledger_findings VALUES (?, ?, ?, ?, ?)", findings)
        counts.update((verdict, kind, severity) for _, severity, verdict, kind, _ in findings)
    return counts


def _insert_findings(
    connection: sqlite3.Connection, index: int, findings: Iterable[LedgerFinding]
) -> Counter[_Group]:
    rows = [(index, *finding) for finding in findings]
    connection.executemany("INSERT INTO ledger_findings VALUES (?, ?, ?, ?, ?)", rows)
    return Counter((verdict, kind, severity) for _, severity, verdict, kind, _ in rows)


def _forget_findings(connection: sqlite3.Connection, index: int) -> Counter[_Group]:
    """Delete a subject's findings; how many of each group there were."""
    found = connection.execute(
        "SELECT verdict, kind, severity FROM ledger_findings WHERE idx = ?", (index,)
    ).fetchall()
    connection.execute("DELETE FROM ledger_findings WHERE idx = ?", (index,))
    return Counter(map(tuple, found))


def _count(connection: sqlite3.Connection, counts: Counter[_Group]) -> None:
    """Add `counts` to the ledger's counts of findings by group."""
    # One statement for every group (an upsert): a run adds thousands of them per piece.
    connection.executemany(
        "INSERT INTO ledger_counts VALUES (?, ?, ?, ?) ON CONFLICT (verdict, kind, severity)"
        " DO UPDATE SET count = count + excluded.count",
        [(*group, count) for group, count in sorted(counts.items()) if count],
    )


def memoized(
    store: Cache | None, name: str, key: str, kind: type[_T], compute: Callable[[], _T]
) -> _T:
    """`compute()`, or its result stored under `name` with `key`; without a cache or a key
    (an empty key means the corpus could not be hashed), just `compute()`."""
    if store is None or not key:
        return compute()
    found = store.result(name, key, kind)
    if found is not None:
        return found
    value = compute()
    store.store_result(name, key, value)
    return value


def _folder(path: str) -> str:
    return os.path.dirname(path)


def _head(path: str) -> str:
    """A path without its last part (with the separator): what `_folder` reads of it."""
    return path[: path.rfind(os.sep) + 1]


def absolute(paths: Iterable[str | Path]) -> list[str]:
    """os.path.abspath of each path, each folder's looked up once (abspath asks for the
    working folder every time: ~20 µs a file, 2 s a run over the files of 100,000 claims)."""
    folders: dict[str, str] = {}
    found = []
    for path in paths:
        head, _, name = os.fspath(path).rpartition(os.sep)
        if os.altsep or not name:  # Windows ("/" too), or a path ending in a separator
            head, name = os.path.split(path)
        where = folders.get(head)
        if where is None:
            where = os.path.abspath(head)
            where = folders[head] = where if where.endswith(os.sep) else where + os.sep
        found.append(where + name)  # os.path.join, without its checks
    return found


def clear_all(where: Path | None = None) -> list[Path]:
    """Delete every cache database in `where` (default: `folder()`); the files deleted."""
    chosen = where if where is not None else folder()
    gone = []
    for path in sorted(chosen.glob(f"*{SUFFIX}*")) if chosen.is_dir() else []:
        path.unlink(missing_ok=True)
        gone.append(path)
    return gone
