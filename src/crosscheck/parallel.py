"""One function over many inputs, in contiguous chunks spread over the machine's cores.

The cold `crosscheck report` spends most of its time parsing YAML, one file at a time, and
files are independent: on a 2-core machine two processes parse them in about half the wall
time.  `map_chunks` cuts the inputs into one contiguous chunk per process, balanced by
weight (bytes), runs the first chunk in this process while worker processes run the rest,
and returns every result in input order, so callers see exactly what a plain loop gives.

Work that needs large read-only data besides its items (the comparison engine needs every
subject, article and total) gets it as `shared`: a forked worker inherits it without copying,
under other start methods it is pickled once per worker.  The function reads it with
`shared()`.

Small inputs are not worth a process (starting one and sending results back costs tens of
milliseconds): below `min_weight` everything runs here.

Progress: inside `with progress(report):` every `map_chunks` call that has a `label` cuts its
work into smaller pieces (PIECES per process) and calls `report(label, done, total)` (items)
after each piece, in this process and without a thread (a thread would rule out fork).  The
workers then run every piece and this process only collects them, in order: the same results.
"""

from __future__ import annotations

import gc
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import concurrent.futures
    import multiprocessing.context

# multiprocessing and concurrent.futures are imported where processes start: most commands
# (claim show, article list) never start one, and the two take ~30 ms to import.

_T = TypeVar("_T")
_R = TypeVar("_R")


def cores() -> int:
    """How many CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def jobs_for(requested: int | None) -> int:
    """The number of processes to use: `requested`, or every core when it is None or 0."""
    return max(1, requested) if requested else cores()


def chunks(weights: Sequence[int], count: int) -> list[range]:
    """Cut positions 0..len(weights) into at most `count` contiguous, non-empty ranges of
    about equal total weight."""
    total = sum(weights)
    count = max(1, min(count, len(weights)))
    cuts: list[range] = []
    start, seen = 0, 0
    for index, weight in enumerate(weights):
        seen += weight
        # Close the chunk once it holds its share of the weight, or when the items left are
        # just enough for one each to the chunks still to come.
        share = total * (len(cuts) + 1) / count
        left = len(weights) - index - 1
        to_come = count - len(cuts) - 1
        if to_come and (left == to_come or (seen >= share and left > to_come)):
            cuts.append(range(start, index + 1))
            start = index + 1
    if start < len(weights):
        cuts.append(range(start, len(weights)))
    return cuts


_SHARED: Any = None
_IN_WORKER = False


def in_worker() -> bool:
    """Whether this process is one of the workers `map_chunks` started (what a function
    returns from one is pickled back; from this process, it is handed over as it is)."""
    return _IN_WORKER


Report = Callable[[str, int, int], None]
"""What `progress` calls: (label, items done, items in all)."""

_REPORT: Report | None = None

PIECES = 8
"""With progress reported, pieces of work per process (more pieces: a smoother bar)."""


@contextmanager
def progress(report: Report) -> Iterator[None]:
    """Within the block, `map_chunks` calls with a label report how far they are."""
    global _REPORT
    before, _REPORT = _REPORT, report
    try:
        yield
    finally:
        _REPORT = before


@contextmanager
def within(done: int, part: int, total: int) -> Iterator[None]:
    """Within the block, work is one part of a larger whole: a progress report of items
    0..n of its calls is one of items `done`..`done + part` of `total`."""
    report = _REPORT
    if report is None:
        yield
        return

    def scaled(label: str, finished: int, items: int) -> None:
        report(label, done + (finished * part // items if items else part), total)

    with progress(scaled):
        yield


def shared() -> Any:
    """The `shared` value of the `map_chunks` call this runs under (None outside one)."""
    return _SHARED


def _start_worker(value: Any) -> None:
    global _SHARED, _IN_WORKER
    _SHARED, _IN_WORKER = value, True
    # A forked worker shares the parent's heap page by page; a collection would walk (and
    # so copy) all of it, and a worker's short life makes no garbage worth collecting.
    gc.disable()


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # fork starts a worker in milliseconds with everything imported; it is only safe while
    # this process runs no other thread.
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def map_chunks(
    function: Callable[[list[_T]], list[_R]],
    items: Sequence[_T],
    *,
    weights: Sequence[int] | None = None,
    jobs: int | None = None,
    min_weight: int = 0,
    shared: Any = None,
    label: str = "",
    idle: Callable[[], object] | None = None,
) -> list[_R]:
    """`function` over contiguous chunks of `items`, results concatenated in input order.

    `function` takes a list of items and returns a list of results; it must be importable
    (a module-level function) and its results picklable.  It may return fewer results than
    items (to stop at a first problem, say): the caller reads them in order.  An exception
    raised in a chunk is raised here, that of the earliest chunk first.  `shared` is what
    `shared()` returns while `function` runs, here and in the workers.  `label` names the
    work for a progress report (see `progress`).  `idle`: work needed later, run in this
    process while the workers do all of this (with progress reported, this process only
    collects their results), else not at all; if it fails, its failure is left to whoever
    does that work again when it is needed.
    """
    results: list[_R] = []
    for _, done in pieces(
        function,
        items,
        weights=weights,
        jobs=jobs,
        min_weight=min_weight,
        shared=shared,
        label=label,
        idle=idle,
    ):
        results += done
    return results


def pieces(
    function: Callable[[list[_T]], list[_R]],
    items: Sequence[_T],
    *,
    weights: Sequence[int] | None = None,
    jobs: int | None = None,
    min_weight: int = 0,
    shared: Any = None,
    label: str = "",
    idle: Callable[[], object] | None = None,
) -> Iterator[tuple[list[_T], list[_R]]]:
    """`map_chunks`, a chunk at a time: each chunk's items and results, in input order, as
    soon as it is done.  The caller can work on a chunk's results while the workers go on
    with the next (with progress reported, this process has nothing else to do)."""
    global _SHARED
    weights = list(weights) if weights is not None else [1] * len(items)
    count = jobs_for(jobs)
    spread = count > 1 and len(items) > 1 and sum(weights) >= min_weight
    report = _REPORT if label else None
    parts = [list(items)]
    if report is not None:
        cut = PIECES * (count if spread else 1)
        parts = [list(items[r.start : r.stop]) for r in chunks(weights, cut)]
    elif spread:
        parts = [list(items[r.start : r.stop]) for r in chunks(weights, count)]
    before = _SHARED
    try:
        if report is not None:
            workers = count if spread else 1
            yield from _reported(function, parts, report, label, workers, shared, idle)
        elif len(parts) == 1:
            _SHARED = shared
            yield parts[0], function(parts[0])
        else:
            yield from _spread(function, parts, shared)
    finally:
        _SHARED = before


def _spread(
    function: Callable[[list[_T]], list[_R]], parts: list[list[_T]], shared: Any
) -> Iterator[tuple[list[_T], list[_R]]]:
    """`function` over `parts`: the first here, the others in a worker process each."""
    global _SHARED
    with _pool(len(parts) - 1, shared) as pool:
        futures = [pool.submit(function, part) for part in parts[1:]]
        _SHARED = shared
        yield parts[0], function(parts[0])
        for part, future in zip(parts[1:], futures, strict=True):
            yield part, future.result()


@contextmanager
def _pool(workers: int, shared: Any) -> Iterator[concurrent.futures.ProcessPoolExecutor]:
    """A pool of `workers` processes that `shared()` gives `shared` in.  When the block is
    left early (a chunk failed, the caller stopped reading the pieces), chunks not started
    are dropped, and those running are waited for."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_start_worker, initargs=(shared,)
    )
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _reported(
    function: Callable[[list[_T]], list[_R]],
    parts: list[list[_T]],
    report: Report,
    label: str,
    workers: int,
    shared: Any,
    idle: Callable[[], object] | None = None,
) -> Iterator[tuple[list[_T], list[_R]]]:
    """`function` over `parts`, in `workers` processes (1: here), reporting after each part;
    `idle` runs here meanwhile (see `map_chunks`)."""
    global _SHARED
    total = sum(len(part) for part in parts)
    done = 0
    report(label, done, total)
    if workers == 1:
        for part in parts:
            _SHARED = shared
            results = function(part)
            done += len(part)
            report(label, done, total)
            yield part, results
        return
    with _pool(workers, shared) as pool:
        submitted = [(part, pool.submit(function, part)) for part in parts]
        if idle is not None:
            with suppress(Exception):  # see map_chunks
                idle()
        for part, future in submitted:
            results = future.result()
            done += len(part)
            report(label, done, total)
            yield part, results


_SPOOL_AHEAD = 64 << 20
"""How many bytes of calls a Spool holds before `send` waits for its copy to take them."""


class Spool:
    """Calls made in order by a copy of this process (fork) while this one goes on: the
    copy runs `getattr(target, first)(*arguments)`, then each call `send` hands it, in the
    order sent; `wait` waits for the last and says whether each returned True.  For work
    whose order matters but whose result this process does not need (writes of the cache).

    `target` and the first call's `arguments` are not sent: the copy has them as they were
    when it started.  The arguments of a later call are pickled (keep them to plain values
    and bytes); this process keeps what the copy has not read yet (up to _SPOOL_AHEAD bytes,
    then it waits), so a slow copy never holds it up.  Where processes cannot fork, or this
    one runs other threads (a fork would copy none of them), each call runs here when it is
    made.  A call that raises ends the copy (`wait` then says False; here, it is raised).
    The copy leaves without running exit handlers or flushing what this process has
    buffered; if this process ends without `wait`, the copy ends when it reads no more,
    without the calls it was not sent."""

    def __init__(self, target: Any, first: str, *arguments: Any) -> None:
        self._target = target
        self._pid: int | None = None
        self._out = -1
        self._ahead: deque[memoryview] = deque()
        self._held = 0
        self._ended: bool | None = None
        self._failed = False
        if not hasattr(os, "fork") or threading.active_count() > 1:
            self._failed = not getattr(target, first)(*arguments)
            return
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.close(write)
                # A collection would walk, and so copy, the whole shared heap.
                gc.disable()
                code = _serve(target, first, arguments, read)
            finally:
                os._exit(code)
        os.close(read)
        with suppress(OSError, AttributeError):  # Linux: fewer, larger writes
            import fcntl

            fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, 1 << 20)
        os.set_blocking(write, False)
        self._pid, self._out = pid, write

    def send(self, name: str, *arguments: Any) -> None:
        """Have `getattr(target, name)(*arguments)` run after the calls before it."""
        if self._pid is None:
            self._failed = not getattr(self._target, name)(*arguments) or self._failed
            return
        if self._ended is not None:
            raise RuntimeError("the spool was waited for")
        import pickle

        data = pickle.dumps((name, arguments), protocol=pickle.HIGHEST_PROTOCOL)
        self._ahead += [memoryview(len(data).to_bytes(8, "little")), memoryview(data)]
        self._held += 8 + len(data)
        self._push(block=self._held > _SPOOL_AHEAD)

    def _push(self, block: bool) -> None:
        """Write what the copy has not been given, as far as the pipe takes it (all of it,
        with `block`)."""
        if block:
            os.set_blocking(self._out, True)
        try:
            while self._ahead:
                try:
                    written = os.write(self._out, self._ahead[0])
                except BlockingIOError:
                    return
                self._held -= written
                if written == len(self._ahead[0]):
                    self._ahead.popleft()
                else:
                    self._ahead[0] = self._ahead[0][written:]
        except BrokenPipeError:  # the copy ended (it failed): the rest is dropped
            self._ahead, self._held, self._failed = deque(), 0, True
        finally:
            if block:
                os.set_blocking(self._out, False)

    def wait(self) -> bool:
        """Wait for every call sent to be made; True if each (the first included) returned
        True."""
        if self._pid is None:
            return not self._failed
        if self._ended is None:
            self._ahead.append(memoryview(bytes(8)))  # a call of no length: the end
            self._push(block=True)
            os.close(self._out)
            _, status = os.waitpid(self._pid, 0)
            self._ended = os.waitstatus_to_exitcode(status) == 0 and not self._failed
        return self._ended


def _serve(target: Any, first: str, arguments: tuple[Any, ...], source: int) -> int:
    """A Spool's copy: make the first call, then those read from `source`; the exit code
    (0: each returned True and the end was read)."""
    import pickle

    done = bool(getattr(target, first)(*arguments))
    with os.fdopen(source, "rb") as calls:
        while True:
            head = calls.read(8)
            size = int.from_bytes(head, "little") if len(head) == 8 else -1
            if size <= 0:
                return 0 if size == 0 and done else 1
            name, given = pickle.loads(calls.read(size))
            done = bool(getattr(target, name)(*given)) and done
