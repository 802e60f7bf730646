"""Loading, splitting, pairing and diffing in a worker thread, so the window never freezes."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal

from core.compare import Cancelled, Comparison, compare_files
from core.diff import DiffOptions
from core.review import ReviewModel
from core.textio import LoadError

CANCEL_WAIT_MS = 100  # how long Cancel waits for the job before leaving it to end alone
_abandoned: set[QThread] = set()


def abandon(job: QThread) -> None:
    """Keep a cancelled job alive until it ends (a running QThread must not be destroyed)."""
    job.setParent(None)
    _abandoned.add(job)
    job.finished.connect(lambda: _abandoned.discard(job))


def wait_for_abandoned(timeout_ms: int = 5000) -> None:
    """At exit: give cancelled jobs a bounded time to end."""
    for job in list(_abandoned):
        job.wait(timeout_ms)


class CompareJob(QThread):
    """One comparison of two files, reporting progress and ending in exactly one signal."""

    progressed = Signal(str, float)  # stage, fraction done
    finished_ok = Signal(object)  # the Comparison; ``review`` holds its ReviewModel, indexes built
    failed = Signal(str)  # a message naming the file and the problem
    cancelled = Signal()

    def __init__(
        self,
        left: str,
        right: str,
        options: DiffOptions,
        encodings: dict[str, str | None],
        parent: QObject | None = None,
        base: str = "left",
    ) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self.base = base
        self.review: ReviewModel | None = None
        self._options = options
        self._encodings = encodings
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _report(self, stage: str, fraction: float) -> None:
        # A few dozen reports, not one per article: each is a hand-over to the window's thread.
        percent = int(fraction * 100)
        if (stage, percent) != self._last_report:
            self._last_report = (stage, percent)
            self.progressed.emit(stage, fraction)

    def run(self) -> None:
        self._last_report: tuple[str, int] = ("", -1)
        try:
            comparison: Comparison = compare_files(
                self.left,
                self.right,
                left_encoding=self._encodings.get("left"),
                right_encoding=self._encodings.get("right"),
                options=self._options,
                progress=self._report,
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
            # The review's indexes (the changes in reading order) are built here too,
            # not on the window's thread at the first keypress.
            self.review = ReviewModel(comparison, self.base)
            self.review.prepare()
            self.finished_ok.emit(comparison)
