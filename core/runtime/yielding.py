"""Long loops that let the rest of the process have the interpreter now and then.

The window's background threads (the job finding every change of an issue,
the autosave writer) run pure-Python loops over a whole issue. The window's
own thread needs the interpreter for every call Qt makes into its Python
models and widgets, and beside such a loop each of those calls waits for a
turn: a repaint of a few milliseconds alone took a tenth of a second or more.

A long loop calls ``pause()`` now and then. In a thread that installed a hook
(``making_way(StepAside())``) the hook may sleep a moment, so the window
finishes what it is doing at full speed; anywhere else ``pause`` does nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

_local = threading.local()


def pause() -> None:
    """Give the thread's hook (if it has one) a chance to step aside."""
    hook = getattr(_local, "hook", None)
    if hook is not None:
        hook()


def pausing(items: Iterable[T], every: int = 512) -> Iterator[T]:
    """``items``, with a ``pause()`` before every ``every``-th one: for a long loop over them."""
    for number, item in enumerate(items):
        if number % every == 0:
            pause()
        yield item


@contextmanager
def making_way(hook: Callable[[], None]) -> Iterator[None]:
    """Have ``pause()`` call ``hook`` in this thread while the block runs."""
    previous = getattr(_local, "hook", None)
    _local.hook = hook
    try:
        yield
    finally:
        _local.hook = previous


class StepAside:
    """A hook that sleeps ``aside`` seconds when its thread was kept waiting since the last call.

    Waiting for the interpreter shows as wall time in which the thread used
    no processor time: more than ``preempted`` of it means another thread
    (the window's) wanted the interpreter, and probably still does.
    """

    def __init__(self, preempted: float = 0.002, aside: float = 0.03) -> None:
        self.preempted, self.aside = preempted, aside
        self._clocks = (time.perf_counter(), time.thread_time())

    def __call__(self) -> None:
        wall, processor = time.perf_counter(), time.thread_time()
        if (wall - self._clocks[0]) - (processor - self._clocks[1]) > self.preempted:
            time.sleep(self.aside)
            wall = time.perf_counter()
        self._clocks = (wall, processor)
