"""Starting the window (``ui.launch`` reads the arguments and checks the display first)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from core.resources import resource
from ui.i18n import install_language, preferred_language

SAMPLES = resource("samples")


def run(demo: bool = False, files: Sequence[str] = (), qt_options: Sequence[str] = ()) -> int:
    """Open the window (on the sample pair, or on ``files``); returns the application's exit status."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_options])
    app.setOrganizationName("Duijiao")
    app.setApplicationName("Duijiao")
    app.setWindowIcon(QIcon(str(resource("duijiao.png"))))
    app.setDesktopFileName("duijiao")  # Wayland and the desktop match the window to duijiao.desktop
    settings = QSettings()
    install_language(preferred_language(settings.value("language")))

    from ui.window.main_window import MainWindow  # after the translator, so the window's texts are translated

    state = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    window = MainWindow(settings, Path(state) / "autosave")
    window.show()
    window.activateWindow()  # keys go to the panes at once, even without a window manager's help
    if os.environ.get("DUIJIAO_SMOKE_TEST"):
        # For packaging checks: quit once the files are compared, saying what was shown.
        window.comparison_loaded.connect(
            lambda: (print(f"duijiao: window shows {window.table_model.rowCount()} articles", flush=True), app.quit())
        )
        window.load_failed.connect(lambda message: app.exit(2))
    if demo:
        window.loading.open_files(SAMPLES / "plain-export.txt", SAMPLES / "markdown-export.txt")
    elif files:
        window.loading.open_files(files[0], files[1], more=[str(f) for f in files[2:]])
    return app.exec()
