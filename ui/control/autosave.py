"""The review on screen saved a moment after each change, at next to no cost to the window.

What is written: a whole snapshot when the review's structure changed (new
files, pairing, base, options) or the journal has grown long, and otherwise
only the decisions changed since the last save, appended to the journal (see
``core.storage.journal``). The window's thread only takes the changed decisions (a
set and a dict lookup each); a writer thread builds, encodes and writes them,
one save at a time.

A save that fails, for whatever reason (a full disk, an unwritable folder, a
bug), is said at once (``failed``, shown by the window in its status bar and
once in a dialog), retried every few seconds as a whole snapshot, and
``recovered`` says when a save reaches the disk again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from core.review.decisions import Decision, ReviewModel
from core.runtime.yielding import StepAside, making_way, quick_turns
from core.storage.journal import append_decisions, discard, new_token, write_snapshot
from core.storage.session import Session, saved_decisions

DELAY_MS = 500  # after the first unsaved change: a crash loses at most about this much work
RETRY_MS = 5000  # after a failed save: the next attempt, a whole snapshot
COMPACT_AFTER = 10_000  # journal entries before the next save is a whole snapshot again


class AutosaveSource(Protocol):
    """What the autosave reads: the review on screen and where it is saved (the review controller)."""

    @property
    def model(self) -> ReviewModel | None: ...
    @property
    def busy(self) -> bool: ...  # a batch is being applied: a save now would slow it down
    def settle(self) -> None: ...  # finish the batch being applied
    def autosave_file(self) -> Path | None: ...
    def session_builder(self, decisions: Mapping[tuple[str, str], Decision]) -> Callable[[], Session]: ...


class Autosave(QObject):
    """Keeps the autosave of ``source``'s review up to date."""

    failed = Signal(str)  # a save did not reach the disk: what went wrong
    recovered = Signal()  # a save reached the disk after one that failed
    _written = Signal(str)  # from the writer thread, delivered in the window's: "" when the save reached the disk

    def __init__(self, source: AutosaveSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._writer: threading.Thread | None = None
        self._token: str | None = None  # the journal being appended to; None: a whole snapshot is due
        self._entries = 0  # in that journal
        self._failed = False  # the last write did not reach the disk (set by the writer thread)
        self.failing = False  # said so, and not yet saved since (the window's thread only)
        self._written.connect(self._report, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.save_now)

    def changed(self) -> None:
        """Decisions changed: save soon. Counted from the first unsaved change, not restarted by each
        later one, so steady typing never puts the save off."""
        if not self._timer.isActive():
            self._timer.start(DELAY_MS)

    def restructured(self, save: bool = True) -> None:
        """The review was replaced or re-paired: the next save is a whole snapshot (soon, with ``save``)."""
        self._token = None
        if save:
            self.changed()

    def save_now(self, wait: bool = False) -> None:
        """Write what changed now (``wait``: and wait for it to reach the disk)."""
        self._timer.stop()
        source = self._source
        if wait:
            source.settle()
        target, model = source.autosave_file(), source.model
        if target is None or model is None:
            return
        if not wait and (source.busy or (self._writer is not None and self._writer.is_alive())):
            # Never wait for the last save here, and never build one beside a batch being applied:
            # the two would take turns at the interpreter and every slice of the batch would drag.
            self._timer.start(DELAY_MS)
            return
        self.flush()
        if self._failed:  # the file may lack what was sent last: write it whole
            self._token, self._failed = None, False
        if self._token is None or self._entries + model.unsaved > COMPACT_AFTER:
            model.forget_changed()  # all of it goes into the snapshot: no list of what changed to make
            token = self._token = new_token()
            self._entries = 0
            build = source.session_builder(dict(model.decisions))  # a copy in C; the writer builds the rest

            def snapshot() -> None:
                target.parent.mkdir(parents=True, exist_ok=True)
                write_snapshot(target, build(), token)

            self._start(snapshot)
        elif model.unsaved:
            changed = model.take_changed()
            self._entries += len(changed)
            token = self._token
            self._start(lambda: append_decisions(target, token, saved_decisions(model, changed)))
        if wait:
            self.flush()

    def _start(self, work: Callable[[], None]) -> None:
        def write() -> None:
            try:
                # A whole snapshot is seconds of Python at 200x: never in one go, never in long turns.
                with making_way(StepAside()), quick_turns():
                    work()
            except Exception as exc:  # whatever it was, the disk may lack this save: retried whole, and said
                self._failed = True
                self._written.emit(_reason(exc))
            else:
                self._written.emit("")

        self._writer = threading.Thread(target=write, daemon=True)
        self._writer.start()

    def _report(self, failure: str) -> None:
        if not failure:
            if self.failing:  # a save reached the disk after one that did not
                self.failing = False
                self.recovered.emit()
            return
        self.failing = True
        self.failed.emit(failure)
        if not self._timer.isActive():
            self._timer.start(RETRY_MS)

    def flush(self) -> None:
        """Wait for a save being written to reach the disk."""
        if self._writer is not None:
            self._writer.join()
            self._writer = None

    def discard(self, target: Path | None) -> None:
        self._timer.stop()
        self.flush()
        self._token = None
        if target is not None:
            discard(target)


def _reason(exc: BaseException) -> str:
    """What went wrong, in one line that names the file where the system says which."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc) or type(exc).__name__
