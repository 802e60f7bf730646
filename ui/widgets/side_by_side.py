"""The side-by-side view of one article pair: two read-only panes with the changes highlighted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.model import Hunk, Side
from ui.widgets.band import ChangeBand
from ui.widgets.offsets import Offsets
from ui.widgets.overview_strip import OverviewStrip
from ui.widgets.palette import (
    CHANGE_COLORS,
    CURRENT_COLOR,
    DECIDED_COLOR,
    FLAG_COLOR,
    KEPT_COLOR,
    OWN_COLOR,
    SUGGESTION_COLOR,
    change_kind,
    legend,
)

_CJK_FONTS = [
    "Noto Sans CJK SC",
    "Noto Serif CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "SimSun",
    "AR PL UMing CN",
]
BASE_POINT_SIZE = 12


def cjk_font(point_size: int = BASE_POINT_SIZE) -> QFont:
    """A font that has Chinese glyphs, when the system has one."""
    families = set(QFontDatabase.families())
    font = QFont()
    for family in _CJK_FONTS:
        if family in families:
            font = QFont(family)
            break
    font.setPointSize(point_size)
    return font


class DiffPane(QPlainTextEdit):
    """One side's text, read-only, wrapping long Chinese paragraphs anywhere."""

    clicked_at = Signal(int)  # character offset of a click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(self.wordWrapMode().WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            self.clicked_at.emit(self.cursorForPosition(event.position().toPoint()).position())


class DiffView(QWidget):
    """Two panes scrolling together, a legend, and an overview strip of the changes.

    It shows what it is given (texts, hunks, decision states) and keeps only
    which change is current: the diff itself lives in ``core``.
    """

    current_changed = Signal(int)  # index into the hunks, -1 when none
    change_activated = Signal(int)  # the user clicked a change

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hunks: list[Hunk] = []
        self._offsets = {"left": Offsets(), "right": Offsets()}
        self._states: list[str] = []
        self._base = Side.LEFT
        self._suggested: list[str | None] = []
        self._current = -1
        self._zoom = 0
        self._left = DiffPane(self)
        self._right = DiffPane(self)
        self._left_title = QLabel(self)
        self._right_title = QLabel(self)
        self._overview = OverviewStrip(self)
        self._message = QLabel(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._legend = legend(self)

        self._band = ChangeBand(self._left, self._right, self)
        titles = QHBoxLayout()
        titles.addWidget(self._left_title, 1)
        titles.addSpacing(self._band.width() + self._overview.width())
        titles.addWidget(self._right_title, 1)
        panes = QHBoxLayout()
        panes.setSpacing(0)
        panes.addWidget(self._left, 1)
        panes.addWidget(self._band)
        panes.addWidget(self._right, 1)
        panes.addSpacing(4)
        panes.addWidget(self._overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._legend)
        layout.addWidget(self._message)
        layout.addLayout(titles)
        layout.addLayout(panes, 1)

        self._syncing = False
        # Only the proofreader's own scrolling (wheel, scroll bar) moves the other pane: a pane whose
        # layout settles after a change was revealed must not drag the other away from that change.
        self._left.verticalScrollBar().actionTriggered.connect(lambda _: self._sync(self._left, self._right))
        self._right.verticalScrollBar().actionTriggered.connect(lambda _: self._sync(self._right, self._left))
        # Until the proofreader scrolls, the current change stays centred while a pane's text is laid
        # out anew (filled, resized, the window's layout settling) and its line count changes.
        self._centred = False
        self._recentre_soon = QTimer(self)
        self._recentre_soon.setSingleShot(True)
        self._recentre_soon.setInterval(0)
        self._recentre_soon.timeout.connect(self._recenter)
        for pane in (self._left, self._right):
            pane.verticalScrollBar().rangeChanged.connect(lambda *_: self._centred and self._recentre_soon.start())
        self._left.clicked_at.connect(lambda offset: self._click(Side.LEFT, offset))
        self._right.clicked_at.connect(lambda offset: self._click(Side.RIGHT, offset))
        self._overview.change_clicked.connect(self._activate)
        self._apply_font()
        self.clear()

    # What is shown -------------------------------------------------------------------------

    def show_pair(
        self, left_text: str, right_text: str, hunks: Sequence[Hunk], titles: tuple[str, str] = ("", "")
    ) -> None:
        """Show a pair and its hunks; the first change becomes current."""
        self._message.hide()
        self._hunks = list(hunks)
        self._states = ["pending"] * len(self._hunks)
        self._suggested = []
        self._set_titles(*titles)
        self._offsets = {"left": Offsets(left_text), "right": Offsets(right_text)}
        self._left.setPlainText(left_text)
        self._right.setPlainText(right_text)
        self._band.set_hunks(self._hunks, self.current_index, self._offsets)
        self._overview.set_marks([(h.left_start / max(len(left_text), 1), change_kind(h)) for h in self._hunks])
        self._current = -1
        self.set_current(0 if self._hunks else -1)

    def show_single(self, side: Side, text: str, title: str = "") -> None:
        """Show an article only one side has; the other pane says so."""
        self.show_pair("", "", [])
        present, absent = (self._left, self._right) if side == "left" else (self._right, self._left)
        self._offsets[side] = Offsets(text)
        present.setPlainText(text)
        absent.setPlainText(self.tr("(This article is only in the other version.)"))
        self._set_titles(title if side == "left" else "", title if side == "right" else "")

    def clear(self, message: str = "") -> None:
        """Show nothing but ``message`` (a hint to open files, say)."""
        self._hunks, self._states, self._current = [], [], -1
        self._offsets = {"left": Offsets(), "right": Offsets()}
        self._band.set_hunks([], self.current_index, self._offsets)
        self._left.clear()
        self._right.clear()
        self._set_titles("", "")
        self._overview.set_marks([])
        self._message.setText(message)
        self._message.setVisible(bool(message))
        self._paint()

    def suggested_sides(self) -> list[str | None]:
        """Per hunk of the pair shown, the side a suggestion names (None: none)."""
        return list(self._suggested)

    def set_suggestions(self, sides: Sequence[str | None]) -> None:
        """Per hunk, the side a suggestion names (None: no suggestion); shown quietly while undecided."""
        self._suggested = list(sides)
        self._paint()

    def set_decisions(self, states: Sequence[str], base: Side = Side.LEFT) -> None:
        """Per hunk: "pending", "accept", "reject" or "custom" (seen from ``base``).

        A decided change shows the text the clean copy keeps in green and the
        text it drops struck through in grey; text the proofreader typed
        instead strikes both and marks them in violet.
        """
        self._base = base
        self._states = list(states) + ["pending"] * (len(self._hunks) - len(states))
        self._overview.set_decided([state != "pending" for state in self._states])
        self._paint()

    def retranslate(self) -> None:
        """Rebuild the legend in the language now installed."""
        layout = self.layout()
        assert layout is not None
        fresh = legend(self)
        layout.replaceWidget(self._legend, fresh)
        self._legend.deleteLater()
        self._legend = fresh
        self._overview.retranslate()

    def _set_titles(self, left: str, right: str) -> None:
        self._left_title.setText(left)
        self._right_title.setText(right)

    # The current change ----------------------------------------------------------------------

    def cursor_position(self) -> tuple[Side, int]:
        """The pane with the keyboard focus (the left one when neither has it) and its cursor's offset."""
        side = Side.RIGHT if self._right.hasFocus() else Side.LEFT
        pane = self._right if side is Side.RIGHT else self._left
        return side, self._offsets[side].to_text(pane.textCursor().position())

    def show_found(self, side: Side, start: int, end: int) -> None:
        """Select ``start:end`` of ``side``'s text (offsets into it) and bring it to the middle of its pane."""
        pane = self._left if side == "left" else self._right
        offsets = self._offsets[side]
        cursor = QTextCursor(pane.document())
        cursor.setPosition(offsets.to_doc(start))
        cursor.setPosition(offsets.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        pane.setFocus()
        self._syncing = True
        try:
            pane.centerCursor()
        finally:
            self._syncing = False

    def hunk_count(self) -> int:
        return len(self._hunks)

    def current_index(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        """Make change ``index`` current: outline it and scroll both panes to it."""
        index = index if 0 <= index < len(self._hunks) else -1
        changed = index != self._current
        self._current = index
        self._paint()
        if index >= 0:
            hunk = self._hunks[index]
            left, right = self._offsets["left"], self._offsets["right"]
            self._reveal(self._left, left.to_doc(hunk.left_start), left.to_doc(hunk.left_end))
            self._reveal(self._right, right.to_doc(hunk.right_start), right.to_doc(hunk.right_end))
            self._centred = True
        self._overview.set_current(index)
        if changed:
            self.current_changed.emit(index)

    def next_change(self) -> bool:
        """Move to the next change; False when there is none after the current one."""
        if self._current + 1 >= len(self._hunks):
            return False
        self.set_current(self._current + 1)
        return True

    def previous_change(self) -> bool:
        if self._current <= 0:
            return False
        self.set_current(self._current - 1)
        return True

    def _activate(self, index: int) -> None:
        self.set_current(index)
        self.change_activated.emit(index)

    def _click(self, side: Side, position: int) -> None:
        offset = self._offsets[side].to_text(position)
        for index, hunk in enumerate(self._hunks):
            start, end = hunk.span(side)
            if start <= offset <= max(end, start + 1):
                self._activate(index)
                return

    # Zoom ---------------------------------------------------------------------------------------

    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(-6, min(12, steps))
        self._apply_font()

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def _apply_font(self) -> None:
        font = cjk_font(BASE_POINT_SIZE + self._zoom)
        self._left.setFont(font)
        self._right.setFont(font)

    def font_point_size(self) -> int:
        return self._left.font().pointSize()

    # For tests and the window ------------------------------------------------------------------

    def left_pane(self) -> DiffPane:
        return self._left

    def right_pane(self) -> DiffPane:
        return self._right

    def highlighted_ranges(self, side: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every change painted on ``side``, as offsets into its text."""
        return self._painted(side, QTextFormat.Property.UserProperty)

    def looks(self, side: str) -> list[tuple[int, int, str]]:
        """(start, end, look) of every change painted on ``side``: "pending", "kept", "dropped" or "own"."""
        return self._painted(side, QTextFormat.Property.UserProperty + 1)

    def _painted(self, side: str, property_id: int) -> list[tuple[int, int, str]]:
        pane = self._left if side == "left" else self._right
        to_text = self._offsets[side].to_text
        return [
            (to_text(s.cursor.selectionStart()), to_text(s.cursor.selectionEnd()), s.format.property(property_id))
            for s in pane.extraSelections()
        ]

    # Painting -----------------------------------------------------------------------------------

    def _paint(self) -> None:
        left: list[QTextEdit.ExtraSelection] = []
        right: list[QTextEdit.ExtraSelection] = []
        to_left, to_right = self._offsets["left"].to_doc, self._offsets["right"].to_doc
        for index, hunk in enumerate(self._hunks):
            kind = change_kind(hunk)
            state = self._states[index] if index < len(self._states) else "pending"
            current = index == self._current
            for side, pane, store, start, end in (
                ("left", self._left, left, to_left(hunk.left_start), to_left(hunk.left_end)),
                ("right", self._right, right, to_right(hunk.right_start), to_right(hunk.right_end)),
            ):
                if start == end and not current:
                    continue
                selection = self._selection(pane, start, max(end, start), kind, self._look(side, state), current)
                if hunk.flags:
                    selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                    selection.format.setUnderlineColor(QColor(FLAG_COLOR))
                elif state == "pending" and index < len(self._suggested) and self._suggested[index] == side:
                    selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                    selection.format.setUnderlineColor(QColor(SUGGESTION_COLOR))
                store.append(selection)
        self._left.setExtraSelections(left)
        self._right.setExtraSelections(right)
        self._band.update()

    def _look(self, side: str, state: str) -> str:
        """How one side of a change looks: "pending", "kept", "dropped" or "own" (replaced by typed text)."""
        if state == "pending":
            return "pending"
        if state == "custom":
            return "own"
        taken = self._base.other
        if state == "reject":
            taken = self._base
        return "kept" if side == taken else "dropped"

    def _selection(
        self, pane: DiffPane, start: int, end: int, kind: str, look: str, current: bool
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(pane.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        colors = {"pending": CHANGE_COLORS[kind], "dropped": DECIDED_COLOR, "own": OWN_COLOR}
        if current or look in colors:
            fmt.setBackground(QColor(CURRENT_COLOR if current else colors[look]))
        if look == "kept":
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(KEPT_COLOR))
            fmt.setForeground(QColor(KEPT_COLOR))
        if current:
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        if look in ("dropped", "own"):
            fmt.setFontStrikeOut(True)
        fmt.setProperty(QTextFormat.Property.UserProperty, kind)
        fmt.setProperty(QTextFormat.Property.UserProperty + 1, look)
        selection.format = fmt
        return selection

    def _reveal(self, pane: DiffPane, start: int, end: int) -> None:
        # Each pane scrolls to its own side of the change; proportional syncing would fight that.
        self._syncing = True
        try:
            cursor = QTextCursor(pane.document())
            cursor.setPosition(min(start, pane.document().characterCount() - 1))
            pane.setTextCursor(cursor)
            # Near the middle, with the text after it in view too, not on the pane's last line.
            pane.centerCursor()
        finally:
            self._syncing = False

    def _recenter(self) -> None:
        if self._current < 0 or not self._centred:
            return
        self._syncing = True
        try:
            self._left.centerCursor()
            self._right.centerCursor()
        finally:
            self._syncing = False

    def _sync(self, source: DiffPane, target: DiffPane) -> None:
        # Proportional: the two versions differ in length, but stay roughly in step.
        if self._syncing:
            return
        self._centred = False  # the proofreader scrolls: leave the panes where they put them
        self._syncing = True
        try:
            source_bar, target_bar = source.verticalScrollBar(), target.verticalScrollBar()
            fraction = source_bar.sliderPosition() / max(source_bar.maximum(), 1)  # the value follows it
            target_bar.setValue(round(fraction * target_bar.maximum()))
        finally:
            self._syncing = False
