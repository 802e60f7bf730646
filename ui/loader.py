"""Loading, splitting, pairing and diffing in a worker thread, so the window never freezes."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from core.compare import Cancelled, Comparison, compare_files
from core.diff import DiffOptions
from core.textio import LoadError


class CompareJob(QThread):
    """One comparison of two files, reporting progress and ending in exactly one signal."""

    progressed = Signal(str, float)  # stage, fraction done
    finished_ok = Signal(object)  # the Comparison
    failed = Signal(str)  # a message naming the file and the problem
    cancelled = Signal()

    def __init__(
        self,
        left: str,
        right: str,
        options: DiffOptions,
        encodings: dict[str, str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self._options = options
        self._encodings = encodings
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            comparison: Comparison = compare_files(
                self.left,
                self.right,
                left_encoding=self._encodings.get("left"),
                right_encoding=self._encodings.get("right"),
                options=self._options,
                progress=lambda stage, fraction: self.progressed.emit(stage, fraction),
                cancelled=self._stop.is_set,
                workers=0,  # no forking from a GUI process's thread
            )
        except Cancelled:
            self.cancelled.emit()
        except LoadError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            self.failed.emit(f"{self.left} / {self.right}: {exc}")
        else:
            self.finished_ok.emit(comparison)
