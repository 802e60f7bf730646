"""The menu bar, built from the command table (``ui.window.commands``): one QAction per command."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from ui.control.review_controller import ReviewController
from ui.i18n import current_language
from ui.widgets.article_list import ArticleList
from ui.widgets.clean_view import CleanView
from ui.widgets.side_by_side import DiffView
from ui.window.command_table import MENUS
from ui.window.commands import CONTEXT, Action, Command, Menu, Separator
from ui.window.file_actions import FileActions
from ui.window.mnemonics import with_mnemonics
from ui.window.review_actions import ReviewActions
from ui.window.structure_actions import StructureActions


class MenuHost(Protocol):
    """What the menus are built on: the window's command groups and the widgets single keys act in."""

    review: ReviewActions
    files: FileActions
    structure: StructureActions
    controller: ReviewController
    view: DiffView
    table: ArticleList
    preview: CleanView

    def window(self) -> QWidget: ...
    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def focus_filter(self) -> None: ...
    def options_toggled(self) -> None: ...
    def show_larger_clean_copy(self, larger: bool) -> None: ...


def build_menus(window: MenuHost) -> tuple[dict[str, QAction], QMenu]:
    """Create the menu bar of ``window``; returns its actions by name (tests press them) and the recent-files menu."""
    bar = window.menuBar()
    bar.clear()
    actions: dict[str, QAction] = {}
    recent: list[QMenu] = []
    for menu in MENUS:
        _fill(bar.addMenu(_translated(menu.title)), menu, window, actions, recent)
    for each in bar.findChildren(QMenu):
        each.installEventFilter(_LETTERS_TO_MENUS)
    _give_letters(bar.actions(), [menu.title for menu in MENUS])
    return actions, recent[0]


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _fill(menu: QMenu, spec: Menu, window: MenuHost, actions: dict[str, QAction], recent: list[QMenu]) -> None:
    shown: list[tuple[QAction, str]] = []  # each item of this menu, with its English text
    for item in spec.items:
        if isinstance(item, Separator):
            menu.addSeparator()
        elif isinstance(item, Menu):
            submenu = menu.addMenu(_translated(item.title))
            shown.append((submenu.menuAction(), item.title))
            if item.filled_by:
                submenu.aboutToShow.connect(attrgetter(item.filled_by)(window))
                recent.append(submenu)
            _fill(submenu, item, window, actions, recent)
        else:
            action = _action(item, window)
            if item.in_menu:
                menu.addAction(action)
                shown.append((action, item.text))
            actions[item.name] = action
    _give_letters([action for action, _ in shown], [source for _, source in shown])


class _LettersToMenus(QObject):
    """While a menu is open, a plain letter is the menu's: it never reaches the review's single-letter keys.

    (Qt matches a shortcut bound to a widget and its children by the focus
    widget, which an open menu leaves in the text pane: without this, Alt+F
    then R rejected a change behind the open File menu.)
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            if modifiers == Qt.KeyboardModifier.NoModifier:
                event.accept()  # the menu takes the key as a key press: no shortcut is looked for
        return False


_LETTERS_TO_MENUS = _LettersToMenus()


def _give_letters(items: list[QAction], sources: list[str]) -> None:
    """A menu letter of its own for each of one menu's ``items`` (see ``ui.window.mnemonics``)."""
    for action, text in zip(items, with_mnemonics([a.text() for a in items], sources), strict=True):
        if text != action.text():
            action.setText(text)


def _action(command: Command, window: MenuHost) -> QAction:
    text = _translated(command.text) if command.translated else command.text
    parent = window.window()
    handler = attrgetter(command.handler)(window)
    if command.name in (Action.UNDO, Action.REDO):
        # Through the controller, not the stack: pressed while a batch is applied, they wait behind it.
        stack = window.controller.undo_stack
        can, named = (
            (stack.canUndoChanged, stack.undoTextChanged)
            if command.name is Action.UNDO
            else (stack.canRedoChanged, stack.redoTextChanged)
        )
        action = _stack_action(parent, text, handler, can, named)
    else:
        action = QAction(text, parent)
        action.setCheckable(command.checkable)
        action.triggered.connect(_calling(handler, command.args, command.passes_state))
    action.setShortcuts([QKeySequence(key) for key in command.keys])
    if command.single_key:
        # Single-letter keys only act while the text panes or the list have focus,
        # so they never swallow typing in the filter box.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(action)
        window.table.addAction(action)
    if command.name is Action.MARK_CLEAN_COPY:
        action.setChecked(window.preview.marked)
    if command.name in (Action.LANGUAGE_ZH, Action.LANGUAGE_EN):
        action.setChecked(command.args == (current_language(),))  # the menu marks the language shown
    return action


def _stack_action(
    parent: QObject, prefix: str, slot: Callable[[], None], can: SignalInstance, text: SignalInstance
) -> QAction:
    """An Undo or Redo action as ``QUndoStack`` makes them (named for the command, enabled when
    there is one) that calls ``slot``."""
    action = QAction(prefix, parent)
    action.setEnabled(False)
    action.triggered.connect(_calling(slot, (), False))
    can.connect(action.setEnabled)
    text.connect(lambda command: action.setText(f"{prefix} {command}" if command else prefix))
    return action


def _calling(slot: Callable[..., object], args: tuple[object, ...], passes_state: bool) -> Callable[[bool], None]:
    # triggered(bool) passes "checked": only a command that wants its new state gets it.
    def call(checked: bool = False) -> None:
        slot(*args, checked) if passes_state else slot(*args)

    return call
