"""The menus and their keyboard shortcuts; every command the window has is here, named."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QTableView, QWidget

from ui.control.review_controller import ReviewController
from ui.i18n import current_language
from ui.widgets.clean_view import CleanView
from ui.widgets.side_by_side import DiffView
from ui.window.file_actions import FileActions
from ui.window.review_actions import ReviewActions
from ui.window.structure_actions import StructureActions


class MenuHost(Protocol):
    """What the menus are built on: the window's command groups and the widgets single keys act in."""

    review: ReviewActions
    files: FileActions
    structure: StructureActions
    controller: ReviewController
    view: DiffView
    table: QTableView
    preview: CleanView

    def window(self) -> QWidget: ...
    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def focus_filter(self) -> None: ...
    def options_toggled(self) -> None: ...


def build_menus(window: MenuHost) -> tuple[dict[str, QAction], QMenu]:
    """Create the menu bar of ``window``; returns its actions by name (tests press them) and the recent-files menu."""
    return Menus(window).build()


class Menus(QObject):
    """The main window's menus; their texts translate in this class's context, where lupdate finds them."""

    def __init__(self, window: MenuHost) -> None:
        super().__init__(window.window())
        self.host = window

    def build(self) -> tuple[dict[str, QAction], QMenu]:
        window = self.host
        actions: dict[str, QAction] = {}
        bar = window.menuBar()
        bar.clear()

        def add(
            menu,
            name: str,
            text: str,
            slot: Callable[[], object] | None = None,
            keys: str | QKeySequence.StandardKey | list[str | QKeySequence.StandardKey] | None = None,
            checkable: bool = False,
            view_only: bool = False,
            in_menu: bool = True,
        ) -> QAction:
            action = QAction(text, window.window())
            if keys is not None:
                if isinstance(keys, list):
                    action.setShortcuts([QKeySequence(k) for k in keys])
                else:
                    action.setShortcut(QKeySequence(keys))
            if view_only:
                # Single-letter keys only act while the text panes or the list have focus,
                # so they never swallow typing in the filter box.
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                window.view.addAction(action)
                window.table.addAction(action)
            action.setCheckable(checkable)
            if slot is not None:
                action.triggered.connect(_no_arguments(slot))
            if in_menu:
                menu.addAction(action)
            actions[name] = action
            return action

        file_menu = bar.addMenu(self.tr("&File"))
        add(file_menu, "open_left", self.tr("Open &left…"), window.files.choose_left, QKeySequence.StandardKey.Open)
        add(file_menu, "open_right", self.tr("Open &right…"), window.files.choose_right, "Ctrl+Shift+O")
        recent_menu = file_menu.addMenu(self.tr("Recent files"))
        recent_menu.aboutToShow.connect(window.files.fill_recent_menu)
        add(file_menu, "swap", self.tr("S&wap sides"), window.files.swap_sides, "Ctrl+Shift+W")
        add(file_menu, "reopen_encoding", self.tr("Reopen with &encoding…"), window.files.reopen_with_encoding)
        file_menu.addSeparator()
        add(
            file_menu,
            "save_clean",
            self.tr("&Save clean copy…"),
            window.files.save_clean_copy,
            QKeySequence.StandardKey.Save,
        )
        add(file_menu, "save_session", self.tr("Save review session…"), window.files.save_session_as, "Ctrl+Shift+S")
        add(file_menu, "open_session", self.tr("Open review session…"), window.files.open_session)
        add(file_menu, "export_report", self.tr("Export change report…"), window.files.export_report)
        file_menu.addSeparator()
        add(file_menu, "quit", self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        controller, stack, parent = window.controller, window.controller.undo_stack, window.window()
        # Through the controller, not the stack: pressed while a batch is applied, they wait behind it.
        undo = _stack_action(parent, self.tr("&Undo"), controller.undo, stack.canUndoChanged, stack.undoTextChanged)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = _stack_action(parent, self.tr("&Redo"), controller.redo, stack.canRedoChanged, stack.redoTextChanged)
        redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        actions["undo"], actions["redo"] = undo, redo

        review = bar.addMenu(self.tr("&Review"))
        add(review, "accept", self.tr("&Accept change"), window.review.accept_change, "A", view_only=True)
        add(review, "reject", self.tr("&Reject change"), window.review.reject_change, "R", view_only=True)
        add(review, "edit", self.tr("&Edit change…"), window.review.edit_change, "E", view_only=True)
        add(
            review,
            "take_part",
            self.tr("Take &part of change…"),
            window.review.take_part_of_change,
            "P",
            view_only=True,
        )
        add(
            review,
            "next_undecided",
            self.tr("&Next undecided"),
            window.review.go_to_next_undecided,
            "N",
            view_only=True,
        )
        review.addSeparator()
        add(
            review,
            "take_suggestion",
            self.tr("Take the suggested side"),
            window.review.take_suggestion,
            "G",
            view_only=True,
        )
        add(
            review,
            "take_article_suggestions",
            self.tr("Take the confident suggestions of this article"),
            window.review.take_article_suggestions,
            "Shift+G",
            view_only=True,
        )
        add(
            review,
            "take_all_suggestions",
            self.tr("Take every confident suggestion of the issue"),
            window.review.take_all_suggestions,
            "Ctrl+Alt+G",
        )
        review.addSeparator()
        add(
            review,
            "accept_article",
            self.tr("Accept the rest of this article"),
            window.review.accept_article,
            "Shift+A",
            view_only=True,
        )
        add(
            review,
            "reject_article",
            self.tr("Reject the rest of this article"),
            window.review.reject_article,
            "Shift+R",
            view_only=True,
        )
        add(
            review,
            "accept_article_all",
            self.tr("Accept every change of this article, replacing decisions"),
            window.review.accept_article_overriding,
        )
        add(
            review,
            "reject_article_all",
            self.tr("Reject every change of this article, replacing decisions"),
            window.review.reject_article_overriding,
        )
        add(
            review,
            "accept_punctuation",
            self.tr("Accept all punctuation changes"),
            window.review.accept_punctuation_class,
            "Ctrl+Alt+P",
        )
        add(
            review,
            "accept_whitespace",
            self.tr("Accept all whitespace and line-break changes"),
            window.review.accept_whitespace_class,
            "Ctrl+Alt+W",
        )
        add(review, "accept_remaining", self.tr("Accept all remaining"), window.review.accept_remaining, "Ctrl+Alt+A")
        add(review, "reject_remaining", self.tr("Reject all remaining"), window.review.reject_remaining, "Ctrl+Alt+R")
        review.addSeparator()
        structure = review.addMenu(self.tr("Article structure"))
        corrections = window.structure
        add(
            structure,
            "split_article",
            self.tr("Split article here"),
            corrections.split_article_here,
            "Ctrl+Shift+Return",
        )
        add(
            structure,
            "join_article",
            self.tr("Join with next article"),
            corrections.join_with_next_article,
            "Ctrl+Shift+J",
        )
        add(structure, "mark_title", self.tr("Mark line as title"), corrections.mark_line_as_title, "Ctrl+Shift+T")
        add(structure, "mark_body", self.tr("Mark line as body"), corrections.mark_line_as_body, "Ctrl+Shift+B")
        review.addSeparator()
        add(
            review,
            "base_right",
            self.tr("Correct the right version (base: right)"),
            window.review.toggle_base,
            checkable=True,
        )

        navigate = bar.addMenu(self.tr("&Navigate"))
        add(navigate, "next_change", self.tr("Next change"), window.review.next_change, "F8")
        add(navigate, "previous_change", self.tr("Previous change"), window.review.previous_change, "Shift+F8")
        add(navigate, "next_flagged", self.tr("Next flagged change"), window.review.next_flagged, "F", view_only=True)
        add(
            navigate,
            "previous_flagged",
            self.tr("Previous flagged change"),
            window.review.previous_flagged,
            "Shift+F",
            view_only=True,
        )
        add(navigate, "next_article", self.tr("Next article"), window.review.next_article, "Ctrl+Down")
        add(navigate, "previous_article", self.tr("Previous article"), window.review.previous_article, "Ctrl+Up")
        navigate.addSeparator()
        add(navigate, "find", self.tr("Find…"), window.review.find, QKeySequence.StandardKey.Find)
        add(navigate, "find_next", self.tr("Find next"), window.review.find_next, QKeySequence.StandardKey.FindNext)
        add(
            navigate,
            "find_previous",
            self.tr("Find previous"),
            window.review.find_previous,
            QKeySequence.StandardKey.FindPrevious,
        )
        add(navigate, "filter", self.tr("Filter the article list"), window.focus_filter, "Ctrl+L")
        # J and K too, vi-style, but (being letters) only in the panes and the list.
        add(
            navigate,
            "next_change_key",
            self.tr("Next change"),
            window.review.next_change,
            "J",
            view_only=True,
            in_menu=False,
        )
        add(
            navigate,
            "previous_change_key",
            self.tr("Previous change"),
            window.review.previous_change,
            "K",
            view_only=True,
            in_menu=False,
        )

        view = bar.addMenu(self.tr("&View"))
        add(
            view,
            "ignore_whitespace",
            self.tr("Ignore whitespace and line breaks"),
            window.options_toggled,
            checkable=True,
        )
        add(
            view,
            "ignore_punctuation_width",
            self.tr("Ignore punctuation width (，vs ,)"),
            window.options_toggled,
            checkable=True,
        )
        add(view, "join_broken_paragraphs", self.tr("Join broken paragraphs"), window.options_toggled, checkable=True)
        view.addSeparator()
        marks = add(
            view,
            "mark_clean_copy",
            self.tr("Mark decisions in the clean copy"),
            lambda: window.preview.set_marked(marks.isChecked()),
            "Ctrl+M",
            checkable=True,
        )
        marks.setChecked(window.preview.marked)
        view.addSeparator()
        add(view, "zoom_in", self.tr("Zoom in"), window.view.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        add(view, "zoom_out", self.tr("Zoom out"), window.view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        add(view, "zoom_reset", self.tr("Reset zoom"), lambda: window.view.set_zoom(0), "Ctrl+0")
        language = view.addMenu(self.tr("Language"))
        chosen = current_language()
        for name, label, code in (("language_zh", "中文", "zh_CN"), ("language_en", "English", "en")):
            action = add(language, name, label, partial(window.files.set_language, code), checkable=True)
            action.setChecked(code == chosen)  # the menu marks the language shown

        help_menu = bar.addMenu(self.tr("&Help"))
        add(help_menu, "shortcuts", self.tr("Keyboard shortcuts"), window.files.show_shortcuts, "F1")
        add(help_menu, "demo", self.tr("Open the sample issue"), window.files.open_demo)
        return actions, recent_menu


def _stack_action(
    parent: QObject, prefix: str, slot: Callable[[], None], can: SignalInstance, text: SignalInstance
) -> QAction:
    """An Undo or Redo action as ``QUndoStack`` makes them (named for the command, enabled when
    there is one) that calls ``slot``."""
    action = QAction(prefix, parent)
    action.setEnabled(False)
    action.triggered.connect(_no_arguments(slot))
    can.connect(action.setEnabled)
    text.connect(lambda command: action.setText(f"{prefix} {command}" if command else prefix))
    return action


def _no_arguments(slot: Callable[[], object]) -> Callable[[], None]:
    # triggered(bool) passes "checked"; the window's commands take no arguments.
    def call() -> None:
        slot()

    return call
