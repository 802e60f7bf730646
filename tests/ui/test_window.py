"""The window as a proofreader meets it: open, read the list, move through changes, re-pair, errors."""

from __future__ import annotations

import codecs

from PySide6.QtCore import Qt

from core.model import Pair, Side
from ui.widgets.dialogs import EncodingDialog
from ui.widgets.pair_table import PairTableModel


def statuses(window) -> list[str]:
    """What each row's changes cell says in words (its tooltip; the cell itself is a count or an arrow)."""
    model = window.table_model
    return [
        model.data(model.index(row, PairTableModel.STATUS), Qt.ItemDataRole.ToolTipRole)
        for row in range(model.rowCount())
    ]


def test_a_drop_of_the_sample_pair_lists_13_articles(loaded):
    window, dialogs = loaded
    assert window.table_model.rowCount() == 13
    found = statuses(window)
    assert found.count("right only") == 1
    assert sum("change" in s for s in found) == 12
    assert "plain-export.txt" in window.left_status.text() and "utf-8" in window.left_status.text()
    assert not dialogs.shown


def test_the_article_list_is_a_sound_qt_model(loaded, qtmodeltester):
    window, _ = loaded
    qtmodeltester.check(window.table_model)


def test_highlights_are_the_core_hunks(loaded):
    window, _ = loaded
    pair = window.current_pair
    hunks = window.controller.comparison.hunks(pair)
    painted = {(start, end) for start, end, _ in window.view.highlighted_ranges("left")}
    wanted = {(h.left_start, h.left_end) for h in hunks if h.left}
    assert wanted <= painted
    painted_right = {(start, end) for start, end, _ in window.view.highlighted_ranges("right")}
    assert {(h.right_start, h.right_end) for h in hunks if h.right} <= painted_right


def test_next_change_keys_move_the_current_change_and_cross_articles(loaded, qtbot):
    window, _ = loaded
    pane = window.view.left_pane()
    pane.setFocus()
    assert window.view.current_index() == 0
    qtbot.keyClick(pane, Qt.Key.Key_F8)
    assert window.view.current_index() == 1
    qtbot.keyClick(pane, Qt.Key.Key_J)
    assert window.view.current_index() == 2
    qtbot.keyClick(pane, Qt.Key.Key_K)
    assert window.view.current_index() == 1
    first = window.current_pair
    window.view.set_current(window.view.hunk_count() - 1)
    qtbot.keyClick(pane, Qt.Key.Key_F8)
    assert window.current_pair != first and window.view.current_index() == 0
    qtbot.keyClick(pane, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.current_pair == first


def test_clicking_the_overview_strip_jumps_to_a_change(loaded, qtbot):
    window, _ = loaded
    strip = window.view._overview  # the strip is a child widget; we click it as a user would
    last = window.view.hunk_count() - 1
    y = int(strip.mark_y(last))
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(8, min(y + 1, strip.height() - 1)))
    assert window.view.current_index() == strip.mark_at(min(y + 1, strip.height() - 1))
    assert window.view.current_index() > 0


def test_re_pairing_and_undo(loaded):
    window, _ = loaded
    controller = window.controller
    before = list(controller.comparison.pairs)
    pair = next(p for p in before if p.left == 0)
    right_only = next(p for p in before if p.left is None)
    controller.pair_with(pair, Side.LEFT, right_only.right, "Pair articles")
    pairs = controller.comparison.pairs
    assert any(p.left == 0 and p.right == right_only.right for p in pairs)
    assert Pair(None, pair.right, 0.0) in pairs  # its old partner is now alone
    assert window.table_model.rowCount() == 13
    window.actions_by_name["undo"].trigger()
    assert sorted(controller.comparison.pairs, key=str) == sorted(before, key=str)
    controller.unpair(pair, "Unpair")
    assert window.table_model.rowCount() == 14


def test_a_bad_file_gives_a_message_naming_it_and_keeps_what_was_open(loaded, qtbot, tmp_path):
    window, dialogs = loaded
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01binary")
    for bad, reason in ((empty, "empty"), (binary, "binary")):
        with qtbot.waitSignal(window.load_failed, timeout=10000) as failure:
            window.loading.open_files(bad, tmp_path / "plain-export.txt")
        assert str(bad) in failure.args[0] and reason in failure.args[0]
        assert str(bad) in dialogs.shown[-1][1]
    assert window.table_model.rowCount() == 13


def test_options_hide_punctuation_width_changes(loaded, qtbot):
    window, _ = loaded
    before = sum(len(window.controller.comparison.hunks(p)) for p in window.controller.comparison.pairs)
    window.actions_by_name["ignore_punctuation_width"].trigger()
    after = sum(len(window.controller.comparison.hunks(p)) for p in window.controller.comparison.pairs)
    assert after < before / 2
    assert window.settings.value("options/ignore_punctuation_width") in (True, "true")


def test_zoom_keys_change_the_font(loaded, qtbot):
    window, _ = loaded
    size = window.view.font_point_size()
    window.actions_by_name["zoom_in"].trigger()
    assert window.view.font_point_size() == size + 1
    window.actions_by_name["zoom_reset"].trigger()
    assert window.view.font_point_size() == size


def test_empty_window_says_what_to_do(make_window):
    window, _ = make_window()
    assert "Drop two files" in window.view._message.text()


def test_one_dropped_file_waits_for_the_other(make_window, inputs, qtbot):
    window, _ = make_window()
    window.files.drop_paths([str(inputs[0])], Side.LEFT)
    assert window.controller.comparison is None
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.files.drop_paths([str(inputs[1])], Side.RIGHT)
    assert window.controller.comparison.left.path == str(inputs[0])


def test_cancelling_a_load_leaves_the_window_usable(make_window, inputs, qtbot):
    window, _ = make_window()
    window.loading.open_files(*inputs)
    window.loading.cancel_load()
    assert not window.progress.isVisible()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.loading.open_files(*inputs)


def test_reopen_with_encoding_previews_the_text(qtbot, tmp_path):
    path = tmp_path / "gb.txt"
    path.write_bytes("东昌府讯 区民政局组织全体党员收看".encode("gb18030"))
    utf16 = tmp_path / "u16.txt"
    utf16.write_bytes(codecs.BOM_UTF16_LE + "标题".encode("utf-16-le"))
    dialog = EncodingDialog(str(path), str(utf16))
    qtbot.addWidget(dialog)
    dialog.set_choice("left", "gb18030")
    assert dialog.preview_text().startswith("东昌府讯")
    dialog.set_choice("left", "utf-8")
    assert "东昌府讯" not in dialog.preview_text()


def test_the_interface_speaks_chinese_when_chosen(make_window):
    from ui.i18n import install_language

    assert install_language("zh_CN")
    try:
        window, _ = make_window()
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[0] == "文件(&F)" and "校对(&R)" in menus
        assert window.table_model.tr("%n change(s)", "", 5) == "5 处差异"
        assert "拖到这里" in window.view._message.text()
    finally:
        install_language("en")


def test_flags_show_as_badges_and_filter_the_list(loaded, qtbot):
    window, _ = loaded
    model = window.table_model
    badges = {
        model.data(model.index(r, PairTableModel.TITLE)): model.data(
            model.index(r, PairTableModel.FLAGS), Qt.ItemDataRole.ToolTipRole
        )
        or ""
        for r in range(model.rowCount())
    }
    assert {model.data(model.index(r, PairTableModel.FLAGS)) for r in range(model.rowCount())} == {"⚠", ""}
    highway = next(v for k, v in badges.items() if "高速路口" in k)
    assert "splice" in highway and "OCR look-alike" in highway
    assert "truncated" in next(v for k, v in badges.items() if "酒店" in k)
    window.flagged_only.setChecked(True)
    assert 0 < window.proxy.rowCount() < model.rowCount()
    assert all(badges[window.proxy.data(window.proxy.index(r, 0))] for r in range(window.proxy.rowCount()))
    pair = next(
        p
        for p in window.controller.comparison.pairs
        if p.left is not None and "高速路口" in window.controller.comparison.title(p)
    )
    spliced = next(i for i, h in enumerate(window.controller.comparison.hunks(pair)) if h.flags)
    window.select_pair(pair, spliced)
    assert window.review_bar.flag_label.isVisible() and "splice" in window.review_bar.flag_label.text()


def test_swap_sides_reloads_with_right_on_the_left(loaded, qtbot, inputs):
    window, _ = loaded
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.actions_by_name["swap"].trigger()
    assert window.controller.comparison.left.path == str(inputs[1])
    assert window.table_model.rowCount() == 13
    assert any(window.table_model.status(p) == "left only" for p in window.controller.comparison.pairs)


def test_the_language_switches_from_the_menu_without_a_restart(loaded):
    window, _ = loaded
    try:
        window.actions_by_name["language_zh"].trigger()
        assert window.menuBar().actions()[0].text() == "文件(&F)"
        assert window.review_bar.accept_button.text() == "采纳 (A)"
        assert "处差异" in window.table_model.status(window.current_pair)
        window.actions_by_name["accept"].trigger()  # the rebuilt actions still work
        assert window.controller.model.progress()[0] == 1
    finally:
        window.actions_by_name["language_en"].trigger()
    assert window.menuBar().actions()[0].text() == "&File"


def test_the_band_joins_changes_where_the_panes_show_them(loaded, qtbot):
    window, _ = loaded
    band = window.view._band  # drawn, not clicked: its geometry is what a user sees
    qtbot.waitUntil(lambda: band.height() > 100)
    assert band.height() == window.view.left_pane().height()
    hunk = window.controller.comparison.hunks(window.current_pair)[0]
    pane = window.view.left_pane()
    top, bottom = band._span(pane, hunk.left_start, hunk.left_end, band._offset(pane))
    assert 0 <= top < bottom <= band.height()


def test_highlights_land_on_the_right_characters_in_crlf_text(qtbot):
    from core.diffing.diff import diff_texts
    from ui.widgets.side_by_side import DiffView

    left = "第一段文字。\r\n\r\n第二段有人错字。\r\n第三段。"
    right = "第一段文字。\r\n\r\n第二段有入错字。\r\n第三段。"
    view = DiffView()
    qtbot.addWidget(view)
    hunks = diff_texts(left, right)
    view.show_pair(left, right, hunks)
    [(start, end, _)] = view.highlighted_ranges("left")
    assert left[start:end] == "人"
    [selection] = view.left_pane().extraSelections()
    assert selection.cursor.selectedText() == "人"  # what the proofreader actually sees marked


def test_highlights_stay_put_after_a_rare_ideograph_outside_the_bmp(qtbot):
    from core.diffing.diff import diff_texts
    from ui.widgets.side_by_side import DiffView

    left, right = "记者𠮷田报道：市民有人说。\r\n", "记者𠮷田报道：市民有入说。\r\n"
    view = DiffView()
    qtbot.addWidget(view)
    view.show_pair(left, right, diff_texts(left, right))
    [selection] = view.right_pane().extraSelections()
    assert selection.cursor.selectedText() == "入"


def test_the_encoding_dialog_says_before_ok_when_an_encoding_cannot_read_the_file_or_garbles_it(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    utf8 = tmp_path / "u8.txt"
    utf8.write_bytes(("东昌府讯 区民政局组织全体党员收看" * 300 + "\n末尾").encode())  # past the preview's bytes
    dialog = EncodingDialog(str(utf8), str(utf8))
    qtbot.addWidget(dialog)
    ok = dialog._buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.set_choice("left", "ascii")  # the head and the rest cannot be read as ASCII
    assert not ok.isEnabled() and "cannot be" in dialog.warning().lower()
    dialog.set_choice("left", "latin-1")  # reads anything, as mojibake
    assert ok.isEnabled() and "mojibake" in dialog.warning()
    dialog.set_choice("left", "utf-8")
    assert ok.isEnabled() and not dialog.warning()
    dialog.set_choice("left", "unicode_escape")
    assert not ok.isEnabled() and "not a text encoding" in dialog.warning()
