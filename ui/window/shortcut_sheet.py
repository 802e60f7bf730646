"""The F1 sheet: every named action that has a key, and what it does, in the menus' language."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtGui import QAction, QKeySequence


def shortcut_sheet(actions: dict[str, QAction]) -> str:
    """Every named action that has a key, as an HTML table of key and what it does, in the menus' language.

    Mnemonics are left out ("撤销(&U)" reads 撤销, "&Undo" Undo); each action
    appears once, with all its keys.
    """
    rows = []
    seen: set[tuple[str, str]] = set()
    for action in actions.values():
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        name = _MNEMONIC.sub("", action.text()).replace("&", "")
        if keys and (keys, name) not in seen:
            seen.add((keys, name))
            rows.append(f"<tr><td style='padding-right:16px'><b>{escape(keys)}</b></td><td>{escape(name)}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


_MNEMONIC = re.compile(r"\(&\w\)")
