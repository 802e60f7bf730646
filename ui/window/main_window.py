"""The main window: the article list beside the side-by-side view, wired to the review controller."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.diffing.diff import OPTION_NAMES, DiffOptions
from core.model import Pair, Side
from core.readers.documents import read_as
from core.review.decisions import ARTICLE, Choice
from ui.control.loader import wait_for_abandoned
from ui.control.review_controller import ReviewController
from ui.i18n import fill
from ui.widgets.article_list import ArticleList
from ui.widgets.clean_view import CleanView
from ui.widgets.field_keys import FieldKeys
from ui.widgets.find_bar import FindBar
from ui.widgets.pair_table import PairFilter, PairTableModel
from ui.widgets.palette import flag_name, flag_note, suggestion_note
from ui.widgets.review_bar import ReviewBar
from ui.widgets.side_by_side import DiffView, cjk_font
from ui.window.file_actions import FileActions
from ui.window.loading import Loading
from ui.window.menus import build_menus
from ui.window.review_actions import ReviewActions
from ui.window.structure_actions import StructureActions


class MainWindow(QMainWindow):
    """Shows a comparison and hands the proofreader's keys and clicks to its command groups.

    The review itself (model, undo, batches, autosave) belongs to ``controller``;
    the commands live in ``review``, ``files``, ``structure`` and ``loading``,
    each of which acts through the controller and reads this window's widgets.
    """

    comparison_loaded = Signal()
    load_failed = Signal(str)
    error_shown = Signal(str)

    def __init__(self, settings: QSettings, autosave_dir: str | os.PathLike[str] | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.controller = ReviewController(autosave_dir, self)
        self.current_pair: Pair | None = None
        self._pending_change = 0  # which change to show once the list's selection reaches a pair
        self.review = ReviewActions(self, self.controller)
        self.files = FileActions(self, self.controller)
        self.structure = StructureActions(self, self.controller)
        self.loading = Loading(self, self.controller)
        # Dialog hooks: tests replace these so nothing modal blocks them.
        self.inform: Callable[[str, str], None] = self._warning_box
        self.ask: Callable[[str, str], bool] = self._ask_box
        self.setAcceptDrops(True)
        self._build()
        self._set_texts()
        self.actions_by_name, self.recent_menu = build_menus(self)
        self._connect()
        self._restore_settings()
        self.show_empty()

    # Layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.table_model = PairTableModel(self)
        self.proxy = PairFilter(self)
        self.proxy.setSourceModel(self.table_model)
        self.table = ArticleList(self.proxy, self)
        self.table.setFont(cjk_font(10))
        self.table.measure_columns()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.undecided_only = QCheckBox(self)
        self.flagged_only = QCheckBox(self)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.filter_edit)
        filters = QHBoxLayout()
        filters.addWidget(self.undecided_only)
        filters.addWidget(self.flagged_only)
        side_layout.addLayout(filters)
        side_layout.addWidget(self.table)

        self.view = DiffView(self)
        self.review_bar = ReviewBar(self)
        self.preview = CleanView(self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.find_bar = FindBar(self)
        top_layout.addWidget(self.find_bar)
        top_layout.addWidget(self.view, 1)
        top_layout.addWidget(self.review_bar)
        right = self.text_splitter = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(top)
        right.addWidget(self.preview)
        right.setStretchFactor(0, 4)
        right.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(side)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([480, 920])
        self.setCentralWidget(self.splitter)

        self.left_status = QLabel(self)
        self.right_status = QLabel(self)
        self.count_status = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(self)
        self.encoding_button = QPushButton(self)  # at hand when an encoding was a guess
        for widget in (self.left_status, self.right_status, self.count_status):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # long names are cut
            self.statusBar().addWidget(widget, 1)
        self.statusBar().addPermanentWidget(self.encoding_button)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        self.encoding_button.hide()
        self.resize(1280, 800)

    def _set_texts(self) -> None:
        """Every fixed text of the window, in the language now installed."""
        self.setWindowTitle(self.tr("Duijiao — compare two versions of an issue"))
        self.filter_edit.setPlaceholderText(self.tr("Filter articles…"))
        self.undecided_only.setText(self.tr("Undecided only"))
        self.flagged_only.setText(self.tr("Flagged only"))
        self.preview.setPlaceholderText(self.tr("The clean copy of this article appears here."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.encoding_button.setText(self.tr("Choose encoding…"))

    def retranslate(self) -> None:
        """Switch the whole window to the language just installed, without a restart."""
        for widget in (self.view, self.table):
            for action in widget.actions():
                widget.removeAction(action)
        self.actions_by_name, self.recent_menu = build_menus(self)
        self._set_texts()
        self.view.retranslate()
        self.find_bar.retranslate()
        self.review_bar.retranslate()
        self.table_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.table_model.columnCount() - 1)
        self.table_model.refresh_decisions()
        self.update_status()
        if self.controller.comparison is None:
            self.show_empty()
        else:
            self._update_change_label()

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        FieldKeys(
            self.filter_edit,
            back=lambda _: self.view.left_pane().setFocus(),
            enter=lambda _: self.review.open_listed(),
            down=lambda _: self.review.into_list(),
        )
        self.undecided_only.toggled.connect(self.proxy.set_undecided_only)
        self.flagged_only.toggled.connect(self.proxy.set_flagged_only)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.customContextMenuRequested.connect(self.review.pair_context_menu)
        self.cancel_button.clicked.connect(self.loading.cancel_load)
        self.encoding_button.clicked.connect(self.files.reopen_with_encoding)
        self.view.current_changed.connect(lambda _: self._update_change_label())
        self.find_bar.wanted.connect(lambda text, backwards: self.review.find_next(text, backwards))
        self.find_bar.closed.connect(lambda: self.view.left_pane().setFocus())
        bar = self.review_bar
        bar.accept_button.clicked.connect(self.review.accept_change)
        bar.reject_button.clicked.connect(self.review.reject_change)
        bar.edit_button.clicked.connect(self.review.edit_change)
        bar.next_undecided_button.clicked.connect(self.review.go_to_next_undecided)
        self.controller.comparison_changed.connect(self._comparison_changed)
        self.controller.pairs_changed.connect(self._comparison_changed)
        self.controller.decisions_changed.connect(self._decisions_changed)
        self.controller.busy_changed.connect(self._busy_changed)
        self.controller.place_wanted.connect(self.structure.go_to_place)

    def show_larger_clean_copy(self, larger: bool) -> None:
        """The clean copy pane takes half the height (``larger``), or a fifth again."""
        total = sum(self.text_splitter.sizes())
        share = total // 2 if larger else total // 5
        self.text_splitter.setSizes([total - share, share])

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def show_error(self, title: str, message: str) -> None:
        self.error_shown.emit(message)
        self.inform(title, message)

    def _warning_box(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def text_setting(self, key: str, default: str = "") -> str:
        """A remembered setting that is text (QSettings gives back whatever was stored, or nothing)."""
        value = self.settings.value(key, default)
        return value if isinstance(value, str) else default

    def _ask_box(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # Showing -----------------------------------------------------------------------------------

    def show_empty(self) -> None:
        self.view.clear(
            self.tr(
                "Drop two files here (first the left version, then the right), or open them from the "
                "File menu.\nTry Help ▸ Open the sample issue to see how it works."
            )
        )
        self.update_status()

    def _comparison_changed(self) -> None:
        keep = self.current_pair
        self.table_model.set_review(self.controller.model)
        self.update_status()
        target = keep if keep is not None and self.table_model.row_of(keep) >= 0 else self.table_model.pair_at(0)
        if target is not None:
            self.select_pair(target)
        else:
            self.show_empty()

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("Applying the batch…"))
        else:
            self.statusBar().clearMessage()

    def _decisions_changed(self) -> None:
        self.refresh_rows(self.controller.last_changed)
        self._show_decisions()
        self.update_status()

    def select_pair(self, pair: Pair, change: int = 0) -> None:
        row = self.proxy.mapFromSource(self.table_model.index(self.table_model.row_of(pair), 0)).row()
        if row < 0:  # hidden by the filter: show it anyway
            self._display(pair, change)
            return
        self._pending_change = change
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        if self.current_pair != pair:
            self._display(pair, change)
        else:
            self.view.set_current(change if change >= 0 else self.view.hunk_count() - 1)

    def _row_changed(self, current, _previous) -> None:
        pair = self.table_model.pair_at(self.proxy.mapToSource(current).row()) if current.isValid() else None
        if pair is not None and pair != self.current_pair:
            self._display(pair, self._pending_change)
        self._pending_change = 0

    def _display(self, pair: Pair, change: int = 0) -> None:
        self.current_pair = pair
        comparison = self.controller.comparison
        assert comparison is not None
        left, right = comparison.text(pair, Side.LEFT), comparison.text(pair, Side.RIGHT)
        title = comparison.title(pair)
        if left is None:
            self.view.show_single(Side.RIGHT, right or "", title)
        elif right is None:
            self.view.show_single(Side.LEFT, left, title)
        else:
            self.view.show_pair(
                left,
                right,
                comparison.hunks(pair),
                (os.path.basename(comparison.left.path), os.path.basename(comparison.right.path)),
            )
            if change != 0:
                self.view.set_current(change if change >= 0 else self.view.hunk_count() - 1)
        self._show_decisions()

    def _show_decisions(self) -> None:
        pair, model = self.current_pair, self.controller.model
        if pair is None or model is None:
            return
        if pair.left is not None and pair.right is not None:
            self.view.set_decisions(
                [model.decision(pair, h.id).choice.value for h in model.comparison.hunks(pair)], model.base
            )
            evidence = self.controller.ready_evidence()
            if evidence is not None:
                self.view.set_suggestions(
                    [
                        (s.side if s is not None else None)
                        for s in (evidence.suggest(pair, h) for h in model.comparison.hunks(pair))
                    ]
                )
        self.preview.show_pieces(model.resolved_pieces(pair), self.tr("(left out of the clean copy)"))
        self._update_change_label()

    def _update_change_label(self) -> None:
        pair, model = self.current_pair, self.controller.model
        if pair is None or model is None:
            self.review_bar.show_change("", "")
            return
        decided, total = model.progress(pair)
        index = self.view.current_index()
        where = fill(self.tr("change %1 of %2"), str(index + 1), str(self.view.hunk_count()))
        if pair.left is None or pair.right is None:
            decision = model.decision(pair, ARTICLE)
            where = self.tr("one-sided article") + ("" if decision.choice is Choice.PENDING else " ✓")
        progress = fill(self.tr("%1 of %2 decided"), str(decided), str(total))
        readings = self.review.current_readings()
        self.review_bar.show_change(
            f"{where} · {progress}", self._current_flags(), self._current_suggestion(), readings
        )

    def _current_suggestion(self) -> str:
        """What the issue suggests for the current change, in words ("" when nothing)."""
        suggestion = self.review.current_suggestion()
        return suggestion_note(suggestion) if suggestion is not None else ""

    def _current_flags(self) -> str:
        """The flags of the current change (or of a flagged one-sided or truncated article)."""
        pair, comparison = self.current_pair, self.controller.comparison
        if pair is None or comparison is None:
            return ""
        found = list(comparison.pair_flags(pair))
        hunks = comparison.hunks(pair)
        if 0 <= self.view.current_index() < len(hunks):
            found += hunks[self.view.current_index()].flags
        return "; ".join(f"{flag_name(f.kind)}: {flag_note(f)}" for f in found)

    def update_status(self) -> None:
        comparison, model = self.controller.comparison, self.controller.model
        if comparison is None or model is None:
            self.left_status.setText(self.tr("No files open"))
            self.right_status.clear()
            self.count_status.clear()
            return
        for label, side, name in (
            (self.left_status, comparison.left, self.tr("Left")),
            (self.right_status, comparison.right, self.tr("Right")),
        ):
            label.setText(f"{name}: {os.path.basename(side.path)} [{read_as(side.decoded)}]")
        if not model.indexes_ready:
            self.count_status.setText(
                fill(
                    self.tr("Articles: %1 left, %2 right · finding the changes…"),
                    str(len(comparison.left.articles)),
                    str(len(comparison.right.articles)),
                )
            )
            return
        decided, total = model.progress()
        self.count_status.setText(
            fill(
                self.tr("Articles: %1 left, %2 right · %3 of %4 changes decided · base: %5"),
                str(len(comparison.left.articles)),
                str(len(comparison.right.articles)),
                str(decided),
                str(total),
                self.tr("left") if model.base == "left" else self.tr("right"),
            )
        )

    def refresh_rows(self, pairs: list[Pair] | None) -> None:
        """Redraw the list's counts; with no filter on, repainting the visible rows is enough.

        Announcing thousands of changed rows makes the filter model ask every
        one of them again, which is what a batch over a whole issue would cost.
        """
        if self.proxy.filtering() or (pairs is not None and len(pairs) <= 32):
            self.table_model.refresh_decisions(pairs)
        else:
            self.table.viewport().update()

    # Options and settings ------------------------------------------------------------------------

    def options(self) -> DiffOptions:
        actions = getattr(self, "actions_by_name", {})  # asked before the menus exist, too
        return DiffOptions(
            **{name: bool(actions[name].isChecked()) if name in actions else False for name in OPTION_NAMES}
        )

    def options_toggled(self) -> None:
        for name in OPTION_NAMES:
            self.settings.setValue(f"options/{name}", self.actions_by_name[name].isChecked())
        self.controller.set_options(self.options())

    def _restore_settings(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for name in OPTION_NAMES:
            value = self.settings.value(f"options/{name}", False)
            self.actions_by_name[name].setChecked(value in (True, "true"))
        zoom = self.settings.value("zoom", 0)
        self.view.set_zoom(int(zoom) if isinstance(zoom, (int, str)) and str(zoom).lstrip("-").isdigit() else 0)
        columns = self.settings.value("list_columns")
        if columns is not None:
            self.table.horizontalHeader().restoreState(columns)
            self.table.keep_widths()
        splitter = self.settings.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.loading.cancel_load()
        wait_for_abandoned()
        self.controller.autosave_now(wait=True)
        self.controller.release_autosave()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("zoom", self.view.zoom())
        self.settings.setValue("list_columns", self.table.header_state())
        self.settings.setValue("splitter", self.splitter.saveState())
        super().closeEvent(event)

    # Drag and drop -------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        # Onto the right pane is the right version; onto the left pane (or the list) the left one.
        middle = self.view.mapTo(self, self.view.rect().center()).x()
        side = Side.LEFT if event.position().x() < middle else Side.RIGHT
        event.acceptProposedAction()
        self.files.drop_paths(paths, side)
