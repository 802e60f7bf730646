"""Opening files in the window: the comparison job, its progress, sessions and autosaves put back.

The list is shown as soon as the articles are paired, while the job goes on
finding every change behind it.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from core.comparison import Comparison
from core.model import SIDES, Side
from core.review.decisions import ReviewModel
from core.storage.journal import discard, journal_path, read_autosave, set_aside
from core.storage.session import Session, SessionError
from core.storage.versions_file import versions_of
from ui.control.loader import CANCEL_WAIT_MS, CompareJob, abandon
from ui.control.review_controller import ReviewController
from ui.i18n import fill
from ui.window.part import Desk, WindowPart

FIRST_PAINT_MS = 150  # time the window's first paint of a new issue gets to itself


class Loading(WindowPart):
    """Runs the comparison job for the window and puts a saved review back on what it loads."""

    def __init__(self, desk: Desk, controller: ReviewController) -> None:
        super().__init__(desk, controller)
        self.job: CompareJob | None = None

    def open_files(
        self,
        left: str | os.PathLike[str],
        right: str | os.PathLike[str],
        encodings: dict[str, str | None] | None = None,
        session: Session | None = None,
        more: list[str] | None = None,
    ) -> None:
        """Compare two files in the background; the one path for drops, menus and the command line.

        With ``session``, its review is put on the files once they are loaded. With ``more``
        versions, all are collated and reviewed as the base against the candidate they make
        (``core.versions.candidate``).
        """
        self.cancel_load()
        desk = self.desk
        listed = None if more else versions_of(right)  # a candidate reopened (a session, a recent pair)
        if listed is not None and os.path.abspath(left) == listed[0]:
            left, right, more = listed[0], listed[1], listed[2:]  # its versions collated anew
        encodings = encodings or {"left": None, "right": None}
        job = self.job = CompareJob(
            os.fspath(left),
            os.fspath(right),
            desk.options(),
            encodings,
            desk.window(),
            base_setting(desk),
            more,
            self.controller.autosave_dir,
        )
        job.progressed.connect(self._progressed)
        job.finished_ok.connect(lambda comparison: self._loaded(comparison, encodings, session))
        job.diffed.connect(self._diffed)
        job.failed.connect(self._load_failed)
        job.cancelled.connect(self._load_ended)
        desk.progress.setValue(0)
        desk.progress.show()
        desk.cancel_button.show()
        desk.statusBar().showMessage(self.tr("Comparing…"))
        if self.controller.comparison is None:
            desk.view.clear(fill(self.tr("Comparing %1 with %2…"), Path(left).name, Path(right).name))
        job.start()

    def cancel_load(self) -> None:
        """Stop the comparison under way without waiting for it: the window answers at once."""
        job, self.job = self.job, None
        if job is not None and job.isRunning():
            job.cancel()
            for signal in (job.progressed, job.finished_ok, job.diffed, job.failed, job.cancelled):
                signal.disconnect()
            if not job.wait(CANCEL_WAIT_MS):
                abandon(job)  # it ends at its next check for cancellation; nobody waits for it
        self._load_ended()

    def _progressed(self, stage: str, fraction: float) -> None:
        self.desk.progress.setValue(round(fraction * 100))

    def _diffed(self, prepared: ReviewModel) -> None:
        """Every pair is diffed: take the issue's indexes and show the counts of every row."""
        self.controller.take_indexes(prepared)
        if self.job is not None and self.job.evidence is not None:
            self.controller.take_evidence(self.job.evidence)
        self.desk.progress.hide()
        self.desk.cancel_button.hide()
        self.desk.refresh_rows(None)
        self.desk.update_status()

    def _load_ended(self) -> None:
        self.desk.progress.hide()
        self.desk.cancel_button.hide()
        self.desk.statusBar().clearMessage()

    def _load_failed(self, message: str) -> None:
        self._load_ended()
        if self.controller.comparison is None:
            self.desk.show_empty()  # not "Comparing … with …" any more
        self.desk.show_error(self.tr("Cannot open file"), message)
        self.desk.load_failed.emit(message)

    def _loaded(self, comparison: Comparison, encodings: dict[str, str | None], session: Session | None) -> None:
        """The articles are paired: show them; the job goes on finding every change behind the list."""
        desk = self.desk
        desk.cancel_button.hide()
        desk.statusBar().clearMessage()
        self.controller.collated = self.job.collated if self.job is not None else None
        self.controller.forced_encodings = dict(encodings)
        self.controller.set_comparison(comparison, base_setting(desk), background=True)
        desk.files.remember_recent(comparison.left.path, comparison.right.path)
        if session is not None:
            self.apply_session(session)
        else:
            self._offer_autosave()
        self._say_what_reading_doubted()
        desk.view.left_pane().setFocus()  # so A, R, J, K work at once
        desk.comparison_loaded.emit()
        if self.job is not None:
            # Once the list and the first pair are painted, the job may find the rest of the changes:
            # a paint beside the job is many times slower (each call into a Python model or widget
            # must win the interpreter back from it).
            QTimer.singleShot(FIRST_PAINT_MS, self.job.list_shown.set)

    def note_texts(self) -> dict[str, str]:
        """What a reader may say of a document (``core.readers.blocks.NOTES``), in the window's language."""
        return {
            "revisions": self.tr("%1 holds tracked changes not yet accepted: their text is read as accepted."),
            "footnotes": self.tr("%1: its %2 footnotes are left out."),
            "endnotes": self.tr("%1: its %2 endnotes are left out."),
            "comments": self.tr("%1: its %2 comments are left out."),
            "furniture": self.tr("%1: its %2 running heads and page numbers are left out."),
        }

    def _say_what_reading_doubted(self) -> None:
        """Say when an encoding was a guess between equals (a short file), with the way to choose, and what
        reading a document left out (its footnotes) or read as accepted (its tracked changes)."""
        comparison = self.controller.comparison
        assert comparison is not None
        decoded = [comparison.version(side).decoded for side in SIDES]
        unsure = [d for d in decoded if d.unsure]
        self.desk.encoding_button.setVisible(bool(unsure))
        said = [
            fill(
                self.tr(
                    "The encoding of %1 was guessed as %2, but another reads it as well (a short file). "
                    "File ▸ Reopen with encoding… chooses one."
                ),
                Path(d.path).name,
                d.encoding,
            )
            for d in unsure
        ]
        notes = self.note_texts()
        said += [fill(notes[kind], Path(d.path).name, str(count)) for d in decoded for kind, count in d.notes]
        if said:
            self.desk.statusBar().showMessage("  ".join(said))

    def _offer_autosave(self) -> None:
        """Offer the unfinished reviews of these files that no open window is writing, newest first.

        Each window on a pair writes its own autosave (``core.storage.autosave_slots``),
        so there may be several: one is restored at most, and when there were
        several, the others are kept aside, never overwritten, and said so.
        """
        controller = self.controller
        if controller.open_elsewhere:
            self.desk.inform(
                self.tr("Open in another window"),
                self.tr(
                    "These files are open in another Duijiao window too. Each window saves its own decisions "
                    "automatically, so neither overwrites the other; the next start offers both."
                ),
            )
        found = [(path, session) for path in controller.left_behind_autosaves() if (session := self._read(path))]
        found.sort(key=lambda each: _saved_at(each[0]), reverse=True)
        own = controller.autosave_file()
        restored: Path | None = None
        for path, session in found:
            if self._ask_restore(session, path, len(found)):
                self.apply_session(session)
                restored = path
                break
        kept = []
        for path, _ in found:  # first, before this window's next save may overwrite its own slot
            if path != restored and len(found) > 1:
                kept.append(str(set_aside(path, "not-restored")))
            elif path != restored and path != own:
                discard(path)  # declined (this window's own is overwritten by its next save)
        if restored is not None and restored != own:
            controller.autosave_now(wait=True)  # its decisions are this window's now: on the disk here first
            discard(restored)
        if kept:
            self.desk.inform(
                self.tr("Automatic saves kept"),
                fill(self.tr("The automatic saves not restored were kept as:\n%1"), "\n".join(kept)),
            )

    def _read(self, path: Path) -> Session | None:
        """A left-behind autosave with decisions in it; a damaged one is kept aside and said."""
        try:
            session = read_autosave(path)
        except SessionError as exc:
            # Never overwrite it unread: keep it aside and say so.
            kept = set_aside(path, "damaged")
            self.desk.inform(
                self.tr("Automatic save damaged"),
                fill(
                    self.tr("The automatic save of these files could not be read (%1). It was kept as %2."),
                    exc.reason,
                    str(kept),
                ),
            )
            return None
        return session if session.decisions else None

    def _ask_restore(self, session: Session, path: Path, found: int) -> bool:
        question = self.tr(
            "An unfinished review of these files was saved automatically. Restore its %n decision(s)?",
            "",
            len(session.decisions),
        )
        if found > 1:
            question += "\n" + fill(
                self.tr("It was saved at %1 by one of %2 windows that had these files open."),
                time.strftime("%Y-%m-%d %H:%M", time.localtime(_saved_at(path))),
                found,
            )
        if session.skipped:
            kept = set_aside(path, "damaged", copy=True)
            question += "\n" + fill(
                self.tr("%n damaged entries of it cannot be used; the file was kept as %1.", "", session.skipped),
                str(kept),
            )
        return self.desk.ask(self.tr("Restore review"), question)

    def apply_session(self, session: Session) -> None:
        """Put a saved session on the loaded comparison, and say what could not be put back."""
        report, repaired = self.controller.apply_session(session)
        notes = (
            [self.tr("The session's own pairing does not fit these files; the articles were paired anew.")]
            if repaired
            else []
        )
        if report.changed_inputs:
            changed = ", ".join(report.changed_inputs)
            notes.append(fill(self.tr("Changed since the session was saved: %1"), changed))
        if report.dropped:
            notes.append(self.tr("%n decision(s) no longer match the text and were dropped.", "", len(report.dropped)))
        if notes:
            self.desk.inform(self.tr("Session restored"), "\n".join(notes))


def base_setting(desk: Desk) -> Side:
    """The side the proofreader corrects, as last chosen (the left one unless the right was)."""
    return Side.RIGHT if desk.text_setting("base", "left") == Side.RIGHT else Side.LEFT


def _saved_at(snapshot: Path) -> float:
    """When an autosave was last written: its snapshot or its journal, whichever is later."""
    times = []
    for path in (snapshot, journal_path(snapshot)):
        with contextlib.suppress(OSError):
            times.append(path.stat().st_mtime)
    return max(times, default=0.0)
