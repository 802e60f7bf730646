"""Starting the window: ``python main.py [--demo | LEFT RIGHT]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from ui.i18n import install_language, preferred_language

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="duijiao", description="Duijiao (对校): proofread two versions of an issue.")
    parser.add_argument("--demo", action="store_true", help="open the built-in sample pair")
    parser.add_argument("files", nargs="*", metavar="FILE", help="the left and right versions")
    args, _unknown = parser.parse_known_args(argv)  # Qt's own options (-platform …) pass through
    if len(args.files) not in (0, 2):
        parser.error("give two files (left and right), or none")
    return args


def run(argv: list[str]) -> int:
    """Open the window; returns the application's exit status."""
    args = _arguments(argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("Duijiao")
    app.setApplicationName("Duijiao")
    settings = QSettings()
    install_language(preferred_language(settings.value("language")))

    from ui.window import MainWindow  # after the translator, so the window's texts are translated

    state = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    window = MainWindow(settings, Path(state) / "autosave")
    window.show()
    window.activateWindow()  # keys go to the panes at once, even without a window manager's help
    if args.demo:
        window.loading.open_files(SAMPLES / "plain-export.txt", SAMPLES / "markdown-export.txt")
    elif args.files:
        window.loading.open_files(*args.files)
    return app.exec()
