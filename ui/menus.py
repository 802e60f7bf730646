"""The menus and their keyboard shortcuts; every command the window has is here, named."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from ui.i18n import current_language

if TYPE_CHECKING:
    from ui.window import MainWindow


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar of ``window``; returns its actions by name (tests press them)."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()
    bar.clear()
    tr = window.tr

    def add(menu, name: str, text: str, slot: Callable[[], object] | None = None,
            keys: str | QKeySequence.StandardKey | list[str] | None = None, checkable: bool = False,
            view_only: bool = False, in_menu: bool = True) -> QAction:
        action = QAction(text, window)
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

    file_menu = bar.addMenu(tr("&File"))
    add(file_menu, "open_left", tr("Open &left…"), window.choose_left, QKeySequence.StandardKey.Open)
    add(file_menu, "open_right", tr("Open &right…"), window.choose_right, "Ctrl+Shift+O")
    window.recent_menu = file_menu.addMenu(tr("Recent files"))
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    add(file_menu, "swap", tr("S&wap sides"), window.swap_sides, "Ctrl+Shift+W")
    add(file_menu, "reopen_encoding", tr("Reopen with &encoding…"), window.reopen_with_encoding)
    file_menu.addSeparator()
    add(file_menu, "save_clean", tr("&Save clean copy…"), window.save_clean_copy, QKeySequence.StandardKey.Save)
    add(file_menu, "save_session", tr("Save review session…"), window.save_session_as, "Ctrl+Shift+S")
    add(file_menu, "open_session", tr("Open review session…"), window.open_session)
    add(file_menu, "export_report", tr("Export change report…"), window.export_report)
    file_menu.addSeparator()
    add(file_menu, "quit", tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

    edit_menu = bar.addMenu(tr("&Edit"))
    undo = window.controller.undo_stack.createUndoAction(window, tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.controller.undo_stack.createRedoAction(window, tr("&Redo"))
    redo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    actions["undo"], actions["redo"] = undo, redo

    review = bar.addMenu(tr("&Review"))
    add(review, "accept", tr("&Accept change"), window.accept_change, "A", view_only=True)
    add(review, "reject", tr("&Reject change"), window.reject_change, "R", view_only=True)
    add(review, "edit", tr("&Edit change…"), window.edit_change, "E", view_only=True)
    add(review, "take_part", tr("Take &part of change…"), window.take_part_of_change, "P", view_only=True)
    add(review, "next_undecided", tr("&Next undecided"), window.go_to_next_undecided, "N", view_only=True)
    review.addSeparator()
    add(review, "accept_article", tr("Accept the rest of this article"), window.accept_article, "Shift+A",
        view_only=True)
    add(review, "reject_article", tr("Reject the rest of this article"), window.reject_article, "Shift+R",
        view_only=True)
    add(review, "accept_article_all", tr("Accept every change of this article, replacing decisions"),
        window.accept_article_overriding)
    add(review, "reject_article_all", tr("Reject every change of this article, replacing decisions"),
        window.reject_article_overriding)
    add(review, "accept_punctuation", tr("Accept all punctuation changes"), window.accept_punctuation_class)
    add(review, "accept_whitespace", tr("Accept all whitespace and line-break changes"),
        window.accept_whitespace_class)
    add(review, "accept_remaining", tr("Accept all remaining"), window.accept_remaining)
    add(review, "reject_remaining", tr("Reject all remaining"), window.reject_remaining)
    review.addSeparator()
    structure = review.addMenu(tr("Article structure"))
    add(structure, "split_article", tr("Split article here"), window.split_article_here, "Ctrl+Shift+Return")
    add(structure, "join_article", tr("Join with next article"), window.join_with_next_article, "Ctrl+Shift+J")
    add(structure, "mark_title", tr("Mark line as title"), window.mark_line_as_title, "Ctrl+Shift+T")
    add(structure, "mark_body", tr("Mark line as body"), window.mark_line_as_body, "Ctrl+Shift+B")
    review.addSeparator()
    add(review, "base_right", tr("Correct the right version (base: right)"), window.toggle_base, checkable=True)

    navigate = bar.addMenu(tr("&Navigate"))
    add(navigate, "next_change", tr("Next change"), window.next_change, "F8")
    add(navigate, "previous_change", tr("Previous change"), window.previous_change, "Shift+F8")
    add(navigate, "next_article", tr("Next article"), window.next_article, "Ctrl+Down")
    add(navigate, "previous_article", tr("Previous article"), window.previous_article, "Ctrl+Up")
    # J and K too, vi-style, but (being letters) only in the panes and the list.
    add(navigate, "next_change_key", tr("Next change"), window.next_change, "J", view_only=True, in_menu=False)
    add(navigate, "previous_change_key", tr("Previous change"), window.previous_change, "K",
        view_only=True, in_menu=False)

    view = bar.addMenu(tr("&View"))
    add(view, "ignore_whitespace", tr("Ignore whitespace and line breaks"), window.options_toggled,
        checkable=True)
    add(view, "ignore_punctuation_width", tr("Ignore punctuation width (，vs ,)"), window.options_toggled,
        checkable=True)
    add(view, "join_broken_paragraphs", tr("Join broken paragraphs"), window.options_toggled, checkable=True)
    view.addSeparator()
    add(view, "zoom_in", tr("Zoom in"), window.view.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
    add(view, "zoom_out", tr("Zoom out"), window.view.zoom_out, QKeySequence.StandardKey.ZoomOut)
    add(view, "zoom_reset", tr("Reset zoom"), lambda: window.view.set_zoom(0), "Ctrl+0")
    language = view.addMenu(tr("Language"))
    chosen = current_language()
    for name, label, code in (("language_zh", "中文", "zh_CN"), ("language_en", "English", "en")):
        action = add(language, name, label, lambda code=code: window.set_language(code), checkable=True)
        action.setChecked(code == chosen)  # the menu marks the language shown

    help_menu = bar.addMenu(tr("&Help"))
    add(help_menu, "shortcuts", tr("Keyboard shortcuts"), window.show_shortcuts, "F1")
    add(help_menu, "demo", tr("Open the sample issue"), window.open_demo)
    return actions


def _no_arguments(slot: Callable[[], object]) -> Callable[[], None]:
    # triggered(bool) passes "checked"; the window's commands take no arguments.
    def call() -> None:
        slot()

    return call


def shortcut_sheet(actions: dict[str, QAction]) -> str:
    """Every named action that has a key, as lines of "key — what it does"."""
    lines = []
    for action in actions.values():
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        if keys:
            lines.append(f"{keys}\t{action.text().replace('&', '')}")
    return "\n".join(lines)
