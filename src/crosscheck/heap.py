"""The cyclic garbage collector paused around work that makes many objects and no cycles.

Python's collector walks every container object it tracks, and a loaded corpus is millions
of them (100,000 claims make about a million).  Work that allocates a lot after the corpus
is loaded sets the collector off again and again, and each pass walks objects that are not
garbage: a fifth or more of the time of making findings.  The engine and the renderers make
no cycles, so what they make is freed by reference counting alone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector within the block: for work that makes hundreds of thousands of
    small lists and dicts and no cycles (the engine, rendering a report)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
