"""What every group of the main window's commands is given: the desk it acts on, and the controller.

A command group (review, files, structure, loading) never sees the whole
window: it reads the widgets and calls the few window services named in
``Desk``, and changes the review only through the controller. So the window
imports its command groups and none of them imports the window.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QProgressBar, QPushButton, QStatusBar, QWidget

from core.diffing.diff import DiffOptions
from core.model import Pair
from core.storage.session import Session
from ui.control.review_controller import ReviewController
from ui.widgets.article_list import ArticleList
from ui.widgets.find_bar import FindBar
from ui.widgets.pair_table import PairFilter, PairTableModel
from ui.widgets.side_by_side import DiffView


class Opener(Protocol):
    """Opens two files in the window (``ui.window.loading.Loading``)."""

    def open_files(
        self,
        left: str | os.PathLike[str],
        right: str | os.PathLike[str],
        encodings: dict[str, str | None] | None = None,
        session: Session | None = None,
        more: list[str] | None = None,
    ) -> None: ...


class RecentFiles(Protocol):
    """Keeps the list of recently opened pairs (``ui.window.file_actions.FileActions``)."""

    def remember_recent(self, left: str, right: str) -> None: ...


class Desk(Protocol):
    """The main window as its command groups see it."""

    @property
    def loading(self) -> Opener: ...
    @property
    def files(self) -> RecentFiles: ...

    settings: QSettings
    current_pair: Pair | None
    view: DiffView
    table: ArticleList
    table_model: PairTableModel
    proxy: PairFilter
    find_bar: FindBar
    progress: QProgressBar
    cancel_button: QPushButton
    encoding_button: QPushButton
    recent_menu: QMenu
    actions_by_name: dict[str, QAction]
    inform: Callable[[str, str], None]
    ask: Callable[[str, str], bool]

    @property
    def comparison_loaded(self) -> SignalInstance: ...
    @property
    def load_failed(self) -> SignalInstance: ...

    def window(self) -> QWidget: ...  # the window itself: what dialogs open over
    def statusBar(self) -> QStatusBar: ...
    def select_pair(self, pair: Pair, change: int = 0) -> None: ...
    def show_error(self, title: str, message: str) -> None: ...
    def show_empty(self) -> None: ...
    def text_setting(self, key: str, default: str = "") -> str: ...
    def update_status(self) -> None: ...
    def refresh_rows(self, pairs: list[Pair] | None) -> None: ...
    def options(self) -> DiffOptions: ...
    def retranslate(self) -> None: ...


class WindowPart(QObject):
    """One group of the window's commands (review, files, structure, loading).

    Its texts translate in its own class's context, where ``pyside6-lupdate``
    finds them.
    """

    def __init__(self, desk: Desk, controller: ReviewController) -> None:
        super().__init__(controller)
        self.desk = desk
        self.controller = controller
