"""heap.py: the collector is paused within a block, and put back."""

from __future__ import annotations

import gc

from crosscheck.heap import collector_paused


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
