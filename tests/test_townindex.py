"""The gazetteer's indexes as an SQLite file (townindex.py): written whole, read by name,
damage a miss or a fall back, never an error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crosscheck import townindex

_WESTBY = (101, "Westby", "NL", 52.1, 4.3, 20000)
_NORLAND = (102, "Westby", "DE", 50.5, 7.1, 90000)
_PORT_ELIN = (103, "Port Elin", "NL", 53.0, 5.0, 150000)
_TOWNS = {"westby": _NORLAND, "port elin": _PORT_ELIN, "elin": _PORT_ELIN}
_ABROAD = {"westby": ((True, _NORLAND), (False, _WESTBY))}
_BUILT = ({"westby": _WESTBY}, {})


def _written(tmp_path: Path) -> Path:
    path = tmp_path / "index.sqlite"
    townindex.write_index(path, {"format": 9, "versions": {"a": "1.0"}}, _TOWNS, _ABROAD)
    return path


def test_an_index_reads_back_what_was_written(tmp_path: Path) -> None:
    index = townindex.open_index(_written(tmp_path), lambda: pytest.fail("fell back"))
    assert index is not None
    assert index.meta == {"format": 9, "versions": {"a": "1.0"}}
    assert index.towns["port elin"] == _PORT_ELIN and index.towns.get("elin") == _PORT_ELIN
    assert index.towns.get("nowhere") is None and "nowhere" not in index.towns
    assert dict(index.towns) == _TOWNS and len(index.towns) == 3
    # The towns of several countries keep their order (the country's own name first).
    assert index.abroad["westby"] == _ABROAD["westby"]
    assert index.abroad.get("port elin", ()) == ()
    assert dict(index.abroad) == _ABROAD
    # Each town is stored once, however many names point at it.
    with sqlite3.connect(tmp_path / "index.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM places").fetchone() == (3,)


def test_a_file_that_is_no_index_is_not_opened(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    assert townindex.open_index(path, dict) is None  # absent
    for content in (b"", b"not a database at all", b"SQLite format 3\0" + b"\xff" * 200):
        path.write_bytes(content)
        assert townindex.open_index(path, dict) is None, content
    with sqlite3.connect(path.with_suffix(".other")) as connection:
        connection.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        connection.execute("INSERT INTO meta VALUES ('format', 'not json')")
    assert townindex.open_index(path.with_suffix(".other"), dict) is None


def test_a_name_pointing_at_no_town_is_no_town(tmp_path: Path) -> None:
    path = _written(tmp_path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE towns SET at = 9999 WHERE name = 'elin'")
    index = townindex.open_index(path, lambda: pytest.fail("fell back"))
    assert index is not None and index.towns.get("elin") is None
    assert index.towns["port elin"] == _PORT_ELIN


def test_a_page_damaged_under_a_name_falls_back_to_the_built_indexes(tmp_path: Path) -> None:
    path = _written(tmp_path)
    with sqlite3.connect(path) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'towns'")
    data = bytearray(path.read_bytes())
    data[(root[0] - 1) * size : root[0] * size] = b"\x0d" * size  # the towns' page, garbled
    path.write_bytes(bytes(data))
    index = townindex.open_index(path, lambda: _BUILT)
    assert index is not None  # its meta still reads
    assert index.towns["westby"] == _WESTBY  # from the built indexes, not an error
    assert index.towns.get("port elin") is None
    assert index.abroad.get("westby") is None  # the rest of the process uses them too


def test_writing_is_whole_or_not_at_all(tmp_path: Path) -> None:
    path = _written(tmp_path)
    before = path.read_bytes()
    with pytest.raises(TypeError):
        townindex.write_index(path, {"format": object()}, _TOWNS, _ABROAD)  # not JSON
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.sqlite"]  # nothing left
