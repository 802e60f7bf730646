"""The loading job makes way for the window: it never holds the interpreter while the window needs it."""

from __future__ import annotations

import time


def test_closing_as_soon_as_the_list_shows_does_not_wait_for_the_first_paint(make_window, inputs, qtbot):
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.files.drop_paths([str(inputs[0]), str(inputs[1])])
    job = window.loading.job
    assert job is not None and not job.list_shown.is_set()  # the window paints the list first
    start = time.perf_counter()
    window.close()
    assert job.wait(5000) and time.perf_counter() - start < 1  # not the job's longest wait for the paint
