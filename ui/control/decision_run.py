"""A batch of decisions applied a slice at a time, so that a batch over a whole issue never stalls the window,
and the commands given meanwhile queued behind it, so that a key pressed during one never does either."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from itertools import islice

from PySide6.QtCore import QObject, QTimer, Signal

from core.model import Pair
from core.review.decisions import Decision, ReviewModel

SLICE_SECONDS = 0.03  # the window answers between slices: well under the 100 ms a keypress may wait
CHUNK = 256  # decisions applied between two looks at the clock


class DecisionRun(QObject):
    """Applies ``items`` (pair, change id, decision) to ``model``, about 30 ms at a time between events.

    A batch that fits in one slice (every single decision, most article
    batches) is done before ``start`` returns. ``before`` collects what each
    change had, for the undo step; ``finish`` applies the rest at once (a
    command that must see the whole batch done calls it).
    """

    stepped = Signal(list)  # the pairs a slice changed
    finished = Signal()

    def __init__(
        self,
        model: ReviewModel,
        items: Iterator[tuple[Pair, str, Decision]],
        when_done: Callable[[list[tuple[Pair, str, Decision]]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.before: list[tuple[Pair, str, Decision]] = []
        self.done = False
        self._items = items
        self._when_done = when_done
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def start(self) -> None:
        self._slice()

    def finish(self) -> None:
        """Apply everything still to come now."""
        self._timer.stop()
        if not self.done:
            self._step(deadline=None)

    def _slice(self) -> None:
        self._step(deadline=time.perf_counter() + SLICE_SECONDS)
        if not self.done:
            self._timer.start()

    def _step(self, deadline: float | None) -> None:
        touched: list[Pair] = []
        while True:
            chunk = list(islice(self._items, CHUNK))
            if chunk:
                self.before.extend(self.model.decide_each(chunk))
                touched.extend(pair for pair, _, _ in chunk)
            if len(chunk) < CHUNK:
                self.done = True
                break
            if deadline is not None and time.perf_counter() > deadline:
                break
        if touched:
            self.stepped.emit(touched)
        if self.done:
            self._when_done(self.before)
            self.finished.emit()


class Batches(QObject):
    """The batch being applied (a ``DecisionRun``) and the commands given meanwhile, queued behind it.

    A command given while a batch runs (a key pressed) waits behind it rather
    than make the window finish the batch first, and the commands run in the
    order given. ``settle`` runs everything now, for what must see it all done.
    """

    stepped = Signal(list)  # the pairs a slice changed
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run: DecisionRun | None = None
        self._behind: deque[Callable[[], None]] = deque()
        self._draining = False

    @property
    def busy(self) -> bool:
        return self._run is not None or bool(self._behind)

    def run(
        self,
        model: ReviewModel,
        items: Iterator[tuple[Pair, str, Decision]],
        when_done: Callable[[list[tuple[Pair, str, Decision]]], None],
    ) -> None:
        self.finish_run()
        run = DecisionRun(model, items, when_done, self)
        run.stepped.connect(self.stepped)
        self._run = run
        run.start()
        if run.done:
            self._run = None
        else:
            self.busy_changed.emit(True)
            run.finished.connect(lambda: self._ended(run))

    def finish_run(self) -> None:
        """Finish the batch being applied; what waits behind it stays queued."""
        if self._run is not None:
            self._run.finish()

    def settle(self) -> None:
        while self._run is not None or self._behind:
            self.finish_run()
            self._drain()

    def behind(self, command: Callable[[], None]) -> bool:
        """Queue ``command`` if a batch is being applied (True); else the caller goes on now (False)."""
        if self._draining or (self._run is None and not self._behind):
            return False
        self._behind.append(command)
        return True

    def _ended(self, run: DecisionRun) -> None:
        if self._run is run:
            self._run = None
            if self._behind:  # not from here: this may be inside a command the undo stack is running
                QTimer.singleShot(0, self._drain)
            else:
                self.busy_changed.emit(False)

    def _drain(self) -> None:
        self._draining = True
        try:
            while self._behind and self._run is None:
                self._behind.popleft()()
        finally:
            self._draining = False
        if not self.busy:
            self.busy_changed.emit(False)
