"""The proofreader's own text for one change: both versions and the sentence around it at hand.

Ctrl+Enter confirms and Esc cancels; Enter starts a new line and Tab moves on,
as in any form. The text starts as the clean copy now has it, and either
version's text is one click (or Alt+1 / Alt+2) away; Alt+W makes the
half-width punctuation of Chinese text full-width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.model import Side
from core.text.punctuation import widen_punctuation
from ui.i18n import fill
from ui.widgets.side_by_side import cjk_font

CONTEXT_CHARS = 40


class EditDialog(QDialog):
    """Type the text for the clean copy, seeing the change's two versions in their sentence."""

    def __init__(
        self, versions: dict[Side, str], context: tuple[str, str], start: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit change"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        before, after = context
        around = QLabel(self)
        around.setWordWrap(True)
        around.setTextFormat(Qt.TextFormat.PlainText)
        one_line = lambda text: " ↵ ".join(text.splitlines()) if "\n" in text else text  # noqa: E731
        around.setText(f"…{one_line(before[-CONTEXT_CHARS:])} ⟨ ⟩ {one_line(after[:CONTEXT_CHARS])}…")
        around.setFont(cjk_font())
        layout.addWidget(QLabel(self.tr("In context:"), self))
        layout.addWidget(around)
        grid = QGridLayout()
        self.take_buttons: dict[Side, QPushButton] = {}
        for row, (side, name, key) in enumerate(
            ((Side.LEFT, self.tr("Left:"), "Alt+1"), (Side.RIGHT, self.tr("Right:"), "Alt+2"))
        ):
            shown = QLabel(versions[side] or self.tr("(nothing)"), self)
            shown.setWordWrap(True)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setFont(cjk_font())
            button = QPushButton(fill(self.tr("Start from this (%1)"), key), self)
            button.clicked.connect(lambda _=False, text=versions[side]: self.set_text(text))
            grid.addWidget(QLabel(name, self), row, 0)
            grid.addWidget(shown, row, 1)
            grid.addWidget(button, row, 2)
            self.take_buttons[side] = button
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Text for the clean copy (Ctrl+Enter to confirm, Esc to cancel):"), self))
        self.editor = QPlainTextEdit(self)
        self.editor.setFont(cjk_font())
        self.editor.setTabChangesFocus(True)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        layout.addWidget(self.editor)
        # A passage taken from the layout export keeps its half-width commas; a change of text hides
        # them from the punctuation batch, so they are put right here in one go.
        self.widen_button = QPushButton(self.tr("Full-width punctuation (Alt+W)"), self)
        self.widen_button.clicked.connect(self.widen)
        layout.addWidget(self.widen_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._versions = versions
        # Keys are read off the editor itself: they work whether or not the window manager has
        # made the dialog the active window yet.
        # Ctrl+Enter confirms from wherever the focus is: a focused button would take it as its own
        # press ("Start from this" replaced the text typed).
        for widget in (self.editor, *self.findChildren(QPushButton)):
            widget.installEventFilter(self)
        self.set_text(start)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        modifiers = event.modifiers()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers & Qt.KeyboardModifier.ControlModifier:
            self.accept()
            return True
        if watched is self.editor:
            if modifiers & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_1, Qt.Key.Key_2):
                self.set_text(self._versions[Side.LEFT if event.key() == Qt.Key.Key_1 else Side.RIGHT])
                return True
            if modifiers & Qt.KeyboardModifier.AltModifier and event.key() == Qt.Key.Key_W:
                self.widen()
                return True
        return super().eventFilter(watched, event)

    def set_text(self, text: str) -> None:
        """Put ``text`` in the editor, the cursor at its end (nothing selected to be typed over)."""
        self.editor.setPlainText(text)
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def widen(self) -> None:
        """Make the half-width punctuation of Chinese running text full-width (see core.text.punctuation)."""
        self.set_text(widen_punctuation(self.editor.toPlainText()))

    def text(self) -> str:
        return self.editor.toPlainText()
