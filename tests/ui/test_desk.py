"""What gets in the way at the desk (issue 12): readable titles, a window that keeps its size, keys."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from ui.pair_table import PairTableModel
from ui.window import MainWindow


def test_the_list_shows_at_least_twelve_characters_of_every_title(loaded):
    window, _ = loaded
    table, model = window.table, window.table_model
    width = table.columnWidth(PairTableModel.TITLE) - 12  # the cell's margins
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        title = model.data(model.index(row, PairTableModel.TITLE))
        shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
        assert shown == title or len(shown.rstrip("…")) >= 12, (title, shown)
        assert model.data(model.index(row, PairTableModel.TITLE), Qt.ItemDataRole.ToolTipRole)  # in full


def test_the_list_columns_are_remembered(make_window, inputs, qtbot, tmp_path):
    window, _ = make_window()
    window.table.horizontalHeader().resizeSection(PairTableModel.DECIDED, 111)
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(settings, tmp_path / "autosave")
    qtbot.addWidget(again)
    assert again.table.columnWidth(PairTableModel.DECIDED) == 111


def test_the_longest_flag_note_never_widens_the_window(loaded, qtbot):
    window, _ = loaded
    qtbot.waitUntil(lambda: window.controller.model.indexes_ready, timeout=10000)
    width = window.width()
    comparison = window.controller.comparison
    notes = [(len(f.note), pair, index) for pair in comparison.pairs for index, hunk in
             enumerate(comparison.hunks(pair)) for f in hunk.flags]
    notes += [(len(f.note), pair, 0) for pair in comparison.pairs for f in comparison.pair_flags(pair)]
    _, pair, index = max(notes, key=lambda note: note[0])
    window.select_pair(pair, index)
    window.flag_label.setText(window.flag_label.text() + " “" + "很长的引文" * 80 + "”")  # longer still
    qtbot.wait(50)
    assert window.flag_label.isVisible()
    assert window.width() == width
    assert window.flag_label.width() <= window.width()


def test_the_status_bar_says_which_count_is_which_side(loaded, qtbot):
    window, _ = loaded
    qtbot.waitUntil(lambda: window.controller.model.indexes_ready, timeout=10000)
    assert "12 left, 13 right" in window.count_status.text()


def test_a_load_error_takes_the_comparing_message_away(make_window, qtbot, tmp_path):
    window, dialogs = make_window()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with qtbot.waitSignal(window.load_failed, timeout=30000):
        window.loading.open_files(empty, empty)
    assert "Comparing" not in window.view._message.text() and dialogs.shown


def test_the_current_change_is_shown_near_the_middle_of_the_pane(loaded, qtbot):
    window, _ = loaded
    window.resize(900, 420)  # a short pane: the article does not fit in it
    qtbot.wait(50)
    comparison = window.controller.comparison
    pair = max((p for p in comparison.pairs if p.left is not None and p.right is not None),
               key=lambda p: len(comparison.text(p, "left")))
    hunks = comparison.hunks(pair)
    middle = len(hunks) // 2
    window.select_pair(pair, middle)
    qtbot.wait(50)
    pane = window.view.left_pane()
    assert pane.verticalScrollBar().maximum() > 0  # it does scroll
    y = pane.cursorRect().center().y()
    height = pane.viewport().height()
    assert height * 0.2 < y < height * 0.8, (y, height)


def test_scrolling_one_pane_by_wheel_scrolls_the_other(loaded, qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window, _ = loaded
    window.resize(900, 420)
    comparison = window.controller.comparison
    pair = max((p for p in comparison.pairs if p.left is not None and p.right is not None),
               key=lambda p: len(comparison.text(p, "left")))
    window.select_pair(pair, 0)
    qtbot.wait(50)
    left, right = window.view.left_pane(), window.view.right_pane()
    before = right.verticalScrollBar().value()
    position = QPointF(left.viewport().rect().center())
    wheel = QWheelEvent(position, QPointF(left.viewport().mapToGlobal(position.toPoint())), QPoint(0, 0),
                        QPoint(0, -360), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(left.viewport(), wheel)
    qtbot.wait(20)
    assert left.verticalScrollBar().value() > 0
    assert right.verticalScrollBar().value() > before
