"""The Edit dialog answers the keyboard: Ctrl+Enter confirms, Esc cancels, either version is a key away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.widgets.edit_dialog import EditDialog

VERSIONS = {"left": "人聊返聊", "right": "入聊返聊"}
CONTEXT = ("在济聊馆高速聊城出入口", "的货车司机刘磊说道。")


def make(qtbot, start="人聊返聊"):
    dialog = EditDialog(VERSIONS, CONTEXT, start)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_ctrl_enter_confirms_what_was_typed_and_enter_only_starts_a_line(qtbot):
    dialog = make(qtbot)
    assert not dialog.editor.textCursor().hasSelection()  # typing never replaces the text unseen
    qtbot.keyClicks(dialog.editor, "X")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.text() == "人聊返聊X\n"
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == EditDialog.DialogCode.Accepted and dialog.text() == "人聊返聊X\n"


def test_escape_cancels(qtbot):
    dialog = make(qtbot)
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    assert dialog.result() == EditDialog.DialogCode.Rejected


def test_either_version_is_one_key_away_and_the_sentence_is_shown(qtbot):
    dialog = make(qtbot, start="")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert dialog.text() == "入聊返聊"
    dialog.take_buttons["left"].click()
    assert dialog.text() == "人聊返聊"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("出入口" in t and "刘磊" in t for t in texts)  # the sentence around the change
    assert "人聊返聊" in texts and "入聊返聊" in texts  # both versions


def test_alt_w_makes_the_punctuation_of_a_passage_full_width(qtbot):
    dialog = make(qtbot, start="检查中,按照全国文明城市测评标准(试行),对街巷道路的 3.5 公里.")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert dialog.text() == "检查中，按照全国文明城市测评标准（试行），对街巷道路的 3.5 公里。"


def test_ctrl_enter_confirms_even_with_a_button_focused(qtbot):
    from core.model import Side

    dialog = make(qtbot)
    qtbot.keyClicks(dialog.editor, "X")
    button = dialog.take_buttons[Side.RIGHT]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == EditDialog.DialogCode.Accepted and dialog.text() == "人聊返聊X"
