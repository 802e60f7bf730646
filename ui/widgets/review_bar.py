"""The bar under the panes: the four review buttons, where the current change is, and its flags."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.widgets.palette import FLAG_COLOR, SUGGESTION_COLOR


class ReviewBar(QWidget):
    """Shows what it is told; its buttons are wired by the window to the review commands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accept_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.next_undecided_button = QPushButton(self)
        self.change_label = QLabel(self)
        row = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.edit_button, self.next_undecided_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the panes
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.change_label)
        # A flag's note can be a long quotation: it wraps under the buttons and never widens the window.
        self.flag_label = QLabel(self)
        self.flag_label.setWordWrap(True)
        self.flag_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.flag_label.setStyleSheet(f"color:{FLAG_COLOR}")
        self.flag_label.hide()
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.suggestion_label.setStyleSheet(f"color:{SUGGESTION_COLOR}")
        self.suggestion_label.hide()
        self.readings_label = QLabel(self)  # three versions or more: what each reads here, numbered for the keys
        self.readings_label.setWordWrap(True)
        self.readings_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.readings_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.flag_label)
        layout.addWidget(self.suggestion_label)
        layout.addWidget(self.readings_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("Accept (A)"))
        self.reject_button.setText(self.tr("Reject (R)"))
        self.edit_button.setText(self.tr("Edit… (E)"))
        self.next_undecided_button.setText(self.tr("Next undecided (N)"))

    def show_change(self, where: str, flags: str, suggestion: str = "", readings: str = "") -> None:
        """Say where the current change is and, when it has them, its flags, the suggested side and every
        version's reading."""
        self.readings_label.setText(readings)
        self.readings_label.setVisible(bool(readings))
        self.change_label.setText(where)
        self.flag_label.setText(f"⚠ {flags}")
        self.flag_label.setToolTip(flags)
        self.flag_label.setVisible(bool(flags))
        self.suggestion_label.setText(f"➜ {suggestion} (G)" if suggestion else "")
        self.suggestion_label.setToolTip(suggestion)
        self.suggestion_label.setVisible(bool(suggestion))
