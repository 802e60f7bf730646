"""The band between the panes that joins each change on the left to its place on the right, as Meld draws."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPolygonF, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from core.model import Hunk
from ui.widgets.palette import CHANGE_COLORS, CURRENT_COLOR, change_kind


class ChangeBand(QWidget):
    """Paints, for every change in view, a shape from its lines on the left to its lines on the right."""

    def __init__(self, left: QPlainTextEdit, right: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._left, self._right = left, right
        self._hunks: Sequence[Hunk] = []
        self._current: Callable[[], int] = lambda: -1
        self._offsets: dict = {}
        self.setFixedWidth(36)
        for pane in (left, right):
            pane.verticalScrollBar().valueChanged.connect(self.update)

    def set_hunks(self, hunks: Sequence[Hunk], current: Callable[[], int], offsets: dict) -> None:
        """The hunks to join, which one is current, and each side's string-to-document offsets."""
        self._hunks = hunks
        self._current = current
        self._offsets = offsets
        self.update()

    def _offset(self, pane: QPlainTextEdit) -> int:
        """How far ``pane``'s text sits below this band's top (made once a paint: mapping is not cheap)."""
        origin = QPointF(0, 0).toPoint()
        return pane.viewport().mapTo(self.window(), origin).y() - self.mapTo(self.window(), origin).y()

    @staticmethod
    def _span(pane: QPlainTextEdit, start: int, end: int, offset: int) -> tuple[float, float]:
        """Top and bottom of characters ``start:end`` in this band's coordinates."""
        cursor = QTextCursor(pane.document())
        limit = pane.document().characterCount() - 1
        cursor.setPosition(min(start, limit))
        top = pane.cursorRect(cursor).top()
        cursor.setPosition(min(end, limit))
        bottom = pane.cursorRect(cursor).bottom()
        return top + offset, max(bottom, top + 2) + offset

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        height, width = self.height(), self.width()
        current = self._current()
        to_left, to_right = self._offsets["left"].to_doc, self._offsets["right"].to_doc
        left_offset, right_offset = self._offset(self._left), self._offset(self._right)
        for index, hunk in enumerate(self._hunks):
            left_top, left_bottom = self._span(
                self._left, to_left(hunk.left_start), to_left(hunk.left_end), left_offset
            )
            right_top, right_bottom = self._span(
                self._right, to_right(hunk.right_start), to_right(hunk.right_end), right_offset
            )
            if max(left_bottom, right_bottom) < 0 or min(left_top, right_top) > height:
                continue  # out of view
            color = QColor(CURRENT_COLOR if index == current else CHANGE_COLORS[change_kind(hunk)])
            color.setAlpha(170)
            painter.setBrush(color)
            painter.setPen(color.darker(130))
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(0, left_top),
                        QPointF(width, right_top),
                        QPointF(width, right_bottom),
                        QPointF(0, left_bottom),
                    ]
                )
            )
        painter.end()
