"""Opening files in the window: the comparison job, its progress, sessions and autosaves put back.

A MainWindow mixin: the list is shown as soon as the articles are paired,
while the job goes on finding every change behind it.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.compare import Comparison
from core.journal import read_autosave
from core.model import Pair
from core.review import ReviewModel
from core.session import SessionError, fit, restore, set_aside
from ui.loader import CANCEL_WAIT_MS, CompareJob, abandon


class WindowLoading:
    """Mixed into MainWindow; uses its controller, job, progress bar, table and dialog hooks."""

    # Loading -----------------------------------------------------------------------------------

    def open_files(self, left: str | os.PathLike[str], right: str | os.PathLike[str],
                   encodings: dict[str, str | None] | None = None) -> None:
        """Compare two files in the background; the one path for drops, menus and the command line."""
        self.cancel_load()
        encodings = encodings or {"left": None, "right": None}
        options = self.options()
        self.job = CompareJob(os.fspath(left), os.fspath(right), options, encodings, self,
                                    self.settings.value("base", "left"))
        self.job.progressed.connect(self._progressed)
        self.job.finished_ok.connect(lambda comparison: self._loaded(comparison, encodings))
        self.job.diffed.connect(self._diffed)
        self.job.failed.connect(self._load_failed)
        self.job.cancelled.connect(self._load_ended)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage(self.tr("Comparing…"))
        if self.controller.comparison is None:
            self.view.clear(self.tr("Comparing %1 with %2…").replace("%1", Path(left).name)
                            .replace("%2", Path(right).name))
        self.job.start()

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
        self.progress.setValue(round(fraction * 100))

    def _diffed(self, prepared) -> None:
        """Every pair is diffed: take the issue's indexes and show the counts of every row."""
        self.controller.take_indexes(prepared)
        self.progress.hide()
        self.cancel_button.hide()
        self._refresh_rows(None)
        self._update_status()

    def _refresh_rows(self, pairs: list[Pair] | None) -> None:
        """Redraw the list's counts; with no filter on, repainting the visible rows is enough.

        Announcing thousands of changed rows makes the filter model ask every
        one of them again, which is what a batch over a whole issue would cost.
        """
        if self.proxy.filtering() or (pairs is not None and len(pairs) <= 32):
            self.table_model.refresh_decisions(pairs)
        else:
            self.table.viewport().update()

    def _load_ended(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.statusBar().clearMessage()

    def _load_failed(self, message: str) -> None:
        self._load_ended()
        self.show_error(self.tr("Cannot open file"), message)
        self.load_failed.emit(message)

    def _loaded(self, comparison: Comparison, encodings: dict[str, str | None]) -> None:
        """The articles are paired: show them; the job goes on finding every change behind the list."""
        self.cancel_button.hide()
        self.statusBar().clearMessage()
        self.controller.forced_encodings = dict(encodings)
        self.controller.set_comparison(comparison, self.settings.value("base", "left"), background=True)
        self._remember_recent(comparison.left.path, comparison.right.path)
        if self.pending_session is not None:
            session, self.pending_session = self.pending_session, None
            self.apply_session(session)
        else:
            self._offer_autosave()
        self._warn_unsure_encodings()
        self.view.left_pane().setFocus()  # so A, R, J, K work at once
        self.comparison_loaded.emit()
        if self.job is not None:
            self.job.list_shown.set()  # now the job may find the rest of the changes

    def _warn_unsure_encodings(self) -> None:
        """Say when an encoding was a guess between equals (a short file), with the way to choose."""
        comparison = self.controller.comparison
        unsure = [comparison.side(name).decoded for name in ("left", "right") if comparison.side(name).decoded.unsure]
        self.encoding_button.setVisible(bool(unsure))
        if unsure:
            self.statusBar().showMessage("  ".join(self.tr(
                "The encoding of %1 was guessed as %2, but another reads it as well (a short file). "
                "File ▸ Reopen with encoding… chooses one.").replace("%1", Path(d.path).name).replace("%2", d.encoding)
                for d in unsure))

    def _offer_autosave(self) -> None:
        target = self.controller.autosave_file()
        if target is None or not target.exists():
            return
        try:
            session = read_autosave(target)
        except SessionError as exc:
            # Never overwrite it unread: keep it aside and say so.
            kept = set_aside(target)
            self.inform(self.tr("Automatic save damaged"), self.tr(
                "The automatic save of these files could not be read (%1). It was kept as %2.")
                .replace("%1", exc.reason).replace("%2", str(kept)))
            return
        question = self.tr("An unfinished review of these files was saved automatically. Restore its %n decision(s)?",
                           "", len(session.decisions))
        if session.skipped:
            kept = set_aside(target, copy=True)
            question += "\n" + self.tr("%n damaged entries of it cannot be used; the file was kept as %1.", "",
                                        session.skipped).replace("%1", str(kept))
        if session.decisions and self.ask(self.tr("Restore review"), question):
            self.apply_session(session)

    def apply_session(self, session) -> None:
        """Put a saved session's pairing, options and decisions on the loaded comparison."""
        controller = self.controller
        if session.options != controller.comparison.options:
            controller.set_options(session.options)
        if session.base != controller.model.base:
            controller.set_base(session.base)
        comparison, fitting = fit(session, controller.comparison)
        if comparison is not controller.comparison:
            manual = session.pairs is not None and not fitting
            controller.install(comparison, ReviewModel(comparison, controller.model.base), manual)
        report = restore(session, controller.model)
        controller.decisions_changed.emit()
        controller.undo_stack.clear()
        notes = [self.tr("The session's own pairing does not fit these files; the articles were paired anew.")
                 ] if fitting else []
        if report.changed_inputs:
            changed = ", ".join(report.changed_inputs)
            notes.append(self.tr("Changed since the session was saved: %1").replace("%1", changed))
        if report.dropped:
            notes.append(self.tr("%n decision(s) no longer match the text and were dropped.", "", len(report.dropped)))
        if notes:
            self.inform(self.tr("Session restored"), "\n".join(notes))

