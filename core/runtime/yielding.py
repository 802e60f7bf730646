"""Long loops that let the rest of the process have the interpreter now and then.

The window's background threads (the job finding every change of an issue,
the autosave writer) run pure-Python loops over a whole issue. The window's
own thread needs the interpreter for every call Qt makes into its Python
models and widgets, and beside such a loop each of those calls waits for a
turn: a repaint of a few milliseconds alone took a tenth of a second or more.

A long loop calls ``pause()`` now and then. In a thread that installed a hook
(``making_way(StepAside())``) the hook may sleep a moment, so the window
finishes what it is doing at full speed; anywhere else ``pause`` does nothing.

While such a thread runs, ``quick_turns()`` also shortens the interpreter's
switch interval (how long a thread may keep the interpreter when another
wants it) for the whole process, and puts it back when the last such thread
is done: every Qt call of the window's thread gives the interpreter up and
must win it back, and at Python's default 5 ms a slot of a few hundred calls
waited a second.
"""

from __future__ import annotations

import sys
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


QUICK_TURN_S = 0.00005
"""The switch interval while a background thread works beside the window (Python's default: 0.005)."""

_turns_lock = threading.Lock()
_turns_users = 0  # threads inside quick_turns() now
_turns_before = 0.005  # the interval to put back when the last one leaves


@contextmanager
def quick_turns(interval: float = QUICK_TURN_S) -> Iterator[None]:
    """Shorten the process's switch interval to ``interval`` while the block runs; safe to nest and share.

    The interval is the process's, not the thread's: the first block to start
    sets it and the last to end restores what it was before.
    """
    global _turns_users, _turns_before
    with _turns_lock:
        if _turns_users == 0:
            _turns_before = sys.getswitchinterval()
            sys.setswitchinterval(interval)
        _turns_users += 1
    try:
        yield
    finally:
        with _turns_lock:
            _turns_users -= 1
            if _turns_users == 0:
                sys.setswitchinterval(_turns_before)


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
