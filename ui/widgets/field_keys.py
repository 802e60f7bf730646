"""Keys in the window's one-line fields (find, filter) that belong to the review, not to the field.

A proofreader who typed a word to find or to filter by must get back to the
text without the mouse: Esc goes back, Enter and Down go on (each field says
where), and Undo / Redo undo the review, as everywhere else in the window,
not the letters typed in the field (a line edit takes Ctrl+Z for itself).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

Handler = Callable[[QKeyEvent], None]


class FieldKeys(QObject):
    """Gives ``field``'s Esc, Enter and Down keys to ``back``, ``enter`` and ``down``, and Undo to the window."""

    def __init__(
        self, field: QLineEdit, back: Handler, enter: Handler | None = None, down: Handler | None = None
    ) -> None:
        super().__init__(field)
        self._keys: dict[Qt.Key, Handler] = {Qt.Key.Key_Escape: back}
        if enter is not None:
            self._keys[Qt.Key.Key_Return] = self._keys[Qt.Key.Key_Enter] = enter
        if down is not None:
            self._keys[Qt.Key.Key_Down] = down
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride and _is_review_undo(event):
            event.ignore()  # not the field's: the window's Undo / Redo shortcut takes it
            return True
        if event.type() == QEvent.Type.KeyPress and Qt.Key(event.key()) in self._keys:
            self._keys[Qt.Key(event.key())](event)
            return True
        return False


def _is_review_undo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
