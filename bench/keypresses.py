"""How many keys a full review of the sample pair takes, pressed on the real window.

    QT_QPA_PLATFORM=offscreen python bench/keypresses.py

The proofreader's way through the sample: take every punctuation change and
every whitespace change in one key each (Ctrl+Alt+P, Ctrl+Alt+W), go to the
first change still open (N), then decide each remaining change with one key
(A here; R or E cost the same) until none is left, and save (Ctrl+S, then
Enter on the proposed name). Every key goes to the window as a key event and
is counted; at the end the saved copy is checked against the decisions.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.output.render import clean_copy  # noqa: E402
from ui.window.main_window import MainWindow  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def main() -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="duijiao-keys-") as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, Path(tmp) / "autosave")
        window.inform = lambda title, text: None
        window.ask = lambda title, text: True
        window.show()
        loaded = []
        window.comparison_loaded.connect(lambda: loaded.append(True))
        window.loading.open_files(SAMPLES / "plain-export.txt", SAMPLES / "markdown-export.txt")
        while not loaded:
            app.processEvents()
            time.sleep(0.005)
        pane = window.view.left_pane()
        model = window.controller.model
        presses = 0

        def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
            nonlocal presses
            pane.setFocus()
            QTest.keyClick(pane, key, modifiers)
            presses += 1
            while window.controller.busy:
                app.processEvents()

        press(Qt.Key.Key_P, CTRL_ALT)
        press(Qt.Key.Key_W, CTRL_ALT)
        press(Qt.Key.Key_N)
        while model.progress()[0] < model.progress()[1]:
            press(Qt.Key.Key_A)
        presses += 2  # Ctrl+S and Enter in the save dialog, which proposes the name
        out = Path(tmp) / "clean.txt"
        saved = window.files.save_clean_copy_to(out)
        decided, total = model.progress()
        same = saved and out.read_bytes() == clean_copy(model).encode("utf-8")
        print(
            f"{presses} keypresses decide all {total} changes of the sample ({decided} decided); "
            f"saved copy {'matches' if same else 'DOES NOT match'} the decisions"
        )
        window.controller.flush_autosave()
        window.close()
        return 0 if same and decided == total else 1


if __name__ == "__main__":
    sys.exit(main())
