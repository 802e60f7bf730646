"""What gets in the way at the desk (issue 12): readable titles, a window that keeps its size, keys."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from core.model import Side
from ui.widgets.pair_table import PairTableModel
from ui.window.main_window import MainWindow


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
    window.resize(window.minimumSizeHint().width(), 600)  # the counts give way, and are remembered as chosen
    QApplication.processEvents()
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(settings, tmp_path / "autosave")
    qtbot.addWidget(again)
    again.show()
    again.resize(1400, 800)
    again.splitter.setSizes([600, 800])
    QApplication.processEvents()
    assert again.table.columnWidth(PairTableModel.DECIDED) == 111


def test_the_longest_flag_note_never_widens_the_window(loaded, qtbot):
    window, _ = loaded
    qtbot.waitUntil(lambda: window.controller.model.indexes_ready, timeout=10000)
    width = window.width()
    comparison = window.controller.comparison
    notes = [
        (len(f.note), pair, index)
        for pair in comparison.pairs
        for index, hunk in enumerate(comparison.hunks(pair))
        for f in hunk.flags
    ]
    notes += [(len(f.note), pair, 0) for pair in comparison.pairs for f in comparison.pair_flags(pair)]
    _, pair, index = max(notes, key=lambda note: note[0])
    window.select_pair(pair, index)
    label = window.review_bar.flag_label
    label.setText(label.text() + " “" + "很长的引文" * 80 + "”")  # longer still
    qtbot.wait(50)
    assert label.isVisible()
    assert window.width() == width
    assert window.review_bar.flag_label.width() <= window.width()


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
    pair = max(
        (p for p in comparison.pairs if p.left is not None and p.right is not None),
        key=lambda p: len(comparison.text(p, Side.LEFT)),
    )
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
    pair = max(
        (p for p in comparison.pairs if p.left is not None and p.right is not None),
        key=lambda p: len(comparison.text(p, Side.LEFT)),
    )
    window.select_pair(pair, 0)
    qtbot.wait(50)
    left, right = window.view.left_pane(), window.view.right_pane()
    before = right.verticalScrollBar().value()
    position = QPointF(left.viewport().rect().center())
    wheel = QWheelEvent(
        position,
        QPointF(left.viewport().mapToGlobal(position.toPoint())),
        QPoint(0, 0),
        QPoint(0, -360),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(left.viewport(), wheel)
    qtbot.wait(20)
    assert left.verticalScrollBar().value() > 0
    assert right.verticalScrollBar().value() > before


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def test_class_batches_and_the_filter_have_keys(loaded, qtbot):
    from core.model import HunkClass

    window, _ = loaded
    model = window.controller.model
    pane = window.view.left_pane()
    press(qtbot, pane, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)
    decided = [(p, c) for p, c in model.changes() if model.decision(p, c).decided]
    kinds = {h.id: h.kind for p in model.comparison.pairs for h in model.comparison.hunks(p)}
    assert decided and all(kinds[c] is HunkClass.PUNCTUATION for _, c in decided)
    press(qtbot, pane, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_edit.hasFocus()
    window.filter_edit.insert("防疫")  # typed (QTest cannot synthesise Chinese keys)
    assert 0 < window.proxy.rowCount() < window.table_model.rowCount()


def test_f_goes_from_flagged_change_to_flagged_change(loaded, qtbot):
    window, _ = loaded
    pane = window.view.left_pane()
    seen = []
    for _ in range(4):
        press(qtbot, pane, Qt.Key.Key_F)
        seen.append((window.current_pair, window.view.current_index()))
        comparison = window.controller.comparison
        hunks = comparison.hunks(window.current_pair)
        assert hunks[window.view.current_index()].flags or comparison.pair_flags(window.current_pair)
    assert len(set(seen)) > 1
    press(qtbot, pane, Qt.Key.Key_F, Qt.KeyboardModifier.ShiftModifier)
    assert (window.current_pair, window.view.current_index()) == seen[-2]


def test_ctrl_f_finds_in_both_versions_and_f3_goes_on(loaded, qtbot):
    window, _ = loaded
    pane = window.view.left_pane()
    press(qtbot, pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.edit.hasFocus()
    window.find_bar.edit.insert("东昌府讯")  # only the right version has this dateline
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    right = window.view.right_pane()
    assert right.textCursor().selectedText() == "东昌府讯"
    first = (window.current_pair, right.textCursor().selectionStart())
    press(qtbot, right, Qt.Key.Key_F3)
    assert right.textCursor().selectedText() == "东昌府讯"
    assert (window.current_pair, right.textCursor().selectionStart()) != first
    press(qtbot, right, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert (window.current_pair, right.textCursor().selectionStart()) == first
    window.find_bar.open_bar()
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_accepted_rejected_and_own_text_look_different_and_the_clean_copy_marks_them(loaded, qtbot):
    from core.review.decisions import Choice

    window, _ = loaded
    window.review.ask_text = lambda versions, context, text: ("〔自改〕", True)
    pair = window.current_pair
    hunks = window.controller.comparison.hunks(pair)
    pane = window.view.left_pane()
    press(qtbot, pane, Qt.Key.Key_A)  # change 0 accepted: the right side's text is taken
    press(qtbot, pane, Qt.Key.Key_R)  # change 1 rejected: the left (base) side's kept
    press(qtbot, pane, Qt.Key.Key_E)  # change 2: own text
    window.view.set_current(4)  # so none of the three is painted as current

    def look(side: str, hunk) -> str | None:
        start, end = (hunk.left_start, hunk.left_end) if side == "left" else (hunk.right_start, hunk.right_end)
        if start == end:
            return None  # nothing of this change on this side to paint
        return next(found for s, e, found in window.view.looks(side) if (s, e) == (start, end))

    first, second, third = hunks[:3]
    wanted = {
        (first, "left"): "dropped",
        (first, "right"): "kept",
        (second, "left"): "kept",
        (second, "right"): "dropped",
        (third, "left"): "own",
        (third, "right"): "own",
    }
    shown = {key: look(key[1], key[0]) for key in wanted}
    assert all(shown[key] in (None, want) for key, want in wanted.items()), shown
    assert {"dropped", "kept", "own"} <= set(shown.values())
    window.view.set_current(3)
    press(qtbot, pane, Qt.Key.Key_A)  # a change with text on the taken side, to see marked in the clean copy
    marked = window.preview.marked_ranges()
    text = window.preview.toPlainText()
    choices = [choice for _, _, choice in marked]
    assert Choice.ACCEPT in choices and Choice.CUSTOM in choices and Choice.PENDING in choices
    assert any(text[s:e] == "〔自改〕" and c is Choice.CUSTOM for s, e, c in marked)
    press(qtbot, pane, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # the clean copy, no markup
    assert window.preview.marked_ranges() == [] and window.preview.toPlainText() == text


def test_the_f1_sheet_is_one_language_in_aligned_columns(make_window):
    import re

    from ui.i18n import install_language
    from ui.window.shortcut_sheet import shortcut_sheet

    assert install_language("zh_CN")
    try:
        window, _ = make_window()
        sheet = shortcut_sheet(window.actions_by_name)
    finally:
        install_language("en")
    rows = re.findall(r"<td[^>]*><b>(.*?)</b></td><td[^>]*>(.*?)</td>", sheet)
    assert sheet.startswith("<table>") and len(rows) >= 30  # a table: the columns line up
    names = [name for _, name in rows]
    assert "撤销" in names and "采纳全部标点差异" in names and not any("&" in name for name in names)
    english = [name for name in names if re.search(r"[A-Za-z]{3,}", name)]
    assert not english, english


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_shortcut_sheet_fits_a_screen_768_pixels_tall(make_window, language):
    from ui.i18n import install_language

    install_language(language)
    try:
        window, _ = make_window()
        window.retranslate()
        box = window.files.shortcut_box()
        screen = window.screen().availableGeometry()
        assert box.height() <= screen.height() * 0.85 and box.width() <= screen.width() * 0.85
        rows = box.sheet.text().count("<tr>")
        line = box.sheet.fontMetrics().lineSpacing()
        assert rows >= 20 and box.sheet.sizeHint().height() < rows * 1.6 * line + 40  # no name wraps
    finally:
        install_language("en")


def test_flag_notes_speak_the_interface_language(make_window, inputs, qtbot):
    from ui.i18n import install_language

    assert install_language("zh_CN")
    try:
        window, _ = make_window()
        with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
            window.loading.open_files(*inputs)
        comparison = window.controller.comparison
        truncated = next(p for p in comparison.pairs if comparison.pair_flags(p))
        window.select_pair(truncated, 0)
        assert "截断：" in window.review_bar.flag_label.text() or "截断:" in window.review_bar.flag_label.text()
        assert "止于“…" in window.review_bar.flag_label.text() and "stops at" not in window.review_bar.flag_label.text()
    finally:
        install_language("en")


def test_rows_whose_structure_came_from_the_other_version_are_marked(make_window, qtbot, tmp_path):
    # The left types its reports with no blank line and no dateline, under headlines as short as
    # subheads; the right sets them apart.
    reports = [
        ("供暖完工", "记者昨日从市住建局获悉，老城区供暖管网改造工程已于本月初全面完工。"),
        ("食堂开门", "一份荤菜、两份素菜、一碗米饭，只要十二元，前来就餐的老人络绎不绝。"),
        ("河道清淤", "眼下正值枯水期，全区河道清淤工程抓住有利时机加快推进，机械轰鸣。"),
    ]
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text("".join(f"{title}\n{body}\n" for title, body in reports), encoding="utf-8")
    right.write_text("".join(f"{title}\n\n{body}\n\n" for title, body in reports), encoding="utf-8")
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.files.drop_paths([str(left), str(right)])
    model = window.table_model
    titles = [model.data(model.index(row, PairTableModel.TITLE)) for row in range(model.rowCount())]
    assert len(titles) == len(reports) and any(title.startswith("↔ ") for title in titles)
    marked = next(row for row, title in enumerate(titles) if title.startswith("↔ "))
    tip = model.data(model.index(marked, PairTableModel.TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "other version" in tip or "另一版本" in tip


@pytest.mark.parametrize("width", [1280, 900, 0])  # 0: the window's minimum
def test_the_title_column_keeps_eight_characters_the_counts_give_way_first(loaded, qtbot, width):
    window, _ = loaded
    window.resize(width or window.minimumSizeHint().width(), 700)
    qtbot.waitUntil(lambda: window.table.viewport().width() > 0)
    QApplication.processEvents()
    table, model = window.table, window.table_model
    width = table.columnWidth(PairTableModel.TITLE) - 12  # the cell's margins
    for row in range(model.rowCount()):
        title = model.data(model.index(row, PairTableModel.TITLE))
        shown = table.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, width)
        assert shown == title or len(shown.rstrip("…")) >= 8, (title, shown)
    for column in range(1, table.model().columnCount()):
        assert table.columnWidth(column) > 0  # narrower, never gone


def test_the_counts_take_their_width_back_when_there_is_room(loaded, qtbot):
    window, _ = loaded
    table = window.table
    natural = [table.columnWidth(c) for c in range(1, 5)]
    window.resize(window.minimumSizeHint().width(), 700)
    QApplication.processEvents()
    window.resize(1400, 800)
    window.splitter.setSizes([600, 800])
    QApplication.processEvents()
    assert [table.columnWidth(c) for c in range(1, 5)] == natural


def test_esc_enter_down_and_undo_in_the_filter_and_find_fields_serve_the_review(loaded, qtbot):
    window, _ = loaded
    pane = window.view.left_pane()
    qtbot.keyClick(pane, Qt.Key.Key_A)  # one decision, to undo from a field
    assert window.controller.model.decisions
    window.actions_by_name["filter"].trigger()
    window.filter_edit.setText("区")
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.controller.model.decisions and window.filter_edit.text() == "区"  # the review's undo
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.table and window.table.currentIndex().isValid()
    window.focus_filter()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is pane
    window.focus_filter()
    qtbot.keyClick(window.filter_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is pane and window.current_pair is not None

    window.actions_by_name["find"].trigger()
    window.find_bar.edit.setText("区")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    first = window.find_bar.outcome.text()
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert re.fullmatch(r"1 of \d+", first) and window.find_bar.outcome.text().startswith("2 of ")
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and QApplication.focusWidget() is pane
