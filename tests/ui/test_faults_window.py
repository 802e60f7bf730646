"""The window's side of issue 10: batches keep decisions, damaged sessions are reported, Cancel never waits."""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import Qt

from core.review.decisions import Choice, custom
from core.storage.journal import journal_path
from tests.ui.test_review_flow import press
from ui.control import loader


def test_accepting_the_article_keeps_a_hand_typed_fix(loaded, qtbot, tmp_path):
    window, _ = loaded
    model = window.controller.model
    pair = window.current_pair
    first = model.comparison.hunks(pair)[0]
    window.controller.decide([(pair, first.id)], custom("人工改的字"), "edit")
    press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    assert model.decision(pair, first.id) == custom("人工改的字")
    assert all(model.decision(pair, h.id).decided for h in model.comparison.hunks(pair))
    out = tmp_path / "clean.txt"
    assert window.files.save_clean_copy_to(out, "utf-8")
    assert "人工改的字" in out.read_text(encoding="utf-8")
    window.actions_by_name["accept_article_all"].trigger()  # asked for by name: it replaces decisions
    assert model.decision(pair, first.id).choice is Choice.ACCEPT


def test_a_damaged_autosave_is_kept_aside_and_said(loaded, make_window, qtbot, tmp_path, inputs):
    window, _ = loaded
    press(qtbot, window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.controller.autosave_file().exists(), timeout=5000)
    target = window.controller.autosave_file()
    window.controller.release_autosave()  # the window is gone (as far as its autosave goes)
    target.write_text('{"format": "duijiao-session", "version": 1, "left": [', encoding="utf-8")
    again, dialogs = make_window(tmp_path / "autosave")
    with qtbot.waitSignal(again.comparison_loaded, timeout=30000):
        again.loading.open_files(*inputs)
    assert dialogs.shown and "could not be read" in dialogs.shown[-1][1]
    kept = list(target.parent.glob(target.name + ".damaged-*[0-9]"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").endswith('"left": [')
    assert journal_path(kept[0]).exists()  # its journal beside it, under the name that goes with it


def test_a_session_with_wrong_types_gives_an_error_not_an_exception(make_window, tmp_path, inputs):
    window, dialogs = make_window()
    bad = tmp_path / "bad.duijiao.json"
    bad.write_text(
        json.dumps(
            {"format": "duijiao-session", "version": 1, "left": {"path": ["x"]}, "right": {"path": str(inputs[1])}}
        ),
        encoding="utf-8",
    )
    window.files.open_session_from(bad)
    assert "left.path must be text" in dialogs.shown[-1][1]


def test_cancel_answers_at_once_while_a_comparison_runs(make_window, qtbot, monkeypatch, inputs):
    release = threading.Event()

    def slow(*_args, **_kwargs):
        release.wait(60)  # a long stage that does not look at the cancel flag
        raise AssertionError("never used")

    monkeypatch.setattr(loader, "compare_files", slow)
    window, _ = make_window()
    window.loading.open_files(*inputs)
    qtbot.waitUntil(lambda: window.loading.job is not None and window.loading.job.isRunning(), timeout=5000)
    job = window.loading.job
    try:
        window.loading.cancel_load()
        assert job.isRunning()  # Cancel came back while the stage still runs: it did not wait for it
        assert window.loading.job is None and not window.cancel_button.isVisible()
    finally:
        release.set()
        loader.wait_for_abandoned()


def test_a_short_file_of_a_guessed_encoding_is_said_in_the_status_bar(make_window, qtbot, tmp_path):
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_bytes("标题".encode("gb18030"))
    right.write_text("标题\n", encoding="utf-8")
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.loading.open_files(left, right)
    assert (
        "left.txt" in window.statusBar().currentMessage()
        and "Reopen with encoding" in window.statusBar().currentMessage()
    )
    assert window.encoding_button.isVisible()  # the way to choose, one click away
    opened = []
    window.files.reopen_with_encoding = lambda: opened.append(True)
    window.encoding_button.clicked.disconnect()
    window.encoding_button.clicked.connect(window.files.reopen_with_encoding)
    window.encoding_button.click()
    assert opened


def test_saving_onto_a_pipe_or_a_folder_is_an_error_message(loaded, tmp_path):
    import os

    window, dialogs = loaded
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert not window.files.save_clean_copy_to(fifo, "utf-8")
    assert "not a regular file" in dialogs.shown[-1][1]
    assert not window.files.save_session_to(tmp_path)
    assert "folder" in dialogs.shown[-1][1]
    window.files.export_report_to(fifo)
    assert "not a regular file" in dialogs.shown[-1][1]


def test_a_session_whose_pairing_does_not_fit_is_paired_anew_and_said(loaded, make_window, qtbot, tmp_path):
    window, _ = loaded
    window.actions_by_name["accept_article"].trigger()
    session = tmp_path / "review.duijiao.json"
    window.files.save_session_to(session)
    data = json.loads(session.read_text(encoding="utf-8"))
    data["pairs"] = []
    session.write_text(json.dumps(data), encoding="utf-8")
    other, dialogs = make_window(tmp_path / "other-autosave")
    with qtbot.waitSignal(other.comparison_loaded, timeout=30000):
        other.files.open_session_from(session)
    assert any("paired anew" in text for _, text in dialogs.shown)
    assert other.table_model.rowCount() == window.table_model.rowCount()
    assert other.controller.model.decisions == window.controller.model.decisions


def test_sessions_are_proposed_a_name_and_their_folder_is_remembered(loaded, tmp_path):
    window, _ = loaded
    proposed = window.files.proposed_session_path()
    assert proposed.endswith("plain-export+markdown-export.duijiao.json")
    folder = tmp_path / "sessions"
    folder.mkdir()
    assert window.files.save_session_to(folder / "a.duijiao.json")
    assert window.files.proposed_session_path() == str(folder / "plain-export+markdown-export.duijiao.json")
    assert "Saved" in window.statusBar().currentMessage()


def test_the_language_menu_marks_the_language_shown(loaded):
    window, _ = loaded
    window.files.set_language("zh_CN")
    assert window.actions_by_name["language_zh"].isChecked()
    assert not window.actions_by_name["language_en"].isChecked()
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    assert box.button(QDialogButtonBox.StandardButton.Yes).text() != "&Yes"  # Qt's own strings in Chinese
    window.files.set_language("en")
    assert window.actions_by_name["language_en"].isChecked()
