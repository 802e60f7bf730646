"""The loading job makes way for the window: it never holds the interpreter while the window needs it."""

from __future__ import annotations

import time

import ui.loader
from core.diff import DiffOptions
from ui.loader import STEP_ASIDE_S, CompareJob


def test_the_job_stands_aside_after_a_pair_the_window_took_the_interpreter_from(qtbot, monkeypatch):
    job = CompareJob("left.txt", "right.md", DiffOptions(), {"left": None, "right": None})
    slept: list[float] = []
    monkeypatch.setattr(ui.loader.time, "sleep", slept.append)
    job._clocks = (time.perf_counter(), time.thread_time())
    assert job._step_aside() is False and slept == []  # it ran the whole time: on to the next pair
    job._clocks = (time.perf_counter() - 0.05, time.thread_time())  # 50 ms went by, this thread idle
    assert job._step_aside() is False and slept == [STEP_ASIDE_S]
    job.cancel()
    assert job._step_aside() is True


def test_closing_as_soon_as_the_list_shows_does_not_wait_for_the_first_paint(make_window, inputs, qtbot):
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.files.drop_paths([str(inputs[0]), str(inputs[1])])
    job = window.loading.job
    assert job is not None and not job.list_shown.is_set()  # the window paints the list first
    start = time.perf_counter()
    window.close()
    assert job.wait(5000) and time.perf_counter() - start < 1  # not the job's longest wait for the paint
