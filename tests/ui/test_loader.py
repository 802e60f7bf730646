"""The loading job makes way for the window: it never holds the interpreter while the window needs it."""

from __future__ import annotations

from ui.control import loader


def test_closing_as_soon_as_the_list_shows_does_not_wait_for_the_first_paint(make_window, inputs, qtbot, monkeypatch):
    monkeypatch.setattr(loader, "LIST_SHOWN_WAIT_S", 3600.0)  # a job that waited for the paint would not end
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.files.drop_paths([str(inputs[0]), str(inputs[1])])
    job = window.loading.job
    assert job is not None and not job.list_shown.is_set()  # the window paints the list first
    window.close()
    assert job.list_shown.is_set()  # closing releases the job at once...
    assert job.wait(30_000)  # ...so it ends, rather than waiting an hour for a paint that will not come
