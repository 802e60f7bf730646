"""The review's undoable steps: decisions (one or a batch), a manual pairing, a structure correction.

Each is made on the review controller (``ui.control.review_controller``),
seen here only through what the steps ask of it (``Reviewing``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtGui import QUndoCommand

from core.comparison import Comparison
from core.model import Pair, Side
from core.review.decisions import Decision, ReviewModel
from core.review.restructuring import carry_over

Applied = list[tuple[Pair, str, Decision]]


class Reviewing(Protocol):
    """What an undoable step changes: the review controller."""

    comparison: Comparison | None
    model: ReviewModel | None
    manual_pairs: bool
    place_wanted: SignalInstance

    def run(self, items: Iterator[tuple[Pair, str, Decision]], when_done: Callable[[Applied], None]) -> None: ...
    def finish_run(self) -> None: ...
    def install(self, comparison: Comparison, model: ReviewModel, manual_pairs: bool) -> None: ...
    def replace_pairs(self, pairs: list[Pair]) -> None: ...


class DecideCommand(QUndoCommand):
    """Decisions on one or many changes: a batch is a single undo step.

    ``items`` (pair, change id, decision) may be lazy (the undecided changes
    of a class, found as the batch goes); a long batch is applied a slice at a
    time (``DecisionRun``), and undoing it first lets it finish.
    """

    def __init__(self, controller: Reviewing, items: Iterable[tuple[Pair, str, Decision]], text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._items = items
        self._applied: list[tuple[Pair, str, Decision]] | None = None  # known once the first run is done
        self._before: list[tuple[Pair, str, Decision]] = []

    def redo(self) -> None:
        if self._applied is not None:
            self._controller.run(iter(self._applied), self._ran)
            return
        applied: list[tuple[Pair, str, Decision]] = []

        def recorded() -> Iterator[tuple[Pair, str, Decision]]:
            for item in self._items:
                applied.append(item)
                yield item

        self._controller.run(recorded(), lambda before: self._first_ran(before, applied))

    def _first_ran(self, before: list[tuple[Pair, str, Decision]], applied: list[tuple[Pair, str, Decision]]) -> None:
        self._applied, self._items = applied, ()  # a redo repeats these: no search again
        self._ran(before)

    def _ran(self, before: list[tuple[Pair, str, Decision]]) -> None:
        self._before = before

    def undo(self) -> None:
        self._controller.finish_run()
        self._controller.run(iter(self._before[::-1]), lambda _: None)


class RepairCommand(QUndoCommand):
    """A manual change to which articles are paired."""

    def __init__(self, controller: Reviewing, pairs: list[Pair], text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._after = pairs
        assert controller.comparison is not None
        self._before = list(controller.comparison.pairs)

    def redo(self) -> None:
        self._controller.replace_pairs(self._after)

    def undo(self) -> None:
        self._controller.replace_pairs(self._before)


class RestructureCommand(QUndoCommand):
    """A correction of the structure (one side's, or both where they correspond): split and paired anew.

    Decisions go with their changes (``core.review.restructuring``). Undo puts
    back the very comparison and review it replaced, so the commands below it
    on the stack find what they were made on; either way the window goes back
    to ``place``, where the proofreader was.
    """

    def __init__(
        self,
        controller: Reviewing,
        corrections: list[tuple[Side, str, int]],
        place: tuple[Side, int],
        text: str,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._corrections = corrections
        self._place = place
        assert controller.comparison is not None and controller.model is not None
        self._before = (controller.comparison, controller.model, controller.manual_pairs)
        self._after: tuple[Comparison, ReviewModel, bool] | None = None
        self.dropped = 0

    def redo(self) -> None:
        if self._after is None:
            comparison, model, _ = self._before
            edits = {side: comparison.version(side).edits for side, _, _ in self._corrections}
            for side, operation, offset in self._corrections:
                edits[side] = edits[side].then(operation, offset)
            restructured = comparison.restructured_sides(edits)
            carried, self.dropped = carry_over(model, restructured)
            self._after = (restructured, carried, False)
        self._controller.install(*self._after)
        self._controller.place_wanted.emit(self._place)

    def undo(self) -> None:
        self._controller.install(*self._before)
        self._controller.place_wanted.emit(self._place)
