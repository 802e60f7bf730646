"""The shortcut sheets: the F1 dialog's, from the window's actions, and the README's table, from the command table.

After a change to ``ui.window.command_table``, refresh the README with::

    python -m ui.window.shortcut_sheet --write-readme
"""

from __future__ import annotations

import re
import sys
from html import escape
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence

from ui.window.command_table import MENUS
from ui.window.commands import Key, StandardKey, commands


def shortcut_sheet(actions: dict[str, QAction]) -> str:
    """Every named action that has a key, as an HTML table of key and what it does, in the menus' language.

    Mnemonics are left out ("撤销(&U)" reads 撤销, "&Undo" Undo); each action
    appears once, with all its keys. In two columns, so that it fits a screen
    768 pixels tall.
    """
    cells = []
    seen: set[tuple[str, str]] = set()
    for action in actions.values():
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        name = _MNEMONIC.sub("", action.text()).replace("&", "")
        if keys and (keys, name) not in seen:
            seen.add((keys, name))
            cells.append(
                f"<td style='padding-right:12px' nowrap><b>{escape(keys)}</b></td><td nowrap>{escape(name)}</td>"
            )
    half = (len(cells) + 1) // 2
    gap = "<td style='padding-right:28px'></td>"
    rows = [cells[i] + gap + (cells[half + i] if half + i < len(cells) else "") for i in range(half)]
    return "<table>" + "".join(f"<tr>{row}</tr>" for row in rows) + "</table>"


_MNEMONIC = re.compile(r"\(&\w\)")


# Standard keys as Windows and Linux bind them, for the README (the menus ask Qt, which knows the platform).
_STANDARD_TEXT = {
    StandardKey.Open: "Ctrl+O",
    StandardKey.Save: "Ctrl+S",
    StandardKey.Quit: "Ctrl+Q",
    StandardKey.Undo: "Ctrl+Z",
    StandardKey.Redo: "Ctrl+Shift+Z",
    StandardKey.Find: "Ctrl+F",
    StandardKey.FindNext: "F3",
    StandardKey.FindPrevious: "Shift+F3",
    StandardKey.ZoomIn: "Ctrl+plus",
    StandardKey.ZoomOut: "Ctrl+minus",
}
_MNEMONIC_MARK = re.compile(r"&(?=\w)")


def key_text(key: Key) -> str:
    """A key as the README writes it."""
    return key if isinstance(key, str) else _STANDARD_TEXT[key]


def readme_table() -> str:
    """The README's table of shortcuts: one row per command text that has keys, in menu order."""
    rows: dict[str, list[str]] = {}
    notes: dict[str, str] = {}
    for command in commands(MENUS):
        if not command.keys:
            continue
        text = _MNEMONIC_MARK.sub("", command.text).rstrip("…")
        rows.setdefault(text, []).extend(key_text(k) for k in command.keys)
        notes[text] = notes.get(text) or command.note
    lines = ["| Key | What it does |", "|---|---|"]
    for text, keys in rows.items():
        described = f"{text} ({notes[text]})" if notes[text] else text
        lines.append(f"| {', '.join(dict.fromkeys(keys))} | {described} |")
    return "\n".join(lines) + "\n"


README = Path(__file__).resolve().parents[2] / "README.md"
_README_BLOCK = re.compile(r"(<!-- shortcuts:[^\n]*-->\n)(.*?)(<!-- end of shortcuts -->)", re.S)


def readme_block(text: str) -> str | None:
    """The generated table as it stands in README text ``text`` (None: the markers are missing)."""
    found = _README_BLOCK.search(text)
    return None if found is None else found.group(2)


def with_table(text: str) -> str:
    """README text ``text`` with its generated table made anew."""
    return _README_BLOCK.sub(lambda m: m.group(1) + readme_table() + m.group(3), text)


if __name__ == "__main__":  # python -m ui.window.shortcut_sheet --write-readme
    if sys.argv[1:] == ["--write-readme"]:
        README.write_text(with_table(README.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        sys.stdout.write(readme_table())
