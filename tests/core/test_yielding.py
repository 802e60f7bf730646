"""A long loop in a background thread makes way for the rest of the process when asked to."""

from __future__ import annotations

import sys
import threading
import time

import pytest

import core.runtime.yielding
from core.runtime.yielding import StepAside, making_way, pause


def test_pause_calls_only_this_thread_s_hook_and_only_inside_the_block():
    calls: list[str] = []
    pause()  # no hook: nothing happens
    with making_way(lambda: calls.append("outer")):
        pause()
        with making_way(lambda: calls.append("inner")):
            pause()
            other = threading.Thread(target=pause)  # another thread has no hook
            other.start()
            other.join()
        pause()
    pause()
    assert calls == ["outer", "inner", "outer"]


def test_step_aside_sleeps_only_after_its_thread_was_kept_waiting(monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr(core.runtime.yielding.time, "sleep", slept.append)
    hook = StepAside(preempted=0.002, aside=0.03)
    hook()
    assert slept == []  # it ran all the while: on with the work
    hook._clocks = (time.perf_counter() - 0.05, time.thread_time())  # 50 ms went by, none of it running
    hook()
    assert slept == [0.03]


def test_quick_turns_shorten_the_switch_interval_while_any_block_runs_and_put_it_back():
    from core.runtime.yielding import QUICK_TURN_S, quick_turns

    before = sys.getswitchinterval()
    assert before != QUICK_TURN_S
    with quick_turns():
        assert sys.getswitchinterval() == pytest.approx(QUICK_TURN_S)
        with quick_turns():  # a second thread's job at once
            pass
        assert sys.getswitchinterval() == pytest.approx(QUICK_TURN_S)  # the first is still running
    assert sys.getswitchinterval() == before


def test_quick_turns_from_two_threads_restore_the_interval_after_the_last():
    from core.runtime.yielding import QUICK_TURN_S, quick_turns

    before = sys.getswitchinterval()
    inside, leave = threading.Event(), threading.Event()

    def job() -> None:
        with quick_turns():
            inside.set()
            leave.wait()

    other = threading.Thread(target=job, daemon=True)
    other.start()
    try:
        assert inside.wait(10)
        with quick_turns():
            pass  # this thread's block ends first: the other still needs quick turns
        assert sys.getswitchinterval() == pytest.approx(QUICK_TURN_S)
    finally:
        leave.set()
        other.join(10)
    assert sys.getswitchinterval() == before
