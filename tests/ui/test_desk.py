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
