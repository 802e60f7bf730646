"""The proofreader's own pairing: an article paired by hand with another, or a pair taken apart.

Each rule returns the whole new pairing, so the window can push it as one
undoable step; every article stays in exactly one pair (one-sided when its
partner was taken away).
"""

from __future__ import annotations

from collections.abc import Callable

from core.model import Pair, Side

Likeness = Callable[[int, int], float]
"""How alike left article ``i`` and right article ``j`` read (0..1)."""


def paired_with(pairs: list[Pair], pair: Pair, side: Side, other_index: int, likeness: Likeness) -> list[Pair]:
    """``pairs`` with ``pair``'s article on ``side`` paired with article ``other_index`` of the other side.

    Whatever either article was paired with before is freed and stays, one-sided.

    >>> pairs = [Pair(0, 0, 0.9), Pair(1, 1, 0.8)]
    >>> paired_with(pairs, pairs[0], Side.LEFT, 1, lambda i, j: 0.5)
    [Pair(left=0, right=1, similarity=0.5, left_part=None, right_part=None), \
Pair(left=None, right=0, similarity=0.0, left_part=None, right_part=None), \
Pair(left=1, right=None, similarity=0.0, left_part=None, right_part=None)]
    """
    index = pair.index(side)
    if index is None:
        raise ValueError(f"{pair} has no {side} article to pair")
    rest = [p for p in pairs if p.index(side) != index and p.index(side.other) != other_index]
    freed = [p for p in pairs if p not in rest]
    left, right = (index, other_index) if side is Side.LEFT else (other_index, index)
    new = [*rest, Pair(left, right, likeness(left, right))]
    return new + one_sided(freed, new)


def unpaired(pairs: list[Pair], pair: Pair) -> list[Pair]:
    """``pairs`` with ``pair`` taken apart into its two articles, each one-sided (unchanged if it is one-sided).

    >>> unpaired([Pair(0, 0, 0.9)], Pair(0, 0, 0.9))
    [Pair(left=0, right=None, similarity=0.0, left_part=None, right_part=None), \
Pair(left=None, right=0, similarity=0.0, left_part=None, right_part=None)]
    """
    if pair.left is None or pair.right is None:
        return list(pairs)
    return [*(p for p in pairs if p != pair), Pair(pair.left, None, 0.0), Pair(None, pair.right, 0.0)]


def one_sided(freed: list[Pair], kept: list[Pair]) -> list[Pair]:
    """The articles of ``freed`` that no pair of ``kept`` holds any more, as one-sided pairs (each once)."""
    lefts = {p.left for p in kept if p.left is not None}
    rights = {p.right for p in kept if p.right is not None}
    out = []
    for pair in freed:
        if pair.left is not None and pair.left not in lefts:
            out.append(Pair(pair.left, None, 0.0))
            lefts.add(pair.left)
        if pair.right is not None and pair.right not in rights:
            out.append(Pair(None, pair.right, 0.0))
            rights.add(pair.right)
    return out
