"""The proofreader corrects the articles' structure where the heuristics got it wrong.

Each command names a line of one side (the line holding the cursor in the
pane with the focus) and becomes one undoable step of the controller.
"""

from __future__ import annotations

from core.model import Pair, Side
from ui.window.part import WindowPart


class StructureActions(WindowPart):
    """What Ctrl+Shift+Return, J, T and B do."""

    def cursor_line(self) -> tuple[Side, int] | None:
        """(side, offset of the start of the line holding the cursor) in that side's document."""
        pair, comparison = self.desk.current_pair, self.controller.comparison
        if pair is None or comparison is None:
            return None
        side, position = self.desk.view.cursor_position()
        if pair.index(side) is None:  # a one-sided article: its text is in the pane that shows it
            side = side.other
        span = comparison.span(pair, side)
        if span is None:
            return None
        text = comparison.version(side).document.text
        offset = min(span[0] + position, span[1])
        return side, max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1

    def split_article_here(self) -> None:
        self._correct("split", self.tr("Split article here"))

    def mark_line_as_title(self) -> None:
        self._correct("title", self.tr("Mark line as title"))

    def mark_line_as_body(self) -> None:
        self._correct("body", self.tr("Mark line as body"))

    def join_with_next_article(self) -> None:
        pair, comparison = self.desk.current_pair, self.controller.comparison
        located = self.cursor_line()
        if pair is None or comparison is None or located is None:
            return
        side = located[0]
        articles = comparison.version(side).articles
        index = pair.index(side)
        if index is None or index + 1 >= len(articles):
            return
        self._apply(side, "join", articles[index].start, self.tr("Join with next article"))

    def _correct(self, operation: str, text: str) -> None:
        located = self.cursor_line()
        if located is not None:
            self._apply(located[0], operation, located[1], text)

    def _apply(self, side: Side, operation: str, offset: int, text: str) -> None:
        dropped = self.controller.restructure(side, operation, offset, text)
        target = self._pair_holding(side, offset)
        if target is not None:
            self.desk.select_pair(target)
        if dropped:
            self.desk.statusBar().showMessage(
                self.tr(
                    "%n decision(s) were on text cut by the new boundary and were dropped (Ctrl+Z brings them back).",
                    "",
                    dropped,
                ),
                8000,
            )

    def _pair_holding(self, side: Side, offset: int) -> Pair | None:
        comparison = self.controller.comparison
        assert comparison is not None
        for pair in comparison.pairs:
            span = comparison.span(pair, side)
            if span is not None and span[0] <= offset < max(span[1], span[0] + 1):
                return pair
        articles = comparison.version(side).articles
        index = next((i for i, a in enumerate(articles) if a.start <= offset < a.end), None)
        return next((p for p in comparison.pairs if p.index(side) == index), None)
