"""What the proofreader's decisions teach about the rest of the issue: the same change, decided alike.

A change's *kind* is what it substitutes: its two texts with what they share
at either end taken off, so 溫度→温度 and 溫和→温和 are one kind (溫→温), and so
is ``,``→``，`` in every sentence. Each decision that keeps one side's text
(accept or reject; not a text typed by hand) teaches its kind: an undecided
change of that kind is then suggested the same way ("you took 温 for 溫 3
times in this issue"), and one command decides every undecided change of the
kind at once. A change of a number neither teaches nor learns: each number is
decided alone. Learnt from the decisions themselves, so a review resumed from
a session keeps what it taught.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from core.checks.suggest import Suggestion
from core.diffing.hunks import is_number_change
from core.model import Hunk, HunkClass, Pair, Side
from core.review.decisions import ACCEPT, ARTICLE, REJECT, Choice, Decision, ReviewModel, pair_key

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
    start = 0
    while start < min(len(left), len(right)) and left[start] == right[start]:
        start += 1
    end = 0
    while end < min(len(left), len(right)) - start and left[-1 - end] == right[-1 - end]:
        end += 1
    core = (left[start : len(left) - end], right[start : len(right) - end])
    return core if core[0] != core[1] else None


class Lessons:
    """The kinds of change the decisions of ``model`` have taught, kept up to date as they are made."""

    def __init__(self, model: ReviewModel) -> None:
        self.model = model
        self._read = 0  # how much of model.history is learnt
        self._taught: dict[tuple[str, str], Kind] = {}  # slot -> the kind its decision taught
        self._counts: Counter[Kind] = Counter()
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
            kind = self._taught_by(slot, self.model.decisions.get(slot))
            if kind is not None:
                self._taught[slot] = kind
                self._counts[kind] += 1
        self._read = len(history)

    def _taught_by(self, slot: tuple[str, str], decision: Decision | None) -> Kind | None:
        if decision is None or decision.choice not in (Choice.ACCEPT, Choice.REJECT) or slot[1] == ARTICLE:
            return None
        hunk = self._hunk(*slot)
        core = None if hunk is None else kind_of(hunk)
        if core is None:
            return None
        kept = self.model.other if decision.choice is Choice.ACCEPT else self.model.base
        return core if kept is Side.LEFT else (core[1], core[0])

    def times_taught(self, taken: str, over: str) -> int:
        """How many decisions so far took ``taken`` where the other version had ``over``."""
        self._learn()
        return self._counts[(taken, over)]

    def suggest(self, pair: Pair, hunk: Hunk) -> Suggestion | None:
        """The side the decisions on changes of this kind took, when they all took the same."""
        core = kind_of(hunk)
        if core is None or pair.left is None or pair.right is None:
            return None
        left_taken, right_taken = self.times_taught(*core), self.times_taught(core[1], core[0])
        if bool(left_taken) == bool(right_taken):
            return None  # never decided, or decided both ways: the proofreader's to say
        side, count = (Side.LEFT, left_taken) if left_taken else (Side.RIGHT, right_taken)
        taken, over = core if side is Side.LEFT else (core[1], core[0])
        return Suggestion(
            side,
            0.97 if count >= 3 else 0.93,
            "decisions",
            f"you took {taken} for {over} {count} times in this issue",
            (taken, over, str(count)),
        )

    def same_kind(self, pair: Pair, change_id: str) -> Iterator[tuple[Pair, str, Decision]]:
        """For each undecided change of the issue of the kind of ``change_id`` (decided), a decision that takes
        the same text (found lazily, for a batch); nothing for a number, or a change decided by hand."""
        decision = self.model.decision(pair, change_id)
        taught = self._taught_by((pair_key(pair), change_id), decision)
        if taught is None:
            return
        for each, other_id in self.model.undecided():
            if other_id == ARTICLE:
                continue
            hunk = self._hunk(pair_key(each), other_id)
            core = None if hunk is None else kind_of(hunk)
            if core == taught:  # left is what was taken
                yield each, other_id, ACCEPT if self.model.other is Side.LEFT else REJECT
            elif core == (taught[1], taught[0]):
                yield each, other_id, ACCEPT if self.model.other is Side.RIGHT else REJECT
