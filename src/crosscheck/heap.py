"""The cyclic garbage collector around work that makes many objects and no cycles.

Python's collector walks every container object it tracks, and a loaded corpus is millions
of them (100,000 claims make about a million).  Work that allocates a lot after the corpus
is loaded sets the collector off again and again, and each full pass walks the corpus
anew, though nothing in it is garbage: a fifth or more of the time of making findings.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector within the block: for work that makes hundreds of thousands of
    small lists and dicts and no cycles (rendering a report)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


@contextmanager
def settled() -> Iterator[None]:
    """Within the block, the collector leaves alone every object that exists when it starts
    (gc.freeze): for long work over data already loaded, whose own garbage is still
    collected.  A forked worker process then also shares those objects' pages untouched.
    Objects frozen before (an enclosing block) stay frozen after."""
    outermost = gc.get_freeze_count() == 0
    gc.freeze()
    try:
        yield
    finally:
        if outermost:
            gc.unfreeze()
