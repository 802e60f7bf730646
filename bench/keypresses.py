"""How many keys a full review of the sample pair takes, as a proofreader makes it, on the real window.

    QT_QPA_PLATFORM=offscreen python bench/keypresses.py

The proofreader corrects the plain export (the base) against the typeset one:

* the typeset export's punctuation is right: Ctrl+Alt+P takes every punctuation change;
* N goes to the first change still open; then each change is read and decided with
  one key, and the window moves on to the next open one:
  a text change by ``tests/fixtures/sample-judgements.json`` (judged by hand; A takes
  the typeset text, R keeps the base's), a text change not judged (an editorial
  rewording either export could carry) R; a layout space inside a title A, any other
  whitespace change R (the plain export's line breaks stay); the heading only the
  typeset export has A;
* where the text kept ends in a half-width mark the other version prints full-width
  (the splice the judgements reject ends so), E opens the edit dialog, Backspace
  and the full-width mark fix it, Ctrl+Enter confirms;
* Ctrl+S and Enter save the clean copy where the dialog proposes; Ctrl+Shift+S and
  Enter save the review session.

Every key goes to the window or to the dialog on screen as a key event, and is
counted. The saved copy is then compared byte for byte with
``tests/fixtures/sample-clean-expected.txt``, written for this review without the
code under test (see ``tests/fixtures/SAMPLE-REVIEW.md``), and the saved session is
read back and merged by the command line into the same bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from core.model import HunkClass, Side  # noqa: E402
from core.review.decisions import ARTICLE  # noqa: E402
from core.text.normalize import fold_width  # noqa: E402
from ui.window.main_window import MainWindow  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
EXPECTED = FIXTURES / "sample-clean-expected.txt"
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = CTRL | Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


class Proofreader:
    """Presses keys on the window as the module says, counting each one."""

    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app, self.window, self.keys = app, window, 0
        judged = json.loads((FIXTURES / "sample-judgements.json").read_text(encoding="utf-8"))["changes"]
        self.judged = {each["id"]: Side(each["correct"]) for each in judged}

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO, to: QWidget | None = None) -> None:
        if to is None and QApplication.focusWidget() is None:
            # A dialog closed: a window manager gives the window its focus back; offscreen, nothing does.
            self.window.activateWindow()
            QTest.qWaitForWindowActive(self.window, 1000)
            self.window.view.left_pane().setFocus()
        QTest.keyClick(to or QApplication.focusWidget() or self.window.view.left_pane(), key, modifiers)
        self.keys += 1
        self.settle()

    def type(self, text: str, to: QWidget) -> None:
        """Characters typed, one key each (a Chinese input method gives a full-width mark for one key)."""
        for character in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(to, QKeyEvent(kind, 0, NO, character))
            self.keys += 1

    def settle(self) -> None:
        self.app.processEvents()
        while self.window.controller.busy:
            self.app.processEvents()
            time.sleep(0.001)

    def in_dialog(self, keys: Callable[[QWidget], None]) -> None:
        """Have ``keys`` pressed in the next modal dialog, once it is on screen."""

        def when_shown() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, when_shown)
                return
            keys(dialog)

        QTimer.singleShot(10, when_shown)

    def review(self) -> None:
        window = self.window
        window.view.left_pane().setFocus()
        self.press(Qt.Key.Key_P, CTRL_ALT)
        self.press(Qt.Key.Key_N)
        model = window.controller.model
        assert model is not None
        while model.progress()[0] < model.progress()[1]:
            change = window.review.current_change()
            assert change is not None and not model.decision(*change).decided, "N and A/R land on open changes"
            before = model.progress()[0]
            self.decide(*change)
            assert model.progress()[0] > before, f"the key pressed on {change} decided nothing"

    def decide(self, pair, change_id: str) -> None:
        comparison = self.window.controller.comparison
        if change_id == ARTICLE:
            self.press(Qt.Key.Key_A)
            return
        hunk = next(h for h in comparison.hunks(pair) if h.id == change_id)
        if hunk.kind is HunkClass.WHITESPACE:
            title_space = hunk.left.strip(" ") == "" and " " in hunk.left and not hunk.right
            self.press(Qt.Key.Key_A if title_space else Qt.Key.Key_R)
            return
        side = self.judged.get(change_id, Side.LEFT)
        kept, other = (hunk.left, hunk.right) if side == Side.LEFT else (hunk.right, hunk.left)
        if kept and other and kept[-1] != other[-1] and fold_width(kept[-1]) == fold_width(other[-1]):
            self.edit_last_mark(other[-1])
        else:
            self.press(Qt.Key.Key_A if side == Side.RIGHT else Qt.Key.Key_R)

    def edit_last_mark(self, mark: str) -> None:
        def fix(dialog: QWidget) -> None:
            editor = dialog.focusWidget()  # the dialog opens with its text field focused
            self.press(Qt.Key.Key_Backspace, to=editor)
            self.type(mark, editor)
            self.press(Qt.Key.Key_Return, CTRL, to=editor)

        self.in_dialog(fix)
        self.press(Qt.Key.Key_E)

    def save(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        """Open a save dialog with its key and take what it proposes with Enter."""
        self.in_dialog(lambda dialog: self.press(Qt.Key.Key_Return, to=dialog.focusWidget() or dialog))
        self.window.view.left_pane().setFocus()
        self.press(key, modifiers)


def main() -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="duijiao-keys-") as tmp:
        folder = Path(tmp)
        left, right = folder / "plain-export.txt", folder / "markdown-export.txt"
        shutil.copy(FIXTURES / "plain-export.txt", left)
        shutil.copy(FIXTURES / "markdown-export.txt", right)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, folder / "autosave")
        window.show()
        loaded: list[bool] = []
        window.comparison_loaded.connect(lambda: loaded.append(True))
        window.loading.open_files(left, right)
        while not loaded:
            app.processEvents()
            time.sleep(0.005)
        proofreader = Proofreader(app, window)
        proofreader.review()
        proofreader.save(Qt.Key.Key_S, CTRL)
        proofreader.save(Qt.Key.Key_S, CTRL_SHIFT)
        model = window.controller.model
        assert model is not None
        decided, total = model.progress()
        clean = folder / "plain-export.clean.txt"
        session = next(folder.glob("*.duijiao.json"), None)
        copy_right = clean.exists() and clean.read_bytes() == EXPECTED.read_bytes()
        session_right = session is not None and _merged(left, right, session, folder / "merged.txt")
        print(
            f"{proofreader.keys} keys review all {total} changes of the sample ({decided} decided) and save "
            f"both files; the clean copy {'matches' if copy_right else 'DOES NOT match'} the expected one, "
            f"the session {'merges to it' if session_right else 'DOES NOT merge to it'}"
        )
        if clean.exists() and not copy_right:
            _show_difference(clean.read_text(encoding="utf-8"), EXPECTED.read_text(encoding="utf-8"))
        window.controller.flush_autosave()
        window.close()
        return 0 if copy_right and session_right and decided == total else 1


def _merged(left: Path, right: Path, session: Path, out: Path) -> bool:
    from core.cli import main as command_line

    status = command_line(["merge", str(left), str(right), "--session", str(session), "-o", str(out)])
    return status == 0 and out.read_bytes() == EXPECTED.read_bytes()


def _show_difference(saved: str, expected: str) -> None:
    from difflib import SequenceMatcher

    for op, i1, i2, j1, j2 in SequenceMatcher(None, saved, expected, autojunk=False).get_opcodes():
        if op != "equal":
            print(f"  saved {saved[i1:i2]!r} where expected {expected[j1:j2]!r} after {saved[max(0, i1 - 12) : i1]!r}")


if __name__ == "__main__":
    sys.exit(main())
