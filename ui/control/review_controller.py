"""The window's hold on the core objects: the comparison, the review, the undo stack, the autosave.

Widgets never change core objects themselves: they call this controller,
which turns every change of the review into an undoable command and says
what happened through signals named for past events.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from itertools import chain
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from core.checks.suggest import IssueEvidence
from core.comparison import Comparison
from core.diffing.diff import DiffOptions
from core.model import SIDES, HunkClass, Pair, Side
from core.pairing.assignment import ArticleText, similarity
from core.review.decisions import Decision, ReviewModel, pair_key
from core.review.lessons import Lessons
from core.review.repairing import paired_with, unpaired
from core.review.suggested import confident_decisions
from core.storage.autosave_slots import Claim, claim, left_behind
from core.storage.session import RestoreReport, Session, capture, file_digest, fit, restore
from core.versions.candidate import CollatedReview
from ui.control.autosave import Autosave
from ui.control.decision_run import Batches
from ui.control.undo_commands import DecideCommand, RepairCommand, RestructureCommand


class ReviewController(QObject):
    """Owns the comparison and the review model of the files on screen."""

    comparison_changed = Signal()  # new files, options or base: everything redraws
    pairs_changed = Signal()
    decisions_changed = Signal()
    busy_changed = Signal(bool)  # a long batch started (True) or finished (False)
    place_wanted = Signal(object)  # (side, document offset) to show: after a structure correction or its undo

    def __init__(self, autosave_dir: str | os.PathLike[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_changed: list[Pair] | None = None  # the articles the last decisions touched (None: any)
        self._digests: dict[str, str] = {}  # of the inputs, hashed once per load
        self.batches = Batches(self)
        self.batches.stepped.connect(self.announce)
        self.batches.busy_changed.connect(self.busy_changed)
        self._evidence: IssueEvidence | None = None  # for suggestions; the counts belong to the two texts
        self._lessons: Lessons | None = None  # what the decisions teach, for the model they are made in
        self.comparison: Comparison | None = None
        self.model: ReviewModel | None = None
        self.undo_stack = QUndoStack(self)
        self.forced_encodings: dict[str, str | None] = {"left": None, "right": None}
        self.manual_pairs = False
        self.autosave_dir = Path(autosave_dir) if autosave_dir else None
        self.collated: CollatedReview | None = None  # three versions or more: each change's readings
        self._claim: Claim | None = None  # this window's autosave slot of the files on screen
        self._claimed_for: tuple[str, str] | None = None
        self.autosave = Autosave(self, self)
        self.decisions_changed.connect(self.autosave.changed)
        self.pairs_changed.connect(self.autosave.restructured)
        self.comparison_changed.connect(lambda: self.autosave.restructured(save=False))

    # Loading -----------------------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison, base: Side = Side.LEFT, background: bool = False) -> None:
        """Show ``comparison``; with ``background``, a job is still diffing it and will hand over the indexes."""
        if self.collated is not None and comparison is not self.collated.comparison:
            self.collated = None  # another comparison (two files, or the structure corrected): no readings
        self.settle()
        self.flush_autosave()
        self._claim_autosave(comparison.left.path, comparison.right.path)
        self._digests = {side: file_digest(comparison.version(side).path) for side in SIDES}
        self.comparison = comparison
        self.model = ReviewModel(comparison, base)
        self.model.pending_indexes = background
        self.manual_pairs = False
        self.undo_stack.clear()
        self.comparison_changed.emit()

    def set_options(self, options: DiffOptions) -> None:
        """Diff again under other options; decisions on changes that still exist are kept."""
        self.settle()
        if self.comparison is None or self.model is None:
            return
        decisions = dict(self.model.decisions)
        self.comparison = self.comparison.with_options(options)
        self._rebuild_model(self.model.base, decisions)
        self.comparison_changed.emit()

    def set_base(self, base: Side) -> None:
        self.settle()
        if self.model is None or self.model.base == base:
            return
        self._rebuild_model(base, dict(self.model.decisions))
        self.comparison_changed.emit()

    def _rebuild_model(self, base: Side, decisions: dict) -> None:
        assert self.comparison is not None
        self.model = ReviewModel(self.comparison, base)
        self.model.adopt(decisions)
        self.undo_stack.clear()  # old commands hold the old model

    # Decisions ---------------------------------------------------------------------------------

    def announce(self, pairs: list[Pair] | None = None) -> None:
        """Say decisions changed, in the articles ``pairs`` (None: anywhere)."""
        self.last_changed = list(dict.fromkeys(pairs)) if pairs is not None else None
        self.decisions_changed.emit()
        self.last_changed = None

    def decide(self, changes: Iterable[tuple[Pair, str]], decision: Decision, text: str) -> None:
        """Decide ``changes`` (a list, or found lazily as the batch goes) as one undoable step."""
        self.decide_each(((pair, change_id, decision) for pair, change_id in changes), text)

    def decide_each(self, items: Iterable[tuple[Pair, str, Decision]], text: str) -> None:
        """Make each (pair, change id, decision) of ``items`` (lazy or not) as one undoable step."""
        if self.batches.behind(partial(self.decide_each, items, text)) or self.model is None:
            return
        items = iter(items)
        first = next(items, None)
        if first is not None:
            self.undo_stack.push(DecideCommand(self, chain([first], items), text))

    def take_suggestions(self, pair: Pair | None, text: str) -> None:
        """Take every confident suggestion of ``pair`` (None: of the issue) on an undecided, non-number change."""
        if self.model is not None:
            self.decide_each(confident_decisions(self.model, self.evidence(), pair, self.lessons()), text)

    def lessons(self) -> Lessons:
        """What the decisions of the review on screen teach about its other changes (see ``core.review.lessons``)."""
        assert self.model is not None
        if self._lessons is None or self._lessons.model is not self.model:
            self._lessons = Lessons(self.model)
        return self._lessons

    def evidence(self) -> IssueEvidence:
        """What the issue on screen says about its changes (counted once per pair of files)."""
        assert self.comparison is not None
        if self._evidence is None or not self._evidence_fits():
            self._evidence = IssueEvidence(self.comparison)
        return self._evidence.about(self.comparison)

    def ready_evidence(self) -> IssueEvidence | None:
        """The evidence when its counts are made (by the loading job), else None: never counted at a keypress."""
        if self.comparison is None or self._evidence is None or not self._evidence_fits():
            return None
        return self._evidence.about(self.comparison)

    def take_evidence(self, evidence: IssueEvidence) -> None:
        """The issue's evidence, counted by a background job for the files on screen."""
        self._evidence = evidence
        self.decisions_changed.emit()  # the suggestions can be shown now

    def _evidence_fits(self) -> bool:
        held, comparison = self._evidence, self.comparison
        return (
            held is not None
            and comparison is not None
            and held.comparison.left.decoded is comparison.left.decoded
            and held.comparison.right.decoded is comparison.right.decoded
        )

    def decide_article(self, pair: Pair, decision: Decision, text: str, replacing: bool = False) -> None:
        """Decide the undecided changes of ``pair`` (``replacing``: every change of it, decided or not)."""
        if self.model is not None:
            self.decide(self.model.changes(pair) if replacing else self.model.undecided(pair), decision, text)

    def decide_class(self, kind: HunkClass, decision: Decision, text: str) -> None:
        """Decide every undecided change of class ``kind`` in the issue (never a number: see core.review.decisions)."""
        if self.model is not None:
            self.decide(self.model.undecided_of_class(kind), decision, text)

    def decide_remaining(self, decision: Decision, text: str) -> None:
        """Decide every undecided change of the issue."""
        if self.model is not None:
            self.decide(self.model.undecided(), decision, text)

    def run(
        self, items: Iterator[tuple[Pair, str, Decision]], when_done: Callable[[list[tuple[Pair, str, Decision]]], None]
    ) -> None:
        """Apply ``items`` to the review: at once when quick, else a slice at a time between events."""
        assert self.model is not None
        self.batches.run(self.model, items, when_done)

    @property
    def busy(self) -> bool:
        """Whether a batch is still being applied (or commands given meanwhile wait behind it)."""
        return self.batches.busy

    def finish_run(self) -> None:
        """Finish the batch being applied (commands queued behind it stay queued)."""
        self.batches.finish_run()

    def settle(self) -> None:
        """Finish the batch being applied and the commands given meanwhile: before anything else
        changes the review or reads all of it."""
        self.batches.settle()

    def undo(self) -> None:
        if not self.batches.behind(self.undo):
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self.batches.behind(self.redo):
            self.undo_stack.redo()

    # Pairing -----------------------------------------------------------------------------------

    def pair_with(self, pair: Pair, side: Side, other_index: int, text: str) -> None:
        """Pair ``pair``'s article on ``side`` with article ``other_index`` of the other side (one undo step)."""
        if self.batches.behind(partial(self.pair_with, pair, side, other_index, text)):
            return
        assert self.comparison is not None

        def likeness(left: int, right: int) -> float:
            return similarity(self._article(Side.LEFT, left), self._article(Side.RIGHT, right))

        new = paired_with(self.comparison.pairs, pair, side, other_index, likeness)
        self.undo_stack.push(RepairCommand(self, new, text))

    def unpair(self, pair: Pair, text: str) -> None:
        if self.batches.behind(partial(self.unpair, pair, text)):
            return
        assert self.comparison is not None
        if pair.left is None or pair.right is None:
            return
        self.undo_stack.push(RepairCommand(self, unpaired(self.comparison.pairs, pair), text))

    # Structure ---------------------------------------------------------------------------------

    def restructure(self, corrections: list[tuple[Side, str, int]], place: tuple[Side, int], text: str) -> int:
        """Make ``corrections`` (side, operation, offset: see ``core.text.structure``) as one undoable step.

        Returns how many decisions were on changes that no longer exist; the
        window is sent back to ``place`` (side, document offset) afterwards.
        """
        self.settle()
        if self.comparison is None or self.model is None:
            return 0
        command = RestructureCommand(self, corrections, place, text)
        self.undo_stack.push(command)
        return command.dropped

    def apply_session(self, session: Session) -> tuple[RestoreReport, bool]:
        """Put a saved session's options, base, structure, pairing and decisions on the files loaded.

        Returns what was restored and whether the session's own pairing had to
        give way (it did not fit these files). Not undoable: the undo history
        starts here.
        """
        assert self.comparison is not None and self.model is not None
        if session.options != self.comparison.options:
            self.set_options(session.options)
        if session.base != self.model.base:
            self.set_base(session.base)
        comparison, notes = fit(session, self.comparison)
        if comparison is not self.comparison:
            self.install(comparison, ReviewModel(comparison, self.model.base), session.pairs is not None and not notes)
        report = restore(session, self.model)
        self.undo_stack.clear()
        self.decisions_changed.emit()
        return report, bool(notes)

    def take_indexes(self, prepared: ReviewModel) -> None:
        """The whole-issue indexes a background job built for the review on screen."""
        if self.model is not None:
            self.model.take_indexes(prepared)

    def install(self, comparison: Comparison, model: ReviewModel, manual_pairs: bool) -> None:
        self.finish_run()
        self.comparison, self.model, self.manual_pairs = comparison, model, manual_pairs
        self.comparison_changed.emit()
        self.pairs_changed.emit()

    def replace_pairs(self, pairs: list[Pair]) -> None:
        self.finish_run()
        assert self.comparison is not None and self.model is not None
        decisions = dict(self.model.decisions)
        self.comparison = self.comparison.with_pairs(pairs)
        base = self.model.base
        self.model = ReviewModel(self.comparison, base)
        keys = {pair_key(p) for p in pairs}
        self.model.adopt({k: v for k, v in decisions.items() if k[0] in keys})
        self.manual_pairs = True
        self.pairs_changed.emit()

    def _article(self, side: Side, index: int) -> ArticleText:
        assert self.comparison is not None
        each = self.comparison.version(side)
        return ArticleText(each.articles[index].title, each.content(index))

    # Autosave ----------------------------------------------------------------------------------

    def _claim_autosave(self, left: str, right: str) -> None:
        """Hold an autosave of these files that no other window writes (see ``core.storage.autosave_slots``)."""
        files = (os.path.abspath(left), os.path.abspath(right))
        if self.autosave_dir is None or files == self._claimed_for:
            return
        self.release_autosave()
        self._claim, self._claimed_for = claim(self.autosave_dir, *files), files

    def release_autosave(self) -> None:
        """Let another window take this one's autosave slot (the window closes, or opens other files)."""
        self.flush_autosave()
        if self._claim is not None:
            self._claim.release()
        self._claim = self._claimed_for = None

    @property
    def open_elsewhere(self) -> bool:
        """The files on screen are open in another window too (each has its own autosave)."""
        return self._claim is not None and self._claim.shared

    def autosave_file(self) -> Path | None:
        if self.comparison is None or self._claim is None:
            return None
        return self._claim.path

    def left_behind_autosaves(self) -> list[Path]:
        """The autosaves of the files on screen that no open window writes: this window's, and closed ones'."""
        if self.autosave_dir is None or self._claim is None or self._claimed_for is None:
            return []
        return left_behind(self.autosave_dir, *self._claimed_for, self._claim)

    def autosave_now(self, wait: bool = False) -> None:
        """Save the review's changes now (``wait``: and wait until they are on the disk)."""
        self.autosave.save_now(wait)

    def flush_autosave(self) -> None:
        """Wait for an autosave being written to reach the disk."""
        self.autosave.flush()

    def session_builder(self, decisions: Mapping[tuple[str, str], Decision]) -> Callable[[], Session]:
        """What builds the session of this review with ``decisions`` (a copy), on any thread later."""
        return partial(self.session, decisions, self.model)  # this model, whatever replaces it meanwhile

    def session(
        self, decisions: Mapping[tuple[str, str], Decision] | None = None, model: ReviewModel | None = None
    ) -> Session:
        """The review as a session (with ``decisions``, a snapshot of them, instead of the live ones)."""
        if decisions is None:
            self.settle()
        model = model or self.model
        assert model is not None
        return capture(
            model,
            left_encoding=self.forced_encodings["left"],
            right_encoding=self.forced_encodings["right"],
            manual_pairs=self.manual_pairs,
            digests=self._digests,
            decisions=decisions,
        )

    def discard_autosave(self) -> None:
        self.autosave.discard(self.autosave_file())
