"""The article list: one row per pair or one-sided article, in the base side's order."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from core.model import Pair
from core.review.decisions import ReviewModel
from ui.i18n import fill
from ui.widgets.palette import flag_name

Index = QModelIndex | QPersistentModelIndex


class PairTableModel(QAbstractTableModel):
    """Rows over ``ReviewModel.ordered_pairs()``: title, status, decided, similarity."""

    TITLE, STATUS, DECIDED, SIMILARITY, FLAGS = range(5)
    FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._model: ReviewModel | None = None
        self._pairs: list[Pair] = []
        self._rows: dict[Pair, int] = {}

    def set_review(self, model: ReviewModel | None) -> None:
        self.beginResetModel()
        self._model = model
        self._pairs = model.ordered_pairs() if model else []
        self._rows = {pair: row for row, pair in enumerate(self._pairs)}
        self.endResetModel()

    def refresh_decisions(self, pairs: list[Pair] | None = None) -> None:
        """Redraw the counts of ``pairs`` (None: of every row), one signal per run of rows."""
        if not self._pairs:
            return
        if pairs is None:
            self.dataChanged.emit(self.index(0, self.STATUS), self.index(len(self._pairs) - 1, self.DECIDED))
            return
        rows = sorted({self._rows[p] for p in pairs if p in self._rows})
        start = previous = None
        for row in [*rows, None]:
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None and previous is not None:
                self.dataChanged.emit(self.index(start, self.STATUS), self.index(previous, self.DECIDED))
            start = previous = row

    def pairs(self) -> list[Pair]:
        """The pairs in the list's order."""
        return list(self._pairs)

    def pair_at(self, row: int) -> Pair | None:
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def row_of(self, pair: Pair) -> int:
        return self._rows.get(pair, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's name)
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Article"), self.tr("Changes"), self.tr("Decided"), self.tr("Sim."), "⚠"][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [
                self.tr("The article's title (the left version's, else the right one's)"),
                self.tr("How many changes the two versions of the article differ by"),
                self.tr("Changes decided / changes in the article"),
                self.tr("How alike the two versions are, from 0 to 1"),
                self.tr(
                    "Proofreading flags: a splice, a truncation, a repeated phrase, a changed number, an OCR look-alike"
                ),
            ][section]
        return None

    def status(self, pair: Pair) -> str:
        """What the article is, in words (the changes cell's tooltip)."""
        assert self._model is not None
        if pair.left is None:
            return self.tr("right only")
        if pair.right is None:
            return self.tr("left only")
        count = len(self._model.comparison.hunks(pair))
        return self.tr("identical") if count == 0 else self.tr("%n change(s)", "", count)

    def _changes_cell(self, pair: Pair) -> str:
        assert self._model is not None
        if pair.left is None:
            return "→"  # only the right version has it
        if pair.right is None:
            return "←"
        count = len(self._model.comparison.hunks(pair))
        return "=" if count == 0 else str(count)

    def _flag_names(self, pair: Pair) -> str:
        assert self._model is not None
        return ", ".join(sorted({flag_name(f.kind) for f in self._model.comparison.all_flags(pair)}))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        pair = self.pair_at(index.row()) if index.isValid() else None
        if pair is None or self._model is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                title = self._model.comparison.title(pair)
                part = self._model.comparison.part_of(pair)
                title = f"{title} ({part[2]}/{part[3]})" if part else title
                # Marked up front (a long title is cut short at its end): its boundaries came from the other version.
                return f"↔ {title}" if self._model.comparison.structure_from_other(pair) else title
            if column == self.STATUS:
                return self._changes_cell(pair)
            if column == self.DECIDED:
                decided, total = self._model.progress(pair)
                return f"{decided}/{total}"
            if column == self.SIMILARITY:
                return "" if pair.left is None or pair.right is None else f"{pair.similarity:.2f}"
            if column == self.FLAGS:
                return "⚠" if self._model.comparison.all_flags(pair) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TITLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FLAGS:
            return QColor("#b00020")
        if role == self.FLAGGED_ROLE:
            return bool(self._model.comparison.all_flags(pair))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DECIDED:
            decided, total = self._model.progress(pair)
            return QColor("#2e7d32") if decided == total else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(pair, column)
        if role == Qt.ItemDataRole.UserRole:
            decided, total = self._model.progress(pair)
            return decided < total  # "has undecided changes", for the undecided-only filter
        return None

    def _tooltip(self, pair: Pair, column: int) -> str | None:
        assert self._model is not None
        if column == self.STATUS:
            return self.status(pair)
        if column == self.FLAGS:
            return self._flag_names(pair) or None
        if column != self.TITLE:
            return None
        part = self._model.comparison.part_of(pair)
        if part is None:
            tip = self._model.comparison.title(pair)
        else:
            side, index, number, count = part
            whole = self._model.comparison.version(side).articles[index].title
            tip = fill(
                self.tr("Part %1 of %2 of “%3”, which the other version gives as separate items"),
                str(number),
                str(count),
                whole,
            )
        if self._model.comparison.structure_from_other(pair):
            tip += "\n" + self.tr(
                "↔ Where this article starts or ends was taken from the other version: check it "
                "(Article structure ▸ Split article here / Join with next article)"
            )
        return tip


class PairFilter(QSortFilterProxyModel):
    """Filters rows by text in the title or status, and optionally to undecided ones."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.undecided_only = False
        self.flagged_only = False
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def filtering(self) -> bool:
        """Whether any row can be hidden now (by text, or by the undecided or flagged filter)."""
        return self.undecided_only or self.flagged_only or bool(self.filterRegularExpression().pattern())

    def set_undecided_only(self, on: bool) -> None:
        self._refilter("undecided_only", on)

    def set_flagged_only(self, on: bool) -> None:
        self._refilter("flagged_only", on)

    def _refilter(self, name: str, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            setattr(self, name, on)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, name, on)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        if self.flagged_only:
            index = self.sourceModel().index(row, 0, parent)
            if not self.sourceModel().data(index, PairTableModel.FLAGGED_ROLE):
                return False
        if self.undecided_only:
            index = self.sourceModel().index(row, 0, parent)
            if not self.sourceModel().data(index, Qt.ItemDataRole.UserRole):
                return False
        return super().filterAcceptsRow(row, parent)
