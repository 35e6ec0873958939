"""heap.py: the collector is paused or told to leave loaded data alone, and put back."""

from __future__ import annotations

import gc
import weakref

from crosscheck.heap import collector_paused, settled


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycle() -> weakref.ref[_Node]:
    """A cycle no one refers to (only the collector frees it), and a weak reference to it."""
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_settled_leaves_what_exists_alone_and_still_collects_new_garbage() -> None:
    gc.collect()
    before = gc.get_freeze_count()
    old = _cycle()
    with settled():
        assert gc.get_freeze_count() > before
        gc.collect()
        assert old() is not None  # frozen: not walked, so not freed
        new = _cycle()
        gc.collect()
        assert new() is None  # garbage made within the block is collected
    assert gc.get_freeze_count() == before == 0
    gc.collect()
    assert old() is None  # once thawed, it is collected like anything else


def test_a_settled_block_within_another_leaves_the_thaw_to_the_outer_one() -> None:
    with settled():
        outer = gc.get_freeze_count()
        with settled():
            pass
        assert gc.get_freeze_count() >= outer > 0
    assert gc.get_freeze_count() == 0


def test_collector_paused_within_the_block_only() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a collector paused before stays paused
    finally:
        gc.enable()
