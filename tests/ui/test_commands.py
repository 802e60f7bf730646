"""The command table is the one source of the menus, their keys, the F1 sheet and the README's table."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ui.window.command_table import MENUS
from ui.window.commands import Action, commands
from ui.window.shortcut_sheet import README, key_text, readme_block, readme_table, shortcut_sheet


def test_every_command_is_in_the_table_once():
    names = [command.name for command in commands(MENUS)]
    assert len(names) == len(set(names))
    assert set(names) == set(Action)


def test_the_readme_shows_the_table_as_the_code_has_it():
    block = readme_block(README.read_text(encoding="utf-8"))
    assert block is not None, "README.md lost its shortcut markers"
    assert block == readme_table(), "run: python -m ui.window.shortcut_sheet --write-readme"


def test_the_readme_table_gives_every_key_of_every_command():
    rows = {line.split(" | ")[0].lstrip("| ") for line in readme_table().splitlines()[2:]}
    keys_in_rows = {key for row in rows for key in row.split(", ")}
    assert keys_in_rows == {key_text(key) for command in commands(MENUS) for key in command.keys}


def test_the_menus_have_one_action_per_command_with_the_table_s_keys(make_window):
    window, _ = make_window()
    actions = window.actions_by_name
    assert set(actions) == set(Action)
    for command in commands(MENUS):
        expected = [QKeySequence(key) for key in command.keys]
        assert actions[command.name].shortcuts() == expected, command.name
        assert actions[command.name].isCheckable() == command.checkable, command.name


def test_the_f1_sheet_lists_every_command_that_has_a_key(make_window):
    window, _ = make_window()
    sheet = shortcut_sheet(window.actions_by_name)
    for command in commands(MENUS):
        if command.keys:
            first = QKeySequence(command.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            assert first in sheet, command.name


def test_pressing_a_command_calls_its_handler(loaded, qtbot):
    window, _ = loaded
    window.actions_by_name[Action.NEXT_CHANGE].trigger()
    first = window.view.current_index()
    window.actions_by_name[Action.NEXT_CHANGE].trigger()
    assert window.view.current_index() == first + 1
    window.actions_by_name[Action.MARK_CLEAN_COPY].trigger()  # a checkable command gets its new state
    assert window.preview.marked is False
    window.actions_by_name[Action.MARK_CLEAN_COPY].trigger()
    assert window.preview.marked is True
