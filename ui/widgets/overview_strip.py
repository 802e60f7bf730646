"""A narrow strip beside the panes marking where an article's changes are; a click jumps there."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.widgets.palette import CHANGE_COLORS, CURRENT_COLOR, DECIDED_COLOR


class OverviewStrip(QWidget):
    """Marks at each change's relative position in the article."""

    change_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: list[tuple[float, str]] = []
        self._decided: list[bool] = []
        self._current = -1
        self.setFixedWidth(16)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Where this article's changes are; click to jump"))

    def sizeHint(self) -> QSize:
        return QSize(16, 200)

    def set_marks(self, marks: list[tuple[float, str]]) -> None:
        """(fraction of the article, kind) for each change."""
        self._marks = marks
        self._decided = [False] * len(marks)
        self._current = -1
        self.update()

    def set_decided(self, decided: list[bool]) -> None:
        self._decided = decided
        self.update()

    def set_current(self, index: int) -> None:
        self._current = index
        self.update()

    def mark_at(self, y: float) -> int:
        """The change whose mark is nearest to height ``y``, or -1."""
        if not self._marks:
            return -1
        fraction = y / max(self.height(), 1)
        return min(range(len(self._marks)), key=lambda i: abs(self._marks[i][0] - fraction))

    def mark_y(self, index: int) -> float:
        return self._marks[index][0] * self.height()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.mark_at(event.position().y())
        if index >= 0:
            self.change_clicked.emit(index)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f4f4f4"))
        for index, (fraction, kind) in enumerate(self._marks):
            decided = index < len(self._decided) and self._decided[index]
            color = CURRENT_COLOR if index == self._current else (DECIDED_COLOR if decided else CHANGE_COLORS[kind])
            y = fraction * (self.height() - 4)
            painter.fillRect(QRectF(2, y, self.width() - 4, 4), QColor(color).darker(115))
        painter.end()
