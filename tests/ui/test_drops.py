"""Files dragged onto the window, as a proofreader does it: real drag-enter and drop events."""

from __future__ import annotations

import shutil

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication


def drag_and_drop(window, paths, where: str) -> bool:
    """Drag ``paths`` over the window and drop them on its left or right pane; True when accepted."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pane = window.view.left_pane() if where == "left" else window.view.right_pane()
    point = pane.mapTo(window, pane.rect().center())
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def test_two_files_dropped_at_once_open_as_left_and_right(make_window, inputs, qtbot):
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        assert drag_and_drop(window, inputs, "left")
    comparison = window.controller.comparison
    assert (comparison.left.path, comparison.right.path) == (str(inputs[0]), str(inputs[1]))


def test_one_file_on_each_pane_opens_the_pair(make_window, inputs, qtbot):
    window, _ = make_window()
    assert drag_and_drop(window, [inputs[1]], "right")  # the right one first: the side is where it fell
    assert window.controller.comparison is None and "Drop or open the other" in window.view._message.text()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        assert drag_and_drop(window, [inputs[0]], "left")
    comparison = window.controller.comparison
    assert (comparison.left.path, comparison.right.path) == (str(inputs[0]), str(inputs[1]))


def test_a_file_dropped_on_work_in_progress_asks_first(loaded, inputs, qtbot, tmp_path):
    window, dialogs = loaded
    other = tmp_path / "other-right.md"
    shutil.copy(inputs[1], other)
    assert drag_and_drop(window, [other], "right")  # nothing decided yet: no question
    qtbot.waitUntil(lambda: window.controller.comparison.right.path == str(other), timeout=30000)
    assert not dialogs.asked
    pane = window.view.left_pane()
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_A)
    dialogs.answer = False
    drag_and_drop(window, [inputs[1]], "right")
    assert dialogs.asked and "right version" in dialogs.asked[-1][1]
    qtbot.wait(100)
    assert window.controller.comparison.right.path == str(other)  # kept: the proofreader said no
    dialogs.answer = True
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        drag_and_drop(window, [inputs[1]], "right")
    assert window.controller.comparison.right.path == str(inputs[1])


def test_something_that_is_not_a_file_is_not_taken(make_window):
    window, _ = make_window()
    data = QMimeData()
    data.setText("东昌府讯")
    enter = QDragEnterEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()
