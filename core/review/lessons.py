"""What the proofreader's decisions teach about the rest of the issue: the same change, decided alike.

A change's *kind* is what it substitutes: in Chinese text its two texts with
what they share at either end taken off, so 溫度→温度 and 溫和→温和 are one kind
(溫→温), and so is ``,``→``，`` in every sentence; in Latin-script text the
whole words (``tbe``→``the``), since one letter for another (b for h) is right
in one word and wrong in the next. Each decision that keeps one side's text
(accept or reject; not a text typed by hand) teaches its kind: an undecided
change of that kind is then suggested the same way ("you took 温 for 溫 3
times in this issue"), and one command decides every undecided change of the
kind at once. A change of a number neither teaches nor learns: each number is
decided alone. Learnt from the decisions themselves, so a review resumed from
a session keeps what it taught.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from core.checks.calibration import DEFAULT, Calibration
from core.checks.suggest import Suggestion
from core.diffing.hunks import is_number_change
from core.model import Hunk, HunkClass, Pair, Side
from core.review.decisions import ACCEPT, ARTICLE, REJECT, Choice, Decision, ReviewModel, pair_key

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
Kind = tuple[str, str]
"""(what is taken, what is left out), each the substituted core of a change."""


def kind_of(hunk: Hunk) -> Kind | None:
    """The (left, right) core of ``hunk``: its texts without what they share at either end.

    >>> from core.diffing.hunks import make_hunks
    >>> kind_of(make_hunks("溫度", "温度", [(0, 2, 0, 2)])[0])
    ('溫', '温')
    """
    if hunk.kind is HunkClass.WHITESPACE or is_number_change(hunk):
        return None
    left, right = hunk.left, hunk.right
    if _LATIN.search(left + right):
        return (left, right)
    start = 0
    while start < min(len(left), len(right)) and left[start] == right[start]:
        start += 1
    end = 0
    while end < min(len(left), len(right)) - start and left[-1 - end] == right[-1 - end]:
        end += 1
    core = (left[start : len(left) - end], right[start : len(right) - end])
    return core if core[0] != core[1] else None


class Lessons:
    """The kinds of change the decisions of ``model`` have taught, kept up to date as they are made.

    A kind is taught the way round it was seen: 溫 on the left facing 温 on
    the right. The same pair the other way round is another question (an OCR
    that reads b for h in one word reads h for b in the next).
    """

    def __init__(self, model: ReviewModel, calibration: Calibration = DEFAULT) -> None:
        self.model = model
        self.calibration = calibration
        self._read = 0  # how much of model.history is learnt
        self._taught: dict[tuple[str, str], tuple[Kind, Side]] = {}  # slot -> (its kind, the side it took)
        self._counts: Counter[tuple[Kind, Side]] = Counter()
        self._pairs = {pair_key(pair): pair for pair in model.comparison.pairs}
        self._hunks: dict[str, dict[str, Hunk]] = {}

    def _hunk(self, key: str, change_id: str) -> Hunk | None:
        if key not in self._hunks:
            pair = self._pairs.get(key)
            self._hunks[key] = {} if pair is None else {h.id: h for h in self.model.comparison.hunks(pair)}
        return self._hunks[key].get(change_id)

    def _learn(self) -> None:
        history = self.model.history
        for slot in history[self._read :]:
            old = self._taught.pop(slot, None)
            if old is not None:
                self._counts[old] -= 1
            taught = self._taught_by(slot, self.model.decisions.get(slot))
            if taught is not None:
                self._taught[slot] = taught
                self._counts[taught] += 1
        self._read = len(history)

    def _taught_by(self, slot: tuple[str, str], decision: Decision | None) -> tuple[Kind, Side] | None:
        if decision is None or decision.choice not in (Choice.ACCEPT, Choice.REJECT) or slot[1] == ARTICLE:
            return None
        hunk = self._hunk(*slot)
        kind = None if hunk is None else kind_of(hunk)
        if kind is None:
            return None
        return kind, self.model.other if decision.choice is Choice.ACCEPT else self.model.base

    def times_taught(self, kind: Kind, side: Side) -> int:
        """How many decisions so far took ``side``'s text of a change of ``kind`` (left core, right core)."""
        self._learn()
        return self._counts[(kind, side)]

    def suggest(self, pair: Pair, hunk: Hunk) -> Suggestion | None:
        """The side the decisions on changes of this kind took, when they all took the same."""
        kind = kind_of(hunk)
        if kind is None or pair.left is None or pair.right is None:
            return None
        left, right = self.times_taught(kind, Side.LEFT), self.times_taught(kind, Side.RIGHT)
        if bool(left) == bool(right):
            return None  # never decided, or decided both ways: the proofreader's to say
        side, count = (Side.LEFT, left) if left else (Side.RIGHT, right)
        taken, over = kind if side is Side.LEFT else (kind[1], kind[0])
        key = "decisions" if count >= 3 else "decisions/few"
        return Suggestion(
            side,
            self.calibration.confidence(key),
            key,
            f"you took {taken} for {over} {count} times in this issue",
            (taken, over, str(count)),
        )

    def same_kind(self, pair: Pair, change_id: str) -> Iterator[tuple[Pair, str, Decision]]:
        """For each undecided change of the issue of the kind of ``change_id`` (decided), the decision that
        takes the same side's text (found lazily, for a batch); nothing for a number, or a text typed by hand."""
        taught = self._taught_by((pair_key(pair), change_id), self.model.decision(pair, change_id))
        if taught is None:
            return
        kind, side = taught
        decision = ACCEPT if side == self.model.other else REJECT
        for each, other_id in self.model.undecided():
            if other_id == ARTICLE:
                continue
            hunk = self._hunk(pair_key(each), other_id)
            if hunk is not None and kind_of(hunk) == kind:
                yield each, other_id, decision
