"""Loading, splitting, pairing and diffing in a worker thread, so the window never freezes."""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from core.checks.suggest import IssueEvidence
from core.comparison import Cancelled, Comparison, compare_files, diff_every_pair, version_from_text
from core.diffing.diff import DiffOptions
from core.model import Side
from core.readers.documents import load_text
from core.review.decisions import ReviewModel
from core.runtime.collector_pause import collector_paused
from core.runtime.yielding import StepAside, making_way, quick_turns
from core.storage.versions_file import candidate_path, write_candidate
from core.text.textio import LoadError
from core.versions.candidate import CollatedReview, candidate_text, review_of
from core.versions.collation import Collation
from core.versions.evidence import MajorityEvidence

CANCEL_WAIT_MS = 100  # how long Cancel waits for the job before leaving it to end alone
REPORT_EVERY_S = 0.2
LIST_SHOWN_WAIT_S = 2.0  # how long the job waits for the window to draw the paired list
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
    finished_ok = Signal(object)  # the Comparison, paired: the list can be shown
    diffed = Signal(object)  # every pair diffed: a ReviewModel of it with its indexes built, to take them from
    failed = Signal(str)  # a message naming the file and the problem
    cancelled = Signal()

    def __init__(
        self,
        left: str,
        right: str,
        options: DiffOptions,
        encodings: dict[str, str | None],
        parent: QObject | None = None,
        base: Side = Side.LEFT,
        more: list[str] | None = None,
        versions_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self.more = more or []  # three versions or more: collated, reviewed as the base against a candidate
        self.versions_folder = versions_folder
        self.collated: CollatedReview | None = None
        self.base = base
        self._options = options
        self._encodings = encodings
        self._stop = threading.Event()
        self.list_shown = threading.Event()  # set by the window once the paired list is on screen
        self._last_report: tuple[str, float] = ("", 0.0)  # the stage and time of the last report
        self.evidence: IssueEvidence | None = None  # what the issue says about its changes, counted here

    def cancel(self) -> None:
        self._stop.set()
        self.list_shown.set()  # nothing to wait for now

    def _report(self, stage: str, fraction: float) -> None:
        # A few a second, not one per article: each is a hand-over to the window's thread, and a
        # progress bar whose value changes repaints at once, fighting this thread for the interpreter.
        now = time.perf_counter()
        if stage != self._last_report[0] or now - self._last_report[1] >= REPORT_EVERY_S:
            self._last_report = (stage, now)
            self.progressed.emit(stage, fraction)

    def run(self) -> None:
        # No collector pauses, and short turns at the interpreter, for the window meanwhile (see
        # core.runtime.collector_pause and core.runtime.yielding); both are put back when the job ends.
        with collector_paused(), quick_turns():
            self._run()

    def _run(self) -> None:
        """Pair, show, then diff the rest: the list appears as soon as the articles are paired.

        The window diffs the pair it shows itself; this thread diffs and flags
        every other pair behind it, then builds the review's indexes, so no
        keypress ever waits for the whole issue.
        """
        self._last_report = ("", 0.0)
        try:
            comparison: Comparison = (
                self._collated()
                if self.more
                else compare_files(
                    self.left,
                    self.right,
                    left_encoding=self._encodings.get("left"),
                    right_encoding=self._encodings.get("right"),
                    options=self._options,
                    progress=self._report,
                    cancelled=self._stop.is_set,
                    workers=0,  # no forking from a GUI process's thread
                    diff_all=False,
                )
            )
            comparison.flagger().prepare()  # before the window diffs its first pair with it
        except Cancelled:
            self.cancelled.emit()
            return
        except LoadError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:
            self.failed.emit(f"{self.left} / {self.right}: {exc}")
            return
        self.finished_ok.emit(comparison)
        self.list_shown.wait(LIST_SHOWN_WAIT_S)  # the window first draws the list, uncontended
        try:
            with making_way(StepAside()):
                diff_every_pair(comparison, self._report, self._stop.is_set, workers=0)
                review = ReviewModel(comparison, self.base)
                review.prepare()
                self.evidence = MajorityEvidence(self.collated) if self.collated else IssueEvidence(comparison)
                self.evidence.prepare()
        except Cancelled:
            return
        except Exception as exc:  # the list stays usable: each pair is diffed when shown
            self.failed.emit(f"{self.left} / {self.right}: {exc}")
            return
        if not self._stop.is_set():
            self.diffed.emit(review)

    def _collated(self) -> Comparison:
        """Three versions or more: each paired with the base, aligned together, the candidate written beside
        the automatic saves (``core.storage.versions_file``), and the base compared with it."""
        paths = [self.left, self.right, *self.more]
        texts = []
        for at, path in enumerate(paths):
            texts.append(load_text(path))
            self._report("loading", 0.1 * (at + 1) / len(paths))
            if self._stop.is_set():
                raise Cancelled
        collation = Collation([version_from_text(text) for text in texts], self._options)
        folder = self.versions_folder or Path(tempfile.gettempdir()) / "duijiao"
        candidate = candidate_path(folder, paths)
        write_candidate(candidate, candidate_text(collation), paths)
        self.collated = review_of(collation, str(candidate))
        return self.collated.comparison
