"""The list of article pairs: the titles take the room, and keep at least eight characters however narrow.

The count columns (changes, decided, similarity, flags) have the widths the
proofreader left them at, or widths measured from the font; when the list is
too narrow for those and eight characters of title, they give way first,
down to what their digits need, and the list never gets narrower than that.
Widths come from the font, never from "resize to contents": that would ask
every row of a 2,400-article issue for its text after each decision.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QByteArray, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

TITLE_CHARACTERS = 8
_CELL_MARGINS = 12
_COUNT_SAMPLES = {1: "9999", 2: "999/999", 3: "1.00", 4: "⚠"}  # the widest each count column shows


class ArticleList(QTableView):
    """A table of the article pairs whose title column never starves (see the module)."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(16)  # the style's own minimum would keep the ⚠ column wider than it needs
        self._fitting = False
        self._preferred: dict[int, int] = {}  # the widths the count columns have when there is room
        header.sectionResized.connect(self._resized_by_hand)

    def measure_columns(self) -> None:
        """Widths for the count columns from the font and the headers (after the font or the language changed)."""
        metrics, header = self.fontMetrics(), self.horizontalHeader()
        for column, sample in _COUNT_SAMPLES.items():
            label = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(sample), header.fontMetrics().horizontalAdvance(label)) + 16
            self._preferred[column] = width
        self._fit()

    def keep_widths(self) -> None:
        """Take the count columns' widths as they are now (restored from the settings) as the ones wanted."""
        self._preferred = {column: self.columnWidth(column) for column in _COUNT_SAMPLES}
        self._fit()

    def header_state(self) -> QByteArray:
        """The header's state to remember, with the widths wanted (not the ones a narrow window gave way to)."""
        self._fitting = True
        try:
            for column, width in self._preferred.items():
                self.setColumnWidth(column, width)
            return self.horizontalHeader().saveState()
        finally:
            self._fitting = False
            self._fit()

    def title_minimum(self) -> int:
        """Room for eight characters of a longer title and its "…", in the cell's margins."""
        return self.fontMetrics().horizontalAdvance("国" * TITLE_CHARACTERS + "…") + _CELL_MARGINS + 2

    def _least(self, column: int) -> int:
        return self.fontMetrics().horizontalAdvance(_COUNT_SAMPLES[column]) + 8

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.title_minimum() + sum(self._least(c) for c in _COUNT_SAMPLES)
        hint.setWidth(max(hint.width(), least + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _resized_by_hand(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in _COUNT_SAMPLES:
            self._preferred[column] = new

    def _fit(self) -> None:
        """The count columns at their wanted widths where the title keeps its minimum, else narrower."""
        if not self._preferred:
            return
        room = self.viewport().width() - self.title_minimum()
        wanted = sum(self._preferred.values())
        least = {column: min(self._least(column), self._preferred[column]) for column in self._preferred}
        spare = wanted - sum(least.values())
        share = 1.0 if room >= wanted or spare <= 0 else max(0.0, (room - sum(least.values())) / spare)
        self._fitting = True
        try:
            for column, width in self._preferred.items():
                self.setColumnWidth(column, least[column] + int((width - least[column]) * share))
        finally:
            self._fitting = False
