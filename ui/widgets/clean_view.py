"""The clean copy of the article on screen, as it will be saved, with what the decisions made of it marked."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from core.review.decisions import Choice
from ui.widgets.palette import CHANGE_COLORS, OWN_COLOR
from ui.widgets.side_by_side import cjk_font

# Undecided text is the base side's until decided: marked like a change still to be looked at.
_MARKS = {Choice.PENDING: CHANGE_COLORS["changed"], Choice.ACCEPT: CHANGE_COLORS["added"], Choice.CUSTOM: OWN_COLOR}


class CleanView(QPlainTextEdit):
    """Read-only; with ``marked`` on (Word's "simple markup"), taken, own and undecided text show.

    Kept base text (a rejected change) reads as the rest of the article: it
    is what the page already says.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFont(cjk_font(10))
        self.marked = True
        self._pieces: list[tuple[str, Choice | None]] = []

    def show_pieces(self, pieces: list[tuple[str, Choice | None]] | None, left_out: str) -> None:
        """Show the clean text in its pieces (see ``ReviewModel.resolved_pieces``), or ``left_out``."""
        self._pieces = pieces or []
        self.setPlainText(left_out if pieces is None else "".join(text for text, _ in pieces))
        self._mark()

    def set_marked(self, marked: bool) -> None:
        self.marked = marked
        self._mark()

    def marked_ranges(self) -> list[tuple[int, int, Choice]]:
        """(start, end, choice) of every marked piece, as offsets into the shown text."""
        found, at = [], 0
        for text, choice in self._pieces:
            if self.marked and choice in _MARKS and text:
                found.append((at, at + len(text), choice))
            at += len(text)
        return found

    def _mark(self) -> None:
        selections = []
        document = self.document()
        text = "".join(t for t, _ in self._pieces)
        for start, end, choice in self.marked_ranges():
            # Positions in the document: a character beyond the BMP counts two there, "\r\n" one.
            first = len(text[:start].replace("\r\n", "\n").encode("utf-16-le")) // 2
            last = first + len(text[start:end].replace("\r\n", "\n").encode("utf-16-le")) // 2
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(min(first, document.characterCount() - 1))
            cursor.setPosition(min(last, document.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(_MARKS[choice]))
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
