"""Work spread over processes gives what one process gives: same results, same order, same
first error."""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import STORM, TOLL, claim_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import synthetic  # noqa: E402
from crosscheck import articles, compare, group, parallel
from crosscheck.cache import Cache
from crosscheck.errors import CrosscheckError
from crosscheck.store import loading


@given(st.lists(st.integers(min_value=0, max_value=1000), max_size=60), st.integers(1, 8))
def test_chunks_cover_every_position_once_in_order(weights: list[int], count: int) -> None:
    cut = parallel.chunks(weights, count)
    assert [i for part in cut for i in part] == list(range(len(weights)))
    assert all(len(part) > 0 for part in cut)
    assert len(cut) <= max(1, count)
    if weights:
        assert len(cut) == min(count, len(weights))


def test_chunks_balance_by_weight() -> None:
    # One heavy item and many light ones: the heavy one gets a chunk to itself.
    assert parallel.chunks([100, 1, 1, 1, 1, 1, 1, 1, 1, 1], 2) == [range(0, 1), range(1, 10)]
    assert parallel.chunks([1] * 10, 2) == [range(0, 5), range(5, 10)]


def _pids(items: list[int]) -> list[tuple[int, int]]:
    return [(item, os.getpid()) for item in items]


def _squares_until_negative(items: list[int]) -> list[int | ValueError]:
    done: list[int | ValueError] = []
    for item in items:
        if item < 0:
            done.append(ValueError(f"negative: {item}"))
            break
        done.append(item * item)
    return done


def _explode(items: list[int]) -> list[int]:
    if any(item % 2 for item in items):
        raise RuntimeError(f"odd in {items[0]}..{items[-1]}")
    return items


def test_map_chunks_runs_in_worker_processes_and_keeps_order() -> None:
    done = parallel.map_chunks(_pids, list(range(40)), jobs=2)
    assert [item for item, _ in done] == list(range(40))
    assert {pid for _, pid in done} - {os.getpid()}, "no worker process took a chunk"
    assert done[0][1] == os.getpid(), "the first chunk runs here"


def test_map_chunks_stays_here_below_the_minimum_weight() -> None:
    done = parallel.map_chunks(_pids, list(range(40)), jobs=2, min_weight=41)
    assert {pid for _, pid in done} == {os.getpid()}


def test_a_chunk_may_stop_short_and_the_caller_reads_in_order() -> None:
    items = [1, 2, 3, -4, 5, 6, 7, 8, -9, 10]
    done = parallel.map_chunks(_squares_until_negative, items, jobs=2)
    first_error = next(i for i, r in enumerate(done) if isinstance(r, ValueError))
    assert done[:first_error] == [1, 4, 9]
    assert str(done[first_error]) == "negative: -4"


def test_an_exception_of_the_earliest_chunk_is_raised() -> None:
    with pytest.raises(RuntimeError, match="odd in 0..4"):
        parallel.map_chunks(_explode, list(range(10)), jobs=2)


def test_jobs_default_to_every_core() -> None:
    assert parallel.jobs_for(None) == parallel.cores() >= 1
    assert parallel.jobs_for(3) == 3


def test_a_crosscheck_error_survives_pickling_whole() -> None:
    error = CrosscheckError("bad", "claims/x.yaml", 3, 7, field="best")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.message, copy.path, copy.line, copy.column, copy.field) == (
        "bad",
        "claims/x.yaml",
        3,
        7,
        "best",
    )
    assert str(copy) == str(error)


# --------------------------------------------------------------------------- the store


@pytest.fixture
def anywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parse in two processes however small the corpus."""
    monkeypatch.setattr(loading, "_PARALLEL_BYTES", 0)
    monkeypatch.setattr(articles, "_PARALLEL_FILES", 0)


def _second_claim_file(root: Path) -> Path:
    text = claim_file(root).read_text().replace(STORM, TOLL)
    path = claim_file(root, TOLL)
    path.write_text(text)
    return path


@pytest.mark.usefixtures("anywhere")
def test_a_corpus_loads_the_same_in_two_processes(root: Path, tmp_path: Path) -> None:
    _second_claim_file(root)
    alone = loading.load_corpus(root / "articles", root / "claims", jobs=1)
    spread = loading.load_corpus(root / "articles", root / "claims", cache=Cache(root), jobs=2)
    assert len(spread.claims) == 4
    assert spread.claims == alone.claims
    assert spread.articles == alone.articles
    # The cache written from worker results serves the next load.
    assert loading.load_claims(root / "claims", cache=Cache(root)) == alone.claims


def _errors(root: Path, tmp_path: Path) -> list[str]:
    """The error of a cold load in one process and in two."""
    found = []
    for jobs in (1, 2):
        with pytest.raises(CrosscheckError) as caught:
            loading.load_claims(root / "claims", jobs=jobs)
        found.append(str(caught.value))
    return found


@pytest.mark.usefixtures("anywhere")
def test_a_bad_file_is_reported_from_a_worker_with_its_line(root: Path, tmp_path: Path) -> None:
    _second_claim_file(root)  # sorts first: the storm file goes to the worker
    path = claim_file(root)
    path.write_text(path.read_text().replace("kind: injured", "kind: injurred"))
    alone, spread = _errors(root, tmp_path)
    assert spread == alone
    assert spread.startswith(f"{path}:20:")
    assert "kind: unknown kind 'injurred' (did you mean 'injured'?)" in spread


@pytest.mark.usefixtures("anywhere")
def test_of_two_bad_files_the_first_is_reported(root: Path, tmp_path: Path) -> None:
    first = _second_claim_file(root)
    first.write_text(first.read_text().replace("about 300", "about lots"))
    claim_file(root).write_text(claim_file(root).read_text().replace("kind: injured", "kind: x"))
    alone, spread = _errors(root, tmp_path)
    assert spread == alone
    assert spread.startswith(f"{first}:")
    assert "figure:" in spread


@pytest.mark.usefixtures("anywhere")
def test_a_bad_article_is_reported_from_a_worker(root: Path) -> None:
    (path,) = sorted((root / "articles").glob("*.txt"))[-1:]
    path.write_text(path.read_text().replace("outlet:", "outlt:", 1))
    with pytest.raises(CrosscheckError) as caught:
        articles.load_all(root / "articles", jobs=2)
    assert caught.value.path == str(path)


def test_the_engine_finds_the_same_in_two_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synthetic.generate(tmp_path, 600)
    corpus = loading.load_corpus(tmp_path / "articles", tmp_path / "claims")
    alone = compare.analyse(corpus.claims, corpus.articles, jobs=1)
    monkeypatch.setattr(compare, "_PARALLEL_CLAIMS", 0)
    monkeypatch.setattr(group, "_PARALLEL_CLAIMS", 0)
    cuts: list[list[range]] = []
    original = parallel.chunks

    def recording(weights: list[int], count: int) -> list[range]:
        cuts.append(original(weights, count))
        return cuts[-1]

    monkeypatch.setattr(parallel, "chunks", recording)
    spread = compare.analyse(corpus.claims, corpus.articles, jobs=2)
    # Grouped a block at a time, then judged a subject at a time, in two processes each.
    assert [len(cut) for cut in cuts] == [2, 2], "the blocks or the subjects were not split"
    assert spread == alone
    assert len(alone) > 20


@pytest.mark.parametrize("jobs", [1, 2])
def test_reported_progress_counts_every_item_and_changes_no_result(jobs: int) -> None:
    items = list(range(100))
    plain = parallel.map_chunks(_pids, items, jobs=jobs)
    seen: list[tuple[str, int, int]] = []
    with parallel.progress(lambda label, done, total: seen.append((label, done, total))):
        reported = parallel.map_chunks(_pids, items, jobs=jobs, label="squaring")
        unlabelled = parallel.map_chunks(_pids, items, jobs=jobs)
    assert [item for item, _ in reported] == [item for item, _ in plain] == items
    assert [item for item, _ in unlabelled] == items
    assert {label for label, _, _ in seen} == {"squaring"}  # unlabelled work reports nothing
    done = [count for _, count, _ in seen]
    assert done[0] == 0 and done[-1] == 100 and done == sorted(done)
    assert len(done) > 2  # reported piece by piece, not once at the end
    assert {total for _, _, total in seen} == {100}
    workers = {pid for _, pid in reported}
    assert (os.getpid() in workers) is (jobs == 1)  # with 2 jobs the workers do all of it


def test_work_within_a_larger_whole_reports_its_share_of_it() -> None:
    seen: list[tuple[int, int]] = []
    with parallel.progress(lambda label, done, total: seen.append((done, total))):
        # Three parts of 40, 0 and 60 items of a whole of 100, each mapped on its own.
        for start, size in ((0, 40), (40, 0), (40, 60)):
            with parallel.within(start, size, 100):
                parallel.map_chunks(_pids, list(range(size)), jobs=1, label="squaring")
    done = [count for count, _ in seen]
    assert {total for _, total in seen} == {100}
    assert done[0] == 0 and done[-1] == 100 and done == sorted(done)
    assert 40 in done and len(set(done)) > 3
    with parallel.within(0, 10, 100):  # outside a progress block: nothing to report to
        assert parallel.map_chunks(_pids, [1], jobs=1, label="squaring")[0][0] == 1


def test_work_left_to_the_workers_lets_this_process_do_a_task_meanwhile() -> None:
    ran: list[int] = []
    items = list(range(100))

    def task() -> None:
        ran.append(os.getpid())

    def failing() -> None:
        raise RuntimeError("no data")

    with parallel.progress(lambda *_: None):
        done = parallel.map_chunks(_pids, items, jobs=2, label="squaring", idle=task)
        assert ran == [os.getpid()]  # here, while the workers did everything
        assert os.getpid() not in {pid for _, pid in done}
        # Work done here leaves no time to wait: the task is not run.
        parallel.map_chunks(_pids, items, jobs=1, label="squaring", idle=task)
        assert ran == [os.getpid()]
        # A task that fails changes nothing: its work is done again where it is needed.
        done = parallel.map_chunks(_pids, items, jobs=2, label="squaring", idle=failing)
        assert [item for item, _ in done] == items
    parallel.map_chunks(_pids, items, jobs=2, idle=task)  # no progress: this process works
    assert ran == [os.getpid()]


def test_no_report_outside_a_progress_block() -> None:
    seen: list[int] = []
    with parallel.progress(lambda label, done, total: seen.append(done)):
        pass
    parallel.map_chunks(_pids, list(range(10)), label="squaring")
    assert seen == []


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("reported", [False, True])
def test_pieces_hand_over_each_chunk_in_order_as_map_chunks_would_concatenate_them(
    jobs: int, reported: bool
) -> None:
    items = list(range(100))
    seen: list[list[int]] = []
    with parallel.progress(lambda *_: None) if reported else contextlib.nullcontext():
        for part, results in parallel.pieces(_pids, items, jobs=jobs, label="squaring"):
            assert [item for item, _ in results] == part
            seen.append(part)
        whole = parallel.map_chunks(_pids, items, jobs=jobs, label="squaring")
    assert [item for part in seen for item in part] == [item for item, _ in whole] == items
    # One chunk per process, or with progress reported, several pieces per process.
    assert len(seen) == (parallel.PIECES * jobs if reported else jobs)


@pytest.mark.parametrize("reported", [False, True])
def test_pieces_before_a_failing_chunk_are_handed_over_before_its_error(reported: bool) -> None:
    items = [0] * 50 + [1] * 50  # _explode fails on the chunk holding the first odd item
    seen: list[list[int]] = []
    progress = parallel.progress(lambda *_: None) if reported else contextlib.nullcontext()
    with progress, pytest.raises(RuntimeError, match="odd in"):
        for part, results in parallel.pieces(_explode, items, jobs=2, label="x"):
            assert results == part
            seen.append(part)
    assert seen and all(item == 0 for part in seen for item in part)


def _slow_mark(items: list[int]) -> list[int]:
    """Each piece leaves a mark in the folder named by the shared value, slowly."""
    import time

    time.sleep(0.3)
    (Path(parallel.shared()) / str(items[0])).touch()
    return items


def test_pieces_not_started_are_dropped_when_the_caller_stops_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "PIECES", 16)
    items = list(range(32))
    with parallel.progress(lambda *_: None):  # one piece each: 32 pieces, two processes
        for part, _ in parallel.pieces(_slow_mark, items, jobs=2, label="x", shared=tmp_path):
            assert part == [0]
            break  # the generator is closed here, its pool shut down
    started = len(list(tmp_path.iterdir()))
    # Those running and those already queued to the processes (about six) are finished;
    # the others, more than half, never start (without the cancel, all 32 ran).
    assert 1 <= started <= len(items) // 2


class _Log:
    """A Spool's target: each call appends its name and size to a file (the copy's calls
    are seen from here only so); `ready` waits for a byte on `go` before the calls go on."""

    def __init__(self, path: Path, go: int | None = None) -> None:
        self.path, self.go = path, go

    def ready(self) -> bool:
        if self.go is not None:
            import select

            # Ten seconds: only if handing the calls over held up the test would it come.
            if not select.select([self.go], [], [], 10)[0]:
                return False
        return self.call("ready", b"")

    def call(self, name: str, payload: bytes) -> bool:
        with self.path.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()} {name} {len(payload)}\n")
        return name != "refuse"

    def fail(self) -> bool:
        raise RuntimeError("a write failed")

    def calls(self) -> list[tuple[str, str, int]]:
        lines = self.path.read_text(encoding="utf-8").split("\n")[:-1]
        return [(pid, name, int(size)) for pid, name, size in (line.split() for line in lines)]


def test_a_spool_makes_its_calls_in_order_in_a_copy_of_the_process_without_holding_it_up(
    tmp_path: Path,
) -> None:
    go, started = os.pipe()
    log = _Log(tmp_path / "calls", go)
    spool = parallel.Spool(log, "ready")
    # Eight calls of a megabyte: more than the pipe holds, while the copy has not started
    # reading them.  Were this process held up, the copy would give up waiting (False).
    for n in range(8):
        spool.send("call", f"call-{n}", bytes(1 << 20))
    os.write(started, b"!")
    spool.send("call", "last", b"")
    assert spool.wait() is True and spool.wait() is True
    calls = log.calls()
    assert [name for _, name, _ in calls] == ["ready", *(f"call-{n}" for n in range(8)), "last"]
    assert {pid for pid, _, _ in calls} == {calls[0][0]} and calls[0][0] != str(os.getpid())
    assert [size for _, _, size in calls][1:] == [1 << 20] * 8 + [0]
    for end in (go, started):
        os.close(end)


def test_a_spool_says_whether_every_call_returned_true(tmp_path: Path) -> None:
    log = _Log(tmp_path / "calls")
    refused = parallel.Spool(log, "ready")
    refused.send("call", "refuse", b"")
    refused.send("call", "after", b"")  # the calls after it are still made
    assert refused.wait() is False
    assert [name for _, name, _ in log.calls()] == ["ready", "refuse", "after"]
    failed = parallel.Spool(log, "ready")
    failed.send("fail")
    for n in range(3):  # the copy has ended: what is sent now is dropped, without an error
        failed.send("call", f"dropped-{n}", bytes(1 << 20))
    assert failed.wait() is False
    assert "dropped-0" not in [name for _, name, _ in log.calls()]


def test_a_spool_makes_its_calls_here_while_other_threads_run(tmp_path: Path) -> None:
    import threading

    log = _Log(tmp_path / "calls")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        spool = parallel.Spool(log, "ready")
        spool.send("call", "now", b"")
        assert [name for _, name, _ in log.calls()] == ["ready", "now"]  # made already
        spool.send("call", "refuse", b"")
        assert spool.wait() is False
    finally:
        stop.set()
        other.join()
    assert {pid for pid, _, _ in log.calls()} == {str(os.getpid())}


def test_subjects_are_shared_between_processes_by_their_claims() -> None:
    # One subject of 100 claims among 100 of 10: each process gets about half the claims
    # (weighed by pairs, the large one alone had outweighed all the others).
    sizes = [10] * 50 + [100] + [10] * 50
    subjects = [
        compare.Subject(f"s{n}", "", "killed", tuple(range(size)), ())  # type: ignore[arg-type]
        for n, size in enumerate(sizes)
    ]
    cuts = parallel.chunks([compare.judging_weight(s) for s in subjects], 2)
    shares = [sum(sizes[i] for i in cut) for cut in cuts]
    assert len(shares) == 2 and min(shares) >= 0.8 * max(shares)
