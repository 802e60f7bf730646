"""A real main window per test, with its settings, autosaves and dialogs kept out of the user's way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.window import MainWindow

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


class Dialogs:
    """Stands in for message boxes: records what was shown and answers questions."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.asked: list[tuple[str, str]] = []
        self.answer = True

    def inform(self, title: str, text: str) -> None:
        self.shown.append((title, text))

    def ask(self, title: str, text: str) -> bool:
        self.asked.append((title, text))
        return self.answer


@pytest.fixture
def inputs(tmp_path):
    left, right = tmp_path / "plain-export.txt", tmp_path / "markdown-export.txt"
    shutil.copy(FIXTURES / "plain-export.txt", left)
    shutil.copy(FIXTURES / "markdown-export.txt", right)
    return left, right


@pytest.fixture
def make_window(qtbot, tmp_path):
    def make(autosave: Path | None = None) -> tuple[MainWindow, Dialogs]:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, autosave or tmp_path / "autosave")
        dialogs = Dialogs()
        window.inform, window.ask = dialogs.inform, dialogs.ask
        qtbot.addWidget(window)
        window.show()
        return window, dialogs

    return make


@pytest.fixture
def loaded(make_window, inputs, qtbot):
    window, dialogs = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.drop_paths([str(inputs[0]), str(inputs[1])])
    return window, dialogs
