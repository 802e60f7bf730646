"""A review carried across a correction of the articles' structure: decisions, corresponding joins, the place.

A structure correction (``core.text.structure``) moves article boundaries and
never text, so every change keeps its place in the two documents. A decision
goes to the change at the same place with the same two texts, wherever that
change now is (its hunk id may differ: ids name a change by a few characters
around it, which a new boundary can cut). Only a change that a new boundary
cuts in two, or that the new pairing no longer compares, is dropped.
"""

from __future__ import annotations

from collections import defaultdict

from core.comparison import Comparison
from core.model import SIDES, Hunk, Pair, Side
from core.review.decisions import ARTICLE, Decision, ReviewModel, pair_key

Place = tuple[object, ...]


def carry_over(model: ReviewModel, comparison: Comparison) -> tuple[ReviewModel, int]:
    """A review of ``comparison`` (the same files, restructured) holding ``model``'s decisions; and how many
    could not be carried (their change no longer exists)."""
    old = model.comparison
    carried = ReviewModel(comparison, model.base)
    decided: dict[str, list[tuple[str, Decision]]] = defaultdict(list)
    for (key, change_id), decision in model.decisions.items():
        decided[key].append((change_id, decision))
    old_pairs = {pair_key(pair): (pair, _spans(old, pair)) for pair in old.pairs}
    by_spans = {_spans(comparison, pair): pair for pair in comparison.pairs}
    same_texts = {key: by_spans[spans] for key, (_, spans) in old_pairs.items() if spans in by_spans}
    # Most pairs compare the same texts as before: never diffed again.
    comparison.reuse_diffs(old, [(old_pairs[key][0], pair) for key, pair in same_texts.items()])
    dropped = 0
    moves: list[tuple[Pair, str, Decision]] = []
    for key, items in decided.items():
        if key not in old_pairs:
            dropped += len(items)
            continue
        old_pair, old_spans = old_pairs[key]
        same = same_texts.get(key)
        if same is not None:  # the same two texts compared: the same changes, by the same ids
            moves.extend((same, change_id, decision) for change_id, decision in items)
            continue
        places = _places_near(comparison, old, old_pair)
        old_hunks = {hunk.id: hunk for hunk in old.hunks(old_pair)} if old_pair.left is not None else {}
        for change_id, decision in items:
            if change_id == ARTICLE:
                target = places.get(("article", old_spans))
            else:
                hunk = old_hunks.get(change_id)
                target = None if hunk is None else places.get(_place(old, old_pair, hunk))
                if target is None and hunk is not None:
                    target = places.get(_base_place(old, old_pair, hunk, model.base))
            if target is None:
                dropped += 1
            else:
                moves.append((target[0], target[1], decision))
    carried.decide_each(moves)
    return carried, dropped


def _spans(comparison: Comparison, pair: Pair) -> tuple[tuple[int, int] | None, ...]:
    return tuple(comparison.span(pair, side) for side in SIDES)


def _place(comparison: Comparison, pair: Pair, hunk: Hunk) -> Place:
    """Where ``hunk`` is in the two documents, with its texts."""
    left, right = comparison.span(pair, Side.LEFT), comparison.span(pair, Side.RIGHT)
    assert left is not None and right is not None
    return (
        left[0] + hunk.left_start,
        left[0] + hunk.left_end,
        right[0] + hunk.right_start,
        right[0] + hunk.right_end,
        hunk.left,
        hunk.right,
    )


def _base_place(comparison: Comparison, pair: Pair, hunk: Hunk, base: Side) -> Place:
    """Where ``hunk`` is in the base document, with its texts (the other side may have moved by a blank)."""
    span = comparison.span(pair, base)
    assert span is not None
    start, end = (hunk.left_start, hunk.left_end) if base == Side.LEFT else (hunk.right_start, hunk.right_end)
    return (base, span[0] + start, span[0] + end, hunk.left, hunk.right)


def _places_near(comparison: Comparison, old: Comparison, old_pair: Pair) -> dict[Place, tuple[Pair, str]]:
    """Every change of the pairs of ``comparison`` that share text with ``old_pair`` of ``old``, by place."""
    wanted = {side: old.span(old_pair, side) for side in SIDES}
    places: dict[Place, tuple[Pair, str]] = {}
    for pair in comparison.pairs:
        spans = {side: comparison.span(pair, side) for side in SIDES}
        if not any(_overlap(spans[side], wanted[side]) for side in SIDES):
            continue
        if pair.left is None or pair.right is None:
            places[("article", tuple(spans[side] for side in SIDES))] = (pair, ARTICLE)
            continue
        for hunk in comparison.hunks(pair):
            places[_place(comparison, pair, hunk)] = (pair, hunk.id)
            for base in SIDES:
                places.setdefault(_base_place(comparison, pair, hunk, base), (pair, hunk.id))
    return places


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < max(b[1], b[0] + 1) and b[0] < max(a[1], a[0] + 1)


def pair_holding(comparison: Comparison, side: Side, offset: int) -> Pair | None:
    """The pair whose text on ``side`` holds document offset ``offset`` (or whose article does)."""
    for pair in comparison.pairs:
        span = comparison.span(pair, side)
        if span is not None and span[0] <= offset < max(span[1], span[0] + 1):
            return pair
    articles = comparison.version(side).articles
    index = next((i for i, a in enumerate(articles) if a.start <= offset < a.end), None)
    return next((p for p in comparison.pairs if p.index(side) == index), None)


def change_at(comparison: Comparison, pair: Pair, side: Side, offset: int) -> int:
    """The index of ``pair``'s first change at or after document offset ``offset`` on ``side`` (its last if none)."""
    span = comparison.span(pair, side)
    if span is None or pair.left is None or pair.right is None:
        return 0
    hunks = comparison.hunks(pair)
    starts = [(h.left_end if side == Side.LEFT else h.right_end) for h in hunks]
    return next((k for k, end in enumerate(starts) if span[0] + end >= offset), max(0, len(hunks) - 1))


def corresponding_join(comparison: Comparison, side: Side, index: int) -> int | None:
    """The other side's article to join with its next as article ``index`` of ``side`` joins its next, if any.

    Where the two articles being joined each face a whole article of the other
    version, and those two follow each other there, the other version has the
    same wrong boundary: it goes too.
    """
    partners = []
    for each in (index, index + 1):
        facing = [p for p in comparison.pairs if p.index(side) == each]
        if len(facing) != 1 or facing[0].part(side) is not None or facing[0].part(side.other) is not None:
            return None
        partners.append(facing[0].index(side.other))
    first, second = partners
    if first is None or second is None or second != first + 1:
        return None
    return first
