"""The vocabulary of the window's commands: their names, and what a command, a menu and a separator are.

The commands themselves are one table, ``ui.window.command_table.MENUS``: the
menus (``ui.window.menus``), the F1 sheet and the README's shortcut table
(``ui.window.shortcut_sheet``) are all made from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QKeySequence

CONTEXT = "Menus"
"""The translation context of the commands' texts."""
StandardKey = QKeySequence.StandardKey
Key = str | QKeySequence.StandardKey


class Action(StrEnum):
    """The name of each command (tests press commands by name: ``window.actions_by_name[Action.ACCEPT]``)."""

    OPEN_LEFT = "open_left"
    OPEN_RIGHT = "open_right"
    SWAP = "swap"
    REOPEN_ENCODING = "reopen_encoding"
    SAVE_CLEAN = "save_clean"
    SAVE_SESSION = "save_session"
    OPEN_SESSION = "open_session"
    EXPORT_REPORT = "export_report"
    EXPORT_FOR_EDITING = "export_for_editing"
    ADD_VERSION = "add_version"
    TAKE_VERSION_1 = "take_version_1"
    TAKE_VERSION_2 = "take_version_2"
    TAKE_VERSION_3 = "take_version_3"
    TAKE_VERSION_4 = "take_version_4"
    TAKE_VERSION_5 = "take_version_5"
    TAKE_VERSION_6 = "take_version_6"
    TAKE_VERSION_7 = "take_version_7"
    TAKE_VERSION_8 = "take_version_8"
    TAKE_VERSION_9 = "take_version_9"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    ACCEPT = "accept"
    REJECT = "reject"
    EDIT = "edit"
    TAKE_PART = "take_part"
    NEXT_UNDECIDED = "next_undecided"
    TAKE_SUGGESTION = "take_suggestion"
    DECIDE_SAME_KIND = "decide_same_kind"
    TAKE_ARTICLE_SUGGESTIONS = "take_article_suggestions"
    TAKE_ALL_SUGGESTIONS = "take_all_suggestions"
    ACCEPT_ARTICLE = "accept_article"
    REJECT_ARTICLE = "reject_article"
    ACCEPT_ARTICLE_ALL = "accept_article_all"
    REJECT_ARTICLE_ALL = "reject_article_all"
    ACCEPT_PUNCTUATION = "accept_punctuation"
    ACCEPT_WHITESPACE = "accept_whitespace"
    ACCEPT_REMAINING = "accept_remaining"
    REJECT_REMAINING = "reject_remaining"
    SPLIT_ARTICLE = "split_article"
    JOIN_ARTICLE = "join_article"
    MARK_TITLE = "mark_title"
    MARK_BODY = "mark_body"
    BASE_RIGHT = "base_right"
    NEXT_CHANGE = "next_change"
    PREVIOUS_CHANGE = "previous_change"
    NEXT_FLAGGED = "next_flagged"
    PREVIOUS_FLAGGED = "previous_flagged"
    NEXT_ARTICLE = "next_article"
    PREVIOUS_ARTICLE = "previous_article"
    FIND = "find"
    FIND_NEXT = "find_next"
    FIND_PREVIOUS = "find_previous"
    FILTER = "filter"
    NEXT_CHANGE_KEY = "next_change_key"
    PREVIOUS_CHANGE_KEY = "previous_change_key"
    IGNORE_WHITESPACE = "ignore_whitespace"
    IGNORE_PUNCTUATION_WIDTH = "ignore_punctuation_width"
    JOIN_BROKEN_PARAGRAPHS = "join_broken_paragraphs"
    MARK_CLEAN_COPY = "mark_clean_copy"
    LARGER_CLEAN_COPY = "larger_clean_copy"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    LANGUAGE_ZH = "language_zh"
    LANGUAGE_EN = "language_en"
    SHORTCUTS = "shortcuts"
    DEMO = "demo"


@dataclass(frozen=True)
class Command:
    """One command: a menu entry (or a key only), what it calls on the window, and how.

    ``handler`` is a dotted path on the window (``"review.accept_change"``),
    called with ``args``, and with the new checked state too when
    ``passes_state``. ``single_key`` commands act only while the panes or the
    article list have the focus, so a letter never swallows typing elsewhere.
    """

    name: Action
    text: str
    handler: str
    keys: tuple[Key, ...] = ()
    single_key: bool = False
    checkable: bool = False
    passes_state: bool = False
    in_menu: bool = True
    translated: bool = True
    args: tuple[object, ...] = ()
    note: str = ""  # what the README adds to the text


@dataclass(frozen=True)
class Separator:
    """A line between groups of a menu."""


@dataclass(frozen=True)
class Menu:
    """A menu or submenu; ``filled_by`` names what fills it each time it opens (recent files)."""

    title: str
    items: tuple[Command | Separator | Menu, ...] = ()
    filled_by: str = ""


def commands(menus: tuple[Menu, ...]) -> list[Command]:
    """Every command of the table, in menu order."""
    found: list[Command] = []
    for menu in menus:
        for item in menu.items:
            if isinstance(item, Command):
                found.append(item)
            elif isinstance(item, Menu):
                found.extend(commands((item,)))
    return found
