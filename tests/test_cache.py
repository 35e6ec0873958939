"""The cache (cache.py): out of the corpus, data not code, per-file claims, results by key,
one fingerprint; and what the store and `crosscheck report` do with it."""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import STORM, TOLL, claim_file
from crosscheck import cache, compare, distributions
from crosscheck.cache import Cache
from crosscheck.cli import app
from crosscheck.errors import CrosscheckError
from crosscheck.store import loading

REPO = Path(__file__).resolve().parent.parent


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The claim files parsed from now on."""
    parsed: list[Path] = []
    original = loading.read_claims_file

    def counting(path: Path, text: str | None = None, **options: Any) -> tuple[str, list[Any]]:
        parsed.append(path)
        return original(path, text, **options)

    monkeypatch.setattr(loading, "read_claims_file", counting)
    return parsed


def _second_file(root: Path) -> Path:
    path = claim_file(root, TOLL)
    path.write_text(claim_file(root).read_text().replace(STORM, TOLL))
    return path


def _rows(store_: Cache) -> dict[str, bytes]:
    with sqlite3.connect(store_.path) as connection:
        return dict(connection.execute("SELECT path, hash FROM claim_files"))


def _tree(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


# --------------------------------------------------------------------------- where it lives


def test_the_cache_is_in_the_cache_folder_not_in_the_corpus(root: Path, cache_folder: Path) -> None:
    before = _tree(root)
    result = CliRunner().invoke(app, ["--root", str(root), "report"])
    assert result.exit_code == 0, result.output
    assert _tree(root) == before
    assert [path.name for path in cache_folder.iterdir()] == [Cache(root).path.name]
    assert Cache(root).path.parent == cache_folder


def test_the_folder_comes_from_the_environment_or_platformdirs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from platformdirs import user_cache_path

    monkeypatch.setenv(cache.ENV, str(tmp_path / "ci-cache"))
    assert cache.folder() == tmp_path / "ci-cache"
    monkeypatch.delenv(cache.ENV)
    assert cache.folder() == user_cache_path("crosscheck", appauthor=False)


def test_one_database_per_corpus_by_its_absolute_path(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = Cache(root)
    assert Cache(root / "articles" / "..").path == here.path
    assert Cache(tmp_path / "another").path != here.path
    monkeypatch.chdir(root.parent)
    assert Cache(Path(root.name)).path == here.path


def test_database_and_folder_are_private(root: Path, cache_folder: Path) -> None:
    shutil.rmtree(cache_folder)
    loading.load_claims(root / "claims", cache=Cache(root))
    assert cache_folder.stat().st_mode & 0o777 == 0o700
    assert Cache(root).path.stat().st_mode & 0o777 == 0o600


def _crafted(marker: Path) -> bytes:
    class Payload:
        def __reduce__(self) -> tuple[Any, ...]:
            return (Path.touch, (marker,))

    return pickle.dumps(Payload())


def test_a_pickle_planted_in_a_corpus_runs_no_code(root: Path) -> None:
    # What older versions read from .crosscheck-cache/ in the corpus, under the names they
    # read it by: a clone of a hostile corpus could run code on `crosscheck report`.
    marker = root.parent / "code-ran"
    planted = root / ".crosscheck-cache"
    question = repr((["table"], [], [], [], 0.0))
    report = "report-" + hashlib.blake2b(question.encode(), digest_size=12).hexdigest()
    folder = hashlib.sha256(os.path.realpath(root / "claims").encode()).hexdigest()[:32]
    for name in (f"results/{report}", "results/findings", f"claims/{folder}"):
        (planted / name).with_suffix(".pickle").parent.mkdir(parents=True, exist_ok=True)
        (planted / f"{name}.pickle").write_bytes(_crafted(marker))
    runner = CliRunner()
    for args in (["report"], ["report"], ["report", "-f", "json"], ["subjects"]):
        result = runner.invoke(app, ["--root", str(root), *args])
        assert result.exit_code == 0, result.output
    assert not marker.exists()


def test_a_tampered_database_runs_no_code_and_is_a_miss(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = root.parent / "code-ran"
    kept = Cache(root)
    cold = loading.load_claims(root / "claims", cache=kept)
    with sqlite3.connect(kept.path) as connection:
        connection.execute("UPDATE claim_files SET claims = ?", (_crafted(marker),))
    parsed = _counting(monkeypatch)
    assert loading.load_claims(root / "claims", cache=kept) == cold
    assert parsed == [claim_file(root)]
    assert not marker.exists()


def test_a_corrupt_database_is_rebuilt(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = loading.load_claims(root / "claims", cache=Cache(root))
    Cache(root).path.write_bytes(b"not a database at all" * 100)
    assert loading.load_claims(root / "claims", cache=Cache(root)) == cold
    parsed = _counting(monkeypatch)
    assert loading.load_claims(root / "claims", cache=Cache(root)) == cold
    assert parsed == []


# --------------------------------------------------------------------------- claims per file


def test_a_warm_load_neither_parses_nor_validates(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = loading.load_claims(root / "claims", cache=Cache(root))
    parsed = _counting(monkeypatch)
    assert loading.load_claims(root / "claims", cache=Cache(root)) == cold
    assert parsed == []


def test_after_one_file_changes_only_that_file_is_parsed_and_stored(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = _second_file(root)
    kept = Cache(root)
    loading.load_claims(root / "claims", cache=kept)
    before = _rows(kept)
    path = claim_file(root)
    path.write_text(path.read_text().replace("people killed", "people dead"))
    parsed = _counting(monkeypatch)
    written: list[list[Path]] = []
    original = Cache.store_claim_files

    def spying(self: Cache, claims_dir: Path, changed: Any, *rest: Any) -> None:
        changed = list(changed)
        written.append([each[0] for each in changed])
        original(self, claims_dir, changed, *rest)

    monkeypatch.setattr(Cache, "store_claim_files", spying)
    subjects = [claim.subject for claim in loading.load_claims(root / "claims", cache=kept)]
    assert subjects == ["people killed", "people injured", "people dead", "people injured"]
    assert parsed == [path]
    assert [each for paths in written for each in paths] == [path]  # only it is written
    after = _rows(kept)
    assert after[str(other)] == before[str(other)]
    assert after[str(path)] != before[str(path)]


def test_claims_among_decodes_only_the_claims_asked_for(root: Path) -> None:
    other = _second_file(root)
    kept = Cache(root)
    every = loading.load_claims(root / "claims", cache=kept)
    paths = [claim_file(root), other]
    hashes = [_rows(kept)[str(path)] for path in paths]
    chosen = {every[0].id, every[-1].id}
    found = kept.claims_among(paths, hashes, chosen)
    assert found is not None
    assert sorted(found, key=lambda c: c.id) == sorted([every[0], every[-1]], key=lambda c: c.id)
    assert kept.claims_among(paths, hashes, set()) == []
    # A file kept with another content hash, or never kept: no answer.
    assert kept.claims_among(paths, [hashes[0], b"other"], chosen) is None
    missing = root / "claims" / "none.yaml"
    assert kept.claims_among([*paths, missing], [*hashes, b""], chosen) is None


def test_files_come_and_go(root: Path) -> None:
    kept = Cache(root)
    loading.load_claims(root / "claims", cache=kept)
    claim_file(root).rename(claim_file(root, TOLL))
    with pytest.raises(CrosscheckError, match="belong in"):
        loading.load_claims(root / "claims", cache=kept)
    claim_file(root, TOLL).rename(claim_file(root))
    assert len(loading.load_claims(root / "claims", cache=kept)) == 2
    assert list(_rows(kept)) == [str(claim_file(root))]
    claim_file(root).unlink()
    assert loading.load_claims(root / "claims", cache=kept) == []
    assert _rows(kept) == {}


def test_a_cached_load_equals_a_cold_one_in_two_processes(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "_PARALLEL_BYTES", 0)
    _second_file(root)
    cold = loading.load_claims(root / "claims", jobs=2)
    assert loading.load_claims(root / "claims", cache=Cache(root), jobs=2) == cold
    # Each worker kept the claims it parsed: none is parsed again.
    assert len(_rows(Cache(root))) == 2
    parsed = _counting(monkeypatch)
    assert loading.load_claims(root / "claims", cache=Cache(root), jobs=2) == cold
    assert parsed == []


# --------------------------------------------------------------------------- the fingerprint


def _package_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "package"
    shutil.copytree(cache.PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_a_changed_data_file_or_module_changes_the_fingerprint(tmp_path: Path) -> None:
    copy = _package_copy(tmp_path)
    first = cache.fingerprint(copy)
    assert first == cache.fingerprint(cache.PACKAGE)
    for changed in ("data/vague.yaml", "data/extract.yaml", "vocab.py", "render/table.py"):
        path = copy / changed
        original = path.read_bytes()
        path.write_bytes(original + b"\n# changed\n")
        cache.fingerprint.cache_clear()
        assert cache.fingerprint(copy) != first, changed
        path.write_bytes(original)
    cache.fingerprint.cache_clear()
    assert cache.fingerprint(copy) == first


def test_a_changed_dependency_version_changes_the_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = cache.fingerprint()
    assert "rapidfuzz " in cache._versions() or "crosscheck" not in cache._versions()
    # Another rapidfuzz, installed where Python looks first.
    (tmp_path / "rapidfuzz-999.0.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(tmp_path))
    for cached in (distributions.listing, distributions._folders, cache.fingerprint):
        cached.cache_clear()
    try:
        assert distributions.version("rapidfuzz") == "999.0"
        assert cache.fingerprint() != first
    finally:
        monkeypatch.undo()
        for cached in (distributions.listing, distributions._folders, cache.fingerprint):
            cached.cache_clear()
    assert cache.fingerprint() == first


def test_another_fingerprint_empties_the_database(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loading.load_claims(root / "claims", cache=Cache(root))
    Cache(root).store_result("answer", "key", 42)
    parsed = _counting(monkeypatch)
    # Another version of the package or a dependency: other files, so another stamp too.
    monkeypatch.setattr(cache, "fingerprint", lambda: "another version")
    monkeypatch.setattr(cache, "stamp", lambda: "another stamp")
    assert Cache(root).result("answer", "key", int) is None
    loading.load_claims(root / "claims", cache=Cache(root))
    assert parsed == [claim_file(root)]


def test_the_stamp_of_the_package_s_files_spares_the_fingerprint(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Cache(root).store_result("answer", "key", 42)  # records the stamp with the fingerprint

    def unread() -> str:
        raise AssertionError("the package's files were read and hashed")

    monkeypatch.setattr(cache, "fingerprint", unread)
    assert Cache(root).result("answer", "key", int) == 42
    # Another stamp (a file touched, a dependency upgraded): the fingerprint is checked.
    monkeypatch.setattr(cache, "stamp", lambda: "another stamp")
    with pytest.raises(AssertionError, match="read and hashed"):
        Cache(root).result("answer", "key", int)


def test_the_stamp_follows_each_file_s_stat_and_is_none_while_one_is_racy(
    tmp_path: Path,
) -> None:
    copy = _package_copy(tmp_path)
    module = copy / "vocab.py"
    old = time.time_ns() - 10_000_000_000
    for path in copy.rglob("*"):
        os.utime(path, ns=(old, old))
    first = cache.stamp.__wrapped__(copy)
    assert first is not None and first == cache.stamp.__wrapped__(copy)
    module.write_bytes(module.read_bytes() + b"\n# changed\n")
    # Modified just now: its stat may not show a later write of the same second.
    assert cache.stamp.__wrapped__(copy) is None
    os.utime(module, ns=(old, old))
    assert cache.stamp.__wrapped__(copy) not in (None, first)  # its size differs


# --------------------------------------------------------------------------- results


def test_a_value_it_cannot_encode_is_not_kept_and_raises_nothing(root: Path) -> None:
    class Text(str):  # (what a round-trip YAML reader hands out: a subclass of str)
        pass

    kept = Cache(root)
    kept.store_result("answer", "key", {"figure": Text("12")})
    assert kept.result("answer", "key", dict[str, str]) is None
    kept.store_result("answer", "key", {"figure": "12"})
    assert kept.result("answer", "key", dict[str, str]) == {"figure": "12"}


def test_memoized_reuses_a_result_for_the_same_key() -> None:
    calls: list[int] = []

    def compute() -> list[int]:
        calls.append(1)
        return [len(calls)]

    kept = Cache(Path("somewhere"))
    assert cache.memoized(kept, "result", "digest one", list[int], compute) == [1]
    assert cache.memoized(kept, "result", "digest one", list[int], compute) == [1]
    assert cache.memoized(kept, "result", "digest two", list[int], compute) == [2]
    assert cache.memoized(kept, "result", "digest one", list[int], compute) == [3]
    assert cache.memoized(None, "result", "digest two", list[int], compute) == [4]
    assert cache.memoized(kept, "result", "", list[int], compute) == [5]


def test_subject_results_are_kept_by_key_and_only_the_last_runs(root: Path) -> None:
    kept = Cache(root)
    kept.store_subject_results({b"a": [1], b"b": [2]}, [b"a", b"b"])
    assert kept.subject_results([b"a", b"b", b"c"], list[int]) == {b"a": [1], b"b": [2]}
    # The next run has subjects a and c: b is forgotten, a stays as it was.
    kept.store_subject_results({b"c": [3]}, [b"a", b"c"])
    assert kept.subject_results([b"a", b"b", b"c"], list[int]) == {b"a": [1], b"c": [3]}
    # Written a slice at a time: nothing is forgotten until the run's keys are all known.
    kept.store_subject_results({b"d": [4]}, None)
    assert kept.subject_results([b"a", b"c", b"d"], list[int]) == {b"a": [1], b"c": [3], b"d": [4]}
    kept.store_subject_results({}, [b"d"])
    assert kept.subject_results([b"a", b"c", b"d"], list[int]) == {b"d": [4]}
    # A value that does not decode as asked is a miss, never an error.
    assert kept.subject_results([b"a"], list[str]) == {}


def test_subject_results_are_found_among_many_keys(root: Path) -> None:
    kept = Cache(root)
    stored = {f"k{n}".encode(): [n] for n in range(0, 3 * cache._IN_BATCH, 3)}
    kept.store_subject_results(stored, None)
    # More keys than one query asks for, most of them unknown, some asked twice.
    asked = [f"k{n}".encode() for n in range(3 * cache._IN_BATCH + 5)] + [b"k3", b"k0"]
    found = kept.subject_results(asked, list[int])
    assert found == stored
    assert list(found) == [key for key in asked if key in stored][: len(stored)]


def test_clear_forgets_everything(root: Path, cache_folder: Path) -> None:
    kept = Cache(root)
    kept.store_result("answer", "key", 42)
    assert kept.result("answer", "key", int) == 42
    kept.clear()
    assert kept.result("answer", "key", int) is None
    assert cache.clear_all() == [kept.path]
    assert list(cache_folder.iterdir()) == []


# --------------------------------------------------------------------------- the command line


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    target = tmp_path / "bundled"
    for part in ("articles", "claims"):
        shutil.copytree(REPO / part, target / part)
    return target


def test_no_cache_writes_nothing(bundled: Path, cache_folder: Path) -> None:
    before = _tree(bundled)
    result = CliRunner().invoke(app, ["--root", str(bundled), "report", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert list(cache_folder.iterdir()) == []
    assert _tree(bundled) == before


def test_a_warm_report_equals_a_cold_one_after_an_edit(
    bundled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()

    def report(*args: str) -> str:
        result = runner.invoke(app, ["--root", str(bundled), "report", "-f", "json", *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    cold = report("--no-cache")
    assert report() == cold
    analysed: list[int] = []
    original = compare.analyse
    monkeypatch.setattr(compare, "analyse", lambda *a, **k: analysed.append(1) or original(*a, **k))
    assert report() == cold
    assert analysed == []
    path = next((bundled / "claims").glob("*.yaml"))
    path.write_text(path.read_text().replace("status: confirmed", "status: rejected", 1))
    changed = report()
    assert analysed == []  # the ledger, brought up to the edit, has the findings
    assert changed != cold
    assert changed == report("--no-cache")


def test_a_first_report_hashes_nothing_first_and_is_kept_for_the_next_run(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crosscheck import pipeline

    listed: list[int] = []
    original = loading.listing
    monkeypatch.setattr(loading, "listing", lambda *a, **k: listed.append(1) or original(*a, **k))
    runner = CliRunner()
    first = runner.invoke(app, ["--root", str(root), "report", "-f", "json"])
    assert first.exit_code == 0, first.output
    assert listed == []  # an empty cache: the files are hashed as they are parsed

    def refused(*args: object, **options: object) -> None:
        raise AssertionError("the report was made again")

    monkeypatch.setattr(pipeline, "load", refused)
    monkeypatch.setattr(pipeline, "report_after_edit", refused)
    again = runner.invoke(app, ["--root", str(root), "report", "-f", "json"])
    assert again.exit_code == 0, again.output
    assert again.stdout == first.stdout  # kept under the digest of what was parsed
    assert listed == [1]


def test_the_cache_command_shows_and_clears(root: Path, cache_folder: Path) -> None:
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, ["--root", str(root), *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    assert run("cache") == f"{Cache(root).path}\n"
    run("report")
    assert Cache(root).path.exists()
    run("cache", "--clear")
    assert not Cache(root).path.exists()
    run("report")
    run("cache", "--clear-all")
    assert list(cache_folder.iterdir()) == []


@pytest.mark.parametrize("args", [["claim", "list"], ["subjects"], ["extract", "--dry-run"]])
def test_commands_that_read_every_claim_use_the_cache(
    root: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    runner = CliRunner()
    first = runner.invoke(app, ["--root", str(root), *args])
    assert first.exit_code == 0, first.output
    parsed = _counting(monkeypatch)
    again = runner.invoke(app, ["--root", str(root), *args])
    assert again.exit_code == 0, again.output
    assert again.stdout == first.stdout
    assert parsed == []


def test_absolute_paths_are_abspath(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    paths = [Path("a/b.txt"), Path("b.txt"), tmp_path / "c" / "d.yaml", Path("a/../e/f")]
    assert cache.absolute(paths) == [os.path.abspath(p) for p in paths]
    assert cache.absolute(["./x/../y/z"]) == [os.path.abspath("./x/../y/z")]  # type: ignore[list-item]


def _indexes(kept: Cache) -> set[str]:
    with closing(sqlite3.connect(kept.path)) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        return {name for (name,) in rows if name.startswith("ledger_")}


def test_a_ledgers_indexes_are_built_when_it_is_completed(root: Path) -> None:
    kept = Cache(root)
    assert kept.store_ledger_profiles("token", [], [("a", "block", b"[]")], [], b"[]", bytes)
    # Its rows are written without them (a cold run writes hundreds of thousands) ...
    assert _indexes(kept) == set()
    assert kept.add_ledger_subjects("token", [(0, b"[]", "block", ["a"], [])])
    kept.complete_ledger("token", b"{}")
    # ... and a complete ledger has every one its look-ups use.
    assert _indexes(kept) == set(cache._LEDGER_INDEXES)
    with closing(sqlite3.connect(kept.path)) as connection:
        plan = connection.execute(
            "EXPLAIN QUERY PLAN SELECT value FROM ledger_profiles WHERE block = ?", ("block",)
        ).fetchall()
    assert "ledger_profiles_block" in str(plan)
    assert kept.ledger_blocks(["block"]) == {0: (b"[]", "block")}


def test_a_ledger_left_half_written_gets_its_indexes_back(root: Path) -> None:
    assert Cache(root).store_ledger_profiles("token", [], [], [], b"[]", bytes)
    # The run that began it ended there; the next process to open the cache builds them.
    again = Cache(root)
    assert again.ledger() is None
    assert _indexes(again) == set(cache._LEDGER_INDEXES)


def test_tables_of_another_layout_are_dropped(root: Path) -> None:
    kept = Cache(root)
    kept.path.parent.mkdir(parents=True, exist_ok=True)
    # A database an older crosscheck wrote, with a table of the same name and other columns.
    with sqlite3.connect(kept.path) as old:
        old.execute("CREATE TABLE ledger_subjects (idx INTEGER, subject BLOB, findings BLOB)")
        old.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        old.execute("PRAGMA user_version = 1")
    assert kept.store_ledger_profiles("token", [], [], [], b"[]", bytes)
    assert kept.ledger() is None  # no ledger until it is complete
    subject = (0, b"[]", "block", ["a"], [])
    assert not kept.add_ledger_subjects("another run's token", [subject])
    kept.complete_ledger("another run's token", b"{}")
    assert kept.ledger() is None  # another run's half is never completed
    assert kept.add_ledger_subjects("token", [subject])
    assert kept.ledger() is None  # subjects added, not yet completed
    kept.complete_ledger("token", b"{}")
    assert kept.ledger() == (b"{}", {})
    assert kept.ledger_subjects(["a"]) == {0: (b"[]", "block")}
    assert kept.ledger_blocks(["block"]) == {0: (b"[]", "block")}
