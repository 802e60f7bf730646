"""A dialog for a long sheet of rich text (the F1 keys): it fits the screen, and scrolls where it must.

A message box wraps its text to a width of its own choosing, so a two-column
sheet grew taller than a 768-pixel screen. Here the sheet keeps its lines
whole and the dialog takes what the screen has.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

SCREEN_SHARE = 0.85  # of the screen's height and width, at most


class SheetDialog(QDialog):
    """Shows ``html`` under ``title``, with one button to close it (Enter or Esc)."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.sheet = QLabel(html, self)
        self.sheet.setTextFormat(Qt.TextFormat.RichText)
        self.sheet.setMargin(8)
        scroll = QScrollArea(self)
        scroll.setWidget(self.sheet)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        wanted = self.sheet.sizeHint()
        bar = scroll.verticalScrollBar().sizeHint().width()
        self.resize(
            min(wanted.width() + bar + 40, int(screen.width() * SCREEN_SHARE)),
            min(wanted.height() + buttons.sizeHint().height() + 40, int(screen.height() * SCREEN_SHARE)),
        )
