"""Keeping Python's cyclic garbage collector out of the way while an issue is built.

Comparing a big issue creates millions of long-lived objects (articles, hunks,
indexes) and almost no reference cycles. The collector still walks all of
them every so often: 50-70 ms at a time at 200 times the sample, and the
window's thread waits for it whichever thread triggered it. So while an issue
is built the collector rests, and what was built is then frozen (skipped by
every later collection); reference counting still frees it when it goes.

``gc.freeze`` has no scope: it freezes every object alive in the process, the
window's own included, not only the issue's. That is harmless here (frozen
objects are still freed by reference counting) and undone where it matters:
the next build starts with ``gc.unfreeze``, so cycles an earlier issue left
behind become collectable again rather than piling up one issue after another.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0  # how many builds are under way (an abandoned job may still be finishing)
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector while the block runs; at the end freeze what exists and resume.

    Safe to nest and to use from several threads at once: the collector
    resumes when the last block ends.
    """
    global _paused, _was_enabled
    with _lock:
        _paused += 1
        if _paused == 1:
            _was_enabled = gc.isenabled()
            gc.disable()
            gc.unfreeze()  # what an earlier issue left in cycles becomes collectable again
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0:
                gc.freeze()
                if _was_enabled:
                    gc.enable()
