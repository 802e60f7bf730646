"""The proofreader corrects the articles' structure where the heuristics got it wrong.

Each command names a line of one side (the line holding the cursor in the
pane with the focus) and becomes one undoable step of the controller.
"""

from __future__ import annotations

from core.model import Side
from core.review.restructuring import change_at, corresponding_join, pair_holding
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
        """Join the article holding the cursor with the next one of its version, and the other version's
        two articles facing them when they too are two (``corresponding_join``)."""
        pair, comparison = self.desk.current_pair, self.controller.comparison
        located = self.cursor_line()
        if pair is None or comparison is None or located is None:
            return
        side = located[0]
        index = pair.index(side)
        articles = comparison.version(side).articles
        if index is None or index + 1 >= len(articles):
            return
        corrections = [(side, "join", articles[index + 1].start)]
        other = corresponding_join(comparison, side, index)
        if other is not None:
            corrections.append((side.other, "join", comparison.version(side.other).articles[other + 1].start))
        self._apply(corrections, located, self.tr("Join with next article"))

    def _correct(self, operation: str, text: str) -> None:
        located = self.cursor_line()
        if located is not None:
            self._apply([(located[0], operation, located[1])], located, text)

    def _apply(self, corrections: list[tuple[Side, str, int]], place: tuple[Side, int], text: str) -> None:
        dropped = self.controller.restructure(corrections, place, text)
        if dropped:
            self.desk.statusBar().showMessage(
                self.tr(
                    "%n decision(s) were on text cut by the new boundary and were dropped (Ctrl+Z brings them back).",
                    "",
                    dropped,
                ),
                8000,
            )

    def go_to_place(self, place: tuple[Side, int]) -> None:
        """Show the article and the change at ``place`` (side, document offset): where the proofreader was."""
        comparison = self.controller.comparison
        if comparison is None:
            return
        side, offset = place
        pair = pair_holding(comparison, side, offset)
        if pair is not None:
            self.desk.select_pair(pair, change_at(comparison, pair, side, offset))
