"""Every change of an issue in reading order, with the next undecided one found in O(log n)."""

from __future__ import annotations

from collections.abc import Mapping

from core.model import Pair


class ReadingOrder:
    """Every change of an issue in reading order; the next undecided one is found in O(log n).

    A Fenwick tree counts the undecided changes, so a decision marks one
    position and a search walks the tree instead of the whole issue.
    """

    def __init__(self, pairs: list[tuple[Pair, str, list[str]]], decided: Mapping[tuple[str, str], object]) -> None:
        """``pairs``: each pair in reading order with its key and change ids; ``decided``: what is decided."""
        self.changes: list[tuple[Pair, str]] = []
        self.position: dict[tuple[str, str], int] = {}
        self.first_of: dict[str, int] = {}
        self._flags: list[int] = []
        for pair, key, ids in pairs:
            self.first_of[key] = len(self.changes)
            for change_id in ids:
                self.position[(key, change_id)] = len(self.changes)
                self.changes.append((pair, change_id))
                self._flags.append(0 if (key, change_id) in decided else 1)
        self.rebuild()

    def rebuild(self) -> None:
        """The tree built afresh from the flags, in O(n)."""
        count = len(self.changes)
        tree = [0, *self._flags]
        for i in range(1, count + 1):
            parent = i + (i & -i)
            if parent <= count:
                tree[parent] += tree[i]
        self._tree = tree

    def mark(self, key: tuple[str, str], undecided: bool, deferred: bool = False) -> None:
        """Set one change's flag; ``deferred`` leaves the tree to a ``rebuild`` after many."""
        at = self.position.get(key)
        if at is None or self._flags[at] == int(undecided):
            return
        step = 1 if undecided else -1
        self._flags[at] += step
        if deferred:
            return
        i = at + 1
        while i < len(self._tree):
            self._tree[i] += step
            i += i & -i

    def _before(self, end: int) -> int:
        """Undecided changes at positions below ``end``."""
        total = 0
        while end > 0:
            total += self._tree[end]
            end -= end & -end
        return total

    def undecided_from(self, start: int) -> int | None:
        """The first undecided position at or after ``start``, or None."""
        wanted = self._before(start) + 1  # the rank of the undecided change sought
        if wanted > self._before(len(self.changes)):
            return None
        position, step = 0, 1 << len(self.changes).bit_length()
        while step:
            if position + step < len(self._tree) and self._tree[position + step] < wanted:
                position += step
                wanted -= self._tree[position]
            step >>= 1
        return position  # 0-based: the tree's 1-based index is position + 1
