"""The find bar above the panes: Ctrl+F opens it, Enter / F3 find the next, Shift too the previous, Esc closes.

Where the last match found is among all of them is said beside the field ("3 of 17")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.widgets.field_keys import FieldKeys


class FindBar(QWidget):
    """Asks for the text to find; the window does the finding (``core.review.search``) and says the outcome."""

    wanted = Signal(str, bool)  # the text, and whether to search backwards
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.label = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.previous_button = QPushButton("↑", self)
        self.next_button = QPushButton("↓", self)
        self.close_button = QPushButton("×", self)
        self.outcome = QLabel(self)
        for widget in (self.previous_button, self.next_button, self.close_button):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            widget.setFixedWidth(28)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.outcome)
        layout.addWidget(self.close_button)
        self.previous_button.clicked.connect(lambda: self.search(backwards=True))
        self.next_button.clicked.connect(lambda: self.search())
        self.close_button.clicked.connect(self.close_bar)
        FieldKeys(
            self.edit,
            back=lambda _: self.close_bar(),
            enter=lambda key: self.search(backwards=bool(key.modifiers() & Qt.KeyboardModifier.ShiftModifier)),
        )
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Find:"))
        self.edit.setPlaceholderText(self.tr("in both versions of every article"))
        self.previous_button.setToolTip(self.tr("Previous (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next (F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def search(self, backwards: bool = False) -> None:
        if self.edit.text():
            self.wanted.emit(self.edit.text(), backwards)

    def say(self, text: str) -> None:
        self.outcome.setText(text)
