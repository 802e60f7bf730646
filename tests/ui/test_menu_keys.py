"""Menu letters: every item of every menu has its own, and while a menu is open a letter is the menu's."""

from __future__ import annotations

import doctest

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from ui.i18n import install_language
from ui.window import mnemonics
from ui.window.command_table import MENUS
from ui.window.commands import Command, Menu
from ui.window.mnemonics import mnemonic


def test_the_examples_run():
    assert doctest.testmod(mnemonics).failed == 0


def _menus(window) -> list[QMenu]:
    return [action.menu() for action in window.menuBar().actions()]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_item_of_every_menu_has_a_letter_of_its_own(make_window, language):
    install_language(language)
    try:
        window, _ = make_window()
        window.retranslate()
        menus = [window.menuBar()]
        while menus:
            menu = menus.pop()
            items = [a for a in menu.actions() if not a.isSeparator()]
            letters = [mnemonic(a.text()) for a in items]
            assert None not in letters, [a.text() for a in items]
            assert len(set(letters)) == len(letters), [a.text() for a in items]
            menus.extend(a.menu() for a in items if a.menu() is not None and a.menu() is not window.recent_menu)
    finally:
        install_language("en")


def _single_keys() -> set[str]:
    found: set[str] = set()
    specs = list(MENUS)
    while specs:
        for item in specs.pop().items:
            if isinstance(item, Menu):
                specs.append(item)
            elif isinstance(item, Command) and item.single_key:
                found.update(str(key).lower() for key in item.keys if isinstance(key, str) and len(key) == 1)
    return found


@pytest.mark.parametrize("focus", ["left pane", "right pane", "list"])
def test_a_letter_pressed_in_an_open_menu_never_decides_a_change(loaded, qtbot, focus):
    window, _ = loaded
    model = window.controller.model
    pane = window.view.left_pane()
    {"left pane": pane, "right pane": window.view.right_pane(), "list": window.table}[focus].setFocus()
    for menu in _menus(window):
        free = sorted(_single_keys() - {mnemonic(a.text()) for a in menu.actions()} - {None})
        for letter in free:
            menu.popup(window.mapToGlobal(window.rect().center()))
            qtbot.waitUntil(lambda m=menu: QApplication.activePopupWidget() is m, timeout=2000)
            before = (dict(model.decisions), window.view.current_index(), window.current_pair)
            qtbot.keyClick(menu, QKeySequence(letter)[0].key())
            assert (dict(model.decisions), window.view.current_index(), window.current_pair) == before, (
                menu.title(),
                letter,
            )
            menu.hide()
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_R)  # with every menu closed, the key acts again
    assert model.decisions
