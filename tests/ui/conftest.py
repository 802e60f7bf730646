"""A real main window per test, with its settings, autosaves and dialogs kept out of the user's way."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from ui.window.main_window import MainWindow

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
    made: list[MainWindow] = []

    def make(autosave: Path | None = None) -> tuple[MainWindow, Dialogs]:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, autosave or tmp_path / "autosave")
        dialogs = Dialogs()
        window.inform, window.ask = dialogs.inform, dialogs.ask
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window, dialogs

    yield make
    # Tear windows down while Qt is alive: left to the interpreter's final
    # clean-up, PySide objects can be freed after the application and crash it.
    for window in made:
        window.loading.cancel_load()
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()


@pytest.fixture
def loaded(make_window, inputs, qtbot):
    window, dialogs = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.files.drop_paths([str(inputs[0]), str(inputs[1])])
    return window, dialogs
