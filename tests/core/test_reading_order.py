"""The next undecided change, found through a Fenwick tree, is the one a walk through the issue finds."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from core.model import Pair
from core.review.reading_order import ReadingOrder


def _order(sizes: list[int], decided: set[tuple[str, str]]) -> ReadingOrder:
    pairs = [(Pair(k, k, 1.0), str(k), [f"c{j}" for j in range(size)]) for k, size in enumerate(sizes)]
    return ReadingOrder(pairs, {key: True for key in decided})


def _walk(order: ReadingOrder, undecided: list[bool], start: int) -> int | None:
    return next((at for at in range(start, len(order.changes)) if undecided[at]), None)


@given(st.lists(st.integers(0, 6), max_size=12), st.randoms(use_true_random=False))
def test_the_next_undecided_agrees_with_a_walk_after_any_decisions(sizes, rng: random.Random):
    order = _order(sizes, set())
    keys = list(order.position)
    undecided = [True] * len(keys)
    for _ in range(3 * len(keys)):
        key = rng.choice(keys)
        state = rng.random() < 0.3
        order.mark(key, state, deferred=rng.random() < 0.5)
        undecided[order.position[key]] = state
    order.rebuild()  # after deferred marks, as a batch does
    for start in range(len(keys) + 1):
        assert order.undecided_from(start) == _walk(order, undecided, start)


def test_what_is_decided_when_the_order_is_built_is_skipped():
    order = _order([2, 1], {("0", "c0"), ("1", "c0")})
    assert order.first_of == {"0": 0, "1": 2}
    assert order.undecided_from(0) == 1
    assert order.undecided_from(2) is None
    order.mark(("1", "c0"), True)
    assert order.undecided_from(2) == 2
    order.mark(("9", "c9"), True)  # not a change of this issue: nothing happens
    assert order.undecided_from(3) is None
