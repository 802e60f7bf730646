"""How the real window answers on a big issue: time to a usable list, and the longest stall per phase.

    QT_QPA_PLATFORM=offscreen python bench/window.py [--scales 50,200]

For each synthetic issue (``bench/issue_maker.py``) the window is started
offscreen and driven with key events as a proofreader would: ten whole-article
accepts (Shift+A), twenty single accepts (A), a class batch (accept all
punctuation changes), an undo of it, five more accepts, an A pressed while the
class batch runs again, accept all remaining, then quiet time in which the
autosave runs. A 10 ms timer watches the event loop; a phase's stall
is the longest time the loop did not turn (a key handled synchronously counts
whole; a long batch runs in slices between events, and its phase lasts until it
ends). The target is no stall over 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.issue_maker import write_issue  # noqa: E402
from ui.window.main_window import MainWindow  # noqa: E402

SAMPLE_LEFT = ROOT / "resources" / "samples" / "plain-export.txt"
SAMPLE_RIGHT = ROOT / "resources" / "samples" / "markdown-export.txt"


class StallWatch:
    """The longest gap between ticks of a 10 ms timer since the last ``reset``."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def stall(self) -> float:
        return max(self.longest, time.perf_counter() - self.last)


def spin(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def measure(app: QApplication, scale: int, folder: Path) -> dict[str, float]:
    left, right = folder / f"left-{scale}.txt", folder / f"right-{scale}.md"
    write_issue(SAMPLE_LEFT, SAMPLE_RIGHT, scale, left, right)
    settings = QSettings(str(folder / f"settings-{scale}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, folder / f"autosave-{scale}")
    window.inform = lambda title, text: None
    window.ask = lambda title, text: True
    window.show()
    spin(app, 0.5)  # the first paint (fonts, style) belongs to starting the program, not to loading
    watch = StallWatch()
    results: dict[str, float] = {}
    loaded = []
    window.comparison_loaded.connect(lambda: loaded.append(time.perf_counter()))
    start = time.perf_counter()
    watch.reset()
    window.loading.open_files(left, right)
    while not loaded:
        app.processEvents()
        time.sleep(0.001)
    results["usable list (s)"] = loaded[0] - start
    results["stall while loading"] = watch.stall()
    watch.reset()
    while window.loading.job is not None and window.loading.job.isRunning():  # the changes found behind the list
        app.processEvents()
        time.sleep(0.001)
    results["every change found (s)"] = time.perf_counter() - start
    results["stall while finding changes"] = watch.stall()
    spin(app, 0.3)
    pane = window.view.left_pane()

    def phase(name: str, action, times: int = 1) -> None:
        watch.reset()
        for _ in range(times):
            pane.setFocus()
            action()
            app.processEvents()
            while window.controller.busy:  # a long batch goes on a slice at a time between events
                app.processEvents()
                time.sleep(0.001)
        results[f"stall: {name}"] = watch.stall()

    phase("10 x Shift+A", lambda: QTest.keyClick(pane, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier), 10)
    phase("20 x A", lambda: QTest.keyClick(pane, Qt.Key.Key_A), 20)
    phase("accept all punctuation", window.actions_by_name["accept_punctuation"].trigger)
    phase("undo the batch", window.actions_by_name["undo"].trigger)
    phase("5 x A after it", lambda: QTest.keyClick(pane, Qt.Key.Key_A), 5)

    def accept_punctuation_then_a() -> None:  # a key pressed while the batch is still going on
        window.actions_by_name["undo"].trigger()
        window.actions_by_name["accept_punctuation"].trigger()
        QTest.keyClick(pane, Qt.Key.Key_A)

    phase("A while a batch runs", accept_punctuation_then_a)
    phase("accept all remaining", window.actions_by_name["accept_remaining"].trigger)
    watch.reset()
    spin(app, 1.5)  # the autosave's 0.8 s delay passes
    results["stall: autosave"] = watch.stall()
    window.controller.flush_autosave()
    window.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="50,200")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="duijiao-window-") as tmp:
        for scale in (int(s) for s in args.scales.split(",")):
            results = measure(app, scale, Path(tmp))
            print(f"{scale}x:")
            for name, value in results.items():
                seconds = name.endswith("(s)")
                flag = "" if seconds else ("  OVER 100 ms" if value > 0.1 else "")
                print(f"  {name:<32} {value * (1 if seconds else 1000):8.2f}{'' if seconds else ' ms'}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
