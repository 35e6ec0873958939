"""The gazetteer's indexes as a file: an SQLite database read by point queries.

places.py builds two indexes from GeoNames (towns by folded name, and the towns of several
countries that bear one name) and ships them with the package.  Read whole, as the gzipped
JSON they were shipped as until December 2026, they took ~0.1 s of every process that
looked up a place (a third of a report of a small corpus); a database opened read-only
answers each name in microseconds and reads nothing else.

- **Data, never code.**  The file is opened read-only and immutable (no journal, no locks,
  nothing written), and its rows are decoded as plain values.
- **Damage is a miss, never an error.**  A file that is no database, or of another format,
  or built from other versions of the data, is not used (`open_index` gives None); a row
  that points at no town is no town.  A page found damaged only when a name is looked up
  makes the index fall back to `fallback` (the indexes built from the data installed) for
  the rest of the process.
- **Written whole or not at all** (`write_index`: a temporary file, then a rename).
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

Town = tuple[int, str, str, float, float, int]  # GeoNames id, name, country, lat, lon, people
Abroad = tuple[tuple[bool, Town], ...]  # (whether the name is the town's own, the town)
Indexes = tuple[Mapping[str, Town], Mapping[str, Abroad]]

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE places (
    at INTEGER PRIMARY KEY, id INTEGER NOT NULL, name TEXT NOT NULL, country TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL, people INTEGER NOT NULL);
CREATE TABLE towns (name TEXT PRIMARY KEY, at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE abroad (
    name TEXT NOT NULL, rank INTEGER NOT NULL, own INTEGER NOT NULL, at INTEGER NOT NULL,
    PRIMARY KEY (name, rank)) WITHOUT ROWID;
"""

_TOWN = "SELECT p.id, p.name, p.country, p.lat, p.lon, p.people FROM places p"
_TOWN_NAMED = f"{_TOWN} JOIN towns t ON p.at = t.at WHERE t.name = ?"
_ABROAD_NAMED = (
    "SELECT a.own, p.id, p.name, p.country, p.lat, p.lon, p.people FROM abroad a "
    "JOIN places p ON p.at = a.at WHERE a.name = ? ORDER BY a.rank"
)


def _first(rows: list[tuple[Any, ...]]) -> Town:
    return rows[0]


def _owned(rows: list[tuple[Any, ...]]) -> Abroad:
    return tuple((bool(row[0]), row[1:]) for row in rows)


def write_index(
    path: Path,
    meta: Mapping[str, Any],
    towns: Mapping[str, Town],
    abroad: Mapping[str, Abroad],
) -> None:
    """Write the two indexes and `meta` (JSON values) to an SQLite file at `path`, whole or
    not at all; each town is stored once, and the names point at it."""
    at: dict[Town, int] = {}
    for town in (*towns.values(), *(t for each in abroad.values() for _, t in each)):
        at.setdefault(tuple(town), len(at))  # type: ignore[arg-type]
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            with connection:
                connection.executescript(_SCHEMA)
                connection.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [(key, json.dumps(value, sort_keys=True)) for key, value in meta.items()],
                )
                connection.executemany(
                    "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(n, *town) for town, n in at.items()],
                )
                connection.executemany(
                    "INSERT INTO towns VALUES (?, ?)",
                    [(name, at[tuple(town)]) for name, town in towns.items()],  # type: ignore[index]
                )
                connection.executemany(
                    "INSERT INTO abroad VALUES (?, ?, ?, ?)",
                    [
                        (name, rank, int(own), at[tuple(town)])  # type: ignore[index]
                        for name, each in abroad.items()
                        for rank, (own, town) in enumerate(each)
                    ],
                )
            connection.execute("VACUUM")  # no free pages: the smallest file
        finally:
            connection.close()
        os.chmod(temporary, 0o644)  # a data file of the package, as the others
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


class Index:
    """An index file opened read-only: `meta`, and the two indexes as mappings."""

    def __init__(self, path: Path, fallback: Callable[[], Indexes]) -> None:
        self.path = path
        self._fallback = fallback
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self._broken = False
        self.meta = {
            key: json.loads(value) for key, value in self.rows("SELECT key, value FROM meta")
        }
        # The towns by name; the towns of several countries that bear a name, by that name.
        self.towns: Mapping[str, Town] = _Table(self, 0, _TOWN_NAMED, "towns", _first)
        self.abroad: Mapping[str, Abroad] = _Table(self, 1, _ABROAD_NAMED, "abroad", _owned)

    def rows(self, query: str, *parameters: Any) -> list[tuple[Any, ...]]:
        """The rows of a query (raises sqlite3.DatabaseError on a damaged file)."""
        if self._connection is None or self._pid != os.getpid():
            # One connection per process: a connection is not carried across a fork.
            self._connection = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro&immutable=1",
                uri=True,
                check_same_thread=False,  # read-only: threads may share it
            )
            self._pid = os.getpid()
        return self._connection.execute(query, parameters).fetchall()

    def lookup(self, query: str, name: str) -> list[tuple[Any, ...]] | None:
        """The rows for `name`, or None once the file was found damaged."""
        if not self._broken:
            try:
                return self.rows(query, name)
            except sqlite3.DatabaseError:
                self._broken = True  # a damaged page: the indexes built from the data
        return None

    def fallback(self) -> Indexes:
        return self._fallback()


class _Table(Mapping[str, Any]):
    """One of the two indexes, by folded name: the rows a name's query gives, made into its
    value by `make` (no row: no such name)."""

    def __init__(
        self,
        index: Index,
        which: int,
        named: str,
        table: str,
        make: Callable[[list[tuple[Any, ...]]], Any],
    ) -> None:
        self._index, self._which, self._named, self._table, self._make = (
            index,
            which,
            named,
            table,
            make,
        )

    def __getitem__(self, name: str) -> Any:
        rows = self._index.lookup(self._named, name)
        if rows is None:
            return self._index.fallback()[self._which][name]
        if not rows:
            raise KeyError(name)
        return self._make(rows)

    def __iter__(self) -> Iterator[str]:
        query = f"SELECT DISTINCT name FROM {self._table}"
        return iter([name for (name,) in self._index.rows(query)])

    def __len__(self) -> int:
        query = f"SELECT count(DISTINCT name) FROM {self._table}"
        return int(self._index.rows(query)[0][0])


def open_index(path: Path, fallback: Callable[[], Indexes]) -> Index | None:
    """The index file at `path`, or None if it cannot be read as one."""
    if not path.is_file():
        return None
    try:
        return Index(path, fallback)
    except (sqlite3.DatabaseError, ValueError):  # not a database, or no JSON in its meta
        return None
